//! Where counsellors and appointments live. A slot is booked at most once: a partial unique index on
//! (counsellor, start) for bookings that hold their slot, checked inside the inserting transaction.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::domain::AuditEntry;
use crate::domain::booking::{Appointment, Counsellor};
use crate::domain::notification::OutboxChange;

/// A span of time, UTC, half-open: `(start, end)`.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// A booking request's `Idempotency-Key`, as kept: the key's hash, the hash of the request it came with, and the
/// sealed secret to answer a retry identically.
#[derive(Debug, Clone, Copy)]
pub struct IdempotencyKey<'a> {
    /// The key, hashed.
    pub key_hash: &'a str,
    /// The request's fingerprint: a retry must be the same request.
    pub request_hash: &'a str,
    /// The booking's secret, sealed.
    pub sealed_secret: &'a [u8],
}

/// A booking an `Idempotency-Key` made, found again.
#[derive(Debug, Clone, PartialEq)]
pub struct Replay {
    pub appointment: Appointment,
    /// Its secret, sealed.
    pub sealed_secret: Vec<u8>,
    /// The fingerprint of the request that made it.
    pub request_hash: String,
}

/// What creating a booking did.
#[derive(Debug, Clone, PartialEq)]
pub enum Created {
    /// A new booking.
    New,
    /// The same `Idempotency-Key` was seen: that booking, its secret (sealed) and its request's fingerprint.
    Existing(Box<Replay>),
}

/// Storage of counsellors and bookings.
pub trait BookingStore: Send + Sync + std::fmt::Debug {
    /// Creates or replaces a counsellor (and their time off).
    fn save_counsellor<'a>(&'a self, counsellor: &'a Counsellor, now: DateTime<Utc>) -> StoreFuture<'a, ()>;
    /// Every counsellor, active or not, by display name.
    fn counsellors(&self) -> StoreFuture<'_, Vec<Counsellor>>;
    /// One counsellor (and their time off), by id.
    fn counsellor(&self, id: Uuid) -> StoreFuture<'_, Option<Counsellor>>;
    /// Creates or replaces a counsellor (and their time off) with its audit entry, in one transaction;
    /// [`StoreError::Conflict`](super::StoreError::Conflict)`("user_id")` when the account is already linked
    /// to another counsellor. With `expected`, only if the stored counsellor is still exactly that one, compared
    /// inside the transaction: `false` (nothing written) when someone else changed it meanwhile.
    fn save_counsellor_audited<'a>(
        &'a self,
        counsellor: &'a Counsellor,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
        expected: Option<&'a Counsellor>,
    ) -> StoreFuture<'a, bool>;
    /// Sessions holding their slot between `from` and `to`.
    fn booked(&self, counsellor: Uuid, from: DateTime<Utc>, to: DateTime<Utc>) -> StoreFuture<'_, Vec<Span>>;
    /// Creates a booking; with an idempotency key seen before, returns that booking instead.
    /// [`StoreError::Conflict`](super::StoreError::Conflict)`("slot")` when the slot is taken,
    /// `Conflict("idempotency_key")` when a request with the same key created its booking meanwhile.
    /// Keys older than `keys_since` have expired: they are forgotten, and the key may be used anew.
    /// `outbox` (the counsellor told) is applied in the same transaction, only when the booking is new.
    fn create_appointment<'a>(
        &'a self,
        appointment: &'a Appointment,
        idempotency: Option<IdempotencyKey<'a>>,
        keys_since: DateTime<Utc>,
        outbox: &'a OutboxChange,
    ) -> StoreFuture<'a, Created>;
    /// The booking an `Idempotency-Key` (hashed) created since `keys_since`, with its sealed secret and the
    /// fingerprint of its request.
    fn idempotent<'a>(
        &'a self,
        key_hash: &'a str,
        keys_since: DateTime<Utc>,
    ) -> StoreFuture<'a, Option<Replay>>;
    /// Something sealed with the booking key (a contact or a kept secret), if the database holds any: to check at
    /// start that the key in use opens it.
    fn sealed_sample(&self) -> StoreFuture<'_, Option<Vec<u8>>>;
    /// A booking by its reference.
    fn appointment<'a>(&'a self, reference: &'a str) -> StoreFuture<'a, Option<Appointment>>;
    /// A counsellor's bookings ending after `from`, soonest first.
    fn appointments_of(&self, counsellor: Uuid, from: DateTime<Utc>) -> StoreFuture<'_, Vec<Appointment>>;
    /// Changes a booking's status, time and purge date (a reschedule);
    /// [`StoreError::Conflict`](super::StoreError::Conflict)`("slot")` if the new slot is taken. `outbox` is
    /// applied in the same transaction.
    fn update_appointment<'a>(
        &'a self,
        appointment: &'a Appointment,
        outbox: &'a OutboxChange,
    ) -> StoreFuture<'a, ()>;
    /// Deletes everything of the bookings whose purge date has come, keeping monthly counts; how many.
    fn purge_appointments(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64>;
}
