//! Pages of journeys the institution turned off answer 404, like their API:
//! a form that looks as if it works but cannot must never be shown.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use super::account::outcome;
use super::lang::Lang;
use crate::config::Config;
use crate::journey::JourneyError;

/// Whether the page at `path` belongs to a journey this config offers.
fn offered(c: &Config, path: &str) -> bool {
    let under = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    if under("/recover") {
        c.recovery.enabled
    } else if under("/forgot-username") {
        c.recovery.username_recovery
    } else if under("/activate") {
        c.activation.enabled
    } else if under("/helpdesk") {
        c.helpdesk.enabled
    } else if under("/account/security-question") {
        c.account.security_question
    } else {
        true
    }
}

/// Refuses the pages of journeys that are turned off (the API's handlers
/// answer `not_offered` themselves).
pub async fn gate(
    State(app): State<AppState>,
    Lang(lang): Lang,
    req: Request,
    next: Next,
) -> Response {
    if offered(&app.config, req.uri().path()) {
        next.run(req).await
    } else {
        outcome(&app, &lang, &JourneyError::NotOffered)
    }
}
