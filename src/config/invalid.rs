//! A configuration value and what is wrong with it: the error every
//! section's validation returns (a leaf: the sections of other modules use
//! it without depending on the configuration as a whole).

/// A key and what is wrong with it, before the file name is known.
#[derive(Debug)]
pub struct Invalid {
    /// Dotted key.
    pub key: String,
    /// What is wrong.
    pub reason: String,
}

impl Invalid {
    /// Shorthand for a validation failure.
    pub fn new(key: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            reason: reason.into(),
        }
    }
}
