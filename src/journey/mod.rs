//! The business steps of each journey. Handlers parse and render; journeys
//! decide; the directory, the notifier and the stores do the I/O. Nothing
//! here knows about HTTP.

pub mod account;
pub mod activation;
mod addresses;
pub mod binding;
mod detached;
pub mod expiry;
pub mod helpdesk;
pub mod notices;
pub(crate) mod password_set;
pub(crate) use detached::detached;
pub(crate) mod pending;
pub mod recovery;
pub(crate) mod send;
pub mod session;

pub use send::{Outgoing, send_in_background};

use crate::directory::DirError;
use crate::pin::PinError;

/// A journey step that did not go through. Each variant has a stable code;
/// the HTTP layer maps it once to a status and a translated message.
#[derive(Debug, Clone, thiserror::Error)]
pub enum JourneyError {
    /// No such journey (wrong id, expired, or finished).
    #[error("journey not found")]
    FlowNotFound,
    /// The journey is at another step.
    #[error("wrong step")]
    WrongStep,
    /// Input that does not parse, by field, with the domain error code.
    #[error("invalid fields: {0:?}")]
    Fields(Vec<(&'static str, &'static str)>),
    /// Nobody matched (only when the operator chose to say so).
    #[error("no match")]
    NoMatch,
    /// A PIN problem.
    #[error("pin: {0}")]
    Pin(PinError),
    /// This account was activated before.
    #[error("already active")]
    AlreadyActive,
    /// The registrar's record lacks these fields.
    #[error("required fields missing: {0:?}")]
    RequiredFieldsMissing(Vec<&'static str>),
    /// The national ID does not fit the birth date on record.
    #[error("AMKA check failed")]
    AmkaMismatch,
    /// The password breaks the policy.
    #[error("password policy")]
    Policy(Vec<crate::policy::Violation>),
    /// The password breaks the policy and other fields are wrong too (all
    /// told at once, so that one submission shows every problem).
    #[error("password policy and fields")]
    PolicyAndFields(Vec<crate::policy::Violation>, FieldErrors),
    /// Too many attempts; retry after this many seconds.
    #[error("rate limited")]
    Limited(u64),
    /// Too many journeys in memory.
    #[error("busy")]
    Busy,
    /// A dependency is down; nothing was changed.
    #[error("{0} unavailable")]
    Unavailable(&'static str),
    /// Wrong username or password (the same answer for both).
    #[error("invalid credentials")]
    InvalidCredentials,
    /// Too many failed sign-ins on this account for now.
    #[error("too many failures")]
    TooManyFailures,
    /// slapd's password policy refused the new password.
    #[error("refused by the directory: {0}")]
    PasswordRefused(crate::directory::PolicyError),
    /// No valid session.
    #[error("not signed in")]
    NotSignedIn,
    /// The password must be changed before anything else.
    #[error("password must be changed")]
    MustChangePassword,
    /// The password must be entered again.
    #[error("re-authentication required")]
    ReauthRequired,
    /// A reset link that expired, was used, or was replaced.
    #[error("link invalid")]
    LinkInvalid,
    /// The institution does not offer this.
    #[error("not offered")]
    NotOffered,
    /// A wrong security answer; this many tries are left.
    #[error("wrong answer")]
    AnswerWrong {
        /// Tries left before recovery by question is closed for a day.
        attempts_left: u32,
    },
    /// Too many wrong security answers.
    #[error("too many wrong answers")]
    AnswerExhausted,
    /// No such recovery (wrong id, expired, or finished).
    #[error("recovery not found")]
    RecoveryExpired,
    /// A write reached the directory but its answer did not come back, and
    /// the directory could not be asked since: it may or may not be done.
    #[error("outcome unknown")]
    OutcomeUnknown,
    /// A code could not be sent (the mail or SMS service failed); nothing
    /// was spent, and it may be asked for again at once.
    #[error("not sent by {0}")]
    SendFailed(crate::notify::Channel),
    /// An earlier attempt whose outcome was unknown turns out to have set
    /// the password: the person must use the one chosen then.
    #[error("an earlier write was applied")]
    EarlierWriteApplied,
    /// Signed in, but not a member of an operator group.
    #[error("not an operator")]
    NotOperator,
    /// No account has this username (said to operators only).
    #[error("no such account")]
    NoSuchAccount,
    /// An operator action that does not apply to this account now.
    #[error("refused: {}", .0.code())]
    Refused(Refusal),
    /// Something unexpected (logged, never shown).
    #[error("internal: {0}")]
    Internal(String),
}

impl JourneyError {
    /// The stable code of the API's `{"error": {"code"}}`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::FlowNotFound => "flow_not_found",
            Self::WrongStep => "wrong_step",
            Self::Fields(_) => "invalid_input",
            Self::NoMatch => "no_match",
            Self::Pin(PinError::Wrong { .. }) => "pin_wrong",
            Self::Pin(PinError::Exhausted) => "pin_exhausted",
            Self::Pin(PinError::Invalid) => "pin_invalid",
            Self::Pin(PinError::Cooldown { .. }) => "resend_cooldown",
            Self::Pin(PinError::TooManySends) => "resend_limit",
            Self::Pin(PinError::Full) | Self::Busy => "busy",
            Self::Pin(PinError::Budget) => "pin_budget",
            Self::Pin(PinError::Unavailable) => "unavailable",
            Self::AlreadyActive => "already_active",
            Self::RequiredFieldsMissing(_) => "required_fields_missing",
            Self::AmkaMismatch => "amka_check_failed",
            Self::Policy(_) | Self::PolicyAndFields(..) => "password_policy",
            Self::Limited(_) => "too_many_requests",
            Self::Unavailable(_) => "unavailable",
            Self::InvalidCredentials => "invalid_credentials",
            Self::TooManyFailures => "too_many_failures",
            Self::PasswordRefused(_) => "password_refused",
            Self::NotSignedIn => "not_signed_in",
            Self::MustChangePassword => "must_change_password",
            Self::ReauthRequired => "reauth_required",
            Self::NotOffered => "not_offered",
            Self::LinkInvalid => "link_invalid",
            Self::AnswerWrong { .. } => "answer_wrong",
            Self::AnswerExhausted => "answer_exhausted",
            Self::RecoveryExpired => "recovery_expired",
            Self::OutcomeUnknown => "outcome_unknown",
            Self::EarlierWriteApplied => "earlier_write_applied",
            Self::SendFailed(_) => "send_failed",
            Self::NotOperator => "not_operator",
            Self::NoSuchAccount => "no_such_account",
            Self::Refused(reason) => reason.code(),
            Self::Internal(_) => "internal",
        }
    }
}

/// A reset's outcome where only success matters to the person: the password
/// is set either way; a flag that could not be written is logged for the
/// operators (the next sign-in then asks for a change, nothing worse).
pub(crate) fn flag_outcome(dn: &str, o: crate::directory::ResetOutcome) {
    if let crate::directory::ResetOutcome::FlagPending(e) = o {
        tracing::error!(
            target: "audit",
            subject = dn,
            error = %e,
            "password set, but pwdReset could not be written"
        );
    }
}

/// Field errors collected while parsing a form: (field, code).
pub(crate) type FieldErrors = Vec<(&'static str, &'static str)>;

/// The trimmed value of an optional input, `None` when absent or blank.
pub(crate) fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Parses one input field; a missing required field or a parse error is
/// recorded in `errs` under `name`, so a form reports all its fields at once.
pub(crate) fn parse_field<T>(
    errs: &mut FieldErrors,
    name: &'static str,
    value: &Option<String>,
    required: bool,
    parse: impl FnOnce(&str) -> Result<T, &'static str>,
) -> Option<T> {
    match nonempty(value) {
        Some(v) => parse(v).map_err(|code| errs.push((name, code))).ok(),
        None => {
            if required {
                errs.push((name, "required"));
            }
            None
        }
    }
}

impl From<DirError> for JourneyError {
    fn from(e: DirError) -> Self {
        if e.is_unavailable() {
            Self::Unavailable("directory")
        } else {
            Self::Internal(e.to_string())
        }
    }
}

impl From<crate::limits::LimitError> for JourneyError {
    fn from(l: crate::limits::LimitError) -> Self {
        match l {
            crate::limits::LimitError::Limited(s) => Self::Limited(s),
            crate::limits::LimitError::Unavailable => Self::Unavailable("state store"),
        }
    }
}

impl From<crate::state::StateError> for JourneyError {
    fn from(e: crate::state::StateError) -> Self {
        use crate::state::StateError as S;
        match e {
            S::Unavailable(_) => Self::Unavailable("state store"),
            S::Full | S::Contended => Self::Busy,
            S::Corrupt(d) => Self::Internal(d),
        }
    }
}

/// Why an operator action does not apply to an account now
/// ([`JourneyError::Refused`]), each with its stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Another operator is acting on the account.
    AccountBusy,
    /// Operators do not act on their own account.
    OwnAccount,
    /// No password can be generated to the policy.
    PolicyUnsatisfiable,
    /// The lock is an administrator's, not the policy's.
    LockedByAdministrator,
    /// The account is not locked (any more).
    NotLocked,
    /// Reset links are switched off.
    ResetLinksOff,
    /// The account was never activated.
    NotActivated,
    /// The account has no email to send to.
    NoRegisteredEmail,
    /// The account's send budget is spent.
    SendLimit,
    /// The owner named does not exist.
    OwnerNotFound,
    /// An account cannot own itself.
    OwnerIsSelf,
    /// The owner named is itself an impersonal account.
    OwnerIsImpersonal,
    /// The entry's object classes do not allow an owner.
    OwnerNotAllowed,
}

impl Refusal {
    /// Every refusal.
    pub const ALL: [Refusal; 13] = [
        Self::AccountBusy,
        Self::OwnAccount,
        Self::PolicyUnsatisfiable,
        Self::LockedByAdministrator,
        Self::NotLocked,
        Self::ResetLinksOff,
        Self::NotActivated,
        Self::NoRegisteredEmail,
        Self::SendLimit,
        Self::OwnerNotFound,
        Self::OwnerIsSelf,
        Self::OwnerIsImpersonal,
        Self::OwnerNotAllowed,
    ];

    /// The stable `error.code`.
    pub fn code(self) -> &'static str {
        match self {
            Self::AccountBusy => "account_busy",
            Self::OwnAccount => "own_account",
            Self::PolicyUnsatisfiable => "policy_unsatisfiable",
            Self::LockedByAdministrator => "locked_by_administrator",
            Self::NotLocked => "not_locked",
            Self::ResetLinksOff => "reset_links_off",
            Self::NotActivated => "not_activated",
            Self::NoRegisteredEmail => "no_registered_email",
            Self::SendLimit => "send_limit",
            Self::OwnerNotFound => "owner_not_found",
            Self::OwnerIsSelf => "owner_is_self",
            Self::OwnerIsImpersonal => "owner_is_impersonal",
            Self::OwnerNotAllowed => "owner_not_allowed",
        }
    }
}
