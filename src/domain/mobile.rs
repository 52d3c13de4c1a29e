//! A mobile number in E.164 form, so that a number typed as `6912345678`,
//! `+30 691 234 5678` or `0030-6912345678` compares equal to the registrar's record.

use super::country::Country;
use super::mask_tail;
use serde::{Deserialize, Serialize};
use std::fmt;

/// E.164 caps a number at 15 digits; below 8 nothing real is left after the
/// calling code.
const MIN_DIGITS: usize = 8;
const MAX_DIGITS: usize = 15;

/// Two-digit ITU calling codes. Calling codes are prefix-free: `1` and `7` are the
/// only one-digit codes, these are the two-digit ones, and every other code has
/// three digits, so this list is enough to split any number.
const TWO_DIGIT_CODES: &[u16] = &[
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// What a mobile number looks like after the calling code, where kleidi knows it.
/// An empty prefix list means the plan does not tell mobiles from fixed lines.
struct Plan {
    calling_code: u16,
    lengths: (usize, usize),
    mobile_prefixes: &'static [&'static str],
}

/// National plans checked beyond the generic 8..=15 digits: the customers' own
/// countries first (GR, IT, FR), then common origins of students and staff. Every
/// other calling code gets the generic check only, since refusing a real foreign
/// number is worse than accepting a mistyped one (the PIN will not arrive and the
/// person can retype).
const PLANS: &[Plan] = &[
    plan(30, (10, 10), &["69"]),
    plan(39, (9, 10), &["3"]),
    plan(33, (9, 9), &["6", "7"]),
    plan(44, (10, 10), &["7"]),
    plan(49, (10, 11), &["15", "16", "17"]),
    plan(34, (9, 9), &["6", "7"]),
    plan(357, (8, 8), &["9"]),
    plan(90, (10, 10), &["5"]),
    plan(351, (9, 9), &["9"]),
    plan(31, (9, 9), &["6"]),
    plan(32, (9, 9), &["4"]),
    plan(355, (9, 9), &["6"]),
    plan(40, (9, 9), &["7"]),
    plan(41, (9, 9), &["7"]),
    plan(353, (9, 9), &["8"]),
    plan(1, (10, 10), &[]),
    plan(7, (10, 10), &[]),
];

const fn plan(
    calling_code: u16,
    lengths: (usize, usize),
    mobile_prefixes: &'static [&'static str],
) -> Plan {
    Plan {
        calling_code,
        lengths,
        mobile_prefixes,
    }
}

/// A mobile number normalized to E.164 (`+306912345678`).
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Mobile {
    /// `+` followed by 8 to 15 digits.
    e164: String,
    /// How many digits after the `+` are the calling code (1 to 3).
    cc_len: usize,
}

/// Why a mobile number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MobileError {
    /// Nothing but white space was given.
    #[error("mobile number is empty")]
    Empty,
    /// Something other than digits, a leading `+`, spaces, dots, dashes, slashes
    /// or parentheses.
    #[error("mobile number contains invalid characters")]
    InvalidChar,
    /// No valid calling code (`+0...`, or a number without one where one is required).
    #[error("mobile number has no valid calling code")]
    CallingCode,
    /// Too few or too many digits, overall or for the country.
    #[error("mobile number has the wrong number of digits")]
    Length,
    /// A valid number of a country whose mobile range it is not in.
    #[error("number is not a mobile number")]
    NotMobile,
}

impl MobileError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "mobile_empty",
            Self::InvalidChar => "mobile_invalid_char",
            Self::CallingCode => "mobile_calling_code",
            Self::Length => "mobile_length",
            Self::NotMobile => "mobile_not_mobile",
        }
    }
}

impl Mobile {
    /// Parses a number as a person types it or a registrar stores it. A number
    /// with `+` or `00` is international; any other is national to
    /// `default_country` (the institution's), whose trunk prefix is dropped.
    pub fn parse(input: &str, default_country: Country) -> Result<Self, MobileError> {
        parse(input, Some(default_country))
    }

    /// Parses a number that must carry its calling code (`+...` or `00...`), such
    /// as a value kleidi stored itself; separators are still allowed.
    pub fn parse_e164(input: &str) -> Result<Self, MobileError> {
        parse(input, None)
    }

    /// The number in E.164 form, for an SMS gateway or a directory write.
    pub fn as_e164(&self) -> &str {
        &self.e164
    }

    /// The ITU calling code (`30` for `+306912345678`).
    pub fn country_calling_code(&self) -> u16 {
        self.e164[1..=self.cc_len].parse().unwrap_or_default()
    }

    /// The digits after the calling code.
    pub fn national_number(&self) -> &str {
        &self.e164[1 + self.cc_len..]
    }

    /// The number with all but the last three digits hidden (`+30*******678`), for
    /// "we sent a code to ...".
    pub fn masked(&self) -> String {
        format!(
            "+{}{}",
            &self.e164[1..=self.cc_len],
            mask_tail(self.national_number(), 3)
        )
    }
}

fn parse(input: &str, default_country: Option<Country>) -> Result<Mobile, MobileError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(MobileError::Empty);
    }
    // Separators go first so that `(+30)` counts as a leading `+`.
    let mut compact = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '0'..='9' | '+' => compact.push(c),
            '.' | '-' | '/' | '(' | ')' => {}
            c if c.is_whitespace() => {}
            _ => return Err(MobileError::InvalidChar),
        }
    }
    let (plus, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, compact),
    };
    if digits.contains('+') {
        return Err(MobileError::InvalidChar);
    }
    if digits.is_empty() {
        return Err(MobileError::Empty);
    }
    let international = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(country) = default_country {
        let national = match country.trunk_prefix() {
            Some(trunk) => digits.strip_prefix(trunk).unwrap_or(&digits),
            None => &digits,
        };
        format!("{}{national}", country.calling_code())
    } else {
        return Err(MobileError::CallingCode);
    };
    from_international(&international)
}

/// Builds the number from its digits after `+`: splits off the calling code,
/// drops a `(0)` trunk written after it, and checks lengths and the mobile range.
fn from_international(digits: &str) -> Result<Mobile, MobileError> {
    let cc_len = match digits.as_bytes().first() {
        None => return Err(MobileError::Length),
        Some(b'0') => return Err(MobileError::CallingCode),
        Some(b'1' | b'7') => 1,
        Some(_) => {
            let two: u16 = digits.get(..2).and_then(|d| d.parse().ok()).unwrap_or(0);
            if TWO_DIGIT_CODES.contains(&two) { 2 } else { 3 }
        }
    };
    let Some((cc, national)) = digits.split_at_checked(cc_len) else {
        return Err(MobileError::Length);
    };
    let calling_code: u16 = cc.parse().map_err(|_| MobileError::CallingCode)?;
    // "+44 (0)7700 900123" and "+33 06 12 34 56 78" are common: where the plan's
    // trunk prefix is 0, no national number starts with 0, so dropping it is safe.
    let uses_zero_trunk = Country::by_calling_code(calling_code)
        .and_then(Country::trunk_prefix)
        .is_some_and(|t| t == "0");
    let national = match national.strip_prefix('0') {
        Some(rest) if uses_zero_trunk => rest,
        _ => national,
    };
    let total = cc_len + national.len();
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&total) || national.is_empty() {
        return Err(MobileError::Length);
    }
    if let Some(plan) = PLANS.iter().find(|p| p.calling_code == calling_code) {
        let (min, max) = plan.lengths;
        if !(min..=max).contains(&national.len()) {
            return Err(MobileError::Length);
        }
        if !plan.mobile_prefixes.is_empty()
            && !plan.mobile_prefixes.iter().any(|p| national.starts_with(p))
        {
            return Err(MobileError::NotMobile);
        }
    }
    Ok(Mobile {
        e164: format!("+{cc}{national}"),
        cc_len,
    })
}

impl fmt::Debug for Mobile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Mobile({})", self.masked())
    }
}

impl TryFrom<String> for Mobile {
    type Error = MobileError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse_e164(&value)
    }
}

impl From<Mobile> for String {
    fn from(value: Mobile) -> Self {
        value.e164
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn normalizes_what_people_type_to_e164() {
        let cases = [
            // The IHU form: 10 digits, `+` for foreign numbers.
            ("6912345678", "GR", "+306912345678"),
            ("+30 691 234 5678", "GR", "+306912345678"),
            ("0030-6912345678", "GR", "+306912345678"),
            ("(+30) 691.234.5678", "GR", "+306912345678"),
            ("  +306912345678  ", "GR", "+306912345678"),
            ("\u{a0}691\u{a0}234\u{a0}5678", "GR", "+306912345678"),
            // France drops its trunk 0; a `(0)` after +33 is dropped too.
            ("06 12 34 56 78", "FR", "+33612345678"),
            ("612345678", "FR", "+33612345678"),
            ("+33 6 12 34 56 78", "FR", "+33612345678"),
            ("+33 (0)6 12 34 56 78", "GR", "+33612345678"),
            ("0033 7 12 34 56 78", "FR", "+33712345678"),
            // Italy has no trunk prefix; mobiles start with 3.
            ("333 123 4567", "IT", "+393331234567"),
            ("+39 333 1234567", "GR", "+393331234567"),
            ("339 123456", "IT", "+39339123456"),
            // Foreign numbers typed with + at a Greek university.
            ("+44 7700 900123", "GR", "+447700900123"),
            ("+44 (0)7700 900123", "GR", "+447700900123"),
            ("07700 900123", "GB", "+447700900123"),
            ("0171 1234567", "DE", "+491711234567"),
            ("+49 151 12345678", "GR", "+4915112345678"),
            ("+357 99 123456", "GR", "+35799123456"),
            ("+90 532 123 45 67", "GR", "+905321234567"),
            ("+355 69 123 4567", "GR", "+355691234567"),
            ("+1 (212) 555-0123", "GR", "+12125550123"),
            ("1 212 555 0123", "US", "+12125550123"),
            ("+7 912 345-67-89", "GR", "+79123456789"),
            ("8 912 345 67 89", "RU", "+79123456789"),
            ("+86 138 0013 8000", "GR", "+8613800138000"),
            ("+91 98765 43210", "GR", "+919876543210"),
            ("+380 67 123 4567", "GR", "+380671234567"),
            // A calling code without a national plan gets the generic check.
            ("+381 64 1234567", "GR", "+381641234567"),
            ("+234 803 123 4567", "GR", "+2348031234567"),
        ];
        for (input, default, want) in cases {
            let mobile = Mobile::parse(input, country(default));
            assert_eq!(mobile.map(|m| m.e164), Ok(want.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_mobile() {
        let cases = [
            ("", "GR", MobileError::Empty),
            ("   ", "GR", MobileError::Empty),
            ("+", "GR", MobileError::Empty),
            ("- ()", "GR", MobileError::Empty),
            ("69123456a8", "GR", MobileError::InvalidChar),
            ("69+12345678", "GR", MobileError::InvalidChar),
            ("++306912345678", "GR", MobileError::InvalidChar),
            ("tel:6912345678", "GR", MobileError::InvalidChar),
            ("6912345678;", "GR", MobileError::InvalidChar),
            ("+0306912345678", "GR", MobileError::CallingCode),
            ("000306912345678", "GR", MobileError::CallingCode),
            ("+30", "GR", MobileError::Length),
            ("691234567", "GR", MobileError::Length),
            ("69123456789", "GR", MobileError::Length),
            ("+3069123456", "GR", MobileError::Length),
            ("2310123456", "GR", MobileError::NotMobile),
            ("2101234567", "GR", MobileError::NotMobile),
            ("0612345678", "IT", MobileError::NotMobile),
            ("0112345678", "FR", MobileError::NotMobile),
            ("12345678", "FR", MobileError::Length),
            ("+44 20 7946 0958", "GR", MobileError::NotMobile),
            ("+1 212 555 012", "GR", MobileError::Length),
            ("+3811234", "GR", MobileError::Length),
            ("+3811234567890123", "GR", MobileError::Length),
        ];
        for (input, default, want) in cases {
            assert_eq!(
                Mobile::parse(input, country(default)),
                Err(want),
                "{input:?}"
            );
        }
    }

    #[test]
    fn equal_numbers_compare_equal_whatever_the_spelling() {
        let greek = [
            "6912345678",
            "+30 691 234 5678",
            "0030-6912345678",
            "+306912345678",
        ];
        let first = Mobile::parse(greek[0], country("GR")).unwrap();
        for input in greek {
            assert_eq!(
                Mobile::parse(input, country("GR")).unwrap(),
                first,
                "{input}"
            );
        }
        // The registrar stored an international number; the person types it too.
        let stored = Mobile::parse("+33612345678", country("GR")).unwrap();
        let typed = Mobile::parse("0033 6 12 34 56 78", country("GR")).unwrap();
        assert_eq!(stored, typed);
    }

    #[test]
    fn exposes_calling_code_and_national_number() {
        let cases = [
            ("+306912345678", 30, "6912345678"),
            ("+12125550123", 1, "2125550123"),
            ("+35799123456", 357, "99123456"),
            ("+79123456789", 7, "9123456789"),
        ];
        for (input, cc, national) in cases {
            let mobile = Mobile::parse_e164(input).unwrap();
            assert_eq!(mobile.country_calling_code(), cc, "{input}");
            assert_eq!(mobile.national_number(), national, "{input}");
            assert_eq!(mobile.as_e164(), input);
        }
    }

    #[test]
    fn parse_e164_requires_a_calling_code() {
        assert!(Mobile::parse_e164("+30 691 234 5678").is_ok());
        assert!(Mobile::parse_e164("0030 691 234 5678").is_ok());
        assert_eq!(
            Mobile::parse_e164("6912345678"),
            Err(MobileError::CallingCode)
        );
    }

    #[test]
    fn debug_and_masked_hide_most_digits() {
        let mobile = Mobile::parse("6912345678", country("GR")).unwrap();
        assert_eq!(mobile.masked(), "+30*******678");
        assert_eq!(format!("{mobile:?}"), "Mobile(+30*******678)");
    }

    #[test]
    fn serde_uses_e164() {
        let mobile = Mobile::parse("6912345678", country("GR")).unwrap();
        let json = serde_json::to_string(&mobile).unwrap();
        assert_eq!(json, "\"+306912345678\"");
        assert_eq!(serde_json::from_str::<Mobile>(&json).unwrap(), mobile);
        assert!(serde_json::from_str::<Mobile>("\"6912345678\"").is_err());
    }
}
