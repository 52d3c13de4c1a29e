//! The login name a person types, as the directory knows it (`uid` by default).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest username accepted, in bytes: far beyond any real login, short enough
/// that an LDAP filter built from it stays small.
const MAX_BYTES: usize = 256;

/// Characters that are never part of a login. The first group has a meaning in
/// LDAP filters (RFC 4515) and the second in DNs (RFC 4514); the directory module
/// escapes anyway, but refusing them here turns a probe into a plain "invalid
/// username" before any LDAP traffic.
const FORBIDDEN: &[char] = &[
    '*', '(', ')', '\\', '\0', ',', '=', '+', '<', '>', '#', ';', '"',
];

/// A login name: trimmed, non-empty, free of control and LDAP-special characters.
/// Case is kept as typed because the directory's matching rule decides whether
/// case matters, not kleidi.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

/// Why a username was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsernameError {
    /// Nothing but white space was given.
    #[error("username is empty")]
    Empty,
    /// Longer than 256 bytes.
    #[error("username is longer than {MAX_BYTES} bytes")]
    TooLong,
    /// Contains a control character (a pasted tab or newline, or worse).
    #[error("username contains a control character")]
    ControlChar,
    /// Contains a character that is never part of a login.
    #[error("username contains the forbidden character {0:?}")]
    ForbiddenChar(char),
}

impl UsernameError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "username_empty",
            Self::TooLong => "username_too_long",
            Self::ControlChar => "username_control_char",
            Self::ForbiddenChar(_) => "username_forbidden_char",
        }
    }
}

impl Username {
    /// Parses a typed username. Surrounding white space is dropped because people
    /// type "alice " and autocomplete adds spaces; inner characters are checked.
    pub fn parse(input: &str) -> Result<Self, UsernameError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(UsernameError::Empty);
        }
        if trimmed.len() > MAX_BYTES {
            return Err(UsernameError::TooLong);
        }
        for c in trimmed.chars() {
            if FORBIDDEN.contains(&c) {
                return Err(UsernameError::ForbiddenChar(c));
            }
            if c.is_control() {
                return Err(UsernameError::ControlChar);
            }
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The username as typed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Username {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = UsernameError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_logins_and_keeps_their_case() {
        let cases = [
            ("alice", "alice"),
            ("alice ", "alice"),
            ("  Alice\t", "Alice"),
            ("\u{a0}bob\u{a0}", "bob"),
            ("j.doe", "j.doe"),
            ("j_doe-2", "j_doe-2"),
            ("office@unimib.it", "office@unimib.it"),
            ("it12345", "it12345"),
            ("Δημήτρης", "Δημήτρης"),
            ("jean dupont", "jean dupont"),
        ];
        for (input, want) in cases {
            assert_eq!(Username::parse(input).unwrap().as_str(), want, "{input:?}");
        }
    }

    #[test]
    fn refuses_what_is_never_a_login() {
        let long = "a".repeat(257);
        let cases: Vec<(&str, UsernameError)> = vec![
            ("", UsernameError::Empty),
            ("   ", UsernameError::Empty),
            ("\t\n", UsernameError::Empty),
            (&long, UsernameError::TooLong),
            ("ali\nce", UsernameError::ControlChar),
            ("ali\u{7f}ce", UsernameError::ControlChar),
            ("ali\u{85}ce", UsernameError::ControlChar),
            ("*", UsernameError::ForbiddenChar('*')),
            ("alice)(uid=*", UsernameError::ForbiddenChar(')')),
            ("a(b", UsernameError::ForbiddenChar('(')),
            ("a\\b", UsernameError::ForbiddenChar('\\')),
            ("a\0b", UsernameError::ForbiddenChar('\0')),
            ("uid=alice,ou=people", UsernameError::ForbiddenChar('=')),
            ("a,b", UsernameError::ForbiddenChar(',')),
            ("a+b", UsernameError::ForbiddenChar('+')),
            ("a<b", UsernameError::ForbiddenChar('<')),
            ("a>b", UsernameError::ForbiddenChar('>')),
            ("#a", UsernameError::ForbiddenChar('#')),
            ("a;b", UsernameError::ForbiddenChar(';')),
            ("a\"b", UsernameError::ForbiddenChar('"')),
        ];
        for (input, want) in cases {
            assert_eq!(Username::parse(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn length_limit_counts_bytes_after_trimming() {
        assert!(Username::parse(&"a".repeat(256)).is_ok());
        assert!(Username::parse(&format!("  {}  ", "a".repeat(256))).is_ok());
        // 128 two-byte characters are 256 bytes; one more is too many.
        assert!(Username::parse(&"é".repeat(128)).is_ok());
        assert_eq!(
            Username::parse(&"é".repeat(129)),
            Err(UsernameError::TooLong)
        );
    }

    #[test]
    fn serde_goes_through_parse() {
        let user: Username = serde_json::from_str("\"alice\"").unwrap();
        assert_eq!(user.as_str(), "alice");
        assert_eq!(serde_json::to_string(&user).unwrap(), "\"alice\"");
        assert!(serde_json::from_str::<Username>("\"a*\"").is_err());
    }

    #[test]
    fn display_is_the_username() {
        assert_eq!(Username::parse("bob").unwrap().to_string(), "bob");
    }
}
