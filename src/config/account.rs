//! `[account]` (sign-in, sessions, the signed-in pages) and `[recovery]`
//! (forgotten password and username).

use serde::Deserialize;

use super::Invalid;

/// Where recovery messages and notices may go: a kind of address on file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddressSource {
    /// Recovery contacts the person verified through kleidi (a PIN came back).
    Verified,
    /// The personal email and mobile the registrar recorded
    /// (`directory.attributes.registrar_email` and `mobile`).
    Registrar,
    /// The institutional mailbox (`directory.attributes.mail`); for notices
    /// only, since a link sent there cannot help someone locked out of it.
    Institutional,
}

/// The `[account]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccountConfig {
    /// Minutes without a request before a session ends.
    pub session_idle_minutes: u64,
    /// Hours after sign-in when a session ends regardless.
    pub session_max_hours: u64,
    /// Consecutive failed sign-ins on one account (per hour) before kleidi
    /// stops trying its password; at most 100 (NIST SP 800-63B). Password
    /// recovery stays open, so the real owner always has a way out.
    pub max_failed_logins: u32,
    /// Minutes a password re-entry counts as recent (for changing contacts).
    pub reauth_minutes: u64,
    /// Let people register a security question (UPHF); off by default
    /// because ASVS 5.0 and NIST reject knowledge-based recovery.
    pub security_question: bool,
    /// Which addresses hear that the password was changed or reset, or that
    /// a recovery contact changed (no secret is ever in such a notice).
    pub notices_to: Vec<AddressSource>,
}

impl Default for AccountConfig {
    fn default() -> Self {
        Self {
            session_idle_minutes: 15,
            session_max_hours: 8,
            max_failed_logins: 20,
            reauth_minutes: 5,
            security_question: false,
            notices_to: vec![
                AddressSource::Verified,
                AddressSource::Registrar,
                AddressSource::Institutional,
            ],
        }
    }
}

impl AccountConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        if !(1..=120).contains(&self.session_idle_minutes) {
            return Err(Invalid::new(
                "account.session_idle_minutes",
                "must be 1 to 120",
            ));
        }
        if !(1..=24).contains(&self.session_max_hours) {
            return Err(Invalid::new("account.session_max_hours", "must be 1 to 24"));
        }
        if !(1..=100).contains(&self.max_failed_logins) {
            return Err(Invalid::new(
                "account.max_failed_logins",
                "must be 1 to 100 (NIST SP 800-63B allows no more than 100)",
            ));
        }
        Ok(())
    }
}

/// How a person says who they are when they forgot their password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryIdentify {
    /// The username (IHU, Milano-Bicocca).
    Username,
    /// The username and the registered contact the message goes to (Ionian).
    UsernameAndContact,
    /// A personal number and the birth date (UPHF).
    PersonalNumber,
}

/// The `[recovery]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecoveryConfig {
    /// Offer password recovery.
    pub enabled: bool,
    /// How people identify themselves.
    pub identify: RecoveryIdentify,
    /// Offer the email link.
    pub email: bool,
    /// Offer the SMS code.
    pub sms: bool,
    /// Minutes a reset link stays valid.
    pub link_ttl_minutes: u64,
    /// Attributes a personal number is compared with (for `personal_number`).
    pub personal_number_attributes: Vec<String>,
    /// Security-question answers allowed per recovery before it is void.
    pub question_attempts: u32,
    /// The new password form has an "I accept the rules" box that must be
    /// ticked (UPHF).
    pub require_accept_rules: bool,
    /// Where the rules of `require_accept_rules` can be read (linked beside the box).
    pub rules_url: Option<String>,
    /// Offer username recovery ("forgot username").
    pub username_recovery: bool,
    /// Where a reset link, SMS code or username goes, in order of preference:
    /// the first kind of address the account (or, for an impersonal account,
    /// its owner) has on file is used. `verified` and/or `registrar`.
    pub send_to: Vec<AddressSource>,
}

impl Default for RecoveryConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            identify: RecoveryIdentify::Username,
            email: true,
            sms: true,
            link_ttl_minutes: 60,
            // Values people can type: SCHAC's personalUniqueCode is a URN.
            personal_number_attributes: vec![
                "supannEtuId".into(),
                "supannEmpId".into(),
                "employeeNumber".into(),
            ],
            question_attempts: 3,
            require_accept_rules: false,
            rules_url: None,
            username_recovery: true,
            send_to: vec![AddressSource::Verified],
        }
    }
}

impl RecoveryConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        if self.enabled && !self.email && !self.sms {
            return Err(Invalid::new(
                "recovery.email",
                "at least one of recovery.email and recovery.sms must be true",
            ));
        }
        if !(5..=1440).contains(&self.link_ttl_minutes) {
            return Err(Invalid::new(
                "recovery.link_ttl_minutes",
                "must be 5 to 1440",
            ));
        }
        if !(1..=10).contains(&self.question_attempts) {
            return Err(Invalid::new(
                "recovery.question_attempts",
                "must be 1 to 10",
            ));
        }
        if self.send_to.is_empty() {
            return Err(Invalid::new(
                "recovery.send_to",
                "must name at least one of \"verified\", \"registrar\"",
            ));
        }
        if self.send_to.contains(&AddressSource::Institutional) {
            return Err(Invalid::new(
                "recovery.send_to",
                "\"institutional\" is for notices only: a person locked out of the account cannot read that mailbox",
            ));
        }
        if self.identify == RecoveryIdentify::PersonalNumber
            && self.personal_number_attributes.is_empty()
        {
            return Err(Invalid::new(
                "recovery.personal_number_attributes",
                "required when identify = \"personal_number\"",
            ));
        }
        Ok(())
    }
}
