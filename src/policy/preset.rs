//! Named presets and the resolved rule values: presets are combined by taking
//! the stricter value of each rule, then the operator's overrides replace them.

use super::config::{MAX_LENGTH_CEILING, PolicyConfig, PolicyConfigError, Preset};

/// The value every rule has when no preset or override sets it.
const BASE_MAX_LENGTH: usize = 64;
/// The shortest password any preset allows (NIST SP 800-63B); only an
/// explicit `min_length` in the config goes lower.
const FLOOR_MIN_LENGTH: usize = 8;

/// Rule values after presets and overrides; 0 means "off" for the optional limits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rules {
    pub min_length: usize,
    pub max_length: usize,
    pub min_lower: usize,
    pub min_upper: usize,
    pub min_digit: usize,
    pub min_special: usize,
    pub min_classes: usize,
    pub min_distinct: usize,
    pub max_digit_run: usize,
    pub max_repeat: usize,
    pub forbid_username: bool,
    pub forbid_names: bool,
    pub username_similarity: f64,
    pub history: usize,
    pub blocklist: bool,
    pub min_score: u8,
    pub max_lower: usize,
    pub max_upper: usize,
    pub max_digit: usize,
    pub max_special: usize,
    pub max_sequence: usize,
    pub max_occurrences: usize,
    pub old_similarity: f64,
    pub no_special_at_ends: bool,
}

impl Rules {
    /// No rule but a sane length window: the neutral element of `stricter`.
    fn base() -> Self {
        Self {
            min_length: FLOOR_MIN_LENGTH,
            max_length: BASE_MAX_LENGTH,
            min_lower: 0,
            min_upper: 0,
            min_digit: 0,
            min_special: 0,
            min_classes: 0,
            min_distinct: 0,
            max_digit_run: 0,
            max_repeat: 0,
            forbid_username: false,
            forbid_names: false,
            username_similarity: 0.0,
            history: 0,
            blocklist: false,
            min_score: 0,
            max_lower: 0,
            max_upper: 0,
            max_digit: 0,
            max_special: 0,
            max_sequence: 0,
            max_occurrences: 0,
            old_similarity: 0.0,
            no_special_at_ends: false,
        }
    }

    fn preset(p: Preset) -> Self {
        let base = Self::base();
        match p {
            Preset::Nist => Self {
                max_length: 64,
                // 800-63B also lists "context-specific words such as the username".
                forbid_username: true,
                blocklist: true,
                ..base
            },
            Preset::Ihu => Self {
                min_special: 2,
                max_digit_run: 3,
                min_distinct: 5,
                username_similarity: IHU_SIMILARITY,
                ..base
            },
            Preset::Uphf => Self {
                forbid_username: true,
                history: 3,
                ..base
            },
        }
    }

    /// The union of two rule sets: each rule takes the stricter of the two values.
    fn stricter(self, o: Self) -> Self {
        Self {
            min_length: self.min_length.max(o.min_length),
            max_length: self.max_length.min(o.max_length),
            min_lower: self.min_lower.max(o.min_lower),
            min_upper: self.min_upper.max(o.min_upper),
            min_digit: self.min_digit.max(o.min_digit),
            min_special: self.min_special.max(o.min_special),
            min_classes: self.min_classes.max(o.min_classes),
            min_distinct: self.min_distinct.max(o.min_distinct),
            max_digit_run: min_active(self.max_digit_run, o.max_digit_run),
            max_repeat: min_active(self.max_repeat, o.max_repeat),
            forbid_username: self.forbid_username || o.forbid_username,
            forbid_names: self.forbid_names || o.forbid_names,
            username_similarity: match (self.username_similarity, o.username_similarity) {
                (a, b) if a <= 0.0 => b,
                (a, b) if b <= 0.0 => a,
                (a, b) => a.min(b),
            },
            history: self.history.max(o.history),
            blocklist: self.blocklist || o.blocklist,
            min_score: self.min_score.max(o.min_score),
            max_lower: min_active(self.max_lower, o.max_lower),
            max_upper: min_active(self.max_upper, o.max_upper),
            max_digit: min_active(self.max_digit, o.max_digit),
            max_special: min_active(self.max_special, o.max_special),
            max_sequence: min_active(self.max_sequence, o.max_sequence),
            max_occurrences: min_active(self.max_occurrences, o.max_occurrences),
            old_similarity: match (self.old_similarity, o.old_similarity) {
                (a, b) if a <= 0.0 => b,
                (a, b) if b <= 0.0 => a,
                (a, b) => a.min(b),
            },
            no_special_at_ends: self.no_special_at_ends || o.no_special_at_ends,
        }
    }

    /// Presets combined, then overrides applied, then checked for consistency.
    pub fn resolve(c: &PolicyConfig) -> Result<Self, PolicyConfigError> {
        let mut r = c
            .presets
            .iter()
            .fold(Self::base(), |acc, p| acc.stricter(Self::preset(*p)));
        macro_rules! set {
            ($($f:ident),*) => { $( if let Some(v) = c.$f { r.$f = v; } )* };
        }
        set!(
            min_length,
            max_length,
            min_lower,
            min_upper,
            min_digit,
            min_special,
            min_classes,
            min_distinct,
            max_digit_run,
            max_repeat,
            forbid_username,
            forbid_names,
            username_similarity,
            history,
            blocklist,
            min_score,
            max_lower,
            max_upper,
            max_digit,
            max_special,
            max_sequence,
            max_occurrences,
            old_similarity,
            no_special_at_ends
        );
        r.validate()?;
        Ok(r)
    }

    fn validate(&self) -> Result<(), PolicyConfigError> {
        if self.min_length < 1 {
            return Err(PolicyConfigError::invalid(
                "min_length",
                "must be at least 1",
            ));
        }
        if self.max_length < self.min_length {
            return Err(PolicyConfigError::invalid(
                "max_length",
                format!("must be at least min_length ({})", self.min_length),
            ));
        }
        if self.max_length > MAX_LENGTH_CEILING {
            return Err(PolicyConfigError::invalid(
                "max_length",
                format!("must be at most {MAX_LENGTH_CEILING}"),
            ));
        }
        let classes = self.min_lower + self.min_upper + self.min_digit + self.min_special;
        if classes > self.max_length {
            return Err(PolicyConfigError::invalid(
                "min_special",
                format!(
                    "min_lower + min_upper + min_digit + min_special ({classes}) \
                     must not exceed max_length ({})",
                    self.max_length
                ),
            ));
        }
        if self.min_classes > 4 {
            return Err(PolicyConfigError::invalid(
                "min_classes",
                "must be between 0 and 4",
            ));
        }
        if self.min_distinct > self.max_length {
            return Err(PolicyConfigError::invalid(
                "min_distinct",
                format!("must not exceed max_length ({})", self.max_length),
            ));
        }
        if self.max_digit_run == 1 {
            return Err(PolicyConfigError::invalid(
                "max_digit_run",
                "must be 0 (off) or at least 2: a single digit is always a run of 1",
            ));
        }
        if !(0.0..=1.0).contains(&self.username_similarity) {
            return Err(PolicyConfigError::invalid(
                "username_similarity",
                "must be between 0 (off) and 1",
            ));
        }
        if self.history > MAX_HISTORY {
            return Err(PolicyConfigError::invalid(
                "history",
                format!("must be at most {MAX_HISTORY}"),
            ));
        }
        for (key, min, max) in [
            ("max_lower", self.min_lower, self.max_lower),
            ("max_upper", self.min_upper, self.max_upper),
            ("max_digit", self.min_digit, self.max_digit),
            ("max_special", self.min_special, self.max_special),
        ] {
            if max > 0 && max < min {
                return Err(PolicyConfigError::invalid(
                    key,
                    format!("must be 0 (no limit) or at least the minimum ({min})"),
                ));
            }
        }
        if self.max_sequence == 1 || self.max_sequence == 2 {
            return Err(PolicyConfigError::invalid(
                "max_sequence",
                "must be 0 (off) or at least 3: shorter runs are in every word",
            ));
        }
        if !(0.0..=1.0).contains(&self.old_similarity) {
            return Err(PolicyConfigError::invalid(
                "old_similarity",
                "must be between 0 (off) and 1",
            ));
        }
        if self.min_score > 4 {
            return Err(PolicyConfigError::invalid(
                "min_score",
                "must be between 0 and 4",
            ));
        }
        Ok(())
    }
}

/// IHU's "not too similar to the username", as a similarity threshold (see `similarity`).
pub(crate) const IHU_SIMILARITY: f64 = 0.75;

/// History values are verified one by one (Argon2 costs milliseconds each), so bound them.
const MAX_HISTORY: usize = 24;

/// The stricter of two "at most" limits where 0 means off.
fn min_active(a: usize, b: usize) -> usize {
    match (a, b) {
        (0, x) | (x, 0) => x,
        (a, b) => a.min(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(toml: &str) -> PolicyConfig {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn combining_presets_keeps_the_stricter_value_of_each_rule() {
        let r = Rules::resolve(&cfg(r#"presets = ["nist", "ihu", "uphf"]"#)).unwrap();
        assert_eq!(r.min_length, 8);
        assert_eq!(r.max_length, 64);
        assert_eq!(r.min_special, 2);
        assert_eq!(r.max_digit_run, 3);
        assert_eq!(r.min_distinct, 5);
        assert!(r.blocklist && r.forbid_username);
        assert_eq!(r.history, 3);
        assert_eq!(r.username_similarity, IHU_SIMILARITY);
    }

    #[test]
    fn every_preset_alone_asks_for_8_characters_unless_lowered_explicitly() {
        for p in ["[]", "[\"nist\"]", "[\"ihu\"]", "[\"uphf\"]"] {
            let r = Rules::resolve(&cfg(&format!("presets = {p}"))).unwrap();
            assert_eq!(r.min_length, 8, "{p}");
            let r = Rules::resolve(&cfg(&format!("presets = {p}\nmin_length = 6"))).unwrap();
            assert_eq!(r.min_length, 6, "{p}");
        }
    }

    #[test]
    fn overrides_replace_preset_values_and_zero_turns_a_limit_off() {
        let r = Rules::resolve(&cfg(
            "presets = [\"ihu\"]\nmin_length = 10\nmax_digit_run = 0\nhistory = 5",
        ))
        .unwrap();
        assert_eq!((r.min_length, r.max_digit_run, r.history), (10, 0, 5));
    }

    #[test]
    fn validation_names_the_key() {
        let e = |t: &str| Rules::resolve(&cfg(t)).unwrap_err().to_string();
        assert_eq!(e("min_length = 0"), "policy.min_length: must be at least 1");
        assert!(e("max_length = 4").starts_with("policy.max_length:"));
        assert!(e("max_length = 5000").starts_with("policy.max_length:"));
        assert!(e("min_classes = 5").starts_with("policy.min_classes:"));
        assert!(e("username_similarity = 1.5").starts_with("policy.username_similarity:"));
        assert!(e("min_score = 5").starts_with("policy.min_score:"));
        assert!(e("min_distinct = 100").starts_with("policy.min_distinct:"));
        assert!(e("max_digit_run = 1").starts_with("policy.max_digit_run:"));
        assert!(e("min_lower = 40\nmin_upper = 40").starts_with("policy.min_special:"));
    }
}
