//! Suggested passwords (IHU's "Προτεινόμενα passwords"): random strings and
//! memorable passphrases, drawn from the thread-local CSPRNG and kept only when
//! they pass the policy they were made for.

use std::sync::LazyLock;

use rand::seq::{IndexedRandom as _, SliceRandom as _};
use serde::{Deserialize, Serialize};

use super::{CheckContext, Policy};

/// The EFF large wordlist (CC BY 3.0 US, see `NOTICE` beside it).
const EFF_WORDS: &str = include_str!("../../data/policy/eff-large-wordlist.txt");

/// Words of lowercase ASCII letters only: the four hyphenated entries would make
/// the separator ambiguous.
static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    EFF_WORDS
        .lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect()
});

/// Characters for random passwords, without look-alikes (l, 1, I, O, 0) and
/// without quotes, backslash or spaces, which break copy and paste into forms.
const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS: &[u8] = b"23456789";
const SPECIAL: &[u8] = b"!#%+-.:=?@_~*";
/// Passphrase separators: one per passphrase, easy to type on any keyboard.
const SEPARATORS: &[u8] = b"-.!_+=~";

/// Random passwords are at least this long (when the policy allows): ~100 bits.
const RANDOM_LEN: usize = 16;
/// Passphrases have at least this many words: ~52 bits from the words alone,
/// plus the separator and the number.
const PASSPHRASE_WORDS: usize = 4;
/// Tries per suggestion before giving up on it (a policy's regex may be unsatisfiable).
const ATTEMPTS: usize = 200;
/// Most suggestions one call returns.
pub const MAX_SUGGESTIONS: usize = 20;

/// Which kind of password to suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SuggestionKind {
    /// Random characters from every class, e.g. `k7#Rm.x2PqT9!wVb`.
    Random,
    /// Capitalized words, a separator and a number, e.g. `Tulip-Cobalt-Sprang-Ivory47`.
    Passphrase,
}

impl Policy {
    /// Up to `n` (at most 20) suggestions of `kind` that pass this policy.
    #[must_use]
    pub fn suggest(&self, n: usize, kind: SuggestionKind) -> Vec<String> {
        self.suggest_for(n, kind, &CheckContext::default())
    }

    /// Like `suggest`, also avoiding the user's username and names. History is
    /// not consulted: a fresh random password cannot be an old one.
    pub fn suggest_for(
        &self,
        n: usize,
        kind: SuggestionKind,
        ctx: &CheckContext<'_>,
    ) -> Vec<String> {
        let ctx = CheckContext {
            history: &[],
            current_hash: None,
            ppolicy_history: None,
            ..ctx.clone()
        };
        let mut rng = rand::rng();
        let mut out = Vec::with_capacity(n.min(MAX_SUGGESTIONS));
        for _ in 0..n.min(MAX_SUGGESTIONS) {
            let found = (0..ATTEMPTS)
                .map(|_| match kind {
                    SuggestionKind::Random => self.random(&mut rng),
                    SuggestionKind::Passphrase => self.passphrase(&mut rng),
                })
                .find(|s| self.check(s, &ctx).ok);
            out.extend(found);
        }
        out
    }

    fn random(&self, rng: &mut impl rand::Rng) -> String {
        let r = &self.rules;
        let len = r.min_length.max(RANDOM_LEN).min(r.max_length);
        // One of each class when there is room, more where the policy asks.
        let need = [
            (LOWER, r.min_lower.max(1)),
            (UPPER, r.min_upper.max(1)),
            (DIGITS, r.min_digit.max(1)),
            (SPECIAL, r.min_special.max(1)),
        ];
        let mut chars = Vec::with_capacity(len);
        for (set, k) in need {
            for _ in 0..k {
                if chars.len() < len {
                    chars.extend(set.choose(rng).copied());
                }
            }
        }
        let all: Vec<u8> = [LOWER, UPPER, DIGITS, SPECIAL].concat();
        while chars.len() < len {
            chars.extend(all.choose(rng).copied());
        }
        chars.shuffle(rng);
        chars.into_iter().map(char::from).collect()
    }

    fn passphrase(&self, rng: &mut impl rand::Rng) -> String {
        let r = &self.rules;
        let sep = char::from(*SEPARATORS.choose(rng).unwrap_or(&b'-'));
        let mut words: Vec<String> = Vec::new();
        let mut len = 0;
        while words.len() < PASSPHRASE_WORDS.max(r.min_upper)
            || len + 2 < r.min_length
            || words.len() + 1 < r.min_special
        {
            let Some(w) = WORDS.choose(rng) else { break };
            len += w.len() + 1;
            words.push(capitalize(w));
        }
        let mut s = words.join(&sep.to_string());
        // A number at the end: one or two digits more than the policy asks, never a run.
        for _ in 0..r.min_digit.max(2) {
            s.push(char::from(b'0' + rng.random_range(0..10u8)));
        }
        for _ in words.len().saturating_sub(1)..r.min_special {
            s.push(sep);
        }
        for _ in 0..r
            .min_lower
            .saturating_sub(s.chars().filter(char::is_ascii_lowercase).count())
        {
            s.push(char::from(*LOWER.choose(rng).unwrap_or(&b'a')));
        }
        s
    }
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::PolicyConfig;

    #[test]
    fn word_list_is_the_eff_large_list_without_hyphenated_words() {
        assert_eq!(WORDS.len(), 7776 - 4);
    }

    #[test]
    fn default_policy_suggests_both_kinds() {
        let p = Policy::new(&PolicyConfig::default()).unwrap();
        let r = p.suggest(5, SuggestionKind::Random);
        assert_eq!(r.len(), 5);
        assert!(r.iter().all(|s| s.chars().count() == RANDOM_LEN));
        let f = p.suggest(5, SuggestionKind::Passphrase);
        assert_eq!(f.len(), 5);
        assert!(
            f.iter()
                .all(|s| s.split(|c: char| !c.is_ascii_alphanumeric()).count() >= 4)
        );
        assert_eq!(
            p.suggest(1000, SuggestionKind::Random).len(),
            MAX_SUGGESTIONS
        );
    }
}
