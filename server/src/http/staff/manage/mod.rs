//! `/api/v1/manage/…`: NGO editors keep their listings and counsellors current and import their data; operators
//! read full records; admins do both.

pub mod counsellors;
pub mod import;
pub mod organizations;
pub mod reports;
pub mod services;

use utoipa_axum::router::OpenApiRouter;

use crate::http::state::AppState;

/// Routes under `/api/v1/manage`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(services::router())
        .merge(organizations::router())
        .merge(reports::router())
        .merge(import::router())
        .merge(counsellors::router())
}
