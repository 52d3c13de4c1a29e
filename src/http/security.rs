//! Security headers on every response.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use crate::config::Config;

/// The headers, computed once from the config.
pub struct SecurityHeaders(Vec<(HeaderName, HeaderValue)>);

impl SecurityHeaders {
    /// Builds the set: a CSP without inline script or style, no framing, no
    /// referrer, no sniffing, HSTS when the public URL is https.
    pub fn new(cfg: &Config) -> Self {
        // A logo on another origin needs that origin in img-src.
        let logo_origin = cfg
            .branding
            .logo_url
            .as_deref()
            .filter(|u| u.starts_with("https://"))
            .and_then(|u| {
                let rest = &u["https://".len()..];
                let host = rest.split('/').next()?;
                Some(format!(" https://{host}"))
            })
            .unwrap_or_default();
        let csp = format!(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{logo_origin}; \
             connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        );
        let mut v: Vec<(HeaderName, &str)> = vec![
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::X_FRAME_OPTIONS, "DENY"),
            (
                HeaderName::from_static("permissions-policy"),
                "camera=(), microphone=(), geolocation=(), payment=()",
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin",
            ),
            (
                HeaderName::from_static("cross-origin-resource-policy"),
                "same-origin",
            ),
        ];
        if cfg.is_https() {
            v.push((
                header::STRICT_TRANSPORT_SECURITY,
                "max-age=63072000; includeSubDomains",
            ));
        }
        let mut out: Vec<(HeaderName, HeaderValue)> = v
            .into_iter()
            .map(|(k, s)| (k, HeaderValue::from_static(s)))
            .collect();
        if let Ok(h) = HeaderValue::from_str(&csp) {
            out.push((header::CONTENT_SECURITY_POLICY, h));
        }
        Self(out)
    }

    fn apply(&self, h: &mut HeaderMap) {
        for (k, v) in &self.0 {
            h.insert(k.clone(), v.clone());
        }
        // Pages hold personal data and one-time forms: never cache them.
        h.entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
}

/// Middleware that adds the headers.
pub async fn headers(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let began = std::time::Instant::now();
    // The route template, never the raw path (reset links carry tokens).
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or_else(|| "-".to_string(), |m| m.as_str().to_string());
    let mut res = next.run(req).await;
    app.metrics
        .response(res.status().as_u16(), &route, began.elapsed());
    app.security.apply(res.headers_mut());
    // Every 429 and 503 says when to come back; answers that know better
    // (a rate limit's own wait) have set it already.
    let status = res.status();
    if (status == axum::http::StatusCode::TOO_MANY_REQUESTS
        || status == axum::http::StatusCode::SERVICE_UNAVAILABLE)
        && !res.headers().contains_key(axum::http::header::RETRY_AFTER)
    {
        let secs = if status == axum::http::StatusCode::TOO_MANY_REQUESTS {
            "60"
        } else {
            "30"
        };
        res.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static(secs),
        );
    }
    res
}
