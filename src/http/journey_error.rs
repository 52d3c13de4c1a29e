//! The one mapping of [`JourneyError`] to an HTTP status, a stable code and
//! translated messages, shared by the pages and the JSON API.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::App;
use crate::i18n::Arg;
use crate::journey::JourneyError;
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
        J::Fields(_) | J::NoMatch | J::Policy(_) => StatusCode::UNPROCESSABLE_ENTITY,
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
        J::MustChangePassword => StatusCode::FORBIDDEN,
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

/// The sentence describing one active rule.
pub fn rule_message(app: &App, lang: &str, r: &RuleDescription) -> String {
    match r.custom_message(lang) {
        Some(m) => m.to_string(),
        None => app.i18n.t_args(lang, &r.fluent_id(), &args(&r.args)),
    }
}

/// The JSON body `{"error": {"code", "message", ...details}}`.
pub fn json_body(app: &App, lang: &str, e: &JourneyError) -> Value {
    let mut err = json!({"code": e.code(), "message": message(app, lang, e)});
    match e {
        JourneyError::Fields(fields) => {
            err["fields"] = fields
                .iter()
                .map(
                    |(f, c)| json!({"field": f, "code": c, "message": field_message(app, lang, c)}),
                )
                .collect();
        }
        JourneyError::Policy(vs) => {
            err["violations"] = vs
                .iter()
                .map(|v| json!({"code": v.code, "message": violation_message(app, lang, v)}))
                .collect();
        }
        JourneyError::RequiredFieldsMissing(m) => err["missing"] = json!(m),
        JourneyError::PasswordRefused(p) => err["ppolicy"] = json!(ppolicy_code(*p)),
        JourneyError::Pin(PinError::Wrong { attempts_left })
        | JourneyError::AnswerWrong { attempts_left } => {
            err["attempts_left"] = json!(attempts_left)
        }
        _ => {}
    }
    json!({ "error": err })
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
    log(e);
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

/// Logs a journey error at the right level, without personal data.
pub fn log(e: &JourneyError) {
    match e {
        JourneyError::Internal(d) => {
            tracing::error!(code = e.code(), detail = %d, "journey failed")
        }
        JourneyError::Unavailable(what) => {
            tracing::warn!(code = e.code(), %what, "dependency unavailable")
        }
        _ => tracing::info!(code = e.code(), "journey step refused"),
    }
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
    match e {
        Some(JourneyError::Fields(f)) => (
            None,
            f.iter()
                .map(|(k, c)| (*k, field_message(app, lang, c)))
                .collect(),
            Vec::new(),
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
