//! Where the directory lives: organisations and services, their approval, and the edits to them. Every write
//! that changes the directory after the first load writes its audit entry in the same transaction.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::domain::{AuditEntry, Organization, Service};

/// Whether the stored version of a service is still the one an edit was made from (its entity tag, say).
pub type Unchanged = dyn Fn(&Service) -> bool + Send + Sync;

/// Storage of organisations and services.
pub trait DirectoryStore: Send + Sync + std::fmt::Debug {
    /// True when no organisation or service is stored yet (first start).
    fn is_empty(&self) -> StoreFuture<'_, bool>;

    /// Writes organisations (a new one approved) and services in one transaction: all or nothing.
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

    /// Reads the whole directory, approved or not (at start, to build the in-memory index).
    fn load_directory(&self) -> StoreFuture<'_, (Vec<Organization>, Vec<Service>)>;

    /// Creates or replaces a service (its texts and location replaced whole) with its audit entry, in one
    /// transaction. With `unchanged`, only while it says yes of the version stored — asked inside the write
    /// transaction, which holds the store's write lock, so an edit made meanwhile on another replica is never
    /// overwritten: false, writing nothing, when it says no.
    fn save_service<'a>(
        &'a self,
        service: &'a Service,
        audit: &'a AuditEntry,
        unchanged: Option<&'a Unchanged>,
    ) -> StoreFuture<'a, bool>;

    /// Approves an organisation and activates its pending accounts, with the audit entries, in one
    /// transaction; false if there is no such organisation.
    fn approve_organization<'a>(
        &'a self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, bool>;

    /// The ids of the organisations waiting for approval (neither approved nor declined), by name.
    fn pending_organizations(&self) -> StoreFuture<'_, Vec<Uuid>>;

    /// Declines an organisation that waits for approval, keeping `reason` for its applicant, with the audit
    /// entry, in one transaction; false if no organisation with that id waits.
    fn decline_organization<'a>(
        &'a self,
        id: Uuid,
        reason: &'a str,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool>;

    /// Why an organisation's registration was declined, if it was.
    fn declined_reason(&self, id: Uuid) -> StoreFuture<'_, Option<String>>;
}
