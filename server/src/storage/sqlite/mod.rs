//! The SQLite store: one file, WAL mode, migrations applied on open. One file per store trait; this one holds
//! what they share: opening the pool and parsing stored values.

mod accounts;
mod audit;
mod booking;
mod changes;
mod directory;
mod lifelines;
mod referrals;
mod reports;

use std::path::Path;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::StoreError;

/// The embedded store.
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
