//! Where referrals live: the anonymous counts — one row per day and group (kind, country, admin area, language),
//! nothing about the person, the service or the operator — and warm referrals until their purge.

use api_types::{DeclineReason, ReferralStatus};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::domain::AuditEntry;
use crate::domain::notification::Notification;
use crate::domain::referral::{DayCount, WarmReferral};

/// A status change of a warm referral, checked against the status it was read with.
#[derive(Debug, Clone)]
pub struct StatusChange<'a> {
    pub id: Uuid,
    /// The status the editor saw: nothing changes if another moved it meanwhile.
    pub from: ReferralStatus,
    /// The new one.
    pub to: ReferralStatus,
    /// With `declined`.
    pub reason: Option<DeclineReason>,
    /// When it moved: the referral's new `updated_at`, and when its notifications are queued.
    pub at: DateTime<Utc>,
    /// When everything about it goes, once it is closed or declined.
    pub purge_after: Option<DateTime<Utc>>,
    /// Who moved it (no personal data).
    pub audit: &'a AuditEntry,
    /// What the sender is told, queued in the same transaction.
    pub notifications: &'a [Notification],
}

/// Storage of referral counts and warm referrals.
pub trait ReferralStore: Send + Sync + std::fmt::Debug {
    /// Adds one to the count of the referral's day and group.
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()>;
    /// The day counts from `from` to `to`, both included.
    fn referral_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreFuture<'_, Vec<DayCount>>;
    /// Stores a warm referral, counts it and queues its notifications, in one transaction.
    fn create_warm_referral<'a>(
        &'a self,
        referral: &'a WarmReferral,
        count: &'a DayCount,
        notifications: &'a [Notification],
    ) -> StoreFuture<'a, ()>;
    /// One warm referral.
    fn warm_referral(&self, id: Uuid) -> StoreFuture<'_, Option<WarmReferral>>;
    /// The referrals an organisation received.
    fn referrals_received(&self, organization: Uuid) -> StoreFuture<'_, Vec<WarmReferral>>;
    /// The referrals an account sent, newest first.
    fn referrals_sent(&self, user: Uuid) -> StoreFuture<'_, Vec<WarmReferral>>;
    /// Moves a referral on if it still has `change.from`, with its audit entry and notifications; false when it
    /// had changed (or is gone).
    fn set_referral_status<'a>(&'a self, change: &'a StatusChange<'a>) -> StoreFuture<'a, bool>;
    /// Deletes every warm referral past its purge date; how many went.
    fn purge_warm_referrals(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64>;
}
