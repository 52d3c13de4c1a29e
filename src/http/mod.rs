//! The HTTP surface: the router (built by a function the tests call too), its
//! middleware stack, and serving on an already bound listener until a shutdown
//! signal.

mod client;
pub mod csrf;
pub mod error;
mod health;
pub mod lang;
pub mod pages;
mod security;

use std::future::Future;
use std::net::SocketAddr;
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

use crate::config::Config;
use crate::directory::Directory;
use crate::i18n::I18n;
use crate::notify::Notifier;

pub use client::ClientIp;
pub use csrf::CsrfToken;
pub use error::AppError;

/// Per-process secret keys (a restart voids CSRF tokens, PINs and sessions,
/// which live in memory anyway).
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

/// Everything a request handler may use.
pub struct App {
    /// The loaded configuration.
    pub config: Config,
    /// The directory.
    pub directory: Directory,
    /// Email and SMS.
    pub notifier: Notifier,
    /// Translations.
    pub i18n: Arc<I18n>,
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
    /// A Fluent file is broken.
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    /// A template does not parse.
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
}

impl App {
    /// Assembles the app from a loaded config, a prepared directory and notifier.
    pub fn new(
        config: Config,
        directory: Directory,
        notifier: Notifier,
    ) -> Result<AppState, BuildError> {
        let i18n = Arc::new(I18n::new(
            &config.i18n.languages,
            &config.i18n.default_language,
        )?);
        let templates = pages::environment(i18n.clone())?;
        let security = security::SecurityHeaders::new(&config);
        Ok(Arc::new(Self {
            config,
            directory,
            notifier,
            i18n,
            templates,
            keys: Keys::random(),
            security,
        }))
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
    Router::new()
        .route("/", get(pages::home))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/static/kleidi.css", get(pages::css))
        .route("/static/theme.css", get(pages::theme))
        .fallback(|| async { AppError::NotFound })
        // Innermost first: limits, then error rendering, then headers outside it all.
        .layer(RequestBodyLimitLayer::new(cfg.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(cfg.request_timeout_secs),
        ))
        .layer(from_fn_with_state(app.clone(), csrf::protect))
        .layer(from_fn_with_state(app.clone(), error::render_errors))
        .layer(from_fn_with_state(app.clone(), lang::remember))
        .layer(from_fn_with_state(app.clone(), security::headers))
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

/// Serves `router` on `listener` until `shutdown` resolves, then waits up to
/// `grace` for requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown.await;
        let _ = tx.send(());
    });
    let server = tokio::spawn(async move { server.await });
    tokio::pin!(server);
    tokio::select! {
        r = &mut server => return r.unwrap_or_else(|e| Err(std::io::Error::other(e))),
        _ = rx => {}
    }
    match tokio::time::timeout(grace, &mut server).await {
        Ok(r) => r.unwrap_or_else(|e| Err(std::io::Error::other(e))),
        Err(_) => {
            tracing::warn!("requests still running after the grace period; stopping anyway");
            server.abort();
            Ok(())
        }
    }
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
