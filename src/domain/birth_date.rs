//! A date of birth, as people type it and as directories store it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Years accepted. Nobody alive was born before 1900, and a bound on the other
/// side keeps a typo like `20011` from becoming a date.
const MIN_YEAR: u16 = 1900;
const MAX_YEAR: u16 = 2100;

/// A calendar date between 1900-01-01 and 2100-12-31. Fields are in year, month,
/// day order so that the derived ordering is chronological.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BirthDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a birth date was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BirthDateError {
    /// Not one of the accepted forms (`YYYYMMDD`, `YYYY-MM-DD`, `DD/MM/YYYY`, ...).
    #[error("birth date is not in a recognised format")]
    Format,
    /// Well formed but not a day of the calendar (31 April, 29 February 2001, ...).
    #[error("birth date is not a calendar date")]
    InvalidDate,
    /// Year outside 1900..=2100.
    #[error("birth date year is outside {MIN_YEAR}..={MAX_YEAR}")]
    OutOfRange,
}

impl BirthDateError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Format => "birth_date_format",
            Self::InvalidDate => "birth_date_invalid",
            Self::OutOfRange => "birth_date_out_of_range",
        }
    }
}

impl BirthDate {
    /// Parses the forms kleidi meets:
    /// - `YYYYMMDD`: SCHAC `schacDateOfBirth`;
    /// - `YYYY-MM-DD`: an HTML date input (also with `/` or `.`);
    /// - `DD/MM/YYYY`: what people type (UPHF's "jj/mm/aaaa"), also with `-` or
    ///   `.`, and with one-digit day or month (`5/3/1985`).
    ///
    /// A form with the year last is always read day first: the customers are
    /// European, and `MM/DD/YYYY` cannot be told apart from it.
    pub fn parse(input: &str) -> Result<Self, BirthDateError> {
        let s = input.trim();
        let (year, month, day) = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            (number(&s[..4])?, number(&s[4..6])?, number(&s[6..])?)
        } else {
            let sep = s
                .chars()
                .find(|c| matches!(c, '-' | '/' | '.'))
                .ok_or(BirthDateError::Format)?;
            let parts: Vec<&str> = s.split(sep).collect();
            let [a, b, c] = parts[..] else {
                return Err(BirthDateError::Format);
            };
            match (a.len(), b.len(), c.len()) {
                (4, 1..=2, 1..=2) => (number(a)?, number(b)?, number(c)?),
                (1..=2, 1..=2, 4) => (number(c)?, number(b)?, number(a)?),
                _ => return Err(BirthDateError::Format),
            }
        };
        Self::from_parts(year, month, day)
    }

    /// Builds a date from its parts, checking the calendar.
    pub fn from_parts(year: u32, month: u32, day: u32) -> Result<Self, BirthDateError> {
        let year = u16::try_from(year).map_err(|_| BirthDateError::OutOfRange)?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(BirthDateError::OutOfRange);
        }
        let month = u8::try_from(month).map_err(|_| BirthDateError::InvalidDate)?;
        let day = u8::try_from(day).map_err(|_| BirthDateError::InvalidDate)?;
        // The calendar (month lengths, leap years) is the `time` crate's.
        let real = time::Month::try_from(month)
            .ok()
            .and_then(|m| time::Date::from_calendar_date(i32::from(year), m, day).ok());
        if real.is_none() {
            return Err(BirthDateError::InvalidDate);
        }
        Ok(Self { year, month, day })
    }

    /// The SCHAC `schacDateOfBirth` form, `YYYYMMDD`.
    pub fn to_schac(&self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Day of the month, 1..=31.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Month, 1..=12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// Year, 1900..=2100.
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The date with day and month hidden (`**/**/1985`), for a confirmation page.
    pub fn masked(&self) -> String {
        format!("**/**/{:04}", self.year)
    }
}

fn number(digits: &str) -> Result<u32, BirthDateError> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BirthDateError::Format);
    }
    digits.parse().map_err(|_| BirthDateError::Format)
}

/// Shows nothing of the date: even the year narrows down who a log line is about.
impl fmt::Debug for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BirthDate(****-**-**)")
    }
}

impl TryFrom<String> for BirthDate {
    type Error = BirthDateError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<BirthDate> for String {
    fn from(value: BirthDate) -> Self {
        value.to_schac()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_accepted_form() {
        let cases = [
            ("19850214", (1985, 2, 14)),
            ("1985-02-14", (1985, 2, 14)),
            ("1985/02/14", (1985, 2, 14)),
            ("1985.02.14", (1985, 2, 14)),
            ("1985-2-4", (1985, 2, 4)),
            ("14/02/1985", (1985, 2, 14)),
            ("14-02-1985", (1985, 2, 14)),
            ("14.02.1985", (1985, 2, 14)),
            ("4/2/1985", (1985, 2, 4)),
            (" 14/02/1985 ", (1985, 2, 14)),
            ("29/02/2000", (2000, 2, 29)),
            ("29/02/2004", (2004, 2, 29)),
            ("19000101", (1900, 1, 1)),
            ("21001231", (2100, 12, 31)),
            ("31/12/1999", (1999, 12, 31)),
            ("30/04/1990", (1990, 4, 30)),
        ];
        for (input, (y, m, d)) in cases {
            let date = BirthDate::parse(input).unwrap();
            assert_eq!(
                (date.year(), date.month(), date.day()),
                (y, m, d),
                "{input}"
            );
        }
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        let cases = [
            ("", BirthDateError::Format),
            ("1985", BirthDateError::Format),
            ("850214", BirthDateError::Format),
            ("1985021", BirthDateError::Format),
            ("198502140", BirthDateError::Format),
            ("14/02/85", BirthDateError::Format),
            ("14/02-1985", BirthDateError::Format),
            ("14//1985", BirthDateError::Format),
            ("14/02/1985/1", BirthDateError::Format),
            ("1985-002-14", BirthDateError::Format),
            ("a4/02/1985", BirthDateError::Format),
            ("+4/02/1985", BirthDateError::Format),
            ("14 02 1985", BirthDateError::Format),
            ("Feb 14, 1985", BirthDateError::Format),
            ("١٤/٠٢/١٩٨٥", BirthDateError::Format),
            ("29/02/1900", BirthDateError::InvalidDate),
            ("29/02/2001", BirthDateError::InvalidDate),
            ("31/04/1990", BirthDateError::InvalidDate),
            ("00/01/1990", BirthDateError::InvalidDate),
            ("01/00/1990", BirthDateError::InvalidDate),
            ("01/13/1990", BirthDateError::InvalidDate),
            ("32/01/1990", BirthDateError::InvalidDate),
            ("19901301", BirthDateError::InvalidDate),
            ("02/14/1985", BirthDateError::InvalidDate),
            ("18991231", BirthDateError::OutOfRange),
            ("21010101", BirthDateError::OutOfRange),
            ("00000000", BirthDateError::OutOfRange),
        ];
        for (input, want) in cases {
            assert_eq!(BirthDate::parse(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn from_parts_checks_the_calendar() {
        assert!(BirthDate::from_parts(2024, 2, 29).is_ok());
        assert_eq!(
            BirthDate::from_parts(2023, 2, 29),
            Err(BirthDateError::InvalidDate)
        );
        assert_eq!(
            BirthDate::from_parts(70_000, 1, 1),
            Err(BirthDateError::OutOfRange)
        );
        assert_eq!(
            BirthDate::from_parts(2000, 300, 1),
            Err(BirthDateError::InvalidDate)
        );
    }

    #[test]
    fn to_schac_round_trips() {
        for input in ["19850214", "20000229", "19000101", "21001231"] {
            let date = BirthDate::parse(input).unwrap();
            assert_eq!(date.to_schac(), input);
            assert_eq!(BirthDate::parse(&date.to_schac()).unwrap(), date);
        }
        assert_eq!(BirthDate::parse("4/2/1985").unwrap().to_schac(), "19850204");
    }

    #[test]
    fn forms_of_one_date_are_equal_and_order_is_chronological() {
        let a = BirthDate::parse("14/02/1985").unwrap();
        assert_eq!(a, BirthDate::parse("1985-02-14").unwrap());
        assert_eq!(a, BirthDate::parse("19850214").unwrap());
        assert!(a < BirthDate::parse("15/02/1985").unwrap());
        assert!(a < BirthDate::parse("01/01/1986").unwrap());
        assert!(a > BirthDate::parse("31/12/1984").unwrap());
    }

    #[test]
    fn masked_and_debug_hide_the_date() {
        let date = BirthDate::parse("14/02/1985").unwrap();
        assert_eq!(date.masked(), "**/**/1985");
        assert_eq!(format!("{date:?}"), "BirthDate(****-**-**)");
    }

    #[test]
    fn serde_uses_the_schac_form() {
        let date = BirthDate::parse("14/02/1985").unwrap();
        let json = serde_json::to_string(&date).unwrap();
        assert_eq!(json, "\"19850214\"");
        assert_eq!(serde_json::from_str::<BirthDate>(&json).unwrap(), date);
        assert!(serde_json::from_str::<BirthDate>("\"31/02/1985\"").is_err());
    }
}
