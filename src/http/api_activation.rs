//! `/api/v1/activation`: the activation journey as JSON, step by step.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::journey_error::{api_response, rule_message};
use super::lang::Lang;
use super::{AppState, ClientIp};
use crate::journey::activation::{
    self, ConfirmInput, IdentifyInput, NationalIdInput, PasswordInput, Step, VerifyContactInput,
};

fn next(flow: &str, step: Step) -> Response {
    Json(json!({"flow": flow, "next": step})).into_response()
}

/// `GET /api/v1/activation`: the roles to choose from.
pub async fn roles(State(app): State<AppState>, Lang(lang): Lang) -> Response {
    let roles: Vec<_> = app
        .config
        .activation
        .roles
        .iter()
        .map(|r| json!({"id": r.id, "label": r.label.get(&lang), "identify": r.identify_name()}))
        .collect();
    Json(json!({ "roles": roles })).into_response()
}

/// Body of `POST /api/v1/activation`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartInput {
    role: String,
}

/// `POST /api/v1/activation`: starts a journey.
pub async fn start(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<StartInput>,
) -> Response {
    match activation::start(&app, &i.role, &lang, ip).await {
        // The secret is returned once: every later step sends it back as
        // the `Journey-Secret` header.
        Ok(s) => (
            StatusCode::CREATED,
            Json(json!({"flow": s.flow, "secret": s.secret, "next": Step::Identify})),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/activation/{flow}`: where the journey stands, and whether
/// sending the PIN failed (the send happens after the identify answer).
pub async fn status(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match app.activation.step(&flow).await {
        Some(step) => {
            let failure = crate::journey::activation::send_failure(&app, &flow)
                .await
                .map(|f| f.channel);
            Json(json!({"flow": flow, "step": step, "send_failure": failure})).into_response()
        }
        None => api_response(&app, &lang, &crate::journey::JourneyError::FlowNotFound),
    }
}

/// `POST /api/v1/activation/{flow}/identify`.
pub async fn identify(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<IdentifyInput>,
) -> Response {
    match activation::identify(&app, &flow, i, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Body of the PIN step.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinInput {
    pin: String,
}

/// `POST /api/v1/activation/{flow}/pin`.
pub async fn pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PinInput>,
) -> Response {
    match activation::pin(&app, &flow, &i.pin, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/resend`.
pub async fn resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
) -> Response {
    match activation::resend(&app, &flow, ip).await {
        // `pin`, or `verify_contact` when the code was a contact's.
        Ok(()) => next(&flow, app.activation.step(&flow).await.unwrap_or(Step::Pin)),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/national_id`.
pub async fn national_id(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
    Json(i): Json<NationalIdInput>,
) -> Response {
    match activation::national_id(&app, &flow, i).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/activation/{flow}/confirm`: the details to confirm.
pub async fn details(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::details(&app, &flow, &lang).await {
        Ok(d) => Json(json!({"flow": flow, "details": d})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/confirm`.
pub async fn confirm(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
    Json(i): Json<ConfirmInput>,
) -> Response {
    match activation::confirm(&app, &flow, i).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/activation/{flow}/verify_contact`: where the code went.
pub async fn pending_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::pending_contact(&app, &flow).await {
        Ok(p) => Json(json!({"flow": flow, "channel": p.channel, "to": p.to})).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/verify_contact`: the code sent to a
/// consented contact, or `skip`.
pub async fn verify_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<VerifyContactInput>,
) -> Response {
    match activation::verify_contact(&app, &flow, i, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `GET /api/v1/activation/{flow}/password`: rules and suggestions.
pub async fn password_info(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    if app.activation.step(&flow).await != Some(Step::Password) {
        return api_response(&app, &lang, &crate::journey::JourneyError::WrongStep);
    }
    let rules: Vec<_> = app
        .policy
        .describe()
        .iter()
        .map(|r| json!({"code": r.code, "message": rule_message(&app, &lang, r)}))
        .collect();
    let suggestions = app.policy.suggest(
        app.config.activation.suggestions,
        crate::policy::SuggestionKind::Random,
    );
    Json(json!({"flow": flow, "rules": rules, "suggestions": suggestions})).into_response()
}

/// `POST /api/v1/activation/{flow}/password`: registers; the response names
/// the username and the services.
pub async fn password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PasswordInput>,
) -> Response {
    match activation::password(&app, &flow, i, ip).await {
        Ok(w) => {
            let services: Vec<_> = app
                .config
                .activation
                .services
                .iter()
                .map(|s| json!({"name": s.name.get(&lang), "url": s.url}))
                .collect();
            Json(json!({"flow": flow, "next": Step::Done, "username": w.username, "services": services}))
                .into_response()
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}
