//! How the checks look at text. Counting rules see the NFC form (so NFC and NFD
//! input of one word count alike); comparisons see a folded form. Neither is
//! ever stored: the password kept is exactly what the user typed.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// The comparison form: NFKD, accents and other combining marks removed,
/// lowercased, final sigma folded, invisible format characters dropped, NFC.
///
/// `char::to_lowercase` stands in for full Unicode case folding: the two differ
/// only for a few characters (e.g. `ß` stays `ß`), and both sides of every
/// comparison go through this same function, so what matters is that it is
/// stable, not that it is the full fold.
pub(crate) fn fold(s: &str) -> String {
    // ASCII is its own NFKC and has no marks or invisible characters.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfkd()
        .flat_map(char::to_lowercase)
        // Lowercasing can produce new decomposable sequences (`İ` → `i̇`).
        .collect::<String>()
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && !is_invisible(*c))
        .map(|c| if c == 'ς' { 'σ' } else { c })
        .nfc()
        .collect()
}

/// Format characters that render as nothing; dropping them stops `pass\u{200B}word`
/// from slipping past the blocklist.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}')
}

/// How many characters a person sees: control and invisible format
/// characters and combining marks (which only change the character before
/// them) do not count, so 8 zero-width spaces or 8 lone accents are no
/// 8-character password.
pub(crate) fn visible_len(chars: &[char]) -> usize {
    chars
        .iter()
        .filter(|c| !(c.is_control() || is_invisible(**c) || is_combining_mark(**c)))
        .count()
}

/// True when nothing but spaces (and invisible characters) was typed.
pub(crate) fn is_blank(chars: &[char]) -> bool {
    !chars.is_empty()
        && chars
            .iter()
            .all(|c| c.is_whitespace() || is_invisible(*c) || is_combining_mark(*c))
}

/// The NFC form, as characters, that the counting rules look at.
pub(crate) fn nfc_chars(s: &str) -> Vec<char> {
    s.nfc().collect()
}

/// How many characters of each class a password has.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Classes {
    pub lower: usize,
    pub upper: usize,
    pub digit: usize,
    pub special: usize,
    /// Letters without case (CJK, Arabic, Hebrew...): a class of their own.
    pub caseless: usize,
}

impl Classes {
    /// Counts classes; a combining mark left after NFC belongs to the letter before
    /// it, so it is no "special" character.
    pub fn of(chars: &[char]) -> Self {
        let mut k = Self::default();
        for &c in chars {
            if c.is_lowercase() {
                k.lower += 1;
            } else if c.is_uppercase() {
                k.upper += 1;
            } else if c.is_numeric() {
                k.digit += 1;
            } else if c.is_alphabetic() {
                k.caseless += 1;
            } else if !is_combining_mark(c) {
                k.special += 1;
            }
        }
        k
    }

    /// How many of the classes are present at all.
    pub fn present(&self) -> usize {
        [
            self.lower,
            self.upper,
            self.digit,
            self.special,
            self.caseless,
        ]
        .iter()
        .filter(|n| **n > 0)
        .count()
    }
}

/// Number of distinct characters (case-sensitive, as typed).
pub(crate) fn distinct(chars: &[char]) -> usize {
    let mut v = chars.to_vec();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// Longest run of one character repeated back to back.
pub(crate) fn longest_repeat(chars: &[char]) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut prev = None;
    for &c in chars {
        run = if prev == Some(c) { run + 1 } else { 1 };
        prev = Some(c);
        best = best.max(run);
    }
    best
}

/// Letters in alphabet order and the rows of the common keyboards (QWERTY,
/// AZERTY, QWERTZ, Greek): runs along them, either way, are sequences.
const SEQUENCES: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "αβγδεζηθικλμνξοπρστυφχψω",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertzuiop",
    "yxcvbnm",
    "ςερτυθιοπ",
    "ασδφγηξκλ",
    "ζχψωβνμ",
];

/// Longest run of characters that follow each other along one of
/// [`SEQUENCES`], ascending or descending (`abcd`, `qwer`, `poiu`), on the
/// folded form.
pub(crate) fn longest_sequence(folded: &str) -> usize {
    let chars: Vec<char> = folded.chars().collect();
    let mut best = usize::from(!chars.is_empty());
    for seq in SEQUENCES {
        let pos: Vec<Option<usize>> = chars
            .iter()
            .map(|c| seq.chars().position(|s| s == *c))
            .collect();
        let (mut run, mut dir) = (1usize, 0i64);
        for w in pos.windows(2) {
            match (w[0], w[1]) {
                (Some(a), Some(b)) if (b as i64 - a as i64).abs() == 1 => {
                    let d = b as i64 - a as i64;
                    if dir == 0 || dir == d {
                        run += 1;
                    } else {
                        run = 2;
                    }
                    dir = d;
                }
                _ => {
                    run = 1;
                    dir = 0;
                }
            }
            best = best.max(run);
        }
    }
    best
}

/// How often the most frequent character occurs.
pub(crate) fn most_occurrences(chars: &[char]) -> usize {
    let mut v = chars.to_vec();
    v.sort_unstable();
    v.chunk_by(|a, b| a == b)
        .map(<[char]>::len)
        .max()
        .unwrap_or(0)
}

/// True when `c` counts as special (neither letter nor digit nor a mark).
pub(crate) fn is_special(c: char) -> bool {
    !c.is_alphanumeric() && !is_combining_mark(c)
}

/// Longest run of consecutive ascending (`1234`) or descending (`9876`) ASCII
/// digits. Run on the folded form, so full-width digits count as digits.
pub(crate) fn longest_digit_run(s: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    // Direction of the current run: +1, -1, or 0 while it is one digit long.
    let mut dir: i32 = 0;
    let mut prev: Option<i32> = None;
    for c in s.chars() {
        let Some(d) = c.to_digit(10).map(|d| d as i32) else {
            run = 0;
            dir = 0;
            prev = None;
            continue;
        };
        match prev {
            Some(p) if (d - p).abs() == 1 && (dir == 0 || dir == d - p) => {
                dir = d - p;
                run += 1;
            }
            // `1232`: the `3` ends an ascending run and starts a descending one.
            Some(p) if (d - p).abs() == 1 => {
                dir = d - p;
                run = 2;
            }
            _ => {
                dir = 0;
                run = 1;
            }
        }
        prev = Some(d);
        best = best.max(run);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_judges_nfc_nfd_case_and_accents_alike() {
        let nfc = "Καλημέρα Café";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(fold(nfc), fold(&nfd));
        assert_eq!(fold(nfc), "καλημερα cafe");
        assert_eq!(fold("ΠΑΠΑΔΟΠΟΥΛΟΣ"), fold("παπαδοπουλος"));
        assert_eq!(fold("ｐａｓｓ\u{200B}word"), "password");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn classes_are_unicode_aware() {
        let k = Classes::of(&nfc_chars("αΒ3!é😀中"));
        assert_eq!(
            k,
            Classes {
                lower: 2,
                upper: 1,
                digit: 1,
                special: 2,
                caseless: 1
            }
        );
        assert_eq!(k.present(), 5);
        // NFD input: the combining acute is part of the letter, not a symbol.
        let nfd: String = "é".nfd().collect();
        assert_eq!(Classes::of(&nfc_chars(&nfd)).special, 0);
        assert_eq!(Classes::of(&['q', '\u{0303}']).special, 0);
    }

    #[test]
    fn digit_runs_follow_the_ihu_wording() {
        assert_eq!(longest_digit_run("ab123cd"), 3);
        assert_eq!(longest_digit_run("ab1234"), 4);
        assert_eq!(longest_digit_run("9876x"), 4);
        assert_eq!(longest_digit_run("1357"), 1);
        assert_eq!(longest_digit_run("12321"), 3);
        assert_eq!(longest_digit_run("12a34"), 2);
        assert_eq!(longest_digit_run(&fold("１２３４")), 4);
        assert_eq!(longest_digit_run("7890"), 3);
        assert_eq!(longest_digit_run(""), 0);
    }

    #[test]
    fn repeats_and_distinct_count_characters() {
        assert_eq!(longest_repeat(&nfc_chars("aabbbbc")), 4);
        assert_eq!(longest_repeat(&[]), 0);
        assert_eq!(distinct(&nfc_chars("aAaA11")), 3);
    }
}
