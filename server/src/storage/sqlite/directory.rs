//! [`DirectoryStore`] on SQLite: organisations, services with their texts (one row per language) and
//! locations.

use std::collections::HashMap;

use api_types::{CountryCode, LatLon, Localized, WeeklyHours};
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, Transaction};
use uuid::Uuid;

use super::audit::write_audit;
use super::{SqliteStore, corrupt, from_json, parse_uuid, parse_vocab, to_json};
use crate::domain::{AuditEntry, Location, Organization, Schedule, Service};
use crate::storage::{DirectoryStore, StoreError, StoreFuture};

impl DirectoryStore for SqliteStore {
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
        Box::pin(async move {
            let mut tx = self.write().await?;
            for org in organizations {
                write_organization(&mut tx, org, true).await?;
            }
            for s in services {
                write_service(&mut tx, s, false).await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    fn import_directory<'a>(
        &'a self,
        organizations: &'a [Organization],
        services: &'a [Service],
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            for org in organizations {
                // Created approved (an admin's import); an existing organisation keeps its approval.
                write_organization(&mut tx, org, true).await?;
            }
            for service in services {
                write_service(&mut tx, service, true).await?;
            }
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)> {
        Box::pin(async move {
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
                let point =
                    LatLon::new(row.try_get("lat")?, row.try_get("lon")?).map_err(|e| corrupt(&id, e))?;
                let country = CountryCode::parse(row.try_get("country")?).map_err(|e| corrupt(&id, e))?;
                locations.insert(
                    id,
                    Location {
                        point,
                        address: row.try_get("address")?,
                        locality: row.try_get("locality")?,
                        region: row.try_get("region")?,
                        country,
                        approximate: row.try_get("approximate")?,
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
        })
    }

    fn save_service<'a>(&'a self, service: &'a Service, audit: &'a AuditEntry) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            write_service(&mut tx, service, true).await?;
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn approve_organization<'a>(
        &'a self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let done = sqlx::query(
                "UPDATE organizations SET approved = 1, verified_at = ?, declined_at = NULL, declined_reason = NULL
                 WHERE id = ?",
            )
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() == 0 {
                return Ok(false);
            }
            sqlx::query("UPDATE users SET status = 'active', updated_at = ? WHERE organization_id = ? AND status = 'pending'")
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
            for entry in audit {
                write_audit(&mut tx, entry).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    fn pending_organizations(&self) -> StoreFuture<'_, Vec<Uuid>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT id FROM organizations WHERE approved = 0 AND declined_at IS NULL ORDER BY name",
            )
            .fetch_all(&self.pool)
            .await?;
            rows.iter()
                .map(|r| {
                    let id: String = r.try_get("id")?;
                    parse_uuid(&id, &id)
                })
                .collect()
        })
    }

    fn decline_organization<'a>(
        &'a self,
        id: Uuid,
        reason: &'a str,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let done = sqlx::query(
                "UPDATE organizations SET declined_at = ?, declined_reason = ?
                 WHERE id = ? AND approved = 0 AND declined_at IS NULL",
            )
            .bind(now)
            .bind(reason)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Ok(false);
            }
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    fn declined_reason(&self, id: Uuid) -> StoreFuture<'_, Option<String>> {
        Box::pin(async move {
            let reason: Option<Option<String>> = sqlx::query_scalar(
                "SELECT declined_reason FROM organizations WHERE id = ? AND declined_at IS NOT NULL",
            )
            .bind(id.to_string())
            .fetch_optional(&self.pool)
            .await?;
            Ok(reason.flatten())
        })
    }
}

/// Writes an organisation (replacing it if it exists, but keeping its approval), inside the caller's
/// transaction; `approved` applies to a new one only.
pub(super) async fn write_organization(
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

/// Writes a service, its texts and its location, inside the caller's transaction; with `replace`, an existing
/// one is overwritten whole.
async fn write_service(
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
            "INSERT INTO locations (service_id, lat, lon, address, locality, region, country, approximate)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(loc.point.lat())
        .bind(loc.point.lon())
        .bind(&loc.address)
        .bind(&loc.locality)
        .bind(&loc.region)
        .bind(loc.country.as_str())
        .bind(loc.approximate)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

fn organization_from_row(row: &SqliteRow) -> Result<Organization, StoreError> {
    let id: String = row.try_get("id")?;
    Ok(Organization {
        id: parse_uuid(&id, &id)?,
        name: row.try_get("name")?,
        descriptions: from_json(&id, "descriptions", row.try_get("descriptions")?)?,
        website: row.try_get("website")?,
        email: row.try_get("email")?,
        verified_at: row.try_get::<Option<DateTime<Utc>>, _>("verified_at")?,
        demo: row.try_get("demo")?,
    })
}

/// A service from its row in `services` and what was read from `service_texts` and `locations`.
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
        id: parse_uuid(id, id)?,
        organization_id: parse_uuid(id, row.try_get("organization_id")?)?,
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
