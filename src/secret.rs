//! Secrets read from files or systemd credentials: never printed, zeroized on drop.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

/// A secret string (secrecy's): `Debug` prints a placeholder, memory is
/// wiped on drop, and the value is read only through `expose_secret`.
pub type Secret = secrecy::SecretString;

pub use secrecy::ExposeSecret;

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
                // Copied into a box of its exact size; `s` is wiped on drop.
                return Ok(Secret::from(s.as_str()));
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
