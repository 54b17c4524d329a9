//! Where admins' corrections of life lines live: one row per corrected country, with its audit entry written in
//! the same transaction.

use api_types::{CountryCode, LifeLinesInput};
use chrono::{DateTime, Utc};

use super::StoreFuture;
use crate::domain::AuditEntry;

/// A country's corrected life lines, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCorrection {
    pub country: CountryCode,
    /// The whole set, checked before it was saved.
    pub body: LifeLinesInput,
    /// When it was saved.
    pub corrected_at: DateTime<Utc>,
}

/// Storage of life-line corrections.
pub trait LifeLineStore: Send + Sync + std::fmt::Debug {
    /// Every correction, to lay over the shipped files at start.
    fn lifeline_corrections(&self) -> StoreFuture<'_, Vec<StoredCorrection>>;
    /// Saves (or replaces) a country's correction and its audit entry, in one transaction.
    fn save_lifeline_correction<'a>(
        &'a self,
        correction: &'a StoredCorrection,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()>;
    /// Removes a country's correction (the shipped data is served again) and writes its audit entry, in one
    /// transaction. False when there was none.
    fn remove_lifeline_correction<'a>(
        &'a self,
        country: CountryCode,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool>;
}
