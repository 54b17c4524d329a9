//! Session tokens, their cookie and their lifetime rules.

use base64::Engine as _;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// A session ends after this long without a request.
pub const IDLE: Duration = Duration::minutes(30);
/// And this long after sign-in, whatever happens.
pub const ABSOLUTE: Duration = Duration::hours(12);
/// `last_seen_at` is written at most this often (not on every request).
pub const TOUCH_EVERY: Duration = Duration::minutes(1);

/// The cookie's name when served over HTTPS: `__Host-` binds it to this host, path `/`, Secure.
pub const SECURE_COOKIE: &str = "__Host-ruta_session";
/// Its name for plain http on loopback during development (browsers refuse `__Host-` without Secure).
pub const DEV_COOKIE: &str = "ruta_dev_session";

/// A new random token (256 bits from the OS), as sent in the cookie.
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// What the database keeps of a token: its SHA-256, hex. A stolen database does not give working cookies.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A stored session's timestamps.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionTimes {
    /// Sign-in; the session ends [`ABSOLUTE`] after it.
    pub created_at: DateTime<Utc>,
    /// The last request, written at most every [`TOUCH_EVERY`]; the session ends [`IDLE`] after it.
    pub last_seen_at: DateTime<Utc>,
    /// Logout or revocation.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl SessionTimes {
    /// Still usable at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && now - self.last_seen_at < IDLE && now - self.created_at < ABSOLUTE
    }

    /// Time to record activity.
    pub fn needs_touch(&self, now: DateTime<Utc>) -> bool {
        now - self.last_seen_at >= TOUCH_EVERY
    }
}

/// How the session cookie is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookiePolicy {
    /// `__Host-` and Secure (HTTPS); false only for plain http on loopback.
    pub secure: bool,
}

impl CookiePolicy {
    /// The cookie's name: [`SECURE_COOKIE`], or [`DEV_COOKIE`] without HTTPS.
    pub fn name(self) -> &'static str {
        if self.secure { SECURE_COOKIE } else { DEV_COOKIE }
    }

    /// `Set-Cookie` for a new session. No Max-Age: it ends with the browser, and the server ends it sooner.
    pub fn set(self, token: &str) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Strict{secure}",
            self.name()
        )
    }

    /// `Set-Cookie` that removes it.
    pub fn clear(self) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
            self.name()
        )
    }

    /// The token in a `Cookie` header, if any.
    pub fn token_in(self, cookie_header: &str) -> Option<&str> {
        cookie_header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == self.name())
            .map(|(_, value)| value)
            .filter(|v| !v.is_empty() && v.len() <= 64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_after_30_idle_minutes_or_12_hours_or_revocation() {
        let start = DateTime::UNIX_EPOCH;
        let mut s = SessionTimes {
            created_at: start,
            last_seen_at: start,
            revoked_at: None,
        };
        assert!(s.is_live(start + Duration::minutes(29)));
        assert!(!s.is_live(start + Duration::minutes(30)));
        s.last_seen_at = start + Duration::hours(11) + Duration::minutes(50);
        assert!(s.is_live(start + Duration::hours(11) + Duration::minutes(59)));
        assert!(!s.is_live(start + Duration::hours(12)));
        s.revoked_at = Some(start);
        assert!(!s.is_live(start + Duration::hours(11) + Duration::minutes(51)));
    }

    #[test]
    fn the_cookie_is_host_only_secure_http_only_and_strict() {
        let secure = CookiePolicy { secure: true };
        assert_eq!(
            secure.set("abc"),
            "__Host-ruta_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure"
        );
        assert_eq!(secure.token_in("x=1; __Host-ruta_session=abc"), Some("abc"));
        assert_eq!(secure.token_in("ruta_dev_session=abc"), None);
        let dev = CookiePolicy { secure: false };
        assert!(!dev.set("abc").contains("Secure"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = new_token().unwrap_or_default();
        assert_eq!(a.len(), 43);
        assert_ne!(a, new_token().unwrap_or_default());
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
