//! Why a national ID was refused (shared by its kinds: AMKA, foreign IDs,
//! SCHAC values).

use super::amka::AmkaFault;

/// Why a national ID was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NationalIdError {
    /// Not 11 digits, or a wrong check digit: not an AMKA.
    #[error("AMKA must be 11 digits with a valid check digit")]
    AmkaInvalid,
    /// A valid AMKA whose first six digits are not the birth date on record (the
    /// seed's "AMKA check failed").
    #[error("AMKA does not fit the birth date on record")]
    AmkaMismatch,
    /// Nothing was given.
    #[error("national ID is empty")]
    Empty,
    /// A character other than letters and digits (after dropping separators), or
    /// a letter in an EHIC number.
    #[error("national ID contains invalid characters")]
    InvalidChar,
    /// Too short or too long for its kind.
    #[error("national ID has the wrong length for its kind")]
    Length,
    /// An EHIC from a country that does not issue the card.
    #[error("this country does not issue the European Health Insurance Card")]
    EhicCountry,
    /// A Greek social-security number given as foreign: Greece's is the AMKA.
    #[error("a Greek social-security number must be given as an AMKA")]
    UseAmka,
    /// A directory value that is not `urn:schac:personalUniqueID:<cc>:<type>:<value>`.
    #[error("value is not a SCHAC personal unique ID")]
    SchacFormat,
}

impl NationalIdError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::AmkaInvalid => "amka_invalid",
            Self::AmkaMismatch => "amka_mismatch",
            Self::Empty => "national_id_empty",
            Self::InvalidChar => "national_id_invalid_char",
            Self::Length => "national_id_length",
            Self::EhicCountry => "national_id_ehic_country",
            Self::UseAmka => "national_id_use_amka",
            Self::SchacFormat => "national_id_schac_format",
        }
    }
}

impl From<AmkaFault> for NationalIdError {
    fn from(fault: AmkaFault) -> Self {
        match fault {
            AmkaFault::Invalid => Self::AmkaInvalid,
            AmkaFault::Mismatch => Self::AmkaMismatch,
        }
    }
}
