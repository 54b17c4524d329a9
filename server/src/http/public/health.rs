//! `GET /api/v1/health`: is the service up, and is it serving demo data? `GET /api/v1/ready`: is this replica's
//! index caught up with the database, so a load balancer may send it searches?

use api_types::{Health, Readiness};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::state::AppState;

/// Health check.
#[utoipa::path(get, path = "/health", tag = "health", responses((status = 200, body = Health)))]
pub async fn get_health(State(state): State<AppState>) -> Json<Health> {
    let directory = state.directory();
    Json(Health {
        status: "ok".to_owned(),
        services: directory.len() as u64,
        demo: directory.has_demo(),
    })
}

/// Above this lag a replica says it is not ready.
const READY_WITHIN_MS: u64 = 5_000;

/// Readiness: 200 when the index is loaded (it is before the server listens) and caught up with the database,
/// 503 otherwise — behind by more than 5 s, or the database unreachable.
#[utoipa::path(
    get,
    path = "/ready",
    tag = "health",
    responses(
        (status = 200, body = Readiness, description = "Ready for traffic"),
        (status = 503, body = Readiness, description = "Not ready: the index is behind, or the database does not answer")
    )
)]
pub async fn get_ready(State(state): State<AppState>) -> Response {
    let readiness = match state.catalog.backlog().await {
        Ok(backlog) => Readiness {
            ready: backlog.lag_ms <= READY_WITHIN_MS,
            changes_pending: Some(backlog.pending),
            lag_ms: Some(backlog.lag_ms),
        },
        Err(e) => {
            tracing::warn!(error = %e, "readiness: the database does not answer");
            Readiness {
                ready: false,
                changes_pending: None,
                lag_ms: None,
            }
        }
    };
    let status = if readiness.ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(readiness)).into_response()
}

/// `GET /api/v1/health` and `GET /api/v1/ready`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_health))
        .routes(routes!(get_ready))
}
