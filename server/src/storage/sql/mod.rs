//! The stores' code both databases share: one file per store trait, in the SQL both speak. Each backend
//! (`storage/sqlite/`, `storage/postgres/`) compiles this folder once as its own `sql` module, with its own `Db`,
//! `SqlStore` and `Conn`, and the few statements in its dialect named below.

use chrono::{DateTime, Utc};

use super::{
    AUDIT_QUERY, BACKLOG, CHANGED_AT, COUNT_PURGED, Conn, Db, PRUNE, RECORD_CHANGE, SqlStore, notify_change,
};
use crate::storage::StoreError;

mod accounts;
mod audit;
mod booking;
mod changes;
mod directory;
mod lifelines;
mod outbox;
mod referrals;
mod reports;
mod term_table;

impl SqlStore {
    /// Runs `delete` (one statement; `$1` is `now`) on what is due to go, then lets the database reclaim the
    /// space; gives back how many rows went.
    async fn purge_due(&self, delete: &'static str, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let gone = sqlx::query(delete)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected();
        self.after_purge(gone).await?;
        Ok(gone)
    }
}
