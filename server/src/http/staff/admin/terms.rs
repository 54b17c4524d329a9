//! `/api/v1/admin/terms`: the term table admins keep on the server ([`crate::hsds::import::kept_terms`]), which every import
//! uses to map other directories' taxonomy terms to Ruta's kinds, populations and delivery modes. Read as a
//! summary or, with `Accept: text/csv`, as the table to edit in a spreadsheet; saved whole; Ruta's built-in
//! table is there to start from.

use api_types::manage::{TermTableInput, TermTableView};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::accounts::actor;
use crate::auth::Permission;
use crate::hsds::import::kept_terms::{self, SaveError};
use crate::hsds::import::map::term_table::{COLUMNS, TermTable};
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, CurrentUser};
use crate::http::staff::csv::{csv_response, wants_csv};
use crate::http::state::AppState;

/// `/api/v1/admin/terms` and its built-in table.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read, save))
        .routes(routes!(built_in))
}

impl From<SaveError> for ApiError {
    fn from(e: SaveError) -> Self {
        match e {
            // `csv[2].kinds`: line 2 (the header is line 1), column `kinds`.
            SaveError::Invalid(e) if e.column.is_empty() => {
                ApiError::field(format!("csv[{}]", e.line), e.to_string())
            }
            SaveError::Invalid(e) => ApiError::field(format!("csv[{}].{}", e.line, e.column), e.to_string()),
            SaveError::TooLarge => ApiError::field("csv", e.to_string()),
            SaveError::Store(e) => e.into(),
        }
    }
}

/// The kept table: how many rows and when it was saved, or the table itself with `Accept: text/csv` (a header
/// row alone when none is kept).
#[utoipa::path(
    get,
    path = "/admin/terms",
    tag = "admin",
    operation_id = "admin_read_terms",
    security(("session" = [])),
    responses(
        (status = 200, body = TermTableView, description = "JSON, or with `Accept: text/csv` the table as a download (`ruta_terms.csv`)."),
    )
)]
async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    let stored = state.store.term_table().await?;
    if wants_csv(&headers) {
        let csv = stored.map_or_else(|| format!("{}\n", COLUMNS.join(",")), |t| t.csv);
        return Ok(csv_response(csv.into_bytes(), "ruta_terms.csv"));
    }
    Ok(Json(kept_terms::view(stored.as_ref())).into_response())
}

/// Replace the kept table. It is checked first: a wrong cell is named (`field` `csv[2].kinds`: line 2, column
/// `kinds`) and nothing is saved. A header row alone empties it. Audited.
#[utoipa::path(
    put,
    path = "/admin/terms",
    tag = "admin",
    operation_id = "admin_save_terms",
    security(("session" = [])),
    request_body = TermTableInput,
    responses(
        (status = 200, body = TermTableView, description = "Saved; the next import uses it."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_body`: not JSON of this shape."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `csv[LINE].COLUMN` names a wrong cell (a kind, population or delivery mode Ruta does not know, a row that maps to nothing, a missing column in the header: line 1), or `csv` is longer than 200,000 bytes. Nothing is saved."),
    )
)]
async fn save(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(input): ApiJson<TermTableInput>,
) -> Result<Json<TermTableView>, ApiError> {
    user.require(Permission::Administer)?;
    let saved = kept_terms::save(&*state.store, &actor(&user.user), &input.csv, state.clock.now()).await?;
    Ok(Json(saved))
}

/// Ruta's built-in table (Open Eligibility, the HSDS examples' terms, Ohana keywords, AIRS/211 terms quoted
/// publicly), as CSV: the columns and values a kept table uses, to start from.
#[utoipa::path(
    get,
    path = "/admin/terms/built_in",
    tag = "admin",
    operation_id = "admin_built_in_terms",
    security(("session" = [])),
    responses(
        (status = 200, content_type = "text/csv", body = String, description = "The table, as a download (`ruta_built_in_terms.csv`)."),
    )
)]
async fn built_in(user: CurrentUser) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    Ok(csv_response(
        TermTable::built_in_csv().as_bytes().to_vec(),
        "ruta_built_in_terms.csv",
    ))
}
