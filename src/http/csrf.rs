//! CSRF protection for every form and every state-changing request.
//!
//! Browsers get a random cookie; each form carries `csrf = HMAC(key, cookie)`
//! (a signed double-submit token), checked in constant time. On top of that,
//! any non-safe request whose `Origin` or `Sec-Fetch-Site` says it came from
//! another site is refused, and the JSON API only takes `application/json`,
//! which a cross-site form cannot send.
//!
//! A bodiless API request (sign-out, a resend, ending other sessions) may come
//! without any `Content-Type`, as its OpenAPI operation declares no body. It
//! is taken only when it carries no body at all and the browser's provenance
//! headers, when present, say it came from kleidi itself: every browser that
//! sends cookies with a cross-site or same-site (sibling subdomain) request
//! also sends `Sec-Fetch-Site` or `Origin` with it, and both are checked
//! above; a request with neither is not a browser's cross-site request. A
//! bodied request without JSON is still refused with 415.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq as _;

use super::{AppError, AppState};

/// The cookie's value for this request (existing or just made).
#[derive(Clone)]
struct CsrfCookie(String);

/// The token to put in a form's hidden `csrf` field.
#[derive(Clone)]
pub struct CsrfToken(pub String);

fn cookie_name(https: bool) -> &'static str {
    // __Host- cookies must be Secure, which a plain-http demo cannot set.
    if https {
        "__Host-kleidi-csrf"
    } else {
        "kleidi-csrf"
    }
}

fn sign(key: &[u8], cookie: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(cookie.as_bytes());
    B64URL.encode(mac.finalize().into_bytes())
}

impl FromRequestParts<AppState> for CsrfToken {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let c = parts
            .extensions
            .get::<CsrfCookie>()
            .ok_or_else(|| AppError::Internal("csrf middleware missing".into()))?;
        Ok(CsrfToken(sign(&app.keys.csrf[..], &c.0)))
    }
}

/// Whether a request may change state: a method some route takes and that
/// is not safe. Pages take only GET and POST, the API also PUT and DELETE.
/// Any other method (TRACE, QUERY, PUT on a page...) reaches no handler, so
/// it must get the router's 405, not a CSRF refusal. (A route layer cannot
/// tell: axum runs route layers for a method a route lacks too.)
fn changes_state(m: &Method, path: &str) -> bool {
    match *m {
        Method::POST => true,
        Method::PUT | Method::PATCH | Method::DELETE => path.starts_with("/api/"),
        _ => false,
    }
}

/// No body and no media type: what a client sends to a bodiless operation.
fn is_bodiless(h: &axum::http::HeaderMap) -> bool {
    let empty_length = h
        .get(header::CONTENT_LENGTH)
        .is_none_or(|v| v.as_bytes() == b"0");
    empty_length
        && !h.contains_key(header::TRANSFER_ENCODING)
        && !h.contains_key(header::CONTENT_TYPE)
}

/// The origin (`scheme://host[:port]`) of the public URL.
pub fn public_origin(public_url: &str) -> &str {
    let after = public_url.find("://").map(|i| i + 3).unwrap_or(0);
    match public_url[after..].find('/') {
        Some(j) => &public_url[..after + j],
        None => public_url,
    }
}

/// Sets the cookie when missing and checks every non-safe request.
pub async fn protect(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let https = app.config.is_https();
    let name = cookie_name(https);
    let (mut parts, body) = req.into_parts();
    let existing = super::lang::cookie(&parts, name).filter(|v| v.len() == 43);
    let fresh = existing.is_none();
    let cookie = existing.unwrap_or_else(crate::token::random_token);
    parts.extensions.insert(CsrfCookie(cookie.clone()));

    let req = if changes_state(&parts.method, parts.uri.path()) {
        match check(&app, &parts, body, &cookie, fresh).await {
            Ok(body) => Request::from_parts(parts, body),
            Err(e) => return e.into_response(),
        }
    } else {
        Request::from_parts(parts, body)
    };
    let mut res = next.run(req).await;
    if fresh {
        super::cookies::set(
            &mut res,
            (name, &cookie),
            "/",
            axum_extra::extract::cookie::SameSite::Strict,
            https,
            super::cookies::Life::Session,
        );
    }
    res
}

async fn check(
    app: &AppState,
    parts: &Parts,
    body: Body,
    cookie: &str,
    fresh: bool,
) -> Result<Body, AppError> {
    let h = &parts.headers;
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return Err(AppError::Csrf);
    }
    // With `Referrer-Policy: no-referrer` browsers send `Origin: null` even
    // for same-origin form posts, so "null" proves nothing either way: such a
    // request still needs Sec-Fetch-Site (above) and the signed token (below).
    if let Some(origin) = h.get(header::ORIGIN).and_then(|v| v.to_str().ok())
        && origin != "null"
        && origin != public_origin(&app.config.public_url)
    {
        return Err(AppError::Csrf);
    }
    let ct = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if parts.uri.path().starts_with("/api/") {
        // A cross-site page can only send JSON after a CORS preflight, which
        // kleidi never grants. A bodiless request passed the provenance
        // checks above (see the module comment).
        if is_bodiless(h) {
            // `Origin: null` (passed above for form posts, which also need
            // the signed token) proves nothing here: without Sec-Fetch-Site
            // to vouch for it, refuse.
            let vouched = h.contains_key("sec-fetch-site")
                || h.get(header::ORIGIN).is_none_or(|o| o != "null");
            return if vouched {
                Ok(body)
            } else {
                Err(AppError::Csrf)
            };
        }
        if !ct.starts_with("application/json") {
            return Err(AppError::UnsupportedMediaType);
        }
        return Ok(body);
    }
    if fresh || !ct.starts_with("application/x-www-form-urlencoded") {
        return Err(AppError::Csrf);
    }
    let bytes = to_bytes(body, app.config.http.body_limit)
        .await
        .map_err(|_| AppError::PayloadTooLarge)?;
    let sent = form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let want = sign(&app.keys.csrf[..], cookie);
    if want.is_empty() || !bool::from(sent.as_bytes().ct_eq(want.as_bytes())) {
        return Err(AppError::Csrf);
    }
    Ok(Body::from(bytes))
}
