//! `/api/v1/recovery…` and `/api/v1/username-recovery`: a forgotten password
//! (by PIN, security question or email link) or username, as JSON.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use crate::http::account::PasswordChanged;
use crate::http::activation::PinInput;
use crate::http::api_doc::{
    Conflict, FlowParam, Gone, NotFound, TooManyRequests, Unavailable, Unprocessable,
    next_check_messages, next_password, next_pin,
};
use crate::http::journey_error::api_response;
use crate::http::lang::Lang;
use crate::http::{AppState, ClientIp};
use crate::journey::recovery::{self, Proof, StartInput, UsernameInput};
use crate::notify::Channel;

/// The recovery operations, each in the document.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(start_recovery))
        .routes(routes!(recovery_status))
        .routes(routes!(recovery_resend))
        .routes(routes!(recovery_pin))
        .routes(routes!(recovery_answer))
        .routes(routes!(recovery_password))
        .routes(routes!(link_password))
        .routes(routes!(username_recovery))
}

/// Where a recovery goes next.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryNext {
    /// A reset link was sent by email (if anyone matched).
    CheckEmail,
    /// Enter the PIN sent by SMS.
    Pin,
    /// Answer the security question.
    Question,
}

/// A started recovery: the same answer whatever the input matched.
#[derive(Serialize, ToSchema)]
pub struct RecoveryStarted {
    /// The journey id; null for an email link.
    flow: Option<String>,
    /// What comes next.
    next: RecoveryNext,
    /// The security question, when `next` is `question`.
    question: Option<String>,
    /// With a `flow`: returned once; send it as the `Journey-Secret` header
    /// with every later step.
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    /// With `check_email`: `email` when the mail service is failing now, so
    /// the link may not come (try again in a few minutes); the same for
    /// every input.
    #[schema(value_type = Option<String>)]
    send_failure: Option<crate::notify::Channel>,
}

/// `POST /api/v1/recovery`: the same answer whatever the input matched.
#[utoipa::path(
    post,
    path = "/api/v1/recovery",
    tag = "recovery",
    operation_id = "startRecovery",
    summary = "Start a password recovery",
    description = "The answer is the same whatever the input matched: an email link (`check_email`), or a journey continuing with `pin` or `question`.",
    request_body = StartInput,
    responses(
        (status = 202, description = "Accepted.", body = RecoveryStarted),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn start_recovery(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<StartInput>,
) -> Response {
    match recovery::start(&app, i, &lang, ip).await {
        Ok(s) => {
            let next = match s.next {
                "pin" => RecoveryNext::Pin,
                "question" => RecoveryNext::Question,
                _ => RecoveryNext::CheckEmail,
            };
            let body = RecoveryStarted {
                flow: s.flow,
                next,
                question: s.question,
                secret: s.secret,
                send_failure: s.send_failure,
            };
            (StatusCode::ACCEPTED, Json(body)).into_response()
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// A recovery's next step (`password`).
#[derive(Serialize, ToSchema)]
pub struct RecoveryPasswordNext {
    /// The journey id.
    flow: String,
    /// `password`.
    #[schema(schema_with = next_password)]
    next: &'static str,
}

/// `POST /api/v1/recovery/{flow}/pin`.
#[utoipa::path(
    post,
    path = "/api/v1/recovery/{flow}/pin",
    tag = "recovery",
    operation_id = "recoveryPin",
    summary = "Enter the recovery PIN",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = PinInput,
    responses(
        (status = 200, description = "The next step (`password`).", body = RecoveryPasswordNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 503, response = Unavailable),
    )
)]
pub async fn recovery_pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PinInput>,
) -> Response {
    match recovery::pin(&app, &flow, &i.pin, ip).await {
        Ok(()) => Json(RecoveryPasswordNext {
            flow,
            next: "password",
        })
        .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// A recovery journey's step.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryStep {
    /// Waiting for the PIN.
    Pin,
    /// Waiting for the security answer.
    Question,
    /// Waiting for the new password.
    NewPassword,
}

/// Where a recovery stands.
#[derive(Serialize, ToSchema)]
pub struct RecoveryStatus {
    /// The journey id.
    flow: String,
    /// The current step.
    step: RecoveryStep,
    /// `sms` when the code could not be sent: a new one can be asked for at once.
    send_failure: Option<Channel>,
}

/// `GET /api/v1/recovery/{flow}/status`: the step, and whether the code
/// could be sent.
#[utoipa::path(
    get,
    path = "/api/v1/recovery/{flow}/status",
    tag = "recovery",
    operation_id = "getRecovery",
    summary = "Where a recovery stands",
    description = "The current step, and `sms` when the code could not be sent since it was asked for (the SMS service failed): the same for every journey, whether or not anyone matched. A new code can then be asked for at once.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The journey's state.", body = RecoveryStatus),
        (status = 404, response = NotFound),
        (status = 503, response = Unavailable),
    )
)]
pub async fn recovery_status(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match recovery::status(&app, &flow).await {
        Ok(st) => {
            let step = match st.step {
                "pin" => RecoveryStep::Pin,
                "question" => RecoveryStep::Question,
                _ => RecoveryStep::NewPassword,
            };
            Json(RecoveryStatus {
                flow,
                step,
                send_failure: st.send_failure,
            })
            .into_response()
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// A recovery's next step (`pin`).
#[derive(Serialize, ToSchema)]
pub struct RecoveryPinNext {
    /// The journey id.
    flow: String,
    /// `pin`.
    #[schema(schema_with = next_pin)]
    next: &'static str,
}

/// `POST /api/v1/recovery/{flow}/resend`: a new code (at once after a
/// failed send).
#[utoipa::path(
    post,
    path = "/api/v1/recovery/{flow}/resend",
    tag = "recovery",
    operation_id = "recoveryResend",
    summary = "Send the recovery code again",
    description = "At the `pin` step. At once after a failed send, else after the PIN cool-down. No body and no `Content-Type` are needed.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 202, description = "Asked for; the step stays `pin`.", body = RecoveryPinNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn recovery_resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
) -> Response {
    match recovery::resend(&app, &flow, ip).await {
        Ok(()) => (
            StatusCode::ACCEPTED,
            Json(RecoveryPinNext { flow, next: "pin" }),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Answer body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = AnswerRequest)]
pub struct AnswerInput {
    /// The answer to the security question.
    #[schema(value_type = String, min_length = 1, pattern = r"\S")]
    answer: Zeroizing<String>,
}

/// `POST /api/v1/recovery/{flow}/answer`.
#[utoipa::path(
    post,
    path = "/api/v1/recovery/{flow}/answer",
    tag = "recovery",
    operation_id = "recoveryAnswer",
    summary = "Answer the security question",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = AnswerInput,
    responses(
        (status = 200, description = "The next step (`password`).", body = RecoveryPasswordNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 503, response = Unavailable),
    )
)]
pub async fn recovery_answer(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<AnswerInput>,
) -> Response {
    match recovery::answer(&app, &flow, &i.answer, ip).await {
        Ok(()) => Json(RecoveryPasswordNext {
            flow,
            next: "password",
        })
        .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// New password body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = NewPasswordRequest)]
pub struct NewPasswordInput {
    /// The new password.
    #[schema(value_type = String, min_length = 1)]
    password: Zeroizing<String>,
    /// The same again.
    #[schema(value_type = String, min_length = 1)]
    confirm: Zeroizing<String>,
    /// The rules were read (where the institution asks for it).
    #[serde(default)]
    accept_rules: bool,
}

async fn new_password(
    app: &AppState,
    lang: &str,
    proof: Proof<'_>,
    i: NewPasswordInput,
    ip: std::net::IpAddr,
) -> Response {
    // Checked at the edge, as the schema states, before the link or the
    // journey is looked at: an empty field is a malformed request.
    let missing: Vec<_> = [("password", &i.password), ("confirm", &i.confirm)]
        .into_iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(f, _)| (f, "required"))
        .collect();
    if !missing.is_empty() {
        return api_response(app, lang, &crate::journey::JourneyError::Fields(missing));
    }
    match recovery::new_password(app, proof, &i.password, &i.confirm, i.accept_rules, ip).await {
        Ok(_) => Json(PasswordChanged::new(app, lang)).into_response(),
        Err(e) => api_response(app, lang, &e),
    }
}

/// `POST /api/v1/recovery/{flow}/password`.
#[utoipa::path(
    post,
    path = "/api/v1/recovery/{flow}/password",
    tag = "recovery",
    operation_id = "recoveryPassword",
    summary = "Set the new password (journey)",
    description = "After the PIN or the answer. The person is not signed in afterwards.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = NewPasswordInput,
    responses(
        (status = 200, description = "Changed.", body = PasswordChanged),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn recovery_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<NewPasswordInput>,
) -> Response {
    new_password(&app, &lang, Proof::Flow(&flow), i, ip).await
}

/// The token path parameter of a reset link.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct TokenParam {
    /// The token of the reset link sent by email.
    #[allow(dead_code)]
    token: String,
}

/// `POST /api/v1/recovery/link/{token}/password`.
#[utoipa::path(
    post,
    path = "/api/v1/recovery/link/{token}/password",
    tag = "recovery",
    operation_id = "recoveryLinkPassword",
    summary = "Set the new password (email link)",
    description = "With the token of a reset link sent by email. The person is not signed in afterwards.",
    params(TokenParam),
    request_body = NewPasswordInput,
    responses(
        (status = 200, description = "Changed.", body = PasswordChanged),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn link_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    Json(i): Json<NewPasswordInput>,
) -> Response {
    new_password(&app, &lang, Proof::Link(&token), i, ip).await
}

/// The answer to a username recovery: the same whatever matched.
#[derive(Serialize, ToSchema)]
pub struct UsernameRecoveryAccepted {
    /// `check_messages`.
    #[schema(schema_with = next_check_messages)]
    next: &'static str,
}

/// `POST /api/v1/username-recovery`.
#[utoipa::path(
    post,
    path = "/api/v1/username-recovery",
    tag = "recovery",
    operation_id = "recoverUsername",
    summary = "Send the username to the registered contacts",
    description = "The username is never shown; the answer is the same whatever matched.",
    request_body = UsernameInput,
    responses(
        (status = 202, description = "Accepted.", body = UsernameRecoveryAccepted),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn username_recovery(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<UsernameInput>,
) -> Response {
    match recovery::recover_username(&app, i, ip).await {
        Ok(()) => (
            StatusCode::ACCEPTED,
            Json(UsernameRecoveryAccepted {
                next: "check_messages",
            }),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}
