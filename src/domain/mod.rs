//! Checked types parsed at the edge: handlers turn what a person typed (or what the
//! directory stores) into these once, and journeys pass them around instead of raw
//! strings, so a value that reached a journey is already known to be well formed.
//!
//! Every parser returns a `thiserror` enum whose variants carry a stable
//! snake_case [`code`](DomainError::code) for the HTTP layer to translate; the
//! `Display` texts are for logs only and never contain the rejected input, because
//! that input is often personal data.
//!
//! Types that hold personal data (email, mobile, birth date, national ID, personal
//! number, PIN) have a masked `Debug` and no `Display`, because they flow through
//! `tracing` fields; their serde form is the full value and is meant for the state
//! store, not for logs.

mod amka;
mod birth_date;
mod country;
mod email;
mod foreign;
mod id_error;
mod mobile;
mod national_id;
mod personal_number;
mod pin;
mod schac;
mod username;

pub use birth_date::{BirthDate, BirthDateError};
pub use country::{Country, CountryError};
pub use email::{Email, EmailError};
pub use foreign::ForeignKind;
pub use mobile::{Mobile, MobileError};
pub use national_id::{IdKind, NationalId, NationalIdError};
pub use personal_number::{PersonalNumber, PersonalNumberError};
pub use pin::{Pin, PinFormatError};
pub use username::{Username, UsernameError};

/// Any error of this module, so that a handler parsing several fields can use `?`
/// and still hand the HTTP layer one stable code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A username was refused.
    #[error(transparent)]
    Username(#[from] UsernameError),
    /// An email address was refused.
    #[error(transparent)]
    Email(#[from] EmailError),
    /// A mobile number was refused.
    #[error(transparent)]
    Mobile(#[from] MobileError),
    /// A country code was refused.
    #[error(transparent)]
    Country(#[from] CountryError),
    /// A birth date was refused.
    #[error(transparent)]
    BirthDate(#[from] BirthDateError),
    /// A national ID was refused.
    #[error(transparent)]
    NationalId(#[from] NationalIdError),
    /// A PIN was refused.
    #[error(transparent)]
    Pin(#[from] PinFormatError),
    /// A personal number was refused.
    #[error(transparent)]
    PersonalNumber(#[from] PersonalNumberError),
}

impl DomainError {
    /// The stable code of the underlying error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Username(e) => e.code(),
            Self::Email(e) => e.code(),
            Self::Mobile(e) => e.code(),
            Self::Country(e) => e.code(),
            Self::BirthDate(e) => e.code(),
            Self::NationalId(e) => e.code(),
            Self::Pin(e) => e.code(),
            Self::PersonalNumber(e) => e.code(),
        }
    }
}

/// Replaces all but the last `visible` characters with `*`, keeping the length, so
/// a person can recognise their own value on a confirmation page and a log line
/// never holds the whole of it. Short values are masked entirely: showing the last
/// four of a five-character value would show almost all of it.
pub(crate) fn mask_tail(value: &str, visible: usize) -> String {
    let count = value.chars().count();
    let shown = if count >= visible * 2 { visible } else { 0 };
    value
        .chars()
        .enumerate()
        .map(|(i, c)| if i + shown < count { '*' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_tail_keeps_length_and_shows_the_end_of_long_values() {
        let cases = [
            ("17050345671", 4, "*******5671"),
            ("12345678", 4, "****5678"),
            ("1234567", 4, "*******"),
            ("", 4, ""),
            ("abcdef", 3, "***def"),
            ("αβγδεζηθ", 4, "****εζηθ"),
        ];
        for (input, visible, want) in cases {
            assert_eq!(mask_tail(input, visible), want, "{input}");
        }
    }

    #[test]
    fn every_error_has_a_distinct_snake_case_code() {
        let errors: Vec<DomainError> = vec![
            UsernameError::Empty.into(),
            UsernameError::TooLong.into(),
            UsernameError::ControlChar.into(),
            UsernameError::ForbiddenChar('*').into(),
            EmailError::Empty.into(),
            EmailError::AtSign.into(),
            EmailError::LocalPart.into(),
            EmailError::Domain.into(),
            EmailError::TooLong.into(),
            MobileError::Empty.into(),
            MobileError::InvalidChar.into(),
            MobileError::CallingCode.into(),
            MobileError::Length.into(),
            MobileError::NotMobile.into(),
            CountryError::Unknown.into(),
            BirthDateError::Format.into(),
            BirthDateError::InvalidDate.into(),
            BirthDateError::OutOfRange.into(),
            NationalIdError::AmkaInvalid.into(),
            NationalIdError::AmkaMismatch.into(),
            NationalIdError::Empty.into(),
            NationalIdError::InvalidChar.into(),
            NationalIdError::Length.into(),
            NationalIdError::EhicCountry.into(),
            NationalIdError::UseAmka.into(),
            NationalIdError::SchacFormat.into(),
            PinFormatError::Empty.into(),
            PinFormatError::Length.into(),
            PinFormatError::NotDigits.into(),
            PersonalNumberError::Empty.into(),
            PersonalNumberError::Length.into(),
            PersonalNumberError::InvalidChar.into(),
        ];
        let mut codes: Vec<&str> = errors.iter().map(DomainError::code).collect();
        for code in &codes {
            assert!(
                code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{code}"
            );
        }
        let before = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), before, "duplicate codes");
    }
}
