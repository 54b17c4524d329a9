//! `POST /api/v1/manage/import?dry_run=true|false[&source=NAME]`: an organisation's editor or an admin uploads
//! an Open Referral HSDS file (HSDS 3.0 JSON as `application/json`, or a zip of a CSV package or of JSON as
//! `application/zip`) and gets the import report back: 200 for a dry run (nothing written), 201 after a real
//! import (one transaction, searchable as soon as the answer arrives), 422 naming the problem for a file that
//! cannot be read.
//!
//! An editor's import goes into their own organisation: every service is attached to it, the file's
//! organisations are reported and ignored, and a service whose id belongs to another organisation is skipped.
//! An admin's import keeps the file's organisations (new ones are created approved).

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::{Permission, Role};
use crate::hsds::import::{
    self, Context, ImportError, ImportOptions, ImportReport, LIMITS, Plan, Report, ShelterChoice, Silent,
};
use crate::http::error::ApiError;
use crate::http::extract::{CurrentUser, Pairs, only, single};
use crate::http::state::AppState;

/// The import route, with its own body limit: the import's upload limit.
pub fn router() -> OpenApiRouter<AppState> {
    let limit = usize::try_from(LIMITS.upload_bytes).unwrap_or(usize::MAX);
    OpenApiRouter::new()
        .routes(routes!(import_file))
        .layer(DefaultBodyLimit::max(limit))
        .routes(routes!(template))
}

/// The file's kind from its Content-Type: `upload.json` or `upload.zip` (the bytes decide in the end).
fn upload_name(headers: &HeaderMap) -> Result<&'static str, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match content_type.as_str() {
        "application/json" => Ok("upload.json"),
        "application/zip" | "application/x-zip-compressed" | "application/octet-stream" => Ok("upload.zip"),
        XLSX | ODS => Ok("upload.zip"),
        "text/csv" => Ok("upload.csv"),
        _ => Err(ApiError::field(
            "body",
            "send HSDS 3.0 JSON with Content-Type: application/json, a zipped package with Content-Type: \
             application/zip, or a spreadsheet in Ruta's template (.xlsx, .ods, or .csv as text/csv)",
        )),
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// The spreadsheet template for imports: one row per service at a location, with the column headers in the
/// language asked for (`lang`: `en`, `es`, `pt` or `fr`; English otherwise). Any of the four languages' headers
/// is accepted when the filled-in file comes back, as `.csv`, `.xlsx` or `.ods`.
#[utoipa::path(
    get,
    path = "/manage/import/template",
    tag = "manage",
    operation_id = "manage_import_template",
    security(("session" = [])),
    params(
        ("lang" = Option<String>, Query, description = "Language of the headers: `en` (default), `es`, `pt` or `fr`."),
    ),
    responses(
        (status = 200, content_type = "text/csv", body = String, description = "The header row, as CSV (UTF-8 with a byte-order mark)."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: an unknown parameter."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins import."),
    )
)]
pub async fn template(user: CurrentUser, pairs: Pairs) -> Result<Response, ApiError> {
    if matches!(user.user.role, Role::Operator | Role::Counsellor) {
        return Err(ApiError::Forbidden(
            "only organisations' editors and admins import listings",
        ));
    }
    only(&pairs, &["lang"])?;
    let lang = single(&pairs, "lang")?.map_or("en", str::trim);
    let lang = match lang.split(['-', '_']).next().unwrap_or_default() {
        code @ ("es" | "pt" | "fr") => code,
        _ => "en",
    };
    Ok(crate::http::staff::csv::csv_response(
        import::sheet::template_csv(lang).into_bytes(),
        &format!("ruta-import-{lang}.csv"),
    ))
}

/// `confidential_shelters`: `all`, or the ids (comma-separated, as a dry run's `shelters_with_address` gives
/// them) of the shelters with a street address to make confidential.
fn shelters(pairs: &Pairs) -> Result<ShelterChoice, ApiError> {
    let Some(value) = single(pairs, "confidential_shelters")?.map(str::trim) else {
        return Ok(ShelterChoice::Listed);
    };
    if value == "all" {
        return Ok(ShelterChoice::All);
    }
    value
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| {
            Uuid::parse_str(id).map_err(|_| {
                ApiError::invalid(
                    "confidential_shelters",
                    "`all`, or shelter ids separated by commas",
                )
            })
        })
        .collect::<Result<_, _>>()
        .map(ShelterChoice::These)
}

fn dry_run(pairs: &Pairs) -> Result<bool, ApiError> {
    match single(pairs, "dry_run")?.map(str::trim) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => Err(ApiError::invalid("dry_run", "dry_run must be true or false")),
    }
}

/// Import an Open Referral HSDS file. Plans on a blocking thread (a large file takes seconds), writes in one
/// transaction with one audit entry, then updates the in-memory directory: searchable when the answer arrives.
#[utoipa::path(
    post,
    path = "/manage/import",
    tag = "manage",
    operation_id = "manage_import_hsds",
    security(("session" = [])),
    params(
        ("dry_run" = Option<bool>, Query, description = "true: report what would be imported, fixed and skipped, and write nothing. Default false."),
        ("source" = Option<String>, Query, description = "Name of the source: ids that are not UUIDs are derived from it, so use the same name for the same directory's data. Default `upload`; an editor's source is always within their organisation."),
        ("country" = Option<String>, Query, description = "ISO 3166-1 alpha-2 country of services whose file does not say (no address, point or area that tells)."),
        ("timezone" = Option<String>, Query, description = "IANA time zone of opening hours whose file does not say (taken before guessing from the place)."),
        ("confidential_shelters" = Option<String>, Query, description = "Shelters that arrive with a street address to make confidential before anything is published: `all`, or their ids separated by commas (a dry run lists them in `shelters_with_address`). The others are published with their address."),
    ),
    request_body(
        description = "HSDS 3.0 JSON (a service, a list or page of services, organisations with nested services; at most 32 MB), a zip of an HSDS CSV package (3.0, 2.0 or 1.1) or of HSDS JSON, or a spreadsheet in Ruta's template (`.xlsx`, `.ods`, or `.csv` as `text/csv`; see `/manage/import/template`); at most 50 MB.",
        content(("application/json"), ("application/zip"), ("text/csv"), ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("application/vnd.oasis.opendocument.spreadsheet")),
    ),
    responses(
        (status = 200, body = ImportReport, description = "Dry run: the report; nothing was written."),
        (status = 201, body = ImportReport, description = "Imported: the report. Editors' imports go into their own organisation."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `dry_run` is not true or false, `country` or `timezone` is not one, `confidential_shelters` is not `all` or ids, or an unknown parameter."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins import."),
        (status = 409, body = api_types::ErrorBody, description = "`import_running`: another import is running on this server; try again when it is done."),
        (status = 413, body = api_types::ErrorBody, description = "`payload_too_large` (`body`): the file goes over one of the import's limits — 50 MB uploaded, 256 MB unzipped, a zip entry compressed more than 100 to 1, 250,000 rows, a 1 MB row, a 64 KB cell, 32 MB of JSON; the message names which. Nothing was written."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field` (`body`): the file cannot be read (not HSDS, damaged, no services table); the message says why. Nothing was written."),
    )
)]
pub async fn import_file(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    pairs: Pairs,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let owner = match user.user.role {
        Role::Admin => None,
        Role::NgoEditor => {
            let org = user
                .user
                .organization_id
                .ok_or(ApiError::Forbidden("this account has no organisation"))?;
            user.require(Permission::EditService(org))?;
            Some(org)
        }
        Role::Operator | Role::Counsellor => {
            return Err(ApiError::Forbidden(
                "only organisations' editors and admins import listings",
            ));
        }
    };
    only(
        &pairs,
        &[
            "dry_run",
            "source",
            "country",
            "timezone",
            "confidential_shelters",
        ],
    )?;
    let dry_run = dry_run(&pairs)?;
    let shelters = shelters(&pairs)?;
    let country = single(&pairs, "country")?
        .map(|c| {
            api_types::CountryCode::parse(c.trim()).map_err(|_| {
                ApiError::invalid("country", "country must be an ISO 3166-1 alpha-2 code, e.g. GT")
            })
        })
        .transpose()?;
    let timezone = single(&pairs, "timezone")?
        .map(|z| {
            z.trim().parse::<chrono_tz::Tz>().map_err(|_| {
                ApiError::invalid(
                    "timezone",
                    "timezone must be an IANA time zone, e.g. America/Guatemala",
                )
            })
        })
        .transpose()?;
    let given_source = single(&pairs, "source")?.map(str::trim).filter(|s| !s.is_empty());
    if given_source.is_some_and(|s| s.chars().count() > 100) {
        return Err(ApiError::invalid(
            "source",
            "source must be at most 100 characters",
        ));
    }
    // An editor's ids are derived within their organisation: two organisations importing files with the same
    // row ids never touch each other's records.
    let source = match (owner, given_source) {
        (Some(org), Some(s)) => format!("organization/{org}/{s}"),
        (Some(org), None) => format!("organization/{org}"),
        (None, Some(s)) => s.to_owned(),
        (None, None) => "upload".to_owned(),
    };
    let name = upload_name(&headers)?;
    let body = body.map_err(|_| ImportError::TooLarge(import::Exceeded::Upload(LIMITS.upload_bytes)))?;
    if body.is_empty() {
        return Err(ApiError::field("body", "the file is empty"));
    }
    let options = ImportOptions {
        source,
        now: state.clock.now(),
        owner,
        dry_run,
        country,
        timezone,
        shelters,
        terms: None,
        kept_terms: import::kept_terms::kept(&*state.store).await?,
    };

    // One import at a time, from reading to indexing: the limits hold for one file in memory, not several.
    let turn = state.catalog.import_turn()?;
    let planning = state.clone();
    let planned_options = options.clone();
    let plan: Plan = tokio::task::spawn_blocking(move || -> Result<Plan, ImportError> {
        let options = planned_options;
        let mut report = Report::new(&options.source, options.dry_run);
        let input = import::read_bytes(&body, name, LIMITS, &mut report)?;
        let directory = planning.directory();
        Ok(import::plan(
            input,
            report,
            Context {
                countries: &planning.countries,
                gazetteer: &planning.gazetteer,
                known: &*directory,
                options: &options,
                progress: &Silent,
            },
        ))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("import task: {e}")))??;

    if let Some(fatal) = plan.report.first_fatal() {
        return Err(ApiError::field("body", fatal));
    }
    let report = state.catalog.import(plan, &options, Some(user.user.id)).await?;
    drop(turn);
    let status = if report.written {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(report)).into_response())
}
