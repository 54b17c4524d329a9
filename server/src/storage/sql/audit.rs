//! [`AuditStore`] in SQL, for both stores: `audit_log`, and the one function every other store writes its entries with.

use sqlx::query::Query;
use sqlx::{Database, Transaction};

use super::{Db, SqlStore};
use crate::domain::AuditEntry;
use crate::storage::rows;
use crate::storage::{AuditFilter, AuditStore, StoreError, StoreFuture};

impl AuditStore for SqlStore {
    fn audit<'a>(&'a self, filter: &'a AuditFilter, limit: u32) -> StoreFuture<'a, Vec<AuditEntry>> {
        Box::pin(async move {
            let (entity, entity_id) = match &filter.entity {
                Some((entity, id)) => (Some(*entity), Some(id.to_string())),
                None => (None, None),
            };
            let rows = sqlx::query(super::AUDIT_QUERY)
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
pub(super) async fn write_audit(tx: &mut Transaction<'_, Db>, entry: &AuditEntry) -> Result<(), StoreError> {
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

/// Whether a statement's audit entry is written when the statement touched no row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WhenUnchanged {
    /// The action happened all the same (ending an account's sessions when it had none).
    Audit,
    /// Nothing happened: no entry, nothing committed.
    Skip,
}

impl SqlStore {
    /// Runs one statement and writes its audit entry in the same transaction; gives back how many rows it touched.
    pub(super) async fn execute_audited<'q>(
        &self,
        statement: Query<'q, Db, <Db as Database>::Arguments>,
        audit: &AuditEntry,
        when_unchanged: WhenUnchanged,
    ) -> Result<u64, StoreError> {
        let mut tx = self.write().await?;
        let touched = statement.execute(&mut *tx).await?.rows_affected();
        if touched == 0 && when_unchanged == WhenUnchanged::Skip {
            return Ok(0);
        }
        write_audit(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(touched)
    }
}
