//! [`DirectoryStore`] in SQL, for both stores: organisations, services with their texts (one row per language) and
//! locations.

use std::collections::HashMap;

use api_types::Localized;
use chrono::{DateTime, Utc};
use sqlx::{QueryBuilder, Row, Transaction};
use uuid::Uuid;

use super::audit::{WhenUnchanged, write_audit};
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
            write_services(&mut tx, &self.writer, services, false).await?;
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
            // A few hundred services a statement (ids are unique in an import's plan).
            write_services(&mut tx, &self.writer, services, true).await?;
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
            let mut locations: HashMap<String, Vec<Location>> = HashMap::new();
            for row in sqlx::query("SELECT * FROM locations ORDER BY service_id, position")
                .fetch_all(&self.pool)
                .await?
            {
                let (id, location) = rows::location(&row)?;
                locations.entry(id).or_default().push(location);
            }
            let mut services = Vec::new();
            for row in sqlx::query("SELECT * FROM services ORDER BY id")
                .fetch_all(&self.pool)
                .await?
            {
                let id: String = row.try_get("id")?;
                let (service_names, descriptions) = names.remove(&id).unwrap_or_default();
                let places = locations.remove(&id).unwrap_or_default();
                services.push(rows::service(&row, &id, service_names, descriptions, places)?);
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
            let statement = sqlx::query(
                "UPDATE organizations SET declined_at = $1, declined_reason = $2
                 WHERE id = $3 AND approved = FALSE AND declined_at IS NULL",
            )
            .bind(now)
            .bind(reason)
            .bind(id.to_string());
            let declined = self
                .execute_audited(statement, audit, WhenUnchanged::Skip)
                .await?;
            Ok(declined > 0)
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

/// One service: see [`write_services`].
async fn write_service(
    tx: &mut Transaction<'_, Db>,
    writer: &str,
    s: &Service,
    replace: bool,
) -> Result<(), StoreError> {
    write_services(tx, writer, std::slice::from_ref(s), replace).await
}

/// Services with their texts and premises, and their rows in the change feed, a few hundred per statement (an
/// import of 100,000 makes about 1,500 statements, not 600,000). `replace`: their texts and premises on record
/// are replaced (else there are none yet).
async fn write_services(
    tx: &mut Transaction<'_, Db>,
    writer: &str,
    services: &[Service],
    replace: bool,
) -> Result<(), StoreError> {
    // 20 values a service: 400 × 20 stays under SQLite's 32,766 bound values a statement.
    for chunk in services.chunks(400) {
        let ids: Vec<String> = chunk.iter().map(|s| s.id.to_string()).collect();
        if replace {
            for table in ["service_texts", "locations"] {
                let mut delete =
                    QueryBuilder::<Db>::new(format!("DELETE FROM {table} WHERE service_id IN ("));
                let mut list = delete.separated(", ");
                for id in &ids {
                    list.push_bind(id);
                }
                list.push_unseparated(")");
                delete.build().execute(&mut **tx).await?;
            }
        }
        let mut insert = QueryBuilder::<Db>::new(
            "INSERT INTO services (id, organization_id, kinds, populations, languages, cost, delivery, hours, phones,
                service_area, status, capacity, capacity_updated_at, last_verified_at, confidential, demo, country,
                details, source_terms, created_at, updated_at) ",
        );
        insert.push_values(chunk.iter().zip(&ids), |mut row, (s, id)| {
            row.push_bind(id)
                .push_bind(s.organization_id.to_string())
                .push_bind(to_json(&s.kinds))
                .push_bind(to_json(&s.populations))
                .push_bind(to_json(&s.languages))
                .push_bind(s.cost.as_str())
                .push_bind(to_json(&s.delivery))
                .push_bind(s.hours.as_ref().map(|h| to_json(h.to_wire())))
                .push_bind(to_json(&s.phones))
                .push_bind(to_json(&s.area))
                .push_bind(s.status.as_str())
                .push_bind(s.capacity.as_str())
                .push_bind(s.capacity_updated_at)
                .push_bind(s.last_verified_at)
                .push_bind(s.confidential)
                .push_bind(s.demo)
                .push_bind(s.country.as_str())
                .push_bind((!s.details.is_empty()).then(|| to_json(&s.details)))
                .push_bind((!s.source_terms.is_empty()).then(|| to_json(&s.source_terms)))
                .push_bind(s.created_at)
                .push_bind(s.updated_at);
        });
        insert.push(
            " ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, kinds = excluded.kinds,
                populations = excluded.populations, languages = excluded.languages, cost = excluded.cost,
                delivery = excluded.delivery, hours = excluded.hours, phones = excluded.phones,
                service_area = excluded.service_area, status = excluded.status, capacity = excluded.capacity,
                capacity_updated_at = excluded.capacity_updated_at, last_verified_at = excluded.last_verified_at,
                confidential = excluded.confidential, demo = excluded.demo, country = excluded.country,
                details = excluded.details, source_terms = excluded.source_terms, updated_at = excluded.updated_at",
        );
        insert.build().execute(&mut **tx).await?;

        let mut texts: Vec<(&String, &String, Option<&String>, Option<&String>)> = Vec::new();
        for (s, id) in chunk.iter().zip(&ids) {
            let mut langs: Vec<&String> = s.names.keys().chain(s.descriptions.keys()).collect();
            langs.sort();
            langs.dedup();
            texts.extend(
                langs
                    .into_iter()
                    .map(|lang| (id, lang, s.names.get(lang), s.descriptions.get(lang))),
            );
        }
        // 4 values a text.
        for texts in texts.chunks(4_000) {
            let mut insert =
                QueryBuilder::<Db>::new("INSERT INTO service_texts (service_id, lang, name, description) ");
            insert.push_values(texts, |mut row, (id, lang, name, description)| {
                row.push_bind(*id)
                    .push_bind(*lang)
                    .push_bind(*name)
                    .push_bind(*description);
            });
            insert.build().execute(&mut **tx).await?;
        }

        let premises: Vec<(&String, i32, &Location)> = chunk
            .iter()
            .zip(&ids)
            .flat_map(|(s, id)| {
                (0..)
                    .zip(&s.locations)
                    .map(move |(position, l)| (id, position, l))
            })
            .collect();
        // 10 values a location: 3,000 × 10 stays under SQLite's bound values a statement.
        for premises in premises.chunks(3_000) {
            let mut insert = QueryBuilder::<Db>::new(
                "INSERT INTO locations (service_id, position, lat, lon, address, locality, region, postal_code,
                    country, approximate) ",
            );
            insert.push_values(premises, |mut row, (id, position, loc)| {
                row.push_bind(*id)
                    .push_bind(*position)
                    .push_bind(loc.point.lat())
                    .push_bind(loc.point.lon())
                    .push_bind(&loc.address)
                    .push_bind(&loc.locality)
                    .push_bind(&loc.region)
                    .push_bind(&loc.postal_code)
                    .push_bind(loc.country.as_str())
                    .push_bind(loc.approximate);
            });
            insert.build().execute(&mut **tx).await?;
        }

        let mut changes =
            QueryBuilder::<Db>::new("INSERT INTO directory_changes (entity, entity_id, writer, at) ");
        changes.push_values(chunk, |mut row, s| {
            let (entity, id) = Changed::Service(s.id).parts();
            row.push_bind(entity)
                .push_bind(id.to_string())
                .push_bind(writer)
                .push(super::CHANGED_AT);
        });
        changes.build().execute(&mut **tx).await?;
        super::notify_change(tx).await?;
    }
    Ok(())
}
