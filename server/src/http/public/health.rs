//! `GET /api/v1/health`: is the service up, and is it serving demo data?

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::state::AppState;

/// Liveness and what is loaded.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the service answers.
    pub status: &'static str,
    /// Services in the directory.
    pub services: usize,
    /// True when the directory holds demo data.
    pub demo: bool,
}

/// Health check.
#[utoipa::path(get, path = "/health", tag = "health", responses((status = 200, body = Health)))]
pub async fn get_health(State(state): State<AppState>) -> Json<Health> {
    let directory = state.directory();
    Json(Health {
        status: "ok",
        services: directory.len(),
        demo: directory.has_demo(),
    })
}

/// Routes.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_health))
}
