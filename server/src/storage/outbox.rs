//! Where notifications wait: the outbox. A notification is queued in the transaction of its event (see
//! [`super::referrals::ReferralStore::create_warm_referral`]), or on its own for scheduled ones; a delivery
//! worker on any replica claims due rows under a lease, so one replica delivers each, and a claim whose worker
//! died is taken again when its lease ends.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::domain::notification::{Notification, NotificationChannel, Queued};

/// Storage of the notification outbox.
pub trait OutboxStore: Send + Sync + std::fmt::Debug {
    /// Queues notifications at `now`; one whose `event_key` is queued already is skipped. How many were new.
    fn enqueue<'a>(&'a self, notifications: &'a [Notification], now: DateTime<Utc>) -> StoreFuture<'a, u64>;
    /// Claims up to `limit` notifications due at `now` — pending ones, and ones whose worker's lease ended —
    /// for `lease`, counting an attempt on each.
    fn claim_due(&self, now: DateTime<Utc>, lease: Duration, limit: u32) -> StoreFuture<'_, Vec<Queued>>;
    /// The transport took it: marked `sent`, with `at` as its `sent_at`.
    fn mark_sent(&self, id: Uuid, at: DateTime<Utc>) -> StoreFuture<'_, ()>;
    /// Not delivered: try again at `retry_at`, or give up (`None`) and mark it failed.
    fn mark_unsent<'a>(
        &'a self,
        id: Uuid,
        retry_at: Option<DateTime<Utc>>,
        error: &'a str,
    ) -> StoreFuture<'a, ()>;
    /// No channel is configured for it: held, for the staff screens only (its claim not counted as an attempt).
    fn mark_held(&self, id: Uuid) -> StoreFuture<'_, ()>;
    /// Held notifications on `channels` queued since `since` become pending again (a transport was configured
    /// after they were queued); older ones stay held. How many.
    fn release_held<'a>(
        &'a self,
        channels: &'a [NotificationChannel],
        since: DateTime<Utc>,
    ) -> StoreFuture<'a, u64>;
    /// A failed notification is tried again from `now`, its attempts counted anew; false when `id` is not a
    /// failed notification.
    fn retry_notification(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool>;
    /// One notification, by id.
    fn notification(&self, id: Uuid) -> StoreFuture<'_, Option<Queued>>;
    /// The newest notifications, of one organisation or (`None`) of all, at most `limit`.
    fn notifications(&self, organization: Option<Uuid>, limit: u32) -> StoreFuture<'_, Vec<Queued>>;
    /// Deletes notifications past their purge date; how many went.
    fn purge_outbox(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64>;
}
