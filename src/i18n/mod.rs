//! Translations (Fluent) and the choice of language for a request.
//!
//! Every user-visible string goes through here. Messages live in
//! `i18n/<lang>/<area>.ftl`, compiled into the binary; a message missing in one
//! language falls back to English, and unit tests keep every language in step
//! (the same messages, each using the placeholders the English one uses).

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Name of each language in itself, for the switcher.
pub fn native_name(lang: &str) -> &'static str {
    match lang {
        "el" => "Ελληνικά",
        "it" => "Italiano",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "pt" => "Português",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "ro" => "Română",
        "cs" => "Čeština",
        "sv" => "Svenska",
        _ => "English",
    }
}

/// The writing direction of `lang` for `<html dir>`: every language shipped
/// is left-to-right; the stylesheet uses logical properties only, so one
/// written right-to-left (Arabic, Hebrew, Persian) needs only its texts.
pub fn direction(lang: &str) -> &'static str {
    match lang {
        "ar" | "he" | "fa" | "ur" => "rtl",
        _ => "ltr",
    }
}

/// Defines [`SUPPORTED`] and `SOURCES`, every area's Fluent file of every
/// language, embedded: each language has every area.
macro_rules! languages {
    ([$($lang:literal),*], $areas:tt) => {
        /// Languages kleidi ships, in switcher order.
        pub const SUPPORTED: &[&str] = &[$($lang),*];

        /// (language, [(area, text)]) of every embedded Fluent file.
        const SOURCES: &[(&str, &[(&str, &str)])] =
            &[$(($lang, languages!(@areas $lang, $areas))),*];
    };
    (@areas $lang:literal, [$($area:literal),*]) => {
        &[$(($area, include_str!(concat!("../../i18n/", $lang, "/", $area, ".ftl")))),*]
    };
}

languages!(
    [
        "el", "en", "it", "fr", "de", "es", "pt", "nl", "pl", "ro", "cs", "sv"
    ],
    [
        "main",
        "activation",
        "policy",
        "account",
        "expiry",
        "helpdesk",
        "format",
        "password"
    ]
);

/// The Fluent files (area, text) of `lang`.
fn sources(lang: &str) -> &'static [(&'static str, &'static str)] {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, areas)| areas)
}

/// A value for a message placeholder.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number (Fluent picks plural forms from it).
    Num(i64),
    /// A text.
    Str(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Num(n)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Str(s)
    }
}

/// A Fluent file that does not parse or defines a message twice.
#[derive(Debug, thiserror::Error)]
#[error("i18n/{lang}/{area}.ftl: {reason}")]
pub struct I18nError {
    lang: String,
    area: String,
    reason: String,
}

/// All bundles, and which languages this deployment offers.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
    offered: Vec<String>,
    default: String,
}

/// The locale whose plural rules a language's texts follow: Portuguese is
/// written as in Portugal, where 0 takes the plural ("0 segundos"; CLDR's
/// plain `pt` is Brazil's rule, with 0 singular).
fn plural_locale(lang: &str) -> &str {
    match lang {
        "pt" => "pt-PT",
        other => other,
    }
}

impl I18n {
    /// Parses the embedded files. `offered` must be a subset of [`SUPPORTED`].
    pub fn new(offered: &[String], default: &str) -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for lang in SUPPORTED {
            let id: LanguageIdentifier = plural_locale(lang).parse().map_err(|_| I18nError {
                lang: lang.to_string(),
                area: "-".into(),
                reason: "bad language tag".into(),
            })?;
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/9) would show up in plain-text mail and SMS.
            b.set_use_isolating(false);
            for (area, text) in sources(lang) {
                let err = |reason: String| I18nError {
                    lang: lang.to_string(),
                    area: area.to_string(),
                    reason,
                };
                let res = FluentResource::try_new(text.to_string())
                    .map_err(|(_, e)| err(format!("{e:?}")))?;
                b.add_resource(res).map_err(|e| err(format!("{e:?}")))?;
            }
            bundles.insert(*lang, b);
        }
        Ok(Self {
            bundles,
            offered: offered.to_vec(),
            default: default.to_string(),
        })
    }

    /// Languages offered, in switcher order.
    pub fn offered(&self) -> &[String] {
        &self.offered
    }

    /// Picks the language: an explicit choice (query or cookie) if offered,
    /// else the best `Accept-Language` match, else the configured default.
    pub fn negotiate(&self, explicit: &[Option<&str>], accept_language: Option<&str>) -> String {
        for e in explicit.iter().flatten() {
            if let Some(l) = self.offered_match(e) {
                return l;
            }
        }
        if let Some(header) = accept_language {
            let mut prefs: Vec<(f32, &str)> = header
                .split(',')
                .filter_map(|part| {
                    let mut it = part.trim().split(';');
                    let tag = it.next()?.trim();
                    let q = it
                        .find_map(|p| p.trim().strip_prefix("q="))
                        .and_then(|q| q.parse::<f32>().ok())
                        .unwrap_or(1.0);
                    (q > 0.0).then_some((q, tag))
                })
                .collect();
            // Stable sort keeps the header's order among equal weights.
            prefs.sort_by(|a, b| b.0.total_cmp(&a.0));
            for (_, tag) in prefs {
                if let Some(l) = self.offered_match(tag) {
                    return l;
                }
            }
        }
        self.default.clone()
    }

    fn offered_match(&self, tag: &str) -> Option<String> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        self.offered.iter().find(|o| **o == primary).cloned()
    }

    /// The message `id` in `lang`, without arguments.
    pub fn t(&self, lang: &str, id: &str) -> String {
        self.t_args(lang, id, &[])
    }

    /// A date (UTC) as `lang` writes it ("5 December 2026", "5. Dezember
    /// 2026", "5 de diciembre de 2026"), never ISO.
    pub fn date(&self, lang: &str, ms: u64) -> String {
        let t = time::OffsetDateTime::from_unix_timestamp(i64::try_from(ms / 1000).unwrap_or(0))
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        self.t_args(
            lang,
            "date",
            &[
                ("day", Arg::Num(i64::from(t.day()))),
                ("month", Arg::Num(i64::from(u8::from(t.month())))),
                ("year", Arg::Num(i64::from(t.year()))),
            ],
        )
    }

    /// The message `id` in `lang` with placeholder values. Falls back to
    /// English, then to the id itself, so a missing text never breaks a page.
    pub fn t_args(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            }
        }
        for l in [lang, "en"] {
            let Some(b) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, lang = l, ?errors, "translation formatting problem");
            }
            return s.into_owned();
        }
        tracing::warn!(id, lang, "missing translation");
        id.to_string()
    }

    /// True when the message exists in English (used by tests and templates).
    pub fn has(&self, id: &str) -> bool {
        self.bundles.get("en").is_some_and(|b| b.has_message(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(lang: &str) -> Vec<String> {
        let mut v: Vec<String> = sources(lang)
            .iter()
            .flat_map(|(_, text)| {
                text.lines()
                    .filter(|l| !l.starts_with([' ', '#', '\t', '.', '[', '*', '}']))
                    .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
                    .collect::<Vec<_>>()
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        let en = ids("en");
        assert!(en.len() > 10);
        for l in SUPPORTED {
            assert_eq!(ids(l), en, "messages of {l} differ from en");
        }
        let i = I18n::new(&["en".into()], "en").unwrap();
        assert!(i.has("app-title"));
    }

    /// Each message's text (its first line after `=` and the indented lines
    /// after it), by id, for one language.
    fn messages(lang: &str) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for (_, text) in sources(lang) {
            let mut current: Option<(String, String)> = None;
            for line in text.lines() {
                // A new entry starts with an id or a comment at column 0; a
                // closing brace or variant there still continues the message.
                let top = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '#');
                if top {
                    if let Some((id, body)) = current.take() {
                        out.insert(id, body);
                    }
                    if !line.starts_with('#')
                        && let Some((id, rest)) = line.split_once(" =")
                    {
                        current = Some((id.trim().to_string(), rest.to_string()));
                    }
                } else if let Some((_, body)) = current.as_mut() {
                    body.push('\n');
                    body.push_str(line);
                }
            }
            if let Some((id, body)) = current {
                out.insert(id, body);
            }
        }
        out
    }

    fn placeholders(body: &str) -> std::collections::BTreeSet<String> {
        let mut set = std::collections::BTreeSet::new();
        let mut rest = body;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                set.insert(name);
            }
        }
        set
    }

    #[test]
    fn every_language_uses_exactly_the_placeholders_of_each_english_message() {
        let en = messages("en");
        for l in SUPPORTED {
            let theirs = messages(l);
            for (id, body) in &en {
                let mine = theirs.get(id).map(|b| placeholders(b)).unwrap_or_default();
                assert_eq!(
                    mine,
                    placeholders(body),
                    "{l}: message {id} must use the placeholders of the English one"
                );
            }
        }
    }

    #[test]
    fn every_language_renders_every_message_without_errors() {
        let offered: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
        let i = I18n::new(&offered, "en").unwrap();
        let en = messages("en");
        for l in SUPPORTED {
            for id in en.keys() {
                let args: Vec<(&str, Arg)> = placeholders(&en[id])
                    .into_iter()
                    .map(|p| (Box::leak(p.into_boxed_str()) as &str, Arg::Num(3)))
                    .collect();
                let s = i.t_args(l, id, &args);
                assert!(
                    !s.is_empty() && !s.contains(id.as_str()),
                    "{l}: {id} renders as {s:?}"
                );
            }
        }
    }

    #[test]
    fn counted_nouns_agree_with_their_number() {
        let offered: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
        let i = I18n::new(&offered, "en").unwrap();
        let wait = |lang: &str, n: i64| {
            i.t_args(lang, "journey-resend_cooldown", &[("seconds", Arg::Num(n))])
        };
        for (lang, n, says) in [
            ("en", 1, "1 second "),
            ("en", 2, "2 seconds"),
            ("fr", 1, "1 seconde"),
            ("pl", 1, "1 sekundę"),
            ("pl", 3, "3 sekundy"),
            ("pl", 5, "5 sekund"),
            ("pl", 22, "22 sekundy"),
            ("cs", 1, "1\u{a0}sekundu"),
            ("cs", 3, "3\u{a0}sekundy"),
            ("cs", 5, "5\u{a0}sekund"),
            ("ro", 1, "1 secundă"),
            ("ro", 20, "20 de secunde"),
            // European Portuguese: 0 takes the plural.
            ("pt", 0, "0 segundos"),
            ("pt", 1, "1 segundo "),
        ] {
            let text = wait(lang, n);
            assert!(text.contains(says), "{lang} {n}: {text}");
        }
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let offered: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
        let i = I18n::new(&offered, "en").unwrap();
        let dec5 = 1_796_428_800_000; // 2026-12-05
        let jan1 = 1_798_761_600_000; // 2027-01-01
        for (lang, ms, want) in [
            ("en", dec5, "5 December 2026"),
            ("de", dec5, "5. Dezember 2026"),
            ("es", dec5, "5 de diciembre de 2026"),
            ("el", dec5, "5 Δεκεμβρίου 2026"),
            ("pl", dec5, "5 grudnia 2026"),
            ("fr", jan1, "1er janvier 2027"),
            ("it", jan1, "1º gennaio 2027"),
            ("sv", jan1, "1 januari 2027"),
        ] {
            assert_eq!(i.date(lang, ms), want, "{lang}");
        }
    }

    /// The glossary's "never" terms, checked in the messages (comments aside).
    #[test]
    fn the_texts_follow_the_glossary() {
        let never: &[(&str, &str)] = &[
            // Plural of politeness, and the one spelling.
            ("el", r"\bσου\b"),
            ("el", r"(?i)καταχώρηση"),
            ("el", r"\bsms\b"),
            // Neither "mail" beside "courriel", nor a phrase needing agreement.
            ("fr", r"(?i)\b(e-)?mail\b"),
            ("fr", r"Connexion en tant que"),
            // One name for the recovery email.
            ("it", r"(?i)indirizzo email privato esterno"),
            ("it", r"(?i)\bhelp desk\b"),
        ];
        // Variant keys (`[sms]`) and placeholders are syntax, not text.
        let syntax = regex::Regex::new(r"\*?\[[a-z0-9_]+\]|\{ *\$[a-z_]+").unwrap();
        for (lang, pattern) in never {
            let re = regex::Regex::new(pattern).unwrap();
            for (id, body) in messages(lang) {
                let text = syntax.replace_all(&body, "");
                assert!(!re.is_match(&text), "{lang}: {id} uses {pattern}: {body}");
            }
        }
    }

    #[test]
    fn negotiation_prefers_explicit_then_weights_then_default() {
        let offered: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
        let i = I18n::new(&offered, "el").unwrap();
        assert_eq!(i.negotiate(&[Some("fr")], Some("it")), "fr");
        assert_eq!(
            i.negotiate(&[Some("xx"), None], Some("ja, it;q=0.8, en;q=0.9")),
            "en"
        );
        assert_eq!(i.negotiate(&[], Some("fr-CA")), "fr");
        assert_eq!(i.negotiate(&[], Some("ja")), "el");
        assert_eq!(i.negotiate(&[], None), "el");
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let i = I18n::new(&["en".into()], "en").unwrap();
        let s = i.t_args(
            "el",
            "error-too-many-requests",
            &[("seconds", Arg::Num(30))],
        );
        assert!(s.contains("30"), "{s}");
        assert!(!s.contains('\u{2068}'));
    }
}
