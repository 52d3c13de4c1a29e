//! The language of a request: `?lang=` (remembered in a cookie), then the
//! cookie, then `Accept-Language`, then the configured default.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use super::cookies::Life;
use axum_extra::extract::cookie::SameSite;

/// Name of the cookie that remembers the language choice.
const COOKIE: &str = "kleidi_lang";

/// The negotiated language code (`el`, `en`, `it`, `fr`).
#[derive(Debug, Clone)]
pub struct Lang(pub String);

impl FromRequestParts<AppState> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Lang(negotiate_parts(app, parts)))
    }
}

/// The value of query parameter `name`, if present (no percent-decoding:
/// only used for plain ASCII codes).
pub fn query_param<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts.uri.query()?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

/// The value of cookie `name`, if present.
pub fn cookie(parts: &Parts, name: &str) -> Option<String> {
    super::cookies::get(&parts.headers, name)
}

/// Negotiates from the request head.
pub fn negotiate_parts(app: &super::App, parts: &Parts) -> String {
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    app.i18n.negotiate(
        &[query_param(parts, "lang"), cookie(parts, COOKIE).as_deref()],
        accept,
    )
}

/// Remembers an explicit `?lang=` choice in a cookie.
pub async fn remember(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let chosen = {
        let (parts, _) = (req.uri(), ());
        parts.query().and_then(|q| {
            q.split('&').find_map(|kv| {
                let (k, v) = kv.split_once('=')?;
                (k == "lang" && app.i18n.offered().iter().any(|o| o == v)).then(|| v.to_string())
            })
        })
    };
    let mut res = next.run(req).await;
    if let Some(l) = chosen {
        super::cookies::set(
            &mut res,
            (COOKIE, &l),
            "/",
            SameSite::Lax,
            app.config.is_https(),
            Life::Seconds(31_536_000),
        );
    }
    res
}
