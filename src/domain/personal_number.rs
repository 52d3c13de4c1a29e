//! A personal number that identifies someone at an institution (UPHF's "numéro
//! personnel"): student number, national student ID (INE), staff number or
//! external UID, each mapped by config to a directory attribute.

use super::mask_tail;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Bounds in characters: the shortest staff numbers have 3, and 32 covers UIDs.
const MIN_LEN: usize = 3;
const MAX_LEN: usize = 32;

/// Trimmed, upper-cased ASCII letters, digits and `-`, 3 to 32 characters. Upper
/// case because INEs are printed that way and the attributes that hold these
/// numbers match case-insensitively.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonalNumber(String);

/// Why a personal number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonalNumberError {
    /// Nothing but white space was given.
    #[error("personal number is empty")]
    Empty,
    /// Fewer than 3 or more than 32 characters.
    #[error("personal number must have {MIN_LEN} to {MAX_LEN} characters")]
    Length,
    /// Something other than ASCII letters, digits and `-`.
    #[error("personal number contains invalid characters")]
    InvalidChar,
}

impl PersonalNumberError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "personal_number_empty",
            Self::Length => "personal_number_length",
            Self::InvalidChar => "personal_number_invalid_char",
        }
    }
}

impl PersonalNumber {
    /// Parses a typed personal number. Inner spaces are refused rather than
    /// dropped: these numbers are not printed in groups, so a space usually
    /// means two fields were typed into one.
    pub fn parse(input: &str) -> Result<Self, PersonalNumberError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PersonalNumberError::Empty);
        }
        if !trimmed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(PersonalNumberError::InvalidChar);
        }
        if !(MIN_LEN..=MAX_LEN).contains(&trimmed.len()) {
            return Err(PersonalNumberError::Length);
        }
        Ok(Self(trimmed.to_ascii_uppercase()))
    }

    /// The number, upper-cased.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Masked like a national ID: an INE identifies a person across France.
impl fmt::Debug for PersonalNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PersonalNumber({})", mask_tail(&self.0, 4))
    }
}

impl TryFrom<String> for PersonalNumber {
    type Error = PersonalNumberError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PersonalNumber> for String {
    fn from(value: PersonalNumber) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_student_staff_and_external_numbers() {
        let cases = [
            ("21901234", "21901234"),
            (" 21901234 ", "21901234"),
            ("1234567890a", "1234567890A"),
            ("0123456789AB", "0123456789AB"),
            ("ext-00042", "EXT-00042"),
            ("jdupont", "JDUPONT"),
            ("abc", "ABC"),
            (
                "A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6",
                "A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(
                PersonalNumber::parse(input).unwrap().as_str(),
                want,
                "{input:?}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_personal_number() {
        let cases = [
            ("", PersonalNumberError::Empty),
            ("  ", PersonalNumberError::Empty),
            ("ab", PersonalNumberError::Length),
            (
                "A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q",
                PersonalNumberError::Length,
            ),
            ("2190 1234", PersonalNumberError::InvalidChar),
            ("2190_1234", PersonalNumberError::InvalidChar),
            ("jean.dupont", PersonalNumberError::InvalidChar),
            ("*", PersonalNumberError::InvalidChar),
            ("abc)(uid=*", PersonalNumberError::InvalidChar),
            ("éric123", PersonalNumberError::InvalidChar),
        ];
        for (input, want) in cases {
            assert_eq!(PersonalNumber::parse(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn debug_masks_all_but_the_last_four() {
        let number = PersonalNumber::parse("1234567890a").unwrap();
        assert_eq!(format!("{number:?}"), "PersonalNumber(*******890A)");
    }

    #[test]
    fn serde_goes_through_parse() {
        let number: PersonalNumber = serde_json::from_str("\"ext-42\"").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"EXT-42\"");
        assert!(serde_json::from_str::<PersonalNumber>("\"a b\"").is_err());
    }
}
