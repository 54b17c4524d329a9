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
use sqlx::{Row, SqlitePool};
use uuid::Uuid;

use super::{Store, StoreError, StoreFuture};
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

fn corrupt(id: &str, reason: impl std::fmt::Display) -> StoreError {
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
            sqlx::query(
                "INSERT INTO organizations (id, name, descriptions, website, email, verified_at, demo)
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(org.id.to_string())
            .bind(&org.name)
            .bind(to_json(&org.descriptions))
            .bind(&org.website)
            .bind(&org.email)
            .bind(org.verified_at)
            .bind(org.demo)
            .execute(&mut *tx)
            .await?;
        }
        for s in services {
            let id = s.id.to_string();
            sqlx::query(
                "INSERT INTO services (id, organization_id, kinds, populations, languages, cost, delivery, hours,
                    phones, service_area, status, capacity, capacity_updated_at, last_verified_at, confidential,
                    demo, country, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            .execute(&mut *tx)
            .await?;
            let mut langs: Vec<&String> = s.names.keys().chain(s.descriptions.keys()).collect();
            langs.sort();
            langs.dedup();
            for lang in langs {
                sqlx::query(
                    "INSERT INTO service_texts (service_id, lang, name, description) VALUES (?, ?, ?, ?)",
                )
                .bind(&id)
                .bind(lang)
                .bind(s.names.get(lang))
                .bind(s.descriptions.get(lang))
                .execute(&mut *tx)
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
                .execute(&mut *tx)
                .await?;
            }
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

    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)> {
        Box::pin(self.load_all())
    }
}
