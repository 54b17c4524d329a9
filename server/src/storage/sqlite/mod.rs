//! The SQLite store: one file, WAL mode, migrations applied on open. One file per store trait; this one holds
//! what they share: opening the pool and parsing stored values.

mod accounts;
mod audit;
mod booking;
mod directory;
mod lifelines;
mod referrals;
mod reports;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use uuid::Uuid;

use super::StoreError;

/// The embedded store.
#[derive(Debug, Clone)]
pub struct SqliteStore {
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
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// A write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so a busy database waits the
    /// busy timeout instead of failing on the first write of a transaction that read first ("database is
    /// locked" under concurrent bookings and edits).
    async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// The connection pool, for tests and tools that read the file directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

/// True when a statement broke a unique constraint (a taken email, slot or key), which each store names as a
/// [`StoreError::Conflict`].
fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// A [`StoreError::Corrupt`] for the row `id`.
fn corrupt(id: &str, reason: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

/// The JSON text of a value, for a TEXT column.
fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising plain data types to a string cannot fail; an empty JSON value is a safe fallback.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// Parses the JSON text of `column` in the row `id`.
fn from_json<T: DeserializeOwned>(id: &str, column: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt {
        id: id.to_owned(),
        reason: format!("{column}: {e}"),
    })
}

/// Parses a closed-vocabulary name (`cost`, `status`…) of `column` in the row `id`.
fn parse_vocab<T: FromStr>(id: &str, column: &str, text: &str) -> Result<T, StoreError>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|e: T::Err| StoreError::Corrupt {
        id: id.to_owned(),
        reason: format!("{column}: {e}"),
    })
}

/// Parses a UUID stored as text in the row `id`.
fn parse_uuid(id: &str, text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| corrupt(id, e))
}
