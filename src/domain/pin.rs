//! A one-time PIN as the person typed it back. Generation, hashing and comparison
//! live in the `pin` module; this type only guarantees the shape.

/// A string of exactly the configured number of ASCII digits. No `Clone`,
/// `Display` or serde on purpose: a typed PIN is compared once against its stored
/// hash and dropped, never copied, shown or stored.
#[derive(PartialEq, Eq)]
pub struct Pin(String);

/// Why a typed PIN was refused before it was compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinFormatError {
    /// Nothing but white space was given.
    #[error("PIN is empty")]
    Empty,
    /// Digits only, but not as many as a PIN has.
    #[error("PIN has the wrong number of digits")]
    Length,
    /// Something other than digits and spaces.
    #[error("PIN must contain only digits")]
    NotDigits,
}

impl PinFormatError {
    /// Stable code for the HTTP layer.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "pin_empty",
            Self::Length => "pin_length",
            Self::NotDigits => "pin_not_digits",
        }
    }
}

impl Pin {
    /// Parses a typed PIN of `digits` digits. All white space is dropped, inner
    /// too, because SMS apps and mail clients show codes grouped (`123 456`) and
    /// people copy them that way. A malformed PIN is refused here, before the
    /// comparison, so whether it counts as a wrong try is the journey's decision.
    pub fn parse(input: &str, digits: usize) -> Result<Self, PinFormatError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(PinFormatError::Empty);
        }
        if !compact.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PinFormatError::NotDigits);
        }
        if compact.len() != digits {
            return Err(PinFormatError::Length);
        }
        Ok(Self(compact))
    }

    /// The digits, for hashing and constant-time comparison.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_pins_typed_with_spaces() {
        let cases = [
            ("123456", 6, "123456"),
            (" 123456 ", 6, "123456"),
            ("123 456", 6, "123456"),
            ("12 34 56", 6, "123456"),
            ("\t123456\n", 6, "123456"),
            ("012345", 6, "012345"),
            ("1234", 4, "1234"),
            ("12345678", 8, "12345678"),
        ];
        for (input, digits, want) in cases {
            assert_eq!(
                Pin::parse(input, digits).unwrap().as_str(),
                want,
                "{input:?}"
            );
        }
    }

    #[test]
    fn refuses_pins_of_the_wrong_shape() {
        let cases = [
            ("", 6, PinFormatError::Empty),
            ("   ", 6, PinFormatError::Empty),
            ("12345", 6, PinFormatError::Length),
            ("1234567", 6, PinFormatError::Length),
            ("123456", 4, PinFormatError::Length),
            ("12345a", 6, PinFormatError::NotDigits),
            ("123-456", 6, PinFormatError::NotDigits),
            ("+12345", 6, PinFormatError::NotDigits),
            ("١٢٣٤٥٦", 6, PinFormatError::NotDigits),
            ("１２３４５６", 6, PinFormatError::NotDigits),
        ];
        for (input, digits, want) in cases {
            assert_eq!(Pin::parse(input, digits), Err(want), "{input:?}");
        }
    }

    #[test]
    fn debug_never_shows_the_digits() {
        let pin = Pin::parse("123456", 6).unwrap();
        assert_eq!(format!("{pin:?}"), "Pin(***)");
        assert_eq!(format!("{:?}", Some(&pin)), "Some(Pin(***))");
    }
}
