//! Secrets read from files or systemd credentials: never printed, zeroized on drop.

use std::fmt;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

/// A secret string. `Debug` and `Display` print a placeholder, memory is wiped on drop.
#[derive(Clone, Default)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a value that is already in memory.
    pub fn new(value: String) -> Self {
        Self(Zeroizing::new(value))
    }

    /// The secret itself; call only where it is handed to the protocol that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Why a secret could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file that was tried.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file was read but holds nothing.
    #[error("{path} is empty")]
    Empty {
        /// The file that was read.
        path: PathBuf,
    },
}

/// Reads a secret from `path`. A relative path is looked up first in systemd's
/// `$CREDENTIALS_DIRECTORY` (so `LoadCredential=ldap-password:/etc/...` and
/// `password_file = "ldap-password"` work together), then relative to `base`
/// (the config file's folder). One trailing newline is removed.
pub fn read_secret_file(path: &Path, base: &Path) -> Result<Secret, SecretError> {
    let candidates: Vec<PathBuf> = if path.is_absolute() {
        vec![path.to_path_buf()]
    } else {
        let mut c = Vec::new();
        if let Some(dir) = std::env::var_os("CREDENTIALS_DIRECTORY") {
            c.push(Path::new(&dir).join(path));
        }
        c.push(base.join(path));
        c
    };
    let mut last_err = None;
    for p in &candidates {
        match std::fs::read_to_string(p) {
            Ok(s) => {
                let mut s = Zeroizing::new(s);
                let trimmed_len = s.trim_end_matches(['\n', '\r']).len();
                s.truncate(trimmed_len);
                if s.is_empty() {
                    return Err(SecretError::Empty { path: p.clone() });
                }
                return Ok(Secret(s));
            }
            Err(e) => last_err = Some((p.clone(), e)),
        }
    }
    let (path, source) = last_err.unwrap_or_else(|| {
        (
            path.to_path_buf(),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        )
    });
    Err(SecretError::Read { path, source })
}
