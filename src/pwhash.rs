//! Password hashes in the schemes slapd verifies: computing them for the
//! "modify with a hash" write mode, and checking a candidate against
//! `userPassword` / `pwdHistory` values, because slapd skips its own history
//! check when a password administrator resets a password.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use rand::RngCore as _;
use serde::Deserialize;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};
use subtle::ConstantTimeEq as _;

/// A scheme kleidi can hash with, named as slapd names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Scheme {
    /// `{ARGON2}` argon2id in PHC form (slapd's `argon2` module).
    Argon2,
    /// `{SSHA512}` salted SHA-512 (slapd's `pw-sha2` module).
    Ssha512,
    /// `{SSHA}` salted SHA-1 (built into slapd; weakest, for old set-ups).
    Ssha,
}

/// Salt length for the SHA schemes; slapd accepts any length after the digest.
const SALT_LEN: usize = 16;

/// Hashes `password` in `scheme`, ready to be written to `userPassword`.
pub fn hash(scheme: Scheme, password: &str) -> String {
    match scheme {
        Scheme::Argon2 => {
            let mut raw = [0u8; SALT_LEN];
            rand::rng().fill_bytes(&mut raw);
            let Ok(salt) = SaltString::encode_b64(&raw) else {
                return String::new();
            };
            // Default parameters are argon2id m=19456 t=2 p=1 (OWASP's minimum);
            // hashing cannot fail for a valid salt and these parameters.
            let phc = argon2::Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .unwrap_or_default();
            format!("{{ARGON2}}{phc}")
        }
        Scheme::Ssha512 => salted::<Sha512>("SSHA512", password),
        Scheme::Ssha => salted::<Sha1>("SSHA", password),
    }
}

fn salted<D: Digest>(tag: &str, password: &str) -> String {
    let mut salt = [0u8; SALT_LEN];
    rand::rng().fill_bytes(&mut salt);
    let mut d = D::new();
    d.update(password.as_bytes());
    d.update(salt);
    let mut out = d.finalize().to_vec();
    out.extend_from_slice(&salt);
    format!("{{{tag}}}{}", B64.encode(out))
}

/// True when `password` matches a stored `userPassword`-style value
/// (`{SSHA}`, `{SSHA256}`, `{SSHA512}`, `{SHA}`, `{ARGON2}`).
/// Unknown schemes and cleartext never match: kleidi does not compare cleartext.
pub fn verify(password: &str, stored: &str) -> bool {
    let Some(rest) = stored.strip_prefix('{') else {
        return false;
    };
    let Some((scheme, value)) = rest.split_once('}') else {
        return false;
    };
    match scheme.to_ascii_uppercase().as_str() {
        "SSHA" => verify_salted::<Sha1>(password, value),
        "SSHA256" => verify_salted::<Sha256>(password, value),
        "SSHA512" => verify_salted::<Sha512>(password, value),
        "SHA" => verify_plain::<Sha1>(password, value),
        "SHA256" => verify_plain::<Sha256>(password, value),
        "SHA512" => verify_plain::<Sha512>(password, value),
        "ARGON2" => PasswordHash::new(value).is_ok_and(|h| {
            argon2::Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        }),
        _ => false,
    }
}

fn verify_salted<D: Digest>(password: &str, b64: &str) -> bool {
    let Ok(raw) = B64.decode(b64.trim()) else {
        return false;
    };
    let n = <D as Digest>::output_size();
    if raw.len() <= n {
        return false;
    }
    let (digest, salt) = raw.split_at(n);
    let mut d = D::new();
    d.update(password.as_bytes());
    d.update(salt);
    d.finalize().as_slice().ct_eq(digest).into()
}

fn verify_plain<D: Digest>(password: &str, b64: &str) -> bool {
    let Ok(raw) = B64.decode(b64.trim()) else {
        return false;
    };
    D::digest(password.as_bytes()).as_slice().ct_eq(&raw).into()
}

/// True when `password` matches one `pwdHistory` value. slapd stores them as
/// `time#syntaxOID#length#value`; the value is the old `userPassword`.
pub fn matches_history_value(password: &str, history_value: &str) -> bool {
    // The stored value may itself contain '#', so split off only three fields.
    let mut parts = history_value.splitn(4, '#');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(_time), Some(_oid), Some(_len), Some(value)) => verify(password, value),
        _ => false,
    }
}

/// True when `password` matches any of `history` (raw `pwdHistory` values).
pub fn in_history<S: AsRef<str>>(password: &str, history: &[S]) -> bool {
    // Check all values so the time does not tell which one matched.
    history.iter().fold(false, |hit, h| {
        matches_history_value(password, h.as_ref()) | hit
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_round_trips_and_rejects_a_wrong_password() {
        for s in [Scheme::Argon2, Scheme::Ssha512, Scheme::Ssha] {
            let h = hash(s, "Κλειδί-2026!");
            assert!(verify("Κλειδί-2026!", &h), "{s:?}");
            assert!(!verify("Κλειδί-2026?", &h), "{s:?}");
        }
    }

    #[test]
    fn history_values_are_split_on_the_first_three_hashes_only() {
        let h = hash(Scheme::Ssha, "pa#ss");
        let v = format!(
            "20260101000000Z#1.3.6.1.4.1.1466.115.121.1.40#{}#{h}",
            h.len()
        );
        assert!(matches_history_value("pa#ss", &v));
        assert!(!matches_history_value("pass", &v));
        assert!(!matches_history_value("pa#ss", "garbage"));
    }

    #[test]
    fn values_made_by_slappasswd_verify() {
        // `slappasswd [-o module-load=pw-sha2|argon2] -h {SCHEME} -s secret`
        for v in [
            "{SSHA}Oyp8nOLmqbD6o6DcDSTe6bKxnXAHuQuC",
            "{SSHA256}yr331XdDORpcLT24XD+xm1fNsZHFiGT80jOYyxBugdLnJ+guL3NtCQ==",
            "{SSHA512}5VKRAFEO83qNpi4xrhr/sXM+EglVporCf6/WHWLVyyLuEHEfHW8BVQeWUtlyyTNY9oKOgmnVa2oApe+XTs5yuAqe05ni6pxu",
            "{ARGON2}$argon2i$v=19$m=4096,t=3,p=1$Xi+qsKtzWJhjUpir2kiNvQ$u4gp9yDAK4O1kUY8LByaHdZqZGsZFmgfC7ZucY/Vmm8",
            "{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=",
        ] {
            assert!(verify("secret", v), "{v}");
            assert!(!verify("Secret", v), "{v}");
        }
        // Cleartext and unknown schemes never match.
        assert!(!verify("secret", "secret"));
        assert!(!verify("secret", "{CLEARTEXT}secret"));
        assert!(!verify("secret", "{SSHA}"));
    }
}
