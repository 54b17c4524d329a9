//! What signed-in staff call: sign-in and registration, managing listings and counsellors (`manage/`), the
//! counsellor's own sessions and availability, administration, the operator search, referrals (counted, and warm ones with an inbox), the
//! notification outbox and coverage.
//! Every handler takes a `CurrentUser` and checks a permission (deny by default).

pub mod admin;
pub mod auth;
pub mod counsellor;
pub mod coverage;
pub mod csv;
pub mod manage;
pub mod notifications;
pub mod operator;
pub mod organizations;
pub mod referrals;
pub mod warm_referrals;

use utoipa_axum::router::OpenApiRouter;

use crate::http::state::AppState;

/// Routes under `/api/v1` for staff.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(auth::router())
        .merge(organizations::router())
        .merge(manage::router())
        .merge(notifications::router())
        .merge(counsellor::router())
        .merge(admin::router())
        .merge(operator::router())
        .merge(referrals::router())
        .merge(warm_referrals::router())
        .merge(coverage::router())
}
