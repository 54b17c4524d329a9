//! The REST API: one router per resource, merged here, with the layers every response goes through.

pub mod countries;
pub mod health;
pub mod layers;
pub mod openapi;
pub mod places;
pub mod query;
pub mod search;
pub mod services;

use axum::Router;

use crate::error::ApiError;
use crate::state::AppState;

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .merge(health::router())
        .merge(search::router())
        .merge(places::router())
        .merge(services::router())
        .merge(countries::router())
        .fallback(|| async { ApiError::NoRoute });
    let app = Router::new()
        .nest("/api/v1", api)
        .fallback(|| async { ApiError::NoRoute })
        .with_state(state)
        .merge(openapi::router());
    layers::apply(app)
}
