//! What can go wrong when kleidi talks to the directory.

use super::ppolicy::PolicyError;

/// A directory operation that did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum DirError {
    /// No URI answered, the connection broke or an operation timed out:
    /// the user is told to try again later; kleidi reconnects by itself.
    #[error("directory unavailable: {0}")]
    Unavailable(String),
    /// A write was sent to server number `uri` (of the write servers) and
    /// no answer came back: it may or may not have been applied. Only that
    /// server can tell (see [`super::Directory::password_is`]).
    #[error("no answer to a write from server {uri}: {detail}")]
    NoAnswer {
        /// Index of the server in the write URIs.
        uri: usize,
        /// What happened (timeout, connection lost).
        detail: String,
    },
    /// Wrong password on a user bind or a change as the user.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// slapd's password policy refused the operation.
    #[error("password policy: {0}")]
    Policy(PolicyError),
    /// The service account may not do this (ACLs).
    #[error("insufficient access: {0}")]
    InsufficientAccess(String),
    /// The empty or whitespace-only password is never sent: an LDAP simple bind
    /// with an empty password is an anonymous bind that succeeds.
    #[error("empty password refused")]
    EmptyPassword,
    /// The server sent the operation elsewhere (a read-only consumer asked
    /// to write): nothing was done here.
    #[error("referral (rc 10): {0}; writes must go to the provider: set directory.write_uris")]
    Referral(String),
    /// Any other LDAP result code.
    #[error("LDAP error {rc}: {text}")]
    Ldap {
        /// The result code.
        rc: u32,
        /// The server's diagnostic text (never shown to users).
        text: String,
    },
}

impl DirError {
    /// True when the failure says nothing about the request, only about reachability.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_) | Self::NoAnswer { .. })
    }

    /// For a write that got no answer: the same error, saying which server
    /// holds the request (other errors pass through).
    pub(crate) fn sent_to(self, uri: usize) -> Self {
        match self {
            Self::Unavailable(detail) => Self::NoAnswer { uri, detail },
            e => e,
        }
    }

    /// Maps an ldap3 error; `policy` is the decoded ppolicy control, if any.
    pub(crate) fn from_ldap(e: ldap3::LdapError, policy: Option<PolicyError>) -> Self {
        use ldap3::LdapError as L;
        match e {
            L::LdapResult { result } => Self::from_result(result.rc, result.text, policy),
            L::Timeout { .. } => Self::Unavailable("operation timed out".into()),
            other => Self::Unavailable(other.to_string()),
        }
    }

    /// Maps a non-success result code.
    pub(crate) fn from_result(rc: u32, text: String, policy: Option<PolicyError>) -> Self {
        if let Some(p) = policy
            && rc != 0
            && rc != 49
        {
            return Self::Policy(p);
        }
        match rc {
            49 => match policy {
                Some(p @ (PolicyError::PasswordExpired | PolicyError::AccountLocked)) => {
                    Self::Policy(p)
                }
                _ => Self::InvalidCredentials,
            },
            10 => Self::Referral(text),
            50 => Self::InsufficientAccess(text),
            // busy, unavailable, server down, connect error, timeout
            51 | 52 | 80 | 81 | 85 | 91 => Self::Unavailable(format!("rc {rc}: {text}")),
            _ => Self::Ldap { rc, text },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_referral_is_an_error_that_names_write_uris() {
        let e = DirError::from_result(10, "ldap://provider.example.org".into(), None);
        assert!(matches!(e, DirError::Referral(_)));
        assert!(!e.is_unavailable());
        assert!(e.to_string().contains("write_uris"), "{e}");
    }

    #[test]
    fn only_a_write_without_answer_names_its_server() {
        let e = DirError::Unavailable("timed out".into()).sent_to(1);
        assert!(matches!(e, DirError::NoAnswer { uri: 1, .. }));
        assert!(e.is_unavailable());
        assert!(matches!(
            DirError::InvalidCredentials.sent_to(1),
            DirError::InvalidCredentials
        ));
    }
}
