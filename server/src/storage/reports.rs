//! Where problem reports on listings live ("the number is wrong"): a fixed reason and a time, nothing about
//! who sent it; kept after an editor resolves them.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::domain::ProblemReport;

/// Storage of problem reports.
pub trait ReportStore: Send + Sync + std::fmt::Debug {
    fn insert_report<'a>(&'a self, report: &'a ProblemReport) -> StoreFuture<'a, ()>;

    /// Problem reports of one organisation, or all, resolved or not; newest first.
    fn reports(&self, organization: Option<Uuid>) -> StoreFuture<'_, Vec<ProblemReport>>;

    /// Marks a report handled; false if there is none open with that id.
    fn resolve_report(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool>;
}
