//! `/api/v1/session`, `/api/v1/me…`, `/api/v1/recovery…` and
//! `/api/v1/username-recovery`: mypassword as JSON.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::journey_error::api_response;
use super::lang::Lang;
use super::session::{self, SessionToken};
use super::{AppState, ClientIp};
use crate::directory::Warning;
use crate::journey::account;
use crate::journey::recovery::{self, Proof, StartInput, UsernameInput};
use crate::journey::session::ContactKind;

fn warning_json(w: Option<Warning>) -> serde_json::Value {
    match w {
        Some(Warning::TimeBeforeExpiration(s)) => json!({"expires_in_seconds": s}),
        Some(Warning::GraceAuthNsRemaining(n)) => json!({"grace_logins_left": n}),
        None => serde_json::Value::Null,
    }
}

/// Sign-in body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInInput {
    username: String,
    password: Zeroizing<String>,
}

/// `POST /api/v1/session`: signs in; the session is a cookie.
pub async fn sign_in(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<SignInInput>,
) -> Response {
    match account::sign_in(&app, &i.username, &i.password, ip).await {
        Ok(s) => {
            let mut r = (
                StatusCode::CREATED,
                Json(json!({"must_change_password": s.restricted, "warning": warning_json(s.warning)})),
            )
                .into_response();
            session::set(&app, &mut r, &s.token);
            r
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `DELETE /api/v1/session`: signs out.
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

/// `POST /api/v1/me/sessions/end-others`: ends the account's other sessions.
pub async fn end_other_sessions(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
) -> Response {
    match account::end_other_sessions(&app, token.as_str(), ip).await {
        Ok(n) => Json(json!({ "ended": n })).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/me`.
pub async fn me(State(app): State<AppState>, Lang(lang): Lang, token: SessionToken) -> Response {
    match account::info(&app, token.as_str()).await {
        Ok(i) => Json(i).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Password change body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeInput {
    current: Zeroizing<String>,
    new: Zeroizing<String>,
    confirm: Zeroizing<String>,
}

/// `POST /api/v1/me/password`.
pub async fn change_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<ChangeInput>,
) -> Response {
    match account::change_password(&app, token.as_str(), &i.current, &i.new, &i.confirm, ip).await {
        Ok(()) => Json(
            json!({"changed": true, "reminder": app.i18n.t(&lang, "account-changed-reminder")}),
        )
        .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Contact change body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    kind: ContactKind,
    #[serde(default)]
    value: String,
    #[serde(default)]
    password: Option<Zeroizing<String>>,
}

/// `POST /api/v1/me/contacts`: sends a PIN to the new address.
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
        Ok(()) => (StatusCode::ACCEPTED, Json(json!({"next": "pin"}))).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// PIN body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinInput {
    pin: String,
}

/// `POST /api/v1/me/contacts/verify`.
pub async fn verify_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
    Json(i): Json<PinInput>,
) -> Response {
    match account::confirm_contact_change(&app, token.as_str(), &i.pin, ip).await {
        Ok(()) => Json(json!({"stored": true})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/me/contacts/remove`.
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
        Ok(()) => Json(json!({"removed": true})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Security question body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionInput {
    question: String,
    answer: Zeroizing<String>,
    #[serde(default)]
    password: Option<Zeroizing<String>>,
}

/// `PUT /api/v1/me/security-question`.
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
        Ok(()) => Json(json!({"stored": true})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/recovery`: the same answer whatever the input matched.
pub async fn start_recovery(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<StartInput>,
) -> Response {
    match recovery::start(&app, i, &lang, ip).await {
        Ok(s) => (StatusCode::ACCEPTED, Json(s)).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/recovery/{flow}/pin`.
pub async fn recovery_pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PinInput>,
) -> Response {
    match recovery::pin(&app, &flow, &i.pin, ip).await {
        Ok(()) => Json(json!({"flow": flow, "next": "password"})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/recovery/{flow}/status`: the step, and whether the code
/// could be sent.
pub async fn recovery_status(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match recovery::status(&app, &flow).await {
        Ok(st) => Json(json!({"flow": flow, "step": st.step, "send_failure": st.send_failure}))
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/recovery/{flow}/resend`: a new code (at once after a
/// failed send).
pub async fn recovery_resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
) -> Response {
    match recovery::resend(&app, &flow, ip).await {
        Ok(()) => (
            StatusCode::ACCEPTED,
            Json(json!({"flow": flow, "next": "pin"})),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Answer body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    answer: Zeroizing<String>,
}

/// `POST /api/v1/recovery/{flow}/answer`.
pub async fn recovery_answer(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<AnswerInput>,
) -> Response {
    match recovery::answer(&app, &flow, &i.answer, ip).await {
        Ok(()) => Json(json!({"flow": flow, "next": "password"})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// New password body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewPasswordInput {
    password: Zeroizing<String>,
    confirm: Zeroizing<String>,
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
    match recovery::new_password(app, proof, &i.password, &i.confirm, i.accept_rules, ip).await {
        Ok(_) => {
            Json(json!({"changed": true, "reminder": app.i18n.t(lang, "account-changed-reminder")}))
                .into_response()
        }
        Err(e) => api_response(app, lang, &e),
    }
}

/// `POST /api/v1/recovery/{flow}/password`.
pub async fn recovery_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<NewPasswordInput>,
) -> Response {
    new_password(&app, &lang, Proof::Flow(&flow), i, ip).await
}

/// `POST /api/v1/recovery/link/{token}/password`.
pub async fn link_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    Json(i): Json<NewPasswordInput>,
) -> Response {
    new_password(&app, &lang, Proof::Link(&token), i, ip).await
}

/// `POST /api/v1/username-recovery`.
pub async fn username_recovery(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<UsernameInput>,
) -> Response {
    match recovery::recover_username(&app, i, ip).await {
        Ok(()) => (
            StatusCode::ACCEPTED,
            Json(json!({"next": "check_messages"})),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}
