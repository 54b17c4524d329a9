//! SMS and WhatsApp through an HTTP gateway (`RUTA_SMS_WEBHOOK_URL`), for the person who booked and left a number.
//!
//! Each message is one JSON POST, a shape a small adapter or a RapidPro-style flow takes as it is:
//!
//! ```json
//! {"id": "…", "channel": "sms", "to": "+50499990000", "text": "…", "language": "es", "kind": "booking_reminder"}
//! ```
//!
//! with `Content-Type: application/json`, `Idempotency-Key: {id}` (the same on every retry: a gateway drops a
//! repeat) and `X-Ruta-Signature: sha256=<hex HMAC-SHA256 of the body with RUTA_SMS_WEBHOOK_SECRET>`. A 2xx answer
//! means delivered to the gateway; any other answer, no answer within 10 s, or a redirect is tried again later.

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use sha2::Sha256;
use uuid::Uuid;

use super::{Failure, Message};
use crate::domain::notification::{NotificationChannel, NotificationKind};

/// The longest a delivery may take before it is tried again later.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The header that carries the body's signature.
pub const SIGNATURE_HEADER: &str = "x-ruta-signature";

/// Posts notifications to one gateway.
#[derive(Clone)]
pub struct Gateway {
    client: reqwest::Client,
    url: reqwest::Url,
    secret: Arc<[u8]>,
}

/// The URL may carry a token, and the secret signs: neither is printed.
impl std::fmt::Debug for Gateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gateway").finish_non_exhaustive()
    }
}

/// The body of one POST.
#[derive(Serialize)]
struct Body<'a> {
    id: Uuid,
    channel: NotificationChannel,
    to: &'a str,
    text: &'a str,
    language: &'a str,
    kind: NotificationKind,
}

/// One message to post.
#[derive(Debug, Clone, Copy)]
pub struct Outgoing<'a> {
    /// The notification's id: the idempotency key.
    pub id: Uuid,
    /// SMS or WhatsApp.
    pub channel: NotificationChannel,
    /// What it tells of.
    pub kind: NotificationKind,
    /// The language the text is written in, sent as the body's `language` (e.g. `es`).
    pub language: &'a str,
}

impl Gateway {
    /// A gateway at `url` (https, or http to this machine only: a number and its message never cross a network
    /// in the clear), signing with `secret`.
    pub fn new(url: &str, secret: &str) -> Result<Self, String> {
        let url = reqwest::Url::parse(url).map_err(|_| "RUTA_SMS_WEBHOOK_URL is not a URL".to_owned())?;
        let local = matches!(url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
        if !(url.scheme() == "https" || (url.scheme() == "http" && local)) {
            return Err("RUTA_SMS_WEBHOOK_URL must be https:// (http:// only to this machine)".to_owned());
        }
        if secret.len() < 16 {
            return Err("RUTA_SMS_WEBHOOK_SECRET must be at least 16 characters".to_owned());
        }
        // rustls on ring with Mozilla's roots, given to reqwest ready-made: no process-wide provider or system
        // certificate store needed.
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS: {e}"))?
            .with_root_certificates(rustls::RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            })
            .with_no_client_auth();
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .timeout(TIMEOUT)
            // A redirect would carry the number elsewhere: an answer other than 2xx is a failure.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("HTTP client: {e}"))?;
        Ok(Self {
            client,
            url,
            secret: Arc::from(secret.as_bytes()),
        })
    }

    /// Posts `message` to `to` (E.164).
    pub async fn send(&self, outgoing: Outgoing<'_>, to: &str, message: &Message) -> Result<(), Failure> {
        let to = api_types::E164::parse(to)
            .map_err(|_| Failure::permanent("the recipient is not an E.164 number"))?;
        let body = serde_json::to_vec(&Body {
            id: outgoing.id,
            channel: outgoing.channel,
            to: to.as_str(),
            text: &message.text,
            language: outgoing.language,
            kind: outgoing.kind,
        })
        .map_err(|_| Failure::permanent("the message could not be written"))?;
        let signature = format!("sha256={}", sign(&self.secret, &body));
        let answer = self
            .client
            .post(self.url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", outgoing.id.to_string())
            .header(SIGNATURE_HEADER, signature)
            .body(body)
            .send()
            .await;
        match answer {
            Ok(answer) if answer.status().is_success() => Ok(()),
            Ok(answer) => Err(Failure::retry(format!(
                "gateway: answered {}",
                answer.status().as_u16()
            ))),
            Err(e) if e.is_timeout() => Err(Failure::retry("gateway: timed out".to_owned())),
            Err(e) if e.is_connect() => Err(Failure::retry("gateway: could not connect".to_owned())),
            // reqwest's message may quote the URL (a token in it): only the kind of failure.
            Err(_) => Err(Failure::retry("gateway: the request failed".to_owned())),
        }
    }
}

/// The hex HMAC-SHA256 of `body` with `secret`.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        // HMAC takes a key of any length: unreachable.
        return String::new();
    };
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_rfc_4231s_hmac_sha256() {
        // RFC 4231, test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn a_gateway_in_the_clear_is_refused_unless_it_is_on_this_machine() {
        let secret = "0123456789abcdef";
        assert!(Gateway::new("http://sms.example.org/hook", secret).is_err());
        assert!(Gateway::new("http://127.0.0.1:9000/hook", secret).is_ok());
        assert!(Gateway::new("https://sms.example.org/hook", secret).is_ok());
        assert!(Gateway::new("https://sms.example.org/hook", "short").is_err());
    }
}
