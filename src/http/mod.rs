//! The HTTP surface: the router (built by a function the tests call too), its
//! middleware stack, and serving on an already bound listener until a shutdown
//! signal.

mod account;
mod activation;
mod api_doc;
pub mod binding;
mod client;
mod cookies;
pub mod csrf;
pub mod error;
mod health;
mod helpdesk;
mod journey_error;
pub mod lang;
mod offered;
pub mod pages;
mod policy;
mod recovery;
mod security;
mod server;
pub mod session;
mod suggest;
mod theme;

pub use server::{ConnLimits, Routes, serve_limited};

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, Request, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::core::Core;

pub use client::ClientIp;
pub use csrf::CsrfToken;
pub use error::AppError;

/// Per-process secret keys (a restart voids CSRF tokens, PINs and sessions,
/// which live in memory anyway).
#[derive(Clone)]
pub struct Keys {
    /// Signs CSRF tokens.
    pub csrf: zeroize::Zeroizing<[u8; 32]>,
}

impl Keys {
    fn random() -> Self {
        use rand::Rng as _;
        let mut csrf = zeroize::Zeroizing::new([0u8; 32]);
        rand::rng().fill(&mut csrf[..]);
        Self { csrf }
    }
}

/// Everything a request handler may use: the journeys' [`Core`] (reachable
/// through `Deref`, so `app.directory` works) plus what only HTTP needs.
pub struct App {
    /// Directory, notifier, translations, journeys.
    pub core: Core,
    /// Page templates.
    pub templates: minijinja::Environment<'static>,
    /// Process keys.
    pub keys: Keys,
    security: security::SecurityHeaders,
}

/// Shared handle to the [`App`].
pub type AppState = Arc<App>;

/// Why the app could not be assembled.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The core could not be assembled.
    #[error(transparent)]
    Core(#[from] crate::core::CoreError),
    /// A template does not parse.
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
}

impl App {
    /// Wraps a core with templates, keys and security headers.
    pub fn new(core: Core) -> Result<AppState, BuildError> {
        let templates = pages::environment(core.i18n.clone())?;
        let security = security::SecurityHeaders::new(&core.config);
        Ok(Arc::new(Self {
            core,
            templates,
            keys: Keys::random(),
            security,
        }))
    }
}

impl App {
    /// The app for a reloaded core: new templates and headers (branding,
    /// texts), the same process keys (CSRF tokens already handed out stay
    /// valid).
    pub fn reloaded(&self, core: Core) -> Result<AppState, BuildError> {
        let templates = pages::environment(core.i18n.clone())?;
        let security = security::SecurityHeaders::new(&core.config);
        Ok(Arc::new(Self {
            core,
            templates,
            keys: self.keys.clone(),
            security,
        }))
    }
}

impl std::ops::Deref for App {
    type Target = Core;

    fn deref(&self) -> &Core {
        &self.core
    }
}

impl AsRef<Core> for App {
    fn as_ref(&self) -> &Core {
        &self.core
    }
}

/// A random request id (128 bits, hex), unless the client sent one.
#[derive(Clone, Copy, Default)]
struct RandomId;

impl MakeRequestId for RandomId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let id: u128 = rand::random();
        format!("{id:032x}").parse().ok().map(RequestId::new)
    }
}

/// Builds the router with every middleware.
pub fn router(app: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let cfg = &app.config.http;
    // The JSON API and the probes come with their document; pages are plain routes.
    let documented = api_doc::routes(&app);
    Router::new()
        .merge(documented.api)
        .route("/", get(pages::home))
        .route("/static/kleidi.css", get(pages::css))
        .route("/static/theme.css", get(pages::theme))
        .route("/static/kleidi.js", get(pages::js))
        .merge(activation::pages())
        .merge(account::pages())
        .merge(recovery::pages())
        .merge(helpdesk::pages())
        .fallback(|| async { AppError::NotFound })
        .layer(from_fn_with_state(app.clone(), binding::require))
        .layer(from_fn_with_state(app.clone(), offered::gate))
        // Innermost first: limits, then error rendering, then headers outside it all.
        .layer(RequestBodyLimitLayer::new(cfg.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            app.config.request_timeout(),
        ))
        .layer(from_fn_with_state(app.clone(), csrf::protect))
        // The probes change nothing: no CSRF, journey or body layers.
        .merge(documented.probes)
        .layer(from_fn_with_state(app.clone(), error::render_errors))
        .layer(axum::middleware::from_fn(journey_error::log_failures))
        .layer(from_fn_with_state(app.clone(), lang::remember))
        .layer(from_fn_with_state(app.clone(), security::headers))
        .layer(documented.document)
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<axum::body::Body>| {
                // The route template, never the raw path: reset links carry tokens.
                let route = req
                    .extensions()
                    .get::<axum::extract::MatchedPath>()
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_else(|| "-".into());
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), route, id)
            }),
        )
        .layer(SetRequestIdLayer::new(x_request_id, RandomId))
        .with_state(app)
}

/// The private router: `/metrics` only, for `[metrics] listen`.
pub fn metrics_router(app: AppState) -> Router {
    Router::new()
        .route("/metrics", get(health::metrics))
        .with_state(app)
}

/// Serves [`metrics_router`] on `listener` until the task is dropped.
pub fn spawn_metrics(
    listener: tokio::net::TcpListener,
    app: AppState,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, metrics_router(app)).await {
            tracing::warn!(error = %e, "metrics listener stopped");
        }
    })
}

/// Serves `router` on `listener` until `shutdown` resolves, then waits up to
/// `grace` for requests in flight (default connection limits).
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: impl Into<Routes>,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    server::serve_limited(listener, router, shutdown, grace, ConnLimits::default()).await
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutdown signal received");
}
