//! The `[policy]` table of the configuration file: presets plus overrides,
//! and the validation that turns mistakes into messages naming the key.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A named set of rules, selectable in `policy.presets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// NIST SP 800-63B: 8 to 64 characters, blocklist, no composition rules.
    Nist,
    /// IHU URegister: 2+ non-alphanumeric, no run of more than 3 consecutive
    /// digits, 5+ distinct characters, not too similar to the username. The
    /// seed's 6 characters are below the floor: `examples/ihu.toml` lowers
    /// `min_length` explicitly.
    Ihu,
    /// UPHF Sésame: must not contain the login, must differ from the last 3 passwords.
    Uphf,
}

/// The `[policy]` table: which presets apply, and rule values that replace theirs.
///
/// Every override is optional; an absent key keeps what the presets say. For the
/// "at most" rules (`max_digit_run`, `max_repeat`) and for `username_similarity`,
/// `history` and `min_score`, `0` turns the rule off.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicyConfig {
    /// Presets combined into one policy; where two set the same rule, the stricter wins.
    pub presets: Vec<Preset>,
    /// Minimum length in characters (Unicode scalar values of the NFC form).
    pub min_length: Option<usize>,
    /// Maximum length in characters; NIST asks to allow at least 64.
    pub max_length: Option<usize>,
    /// Minimum number of lowercase letters (any script).
    pub min_lower: Option<usize>,
    /// Minimum number of uppercase letters (any script).
    pub min_upper: Option<usize>,
    /// Minimum number of digits.
    pub min_digit: Option<usize>,
    /// Minimum number of non-alphanumeric characters (punctuation, symbols, spaces, emoji).
    pub min_special: Option<usize>,
    /// Minimum number of character classes present (lowercase, uppercase, digit,
    /// special; a letter without case, e.g. CJK, is a class of its own), 0 to 4.
    pub min_classes: Option<usize>,
    /// Minimum number of distinct characters.
    pub min_distinct: Option<usize>,
    /// Longest allowed run of consecutive ascending or descending digits (IHU: 3).
    pub max_digit_run: Option<usize>,
    /// Longest allowed run of one repeated character.
    pub max_repeat: Option<usize>,
    /// Reject passwords that contain the username.
    pub forbid_username: Option<bool>,
    /// Reject passwords that contain a part (3+ characters) of the given names or surnames.
    pub forbid_names: Option<bool>,
    /// Similarity to the username (0 to 1) at or above which a password is rejected.
    pub username_similarity: Option<f64>,
    /// How many previous passwords (`pwdHistory` values) a new one must differ from.
    pub history: Option<usize>,
    /// Check the shipped list of common passwords (and the extra lists below).
    pub blocklist: Option<bool>,
    /// Extra blocklists: plain text, one password per line, compared like the shipped list.
    pub blocklist_files: Vec<PathBuf>,
    /// Extra blocklists of SHA-1 hashes in the Pwned Passwords "HASH:COUNT" format,
    /// sorted by hash; searched on disk, never loaded into memory.
    pub pwned_files: Vec<PathBuf>,
    /// Words that identify the institution or its services (e.g. "ihu", "uregister").
    pub institution_words: Vec<String>,
    /// Minimum zxcvbn score, 0 to 4.
    pub min_score: Option<u8>,
    /// Extra rules as regular expressions, each with its own message per language.
    pub regex: Vec<RegexRule>,
    /// At most this many lowercase letters (0: no limit).
    pub max_lower: Option<usize>,
    /// At most this many uppercase letters (0: no limit).
    pub max_upper: Option<usize>,
    /// At most this many digits (0: no limit).
    pub max_digit: Option<usize>,
    /// At most this many special characters (0: no limit).
    pub max_special: Option<usize>,
    /// Longest allowed run of consecutive letters of the alphabet or keys of
    /// one keyboard row, either way (`abcd`, `qwer`, `poiu`); 0 off, else 3+.
    pub max_sequence: Option<usize>,
    /// At most this many occurrences of any one character (0: no limit).
    pub max_occurrences: Option<usize>,
    /// On a change, similarity to the current password (0 to 1) at or above
    /// which the new one is refused (0: off).
    pub old_similarity: Option<f64>,
    /// No special character as the first or last character.
    pub no_special_at_ends: Option<bool>,
    /// Directory attributes whose values must not appear in the password
    /// (for `mail`, its local part), e.g. `["mail", "employeeNumber"]`.
    pub forbid_attributes: Vec<String>,
}

impl Default for PolicyConfig {
    fn default() -> Self {
        Self {
            presets: vec![Preset::Nist],
            min_length: None,
            max_length: None,
            min_lower: None,
            min_upper: None,
            min_digit: None,
            min_special: None,
            min_classes: None,
            min_distinct: None,
            max_digit_run: None,
            max_repeat: None,
            forbid_username: None,
            forbid_names: None,
            username_similarity: None,
            history: None,
            blocklist: None,
            blocklist_files: Vec::new(),
            pwned_files: Vec::new(),
            institution_words: Vec::new(),
            min_score: None,
            regex: Vec::new(),
            max_lower: None,
            max_upper: None,
            max_digit: None,
            max_special: None,
            max_sequence: None,
            max_occurrences: None,
            old_similarity: None,
            no_special_at_ends: None,
            forbid_attributes: Vec::new(),
        }
    }
}

/// One `[[policy.regex]]` rule: the password must match `pattern`, or must not
/// when `forbid` is true; `message` is shown when it fails.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegexRule {
    /// A `regex` crate pattern, applied to the NFC form of the password.
    pub pattern: String,
    /// Message per language tag, e.g. `{ en = "...", el = "..." }`; `en` is required.
    pub message: LocalizedText,
    /// When true the rule fails if the pattern matches, otherwise if it does not.
    #[serde(default)]
    pub forbid: bool,
}

/// Text given by the operator in several languages, keyed by language tag.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    /// The text for `lang` (an exact tag, then its primary subtag), else English.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split(['-', '_']).next().unwrap_or(lang);
        self.0
            .get(lang)
            .or_else(|| self.0.get(primary))
            .or_else(|| self.0.get(FALLBACK_LANG))
            .map_or("", String::as_str)
    }
}

/// The language every operator-given text must have, used when the request's is missing.
pub const FALLBACK_LANG: &str = "en";

/// Why a policy could not be built from its configuration.
#[derive(Debug, thiserror::Error)]
pub enum PolicyConfigError {
    /// A value is out of range or inconsistent; `key` is the full config key.
    #[error("{key}: {reason}")]
    Invalid {
        /// Full key, e.g. `policy.min_length`.
        key: String,
        /// What is wrong and what is allowed.
        reason: String,
    },
    /// A blocklist file could not be read.
    #[error("{key}: cannot read {path}: {source}")]
    Io {
        /// Full key, e.g. `policy.blocklist_files[0]`.
        key: String,
        /// The file named there.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A regex rule does not compile.
    #[error("{key}: invalid regular expression: {source}")]
    Regex {
        /// Full key, e.g. `policy.regex[0].pattern`.
        key: String,
        /// The compiler's explanation.
        source: regex::Error,
    },
    /// The blocklist compiled into kleidi is unreadable (a broken build).
    #[error("shipped blocklist: {0}")]
    ShippedData(String),
}

impl PolicyConfigError {
    pub(crate) fn invalid(key: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid {
            key: format!("policy.{}", key.into()),
            reason: reason.into(),
        }
    }
}

/// Upper bound for `max_length`: beyond it a "password" is a denial-of-service vector.
pub const MAX_LENGTH_CEILING: usize = 4096;

/// Longest regex program allowed, so one rule cannot eat the memory of the daemon.
pub(crate) const REGEX_SIZE_LIMIT: usize = 1 << 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_table_is_the_nist_preset() {
        let c: PolicyConfig = toml::from_str("").unwrap();
        assert_eq!(c, PolicyConfig::default());
        assert_eq!(c.presets, vec![Preset::Nist]);
    }

    #[test]
    fn unknown_keys_and_presets_are_refused() {
        assert!(toml::from_str::<PolicyConfig>("min_lenght = 3").is_err());
        assert!(toml::from_str::<PolicyConfig>("presets = [\"nsa\"]").is_err());
    }

    #[test]
    fn regex_messages_fall_back_to_the_primary_tag_then_english() {
        let c: PolicyConfig = toml::from_str(
            r#"
            [[regex]]
            pattern = '^\S+$'
            message = { en = "No spaces.", el = "Χωρίς κενά.", fr = "Pas d'espace." }
            "#,
        )
        .unwrap();
        let m = &c.regex[0].message;
        assert_eq!(m.get("el"), "Χωρίς κενά.");
        assert_eq!(m.get("fr-BE"), "Pas d'espace.");
        assert_eq!(m.get("it"), "No spaces.");
        assert!(!c.regex[0].forbid);
    }
}
