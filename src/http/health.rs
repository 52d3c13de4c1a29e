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

/// 200 when a directory round trip succeeds within 3 s and the state store
/// answers, else 503 (with `Retry-After`).
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
    let ping = tokio::time::timeout(Duration::from_secs(3), app.directory.ping()).await;
    let (status, body) = match ping {
        Ok(Ok(())) => (
            StatusCode::OK,
            Json(json!({"status": "ready", "directory": "ok", "store": "ok"})),
        ),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: directory unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "directory": "unreachable"})),
            )
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable", "directory": "timeout"})),
        ),
    };
    if status == StatusCode::OK {
        (status, body).into_response()
    } else {
        (status, retry, body).into_response()
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
