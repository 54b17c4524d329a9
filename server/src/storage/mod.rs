//! Storage behind a trait, so the handlers never see SQL. SQLite (WAL, one file under the data dir) is the
//! embedded default; a PostgreSQL store can implement the same trait for replicated deployments.

pub mod sqlite;

use std::future::Future;
use std::pin::Pin;

use crate::domain::{Organization, Service};

pub use sqlite::SqliteStore;

/// A storage failure. Its text goes to the log only, never to a client.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// Migrations failed.
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
    /// Creating the data directory failed.
    #[error("data directory: {0}")]
    Io(#[from] std::io::Error),
}

/// A boxed future, so the trait can be used as `dyn Store`.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Where the directory lives.
pub trait Store: Send + Sync + std::fmt::Debug {
    /// True when no organisation or service is stored yet (first start).
    fn is_empty(&self) -> StoreFuture<'_, bool>;

    /// Writes organisations and services in one transaction: all or nothing.
    fn insert_directory<'a>(
        &'a self,
        organizations: &'a [Organization],
        services: &'a [Service],
    ) -> StoreFuture<'a, ()>;

    /// Reads the whole directory (at start, to build the in-memory index).
    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)>;
}
