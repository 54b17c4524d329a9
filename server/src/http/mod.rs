//! The HTTP edge: extractors, routes, error mapping and the layers every response goes through. Handlers parse
//! the request into typed values, call the application services (`catalog`, `accounts`, `booking`,
//! `coverage`, …) and map their errors to [`error::ApiError`] — nothing below this module knows about HTTP.
//!
//! Routes live in folders that mirror the URL: `public/` for what anyone may call (`/api/v1/search` is
//! `public/search.rs`, `/hsds/…` is `public/hsds.rs`), `staff/` for what needs a signed-in account
//! (`/api/v1/manage/services` is `staff/manage/services.rs`). Each file registers its handlers with
//! `utoipa_axum::routes!`, so the route table is the OpenAPI document's path list.

pub mod app;
pub mod cross_site;
pub mod error;
pub mod etag;
pub mod extract;
pub mod language;
pub mod layers;
pub mod limits;
pub mod openapi;
pub mod parse_errors;
pub mod public;
pub mod responses;
pub mod serve;
pub mod staff;
pub mod state;

use axum::Router;
use utoipa::OpenApi as _;
use utoipa_axum::router::OpenApiRouter;

use crate::http::error::ApiError;
use crate::http::state::AppState;

/// The routes and their OpenAPI document.
pub fn routes() -> OpenApiRouter<AppState> {
    let api = OpenApiRouter::new()
        .merge(public::router())
        .merge(staff::router())
        .fallback(|| async { ApiError::NoRoute })
        .layer(axum::middleware::from_fn(error::json_errors))
        .layer(axum::middleware::from_fn(cross_site::refuse_cross_site));
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .nest("/api/v1", api)
        .merge(public::hsds::router())
        .merge(public::listing_confirm::router())
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let bundle = state.app.clone();
    let (routes, mut document) = routes().split_for_parts();
    responses::add_shared(&mut document);
    let mut app = routes.with_state(state).merge(openapi::router(document));
    app = match bundle {
        Some(bundle) => app.merge(app::router(bundle)),
        None => app.fallback(|| async { ApiError::NoRoute }),
    };
    layers::apply(app)
}
