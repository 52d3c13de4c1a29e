//! The rules applied to one password, and their description. Both walk the rules
//! in the same order so the UI lists them as violations come back.

use super::report::{Arg, Report, RuleDescription, Violation};
use super::text::{self, Classes};
use super::{CheckContext, Policy, similarity, strength};

/// Usernames longer than this skip the similarity rule (still checked for
/// containment): its cost is the product of both lengths, and the live-check
/// API takes the username from anyone.
const MAX_SIMILARITY_USERNAME: usize = 256;

/// Parts of names shorter than this are too common to forbid ("Li", "de").
const MIN_NAME_PART: usize = 3;

impl Policy {
    /// Checks `password` against every active rule. The zxcvbn score is computed
    /// (and `Report::score` set) only when `min_score` is configured.
    #[must_use]
    pub fn check(&self, password: &str, ctx: &CheckContext<'_>) -> Report {
        self.run(password, ctx, self.rules.min_score > 0)
    }

    /// Like `check`, but always computes the zxcvbn score and hints (for the
    /// live strength meter).
    #[must_use]
    pub fn check_scored(&self, password: &str, ctx: &CheckContext<'_>) -> Report {
        self.run(password, ctx, true)
    }

    fn run(&self, password: &str, ctx: &CheckContext<'_>, score: bool) -> Report {
        let r = &self.rules;
        let mut v = Vec::new();
        // NFC so that NFD input counts like the same word typed precomposed.
        let chars = text::nfc_chars(password);
        let len = chars.len();
        if len > r.max_length {
            // Everything else costs time on input an attacker controls; "too long"
            // is what the user needs to hear first anyway.
            v.push(Violation::new("too_long").arg("max", r.max_length));
            return finish(v, None);
        }
        // Length is what the person can see.
        if text::visible_len(&chars) < r.min_length {
            v.push(Violation::new("too_short").arg("min", r.min_length));
        }
        // NUL and other control characters: no client can be trusted to
        // send or store them the same way (LDAP, SSO forms, RADIUS).
        if chars.iter().any(|c| c.is_control()) {
            v.push(Violation::new("control_character"));
        }
        if text::is_blank(&chars) {
            v.push(Violation::new("blank"));
        }
        let k = Classes::of(&chars);
        for (code, have, min) in [
            ("min_lower", k.lower, r.min_lower),
            ("min_upper", k.upper, r.min_upper),
            ("min_digit", k.digit, r.min_digit),
            ("min_special", k.special, r.min_special),
        ] {
            if have < min {
                v.push(Violation::new(code).arg("min", min));
            }
        }
        if k.present() < r.min_classes {
            v.push(Violation::new("char_classes").arg("min", r.min_classes));
        }
        if r.min_distinct > 0 && text::distinct(&chars) < r.min_distinct {
            v.push(Violation::new("min_distinct").arg("min", r.min_distinct));
        }
        let folded = text::fold(password);
        if r.max_digit_run > 0 && text::longest_digit_run(&folded) > r.max_digit_run {
            v.push(Violation::new("digit_sequence").arg("max", r.max_digit_run));
        }
        if r.max_repeat > 0 && text::longest_repeat(&chars) > r.max_repeat {
            v.push(Violation::new("repeated_char").arg("max", r.max_repeat));
        }
        for (class, have, max) in [
            ("lower", k.lower, r.max_lower),
            ("upper", k.upper, r.max_upper),
            ("digit", k.digit, r.max_digit),
            ("special", k.special, r.max_special),
        ] {
            if max > 0 && have > max {
                v.push(
                    Violation::new("class_max")
                        .arg("class", Arg::Text(class.into()))
                        .arg("max", max),
                );
            }
        }
        if r.max_sequence > 0 && text::longest_sequence(&folded) > r.max_sequence {
            v.push(Violation::new("sequence").arg("max", r.max_sequence));
        }
        if r.max_occurrences > 0 && text::most_occurrences(&chars) > r.max_occurrences {
            v.push(Violation::new("occurrences").arg("max", r.max_occurrences));
        }
        if r.no_special_at_ends
            && (chars.first().is_some_and(|c| text::is_special(*c))
                || chars.last().is_some_and(|c| text::is_special(*c)))
        {
            v.push(Violation::new("special_at_end"));
        }
        self.personal(&folded, ctx, &mut v);
        if self.is_blocklisted(password, &folded) {
            v.push(Violation::new("blocklisted"));
        }
        let nfc: String = chars.iter().collect();
        for (i, rc) in self.regex.iter().enumerate() {
            if rc.re.is_match(&nfc) == rc.forbid {
                v.push(Violation {
                    custom: Some(rc.message.clone()),
                    ..Violation::new("regex").arg("index", i)
                });
            }
        }
        let strength = score.then(|| strength::estimate(password, &self.user_inputs(ctx)));
        if let Some(s) = &strength
            && s.score < r.min_score
        {
            v.push(
                Violation::new("weak")
                    .arg("min", r.min_score)
                    .arg("score", s.score),
            );
        }
        let n = r.history.max(ctx.ppolicy_history.unwrap_or(0));
        if reuses(password, ctx, n) {
            v.push(Violation::new("in_history").arg("count", n.max(1)));
        }
        if r.old_similarity > 0.0
            && let Some(old) = ctx.old_password
        {
            let (p, o): (Vec<char>, Vec<char>) =
                (folded.chars().collect(), text::fold(old).chars().collect());
            if o.len() <= MAX_SIMILARITY_USERNAME
                && similarity::similarity(&p, &o) >= r.old_similarity
            {
                v.push(Violation::new("similar_to_old"));
            }
        }
        finish(v, strength)
    }

    /// Username, names and institution words: the context-specific words.
    fn personal(&self, folded: &str, ctx: &CheckContext<'_>, v: &mut Vec<Violation>) {
        let r = &self.rules;
        let user = ctx
            .username
            .map(text::fold)
            .filter(|u| u.chars().count() >= 3);
        if let Some(u) = &user {
            let contains = folded.contains(u.as_str());
            if r.forbid_username && contains {
                v.push(Violation::new("contains_username"));
            } else if r.username_similarity > 0.0 && u.chars().count() <= MAX_SIMILARITY_USERNAME {
                let p: Vec<char> = folded.chars().collect();
                let u: Vec<char> = u.chars().collect();
                if similarity::similarity(&p, &u) >= r.username_similarity {
                    v.push(Violation::new("similar_to_username"));
                }
            }
        }
        if r.forbid_names && name_parts(ctx).any(|part| folded.contains(part.as_str())) {
            v.push(Violation::new("contains_name"));
        }
        if ctx
            .attribute_values
            .iter()
            .map(|a| text::fold(a))
            .filter(|a| a.chars().count() >= MIN_NAME_PART)
            .any(|a| folded.contains(a.as_str()))
        {
            v.push(Violation::new("contains_attribute"));
        }
        if let Some((word, _)) = self
            .institution
            .iter()
            .find(|(_, f)| folded.contains(f.as_str()))
        {
            v.push(Violation::new("institution_word").arg("word", Arg::Text(word.clone())));
        }
    }

    fn is_blocklisted(&self, password: &str, folded: &str) -> bool {
        self.shipped.is_some_and(|s| s.contains(folded))
            || self.extra.contains(folded)
            || self.pwned.iter().any(|p| p.contains(password))
    }

    fn user_inputs<'a>(&'a self, ctx: &'a CheckContext<'_>) -> Vec<&'a str> {
        ctx.username
            .into_iter()
            .chain(ctx.given_names.iter().copied())
            .chain(ctx.surnames.iter().copied())
            .chain(self.institution.iter().map(|(w, _)| w.as_str()))
            // zxcvbn matches every substring of the password against these.
            .filter(|s| s.len() <= MAX_SIMILARITY_USERNAME)
            .collect()
    }
}

fn finish(violations: Vec<Violation>, strength: Option<strength::Strength>) -> Report {
    let (score, hints) = match strength {
        Some(s) => (Some(s.score), s.hints),
        None => (None, Vec::new()),
    };
    Report {
        ok: violations.is_empty(),
        violations,
        score,
        hints,
    }
}

/// Folded parts of the given names and surnames, split on anything that is not
/// a letter or digit ("Jean-Pierre" → "jean", "pierre").
fn name_parts<'a>(ctx: &'a CheckContext<'_>) -> impl Iterator<Item = String> + 'a {
    ctx.given_names
        .iter()
        .chain(ctx.surnames.iter())
        .flat_map(|n| {
            text::fold(n)
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|p| p.chars().count() >= MIN_NAME_PART)
}

/// True when `password` is the current password (always refused when its hash
/// is known) or one of the `n` newest `pwdHistory` values (slapd's own
/// meaning of `pwdInHistory`).
fn reuses(password: &str, ctx: &CheckContext<'_>, n: usize) -> bool {
    let mut newest: Vec<&String> = ctx.history.iter().collect();
    // The value starts with its GeneralizedTime, which sorts as text.
    newest.sort_unstable_by(|a, b| b.split('#').next().cmp(&a.split('#').next()));
    newest.truncate(n);
    let current = ctx
        .current_hash
        .is_some_and(|h| crate::pwhash::verify(password, h));
    crate::pwhash::in_history(password, &newest) | current
}

/// The active rules, in the order `check` reports them.
pub(super) fn describe(p: &Policy) -> Vec<RuleDescription> {
    let r = &p.rules;
    let mut d = vec![
        Violation::new("too_short").arg("min", r.min_length),
        Violation::new("too_long").arg("max", r.max_length),
        Violation::new("control_character"),
        Violation::new("blank"),
    ];
    for (code, min) in [
        ("min_lower", r.min_lower),
        ("min_upper", r.min_upper),
        ("min_digit", r.min_digit),
        ("min_special", r.min_special),
        ("char_classes", r.min_classes),
        ("min_distinct", r.min_distinct),
    ] {
        if min > 0 {
            d.push(Violation::new(code).arg("min", min));
        }
    }
    if r.max_digit_run > 0 {
        d.push(Violation::new("digit_sequence").arg("max", r.max_digit_run));
    }
    if r.max_repeat > 0 {
        d.push(Violation::new("repeated_char").arg("max", r.max_repeat));
    }
    for (class, max) in [
        ("lower", r.max_lower),
        ("upper", r.max_upper),
        ("digit", r.max_digit),
        ("special", r.max_special),
    ] {
        if max > 0 {
            d.push(
                Violation::new("class_max")
                    .arg("class", Arg::Text(class.into()))
                    .arg("max", max),
            );
        }
    }
    if r.max_sequence > 0 {
        d.push(Violation::new("sequence").arg("max", r.max_sequence));
    }
    if r.max_occurrences > 0 {
        d.push(Violation::new("occurrences").arg("max", r.max_occurrences));
    }
    if r.no_special_at_ends {
        d.push(Violation::new("special_at_end"));
    }
    if r.forbid_username {
        d.push(Violation::new("contains_username"));
    }
    if r.username_similarity > 0.0 {
        let percent = (r.username_similarity * 100.0).round() as i64;
        d.push(Violation::new("similar_to_username").arg("percent", Arg::Number(percent)));
    }
    if r.forbid_names {
        d.push(Violation::new("contains_name"));
    }
    if !p.forbid_attributes.is_empty() {
        d.push(Violation::new("contains_attribute"));
    }
    if !p.institution.is_empty() {
        let words: Vec<&str> = p.institution.iter().map(|(w, _)| w.as_str()).collect();
        d.push(Violation::new("institution_word").arg("words", Arg::Text(words.join(", "))));
    }
    if p.shipped.is_some() || p.extra.len() > 0 || !p.pwned.is_empty() {
        d.push(Violation::new("blocklisted"));
    }
    for (i, rc) in p.regex.iter().enumerate() {
        d.push(Violation {
            custom: Some(rc.message.clone()),
            ..Violation::new("regex").arg("index", i)
        });
    }
    if r.min_score > 0 {
        d.push(Violation::new("weak").arg("min", r.min_score));
    }
    if r.history > 0 {
        d.push(Violation::new("in_history").arg("count", r.history));
    }
    if r.old_similarity > 0.0 {
        d.push(Violation::new("similar_to_old"));
    }
    d.into_iter().map(RuleDescription::from).collect()
}
