//! Reading stored rows into domain values, once for both stores: SQLite and PostgreSQL keep the same values in
//! the same columns (ids and vocabularies as text, lists as JSON text), so only the SQL differs between them.
//! [`Columns`] is the little each row type must answer.

use std::str::FromStr;

use api_types::manage::ProblemReason;
use api_types::{AuditAction, CountryCode, LanguageCode, LatLon, Localized, ServiceDetails, WeeklyHours};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::StoreError;
use super::booking::{Replay, Span};
use crate::auth::{Role, User, UserStatus};
use crate::domain::booking::{Appointment, Counsellor, Modality, StoredWindow};
use crate::domain::slots::Availability;
use crate::domain::{AuditEntry, Location, Organization, ProblemReport, Schedule, Service};

/// One column of a row, by name, in the types the stores use.
pub trait Columns {
    /// A text column.
    fn text(&self, column: &str) -> Result<String, StoreError>;
    /// A text column that may be NULL.
    fn opt_text(&self, column: &str) -> Result<Option<String>, StoreError>;
    /// A timestamp.
    fn time(&self, column: &str) -> Result<DateTime<Utc>, StoreError>;
    /// A timestamp that may be NULL.
    fn opt_time(&self, column: &str) -> Result<Option<DateTime<Utc>>, StoreError>;
    /// A yes/no column.
    fn flag(&self, column: &str) -> Result<bool, StoreError>;
    /// An integer column.
    fn int(&self, column: &str) -> Result<i64, StoreError>;
    /// A floating-point column.
    fn real(&self, column: &str) -> Result<f64, StoreError>;
    /// Bytes that may be NULL (a sealed value).
    fn opt_bytes(&self, column: &str) -> Result<Option<Vec<u8>>, StoreError>;
}

macro_rules! columns_for {
    ($row:ty) => {
        impl Columns for $row {
            fn text(&self, column: &str) -> Result<String, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn opt_text(&self, column: &str) -> Result<Option<String>, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn time(&self, column: &str) -> Result<DateTime<Utc>, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn opt_time(&self, column: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn flag(&self, column: &str) -> Result<bool, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn int(&self, column: &str) -> Result<i64, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn real(&self, column: &str) -> Result<f64, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
            fn opt_bytes(&self, column: &str) -> Result<Option<Vec<u8>>, StoreError> {
                Ok(sqlx::Row::try_get(self, column)?)
            }
        }
    };
}

columns_for!(sqlx::sqlite::SqliteRow);
columns_for!(sqlx::postgres::PgRow);

/// A [`StoreError::Corrupt`] for the row `id`.
pub fn corrupt(id: &str, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

/// The JSON text of a value, for a text column.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising plain data types to a string cannot fail; an empty JSON value is a safe fallback.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// Parses the JSON text of `column` in the row `id`.
pub fn from_json<T: DeserializeOwned>(id: &str, column: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| corrupt(id, format!("{column}: {e}")))
}

/// Parses a closed-vocabulary name (`cost`, `status`…) of `column` in the row `id`.
pub fn parse_vocab<T: FromStr>(id: &str, column: &str, text: &str) -> Result<T, StoreError>
where
    T::Err: std::fmt::Display,
{
    text.parse()
        .map_err(|e: T::Err| corrupt(id, format!("{column}: {e}")))
}

/// Parses a UUID stored as text in the row `id`.
pub fn parse_uuid(id: &str, text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| corrupt(id, e))
}

/// An organisation from its row.
pub fn organization(row: &impl Columns) -> Result<Organization, StoreError> {
    let id = row.text("id")?;
    Ok(Organization {
        id: parse_uuid(&id, &id)?,
        name: row.text("name")?,
        descriptions: from_json(&id, "descriptions", &row.text("descriptions")?)?,
        website: row.opt_text("website")?,
        email: row.opt_text("email")?,
        verified_at: row.opt_time("verified_at")?,
        demo: row.flag("demo")?,
    })
}

/// A service's premises from its row in `locations`, with the service's id (rows come in `position` order).
pub fn location(row: &impl Columns) -> Result<(String, Location), StoreError> {
    let id = row.text("service_id")?;
    let point = LatLon::new(row.real("lat")?, row.real("lon")?).map_err(|e| corrupt(&id, e))?;
    let country = CountryCode::parse(&row.text("country")?).map_err(|e| corrupt(&id, e))?;
    let location = Location {
        point,
        address: row.opt_text("address")?,
        locality: row.opt_text("locality")?,
        region: row.opt_text("region")?,
        postal_code: row.opt_text("postal_code")?,
        country,
        approximate: row.flag("approximate")?,
    };
    Ok((id, location))
}

/// A service from its row in `services` and what was read from `service_texts` and `locations`.
pub fn service(
    row: &impl Columns,
    id: &str,
    names: Localized,
    descriptions: Localized,
    locations: Vec<Location>,
) -> Result<Service, StoreError> {
    let hours = match row.opt_text("hours")? {
        Some(text) => {
            let wire: WeeklyHours = from_json(id, "hours", &text)?;
            Some(Schedule::parse(&wire).map_err(|e| corrupt(id, e))?)
        }
        None => None,
    };
    Ok(Service {
        id: parse_uuid(id, id)?,
        organization_id: parse_uuid(id, &row.text("organization_id")?)?,
        names,
        descriptions,
        kinds: from_json(id, "kinds", &row.text("kinds")?)?,
        populations: from_json(id, "populations", &row.text("populations")?)?,
        languages: from_json(id, "languages", &row.text("languages")?)?,
        cost: parse_vocab(id, "cost", &row.text("cost")?)?,
        delivery: from_json(id, "delivery", &row.text("delivery")?)?,
        hours,
        phones: from_json(id, "phones", &row.text("phones")?)?,
        area: from_json(id, "service_area", &row.text("service_area")?)?,
        status: parse_vocab(id, "status", &row.text("status")?)?,
        capacity: parse_vocab(id, "capacity", &row.text("capacity")?)?,
        capacity_updated_at: row.opt_time("capacity_updated_at")?,
        last_verified_at: row.opt_time("last_verified_at")?,
        confidential: row.flag("confidential")?,
        demo: row.flag("demo")?,
        locations,
        country: CountryCode::parse(&row.text("country")?).map_err(|e| corrupt(id, e))?,
        details: match row.opt_text("details")? {
            Some(text) => from_json(id, "details", &text)?,
            None => ServiceDetails::default(),
        },
        source_terms: match row.opt_text("source_terms")? {
            Some(text) => from_json(id, "source_terms", &text)?,
            None => Vec::new(),
        },
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
    })
}

/// An account from its row in `users`.
pub fn user(row: &impl Columns) -> Result<User, StoreError> {
    let id = row.text("id")?;
    let status = row.text("status")?;
    Ok(User {
        id: parse_uuid(&id, &id)?,
        email: row.text("email")?,
        role: row.text("role")?.parse::<Role>().map_err(|e| corrupt(&id, e))?,
        organization_id: row
            .opt_text("organization_id")?
            .map(|o| parse_uuid(&id, &o))
            .transpose()?,
        status: UserStatus::parse(&status).ok_or_else(|| corrupt(&id, "status"))?,
        created_at: row.time("created_at")?,
    })
}

/// An entry of the audit log.
pub fn audit(row: &impl Columns) -> Result<AuditEntry, StoreError> {
    let entity_id = row.text("entity_id")?;
    let json = |column: &str| -> Result<Option<serde_json::Value>, StoreError> {
        row.opt_text(column)?
            .map(|t| serde_json::from_str(&t).map_err(|e| corrupt(&entity_id, e)))
            .transpose()
    };
    let uuid_opt = |column: &str| -> Result<Option<Uuid>, StoreError> {
        row.opt_text(column)?
            .map(|t| parse_uuid(&entity_id, &t))
            .transpose()
    };
    let entity = row.text("entity")?;
    // An action this build does not know (written by a newer one) reads as `other`, as an unknown entity does.
    let action = row.text("action")?.parse().unwrap_or(AuditAction::Other);
    Ok(AuditEntry {
        at: row.time("at")?,
        user_id: uuid_opt("user_id")?,
        actor: row.text("actor")?,
        organization_id: uuid_opt("organization_id")?,
        entity: static_name(
            &entity,
            &[
                "service",
                "organization",
                "user",
                "import",
                "counsellor",
                "lifelines",
                "referral",
                // `hsds::import::kept_terms::ENTITY`, named here as the other entities are (storage sits below it).
                "term_table",
            ],
        ),
        entity_id: parse_uuid(&entity_id, &entity_id)?,
        action,
        before: json("before")?,
        after: json("after")?,
    })
}

/// The `&'static str` of a known name (entities are a closed list); `other` for anything else.
fn static_name(value: &str, known: &[&'static str]) -> &'static str {
    known.iter().find(|k| **k == value).copied().unwrap_or("other")
}

/// A problem report from its row.
pub fn report(row: &impl Columns) -> Result<ProblemReport, StoreError> {
    let id = row.text("id")?;
    let uuid = |column: &str| -> Result<Uuid, StoreError> { parse_uuid(&id, &row.text(column)?) };
    let reason = row.text("reason")?;
    Ok(ProblemReport {
        id: uuid("id")?,
        service_id: uuid("service_id")?,
        organization_id: uuid("organization_id")?,
        reason: ProblemReason::parse(&reason).ok_or_else(|| corrupt(&id, "reason"))?,
        created_at: row.time("created_at")?,
        resolved_at: row.opt_time("resolved_at")?,
    })
}

/// A span of time (`starts_at`, `ends_at`): time off, a booked slot.
pub fn span(row: &impl Columns) -> Result<Span, StoreError> {
    Ok((row.time("starts_at")?, row.time("ends_at")?))
}

/// A counsellor from their row in `counsellors` and their time off.
pub fn counsellor(row: &impl Columns, time_off: Vec<Span>) -> Result<Counsellor, StoreError> {
    let id = row.text("id")?;
    let languages: Vec<LanguageCode> = from_json(&id, "languages", &row.text("languages")?)?;
    let windows: Vec<StoredWindow> = from_json(&id, "windows", &row.text("windows")?)?;
    let timezone = row.text("timezone")?;
    Ok(Counsellor {
        id: parse_uuid(&id, &id)?,
        organization_id: parse_uuid(&id, &row.text("organization_id")?)?,
        user_id: row
            .opt_text("user_id")?
            .map(|u| parse_uuid(&id, &u))
            .transpose()?,
        display_name: row.text("display_name")?,
        gender: row.text("gender")?,
        languages,
        specialities: from_json(&id, "specialities", &row.text("specialities")?)?,
        // A modality this build does not know is left out, so the counsellor is still offered for the others.
        modalities: from_json::<Vec<String>>(&id, "modalities", &row.text("modalities")?)?
            .iter()
            .filter_map(|m| m.parse::<Modality>().ok())
            .collect(),
        availability: Availability {
            timezone: timezone.parse().map_err(|_| corrupt(&id, "timezone"))?,
            windows: windows.iter().filter_map(StoredWindow::window).collect(),
            time_off,
            session: Duration::minutes(row.int("session_minutes")?),
            buffer: Duration::minutes(row.int("buffer_minutes")?),
            min_notice: Duration::minutes(row.int("notice_minutes")?),
            horizon: Duration::days(row.int("horizon_days")?),
        },
        active: row.flag("active")?,
        demo: row.flag("demo")?,
    })
}

/// An appointment from its row.
pub fn appointment(row: &impl Columns) -> Result<Appointment, StoreError> {
    let id = row.text("id")?;
    let language = row.text("language")?;
    Ok(Appointment {
        id: parse_uuid(&id, &id)?,
        reference: row.text("reference")?,
        secret_hash: row.text("secret_hash")?,
        counsellor_id: parse_uuid(&id, &row.text("counsellor_id")?)?,
        start: row.time("starts_at")?,
        end: row.time("ends_at")?,
        modality: row
            .text("modality")?
            .parse()
            .map_err(|_| corrupt(&id, "modality"))?,
        language: LanguageCode::parse(&language).map_err(|e| corrupt(&id, e))?,
        private: row.opt_bytes("private")?,
        status: row.text("status")?.parse().map_err(|_| corrupt(&id, "status"))?,
        previous_reference: row.opt_text("previous_reference")?,
        room_token: row.opt_text("room_token")?,
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
        purge_after: row.time("purge_after")?,
    })
}

/// A booking and its idempotency key's sealed secret, from an appointment row joined with its key.
pub fn replay(row: &impl Columns) -> Result<Replay, StoreError> {
    let appointment = appointment(row)?;
    let sealed_secret = row
        .opt_bytes("secret_enc")?
        .ok_or_else(|| corrupt(&appointment.id.to_string(), "secret_enc"))?;
    Ok(Replay {
        appointment,
        sealed_secret,
        request_hash: row.text("request_hash")?,
    })
}

/// A warm referral from its row.
pub fn warm_referral(row: &impl Columns) -> Result<crate::domain::referral::WarmReferral, StoreError> {
    let id = row.text("id")?;
    let sender_organization = row.opt_text("sender_organization_id")?;
    Ok(crate::domain::referral::WarmReferral {
        id: parse_uuid(&id, &id)?,
        service_id: parse_uuid(&id, &row.text("service_id")?)?,
        organization_id: parse_uuid(&id, &row.text("organization_id")?)?,
        sender_user_id: parse_uuid(&id, &row.text("sender_user_id")?)?,
        sender_organization_id: sender_organization.map(|o| parse_uuid(&id, &o)).transpose()?,
        consent: from_json(&id, "consent", &row.text("consent")?)?,
        language: LanguageCode::parse(&row.text("language")?).map_err(|e| corrupt(&id, e))?,
        needs: from_json(&id, "needs", &row.text("needs")?)?,
        urgency: parse_vocab(&id, "urgency", &row.text("urgency")?)?,
        private: row.opt_bytes("private")?.ok_or_else(|| corrupt(&id, "private"))?,
        status: parse_vocab(&id, "status", &row.text("status")?)?,
        decline_reason: row
            .opt_text("decline_reason")?
            .map(|r| parse_vocab(&id, "decline_reason", &r))
            .transpose()?,
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
        purge_after: row.opt_time("purge_after")?,
    })
}

/// A queued notification from its row.
pub fn queued(row: &impl Columns) -> Result<crate::domain::notification::Queued, StoreError> {
    use crate::domain::notification::{Notification, NotificationChannel, NotificationKind, Queued};
    let id = row.text("id")?;
    let organization = row.opt_text("organization_id")?;
    Ok(Queued {
        notification: Notification {
            id: parse_uuid(&id, &id)?,
            event_key: row.text("event_key")?,
            kind: parse_vocab::<NotificationKind>(&id, "kind", &row.text("kind")?)?,
            channel: parse_vocab::<NotificationChannel>(&id, "channel", &row.text("channel")?)?,
            organization_id: organization.map(|o| parse_uuid(&id, &o)).transpose()?,
            language: row.text("language")?,
            sealed: row.opt_bytes("sealed")?.ok_or_else(|| corrupt(&id, "sealed"))?,
            due_at: row.time("due_at")?,
            purge_after: row.time("purge_after")?,
        },
        status: parse_vocab(&id, "status", &row.text("status")?)?,
        attempts: u32::try_from(row.int("attempts")?).unwrap_or(u32::MAX),
        last_error: row.opt_text("last_error")?,
        created_at: row.time("created_at")?,
        sent_at: row.opt_time("sent_at")?,
    })
}
