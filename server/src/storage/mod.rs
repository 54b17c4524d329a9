//! Storage behind a trait, so the handlers never see SQL. SQLite (WAL, one file under the data dir) is the
//! embedded default; a PostgreSQL store can implement the same trait for replicated deployments.

mod accounts;
pub mod booking;
mod import;
pub mod referrals;
pub mod sqlite;

use std::future::Future;
use std::pin::Pin;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::auth::session::SessionTimes;
use crate::auth::{User, UserStatus};
use crate::domain::{AuditEntry, Organization, ProblemReport, Service};

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
    /// A unique value is taken (the field named).
    #[error("already taken: {0}")]
    Conflict(String),
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

    /// Writes an import in one transaction, all or nothing: organisations (a new one approved, an existing one
    /// keeping its approval), services (each replaced whole) and the import's one audit entry.
    fn import_directory<'a>(
        &'a self,
        organizations: &'a [Organization],
        services: &'a [Service],
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()>;

    /// Reads the whole directory (at start, to build the in-memory index).
    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)>;

    /// Creates an account (and, for a registration, its organisation, not yet approved), with its audit
    /// entries; [`StoreError::Conflict`] when the email is taken.
    fn insert_user<'a>(
        &'a self,
        user: &'a User,
        password_hash: &'a str,
        organization: Option<&'a Organization>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, ()>;

    /// An account and its password hash, by lower-cased email.
    fn user_by_email<'a>(&'a self, email: &'a str) -> StoreFuture<'a, Option<(User, String)>>;

    /// An account by id.
    fn user_by_id(&self, id: Uuid) -> StoreFuture<'_, Option<User>>;

    /// Every account.
    fn users(&self) -> StoreFuture<'_, Vec<User>>;

    /// Activates or disables an account (disabling revokes its sessions), with its audit entry.
    fn set_user_status<'a>(
        &'a self,
        id: Uuid,
        status: UserStatus,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()>;

    /// Records a new session by its token's hash.
    fn insert_session<'a>(
        &'a self,
        token_hash: &'a str,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> StoreFuture<'a, ()>;

    /// A session's account and times.
    fn session<'a>(&'a self, token_hash: &'a str) -> StoreFuture<'a, Option<(Uuid, SessionTimes)>>;

    /// Records activity on a session.
    fn touch_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()>;

    /// Ends one session.
    fn revoke_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()>;

    /// Ends every session of an account; how many were live.
    fn revoke_user_sessions(&self, user: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, u64>;

    /// Creates or replaces a service with its audit entry, in one transaction.
    fn save_service<'a>(&'a self, service: &'a Service, audit: &'a AuditEntry) -> StoreFuture<'a, ()>;

    /// Approves an organisation and activates its pending accounts; false if there is no such organisation.
    fn approve_organization<'a>(
        &'a self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, bool>;

    /// Organisations waiting for approval.
    fn pending_organizations(&self) -> StoreFuture<'_, Vec<Uuid>>;

    /// Audit entries, newest first.
    fn audit<'a>(&'a self, filter: &'a AuditFilter, limit: u32) -> StoreFuture<'a, Vec<AuditEntry>>;

    /// Stores a problem report.
    fn insert_report<'a>(&'a self, report: &'a ProblemReport) -> StoreFuture<'a, ()>;

    /// Problem reports of one organisation, or all; newest first.
    fn reports(&self, organization: Option<Uuid>) -> StoreFuture<'_, Vec<ProblemReport>>;

    /// Marks a report handled; false if there is none open with that id.
    fn resolve_report(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool>;
}

/// Which audit entries to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only this organisation's.
    pub organization_id: Option<Uuid>,
    /// Only this record's: `("service", id)`.
    pub entity: Option<(&'static str, Uuid)>,
}
