//! `GET /api/v1/admin/audit`: the audit log across organisations, filtered, as JSON or CSV (admins).

use api_types::AuditAction;
use api_types::manage::AuditView;
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeDelta};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::Permission;
use crate::domain::AuditEntry;
use crate::http::error::ApiError;
use crate::http::extract::{ApiQuery, CurrentUser, FromQuery, Pairs, only, single};
use crate::http::staff::csv::{csv_download, wants_csv};
use crate::http::state::AppState;
use crate::storage::AuditFilter;

/// The most entries one answer holds (newest first).
const LIMIT: u32 = 1000;

/// Routes under `/api/v1/admin/audit`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(admin_audit))
}

/// `GET /admin/audit` parameters.
#[derive(Debug)]
struct AuditQuery(AuditFilter);

fn date(pairs: &Pairs, key: &str) -> Result<Option<NaiveDate>, ApiError> {
    single(pairs, key)?
        .filter(|v| !v.is_empty())
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| ApiError::invalid(key, "a date as YYYY-MM-DD"))
        })
        .transpose()
}

fn uuid(pairs: &Pairs, key: &str) -> Result<Option<Uuid>, ApiError> {
    single(pairs, key)?
        .filter(|v| !v.is_empty())
        .map(|v| Uuid::parse_str(v).map_err(|_| ApiError::invalid(key, "an id is a UUID")))
        .transpose()
}

impl FromQuery for AuditQuery {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(
            pairs,
            &["organization_id", "person", "record", "action", "from", "to"],
        )?;
        let action = single(pairs, "action")?
            .filter(|v| !v.is_empty())
            .map(|v| match v.parse::<AuditAction>() {
                Ok(AuditAction::Other) | Err(_) => {
                    Err(ApiError::invalid("action", "an audit action such as approve"))
                }
                Ok(action) => Ok(action),
            })
            .transpose()?;
        let from = date(pairs, "from")?;
        let to = date(pairs, "to")?;
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            return Err(ApiError::invalid(
                "to",
                "the last day comes on or after the first",
            ));
        }
        let person = single(pairs, "person")?
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| p.chars().take(200).collect());
        Ok(Self(AuditFilter {
            organization_id: uuid(pairs, "organization_id")?,
            entity: None,
            person,
            record: uuid(pairs, "record")?,
            action,
            from: from.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc()),
            // `to` is a whole day: everything before the next midnight (UTC).
            until: to
                .and_then(|d| d.checked_add_signed(TimeDelta::days(1)))
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc()),
        }))
    }
}

const CSV_HEADER: [&str; 9] = [
    "at",
    "actor",
    "organization_id",
    "entity",
    "entity_id",
    "action",
    "changed",
    "before",
    "after",
];

fn entries_csv(entries: &[AuditView]) -> Result<Response, ApiError> {
    let json = |v: &Option<serde_json::Value>| v.as_ref().map(ToString::to_string).unwrap_or_default();
    let records = entries.iter().map(|e| {
        [
            e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            e.actor.clone(),
            e.organization_id.map(|o| o.to_string()).unwrap_or_default(),
            e.entity.clone(),
            e.entity_id.to_string(),
            e.action.as_str().to_owned(),
            e.changed.join(" "),
            json(&e.before),
            json(&e.after),
        ]
    });
    csv_download(&CSV_HEADER, records, "ruta-audit.csv")
}

/// The audit log across organisations, newest first, at most 1000 entries: filter by organisation, person (part
/// of the email, any case), record, action and days (`from`, `to`, inclusive, UTC). CSV with `Accept: text/csv`.
#[utoipa::path(
    get,
    path = "/admin/audit",
    tag = "admin",
    operation_id = "admin_audit",
    security(("session" = [])),
    params(
        ("organization_id" = Option<Uuid>, Query, description = "Only this organisation's."),
        ("person" = Option<String>, Query, description = "Only by someone whose email contains this (any case)."),
        ("record" = Option<Uuid>, Query, description = "Only this record's (a listing, an account, an organisation…)."),
        ("action" = Option<AuditAction>, Query, description = "Only this action."),
        ("from" = Option<String>, Query, description = "First day, YYYY-MM-DD (UTC)."),
        ("to" = Option<String>, Query, description = "Last day, YYYY-MM-DD (UTC), inclusive."),
    ),
    responses(
        (status = 200, body = Vec<AuditView>, description = "JSON, or CSV with `Accept: text/csv` (columns: at, actor, organization_id, entity, entity_id, action, changed, before, after)."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`, naming the parameter: not a UUID, an unknown action, a date not YYYY-MM-DD, `to` before `from`, or an unknown parameter."),
    )
)]
async fn admin_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    ApiQuery(AuditQuery(filter)): ApiQuery<AuditQuery>,
) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    let entries: Vec<AuditView> = state
        .store
        .audit(&filter, LIMIT)
        .await?
        .into_iter()
        .map(AuditEntry::view)
        .collect();
    if wants_csv(&headers) {
        return entries_csv(&entries);
    }
    Ok(Json(entries).into_response())
}
