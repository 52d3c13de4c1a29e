//! Common and breached passwords: the list compiled into kleidi (decompressed
//! once per process) and operator lists in plain text, all held as one sorted
//! byte blob searched by binary search.

use std::io::Read as _;
use std::sync::LazyLock;

use super::config::PolicyConfigError;
use super::text::fold;

/// 40,101 common passwords, lowercased, gzip; sources and licences in `NOTICE` beside it.
const SHIPPED_GZ: &[u8] = include_bytes!("../../data/policy/common-passwords.txt.gz");

/// Refuse decompressing more than this: the shipped list is ~330 KB.
const MAX_SHIPPED_BYTES: u64 = 4 << 20;

/// A set of folded strings in one allocation: the entries sorted and concatenated,
/// with their end offsets. About 12 bytes per entry on top of the text, against
/// ~60 for a `HashSet<String>`.
#[derive(Debug, Default)]
pub(crate) struct WordSet {
    bytes: Box<[u8]>,
    ends: Box<[u32]>,
}

impl WordSet {
    /// Builds the set from raw entries: each is folded; blanks and `#` comments dropped.
    pub fn from_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Self {
        let mut v: Vec<String> = lines
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(fold)
            .filter(|l| !l.is_empty())
            .collect();
        v.sort_unstable();
        v.dedup();
        let mut bytes = Vec::with_capacity(v.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(v.len());
        for w in &v {
            bytes.extend_from_slice(w.as_bytes());
            // Offsets past 4 GiB would need a bigger type; lists that large belong
            // in a Pwned Passwords hash file, which is searched on disk.
            ends.push(u32::try_from(bytes.len()).unwrap_or(u32::MAX));
        }
        Self {
            bytes: bytes.into_boxed_slice(),
            ends: ends.into_boxed_slice(),
        }
    }

    fn entry(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let end = self.ends[i] as usize;
        self.bytes.get(start..end).unwrap_or_default()
    }

    /// True when `folded` (already in `fold` form) is in the set.
    pub fn contains(&self, folded: &str) -> bool {
        let needle = folded.as_bytes();
        let (mut lo, mut hi) = (0, self.ends.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.entry(mid).cmp(needle) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Heap bytes held by the set.
    pub fn heap_bytes(&self) -> usize {
        self.bytes.len() + self.ends.len() * std::mem::size_of::<u32>()
    }
}

/// The shipped list, decompressed and folded on first use and shared by every
/// `Policy` of the process (a configuration reload does not redo it).
static SHIPPED: LazyLock<Result<WordSet, String>> = LazyLock::new(|| {
    let mut text = String::new();
    flate2::read::GzDecoder::new(SHIPPED_GZ)
        .take(MAX_SHIPPED_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    Ok(WordSet::from_lines(text.lines()))
});

/// The shipped list, or why it cannot be read.
pub(crate) fn shipped() -> Result<&'static WordSet, PolicyConfigError> {
    SHIPPED
        .as_ref()
        .map_err(|e| PolicyConfigError::ShippedData(e.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_list_has_the_common_passwords_and_fits_the_memory_budget() {
        let s = shipped().unwrap();
        assert!(s.len() >= 40_000, "{}", s.len());
        assert!(s.heap_bytes() < 4 << 20, "{}", s.heap_bytes());
        for p in ["123456", "password", "qwerty", "iloveyou", "dragon"] {
            assert!(s.contains(p), "{p}");
        }
        assert!(!s.contains("correct-horse-battery-staple-κλειδί"));
        assert!(!s.contains(""));
    }

    #[test]
    fn plain_lists_are_folded_sorted_and_deduplicated() {
        let s = WordSet::from_lines(["  Ζεύς ", "# comment", "", "ΖΕΥΣ", "Bravo"].into_iter());
        assert_eq!(s.len(), 2);
        assert!(s.contains(&fold("ζευς")));
        assert!(s.contains("bravo"));
        assert!(!s.contains("brav"));
        assert!(!s.contains("bravoo"));
    }
}
