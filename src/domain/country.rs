//! Countries kleidi knows how to dial and which may issue a foreign ID: ISO 3166-1
//! alpha-2 code, ITU calling code and national trunk prefix.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One row of the table.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Entry {
    alpha2: &'static str,
    calling_code: u16,
    /// What people dial before a national number inside the country and what
    /// must be dropped after the calling code (`0` in France, `8` in Russia).
    trunk_prefix: Option<&'static str>,
    /// Whether the country issues the European Health Insurance Card: the EU, the
    /// EEA, Switzerland and the United Kingdom.
    ehic: bool,
}

const fn row(alpha2: &'static str, calling_code: u16, trunk: &'static str, ehic: bool) -> Entry {
    Entry {
        alpha2,
        calling_code,
        trunk_prefix: if trunk.is_empty() { None } else { Some(trunk) },
        ehic,
    }
}

/// The table. Trunk prefixes follow the national numbering plans in force in 2025;
/// an empty string means the country dials national numbers without one (Greece,
/// Italy, Spain, Poland, ...). Greece comes first as the home of the first customer;
/// otherwise the order is alphabetical within each group.
static COUNTRIES: &[Entry] = &[
    // EU
    row("GR", 30, "", true),
    row("AT", 43, "0", true),
    row("BE", 32, "0", true),
    row("BG", 359, "0", true),
    row("CY", 357, "", true),
    row("CZ", 420, "", true),
    row("DE", 49, "0", true),
    row("DK", 45, "", true),
    row("EE", 372, "", true),
    row("ES", 34, "", true),
    row("FI", 358, "0", true),
    row("FR", 33, "0", true),
    row("HR", 385, "0", true),
    row("HU", 36, "06", true),
    row("IE", 353, "0", true),
    row("IT", 39, "", true),
    row("LT", 370, "0", true),
    row("LU", 352, "", true),
    row("LV", 371, "", true),
    row("MT", 356, "", true),
    row("NL", 31, "0", true),
    row("PL", 48, "", true),
    row("PT", 351, "", true),
    row("RO", 40, "0", true),
    row("SE", 46, "0", true),
    row("SI", 386, "0", true),
    row("SK", 421, "0", true),
    // EEA, Switzerland, United Kingdom
    row("IS", 354, "", true),
    row("LI", 423, "", true),
    row("NO", 47, "", true),
    row("CH", 41, "0", true),
    row("GB", 44, "0", true),
    // Rest of Europe and neighbours
    row("AD", 376, "", false),
    row("AL", 355, "0", false),
    row("AM", 374, "0", false),
    row("AZ", 994, "0", false),
    row("BA", 387, "0", false),
    row("BY", 375, "8", false),
    row("GE", 995, "0", false),
    row("MC", 377, "", false),
    row("MD", 373, "0", false),
    row("ME", 382, "0", false),
    row("MK", 389, "0", false),
    row("RS", 381, "0", false),
    row("RU", 7, "8", false),
    row("SM", 378, "", false),
    row("TR", 90, "0", false),
    row("UA", 380, "0", false),
    // Middle East and Africa
    row("DZ", 213, "0", false),
    row("EG", 20, "0", false),
    row("IL", 972, "0", false),
    row("IQ", 964, "0", false),
    row("IR", 98, "0", false),
    row("JO", 962, "0", false),
    row("KE", 254, "0", false),
    row("LB", 961, "0", false),
    row("MA", 212, "0", false),
    row("NG", 234, "0", false),
    row("SY", 963, "0", false),
    row("TN", 216, "", false),
    row("ZA", 27, "0", false),
    // Asia and Oceania
    row("AU", 61, "0", false),
    row("BD", 880, "0", false),
    row("CN", 86, "0", false),
    row("IN", 91, "0", false),
    row("JP", 81, "0", false),
    row("KR", 82, "0", false),
    row("KZ", 7, "8", false),
    row("NZ", 64, "0", false),
    row("PK", 92, "0", false),
    // Americas
    row("CA", 1, "1", false),
    row("MX", 52, "", false),
    row("US", 1, "1", false),
];

/// A country from the table, parsed from its ISO 3166-1 alpha-2 code. Cheap to copy;
/// equal when the codes are equal.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(&'static Entry);

/// Why a country code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    /// Not an ISO 3166-1 alpha-2 code in kleidi's table.
    #[error("unknown or unsupported country code")]
    Unknown,
}

impl CountryError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unknown => "country_unknown",
        }
    }
}

impl Country {
    /// Parses an ISO 3166-1 alpha-2 code in either case (`"GR"`, `"gr"`), as a
    /// config file, a form's select box or a SCHAC value spells it.
    pub fn parse(code: &str) -> Result<Self, CountryError> {
        let code = code.trim();
        COUNTRIES
            .iter()
            .find(|e| e.alpha2.eq_ignore_ascii_case(code))
            .map(Self)
            .ok_or(CountryError::Unknown)
    }

    /// Every country in the table, for a select box.
    pub fn all() -> impl Iterator<Item = Country> {
        COUNTRIES.iter().map(Self)
    }

    /// The first country in the table using this calling code. Several countries
    /// share `+1` and `+7`, so this names a numbering plan rather than a nation.
    pub(crate) fn by_calling_code(calling_code: u16) -> Option<Self> {
        COUNTRIES
            .iter()
            .find(|e| e.calling_code == calling_code)
            .map(Self)
    }

    /// The upper-case ISO 3166-1 alpha-2 code (`"GR"`).
    pub fn alpha2(self) -> &'static str {
        self.0.alpha2
    }

    /// The ITU calling code (`30` for Greece).
    pub fn calling_code(self) -> u16 {
        self.0.calling_code
    }

    /// The national trunk prefix, if the country uses one (`Some("0")` for France,
    /// `None` for Greece).
    pub fn trunk_prefix(self) -> Option<&'static str> {
        self.0.trunk_prefix
    }

    /// Whether the country issues the European Health Insurance Card.
    pub fn issues_ehic(self) -> bool {
        self.0.ehic
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.0.alpha2)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.alpha2)
    }
}

impl TryFrom<String> for Country {
    type Error = CountryError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Country> for String {
    fn from(value: Country) -> Self {
        value.0.alpha2.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_in_any_case() {
        let cases = [
            ("GR", "GR", 30, None),
            ("gr", "GR", 30, None),
            (" it ", "IT", 39, None),
            ("FR", "FR", 33, Some("0")),
            ("de", "DE", 49, Some("0")),
            ("GB", "GB", 44, Some("0")),
            ("HU", "HU", 36, Some("06")),
            ("RU", "RU", 7, Some("8")),
            ("US", "US", 1, Some("1")),
            ("CA", "CA", 1, Some("1")),
            ("CY", "CY", 357, None),
            ("AL", "AL", 355, Some("0")),
            ("TR", "TR", 90, Some("0")),
            ("UA", "UA", 380, Some("0")),
            ("CN", "CN", 86, Some("0")),
            ("IN", "IN", 91, Some("0")),
            ("CH", "CH", 41, Some("0")),
        ];
        for (input, alpha2, cc, trunk) in cases {
            let country = Country::parse(input).unwrap();
            assert_eq!(country.alpha2(), alpha2);
            assert_eq!(country.calling_code(), cc, "{input}");
            assert_eq!(country.trunk_prefix(), trunk, "{input}");
        }
    }

    #[test]
    fn refuses_unknown_codes() {
        for input in ["", "G", "GRC", "XX", "EU", "UK", "30", "g r"] {
            assert_eq!(Country::parse(input), Err(CountryError::Unknown), "{input}");
        }
    }

    #[test]
    fn table_has_unique_upper_case_codes_and_all_of_eu_eea() {
        let mut codes: Vec<&str> = Country::all().map(Country::alpha2).collect();
        for code in &codes {
            assert!(code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()));
        }
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
        let eu_eea = [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO",
        ];
        for code in eu_eea {
            let country = Country::parse(code).unwrap();
            assert!(country.issues_ehic(), "{code}");
        }
        assert!(Country::parse("CH").unwrap().issues_ehic());
        assert!(Country::parse("GB").unwrap().issues_ehic());
        assert!(!Country::parse("TR").unwrap().issues_ehic());
        assert!(!Country::parse("US").unwrap().issues_ehic());
    }

    #[test]
    fn by_calling_code_finds_the_numbering_plan() {
        assert_eq!(
            Country::by_calling_code(30).map(Country::alpha2),
            Some("GR")
        );
        assert_eq!(
            Country::by_calling_code(39).map(Country::alpha2),
            Some("IT")
        );
        assert_eq!(
            Country::by_calling_code(1).map(Country::calling_code),
            Some(1)
        );
        assert_eq!(Country::by_calling_code(999), None);
    }

    #[test]
    fn serde_and_display_use_the_code() {
        let country: Country = serde_json::from_str("\"fr\"").unwrap();
        assert_eq!(serde_json::to_string(&country).unwrap(), "\"FR\"");
        assert_eq!(country.to_string(), "FR");
        assert_eq!(format!("{country:?}"), "Country(FR)");
        assert!(serde_json::from_str::<Country>("\"zz\"").is_err());
    }
}
