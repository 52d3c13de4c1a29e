//! The accept loop: hyper's HTTP/1 with a header-read timeout (which also
//! bounds how long an idle keep-alive connection may wait for its next
//! request) and a cap on open connections, so that slow or idle clients
//! cannot hold the file descriptors everyone else needs.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::Semaphore;
use tower::ServiceExt as _;

/// Limits on the connections one listener keeps.
#[derive(Debug, Clone, Copy)]
pub struct ConnLimits {
    /// A client must send a request's headers within this time, on a new
    /// connection and between the requests of a kept-alive one.
    pub header_read_timeout: Duration,
    /// Open connections at most; further clients wait in the kernel's
    /// backlog until one closes.
    pub max_connections: usize,
}

impl ConnLimits {
    /// The limits `[http]` sets for the public listener.
    pub fn of(cfg: &crate::config::HttpConfig) -> Self {
        Self {
            header_read_timeout: Duration::from_secs(cfg.header_read_timeout_secs),
            max_connections: cfg.max_connections,
        }
    }
}

impl Default for ConnLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 4096,
        }
    }
}

/// The routes being served, replaceable while serving (a reload swaps in
/// the router of a new app; each request takes the current one, requests in
/// flight finish with theirs).
#[derive(Clone)]
pub struct Routes(Arc<std::sync::RwLock<Router>>);

impl Routes {
    /// Serves `router`.
    pub fn new(router: Router) -> Self {
        Self(Arc::new(std::sync::RwLock::new(router)))
    }

    /// From the next request on, serves `router`.
    pub fn replace(&self, router: Router) {
        if let Ok(mut r) = self.0.write() {
            *r = router;
        }
    }

    fn current(&self) -> Router {
        match self.0.read() {
            Ok(r) => r.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }
}

impl From<Router> for Routes {
    fn from(r: Router) -> Self {
        Self::new(r)
    }
}

impl tower::Service<axum::extract::Request> for Routes {
    type Response = axum::response::Response;
    type Error = std::convert::Infallible;
    type Future = axum::routing::future::RouteFuture<std::convert::Infallible>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: axum::extract::Request) -> Self::Future {
        tower::Service::call(&mut self.current(), req)
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then waits up to
/// `grace` for requests in flight.
pub async fn serve_limited(
    listener: tokio::net::TcpListener,
    router: impl Into<Routes>,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
    limits: ConnLimits,
) -> std::io::Result<()> {
    let router: Routes = router.into();
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        // A free slot first: at the cap, new clients wait in the backlog.
        let permit = tokio::select! {
            p = slots.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            a = listener.accept() => match a {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors and the like: wait, do not spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let svc = router
            .clone()
            .map_request(move |req: hyper::Request<Incoming>| {
                let mut req = req.map(Body::new);
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(svc));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::trace!(error = %e, "connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the grace period; stopping anyway");
    }
    Ok(())
}
