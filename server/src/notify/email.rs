//! E-mail by SMTP (`RUTA_SMTP_URL`), for staff: `smtps://user:password@host:465` (TLS), or
//! `smtp://…:587?tls=required` (STARTTLS); plain `smtp://` only for a relay on the same machine.
//!
//! Each message's `Message-ID` is `<{notification id}@ruta.invalid>`: a notification sent twice (its worker
//! stopped after the server took it, before the outbox heard) carries the same id, so a receiver can drop the
//! repeat.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use uuid::Uuid;

use super::{Failure, Message};

/// The longest a delivery may take, connection included, before it is tried again later.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Sends notification e-mails through one mail server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// The transport's URL holds the password: never printed.
impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for the server at `url`, sending as `from` (`Ruta <no-reply@example.org>`). Connects on the
    /// first message, not now.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("RUTA_SMTP_FROM is not an address ({e})"))?;
        // The error may quote the URL, password included: say only what is wrong.
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| {
                "RUTA_SMTP_URL is not a mail server address (smtps://user:password@host:465, or \
                 smtp://user:password@host:587?tls=required)"
                    .to_owned()
            })?
            .timeout(Some(TIMEOUT))
            .build();
        Ok(Self { transport, from })
    }

    /// Sends `message` to `to` as notification `id`.
    pub async fn send(&self, id: Uuid, to: &str, message: &Message) -> Result<(), Failure> {
        let to = to
            .parse::<Mailbox>()
            .map_err(|_| Failure::permanent("the recipient is not an e-mail address"))?;
        let email = lettre::Message::builder()
            .message_id(Some(format!("<{id}@ruta.invalid>")))
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(message.text.clone())
            .map_err(|_| Failure::permanent("the e-mail could not be written"))?;
        match tokio::time::timeout(TIMEOUT * 2, self.transport.send(email)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(Failure::retry(describe(&e))),
            Err(_) => Err(Failure::retry("smtp: timed out".to_owned())),
        }
    }
}

/// What went wrong, in words that never quote the server (its answer may name the recipient).
fn describe(e: &lettre::transport::smtp::Error) -> String {
    if let Some(code) = e.status() {
        format!("smtp: the server answered {code}")
    } else if e.is_timeout() {
        "smtp: timed out".to_owned()
    } else if e.is_tls() {
        "smtp: TLS failed".to_owned()
    } else if e.is_client() || e.is_response() {
        "smtp: the conversation with the server failed".to_owned()
    } else {
        "smtp: could not reach the server".to_owned()
    }
}
