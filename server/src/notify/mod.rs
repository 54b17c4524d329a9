//! Notifications: the worker that delivers the outbox ([`crate::storage::outbox`]).
//!
//! Every second each replica runs [`deliver_due`]: it claims the notifications due now under a lease (so no other
//! replica takes them meanwhile), opens each one's sealed payload, writes its message in its language
//! ([`messages`]) and sends it — by e-mail ([`email`]) or through the SMS/WhatsApp gateway ([`gateway`]). A
//! delivery that fails is tried again after 30 s, 1, 2, 4… minutes (at most an hour apart), and after
//! [`MAX_ATTEMPTS`] it is marked failed, for admins to see. A notification whose channel has no transport
//! configured is held: listed in the staff screens only.
//!
//! Delivery is at least once: a replica that stops after the receiver took a message and before the outbox heard
//! sends it again when the lease ends. Every message carries the notification's id (the e-mail's `Message-ID`,
//! the gateway's `Idempotency-Key`), so the receiver drops the repeat.
//!
//! Logs name the notification, its kind and channel and what went wrong — never the recipient or the text.

pub mod compose;
pub mod email;
pub mod gateway;
pub mod messages;

use chrono::{DateTime, Duration, Utc};
use futures_util::future::join_all;
use ruta_locales::Localizer;

use crate::domain::notification::{NotificationChannel, Payload, Queued};
use crate::storage::{OutboxStore, StoreError};
use crate::vault::Vault;
pub use messages::Message;

/// How long a claimed notification is its worker's before another may take it: longer than a delivery can take
/// (each has a 10 s timeout, and a round's deliveries run side by side).
pub const LEASE_SECONDS: i64 = 60;
/// The most notifications one round claims.
pub const BATCH: u32 = 20;
/// Deliveries tried before a notification is marked failed.
pub const MAX_ATTEMPTS: u32 = 8;
/// The wait after the first failure; it doubles after each further one.
pub const FIRST_RETRY_SECONDS: i64 = 30;
/// The longest wait between two tries.
pub const LONGEST_RETRY_SECONDS: i64 = 3600;

/// The server's messages in a language, Spanish when that one is not shipped (`http::language` keeps them
/// loaded): handed in, so this layer does not load Fluent files itself.
pub type Texts = fn(&str) -> Option<Localizer>;

/// The wait before the next try after `attempts` tries: 30 s × 2^(attempts − 1), at most an hour.
///
/// # Example
/// ```
/// use ruta_server::notify::retry_delay;
/// assert_eq!(retry_delay(1).num_seconds(), 30);
/// assert_eq!(retry_delay(3).num_seconds(), 120);
/// assert_eq!(retry_delay(8).num_seconds(), 3600);
/// ```
pub fn retry_delay(attempts: u32) -> Duration {
    let doublings = attempts.saturating_sub(1).min(20);
    Duration::seconds((FIRST_RETRY_SECONDS << doublings).min(LONGEST_RETRY_SECONDS))
}

/// How notifications travel, as configured at start: e-mail, the gateway, both or neither.
#[derive(Debug, Clone, Default)]
pub struct Transports {
    /// E-mail by SMTP (`RUTA_SMTP_URL`).
    pub email: Option<email::Mailer>,
    /// SMS and WhatsApp through the gateway (`RUTA_SMS_WEBHOOK_URL`).
    pub gateway: Option<gateway::Gateway>,
}

/// What configures the transports (from `ServeConfig`).
#[derive(Clone, Copy, Default)]
pub struct Settings<'a> {
    /// `RUTA_SMTP_URL`.
    pub smtp_url: Option<&'a str>,
    /// `RUTA_SMTP_FROM`.
    pub smtp_from: &'a str,
    /// `RUTA_SMS_WEBHOOK_URL`.
    pub webhook_url: Option<&'a str>,
    /// `RUTA_SMS_WEBHOOK_SECRET`.
    pub webhook_secret: Option<&'a str>,
}

/// The URLs may hold a password or a token: only whether each is set.
impl std::fmt::Debug for Settings<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("smtp", &self.smtp_url.is_some())
            .field("gateway", &self.webhook_url.is_some())
            .finish_non_exhaustive()
    }
}

impl Transports {
    /// The transports `settings` name; an error says which setting is wrong (never its value).
    pub fn configure(settings: &Settings<'_>) -> Result<Self, String> {
        let email = settings
            .smtp_url
            .map(|url| email::Mailer::new(url, settings.smtp_from))
            .transpose()?;
        let gateway = match (settings.webhook_url, settings.webhook_secret) {
            (Some(url), Some(secret)) => Some(gateway::Gateway::new(url, secret)?),
            (Some(_), None) => {
                return Err(
                    "RUTA_SMS_WEBHOOK_URL needs RUTA_SMS_WEBHOOK_SECRET: the gateway checks the \
                            signature of every message"
                        .to_owned(),
                );
            }
            (None, _) => None,
        };
        Ok(Self { email, gateway })
    }

    /// Whether a notification on `channel` can be sent.
    pub fn carries(&self, channel: NotificationChannel) -> bool {
        match channel {
            NotificationChannel::Email => self.email.is_some(),
            NotificationChannel::Sms | NotificationChannel::Whatsapp => self.gateway.is_some(),
        }
    }
}

/// Why a delivery did not happen, in words fit for the log and the staff screens: never the recipient, the
/// text or a server's own message (which may quote either).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong.
    pub reason: String,
    /// Trying again cannot help (no such address, a payload that does not open): failed at once.
    pub permanent: bool,
}

impl Failure {
    /// A failure worth another try.
    pub fn retry(reason: String) -> Self {
        Self {
            reason,
            permanent: false,
        }
    }

    /// A failure no retry mends.
    pub fn permanent(reason: &str) -> Self {
        Self {
            reason: reason.to_owned(),
            permanent: true,
        }
    }
}

/// What one round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    /// Delivered.
    pub sent: usize,
    /// Not delivered; to be tried again.
    pub retried: usize,
    /// Given up on.
    pub failed: usize,
    /// No transport for their channel.
    pub held: usize,
}

/// How one delivery ended.
enum Outcome {
    Sent,
    Held,
    Failed(Failure),
}

/// A notification opened: who it goes to and what it says. Kept out of `Debug`.
pub struct Opened {
    /// An e-mail address or an E.164 number.
    pub recipient: String,
    /// Its subject and text, in the notification's language.
    pub message: Message,
}

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opened([redacted])")
    }
}

/// Opens `queued`'s payload and writes its message in its language.
pub fn open(queued: &Queued, vault: &Vault, texts: Texts) -> Result<Opened, Failure> {
    let payload = payload(queued, vault)?;
    write(queued, payload, texts)
}

/// `queued`'s message as staff may preview it: the recipient masked ([`mask`]), and in a message to the person
/// who booked, their booking reference hidden but for its first letters.
pub fn preview(queued: &Queued, vault: &Vault, texts: Texts) -> Result<Opened, Failure> {
    let mut payload = payload(queued, vault)?;
    payload.recipient = mask(&payload.recipient);
    if messages::to_the_person(queued.notification.kind)
        && let Some(reference) = payload.args.get_mut("reference")
    {
        let shown: String = reference.chars().take(3).collect();
        *reference = format!("{shown}••••");
    }
    write(queued, payload, texts)
}

fn payload(queued: &Queued, vault: &Vault) -> Result<Payload, Failure> {
    let plain = vault
        .open_sealed(&queued.notification.sealed)
        .map_err(|_| Failure::permanent("the payload does not open with this key"))?;
    serde_json::from_slice(&plain).map_err(|_| Failure::permanent("the payload is not readable"))
}

fn write(queued: &Queued, payload: Payload, texts: Texts) -> Result<Opened, Failure> {
    let notification = &queued.notification;
    let words = texts(&notification.language)
        .ok_or_else(|| Failure::retry("the server's messages are not loaded".to_owned()))?;
    Ok(Opened {
        message: messages::render(notification.kind, &payload.args, &words),
        recipient: payload.recipient,
    })
}

/// Delivers one claimed notification.
async fn deliver(queued: &Queued, vault: &Vault, transports: &Transports, texts: Texts) -> Outcome {
    let notification = &queued.notification;
    let sent = match (notification.channel, &transports.email, &transports.gateway) {
        (NotificationChannel::Email, Some(mailer), _) => match open(queued, vault, texts) {
            Ok(opened) => {
                mailer
                    .send(notification.id, &opened.recipient, &opened.message)
                    .await
            }
            Err(failure) => Err(failure),
        },
        (NotificationChannel::Sms | NotificationChannel::Whatsapp, _, Some(gateway)) => {
            match open(queued, vault, texts) {
                Ok(opened) => {
                    let outgoing = gateway::Outgoing {
                        id: notification.id,
                        channel: notification.channel,
                        kind: notification.kind,
                        language: &notification.language,
                    };
                    gateway.send(outgoing, &opened.recipient, &opened.message).await
                }
                Err(failure) => Err(failure),
            }
        }
        _ => return Outcome::Held,
    };
    match sent {
        Ok(()) => Outcome::Sent,
        Err(failure) => Outcome::Failed(failure),
    }
}

/// One round of the worker at `now`: claims the notifications due (at most [`BATCH`], for a lease of
/// [`LEASE_SECONDS`]), delivers them side by side, and records how each went. A store error on one record is
/// logged and leaves that notification to be claimed again when its lease ends.
pub async fn deliver_due(
    store: &dyn OutboxStore,
    vault: &Vault,
    transports: &Transports,
    texts: Texts,
    now: DateTime<Utc>,
) -> Result<Round, StoreError> {
    let claimed = store
        .claim_due(now, Duration::seconds(LEASE_SECONDS), BATCH)
        .await?;
    let outcomes = join_all(
        claimed
            .iter()
            .map(|queued| deliver(queued, vault, transports, texts)),
    )
    .await;
    let mut round = Round::default();
    for (queued, outcome) in claimed.iter().zip(outcomes) {
        let n = &queued.notification;
        let recorded = match outcome {
            Outcome::Sent => {
                round.sent += 1;
                tracing::info!(notification = %n.id, kind = %n.kind, channel = %n.channel, "notification sent");
                store.mark_sent(n.id, now).await
            }
            Outcome::Held => {
                round.held += 1;
                tracing::info!(notification = %n.id, kind = %n.kind, channel = %n.channel,
                    "notification held: no transport is configured for its channel");
                store.mark_held(n.id).await
            }
            Outcome::Failed(failure) => {
                let retry_at = (!failure.permanent && queued.attempts < MAX_ATTEMPTS)
                    .then(|| now + retry_delay(queued.attempts));
                if retry_at.is_some() {
                    round.retried += 1;
                } else {
                    round.failed += 1;
                }
                tracing::warn!(notification = %n.id, kind = %n.kind, channel = %n.channel,
                    attempt = queued.attempts, error = %failure.reason, will_retry = retry_at.is_some(),
                    "notification not delivered");
                store.mark_unsent(n.id, retry_at, &failure.reason).await
            }
        };
        if let Err(e) = recorded {
            tracing::error!(notification = %n.id, error = %e, "the outbox could not record a delivery");
        }
    }
    Ok(round)
}

/// How recent a held notification must be to go out when its channel's transport is configured later: a
/// staff e-mail about yesterday's request still helps, one about last month's would only confuse.
pub const RELEASE_HELD_HOURS: i64 = 24;

/// At start, with `transports` configured: the notifications held in the last [`RELEASE_HELD_HOURS`] for lack
/// of a transport that now exists become pending, to be delivered. How many.
pub async fn release_held(
    store: &dyn OutboxStore,
    transports: &Transports,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let carried: Vec<NotificationChannel> = NotificationChannel::ALL
        .iter()
        .copied()
        .filter(|c| transports.carries(*c))
        .collect();
    if carried.is_empty() {
        return Ok(0);
    }
    store
        .release_held(&carried, now - Duration::hours(RELEASE_HELD_HOURS))
        .await
}

/// An e-mail address or a phone number with most of it hidden, for staff screens: `f***@example.org`,
/// `+504 ****0000`.
///
/// # Example
/// ```
/// use ruta_server::notify::mask;
/// assert_eq!(mask("fatima@example.org"), "f***@example.org");
/// assert_eq!(mask("+50499990000"), "+504 ****0000");
/// ```
pub fn mask(recipient: &str) -> String {
    if let Some((local, domain)) = recipient.split_once('@') {
        let first: String = local.chars().take(1).collect();
        return format!("{first}***@{domain}");
    }
    let digits: Vec<char> = recipient.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    match phonenumber::parse(None, recipient) {
        Ok(number) => format!("+{} ****{last}", number.code().value()),
        Err(_) => format!("****{last}"),
    }
}
