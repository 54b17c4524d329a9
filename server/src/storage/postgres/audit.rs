//! [`AuditStore`] on PostgreSQL: `audit_log`, and the one function every other store writes its entries with.

use sqlx::{Postgres, Transaction};

use super::PostgresStore;
use crate::domain::AuditEntry;
use crate::storage::rows;
use crate::storage::{AuditFilter, AuditStore, StoreError, StoreFuture};

impl AuditStore for PostgresStore {
    fn audit<'a>(&'a self, filter: &'a AuditFilter, limit: u32) -> StoreFuture<'a, Vec<AuditEntry>> {
        Box::pin(async move {
            let (entity, entity_id) = match &filter.entity {
                Some((entity, id)) => (Some(*entity), Some(id.to_string())),
                None => (None, None),
            };
            let rows = sqlx::query(
                "SELECT * FROM audit_log
                 WHERE ($1 IS NULL OR organization_id = $1) AND ($2 IS NULL OR (entity = $2 AND entity_id = $3))
                   AND ($5 IS NULL OR strpos(lower(actor), $5) > 0) AND ($6 IS NULL OR entity_id = $6)
                   AND ($7 IS NULL OR action = $7) AND ($8 IS NULL OR at >= $8) AND ($9 IS NULL OR at < $9)
                 ORDER BY id DESC LIMIT $4",
            )
            .bind(filter.organization_id.map(|o| o.to_string()))
            .bind(entity)
            .bind(entity_id)
            .bind(i64::from(limit))
            .bind(filter.person.as_ref().map(|p| p.to_lowercase()))
            .bind(filter.record.map(|r| r.to_string()))
            .bind(filter.action.map(|a| a.as_str()))
            .bind(filter.from)
            .bind(filter.until)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(rows::audit).collect()
        })
    }
}

/// Appends an entry to the audit log, inside the transaction of the change it records.
pub(super) async fn write_audit(
    tx: &mut Transaction<'_, Postgres>,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, actor, organization_id, entity, entity_id, action, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(entry.at)
    .bind(entry.user_id.map(|u| u.to_string()))
    .bind(&entry.actor)
    .bind(entry.organization_id.map(|o| o.to_string()))
    .bind(entry.entity)
    .bind(entry.entity_id.to_string())
    .bind(entry.action.as_str())
    .bind(entry.before.as_ref().map(ToString::to_string))
    .bind(entry.after.as_ref().map(ToString::to_string))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
