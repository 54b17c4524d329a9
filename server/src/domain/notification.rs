//! A notification waiting in the outbox: what event it tells of, on which channel, to whom (sealed) and where
//! its delivery stands. Pure data; the worker that delivers lives in `crate::notify`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a notification tells of, how it travels and where it stands: the shared wire vocabularies.
pub use api_types::{NotificationChannel, NotificationKind, OutboxStatus};

/// Who receives it and the values its message is written with: sealed at rest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// An e-mail address or an E.164 number.
    pub recipient: String,
    /// The Fluent arguments of its message (a reference, a local time, a service's name…).
    #[serde(default)]
    pub args: BTreeMap<String, String>,
}

/// A notification to queue, in the same transaction as its event.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    /// Id; also the message's idempotency key, so a receiver can drop a repeat.
    pub id: Uuid,
    /// The event and recipient it is for: queued once, whatever retries the request.
    pub event_key: String,
    /// What it tells of.
    pub kind: NotificationKind,
    /// How it travels.
    pub channel: NotificationChannel,
    /// The organisation whose staff screens list it.
    pub organization_id: Option<Uuid>,
    /// The language it is written in.
    pub language: String,
    /// [`Payload`], sealed.
    pub sealed: Vec<u8>,
    /// Not tried before then; after a failed try, the next retry's time.
    pub due_at: DateTime<Utc>,
    /// When its row goes.
    pub purge_after: DateTime<Utc>,
}

/// A queued notification and its delivery state.
#[derive(Debug, Clone, PartialEq)]
pub struct Queued {
    /// As queued.
    pub notification: Notification,
    /// Where it stands.
    pub status: OutboxStatus,
    /// Deliveries tried, counted as each claim is made; a failed one retried by hand counts anew.
    pub attempts: u32,
    /// The last failure, in the log's words (never the recipient).
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When it was delivered; `None` until then.
    pub sent_at: Option<DateTime<Utc>>,
}

/// What an event does to the outbox, in its own transaction: notifications to queue, and earlier ones to call
/// off while still unsent (every notification whose event key starts with one of `cancel`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutboxChange {
    pub queue: Vec<Notification>,
    /// Prefixes of the event keys to cancel (a moved session's reminder, say).
    pub cancel: Vec<String>,
}

impl OutboxChange {
    /// Nothing to queue or cancel.
    pub fn none() -> Self {
        Self::default()
    }

    /// This change and `other`, in one transaction.
    pub fn and(mut self, other: OutboxChange) -> OutboxChange {
        self.queue.extend(other.queue);
        self.cancel.extend(other.cancel);
        self
    }
}
