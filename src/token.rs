//! Random identifiers and secret tokens, and their storage form.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use rand::Rng as _;
use sha2::{Digest, Sha256};

/// A 128-bit random identifier, URL-safe (journey ids, challenge ids).
pub fn random_id() -> String {
    let mut b = [0u8; 16];
    rand::rng().fill(&mut b);
    B64URL.encode(b)
}

/// A 256-bit random secret token, URL-safe (reset links, sessions).
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill(&mut b);
    B64URL.encode(b)
}

/// What is stored for a token: its SHA-256, so a dump of the store does not
/// hold usable links. 256 random bits need no salt or slow hash.
pub fn token_key(token: &str) -> String {
    B64URL.encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_tokens_are_long_random_and_url_safe() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(random_id().len(), 22);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(token_key(&a), token_key(&a));
        assert_ne!(token_key(&a), a);
    }
}
