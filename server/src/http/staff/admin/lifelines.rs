//! `/api/v1/admin/lifelines/{iso2}`: an admin corrects a country's life lines (a number changed, a line closed)
//! without waiting for a release, or takes the correction back. Audited; served at once.
//!
//! The set is read here with its `ETag`; a correction (`PUT`) requires it in `If-Match` (428 without, 412 when
//! another admin corrected the country meanwhile), and taking a correction back (`DELETE`) honours it when sent.

use api_types::{CountryCode, CountryLifeLines, LifeLinesInput};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::accounts::actor;
use crate::auth::Permission;
use crate::http::error::ApiError;
use crate::http::etag::{IfMatch, Tagged};
use crate::http::extract::{ApiJson, ApiPath, CurrentUser};
use crate::http::state::AppState;

/// `/api/v1/admin/lifelines/{iso2}`: read, correct, revert.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(read, correct, revert))
}

fn country(iso2: &str) -> Result<CountryCode, ApiError> {
    CountryCode::parse(iso2).map_err(|e| ApiError::invalid("iso2", e.to_string()))
}

/// A country's life lines as served now (the shipped set, or its correction), with the `ETag` a correction
/// sends back.
#[utoipa::path(
    get,
    path = "/admin/lifelines/{iso2}",
    tag = "admin",
    operation_id = "admin_read_lifelines",
    security(("session" = [])),
    params(("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `MX`.")),
    responses(
        (status = 200, body = Option<CountryLifeLines>, description = "The set served now, every source page and note included (null when Ruta serves none for the country).", headers(("ETag" = String, description = "The set's entity tag: send it back in `If-Match` to correct it."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: not a two-letter code."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: not a country of the reference data."),
    )
)]
async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(iso2): ApiPath<String>,
) -> Result<Tagged<Json<Option<CountryLifeLines>>>, ApiError> {
    user.require(Permission::Administer)?;
    let code = country(&iso2)?;
    if state.countries.get(code).is_none() {
        return Err(ApiError::not_found("country", "iso2"));
    }
    let (lines, tag) = state.lifelines.current(code);
    Ok(Tagged(tag, Json(lines)))
}

/// Replace a country's life lines with a corrected set, each entry with its own source.
#[utoipa::path(
    put,
    path = "/admin/lifelines/{iso2}",
    tag = "admin",
    operation_id = "admin_correct_lifelines",
    security(("session" = [])),
    params(
        ("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `MX`."),
        ("If-Match" = String, Header, description = "Required: the `ETag` of `GET /admin/lifelines/{iso2}` the correction was made from, so another admin's correction made meanwhile is not overwritten."),
    ),
    request_body = LifeLinesInput,
    responses(
        (status = 200, body = CountryLifeLines, description = "Saved and served at once.", headers(("ETag" = String, description = "The set's new entity tag."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: not a two-letter code, or `If-Match` is not a list of quoted tags or `*`."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: not a country of the reference data."),
        (status = 412, body = api_types::ErrorBody, description = "`precondition_failed`: the country's life lines were changed since they were read; read them again. Nothing is saved."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a number that is not digits or was retired, no general or police number, a channel without its number, a source without an http(s) address or checked after today; `field` names it."),
    )
)]
async fn correct(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(iso2): ApiPath<String>,
    if_match: IfMatch,
    ApiJson(input): ApiJson<LifeLinesInput>,
) -> Result<Tagged<Json<CountryLifeLines>>, ApiError> {
    user.require(Permission::Administer)?;
    let code = country(&iso2)?;
    let known = |c: CountryCode| state.countries.get(c).is_some();
    if !known(code) {
        return Err(ApiError::not_found("country", "iso2"));
    }
    let precondition = if_match.required()?;
    let (saved, tag) = state
        .lifelines
        .correct(
            &actor(&user.user),
            code,
            input,
            known,
            Some(&precondition),
            state.clock.now(),
        )
        .await?;
    Ok(Tagged(tag, Json(saved)))
}

/// Take a country's correction back: the life lines shipped with Ruta are served again.
#[utoipa::path(
    delete,
    path = "/admin/lifelines/{iso2}",
    tag = "admin",
    operation_id = "admin_revert_lifelines",
    security(("session" = [])),
    params(
        ("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `MX`."),
        ("If-Match" = Option<String>, Header, description = "Optional: the `ETag` the corrected set was read with; when sent, the correction is taken back only if it is still that version (else 412)."),
    ),
    responses(
        (status = 200, body = Option<CountryLifeLines>, description = "The shipped set, served again (null when Ruta ships none for the country).", headers(("ETag" = String, description = "The set's new entity tag."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: not a two-letter code, or `If-Match` is not a list of quoted tags or `*`."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: the country has no correction."),
        (status = 412, body = api_types::ErrorBody, description = "`precondition_failed`: `If-Match` was sent and the country's life lines were changed since; read them again. Nothing is changed."),
    )
)]
async fn revert(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(iso2): ApiPath<String>,
    if_match: IfMatch,
) -> Result<Tagged<Json<Option<CountryLifeLines>>>, ApiError> {
    user.require(Permission::Administer)?;
    let code = country(&iso2)?;
    let precondition = if_match.optional()?;
    let (shipped, tag) = state
        .lifelines
        .revert(&actor(&user.user), code, precondition.as_ref(), state.clock.now())
        .await?;
    Ok(Tagged(tag, Json(shipped)))
}
