//! The SQLite store: one file, WAL mode, migrations applied on open.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use api_types::{CountryCode, LatLon, Localized, WeeklyHours};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, Sqlite, SqlitePool, Transaction};
use uuid::Uuid;

use super::{AuditFilter, Store, StoreError, StoreFuture};
use crate::auth::session::SessionTimes;
use crate::auth::{User, UserStatus};
use crate::domain::{AuditEntry, ProblemReport};
use crate::domain::{Location, Organization, Schedule, Service};

/// The embedded store.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising plain data types to a string cannot fail; an empty JSON value is a safe fallback.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

fn from_json<T: DeserializeOwned>(id: &str, column: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt {
        id: id.to_owned(),
        reason: format!("{column}: {e}"),
    })
}

fn parse_vocab<T: FromStr>(id: &str, column: &str, text: &str) -> Result<T, StoreError>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|e: T::Err| StoreError::Corrupt {
        id: id.to_owned(),
        reason: format!("{column}: {e}"),
    })
}

pub(crate) fn corrupt(id: &str, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

impl SqliteStore {
    /// Opens (creating if needed) `ruta.sqlite3` under `data_dir` and applies migrations.
    pub async fn open(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir)?;
        let options = SqliteConnectOptions::new()
            .filename(data_dir.join("ruta.sqlite3"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Deleted rows (purged bookings) are overwritten, not just unlinked.
            .pragma("secure_delete", "on")
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// The connection pool, for stores of other resources sharing the file.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    async fn insert_all(
        &self,
        organizations: &[Organization],
        services: &[Service],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for org in organizations {
            write_organization(&mut tx, org, true).await?;
        }
        for s in services {
            write_service(&mut tx, s, false).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn load_all(&self) -> Result<(Vec<Organization>, Vec<Service>), StoreError> {
        let organizations = sqlx::query("SELECT * FROM organizations ORDER BY id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(organization_from_row)
            .collect::<Result<Vec<_>, _>>()?;

        let mut names: HashMap<String, (Localized, Localized)> = HashMap::new();
        for row in sqlx::query("SELECT service_id, lang, name, description FROM service_texts")
            .fetch_all(&self.pool)
            .await?
        {
            let id: String = row.try_get("service_id")?;
            let lang: String = row.try_get("lang")?;
            let entry = names.entry(id).or_default();
            if let Some(name) = row.try_get::<Option<String>, _>("name")? {
                entry.0.insert(lang.clone(), name);
            }
            if let Some(description) = row.try_get::<Option<String>, _>("description")? {
                entry.1.insert(lang, description);
            }
        }
        let mut locations: HashMap<String, Location> = HashMap::new();
        for row in sqlx::query("SELECT * FROM locations")
            .fetch_all(&self.pool)
            .await?
        {
            let id: String = row.try_get("service_id")?;
            let point = LatLon::new(row.try_get("lat")?, row.try_get("lon")?).map_err(|e| corrupt(&id, e))?;
            let country = CountryCode::parse(row.try_get("country")?).map_err(|e| corrupt(&id, e))?;
            locations.insert(
                id,
                Location {
                    point,
                    address: row.try_get("address")?,
                    locality: row.try_get("locality")?,
                    region: row.try_get("region")?,
                    country,
                },
            );
        }
        let mut services = Vec::new();
        for row in sqlx::query("SELECT * FROM services ORDER BY id")
            .fetch_all(&self.pool)
            .await?
        {
            let id: String = row.try_get("id")?;
            let (service_names, descriptions) = names.remove(&id).unwrap_or_default();
            let location = locations.remove(&id);
            services.push(service_from_row(
                &row,
                &id,
                service_names,
                descriptions,
                location,
            )?);
        }
        Ok((organizations, services))
    }
}

/// Writes an organisation (replacing it if it exists).
pub(crate) async fn write_organization(
    tx: &mut Transaction<'_, Sqlite>,
    org: &Organization,
    approved: bool,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO organizations (id, name, descriptions, website, email, verified_at, demo, approved)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, descriptions = excluded.descriptions,
            website = excluded.website, email = excluded.email, verified_at = excluded.verified_at,
            demo = excluded.demo",
    )
    .bind(org.id.to_string())
    .bind(&org.name)
    .bind(to_json(&org.descriptions))
    .bind(&org.website)
    .bind(&org.email)
    .bind(org.verified_at)
    .bind(org.demo)
    .bind(approved)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Writes a service, its texts and its location; with `replace`, an existing one is overwritten whole.
pub(crate) async fn write_service(
    tx: &mut Transaction<'_, Sqlite>,
    s: &Service,
    replace: bool,
) -> Result<(), StoreError> {
    let id = s.id.to_string();
    if replace {
        sqlx::query("DELETE FROM service_texts WHERE service_id = ?")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("DELETE FROM locations WHERE service_id = ?")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO services (id, organization_id, kinds, populations, languages, cost, delivery, hours,
            phones, service_area, status, capacity, capacity_updated_at, last_verified_at, confidential,
            demo, country, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, kinds = excluded.kinds,
            populations = excluded.populations, languages = excluded.languages, cost = excluded.cost,
            delivery = excluded.delivery, hours = excluded.hours, phones = excluded.phones,
            service_area = excluded.service_area, status = excluded.status, capacity = excluded.capacity,
            capacity_updated_at = excluded.capacity_updated_at, last_verified_at = excluded.last_verified_at,
            confidential = excluded.confidential, demo = excluded.demo, country = excluded.country,
            updated_at = excluded.updated_at",
    )
    .bind(&id)
    .bind(s.organization_id.to_string())
    .bind(to_json(&s.kinds))
    .bind(to_json(&s.populations))
    .bind(to_json(&s.languages))
    .bind(s.cost.as_str())
    .bind(to_json(&s.delivery))
    .bind(s.hours.as_ref().map(|h| to_json(h.to_wire())))
    .bind(to_json(&s.phones))
    .bind(to_json(&s.area))
    .bind(s.status.as_str())
    .bind(s.capacity.as_str())
    .bind(s.capacity_updated_at)
    .bind(s.last_verified_at)
    .bind(s.confidential)
    .bind(s.demo)
    .bind(s.country.as_str())
    .bind(s.created_at)
    .bind(s.updated_at)
    .execute(&mut **tx)
    .await?;
    let mut langs: Vec<&String> = s.names.keys().chain(s.descriptions.keys()).collect();
    langs.sort();
    langs.dedup();
    for lang in langs {
        sqlx::query("INSERT INTO service_texts (service_id, lang, name, description) VALUES (?, ?, ?, ?)")
            .bind(&id)
            .bind(lang)
            .bind(s.names.get(lang))
            .bind(s.descriptions.get(lang))
            .execute(&mut **tx)
            .await?;
    }
    if let Some(loc) = &s.location {
        sqlx::query(
            "INSERT INTO locations (service_id, lat, lon, address, locality, region, country)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(loc.point.lat())
        .bind(loc.point.lon())
        .bind(&loc.address)
        .bind(&loc.locality)
        .bind(&loc.region)
        .bind(loc.country.as_str())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

fn uuid(id: &str, text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| corrupt(id, e))
}

fn organization_from_row(row: &SqliteRow) -> Result<Organization, StoreError> {
    let id: String = row.try_get("id")?;
    Ok(Organization {
        id: uuid(&id, &id)?,
        name: row.try_get("name")?,
        descriptions: from_json(&id, "descriptions", row.try_get("descriptions")?)?,
        website: row.try_get("website")?,
        email: row.try_get("email")?,
        verified_at: row.try_get::<Option<DateTime<Utc>>, _>("verified_at")?,
        demo: row.try_get("demo")?,
    })
}

fn service_from_row(
    row: &SqliteRow,
    id: &str,
    names: Localized,
    descriptions: Localized,
    location: Option<Location>,
) -> Result<Service, StoreError> {
    let hours = match row.try_get::<Option<String>, _>("hours")? {
        Some(text) => {
            let wire: WeeklyHours = from_json(id, "hours", &text)?;
            Some(Schedule::parse(&wire).map_err(|e| corrupt(id, e))?)
        }
        None => None,
    };
    Ok(Service {
        id: uuid(id, id)?,
        organization_id: uuid(id, row.try_get("organization_id")?)?,
        names,
        descriptions,
        kinds: from_json(id, "kinds", row.try_get("kinds")?)?,
        populations: from_json(id, "populations", row.try_get("populations")?)?,
        languages: from_json(id, "languages", row.try_get("languages")?)?,
        cost: parse_vocab(id, "cost", row.try_get("cost")?)?,
        delivery: from_json(id, "delivery", row.try_get("delivery")?)?,
        hours,
        phones: from_json(id, "phones", row.try_get("phones")?)?,
        area: from_json(id, "service_area", row.try_get("service_area")?)?,
        status: parse_vocab(id, "status", row.try_get("status")?)?,
        capacity: parse_vocab(id, "capacity", row.try_get("capacity")?)?,
        capacity_updated_at: row.try_get("capacity_updated_at")?,
        last_verified_at: row.try_get("last_verified_at")?,
        confidential: row.try_get("confidential")?,
        demo: row.try_get("demo")?,
        location,
        country: CountryCode::parse(row.try_get("country")?).map_err(|e| corrupt(id, e))?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

impl Store for SqliteStore {
    fn is_empty(&self) -> StoreFuture<'_, bool> {
        Box::pin(async move {
            let count: i64 = sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM organizations) + (SELECT COUNT(*) FROM services)",
            )
            .fetch_one(&self.pool)
            .await?;
            Ok(count == 0)
        })
    }

    fn insert_directory<'a>(
        &'a self,
        organizations: &'a [Organization],
        services: &'a [Service],
    ) -> StoreFuture<'a, ()> {
        Box::pin(self.insert_all(organizations, services))
    }

    fn import_directory<'a>(
        &'a self,
        organizations: &'a [Organization],
        services: &'a [Service],
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()> {
        Box::pin(self.import_directory_tx(organizations, services, audit))
    }

    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)> {
        Box::pin(self.load_all())
    }

    fn insert_user<'a>(
        &'a self,
        user: &'a User,
        password_hash: &'a str,
        organization: Option<&'a Organization>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, ()> {
        Box::pin(self.insert_user_tx(user, password_hash, organization, audit))
    }

    fn user_by_email<'a>(&'a self, email: &'a str) -> StoreFuture<'a, Option<(User, String)>> {
        Box::pin(self.user_by_email_q(email))
    }

    fn user_by_id(&self, id: Uuid) -> StoreFuture<'_, Option<User>> {
        Box::pin(self.user_by_id_q(id))
    }

    fn users(&self) -> StoreFuture<'_, Vec<User>> {
        Box::pin(self.users_q())
    }

    fn set_user_status<'a>(
        &'a self,
        id: Uuid,
        status: UserStatus,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()> {
        Box::pin(self.set_user_status_q(id, status, now, audit))
    }

    fn insert_session<'a>(
        &'a self,
        token_hash: &'a str,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> StoreFuture<'a, ()> {
        Box::pin(self.insert_session_q(token_hash, user, now))
    }

    fn session<'a>(&'a self, token_hash: &'a str) -> StoreFuture<'a, Option<(Uuid, SessionTimes)>> {
        Box::pin(self.session_q(token_hash))
    }

    fn touch_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()> {
        Box::pin(self.touch_session_q(token_hash, now))
    }

    fn revoke_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()> {
        Box::pin(self.revoke_session_q(token_hash, now))
    }

    fn revoke_user_sessions(&self, user: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, u64> {
        Box::pin(self.revoke_user_sessions_q(user, now))
    }

    fn save_service<'a>(&'a self, service: &'a Service, audit: &'a AuditEntry) -> StoreFuture<'a, ()> {
        Box::pin(self.save_service_q(service, audit))
    }

    fn approve_organization<'a>(
        &'a self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, bool> {
        Box::pin(self.approve_organization_q(id, now, audit))
    }

    fn pending_organizations(&self) -> StoreFuture<'_, Vec<Uuid>> {
        Box::pin(self.pending_organizations_q())
    }

    fn audit<'a>(&'a self, filter: &'a AuditFilter, limit: u32) -> StoreFuture<'a, Vec<AuditEntry>> {
        Box::pin(self.audit_q(filter, limit))
    }

    fn insert_report<'a>(&'a self, report: &'a ProblemReport) -> StoreFuture<'a, ()> {
        Box::pin(self.insert_report_q(report))
    }

    fn reports(&self, organization: Option<Uuid>) -> StoreFuture<'_, Vec<ProblemReport>> {
        Box::pin(self.reports_q(organization))
    }

    fn resolve_report(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool> {
        Box::pin(self.resolve_report_q(id, now))
    }
}
