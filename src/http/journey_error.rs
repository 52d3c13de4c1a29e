//! The one mapping of [`JourneyError`] to an HTTP status, a stable code and
//! translated messages, shared by the pages and the JSON API.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use super::App;
use crate::i18n::Arg;
use crate::journey::{JourneyError, Refusal};
use crate::pin::PinError;
use crate::policy::{Arg as PolicyArg, RuleDescription, Violation};

/// HTTP status for a journey error.
pub fn status(e: &JourneyError) -> StatusCode {
    use JourneyError as J;
    match e {
        J::FlowNotFound | J::RecoveryExpired => StatusCode::NOT_FOUND,
        J::AnswerWrong { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        J::AnswerExhausted => StatusCode::GONE,
        J::WrongStep
        | J::AlreadyActive
        | J::RequiredFieldsMissing(_)
        | J::AmkaMismatch
        | J::EarlierWriteApplied => StatusCode::CONFLICT,
        J::Fields(_) | J::NoMatch | J::Policy(_) | J::PolicyAndFields(..) => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        J::Pin(PinError::Wrong { .. }) => StatusCode::UNPROCESSABLE_ENTITY,
        J::Pin(PinError::Exhausted | PinError::Invalid) => StatusCode::GONE,
        J::Pin(PinError::Cooldown { .. } | PinError::TooManySends | PinError::Budget)
        | J::Limited(_) => StatusCode::TOO_MANY_REQUESTS,
        J::Pin(PinError::Full | PinError::Unavailable)
        | J::Busy
        | J::Unavailable(_)
        | J::SendFailed(_)
        | J::OutcomeUnknown => StatusCode::SERVICE_UNAVAILABLE,
        J::InvalidCredentials | J::NotSignedIn | J::ReauthRequired => StatusCode::UNAUTHORIZED,
        J::TooManyFailures => StatusCode::TOO_MANY_REQUESTS,
        J::PasswordRefused(_) => StatusCode::UNPROCESSABLE_ENTITY,
        J::MustChangePassword | J::NotOperator => StatusCode::FORBIDDEN,
        J::NoSuchAccount => StatusCode::NOT_FOUND,
        J::Refused(_) => StatusCode::CONFLICT,
        J::NotOffered => StatusCode::NOT_FOUND,
        J::LinkInvalid => StatusCode::GONE,
        J::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The translated headline message.
pub fn message(app: &App, lang: &str, e: &JourneyError) -> String {
    let args: Vec<(&str, Arg)> = match e {
        JourneyError::Pin(PinError::Wrong { attempts_left })
        | JourneyError::AnswerWrong { attempts_left } => {
            vec![("left", Arg::Num(i64::from(*attempts_left)))]
        }
        JourneyError::Pin(PinError::Cooldown { retry_after })
        | JourneyError::Limited(retry_after) => {
            vec![("seconds", Arg::Num(*retry_after as i64))]
        }
        _ => Vec::new(),
    };
    if let JourneyError::PasswordRefused(p) = e {
        return app.i18n.t(lang, &format!("ppolicy-{}", ppolicy_code(*p)));
    }
    app.i18n
        .t_args(lang, &format!("journey-{}", e.code()), &args)
}

/// The stable name of a ppolicy error, for messages and the API.
pub fn ppolicy_code(p: crate::directory::PolicyError) -> &'static str {
    use crate::directory::PolicyError as P;
    match p {
        P::PasswordExpired => "password_expired",
        P::AccountLocked => "account_locked",
        P::ChangeAfterReset => "change_after_reset",
        P::PasswordModNotAllowed => "password_mod_not_allowed",
        P::MustSupplyOldPassword => "must_supply_old_password",
        P::InsufficientPasswordQuality => "insufficient_password_quality",
        P::PasswordTooShort => "password_too_short",
        P::PasswordTooYoung => "password_too_young",
        P::PasswordInHistory => "password_in_history",
        P::PasswordTooLong => "password_too_long",
        P::Other(_) => "other",
    }
}

/// The translated message of a field error code.
pub fn field_message(app: &App, lang: &str, code: &str) -> String {
    let digits = app.pins.config().digits as i64;
    app.i18n.t_args(
        lang,
        &format!("field-{code}"),
        &[("digits", Arg::Num(digits))],
    )
}

fn args(a: &[(&'static str, PolicyArg)]) -> Vec<(&'static str, Arg)> {
    a.iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    PolicyArg::Number(n) => Arg::Num(*n),
                    PolicyArg::Text(s) => Arg::Str(s.clone()),
                },
            )
        })
        .collect()
}

/// What the person must do about one broken rule.
pub fn violation_message(app: &App, lang: &str, v: &Violation) -> String {
    match v.custom_message(lang) {
        Some(m) => m.to_string(),
        None => app.i18n.t_args(lang, &v.fluent_id(), &args(&v.args)),
    }
}

/// One rule of the policy as the new-password field lists it: its code (for
/// the live check), its sentence, and, after a refused submission, whether
/// the password met it (`met` / `unmet`; empty before any check).
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    /// The rule's code, the same as a violation's.
    pub code: &'static str,
    /// The rule, in the page's language.
    pub text: String,
    /// `met`, `unmet` or empty.
    pub state: &'static str,
}

/// The policy's rules for a new-password field, each marked after a policy
/// refusal, and the refusals no listed rule covers (e.g. "used recently"),
/// which are shown apart.
pub fn password_rules(
    app: &App,
    lang: &str,
    e: Option<&JourneyError>,
) -> (Vec<RuleView>, Vec<String>) {
    let broken: &[Violation] = match e {
        Some(JourneyError::Policy(vs) | JourneyError::PolicyAndFields(vs, _)) => vs,
        _ => &[],
    };
    let checked = !broken.is_empty()
        || matches!(
            e,
            Some(JourneyError::Policy(_) | JourneyError::PolicyAndFields(..))
        );
    let described = app.policy.describe();
    let rules = described
        .iter()
        .map(|r| {
            let text = rule_message(app, lang, r);
            // Custom (regex) rules share a code: told apart by their text.
            let unmet = broken.iter().any(|v| {
                v.code == r.code && (r.custom.is_none() || violation_message(app, lang, v) == text)
            });
            let state = match (checked, unmet) {
                (false, _) => "",
                (true, true) => "unmet",
                (true, false) => "met",
            };
            RuleView {
                code: r.code,
                text,
                state,
            }
        })
        .collect();
    let others = broken
        .iter()
        .filter(|v| !described.iter().any(|r| r.code == v.code))
        .map(|v| violation_message(app, lang, v))
        .collect();
    (rules, others)
}

/// The sentence describing one active rule.
pub fn rule_message(app: &App, lang: &str, r: &RuleDescription) -> String {
    match r.custom_message(lang) {
        Some(m) => m.to_string(),
        None => app.i18n.t_args(lang, &r.fluent_id(), &args(&r.args)),
    }
}

/// The JSON body of every API error: `{"error": {"code", "message", ...}}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// One error: a stable code, a translated message, and details for some codes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code; clients should expect new ones in later versions.
    #[schema(value_type = ErrorCode)]
    pub code: &'static str,
    /// Translated, for people, in the request's language.
    pub message: String,
    /// With `invalid_input`: what is wrong with which field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldError>>,
    /// With `password_policy`: the rules broken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub violations: Option<Vec<ViolationBody>>,
    /// With `required_fields_missing`: the fields the record lacks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Vec<&'static str>>,
    /// With `pin_wrong` or `answer_wrong`: attempts before the PIN or the
    /// question is void.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
    /// With `password_refused`: why the directory refused the password.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<PpolicyCode>)]
    pub ppolicy: Option<&'static str>,
}

impl ErrorBody {
    /// An error with only a code and a message.
    pub fn new(code: &'static str, message: String) -> Self {
        Self {
            error: ErrorDetail {
                code,
                message,
                fields: None,
                violations: None,
                missing: None,
                attempts_left: None,
                ppolicy: None,
            },
        }
    }
}

/// What is wrong with one input field.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldError {
    /// The field's name in the request body.
    pub field: &'static str,
    /// Stable code, e.g. `required` or `invalid_email`.
    pub code: &'static str,
    /// Translated.
    pub message: String,
}

/// A broken password rule.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = Violation)]
pub struct ViolationBody {
    /// Stable rule code, e.g. `too_short`.
    pub code: &'static str,
    /// What to do about it, translated.
    pub message: String,
}

impl ViolationBody {
    /// A violation in `lang`.
    pub fn new(app: &App, lang: &str, v: &Violation) -> Self {
        Self {
            code: v.code,
            message: violation_message(app, lang, v),
        }
    }
}

/// Every stable `error.code` the API answers with, the journeys' and the
/// HTTP layer's ([`super::AppError::code`]), except the operator refusals
/// ([`Refusal::ALL`]): [`error_codes`] has both. A unit test keeps it
/// complete.
const ERROR_CODES: &[&str] = &[
    "flow_not_found",
    "wrong_step",
    "invalid_input",
    "no_match",
    "pin_wrong",
    "pin_exhausted",
    "pin_invalid",
    "resend_cooldown",
    "resend_limit",
    "pin_budget",
    "busy",
    "already_active",
    "required_fields_missing",
    "amka_check_failed",
    "password_policy",
    "too_many_requests",
    "unavailable",
    "invalid_credentials",
    "too_many_failures",
    "password_refused",
    "not_signed_in",
    "must_change_password",
    "reauth_required",
    "not_offered",
    "link_invalid",
    "answer_wrong",
    "answer_exhausted",
    "recovery_expired",
    "outcome_unknown",
    "earlier_write_applied",
    "send_failed",
    "not_operator",
    "no_such_account",
    "internal",
    "not_found",
    "method_not_allowed",
    "bad_request",
    "payload_too_large",
    "unsupported_media_type",
    "csrf",
    "timeout",
];

/// Every stable `error.code`: [`ERROR_CODES`] and the refusals.
pub fn error_codes() -> Vec<&'static str> {
    let mut all = ERROR_CODES.to_vec();
    all.extend(Refusal::ALL.iter().map(|r| r.code()));
    all
}

/// The codes slapd's password policy refusals are reported with.
pub const PPOLICY_CODES: &[&str] = &[
    "password_expired",
    "account_locked",
    "change_after_reset",
    "password_mod_not_allowed",
    "must_supply_old_password",
    "insufficient_password_quality",
    "password_too_short",
    "password_too_young",
    "password_in_history",
    "password_too_long",
    "other",
];

/// A string schema limited to `values`.
pub(super) fn string_enum(values: &[&str], description: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.iter().copied()))
        .description(Some(description))
        .into()
}

/// The schema of `error.code`: [`error_codes`].
pub struct ErrorCode;

impl PartialSchema for ErrorCode {
    fn schema() -> RefOr<Schema> {
        string_enum(
            &error_codes(),
            "Stable error code; clients should expect new ones in later versions.",
        )
    }
}

impl ToSchema for ErrorCode {}

/// The schema of `error.ppolicy`: [`PPOLICY_CODES`].
pub struct PpolicyCode;

impl PartialSchema for PpolicyCode {
    fn schema() -> RefOr<Schema> {
        string_enum(
            PPOLICY_CODES,
            "Why slapd's password policy refused the password.",
        )
    }
}

impl ToSchema for PpolicyCode {}

/// The body `{"error": {"code", "message", ...details}}` of a journey error.
pub fn json_body(app: &App, lang: &str, e: &JourneyError) -> ErrorBody {
    let mut body = ErrorBody::new(e.code(), message(app, lang, e));
    let err = &mut body.error;
    let fields = |fields: &[(&'static str, &'static str)]| {
        let list = fields.iter().map(|(f, c)| FieldError {
            field: f,
            code: c,
            message: field_message(app, lang, c),
        });
        Some(list.collect())
    };
    let violations = |vs: &[Violation]| {
        Some(
            vs.iter()
                .map(|v| ViolationBody::new(app, lang, v))
                .collect(),
        )
    };
    match e {
        JourneyError::Fields(f) => err.fields = fields(f),
        JourneyError::Policy(vs) => err.violations = violations(vs),
        JourneyError::PolicyAndFields(vs, f) => {
            err.violations = violations(vs);
            err.fields = fields(f);
        }
        JourneyError::RequiredFieldsMissing(m) => err.missing = Some(m.clone()),
        JourneyError::PasswordRefused(p) => err.ppolicy = Some(ppolicy_code(*p)),
        JourneyError::Pin(PinError::Wrong { attempts_left })
        | JourneyError::AnswerWrong { attempts_left } => err.attempts_left = Some(*attempts_left),
        _ => {}
    }
    body
}

fn retry_after(e: &JourneyError) -> Option<u64> {
    match e {
        JourneyError::Pin(PinError::Cooldown { retry_after })
        | JourneyError::Limited(retry_after) => Some(*retry_after),
        // Every 429 and 503 says when to come back.
        JourneyError::Pin(PinError::Budget | PinError::TooManySends)
        | JourneyError::TooManyFailures => Some(3600),
        JourneyError::Pin(PinError::Full | PinError::Unavailable)
        | JourneyError::Busy
        | JourneyError::Unavailable(_)
        | JourneyError::SendFailed(_)
        | JourneyError::OutcomeUnknown => Some(30),
        _ => None,
    }
}

/// Logs once and answers the API.
pub fn api_response(app: &App, lang: &str, e: &JourneyError) -> Response {
    note(e);
    let mut r = (status(e), Json(json_body(app, lang, e))).into_response();
    add_retry_after(&mut r, e);
    r
}

/// Adds `Retry-After` when the error has one.
pub fn add_retry_after(r: &mut Response, e: &JourneyError) {
    if let Some(s) = retry_after(e)
        && let Ok(v) = HeaderValue::from_str(&s.to_string())
    {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
}

tokio::task_local! {
    /// The journey failure of the request being served, logged once by
    /// [`log_failures`] when the response is ready.
    static FAILURE: std::cell::RefCell<Option<Failure>>;
}

/// What is logged of a refused or failed journey step (never a secret).
struct Failure {
    code: &'static str,
    kind: FailureKind,
}

enum FailureKind {
    Internal(String),
    Unavailable(&'static str),
    Refused,
}

/// Notes the journey error a response answers; the request's middleware
/// ([`log_failures`]) logs it once, in the request's span. Outside a
/// request it is logged at once.
pub fn note(e: &JourneyError) {
    let f = Failure {
        code: e.code(),
        kind: match e {
            JourneyError::Internal(d) => FailureKind::Internal(d.clone()),
            JourneyError::Unavailable(what) => FailureKind::Unavailable(what),
            _ => FailureKind::Refused,
        },
    };
    let mut f = Some(f);
    if FAILURE
        .try_with(|slot| *slot.borrow_mut() = f.take())
        .is_err()
        && let Some(f) = &f
    {
        emit(f);
    }
}

fn emit(f: &Failure) {
    match &f.kind {
        FailureKind::Internal(d) => tracing::error!(code = f.code, detail = %d, "journey failed"),
        FailureKind::Unavailable(what) => {
            tracing::warn!(code = f.code, %what, "dependency unavailable")
        }
        FailureKind::Refused => tracing::info!(code = f.code, "journey step refused"),
    }
}

/// The one place journey errors are logged: after the handler answered,
/// the failure it noted (the last one) is written once.
pub async fn log_failures(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    FAILURE
        .scope(std::cell::RefCell::new(None), async move {
            let r = next.run(req).await;
            if let Ok(Some(f)) = FAILURE.try_with(|slot| slot.borrow_mut().take()) {
                emit(&f);
            }
            r
        })
        .await
}

/// What a form page shows for a refused step: an alert (unless the error is
/// only about fields), the messages next to their fields, and the broken
/// password rules.
pub fn form_errors(
    app: &App,
    lang: &str,
    e: Option<&JourneyError>,
) -> (
    Option<String>,
    std::collections::BTreeMap<&'static str, String>,
    Vec<String>,
) {
    if let Some(e) = e {
        note(e);
    }
    match e {
        Some(JourneyError::Fields(f)) => (
            None,
            f.iter()
                .map(|(k, c)| (*k, field_message(app, lang, c)))
                .collect(),
            Vec::new(),
        ),
        Some(e @ JourneyError::PolicyAndFields(vs, f)) => (
            Some(message(app, lang, e)),
            f.iter()
                .map(|(k, c)| (*k, field_message(app, lang, c)))
                .collect(),
            vs.iter().map(|v| violation_message(app, lang, v)).collect(),
        ),
        Some(e) => {
            let violations = match e {
                JourneyError::Policy(vs) => {
                    vs.iter().map(|v| violation_message(app, lang, v)).collect()
                }
                _ => Vec::new(),
            };
            (Some(message(app, lang, e)), Default::default(), violations)
        }
        None => (None, Default::default(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::{PPOLICY_CODES, error_codes, ppolicy_code};
    use crate::directory::PolicyError as P;
    use crate::http::AppError as A;
    use crate::journey::JourneyError as J;
    use crate::pin::PinError;

    /// One of each error; the match below has no wildcard, so a new variant
    /// does not compile until it is added here (and so to the document).
    fn journey_samples() -> Vec<J> {
        let all = vec![
            J::FlowNotFound,
            J::WrongStep,
            J::Fields(Vec::new()),
            J::NoMatch,
            J::Pin(PinError::Invalid),
            J::Pin(PinError::Wrong { attempts_left: 1 }),
            J::Pin(PinError::Exhausted),
            J::Pin(PinError::Cooldown { retry_after: 1 }),
            J::Pin(PinError::TooManySends),
            J::Pin(PinError::Full),
            J::Pin(PinError::Budget),
            J::Pin(PinError::Unavailable),
            J::AlreadyActive,
            J::RequiredFieldsMissing(Vec::new()),
            J::AmkaMismatch,
            J::Policy(Vec::new()),
            J::Limited(1),
            J::Busy,
            J::Unavailable("x"),
            J::InvalidCredentials,
            J::TooManyFailures,
            J::PasswordRefused(P::PasswordTooShort),
            J::NotSignedIn,
            J::MustChangePassword,
            J::ReauthRequired,
            J::LinkInvalid,
            J::NotOffered,
            J::AnswerWrong { attempts_left: 1 },
            J::AnswerExhausted,
            J::RecoveryExpired,
            J::OutcomeUnknown,
            J::SendFailed(crate::notify::Channel::Sms),
            J::EarlierWriteApplied,
            J::PolicyAndFields(Vec::new(), Vec::new()),
            J::NotOperator,
            J::NoSuchAccount,
            J::Internal(String::new()),
        ];
        let mut all = all;
        all.extend(crate::journey::Refusal::ALL.iter().map(|r| J::Refused(*r)));
        for e in &all {
            match e {
                J::FlowNotFound
                | J::WrongStep
                | J::Fields(_)
                | J::NoMatch
                | J::Pin(
                    PinError::Invalid
                    | PinError::Wrong { .. }
                    | PinError::Exhausted
                    | PinError::Cooldown { .. }
                    | PinError::TooManySends
                    | PinError::Full
                    | PinError::Budget
                    | PinError::Unavailable,
                )
                | J::AlreadyActive
                | J::RequiredFieldsMissing(_)
                | J::AmkaMismatch
                | J::Policy(_)
                | J::Limited(_)
                | J::Busy
                | J::Unavailable(_)
                | J::InvalidCredentials
                | J::TooManyFailures
                | J::PasswordRefused(_)
                | J::NotSignedIn
                | J::MustChangePassword
                | J::ReauthRequired
                | J::LinkInvalid
                | J::NotOffered
                | J::AnswerWrong { .. }
                | J::AnswerExhausted
                | J::RecoveryExpired
                | J::OutcomeUnknown
                | J::SendFailed(_)
                | J::EarlierWriteApplied
                | J::PolicyAndFields(..)
                | J::NotOperator
                | J::NoSuchAccount
                | J::Refused(_)
                | J::Internal(_) => {}
            }
        }
        all
    }

    fn app_samples() -> Vec<A> {
        let all = vec![
            A::NotFound,
            A::MethodNotAllowed,
            A::BadRequest,
            A::PayloadTooLarge,
            A::TooManyRequests { retry_after: 1 },
            A::UnsupportedMediaType,
            A::Csrf,
            A::Timeout,
            A::Unavailable(String::new()),
            A::Internal(String::new()),
        ];
        for e in &all {
            match e {
                A::NotFound
                | A::MethodNotAllowed
                | A::BadRequest
                | A::PayloadTooLarge
                | A::TooManyRequests { .. }
                | A::UnsupportedMediaType
                | A::Csrf
                | A::Timeout
                | A::Unavailable(_)
                | A::Internal(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_error_code_is_in_the_documented_enum_and_nothing_else() {
        let mut used: Vec<&str> = journey_samples().iter().map(|e| e.code()).collect();
        used.extend(app_samples().iter().map(|e| e.code()));
        let documented = error_codes();
        for c in &used {
            assert!(documented.contains(c), "`{c}` is missing from ERROR_CODES");
        }
        for c in &documented {
            assert!(
                used.contains(c),
                "ERROR_CODES lists `{c}`, which nothing answers"
            );
        }
    }

    #[test]
    fn every_journey_error_has_a_message() {
        let offered: Vec<String> = crate::i18n::SUPPORTED
            .iter()
            .map(|l| l.to_string())
            .collect();
        let i18n = crate::i18n::I18n::new(&offered, "en").unwrap();
        for e in journey_samples() {
            // A password slapd refused is told by its `ppolicy-` message.
            if matches!(e, J::PasswordRefused(_)) {
                continue;
            }
            let id = format!("journey-{}", e.code());
            assert!(i18n.has(&id), "no message {id}");
        }
    }

    #[test]
    fn every_ppolicy_code_is_documented() {
        let all = [
            P::PasswordExpired,
            P::AccountLocked,
            P::ChangeAfterReset,
            P::PasswordModNotAllowed,
            P::MustSupplyOldPassword,
            P::InsufficientPasswordQuality,
            P::PasswordTooShort,
            P::PasswordTooYoung,
            P::PasswordInHistory,
            P::PasswordTooLong,
            P::Other(0),
        ];
        for p in all {
            assert!(PPOLICY_CODES.contains(&ppolicy_code(p)));
        }
    }
}
