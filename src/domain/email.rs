//! An email address: the external recovery address a person types, or the one the
//! registrar stored.

use serde::{Deserialize, Serialize};
use std::fmt;

/// RFC 5321 limits: 64 bytes of local part, 254 bytes of path.
const MAX_LOCAL: usize = 64;
const MAX_TOTAL: usize = 254;
const MAX_LABEL: usize = 63;

/// RFC 5322 `atext` punctuation. Only the unquoted dot-atom form is accepted:
/// nobody's mailbox needs quotes, and refusing `<>,;:"()[]\` and spaces keeps an
/// address from smuggling a second recipient or a header into a mail.
const ATEXT_PUNCT: &str = "!#$%&'*+-/=?^_`{|}~";

/// A syntactically valid address (`local@domain`): the local part as typed, the
/// domain lowercased. Non-ASCII letters are accepted in both (RFC 6531 / IDN
/// U-labels), since the registrar may have stored them that way.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email {
    /// `local@domain` as it will be used in a mail.
    full: String,
    /// Byte offset of the `@` in `full`.
    at: usize,
}

/// Why an email address was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing but white space was given.
    #[error("email address is empty")]
    Empty,
    /// Not exactly one `@`.
    #[error("email address must contain exactly one @")]
    AtSign,
    /// Local part empty, over 64 bytes, or with characters outside a dot-atom.
    #[error("email local part is empty, too long or has invalid characters")]
    LocalPart,
    /// Domain is not a dotted host name with a top-level domain of 2+ characters.
    #[error("email domain is not a valid host name")]
    Domain,
    /// Whole address over 254 bytes.
    #[error("email address is longer than {MAX_TOTAL} bytes")]
    TooLong,
}

impl EmailError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "email_empty",
            Self::AtSign => "email_at_sign",
            Self::LocalPart => "email_local_part",
            Self::Domain => "email_domain",
            Self::TooLong => "email_too_long",
        }
    }
}

impl Email {
    /// Parses an address typed by a person or read from the directory. Surrounding
    /// white space is dropped; the domain is lowercased because DNS ignores case.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        let mut parts = trimmed.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(EmailError::AtSign);
        };
        check_local(local)?;
        let domain = domain.to_lowercase();
        check_domain(&domain)?;
        let full = format!("{local}@{domain}");
        if full.len() > MAX_TOTAL {
            return Err(EmailError::TooLong);
        }
        Ok(Self {
            full,
            at: local.len(),
        })
    }

    /// The address, ready for a `To:` header or a directory write.
    pub fn as_str(&self) -> &str {
        &self.full
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        &self.full[..self.at]
    }

    /// The part after the `@`, lowercased.
    pub fn domain(&self) -> &str {
        &self.full[self.at + 1..]
    }

    /// Whether two addresses name the same mailbox for the purpose of matching a
    /// typed address against the registrar's record. The local part is compared
    /// case-insensitively too: RFC 5321 lets a server treat `Alice` and `alice` as
    /// different mailboxes, but no real provider does, and registrars retype
    /// addresses from paper forms with whatever case they like. Refusing a person
    /// because of a capital letter would be the worse error.
    pub fn matches(&self, other: &Email) -> bool {
        self.domain() == other.domain()
            && (self.local_part() == other.local_part()
                || self.local_part().to_lowercase() == other.local_part().to_lowercase())
    }

    /// The address with the local part hidden except its first character, for
    /// "we sent a code to a****@gmail.com".
    pub fn masked(&self) -> String {
        let mut chars = self.local_part().chars();
        let first = chars.next().unwrap_or('*');
        let stars = "*".repeat(chars.count().max(3));
        format!("{first}{stars}@{}", self.domain())
    }
}

fn check_local(local: &str) -> Result<(), EmailError> {
    if local.is_empty() || local.len() > MAX_LOCAL {
        return Err(EmailError::LocalPart);
    }
    // Dot-atom: dots only between atoms.
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(EmailError::LocalPart);
    }
    let ok = local.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || c == '.'
            || ATEXT_PUNCT.contains(c)
            || (!c.is_ascii() && !c.is_control() && !c.is_whitespace())
    });
    if ok {
        Ok(())
    } else {
        Err(EmailError::LocalPart)
    }
}

fn check_domain(domain: &str) -> Result<(), EmailError> {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::Domain);
    }
    for label in &labels {
        let label_ok = !label.is_empty()
            && label.len() <= MAX_LABEL
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !label_ok {
            return Err(EmailError::Domain);
        }
    }
    // An all-digit TLD would make `1.2.3.4` a "domain"; TLDs are never numeric.
    let tld = labels.last().copied().unwrap_or_default();
    if tld.chars().count() < 2 || tld.chars().all(|c| c.is_ascii_digit()) {
        return Err(EmailError::Domain);
    }
    Ok(())
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Email({})", self.masked())
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.full
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_addresses_and_lowercases_the_domain() {
        let cases = [
            ("nick225@gmail.com", "nick225@gmail.com"),
            (" nick225@gmail.com ", "nick225@gmail.com"),
            ("Nick225@GMail.COM", "Nick225@gmail.com"),
            ("first.last@ihu.edu.gr", "first.last@ihu.edu.gr"),
            ("a+tag@example.org", "a+tag@example.org"),
            ("o'brien@example.ie", "o'brien@example.ie"),
            ("x@a-b.co", "x@a-b.co"),
            (
                "user_1@sub.domain.example.fr",
                "user_1@sub.domain.example.fr",
            ),
            ("δοκιμή@παράδειγμα.ελ", "δοκιμή@παράδειγμα.ελ"),
            ("jürgen@MÜNCHEN.de", "jürgen@münchen.de"),
            ("x@xn--mnchen-3ya.de", "x@xn--mnchen-3ya.de"),
            ("a@b.c1", "a@b.c1"),
        ];
        for (input, want) in cases {
            assert_eq!(Email::parse(input).unwrap().as_str(), want, "{input:?}");
        }
    }

    #[test]
    fn refuses_malformed_addresses() {
        let long_local = format!("{}@example.com", "a".repeat(65));
        let long_label = format!("a@{}.com", "b".repeat(64));
        let long_total = format!("a@{}.com", vec!["b".repeat(60); 5].join("."));
        let cases: Vec<(&str, EmailError)> = vec![
            ("", EmailError::Empty),
            ("  ", EmailError::Empty),
            ("nick225gmail.com", EmailError::AtSign),
            ("a@b@example.com", EmailError::AtSign),
            ("a@example.com,b@example.com", EmailError::AtSign),
            ("@example.com", EmailError::LocalPart),
            (&long_local, EmailError::LocalPart),
            ("a b@example.com", EmailError::LocalPart),
            ("a\tb@example.com", EmailError::LocalPart),
            (".a@example.com", EmailError::LocalPart),
            ("a.@example.com", EmailError::LocalPart),
            ("a..b@example.com", EmailError::LocalPart),
            ("\"a b\"@example.com", EmailError::LocalPart),
            ("a<b@example.com", EmailError::LocalPart),
            ("a;b@example.com", EmailError::LocalPart),
            ("a\u{0}@example.com", EmailError::LocalPart),
            ("a@", EmailError::Domain),
            ("a@localhost", EmailError::Domain),
            ("a@example.c", EmailError::Domain),
            ("a@example..com", EmailError::Domain),
            ("a@.example.com", EmailError::Domain),
            ("a@example.com.", EmailError::Domain),
            ("a@-example.com", EmailError::Domain),
            ("a@example-.com", EmailError::Domain),
            ("a@exa_mple.com", EmailError::Domain),
            ("a@exa mple.com", EmailError::Domain),
            ("a@[127.0.0.1]", EmailError::Domain),
            ("a@127.0.0.1", EmailError::Domain),
            ("a@ex\nample.com", EmailError::Domain),
            (&long_label, EmailError::Domain),
            (&long_total, EmailError::TooLong),
        ];
        for (input, want) in cases {
            assert_eq!(Email::parse(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn keeps_local_part_as_typed_and_splits_parts() {
        let email = Email::parse("Nick.Papas@Gmail.com").unwrap();
        assert_eq!(email.local_part(), "Nick.Papas");
        assert_eq!(email.domain(), "gmail.com");
    }

    #[test]
    fn matches_ignores_case_on_both_sides_of_the_at() {
        let cases = [
            ("nick@gmail.com", "nick@gmail.com", true),
            ("Nick@gmail.com", "nick@GMAIL.com", true),
            ("NICK@GMAIL.COM", "nick@gmail.com", true),
            ("Γιώργος@example.gr", "γιώργος@example.gr", true),
            ("nick@gmail.com", "nick2@gmail.com", false),
            ("nick@gmail.com", "nick@googlemail.com", false),
            ("n.ick@gmail.com", "nick@gmail.com", false),
        ];
        for (a, b, want) in cases {
            let (a, b) = (Email::parse(a).unwrap(), Email::parse(b).unwrap());
            assert_eq!(a.matches(&b), want, "{a:?} {b:?}");
            assert_eq!(b.matches(&a), want, "{b:?} {a:?}");
        }
    }

    #[test]
    fn debug_and_masked_hide_the_local_part() {
        let cases = [
            ("nick225@gmail.com", "n******@gmail.com"),
            ("ab@example.org", "a***@example.org"),
            ("x@example.org", "x***@example.org"),
        ];
        for (input, want) in cases {
            let email = Email::parse(input).unwrap();
            assert_eq!(email.masked(), want);
            assert_eq!(format!("{email:?}"), format!("Email({want})"));
        }
    }

    #[test]
    fn serde_goes_through_parse() {
        let email: Email = serde_json::from_str("\"A@B.ORG\"").unwrap();
        assert_eq!(email.as_str(), "A@b.org");
        assert_eq!(serde_json::to_string(&email).unwrap(), "\"A@b.org\"");
        assert!(serde_json::from_str::<Email>("\"nope\"").is_err());
    }
}
