//! `/api/v1/session`, `/api/v1/me…`, `/api/v1/recovery…` and
//! `/api/v1/username-recovery`: mypassword as JSON.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use super::api_activation::PinInput;
use super::api_doc::{
    Conflict, FlowParam, Forbidden, Gone, NotFound, TooManyRequests, Unauthorized, Unavailable,
    Unprocessable,
};
use super::journey_error::api_response;
use super::lang::Lang;
use super::session::{self, SessionToken};
use super::{AppState, ClientIp};
use crate::directory::Warning;
use crate::journey::account::AccountInfo;
use crate::journey::recovery::{self, Proof, StartInput, UsernameInput};
use crate::journey::session::ContactKind;
use crate::journey::{account, session as sessions};
use crate::notify::Channel;

/// The session, account and recovery operations, each in the document.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_in, sign_out))
        .routes(routes!(me))
        .routes(routes!(change_password))
        .routes(routes!(end_other_sessions))
        .routes(routes!(start_contact))
        .routes(routes!(verify_contact))
        .routes(routes!(remove_contact))
        .routes(routes!(set_question))
        .routes(routes!(start_recovery))
        .routes(routes!(recovery_status))
        .routes(routes!(recovery_resend))
        .routes(routes!(recovery_pin))
        .routes(routes!(recovery_answer))
        .routes(routes!(recovery_password))
        .routes(routes!(link_password))
        .routes(routes!(username_recovery))
}

/// A string schema with one allowed value, for fields that never vary.
fn constant(v: &str) -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some([v]))
        .build()
}

fn next_pin() -> utoipa::openapi::schema::Object {
    constant("pin")
}

fn next_password() -> utoipa::openapi::schema::Object {
    constant("password")
}

/// A password expiry warning from the directory.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum PasswordWarning {
    /// The password expires soon.
    Expires {
        /// Seconds until it expires.
        expires_in_seconds: u32,
    },
    /// The password has expired; grace sign-ins remain.
    Grace {
        /// Sign-ins left before the account is locked.
        grace_logins_left: u32,
    },
}

impl PasswordWarning {
    fn from(w: Option<Warning>) -> Option<Self> {
        match w? {
            Warning::TimeBeforeExpiration(s) => Some(Self::Expires {
                expires_in_seconds: s,
            }),
            Warning::GraceAuthNsRemaining(n) => Some(Self::Grace {
                grace_logins_left: n,
            }),
        }
    }
}

/// Sign-in body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = SignInRequest)]
pub struct SignInInput {
    /// The username.
    username: String,
    /// The password.
    #[schema(value_type = String, min_length = 1, pattern = r"\S")]
    password: Zeroizing<String>,
}

/// A new session.
#[derive(Serialize, ToSchema)]
pub struct SessionCreated {
    /// Only a password change is allowed until it is done.
    must_change_password: bool,
    /// A password expiry warning from the directory, if any.
    warning: Option<PasswordWarning>,
}

/// `POST /api/v1/session`: signs in; the session is a cookie.
#[utoipa::path(
    post,
    path = "/api/v1/session",
    tag = "session",
    operation_id = "signIn",
    summary = "Sign in",
    description = "Sets the session cookie. `must_change_password` means only a password change is allowed until it is done.",
    request_body = SignInInput,
    responses(
        (status = 201, description = "Signed in.", body = SessionCreated,
            headers(("Set-Cookie" = String, description = "The session cookie."))),
        (status = 401, response = Unauthorized),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn sign_in(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<SignInInput>,
) -> Response {
    match sessions::sign_in(&app, &i.username, &i.password, ip).await {
        Ok(s) => {
            let body = SessionCreated {
                must_change_password: s.restricted,
                warning: PasswordWarning::from(s.warning),
            };
            let mut r = (StatusCode::CREATED, Json(body)).into_response();
            session::set(&app, &mut r, &s.token);
            r
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `DELETE /api/v1/session`: signs out.
#[utoipa::path(
    delete,
    path = "/api/v1/session",
    tag = "session",
    operation_id = "signOut",
    summary = "Sign out",
    description = "Ends the session (if any) and clears the cookie. No body and no `Content-Type` are needed.",
    responses(
        (status = 204, description = "Signed out.",
            headers(("Set-Cookie" = String, description = "Clears the session cookie."))),
        (status = 503, response = Unavailable),
    )
)]
pub async fn sign_out(
    State(app): State<AppState>,
    Lang(lang): Lang,
    token: SessionToken,
) -> Response {
    if let Err(e) = app.sessions.end(token.as_str()).await {
        return api_response(&app, &lang, &e);
    }
    let mut r = StatusCode::NO_CONTENT.into_response();
    session::clear(&app, &mut r);
    r
}

/// How many other sessions ended.
#[derive(Serialize, ToSchema)]
pub struct SessionsEnded {
    /// Other sessions of the account that were ended.
    ended: usize,
}

/// `POST /api/v1/me/sessions/end-others`: ends the account's other sessions.
#[utoipa::path(
    post,
    path = "/api/v1/me/sessions/end-others",
    tag = "account",
    operation_id = "endOtherSessions",
    summary = "Sign out everywhere else",
    description = "Ends every other session of the signed-in account, on every node; this one stays. No body and no `Content-Type` are needed.",
    security(("session" = [])),
    responses(
        (status = 200, description = "Ended.", body = SessionsEnded),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 503, response = Unavailable),
    )
)]
pub async fn end_other_sessions(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
) -> Response {
    match account::end_other_sessions(&app, token.as_str(), ip).await {
        Ok(n) => Json(SessionsEnded { ended: n }).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/me`.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "account",
    operation_id = "getAccount",
    summary = "The signed-in account",
    security(("session" = [])),
    responses(
        (status = 200, description = "The account.", body = AccountInfo),
        (status = 401, response = Unauthorized),
        (status = 503, response = Unavailable),
    )
)]
pub async fn me(State(app): State<AppState>, Lang(lang): Lang, token: SessionToken) -> Response {
    match account::info(&app, token.as_str()).await {
        Ok(i) => Json(i).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Password change body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ChangePasswordRequest)]
pub struct ChangeInput {
    /// The current password.
    #[schema(value_type = String, min_length = 1)]
    current: Zeroizing<String>,
    /// The new password.
    #[schema(value_type = String, min_length = 1)]
    new: Zeroizing<String>,
    /// The new password again.
    #[schema(value_type = String, min_length = 1)]
    confirm: Zeroizing<String>,
}

/// A changed password.
#[derive(Serialize, ToSchema)]
pub struct PasswordChanged {
    /// Always true.
    changed: bool,
    /// What to update now (devices, Wi-Fi...), in the request's language.
    reminder: String,
}

impl PasswordChanged {
    fn new(app: &AppState, lang: &str) -> Self {
        Self {
            changed: true,
            reminder: app.i18n.t(lang, "account-changed-reminder"),
        }
    }
}

/// `POST /api/v1/me/password`.
#[utoipa::path(
    post,
    path = "/api/v1/me/password",
    tag = "account",
    operation_id = "changePassword",
    summary = "Change the password",
    description = "Allowed even when the password must be changed.",
    security(("session" = [])),
    request_body = ChangeInput,
    responses(
        (status = 200, description = "Changed.", body = PasswordChanged),
        (status = 401, response = Unauthorized),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn change_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<ChangeInput>,
) -> Response {
    match account::change_password(&app, token.as_str(), &i.current, &i.new, &i.confirm, ip).await {
        Ok(()) => Json(PasswordChanged::new(&app, &lang)).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Contact change body (`value` is ignored on removal).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ContactRequest)]
pub struct ContactInput {
    /// Which contact.
    kind: ContactKind,
    /// The new address or number (not needed to remove).
    #[serde(default)]
    value: String,
    /// The current password, when re-authentication is required.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    password: Option<Zeroizing<String>>,
}

/// The next step of a contact change.
#[derive(Serialize, ToSchema)]
pub struct ContactPending {
    /// `pin`: confirm with the PIN sent to the new contact.
    #[schema(schema_with = next_pin)]
    next: &'static str,
}

/// `POST /api/v1/me/contacts`: sends a PIN to the new address.
#[utoipa::path(
    post,
    path = "/api/v1/me/contacts",
    tag = "account",
    operation_id = "startContactChange",
    summary = "Set a recovery contact",
    description = "Sends a PIN to the new email or mobile; `POST /api/v1/me/contacts/verify` stores it. The current password is needed when the sign-in is not recent.",
    security(("session" = [])),
    request_body = ContactInput,
    responses(
        (status = 202, description = "A PIN was sent.", body = ContactPending),
        (status = 401, response = Unauthorized),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn start_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    token: SessionToken,
    Json(i): Json<ContactInput>,
) -> Response {
    match account::start_contact_change(
        &app,
        token.as_str(),
        i.kind,
        &i.value,
        i.password.as_deref().map(String::as_str),
        &lang,
    )
    .await
    {
        Ok(()) => (StatusCode::ACCEPTED, Json(ContactPending { next: "pin" })).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Something was stored.
#[derive(Serialize, ToSchema)]
pub struct Stored {
    /// Always true.
    stored: bool,
}

/// `POST /api/v1/me/contacts/verify`.
#[utoipa::path(
    post,
    path = "/api/v1/me/contacts/verify",
    tag = "account",
    operation_id = "verifyContact",
    summary = "Confirm a recovery contact with its PIN",
    security(("session" = [])),
    request_body = PinInput,
    responses(
        (status = 200, description = "Stored.", body = Stored),
        (status = 401, response = Unauthorized),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 503, response = Unavailable),
    )
)]
pub async fn verify_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<PinInput>,
) -> Response {
    match account::confirm_contact_change(&app, token.as_str(), &i.pin, ip).await {
        Ok(()) => Json(Stored { stored: true }).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// A contact was removed.
#[derive(Serialize, ToSchema)]
pub struct Removed {
    /// Always true.
    removed: bool,
}

/// `POST /api/v1/me/contacts/remove`.
#[utoipa::path(
    post,
    path = "/api/v1/me/contacts/remove",
    tag = "account",
    operation_id = "removeContact",
    summary = "Remove a recovery contact",
    description = "Only `kind` (and `password` when re-authentication is needed) matters.",
    security(("session" = [])),
    request_body = ContactInput,
    responses(
        (status = 200, description = "Removed.", body = Removed),
        (status = 401, response = Unauthorized),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn remove_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<ContactInput>,
) -> Response {
    match account::remove_contact(
        &app,
        token.as_str(),
        i.kind,
        i.password.as_deref().map(String::as_str),
        ip,
    )
    .await
    {
        Ok(()) => Json(Removed { removed: true }).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Security question body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = SecurityQuestionRequest)]
pub struct QuestionInput {
    /// Which question of the pool (shown translated on the page); the
    /// recovery draws the question it shows for unknown input from the same pool.
    #[schema(value_type = String, pattern = "^[1-4]$")]
    question: String,
    /// The answer.
    #[schema(value_type = String, min_length = 1, pattern = r"\S")]
    answer: Zeroizing<String>,
    /// The current password, when re-authentication is required.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    password: Option<Zeroizing<String>>,
}

/// `PUT /api/v1/me/security-question`.
#[utoipa::path(
    put,
    path = "/api/v1/me/security-question",
    tag = "account",
    operation_id = "setSecurityQuestion",
    summary = "Set the security question",
    description = "Replaces the question and its answer. 404 `not_offered` when the institution does not use security questions.",
    security(("session" = [])),
    request_body = QuestionInput,
    responses(
        (status = 200, description = "Stored.", body = Stored),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn set_question(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<QuestionInput>,
) -> Response {
    match account::set_security_question(
        &app,
        token.as_str(),
        &i.question,
        &i.answer,
        i.password.as_deref().map(String::as_str),
        ip,
    )
    .await
    {
        Ok(()) => Json(Stored { stored: true }).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
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

fn next_check_messages() -> utoipa::openapi::schema::Object {
    constant("check_messages")
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
