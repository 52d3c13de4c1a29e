//! The password policy engine: every journey that sets a password asks
//! `Policy::check`; the UI and API show `Policy::describe` and `Policy::suggest`.
//!
//! - `config`: the `[policy]` table and its validation.
//! - `preset`: the `nist`, `ihu` and `uphf` presets and how they combine.
//! - `check`: the rules applied to one password.
//! - `text`: normalization and character counting.
//! - `similarity`: "not too similar to the username".
//! - `blocklist` / `pwned`: common and breached passwords, in memory and on disk.
//! - `strength`: the zxcvbn score and its feedback codes.
//! - `suggest`: generated passwords that pass the policy.
//! - `report`: what a check returns and how rules are described.

mod blocklist;
mod check;
mod config;
mod preset;
mod pwned;
mod report;
mod similarity;
mod strength;
mod suggest;
mod text;

use std::sync::Arc;

pub use config::Preset;
pub use config::{
    FALLBACK_LANG, LocalizedText, MAX_LENGTH_CEILING, PolicyConfig, PolicyConfigError, RegexRule,
};
pub use report::{Arg, Report, RuleDescription, Violation, hint_fluent_id};
pub use strength::HINT_CODES;
pub use suggest::SuggestionKind;

use blocklist::WordSet;
use preset::Rules;
use pwned::PwnedFile;

/// Every violation code `check` can return; each has `policy-<code>` and
/// `policy-rule-<code>` messages in every language (`_` written as `-`).
pub const CODES: &[&str] = &[
    "too_short",
    "too_long",
    "control_character",
    "blank",
    "min_lower",
    "min_upper",
    "min_digit",
    "min_special",
    "char_classes",
    "min_distinct",
    "digit_sequence",
    "repeated_char",
    "class_max",
    "sequence",
    "occurrences",
    "special_at_end",
    "contains_username",
    "similar_to_username",
    "contains_name",
    "contains_attribute",
    "institution_word",
    "blocklisted",
    "regex",
    "weak",
    "in_history",
    "similar_to_old",
];

/// What is known about the person whose password is checked. Everything is
/// optional: the public live-check API knows at most a claimed username.
#[derive(Debug, Clone, Default)]
pub struct CheckContext<'a> {
    /// The login (`uid`). Usernames under 3 characters are not compared: they
    /// would forbid too many passwords.
    pub username: Option<&'a str>,
    /// Given names (`givenName` values); parts of 3+ characters must not appear.
    pub given_names: Vec<&'a str>,
    /// Surnames (`sn` values); parts of 3+ characters must not appear.
    pub surnames: Vec<&'a str>,
    /// Raw `pwdHistory` values (`time#oid#length#hash`), in any order.
    pub history: &'a [String],
    /// The current `userPassword` value, when readable: reusing it is refused too.
    pub current_hash: Option<&'a str>,
    /// The entry's ppolicy `pwdInHistory`; the larger of it and `policy.history` applies.
    pub ppolicy_history: Option<usize>,
    /// The current password as typed, on a change (for `old_similarity`).
    pub old_password: Option<&'a str>,
    /// Values of the entry's `policy.forbid_attributes` (3+ characters are
    /// compared).
    pub attribute_values: Vec<&'a str>,
}

/// A compiled regex rule.
#[derive(Debug)]
struct RegexCheck {
    re: regex::Regex,
    forbid: bool,
    message: Arc<LocalizedText>,
}

/// The active password policy, built once from the configuration; share it with `Arc`.
#[derive(Debug)]
pub struct Policy {
    rules: Rules,
    shipped: Option<&'static WordSet>,
    extra: WordSet,
    pwned: Vec<PwnedFile>,
    /// Institution words as configured and folded.
    institution: Vec<(String, String)>,
    regex: Vec<RegexCheck>,
    /// Directory attributes whose values must not appear.
    forbid_attributes: Vec<String>,
}

impl Policy {
    /// Builds the policy: resolves presets, validates every key, reads the lists.
    pub fn new(c: &PolicyConfig) -> Result<Self, PolicyConfigError> {
        let rules = Rules::resolve(c)?;
        let shipped = if rules.blocklist {
            Some(blocklist::shipped()?)
        } else {
            None
        };
        let mut extra_lines = String::new();
        for (i, p) in c.blocklist_files.iter().enumerate() {
            let key = format!("policy.blocklist_files[{i}]");
            let text = std::fs::read_to_string(p).map_err(|source| PolicyConfigError::Io {
                key,
                path: p.clone(),
                source,
            })?;
            extra_lines.push_str(&text);
            extra_lines.push('\n');
        }
        let extra = WordSet::from_lines(extra_lines.lines());
        let pwned = c
            .pwned_files
            .iter()
            .enumerate()
            .map(|(i, p)| PwnedFile::open(p, &format!("pwned_files[{i}]")))
            .collect::<Result<_, _>>()?;
        let mut institution = Vec::new();
        for (i, w) in c.institution_words.iter().enumerate() {
            let folded = text::fold(w.trim());
            if folded.chars().count() < 3 {
                return Err(PolicyConfigError::invalid(
                    format!("institution_words[{i}]"),
                    "must have at least 3 characters",
                ));
            }
            institution.push((w.trim().to_owned(), folded));
        }
        let regex = c
            .regex
            .iter()
            .enumerate()
            .map(|(i, r)| compile_regex(i, r))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            rules,
            shipped,
            extra,
            pwned,
            institution,
            regex,
            forbid_attributes: c.forbid_attributes.clone(),
        })
    }

    /// The directory attributes whose values must not appear in a password.
    pub fn forbidden_attributes(&self) -> &[String] {
        &self.forbid_attributes
    }

    /// The active rules with their parameters, in the order violations are reported.
    pub fn describe(&self) -> Vec<RuleDescription> {
        check::describe(self)
    }

    /// Heap bytes of the in-memory blocklists (the shipped one is shared process-wide).
    pub fn blocklist_bytes(&self) -> usize {
        self.shipped.map_or(0, WordSet::heap_bytes) + self.extra.heap_bytes()
    }

    /// Number of entries in the in-memory blocklists.
    pub fn blocklist_len(&self) -> usize {
        self.shipped.map_or(0, WordSet::len) + self.extra.len()
    }

    /// Maximum length in characters, e.g. for the form's `maxlength`.
    pub fn max_length(&self) -> usize {
        self.rules.max_length
    }

    /// Minimum length in characters, e.g. for the form's `minlength`.
    pub fn min_length(&self) -> usize {
        self.rules.min_length
    }
}

fn compile_regex(i: usize, r: &RegexRule) -> Result<RegexCheck, PolicyConfigError> {
    let re = regex::RegexBuilder::new(&r.pattern)
        .size_limit(config::REGEX_SIZE_LIMIT)
        .build()
        .map_err(|source| PolicyConfigError::Regex {
            key: format!("policy.regex[{i}].pattern"),
            source,
        })?;
    if r.message
        .0
        .get(FALLBACK_LANG)
        .is_none_or(|m| m.trim().is_empty())
    {
        return Err(PolicyConfigError::invalid(
            format!("regex[{i}].message.{FALLBACK_LANG}"),
            "required: the text shown when the request's language has none",
        ));
    }
    Ok(RegexCheck {
        re,
        forbid: r.forbid,
        message: Arc::new(r.message.clone()),
    })
}
