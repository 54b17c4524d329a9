//! [`TermTableStore`] in SQL, for both stores: `term_table`, one row (`id` 1).

use sqlx::Row;

use super::SqlStore;
use super::audit::WhenUnchanged;
use crate::domain::AuditEntry;
use crate::storage::StoreFuture;
use crate::storage::term_table::{StoredTermTable, TermTableStore};

impl TermTableStore for SqlStore {
    fn term_table(&self) -> StoreFuture<'_, Option<StoredTermTable>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT csv, row_count, updated_at FROM term_table WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?;
            let Some(row) = row else {
                return Ok(None);
            };
            let rows: i64 = row.try_get("row_count")?;
            Ok(Some(StoredTermTable {
                csv: row.try_get("csv")?,
                rows: u64::try_from(rows).unwrap_or_default(),
                updated_at: row.try_get("updated_at")?,
            }))
        })
    }

    fn save_term_table<'a>(
        &'a self,
        table: &'a StoredTermTable,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let statement = sqlx::query(
                "INSERT INTO term_table (id, csv, row_count, updated_at) VALUES (1, $1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET csv = excluded.csv, row_count = excluded.row_count,
                 updated_at = excluded.updated_at",
            )
            .bind(&table.csv)
            .bind(i64::try_from(table.rows).unwrap_or(i64::MAX))
            .bind(table.updated_at);
            self.execute_audited(statement, audit, WhenUnchanged::Audit)
                .await?;
            Ok(())
        })
    }
}
