//! Where the audit log is read. Entries are written by the other stores, each in the transaction of the change
//! it records, so there is no write here.

use api_types::AuditAction;
use chrono::{DateTime, Utc};
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
    /// Only by a person whose email (or `cli`, `import`) contains this, ignoring case.
    pub person: Option<String>,
    /// Only this record's, whatever kind it is.
    pub record: Option<Uuid>,
    /// Only this action.
    pub action: Option<AuditAction>,
    /// Only at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only before this instant.
    pub until: Option<DateTime<Utc>>,
}
