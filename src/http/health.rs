//! `/healthz` (the process answers) and `/readyz` (the directory answers).

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;

/// The probes, in the document (their errors are not the API's JSON ones).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
}

/// The process is up.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    #[schema(value_type = String, pattern = "^ok$")]
    status: &'static str,
}

/// Whether a dependency answered.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Probe {
    /// It answered.
    Ok,
    /// It refused or is down.
    Unreachable,
    /// It did not answer in time.
    Timeout,
}

/// Overall readiness.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReadyStatus {
    /// Serving.
    Ready,
    /// A dependency is down.
    Unavailable,
}

/// What the readiness probe found; a dependency not reached is absent.
#[derive(Serialize, ToSchema)]
pub struct Readiness {
    /// The verdict.
    status: ReadyStatus,
    /// The directory, when it was asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    directory: Option<Probe>,
    /// The state store.
    store: Probe,
}

/// Always 200 while the process serves requests.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "meta",
    operation_id = "healthz",
    summary = "The process is up",
    responses((status = 200, description = "Always, while the process serves requests.", body = Health))
)]
pub async fn healthz() -> impl IntoResponse {
    Json(Health { status: "ok" })
}

/// 200 when kleidi can serve: the state store answers and the directory
/// answers a root DSE read within the operation timeout plus one failover
/// (the read goes where requests go: not to a server marked down); else 503
/// with `Retry-After`. A slow directory that still answers within its
/// timeout is ready: a load balancer must not drain every node because one
/// probe was slow.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "meta",
    operation_id = "readyz",
    summary = "The state store and the directory answer",
    responses(
        (status = 200, description = "Both answered in time.", body = Readiness),
        (status = 503, description = "The state store or the directory is unreachable or too slow.", body = Readiness,
            headers(("Retry-After" = u64, description = "Seconds to wait before probing again."))),
    )
)]
pub async fn readyz(State(app): State<AppState>) -> axum::response::Response {
    let retry = [(axum::http::header::RETRY_AFTER, "5")];
    if let Err(e) = app.state.ping().await {
        tracing::warn!(error = %e, "readiness: state store unreachable");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            retry,
            Json(Readiness {
                status: ReadyStatus::Unavailable,
                directory: None,
                store: Probe::Unreachable,
            }),
        )
            .into_response();
    }
    let ready = Json(Readiness {
        status: ReadyStatus::Ready,
        directory: Some(Probe::Ok),
        store: Probe::Ok,
    });
    let op = Duration::from_secs(app.config.directory.operation_timeout_secs);
    match tokio::time::timeout(2 * op + Duration::from_secs(1), app.directory.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, ready).into_response(),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: directory unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                retry,
                Json(Readiness {
                    status: ReadyStatus::Unavailable,
                    directory: Some(Probe::Unreachable),
                    store: Probe::Ok,
                }),
            )
                .into_response()
        }
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            retry,
            Json(Readiness {
                status: ReadyStatus::Unavailable,
                directory: Some(Probe::Timeout),
                store: Probe::Ok,
            }),
        )
            .into_response(),
    }
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> impl IntoResponse {
    let up = tokio::time::timeout(Duration::from_secs(2), app.directory.ping())
        .await
        .is_ok_and(|r| r.is_ok());
    let body = app.metrics.render(&crate::metrics::Gauges {
        directory_up: up,
        store_up: app.state.ping().await.is_ok(),
        store_values: app.state.values(),
        servers_down: app.directory.servers_down(),
        connections: app.directory.pool_sizes(),
    });
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
}
