//! The session cookie: `__Host-` prefixed (Secure, Path=/, no Domain) when
//! served over https, HttpOnly and SameSite=Strict always.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;

use super::AppState;
use super::cookies::Life;

fn name(https: bool) -> &'static str {
    if https {
        "__Host-kleidi-session"
    } else {
        "kleidi-session"
    }
}

/// The session token from the cookie, if any (validity is checked by the journey).
#[derive(Debug, Clone)]
pub struct SessionToken(pub Option<String>);

impl FromRequestParts<AppState> for SessionToken {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let v = super::lang::cookie(parts, name(app.config.is_https())).filter(|v| v.len() == 43);
        Ok(SessionToken(v))
    }
}

impl SessionToken {
    /// The token, or an empty string that matches no session.
    pub fn as_str(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

/// Adds the cookie for a new session.
pub fn set(app: &AppState, res: &mut Response, token: &str) {
    let https = app.config.is_https();
    let strict = axum_extra::extract::cookie::SameSite::Strict;
    super::cookies::set(res, (name(https), token), "/", strict, https, Life::Session);
}

/// Clears the cookie.
pub fn clear(app: &AppState, res: &mut Response) {
    let https = app.config.is_https();
    let strict = axum_extra::extract::cookie::SameSite::Strict;
    super::cookies::set(res, (name(https), ""), "/", strict, https, Life::Seconds(0));
}
