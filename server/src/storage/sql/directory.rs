//! [`DirectoryStore`] in SQL, for both stores: organisations, services with their texts (one row per language) and
//! locations.

use std::collections::HashMap;

use api_types::Localized;
use chrono::{DateTime, Utc};
use sqlx::{Row, Transaction};
use uuid::Uuid;

use super::audit::write_audit;
use super::changes::{record_change, service_in};
use super::{Db, SqlStore};
use crate::domain::{AuditEntry, Location, Organization, Service};
use crate::storage::changes::Changed;
use crate::storage::directory::Unchanged;
use crate::storage::rows::{self, parse_uuid, to_json};
use crate::storage::{DirectoryStore, StoreError, StoreFuture};

impl DirectoryStore for SqlStore {
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
                write_organization(&mut tx, &self.writer, org, true).await?;
            }
            for s in services {
                write_service(&mut tx, &self.writer, s, false).await?;
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
                write_organization(&mut tx, &self.writer, org, true).await?;
            }
            for service in services {
                write_service(&mut tx, &self.writer, service, true).await?;
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
                .map(rows::organization)
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
                let (id, location) = rows::location(&row)?;
                locations.insert(id, location);
            }
            let mut services = Vec::new();
            for row in sqlx::query("SELECT * FROM services ORDER BY id")
                .fetch_all(&self.pool)
                .await?
            {
                let id: String = row.try_get("id")?;
                let (service_names, descriptions) = names.remove(&id).unwrap_or_default();
                let location = locations.remove(&id);
                services.push(rows::service(&row, &id, service_names, descriptions, location)?);
            }
            Ok((organizations, services))
        })
    }

    fn save_service<'a>(
        &'a self,
        service: &'a Service,
        audit: &'a AuditEntry,
        unchanged: Option<&'a Unchanged>,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            if let Some(unchanged) = unchanged
                && !service_in(&mut tx, service.id)
                    .await?
                    .is_some_and(|stored| unchanged(&stored))
            {
                return Ok(false);
            }
            write_service(&mut tx, &self.writer, service, true).await?;
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(true)
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
                "UPDATE organizations SET approved = TRUE, verified_at = $1, declined_at = NULL, declined_reason = NULL
                 WHERE id = $2",
            )
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
            if done.rows_affected() == 0 {
                return Ok(false);
            }
            record_change(&mut tx, &self.writer, Changed::Organization(id)).await?;
            sqlx::query("UPDATE users SET status = 'active', updated_at = $1 WHERE organization_id = $2 AND status = 'pending'")
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
                "SELECT id FROM organizations WHERE approved = FALSE AND declined_at IS NULL ORDER BY name",
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
                "UPDATE organizations SET declined_at = $1, declined_reason = $2
                 WHERE id = $3 AND approved = FALSE AND declined_at IS NULL",
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
                "SELECT declined_reason FROM organizations WHERE id = $1 AND declined_at IS NOT NULL",
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
    tx: &mut Transaction<'_, Db>,
    writer: &str,
    org: &Organization,
    approved: bool,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO organizations (id, name, descriptions, website, email, verified_at, demo, approved)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
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
    record_change(tx, writer, Changed::Organization(org.id)).await
}

/// Writes a service, its texts and its location, inside the caller's transaction; with `replace`, an existing
/// one is overwritten whole.
async fn write_service(
    tx: &mut Transaction<'_, Db>,
    writer: &str,
    s: &Service,
    replace: bool,
) -> Result<(), StoreError> {
    let id = s.id.to_string();
    if replace {
        sqlx::query("DELETE FROM service_texts WHERE service_id = $1")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("DELETE FROM locations WHERE service_id = $1")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO services (id, organization_id, kinds, populations, languages, cost, delivery, hours,
            phones, service_area, status, capacity, capacity_updated_at, last_verified_at, confidential,
            demo, country, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
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
        sqlx::query(
            "INSERT INTO service_texts (service_id, lang, name, description) VALUES ($1, $2, $3, $4)",
        )
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
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
    record_change(tx, writer, Changed::Service(s.id)).await
}
