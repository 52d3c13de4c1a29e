//! Foreign numbers a person without an AMKA may give instead: their country's
//! social-security number or their European Health Insurance Card number.

use super::country::Country;
use super::id_error::NationalIdError;
use serde::{Deserialize, Serialize};

/// Bounds for a foreign social-security number: the shortest national schemes in
/// use have 5 characters, the longest (with the issuing office) 20.
const SSN_LEN: (usize, usize) = (5, 20);

/// An EHIC's card identification number (field 8 of the card) is an ISO/IEC 7812
/// number of exactly 20 digits.
const EHIC_LEN: usize = 20;

/// Which foreign number a person gives when they have no AMKA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForeignKind {
    /// The social-security number of the person's country (SCHAC type `SSN`).
    SocialSecurity,
    /// The European Health Insurance Card's identification number (field 8 of
    /// the card; SCHAC type `EHIC`). The personal identification number printed
    /// in field 6 is the holder's social-security number: give it as
    /// [`SocialSecurity`](Self::SocialSecurity).
    Ehic,
}

/// Checks a typed foreign number and returns its canonical form. White space,
/// `-`, `.` and `/` are dropped (they only group characters on cards and letters),
/// letters are uppercased, and what is left must be letters and digits.
pub(super) fn check(
    country: Country,
    kind: ForeignKind,
    input: &str,
) -> Result<String, NationalIdError> {
    // Without this, someone whose AMKA fails the birth-date check could pick
    // "foreign", choose Greece and type anything.
    if kind == ForeignKind::SocialSecurity && country.alpha2() == "GR" {
        return Err(NationalIdError::UseAmka);
    }
    if kind == ForeignKind::Ehic && !country.issues_ehic() {
        return Err(NationalIdError::EhicCountry);
    }
    let value: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '/'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if value.is_empty() {
        return Err(NationalIdError::Empty);
    }
    if !value.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(NationalIdError::InvalidChar);
    }
    match kind {
        ForeignKind::SocialSecurity => {
            if !(SSN_LEN.0..=SSN_LEN.1).contains(&value.len()) {
                return Err(NationalIdError::Length);
            }
        }
        ForeignKind::Ehic => {
            if !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(NationalIdError::InvalidChar);
            }
            if value.len() != EHIC_LEN {
                return Err(NationalIdError::Length);
            }
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ForeignKind::{Ehic, SocialSecurity};

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn normalizes_social_security_numbers_and_ehic_card_numbers() {
        let cases = [
            // France: NIR with its usual grouping.
            (
                "FR",
                SocialSecurity,
                "1 85 05 78 006 084 36",
                "185057800608436",
            ),
            // Italy: codice fiscale, typed in lower case.
            ("IT", SocialSecurity, "rssmra85t10a562s", "RSSMRA85T10A562S"),
            // Germany: Rentenversicherungsnummer with a letter.
            ("DE", SocialSecurity, "12 150485 M 123", "12150485M123"),
            // Sweden: personnummer with its dash.
            ("SE", SocialSecurity, "850505-1234", "8505051234"),
            // Spain: NAF with slashes.
            ("ES", SocialSecurity, "28/12345678/90", "281234567890"),
            // Netherlands: BSN.
            ("NL", SocialSecurity, "123.456.782", "123456782"),
            // Turkey is not in the EHIC area but has social security.
            ("TR", SocialSecurity, "12345678901", "12345678901"),
            ("CY", SocialSecurity, "12345", "12345"),
            (
                "PL",
                SocialSecurity,
                "AAAAAAAAAAAAAAAAAAAA",
                "AAAAAAAAAAAAAAAAAAAA",
            ),
            // EHIC card numbers, grouped as printed.
            (
                "DE",
                Ehic,
                "80276 00000 12345 67890",
                "80276000001234567890",
            ),
            (
                "FR",
                Ehic,
                "80250-00000-12345-67890",
                "80250000001234567890",
            ),
            ("GR", Ehic, "80300000001234567890", "80300000001234567890"),
            ("CH", Ehic, "80756000001234567890", "80756000001234567890"),
            ("GB", Ehic, "80826000001234567890", "80826000001234567890"),
            ("NO", Ehic, "80578000001234567890", "80578000001234567890"),
        ];
        for (cc, kind, input, want) in cases {
            assert_eq!(
                check(country(cc), kind, input).as_deref(),
                Ok(want),
                "{input}"
            );
        }
    }

    #[test]
    fn refuses_what_no_scheme_issues() {
        let cases = [
            ("FR", SocialSecurity, "", NationalIdError::Empty),
            ("FR", SocialSecurity, " - . / ", NationalIdError::Empty),
            ("FR", SocialSecurity, "1234", NationalIdError::Length),
            (
                "FR",
                SocialSecurity,
                "123456789012345678901",
                NationalIdError::Length,
            ),
            (
                "FR",
                SocialSecurity,
                "1234_5678",
                NationalIdError::InvalidChar,
            ),
            (
                "FR",
                SocialSecurity,
                "12345678+",
                NationalIdError::InvalidChar,
            ),
            (
                "FR",
                SocialSecurity,
                "ÉCOLE12345",
                NationalIdError::InvalidChar,
            ),
            (
                "FR",
                SocialSecurity,
                "١٢٣٤٥٦٧",
                NationalIdError::InvalidChar,
            ),
            (
                "GR",
                SocialSecurity,
                "17050345671",
                NationalIdError::UseAmka,
            ),
            ("DE", Ehic, "8027600000123456789", NationalIdError::Length),
            ("DE", Ehic, "802760000012345678901", NationalIdError::Length),
            (
                "DE",
                Ehic,
                "8027600000123456789A",
                NationalIdError::InvalidChar,
            ),
            ("DE", Ehic, "", NationalIdError::Empty),
            (
                "TR",
                Ehic,
                "80792000001234567890",
                NationalIdError::EhicCountry,
            ),
            (
                "US",
                Ehic,
                "80840000001234567890",
                NationalIdError::EhicCountry,
            ),
        ];
        for (cc, kind, input, want) in cases {
            assert_eq!(check(country(cc), kind, input), Err(want), "{cc} {input}");
        }
    }
}
