//! The SQLite store: one file, WAL mode, migrations applied on open. The stores' code is shared with PostgreSQL
//! (`storage/sql/`, one file per store trait, compiled once for each); this file holds what is SQLite's own:
//! opening the file, the write lock, the few statements in its dialect, backups.

#[path = "../sql/mod.rs"]
#[allow(
    clippy::duplicate_mod,
    reason = "the shared store code, compiled once for each store on purpose"
)]
mod sql;

use std::path::Path;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::StoreError;

/// The store the shared code in `storage/sql/` is compiled for here.
type SqlStore = SqliteStore;
/// The sqlx database type the shared code's queries run on.
type Db = sqlx::Sqlite;
/// One of its connections.
type Conn = sqlx::SqliteConnection;

/// The audit log filtered (see `sql/audit.rs` for the parameters): `instr` finds a person's words.
const AUDIT_QUERY: &str = "SELECT * FROM audit_log
    WHERE ($1 IS NULL OR organization_id = $1) AND ($2 IS NULL OR (entity = $2 AND entity_id = $3))
      AND ($5 IS NULL OR instr(lower(actor), $5) > 0) AND ($6 IS NULL OR entity_id = $6)
      AND ($7 IS NULL OR action = $7) AND ($8 IS NULL OR at >= $8) AND ($9 IS NULL OR at < $9)
    ORDER BY id DESC LIMIT $4";

/// Purged bookings added to the monthly counts (their month from RFC 3339 text).
const COUNT_PURGED: &str =
    "INSERT INTO appointment_counts (month, organization_id, modality, language, status, count)
    SELECT substr(a.starts_at, 1, 7), c.organization_id, a.modality, a.language, a.status, COUNT(*)
    FROM appointments a JOIN counsellors c ON c.id = a.counsellor_id
    WHERE a.purge_after <= $1
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, organization_id, modality, language, status)
        DO UPDATE SET count = appointment_counts.count + excluded.count";

/// A row of the change feed, at the database's time (RFC 3339, as the other timestamps).
const RECORD_CHANGE: &str = "INSERT INTO directory_changes (entity, entity_id, writer, at)
    VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

/// The time a change is recorded at, as SQL (for changes written many rows at a time).
const CHANGED_AT: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// How many changes follow `$1`, and how long the oldest has waited.
const BACKLOG: &str = "SELECT COUNT(*) AS pending,
        CAST(COALESCE((julianday('now') - julianday(MIN(at))) * 86400000, 0) AS INTEGER) AS lag_ms
    FROM directory_changes WHERE seq > $1";

/// Forgets changes older than `$1` days but the last (the feed's numbering never starts again from 1).
const PRUNE: &str = "DELETE FROM directory_changes WHERE julianday(at) < julianday('now') - $1
    AND seq < (SELECT MAX(seq) FROM directory_changes)";

/// One process writes: nobody to tell (a server reading the same file looks every few seconds).
#[allow(
    clippy::unused_async,
    reason = "the same call as PostgreSQL's, which notifies (clippy sees it only in some builds)"
)]
async fn notify_change(_tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>) -> Result<(), StoreError> {
    Ok(())
}

/// The store in one SQLite file (`ruta.sqlite3`), for one replica.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    /// This store's random id, which marks the changes it writes in the directory's change feed.
    writer: String,
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) `ruta.sqlite3` under `data_dir` and applies migrations.
    pub async fn open(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir)?;
        let options = SqliteConnectOptions::new()
            .filename(data_dir.join("ruta.sqlite3"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // An acknowledged booking or edit survives a power cut, not only a crash (one fsync per commit).
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Deleted rows (purged bookings) are overwritten, not just unlinked.
            .pragma("secure_delete", "on")
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self {
            writer: uuid::Uuid::new_v4().to_string(),
            pool,
        })
    }

    /// A write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so a busy database waits the
    /// busy timeout instead of failing on the first write of a transaction that read first ("database is
    /// locked" under concurrent bookings and edits).
    async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// After a purge that deleted rows: secure_delete zeroed the freed pages; move them out of the write-ahead log
    /// and empty it too.
    async fn after_purge(&self, gone: u64) -> Result<(), StoreError> {
        if gone > 0 {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Nothing wakes readers of the feed: they look every few seconds.
    fn signal_for_changes(&self) -> Option<std::sync::Arc<tokio::sync::Notify>> {
        None
    }

    /// Writes a consistent copy of the whole database to `path` (a new file), while others read and write.
    pub async fn backup_into(&self, path: &Path) -> Result<(), StoreError> {
        let path = path
            .to_str()
            .ok_or_else(|| StoreError::Io(std::io::Error::other("the backup path is not UTF-8")))?;
        sqlx::query("VACUUM INTO ?")
            .bind(path)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The connection pool, for tests and tools that read the file directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}
