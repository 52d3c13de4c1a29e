//! Errors as users see them: one enum, mapped once to an HTTP status, a stable
//! code and a translated message, rendered as JSON under `/api/` and as a page
//! elsewhere by the [`render_errors`] middleware (which also logs them).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::lang::negotiate_parts;
use crate::i18n::Arg;

/// Everything a handler can fail with, as far as the client is concerned.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    /// No such page or resource.
    #[error("not found")]
    NotFound,
    /// Wrong method on an existing path.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Malformed input (the handler's own validation errors are finer-grained).
    #[error("bad request")]
    BadRequest,
    /// Body over the limit.
    #[error("payload too large")]
    PayloadTooLarge,
    /// Rate limited; retry after this many seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds until a retry may succeed.
        retry_after: u64,
    },
    /// The API only accepts JSON bodies.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// Missing or wrong CSRF token, or a cross-site form post.
    #[error("csrf check failed")]
    Csrf,
    /// The request took too long.
    #[error("timeout")]
    Timeout,
    /// A dependency (directory, mail, SMS) is down; nothing was changed.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A bug or an unexpected answer; the detail is logged, never shown.
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    /// HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::BadRequest => StatusCode::BAD_REQUEST,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Csrf => StatusCode::FORBIDDEN,
            Self::Timeout => StatusCode::REQUEST_TIMEOUT,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::BadRequest => "bad_request",
            Self::PayloadTooLarge => "payload_too_large",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::Csrf => "csrf",
            Self::Timeout => "timeout",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            Self::NotFound => "error-not-found",
            Self::MethodNotAllowed => "error-method-not-allowed",
            Self::BadRequest => "error-bad-request",
            Self::PayloadTooLarge => "error-payload-too-large",
            Self::TooManyRequests { .. } => "error-too-many-requests",
            Self::UnsupportedMediaType => "error-bad-request",
            Self::Csrf => "error-csrf",
            Self::Timeout => "error-timeout",
            Self::Unavailable(_) => "error-unavailable",
            Self::Internal(_) => "error-internal",
        }
    }

    /// The translated message.
    pub fn message(&self, app: &super::App, lang: &str) -> String {
        let args: Vec<(&str, Arg)> = match self {
            Self::TooManyRequests { retry_after } => {
                vec![("seconds", Arg::Num(*retry_after as i64))]
            }
            _ => Vec::new(),
        };
        app.i18n.t_args(lang, self.message_id(), &args)
    }

    fn from_status(s: StatusCode) -> Option<Self> {
        Some(match s {
            StatusCode::NOT_FOUND => Self::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Self::PayloadTooLarge,
            StatusCode::REQUEST_TIMEOUT => Self::Timeout,
            StatusCode::FORBIDDEN => Self::Csrf,
            StatusCode::TOO_MANY_REQUESTS => Self::TooManyRequests { retry_after: 60 },
            StatusCode::SERVICE_UNAVAILABLE => Self::Unavailable(String::new()),
            s if s.is_client_error() => Self::BadRequest,
            s if s.is_server_error() => Self::Internal(format!("status {s}")),
            _ => return None,
        })
    }
}

impl From<crate::directory::DirError> for AppError {
    fn from(e: crate::directory::DirError) -> Self {
        if e.is_unavailable() {
            Self::Unavailable(e.to_string())
        } else {
            Self::Internal(e.to_string())
        }
    }
}

/// Marker left in a response's extensions so the middleware renders it.
#[derive(Clone)]
struct Rendered(AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut r = self.status().into_response();
        r.extensions_mut().insert(Rendered(self));
        r
    }
}

/// Turns every error response (ours, axum's rejections, tower-http's 408/413,
/// the 404 fallback) into a translated JSON body or page, and logs it once.
pub async fn render_errors(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let lang = negotiate_parts(&app, &parts);
    let api = parts.uri.path().starts_with("/api/");
    let req = Request::from_parts(parts, body);
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let err = match res.extensions().get::<Rendered>() {
        Some(Rendered(e)) => e.clone(),
        None => {
            // Already a finished body (e.g. a journey's own validation page)?
            let ct = res
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if ct.starts_with("text/html") || ct.starts_with("application/json") {
                return res;
            }
            match AppError::from_status(status) {
                Some(e) => e,
                None => return res,
            }
        }
    };
    match &err {
        AppError::Internal(detail) => tracing::error!(code = err.code(), %detail, "request failed"),
        AppError::Unavailable(detail) => {
            tracing::warn!(code = err.code(), %detail, "dependency unavailable")
        }
        _ => tracing::info!(
            code = err.code(),
            status = status.as_u16(),
            "request refused"
        ),
    }
    let message = err.message(&app, &lang);
    let mut out = if api {
        let body = super::journey_error::ErrorBody::new(err.code(), message);
        (err.status(), axum::Json(body)).into_response()
    } else {
        let page = super::pages::error_page(&app, &lang, &message);
        (err.status(), Html(page)).into_response()
    };
    // Every 429 and 503 says when to come back, as the document promises.
    let retry_after = match err {
        AppError::TooManyRequests { retry_after } => Some(retry_after),
        AppError::Unavailable(_) => Some(30),
        _ => None,
    };
    if let Some(s) = retry_after
        && let Ok(v) = HeaderValue::from_str(&s.to_string())
    {
        out.headers_mut().insert(header::RETRY_AFTER, v);
    }
    // A 405 names the methods the path does take (RFC 9110 15.5.6).
    if let Some(allow) = res.headers().get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out
}
