//! `/api/v1/session` and `/api/v1/me…`: signing in and out, and the
//! signed-in account, as JSON.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use crate::directory::Warning;
use crate::http::activation::PinInput;
use crate::http::api_doc::{
    Conflict, Forbidden, Gone, NotFound, TooManyRequests, Unauthorized, Unavailable, Unprocessable,
    next_pin,
};
use crate::http::journey_error::api_response;
use crate::http::lang::Lang;
use crate::http::session::{self, SessionToken};
use crate::http::{AppState, ClientIp};
use crate::journey::account::{self, AccountInfo};
use crate::journey::session::ContactKind;

/// The session and account operations, each in the document.
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
    match account::sign_in(&app, &i.username, &i.password, ip).await {
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
pub(crate) struct PasswordChanged {
    /// Always true.
    changed: bool,
    /// What to update now (devices, Wi-Fi...), in the request's language.
    reminder: String,
}

impl PasswordChanged {
    pub(crate) fn new(app: &AppState, lang: &str) -> Self {
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
