//! The REST API: one router per resource, merged here, with the layers every response goes through.

pub mod admin;
pub mod app;
pub mod auth;
pub mod body;
pub mod booking;
pub mod counsellors;
pub mod countries;
pub mod coverage;
pub mod health;
pub mod hsds;
pub mod import;
pub mod language;
pub mod layers;
pub mod manage;
pub mod openapi;
pub mod operator;
pub mod places;
pub mod query;
pub mod referrals;
pub mod search;
pub mod services;
pub mod session;

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
        .merge(auth::router())
        .merge(manage::router())
        .merge(import::router())
        .merge(admin::router())
        .merge(booking::router())
        .merge(operator::router())
        .merge(referrals::router())
        .merge(coverage::router())
        .merge(counsellors::router())
        .fallback(|| async { ApiError::NoRoute })
        .layer(axum::middleware::from_fn(session::refuse_cross_site))
        .layer(axum::middleware::from_fn(language::localize_errors));
    let bundle = state.app.clone();
    let mut app = Router::new()
        .nest("/api/v1", api)
        .merge(hsds::router())
        .with_state(state)
        .merge(openapi::router());
    app = match bundle {
        Some(bundle) => app.merge(app::router(bundle)),
        None => app.fallback(|| async { ApiError::NoRoute }),
    };
    layers::apply(app)
}
