//! The syntax of a `schacPersonalUniqueID` value,
//! `urn:schac:personalUniqueID:<country>:<type>:<value>`; what a value must look
//! like for each type is `national_id`'s business.

use super::id_error::NationalIdError;

/// The URN prefix of `schacPersonalUniqueID` values.
pub(super) const PREFIX: &str = "urn:schac:personalUniqueID:";

/// The three parts of a value, the country lowercased, type and value as stored.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Parts<'a> {
    pub(super) country: String,
    pub(super) kind: &'a str,
    pub(super) value: &'a str,
}

/// Splits a value read from the directory. The URN prefix is matched without
/// regard to case (URN namespace identifiers are case-insensitive); the country is
/// two letters or `int` (SCHAC's code for international schemes); the type is
/// letters, digits, `-` and `_`. The value may itself contain `:`.
pub(super) fn split(input: &str) -> Result<Parts<'_>, NationalIdError> {
    let trimmed = input.trim();
    let rest = trimmed
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .and_then(|_| trimmed.get(PREFIX.len()..))
        .ok_or(NationalIdError::SchacFormat)?;
    let mut parts = rest.splitn(3, ':');
    let (Some(country), Some(kind), Some(value)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(NationalIdError::SchacFormat);
    };
    let country_ok = (country.len() == 2 && country.bytes().all(|b| b.is_ascii_alphabetic()))
        || country.eq_ignore_ascii_case("int");
    let kind_ok = !kind.is_empty()
        && kind
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !country_ok || !kind_ok {
        return Err(NationalIdError::SchacFormat);
    }
    Ok(Parts {
        country: country.to_ascii_lowercase(),
        kind,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_country_type_and_value() {
        let cases = [
            (
                "urn:schac:personalUniqueID:gr:AMKA:17050345671",
                "gr",
                "AMKA",
                "17050345671",
            ),
            (" URN:SCHAC:PERSONALUNIQUEID:GR:AMKA:1 ", "gr", "AMKA", "1"),
            (
                "urn:schac:personalUniqueID:int:esi:a:b:c",
                "int",
                "esi",
                "a:b:c",
            ),
            ("urn:schac:personalUniqueID:fr:SSN:", "fr", "SSN", ""),
            (
                "urn:schac:personalUniqueID:jp:residence_card-2:X",
                "jp",
                "residence_card-2",
                "X",
            ),
        ];
        for (input, country, kind, value) in cases {
            let parts = split(input).unwrap();
            assert_eq!(
                (parts.country.as_str(), parts.kind, parts.value),
                (country, kind, value)
            );
        }
    }

    #[test]
    fn refuses_anything_else() {
        let cases = [
            "",
            "17050345671",
            "urn:schac:personalUniqueCode:gr:AMKA:17050345671",
            "urn:schac:personalUniqueID",
            "urn:schac:personalUniqueID:",
            "urn:schac:personalUniqueID:gr",
            "urn:schac:personalUniqueID:gr:AMKA",
            "urn:schac:personalUniqueID:grc:AMKA:17050345671",
            "urn:schac:personalUniqueID:g1:SSN:12345",
            "urn:schac:personalUniqueID:γρ:SSN:12345",
            "urn:schac:personalUniqueID:fr::12345",
            "urn:schac:personalUniqueID:fr:S S N:12345",
            "urn:schac:personalUniqueID:fr:SSN*:12345",
            "urn:schac:personalUniqueIDgr:AMKA:1",
            "urn:schac:personalUniqueΙD:gr:AMKA:1",
        ];
        for input in cases {
            assert_eq!(split(input), Err(NationalIdError::SchacFormat), "{input:?}");
        }
    }
}
