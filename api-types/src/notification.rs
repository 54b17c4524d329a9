//! The notification outbox as staff see it: what was sent, how and when, and where each delivery stands — never
//! to whom or with which values (those stay sealed on the server; a preview shows the recipient masked).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{NotificationChannel, NotificationKind, OutboxStatus};

/// A queued notification: its delivery state only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    /// Id; also the message's idempotency key (`Idempotency-Key`, and the e-mail's `Message-ID`).
    pub id: Uuid,
    /// What it tells of.
    pub kind: NotificationKind,
    /// How it travels.
    pub channel: NotificationChannel,
    /// Where its delivery stands.
    pub status: OutboxStatus,
    /// Deliveries tried so far; after 8 it is marked `failed`.
    pub attempts: u32,
    /// Why the last try failed, in the server's words (never the recipient).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When it was delivered; absent until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<DateTime<Utc>>,
    /// Not tried before (the next retry, while pending).
    pub due_at: DateTime<Utc>,
}

/// The channels this server can deliver on. With neither, notifications are only listed here (status `held`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationChannels {
    /// E-mail: a mail server is configured (`RUTA_SMTP_URL`).
    pub email: bool,
    /// SMS and WhatsApp: a gateway is configured (`RUTA_SMS_WEBHOOK_URL`).
    pub sms_gateway: bool,
}

/// `GET /api/v1/manage/notifications`: the newest notifications, and the channels configured.
///
/// # Example
/// ```
/// use ruta_api_types::notification::{NotificationChannels, NotificationList};
/// let list: NotificationList = serde_json::from_str(
///     r#"{"channels": {"email": false, "sms_gateway": false}, "notifications": []}"#,
/// ).unwrap();
/// assert_eq!(list.channels, NotificationChannels::default());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationList {
    /// What this server can deliver on.
    pub channels: NotificationChannels,
    /// Newest first, at most 200.
    pub notifications: Vec<NotificationView>,
}

/// `GET /api/v1/manage/notifications/{id}/preview`: the message as it is sent, in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPreview {
    pub id: Uuid,
    /// What it tells of.
    pub kind: NotificationKind,
    /// How it travels.
    pub channel: NotificationChannel,
    /// The language it is written in (BCP 47).
    pub language: String,
    /// The recipient, masked: `f***@example.org`, `+504 ****0000`.
    pub to: String,
    /// The e-mail's subject (a text message has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The body; in a message to the person who booked, only the first three characters of the booking reference
    /// show.
    pub text: String,
}
