//! Every step of an activation or recovery after the first needs the secret
//! its start handed to the client (see [`crate::journey::binding`]): from the
//! cookie scoped to the journey's pages, or the `Journey-Secret` header of an
//! API client. Checked here once for every journey route; a client without
//! it gets exactly what an unknown journey gets.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use super::lang::Lang;
use crate::journey::{JourneyError, binding};

/// The header an API client sends the secret in.
pub const HEADER: &str = "journey-secret";
const COOKIE: &str = "kleidi-journey";

/// Which journey a path belongs to, and whether it is an activation.
fn journey_of(path: &str) -> Option<(&str, bool)> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["activate", flow, _, ..] => Some((flow, true)),
        ["api", "v1", "activation", flow, ..] => Some((flow, true)),
        ["recover", flow, _, ..] if *flow != "reset" => Some((flow, false)),
        ["api", "v1", "recovery", flow, _, ..] if *flow != "link" => Some((flow, false)),
        _ => None,
    }
}

/// Refuses a journey step from a client that does not hold its secret.
pub async fn require(
    State(app): State<AppState>,
    lang: Lang,
    req: Request,
    next: Next,
) -> Response {
    let Some((flow, activation)) = journey_of(req.uri().path()) else {
        return next.run(req).await;
    };
    let secret = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| cookie_in(req.headers(), COOKIE));
    let flow = flow.to_string();
    // The stored journey itself carries the hash of its secret.
    let key = if activation {
        format!("activation:{flow}")
    } else {
        format!("recovery:{flow}")
    };
    match binding::holds(&app, &key, secret.as_deref()).await {
        Ok(true) => next.run(req).await,
        Ok(false) => {
            let e = if activation {
                JourneyError::FlowNotFound
            } else {
                JourneyError::RecoveryExpired
            };
            refuse(&app, &lang.0, req.uri().path(), &flow, &e).await
        }
        Err(e) => refuse(&app, &lang.0, req.uri().path(), &flow, &e).await,
    }
}

async fn refuse(app: &AppState, lang: &str, path: &str, flow: &str, e: &JourneyError) -> Response {
    if path.starts_with("/api/") {
        super::journey_error::api_response(app, lang, e)
    } else if path.starts_with("/activate/") {
        super::activation::outcome_page(app, lang, flow, e).await
    } else {
        super::account::outcome(app, lang, e)
    }
}

fn cookie_in(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    super::cookies::get(headers, name)
}

/// The cookie that holds a journey's secret, sent only to that journey's
/// pages (`/activate/{flow}` or `/recover/{flow}`) and API routes.
pub fn set_cookie(app: &AppState, res: &mut Response, base: &str, flow: &str, secret: &str) {
    super::cookies::set(
        res,
        (COOKIE, secret),
        &format!("{base}/{flow}"),
        axum_extra::extract::cookie::SameSite::Strict,
        app.config.is_https(),
        super::cookies::Life::Session,
    );
}

#[cfg(test)]
mod tests {
    use super::journey_of;

    #[test]
    fn every_step_route_is_recognised_and_nothing_else() {
        assert_eq!(journey_of("/activate/abc/pin"), Some(("abc", true)));
        assert_eq!(journey_of("/api/v1/activation/abc"), Some(("abc", true)));
        assert_eq!(
            journey_of("/api/v1/activation/abc/pin"),
            Some(("abc", true))
        );
        assert_eq!(journey_of("/recover/abc/pin"), Some(("abc", false)));
        assert_eq!(
            journey_of("/api/v1/recovery/abc/answer"),
            Some(("abc", false))
        );
        assert_eq!(journey_of("/activate"), None);
        assert_eq!(journey_of("/api/v1/activation"), None);
        assert_eq!(journey_of("/recover"), None);
        assert_eq!(journey_of("/recover/reset/tok"), None);
        assert_eq!(journey_of("/api/v1/recovery/link/tok/password"), None);
        assert_eq!(journey_of("/api/v1/recovery"), None);
    }
}
