//! Where the audit log is read. Entries are written by the other stores, each in the transaction of the change
//! it records, so there is no write here.

use uuid::Uuid;

use super::StoreFuture;
use crate::domain::AuditEntry;

/// Reading the audit log.
pub trait AuditStore: Send + Sync + std::fmt::Debug {
    /// The entries `filter` selects, newest first, at most `limit`.
    fn audit<'a>(&'a self, filter: &'a AuditFilter, limit: u32) -> StoreFuture<'a, Vec<AuditEntry>>;
}

/// Which audit entries to read; the default reads all.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only this organisation's.
    pub organization_id: Option<Uuid>,
    /// Only this record's: `("service", id)`.
    pub entity: Option<(&'static str, Uuid)>,
}
