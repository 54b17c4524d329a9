//! `/api/v1/admin/lifelines/{iso2}`: an admin corrects a country's life lines (a number changed, a line closed)
//! without waiting for a release, or takes the correction back. Audited; served at once.

use api_types::{CountryCode, CountryLifeLines, LifeLinesInput};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::accounts::actor;
use crate::auth::Permission;
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, CurrentUser};
use crate::http::state::AppState;

/// Routes.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(correct, revert))
}

fn country(iso2: &str) -> Result<CountryCode, ApiError> {
    CountryCode::parse(iso2).map_err(|e| ApiError::invalid("iso2", e.to_string()))
}

/// Replace a country's life lines with a corrected set, each entry with its own source.
#[utoipa::path(
    put,
    path = "/admin/lifelines/{iso2}",
    tag = "admin",
    operation_id = "admin_correct_lifelines",
    security(("session" = [])),
    params(("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `MX`.")),
    request_body = LifeLinesInput,
    responses(
        (status = 200, body = CountryLifeLines, description = "Saved and served at once."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: not a two-letter code."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: not a country of the reference data."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a number that is not digits or was retired, no general or police number, a channel without its number, a source without an http(s) address or checked after today; `field` names it."),
    )
)]
async fn correct(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(iso2): ApiPath<String>,
    ApiJson(input): ApiJson<LifeLinesInput>,
) -> Result<Json<CountryLifeLines>, ApiError> {
    user.require(Permission::Administer)?;
    let code = country(&iso2)?;
    let known = |c: CountryCode| state.countries.get(c).is_some();
    let saved = state
        .lifelines
        .correct(&actor(&user.user), code, input, known, state.clock.now())
        .await?;
    Ok(Json(saved))
}

/// Take a country's correction back: the life lines shipped with Ruta are served again.
#[utoipa::path(
    delete,
    path = "/admin/lifelines/{iso2}",
    tag = "admin",
    operation_id = "admin_revert_lifelines",
    security(("session" = [])),
    params(("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `MX`.")),
    responses(
        (status = 200, body = Option<CountryLifeLines>, description = "The shipped set, served again (null when Ruta ships none for the country)."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: not a two-letter code."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: the country has no correction."),
    )
)]
async fn revert(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(iso2): ApiPath<String>,
) -> Result<Json<Option<CountryLifeLines>>, ApiError> {
    user.require(Permission::Administer)?;
    let code = country(&iso2)?;
    let shipped = state
        .lifelines
        .revert(&actor(&user.user), code, state.clock.now())
        .await?;
    Ok(Json(shipped))
}
