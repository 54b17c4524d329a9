//! Where the term table admins keep on the server lives: one row, replaced whole, with its audit entry written
//! in the same transaction.

use chrono::{DateTime, Utc};

use super::StoreFuture;
use crate::domain::AuditEntry;

/// The table as stored: its CSV text as the admin gave it (already checked) and how many rows it has.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTermTable {
    /// The CSV text, header row included.
    pub csv: String,
    /// Its rows (the header aside).
    pub rows: u64,
    /// When it was saved.
    pub updated_at: DateTime<Utc>,
}

/// Storage of the term table.
pub trait TermTableStore: Send + Sync + std::fmt::Debug {
    /// The table, if an admin saved one.
    fn term_table(&self) -> StoreFuture<'_, Option<StoredTermTable>>;
    /// Saves (or replaces) the table and its audit entry, in one transaction.
    fn save_term_table<'a>(
        &'a self,
        table: &'a StoredTermTable,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()>;
}
