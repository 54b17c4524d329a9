//! Notifications as events write them: to a member of staff by e-mail ("a new request; open Ruta", nothing
//! about the person), or to the person who booked on the channel they left, sealed with the booking key. The
//! workflows that queue them (bookings, warm referrals, the listing check) build them here, so every one is
//! sealed, keyed and dated the same way.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::auth::User;
use crate::domain::booking::{Contact, ContactChannel};
use crate::domain::notification::{Notification, NotificationChannel, NotificationKind, Payload};
use crate::vault::{Vault, VaultError};

/// How long a notification's row (its sealed recipient with it) is kept after it is queued, at most.
pub const KEEP_DAYS: i64 = 30;

/// Seals and dates the notifications of one event at `now`.
#[derive(Debug, Clone, Copy)]
pub struct Composer<'a> {
    /// The booking key, which seals each recipient and its message's values.
    pub vault: &'a Vault,
    /// When the event happens.
    pub now: DateTime<Utc>,
}

/// Who receives a notification and in which words.
#[derive(Debug, Clone, Copy)]
pub struct Addressed<'a> {
    /// What it tells of.
    pub kind: NotificationKind,
    /// The event it tells of, unique among events: `booking_new:<id>`. Queued once per event and recipient.
    pub event: &'a str,
    /// The organisation whose staff screens list it.
    pub organization: Option<Uuid>,
    /// The language it is written in.
    pub language: &'a str,
}

impl Composer<'_> {
    fn seal(&self, recipient: &str, args: BTreeMap<String, String>) -> Result<Vec<u8>, VaultError> {
        let payload = Payload {
            recipient: recipient.to_owned(),
            args,
        };
        let plain = serde_json::to_vec(&payload).map_err(|e| VaultError::Key(e.to_string()))?;
        self.vault.seal(&plain)
    }

    /// An e-mail to `user` (a counsellor, an editor), due now: its words carry only `args` (a link, never the
    /// person's details).
    pub fn to_staff(
        &self,
        user: &User,
        to: Addressed<'_>,
        args: BTreeMap<String, String>,
    ) -> Result<Notification, VaultError> {
        Ok(Notification {
            id: Uuid::new_v4(),
            event_key: format!("{}:{}", to.event, user.id),
            kind: to.kind,
            channel: NotificationChannel::Email,
            organization_id: to.organization,
            language: to.language.to_owned(),
            sealed: self.seal(&user.email, args)?,
            due_at: self.now,
            purge_after: self.now + Duration::days(KEEP_DAYS),
        })
    }

    /// A message to the person at `contact`, due at `due_at`, gone by `purge_after` (the booking's purge date)
    /// or [`KEEP_DAYS`] after it is due, whichever comes first. `None` on a channel nothing delivers on (Signal).
    pub fn to_person(
        &self,
        contact: &Contact,
        to: Addressed<'_>,
        args: BTreeMap<String, String>,
        due_at: DateTime<Utc>,
        purge_after: DateTime<Utc>,
    ) -> Result<Option<Notification>, VaultError> {
        let channel = match contact.channel {
            ContactChannel::Phone => NotificationChannel::Sms,
            ContactChannel::Whatsapp => NotificationChannel::Whatsapp,
            ContactChannel::Email => NotificationChannel::Email,
            ContactChannel::Signal => return Ok(None),
        };
        Ok(Some(Notification {
            id: Uuid::new_v4(),
            event_key: to.event.to_owned(),
            kind: to.kind,
            channel,
            organization_id: to.organization,
            language: to.language.to_owned(),
            sealed: self.seal(&contact.value, args)?,
            due_at,
            purge_after: purge_after.min(due_at + Duration::days(KEEP_DAYS)),
        }))
    }
}

/// Message arguments from pairs.
pub fn args<const N: usize>(pairs: [(&str, String); N]) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}
