//! The Greek social-security number (ΑΜΚΑ): 11 digits, the first six the holder's
//! birth date as DDMMYY, the last a Luhn check digit.

use super::birth_date::BirthDate;

/// Digits in an AMKA.
pub(super) const LEN: usize = 11;

/// Why a candidate AMKA failed. Kept apart from the public error so that the
/// rules stay next to each other here; `national_id` maps these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AmkaFault {
    /// Wrong length, a non-digit, or a wrong check digit: not an AMKA at all.
    Invalid,
    /// A well-formed AMKA that belongs to someone born on another day.
    Mismatch,
}

/// Checks `input` as an AMKA and returns its 11 digits. Spaces are dropped since
/// people copy the number from documents that group it.
pub(super) fn check(input: &str, birth_date: Option<&BirthDate>) -> Result<String, AmkaFault> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != LEN || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmkaFault::Invalid);
    }
    if !luhn_valid(&digits) {
        return Err(AmkaFault::Invalid);
    }
    // Only the birth date can be checked: the registry's rules for people whose
    // day of birth is unknown are not public, so the DDMMYY part is not judged
    // on its own, only against a date on record.
    if let Some(date) = birth_date {
        let expected = format!(
            "{:02}{:02}{:02}",
            date.day(),
            date.month(),
            date.year() % 100
        );
        if !digits.starts_with(&expected) {
            return Err(AmkaFault::Mismatch);
        }
    }
    Ok(digits)
}

/// The standard Luhn check over all digits, the last being the check digit.
/// `digits` must be ASCII digits.
fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> BirthDate {
        BirthDate::parse(s).unwrap()
    }

    #[test]
    fn luhn_matches_known_values() {
        let cases = [
            ("17050345671", true),
            ("08110412346", true),
            ("14028511112", true),
            ("17050345672", false),
            ("71050345671", false),
            ("79927398713", true),
            ("79927398710", false),
            ("00000000000", true),
        ];
        for (digits, want) in cases {
            assert_eq!(luhn_valid(digits), want, "{digits}");
        }
    }

    #[test]
    fn accepts_valid_amka_with_and_without_a_birth_date() {
        let cases = [
            ("17050345671", None, "17050345671"),
            ("17050345671", Some("17/05/2003"), "17050345671"),
            ("17050345671", Some("17/05/1903"), "17050345671"),
            ("170503 45671", None, "17050345671"),
            (" 170 503 456 71 ", Some("2003-05-17"), "17050345671"),
            ("08110412346", Some("08/11/2004"), "08110412346"),
            ("14028511112", Some("19850214"), "14028511112"),
        ];
        for (input, birth, want) in cases {
            let birth = birth.map(date);
            assert_eq!(check(input, birth.as_ref()).as_deref(), Ok(want), "{input}");
        }
    }

    #[test]
    fn tells_an_invalid_amka_from_one_of_someone_else() {
        let cases = [
            ("", None, AmkaFault::Invalid),
            ("1705034567", None, AmkaFault::Invalid),
            ("170503456711", None, AmkaFault::Invalid),
            ("17050345672", None, AmkaFault::Invalid),
            ("17050345672", Some("17/05/2003"), AmkaFault::Invalid),
            ("1705034567a", None, AmkaFault::Invalid),
            ("17-05-03-45671", None, AmkaFault::Invalid),
            ("١٧٠٥٠٣٤٥٦٧١", None, AmkaFault::Invalid),
            ("17050345671", Some("18/05/2003"), AmkaFault::Mismatch),
            ("17050345671", Some("17/06/2003"), AmkaFault::Mismatch),
            ("17050345671", Some("17/05/2004"), AmkaFault::Mismatch),
            ("14028511112", Some("1985-12-02"), AmkaFault::Mismatch),
        ];
        for (input, birth, want) in cases {
            let birth = birth.map(date);
            assert_eq!(check(input, birth.as_ref()), Err(want), "{input}");
        }
    }
}
