//! `/healthz` (the process answers) and `/readyz` (the directory answers).

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde_json::json;

use super::AppState;

/// Always 200 while the process serves requests.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({"status": "ok"}))
}

/// 200 when kleidi can serve: the state store answers and the directory
/// answers a root DSE read within the operation timeout plus one failover
/// (the read goes where requests go: not to a server marked down); else 503
/// with `Retry-After`. A slow directory that still answers within its
/// timeout is ready: a load balancer must not drain every node because one
/// probe was slow.
pub async fn readyz(State(app): State<AppState>) -> axum::response::Response {
    let retry = [(axum::http::header::RETRY_AFTER, "5")];
    if let Err(e) = app.state.ping().await {
        tracing::warn!(error = %e, "readiness: state store unreachable");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            retry,
            Json(json!({"status": "unavailable", "store": "unreachable"})),
        )
            .into_response();
    }
    let ready = Json(json!({"status": "ready", "directory": "ok", "store": "ok"}));
    let op = Duration::from_secs(app.config.directory.operation_timeout_secs);
    match tokio::time::timeout(2 * op + Duration::from_secs(1), app.directory.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, ready).into_response(),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: directory unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                retry,
                Json(json!({"status": "unavailable", "directory": "unreachable"})),
            )
                .into_response()
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            retry,
            Json(json!({"status": "unavailable", "directory": "timeout"})),
        )
            .into_response(),
    }
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> impl IntoResponse {
    let up = tokio::time::timeout(Duration::from_secs(2), app.directory.ping())
        .await
        .is_ok_and(|r| r.is_ok());
    let body = crate::metrics::render(&crate::metrics::Gauges {
        directory_up: up,
        store_up: app.state.ping().await.is_ok(),
        store_values: app.state.values(),
    });
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
}
