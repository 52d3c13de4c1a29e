//! Pwned Passwords hash lists ("SHA1HEX:COUNT" per line, sorted by hash), searched
//! with positioned reads on the open file: a 40 GB list costs a file handle and
//! about 35 reads of a few hundred bytes per check, never memory.

use std::cmp::Ordering;
use std::fs::File;
use std::os::unix::fs::FileExt as _;
use std::path::{Path, PathBuf};

use sha1::{Digest as _, Sha1};

use super::config::PolicyConfigError;

/// Longer than any "HASH:COUNT\r\n" line, so one read holds a whole line.
const WINDOW: usize = 128;
/// Length of a SHA-1 in hex.
const HEX_LEN: usize = 40;

/// One sorted hash file, opened once.
#[derive(Debug)]
pub(crate) struct PwnedFile {
    file: File,
    len: u64,
    path: PathBuf,
}

impl PwnedFile {
    /// Opens the file and checks that it starts like a Pwned Passwords list.
    pub fn open(path: &Path, key: &str) -> Result<Self, PolicyConfigError> {
        let io = |source| PolicyConfigError::Io {
            key: format!("policy.{key}"),
            path: path.to_owned(),
            source,
        };
        let file = File::open(path).map_err(io)?;
        let len = file.metadata().map_err(io)?.len();
        let me = Self {
            file,
            len,
            path: path.to_owned(),
        };
        if len > 0 {
            let line = me.line_at(0).map_err(io)?;
            if parse_hash(&line).is_none() {
                return Err(PolicyConfigError::invalid(
                    key,
                    format!(
                        "{} is not a SHA-1 list: lines must be \"<40 hex digits>:<count>\"",
                        path.display()
                    ),
                ));
            }
        }
        Ok(me)
    }

    /// True when the SHA-1 of `password` (its bytes exactly as typed, as Pwned
    /// Passwords hashes them) is in the list. A read error counts as "not found"
    /// and is logged: the other rules still apply, and a broken disk must not
    /// lock everyone out of changing their password.
    pub fn contains(&self, password: &str) -> bool {
        let mut hex = [0u8; HEX_LEN];
        for (i, b) in Sha1::digest(password.as_bytes()).iter().enumerate() {
            hex[2 * i] = HEX_DIGITS[usize::from(b >> 4)];
            hex[2 * i + 1] = HEX_DIGITS[usize::from(b & 0xf)];
        }
        match self.search(&hex) {
            Ok(found) => found,
            Err(e) => {
                tracing::warn!(path = %self.path.display(), error = %e, "pwned list unreadable");
                false
            }
        }
    }

    /// Binary search over byte offsets. `lo` and `hi` are always line starts (or
    /// the end of the file); every step reads the first line starting at or after
    /// the middle.
    fn search(&self, target: &[u8; HEX_LEN]) -> std::io::Result<bool> {
        let (mut lo, mut hi) = (0u64, self.len);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let mut start = self.next_line_start(mid, lo)?;
            if start >= hi {
                // No line starts in [mid, hi): the only one left to look at is `lo`'s.
                start = lo;
            }
            let line = self.line_at(start)?;
            let Some(hash) = parse_hash(&line) else {
                return Err(std::io::Error::other(format!(
                    "malformed line at byte {start}"
                )));
            };
            match cmp_hex(hash, target) {
                Ordering::Equal => return Ok(true),
                Ordering::Less => lo = start + line.len() as u64 + 1,
                Ordering::Greater => hi = start,
            }
        }
        Ok(false)
    }

    /// The first line start at or after `at` (`at` itself when it follows a newline).
    fn next_line_start(&self, at: u64, lo: u64) -> std::io::Result<u64> {
        if at == lo {
            return Ok(at);
        }
        let mut buf = [0u8; WINDOW];
        let n = self.read_at(&mut buf, at - 1)?;
        match buf[..n].iter().position(|b| *b == b'\n') {
            Some(i) => Ok(at + i as u64),
            None if (at - 1) + (n as u64) >= self.len => Ok(self.len),
            None => Err(std::io::Error::other(format!(
                "line too long near byte {at}"
            ))),
        }
    }

    /// The line starting at `start`, without its newline.
    fn line_at(&self, start: u64) -> std::io::Result<Vec<u8>> {
        let mut buf = [0u8; WINDOW];
        let n = self.read_at(&mut buf, start)?;
        let end = buf[..n].iter().position(|b| *b == b'\n').unwrap_or(n);
        Ok(buf[..end].to_vec())
    }

    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        // pread: no shared cursor, so concurrent checks need no lock.
        let mut filled = 0;
        while filled < buf.len() {
            match self
                .file
                .read_at(&mut buf[filled..], offset + filled as u64)
            {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(filled)
    }
}

const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// The hash part of a "HASH:COUNT" line, if well formed.
fn parse_hash(line: &[u8]) -> Option<&[u8]> {
    let hash = line.get(..HEX_LEN)?;
    let sep = line.get(HEX_LEN).copied();
    (hash.iter().all(u8::is_ascii_hexdigit) && matches!(sep, Some(b':' | b'\r') | None))
        .then_some(hash)
}

fn cmp_hex(a: &[u8], b: &[u8]) -> Ordering {
    a.iter()
        .map(u8::to_ascii_uppercase)
        .cmp(b.iter().map(u8::to_ascii_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn sha1_hex(s: &str) -> String {
        Sha1::digest(s.as_bytes())
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect()
    }

    fn list(words: &[String], crlf: bool) -> tempfile::NamedTempFile {
        let mut lines: Vec<String> = words.iter().map(|w| sha1_hex(w)).collect();
        lines.sort();
        let mut f = tempfile::NamedTempFile::new().unwrap();
        let nl = if crlf { "\r\n" } else { "\n" };
        for (i, l) in lines.iter().enumerate() {
            write!(f, "{l}:{}{nl}", i + 1).unwrap();
        }
        f.flush().unwrap();
        f
    }

    #[test]
    fn every_listed_hash_is_found_and_others_are_not() {
        let words: Vec<String> = (0..2000).map(|i| format!("pw{i}")).collect();
        for crlf in [false, true] {
            let f = list(&words, crlf);
            let p = PwnedFile::open(f.path(), "pwned_files[0]").unwrap();
            for w in &words {
                assert!(p.contains(w), "{w} crlf={crlf}");
            }
            for i in 2000..2500 {
                assert!(!p.contains(&format!("pw{i}")));
            }
        }
    }

    #[test]
    fn tiny_and_empty_lists_work() {
        for n in 0..4 {
            let words: Vec<String> = (0..n).map(|i| format!("κ{i}")).collect();
            let f = list(&words, false);
            let p = PwnedFile::open(f.path(), "pwned_files[0]").unwrap();
            assert!(words.iter().all(|w| p.contains(w)));
            assert!(!p.contains("absent"));
        }
    }

    #[test]
    fn a_file_that_is_not_a_hash_list_is_refused_naming_the_key() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        writeln!(f, "password123").unwrap();
        let e = PwnedFile::open(f.path(), "pwned_files[2]").unwrap_err();
        assert!(e.to_string().starts_with("policy.pwned_files[2]:"), "{e}");
    }
}
