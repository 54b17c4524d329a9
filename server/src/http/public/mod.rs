//! What anyone may call, without an account: search, places, services, countries, problem reports, counsellors
//! and appointments booked with a reference and secret, the HSDS export and the listing check's confirm page (both outside `/api/v1`).

pub mod appointments;
pub mod counsellors;
pub mod countries;
pub mod health;
pub mod hsds;
pub mod listing_confirm;
pub mod places;
pub mod search;
pub mod services;

use utoipa_axum::router::OpenApiRouter;

use crate::http::state::AppState;

/// Routes under `/api/v1` that need no account.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(health::router())
        .merge(search::router())
        .merge(places::router())
        .merge(services::router())
        .merge(countries::router())
        .merge(counsellors::router())
        .merge(appointments::router())
}
