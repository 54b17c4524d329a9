//! Storage behind traits, so the handlers never see SQL: one trait per store (directory, accounts, audit log,
//! problem reports, bookings, referral counts, life-line corrections, the imports' term table, the directory's
//! change feed), each usable as a `dyn` object. Two backends implement every one with the same code (`sql/`):
//! SQLite (WAL, one file under the data dir), the embedded default, and PostgreSQL (`RUTA_DATABASE_URL`), for
//! replicas.

pub mod accounts;
pub mod audit;
pub mod booking;
pub mod changes;
pub mod directory;
pub mod lifelines;
pub mod migrate;
pub mod outbox;
pub mod postgres;
pub mod referrals;
pub mod reports;
pub mod rows;
pub mod sqlite;
pub mod term_table;

use std::future::Future;
use std::pin::Pin;

pub use accounts::AccountStore;
pub use audit::{AuditFilter, AuditStore};
pub use booking::{BookingStore, Created, IdempotencyKey, Replay};
pub use changes::ChangeFeed;
pub use directory::DirectoryStore;
pub use lifelines::LifeLineStore;
pub use outbox::OutboxStore;
pub use postgres::PostgresStore;
pub use referrals::ReferralStore;
pub use reports::ReportStore;
pub use sqlite::SqliteStore;
pub use term_table::TermTableStore;

/// A storage failure. Its text goes to the log only, never to a client.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value does not parse (the database was edited by hand, or a bug wrote it).
    #[error("corrupt row {id}: {reason}")]
    Corrupt {
        /// The row's id.
        id: String,
        /// What does not parse.
        reason: String,
    },
    /// A unique value is taken (the field named).
    #[error("already taken: {0}")]
    Conflict(String),
    /// Creating the data directory failed.
    #[error("data directory: {0}")]
    Io(#[from] std::io::Error),
}

/// A boxed future, so each store trait can be used as a `dyn` object.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Every store at once: what the server holds as its one store, so the layers above reach any store through it.
/// Implemented for every type that implements all the store traits; implement those, not this.
pub trait Store:
    DirectoryStore
    + ChangeFeed
    + AccountStore
    + AuditStore
    + ReportStore
    + BookingStore
    + ReferralStore
    + OutboxStore
    + LifeLineStore
    + TermTableStore
{
}

impl<T> Store for T where
    T: DirectoryStore
        + ChangeFeed
        + AccountStore
        + AuditStore
        + ReportStore
        + BookingStore
        + ReferralStore
        + OutboxStore
        + LifeLineStore
        + TermTableStore
        + ?Sized
{
}

/// True when a statement broke a unique constraint (a taken email, slot or key), which each store names as a
/// [`StoreError::Conflict`].
fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Where the data lives: PostgreSQL when a database URL is given (for more than one replica), otherwise the
/// embedded SQLite file under `data_dir`.
#[derive(Debug, Clone, Copy)]
pub enum Location<'a> {
    /// `ruta.sqlite3` under this folder.
    Embedded(&'a std::path::Path),
    /// A `postgres://` URL.
    Postgres(&'a str),
}

impl<'a> Location<'a> {
    /// PostgreSQL when `database_url` is given, otherwise SQLite under `data_dir`.
    pub fn of(data_dir: &'a std::path::Path, database_url: Option<&'a str>) -> Self {
        match database_url {
            Some(url) => Self::Postgres(url),
            None => Self::Embedded(data_dir),
        }
    }
}

/// Opens (creating and migrating) the store at `location`.
pub async fn open(location: Location<'_>) -> Result<std::sync::Arc<dyn Store>, StoreError> {
    Ok(match location {
        Location::Embedded(dir) => std::sync::Arc::new(SqliteStore::open(dir).await?),
        Location::Postgres(url) => std::sync::Arc::new(PostgresStore::open(url).await?),
    })
}
