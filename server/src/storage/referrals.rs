//! Where referral counts live: one row per day and group (kind, country, admin area, language) with a count.
//! Nothing about the person, the service or the operator is ever written.

use chrono::NaiveDate;

use super::StoreFuture;
use crate::domain::referral::DayCount;

/// Storage of referral counts.
pub trait ReferralStore: Send + Sync + std::fmt::Debug {
    /// Adds one to the count of the referral's day and group.
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()>;
    /// The day counts from `from` to `to`, both included.
    fn referral_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreFuture<'_, Vec<DayCount>>;
}
