//! A national ID with its country, in the SCHAC form the directory stores
//! (`urn:schac:personalUniqueID:gr:AMKA:17050345671`).

use super::amka;
use super::birth_date::BirthDate;
use super::country::Country;
use super::foreign::{self, ForeignKind};
pub use super::id_error::NationalIdError;
use super::mask_tail;
use super::schac::{self, PREFIX as SCHAC_PREFIX};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest value accepted from the directory for a type kleidi has no rule for.
const MAX_OTHER: usize = 256;

/// The type part of a SCHAC personal unique ID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// Greek AMKA (`gr:AMKA`).
    Amka,
    /// A social-security number (`SSN`).
    SocialSecurity,
    /// A European Health Insurance Card number (`EHIC`).
    Ehic,
    /// Any other type found in the directory (`es:DNI`, ...), kept as stored.
    Other(String),
}

impl IdKind {
    /// The type name written in the SCHAC value.
    pub fn schac_name(&self) -> &str {
        match self {
            Self::Amka => "AMKA",
            Self::SocialSecurity => "SSN",
            Self::Ehic => "EHIC",
            Self::Other(name) => name,
        }
    }
}

impl From<ForeignKind> for IdKind {
    fn from(kind: ForeignKind) -> Self {
        match kind {
            ForeignKind::SocialSecurity => Self::SocialSecurity,
            ForeignKind::Ehic => Self::Ehic,
        }
    }
}

/// A national ID: country, type and value, each checked by the rules of its kind.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NationalId {
    /// Lower-case ISO 3166-1 alpha-2 code, or `int`, as SCHAC writes it.
    country: String,
    kind: IdKind,
    value: String,
}

impl NationalId {
    /// Parses a Greek AMKA: 11 digits (spaces dropped) with a valid Luhn check
    /// digit and, when a birth date is on record, starting with it as DDMMYY.
    /// An AMKA that is well formed but does not fit the date gives
    /// [`NationalIdError::AmkaMismatch`], so the UI can say "AMKA check failed"
    /// and point to the registrar rather than suggest a typo.
    pub fn amka(input: &str, birth_date: Option<&BirthDate>) -> Result<Self, NationalIdError> {
        let digits = amka::check(input, birth_date)?;
        Ok(Self {
            country: "gr".to_owned(),
            kind: IdKind::Amka,
            value: digits,
        })
    }

    /// Parses a foreign number typed by a person without an AMKA; the rules are
    /// in the `foreign` module (separators dropped, letters uppercased, 5..=20
    /// characters for a social-security number, 20 digits for an EHIC).
    pub fn foreign(
        country: Country,
        kind: ForeignKind,
        input: &str,
    ) -> Result<Self, NationalIdError> {
        let value = foreign::check(country, kind, input)?;
        Ok(Self {
            country: country.alpha2().to_ascii_lowercase(),
            kind: kind.into(),
            value,
        })
    }

    /// Reads a `schacPersonalUniqueID` value from the directory, of any country
    /// and type. An AMKA is checked (length and check digit, so that a wrong one
    /// on record surfaces as [`NationalIdError::AmkaInvalid`]); other values are
    /// kept exactly as stored, since kleidi has no rule for most national schemes
    /// and must write back what it read.
    pub fn parse_schac(input: &str) -> Result<Self, NationalIdError> {
        let schac::Parts {
            country,
            kind,
            value,
        } = schac::split(input)?;
        if country == "gr" && kind.eq_ignore_ascii_case("AMKA") {
            return Self::amka(value, None);
        }
        let kind = if kind.eq_ignore_ascii_case("SSN") {
            IdKind::SocialSecurity
        } else if kind.eq_ignore_ascii_case("EHIC") {
            IdKind::Ehic
        } else {
            IdKind::Other(kind.to_owned())
        };
        if value.is_empty() {
            return Err(NationalIdError::Empty);
        }
        if value.len() > MAX_OTHER || value.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(NationalIdError::SchacFormat);
        }
        Ok(Self {
            country,
            kind,
            value: value.to_owned(),
        })
    }

    /// The `schacPersonalUniqueID` value to store.
    pub fn to_schac(&self) -> String {
        format!(
            "{SCHAC_PREFIX}{}:{}:{}",
            self.country,
            self.kind.schac_name(),
            self.value
        )
    }

    /// The issuing country as SCHAC writes it: lower-case ISO 3166-1 alpha-2
    /// (`gr`), or `int`. A string, because directory values may name countries
    /// outside kleidi's dialling table; `Country::parse` accepts it when known.
    pub fn country(&self) -> &str {
        &self.country
    }

    /// The kind of number.
    pub fn kind(&self) -> &IdKind {
        &self.kind
    }

    /// The number itself.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The number with all but the last four characters hidden, for a
    /// confirmation page (`*******5671`).
    pub fn masked(&self) -> String {
        mask_tail(&self.value, 4)
    }

    /// Checks an AMKA read from the directory against the birth date on record;
    /// other kinds carry no birth date and always pass.
    pub fn check_birth_date(&self, birth_date: &BirthDate) -> Result<(), NationalIdError> {
        match self.kind {
            IdKind::Amka => amka::check(&self.value, Some(birth_date))
                .map(drop)
                .map_err(Into::into),
            _ => Ok(()),
        }
    }
}

impl fmt::Debug for NationalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "NationalId({}:{}:{})",
            self.country,
            self.kind.schac_name(),
            self.masked()
        )
    }
}

impl TryFrom<String> for NationalId {
    type Error = NationalIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse_schac(&value)
    }
}

impl From<NationalId> for String {
    fn from(value: NationalId) -> Self {
        value.to_schac()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> BirthDate {
        BirthDate::parse(s).unwrap()
    }

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    /// The full SCHAC value for a test case written without the URN prefix.
    fn urn(rest: &str) -> String {
        format!("{SCHAC_PREFIX}{rest}")
    }

    #[test]
    fn amka_is_stored_in_schac_form_and_its_errors_stay_apart() {
        let bd = date("17/05/2003");
        let id = NationalId::amka(" 170503 45671 ", Some(&bd)).unwrap();
        assert_eq!(id.to_schac(), urn("gr:AMKA:17050345671"));
        assert_eq!((id.country(), id.kind()), ("gr", &IdKind::Amka));
        // The table of AMKA rules is in `amka`; here only the mapping to errors.
        let other = date("14/02/1985");
        let cases = [
            ("17050345670", None, NationalIdError::AmkaInvalid),
            ("17050345670", Some(&bd), NationalIdError::AmkaInvalid),
            ("17050345671", Some(&other), NationalIdError::AmkaMismatch),
        ];
        for (input, birth, want) in cases {
            assert_eq!(NationalId::amka(input, birth), Err(want), "{input}");
        }
    }

    #[test]
    fn foreign_numbers_carry_their_country_and_kind() {
        let (fr, de, gr) = (country("FR"), country("DE"), country("GR"));
        let id = NationalId::foreign(fr, ForeignKind::SocialSecurity, "1 85 05 78 006 084 36");
        let id = id.unwrap();
        assert_eq!(id.to_schac(), urn("fr:SSN:185057800608436"));
        assert_eq!(id.kind(), &IdKind::SocialSecurity);
        let id = NationalId::foreign(de, ForeignKind::Ehic, "80276 00000 12345 67890").unwrap();
        assert_eq!(id.to_schac(), urn("de:EHIC:80276000001234567890"));
        assert_eq!((id.country(), id.kind()), ("de", &IdKind::Ehic));
        let refused = NationalId::foreign(gr, ForeignKind::SocialSecurity, "12345678");
        assert_eq!(refused, Err(NationalIdError::UseAmka));
    }

    #[test]
    fn parse_schac_reads_any_country_and_type() {
        let cases = [
            ("gr:AMKA:17050345671", "gr", "Amka", "17050345671"),
            ("GR:amka:17050345671", "gr", "Amka", "17050345671"),
            (
                "fr:SSN:185057800608436",
                "fr",
                "SocialSecurity",
                "185057800608436",
            ),
            (
                "de:ehic:80276000001234567890",
                "de",
                "Ehic",
                "80276000001234567890",
            ),
            ("es:DNI:12345678Z", "es", "Other(\"DNI\")", "12345678Z"),
            ("se:SSN:850505-1234", "se", "SocialSecurity", "850505-1234"),
            (
                "jp:residence_card:AB12:34",
                "jp",
                "Other(\"residence_card\")",
                "AB12:34",
            ),
            ("int:esi:abc", "int", "Other(\"esi\")", "abc"),
            ("cy:AMKA:123", "cy", "Other(\"AMKA\")", "123"),
        ];
        for (rest, country, kind, value) in cases {
            let id = NationalId::parse_schac(&urn(rest)).unwrap();
            let kind_seen = format!("{:?}", id.kind());
            assert_eq!(
                (id.country(), kind_seen.as_str(), id.value()),
                (country, kind, value)
            );
        }
        let spelled = " URN:SCHAC:personalUniqueID:gr:AMKA:17050345671 ";
        assert_eq!(
            NationalId::parse_schac(spelled).unwrap().value(),
            "17050345671"
        );
    }

    #[test]
    fn parse_schac_refuses_malformed_values_and_bad_amka() {
        // Syntax errors are tested in `schac`; here the value rules per kind.
        let cases = [
            ("fr:SSN:12 345", NationalIdError::SchacFormat),
            ("fr:SSN:12\n345", NationalIdError::SchacFormat),
            ("fr:SSN:", NationalIdError::Empty),
            ("gr:AMKA:17050345672", NationalIdError::AmkaInvalid),
            ("gr:AMKA:", NationalIdError::AmkaInvalid),
            ("gr:AMKA:1705034567", NationalIdError::AmkaInvalid),
        ];
        let long = format!("fr:X:{}", "1".repeat(257));
        let cases = cases
            .into_iter()
            .map(|(rest, want)| (urn(rest), want))
            .chain([(urn(&long), NationalIdError::SchacFormat)]);
        for (input, want) in cases {
            assert_eq!(NationalId::parse_schac(&input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn schac_round_trips() {
        let inputs = [
            "urn:schac:personalUniqueID:gr:AMKA:17050345671",
            "urn:schac:personalUniqueID:fr:SSN:185057800608436",
            "urn:schac:personalUniqueID:de:EHIC:80276000001234567890",
            "urn:schac:personalUniqueID:es:DNI:12345678Z",
        ];
        for input in inputs {
            let id = NationalId::parse_schac(input).unwrap();
            assert_eq!(id.to_schac(), input);
            assert_eq!(NationalId::parse_schac(&id.to_schac()).unwrap(), id);
        }
        let typed = NationalId::amka("17050345671", None).unwrap();
        assert_eq!(NationalId::parse_schac(inputs[0]).unwrap(), typed);
    }

    #[test]
    fn check_birth_date_applies_to_amka_only() {
        let amka =
            NationalId::parse_schac("urn:schac:personalUniqueID:gr:AMKA:17050345671").unwrap();
        assert_eq!(amka.check_birth_date(&date("17/05/2003")), Ok(()));
        assert_eq!(
            amka.check_birth_date(&date("18/05/2003")),
            Err(NationalIdError::AmkaMismatch)
        );
        let ssn =
            NationalId::parse_schac("urn:schac:personalUniqueID:fr:SSN:185057800608436").unwrap();
        assert_eq!(ssn.check_birth_date(&date("18/05/2003")), Ok(()));
    }

    #[test]
    fn masked_and_debug_show_only_the_last_four() {
        let id = NationalId::amka("17050345671", None).unwrap();
        assert_eq!(id.masked(), "*******5671");
        assert_eq!(format!("{id:?}"), "NationalId(gr:AMKA:*******5671)");
        let ehic =
            NationalId::foreign(country("DE"), ForeignKind::Ehic, "80276000001234567890").unwrap();
        assert_eq!(
            format!("{ehic:?}"),
            "NationalId(de:EHIC:****************7890)"
        );
    }

    #[test]
    fn serde_uses_the_schac_form() {
        let id = NationalId::amka("17050345671", None).unwrap();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"urn:schac:personalUniqueID:gr:AMKA:17050345671\"");
        assert_eq!(serde_json::from_str::<NationalId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<NationalId>("\"17050345671\"").is_err());
        let kind: ForeignKind = serde_json::from_str("\"social_security\"").unwrap();
        assert_eq!(kind, ForeignKind::SocialSecurity);
    }
}
