//! In-memory rate limits (governor's keyed GCRA limiters). Keys are hashed with a per-process random salt, so
//! the limiter holds no client address or email in a readable form.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};

/// The first 16 bytes of SHA-256 over `salt` and the length-prefixed `parts`: a key that holds no address or
/// email in a readable form.
fn salted_key(salt: &[u8; 16], parts: &[&[u8]]) -> [u8; 16] {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    let mut key = [0_u8; 16];
    key.copy_from_slice(&hasher.finalize()[..16]);
    key
}

/// A limiter keyed by salted hashes.
#[derive(Debug)]
pub struct Limiter {
    salt: [u8; 16],
    limiter: DefaultKeyedRateLimiter<[u8; 16]>,
}

impl Limiter {
    /// `burst` attempts at once, then one more every `refill`.
    pub fn new(burst: u32, refill: Duration) -> Self {
        let mut salt = [0_u8; 16];
        // Without OS randomness the salt stays zero: keys are still hashed, just not salted.
        let _ = getrandom::fill(&mut salt);
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(refill)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst);
        Self {
            salt,
            limiter: RateLimiter::keyed(quota),
        }
    }

    fn key(&self, parts: &[&[u8]]) -> [u8; 16] {
        salted_key(&self.salt, parts)
    }

    /// Counts one attempt for `what` (e.g. `["login-ip", address]`); `Err(wait)` when over the limit.
    pub fn check(&self, parts: &[&[u8]]) -> Result<(), Duration> {
        let key = self.key(parts);
        self.limiter.check_key(&key).map_err(|not_until| {
            not_until.wait_time_from(governor::clock::Clock::now(
                &governor::clock::DefaultClock::default(),
            ))
        })
    }

    /// Drops keys that are back to full, so memory stays bounded.
    pub fn forget_idle(&self) {
        self.limiter.retain_recent();
    }
}

/// Recent failures per key (salted hash), for sign-in: an address that keeps failing is refused, an account
/// that keeps failing is only slowed — so nobody can lock a known staff email out by failing on purpose.
#[derive(Debug)]
pub struct Failures {
    salt: [u8; 16],
    window: Duration,
    recent: std::sync::Mutex<std::collections::HashMap<[u8; 16], Vec<std::time::Instant>>>,
}

impl Failures {
    /// Failures are remembered for `window`.
    pub fn new(window: Duration) -> Self {
        let mut salt = [0_u8; 16];
        let _ = getrandom::fill(&mut salt);
        Self {
            salt,
            window,
            recent: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    fn key(&self, parts: &[&[u8]]) -> [u8; 16] {
        salted_key(&self.salt, parts)
    }

    /// How many failures `parts` had within the window.
    pub fn count(&self, parts: &[&[u8]]) -> usize {
        let key = self.key(parts);
        let now = std::time::Instant::now();
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(times) = recent.get_mut(&key) else {
            return 0;
        };
        times.retain(|t| now.duration_since(*t) < self.window);
        let n = times.len();
        if n == 0 {
            recent.remove(&key);
        }
        n
    }

    /// Counts one failure for `parts` (at most 64 are kept per key).
    pub fn record(&self, parts: &[&[u8]]) {
        let key = self.key(parts);
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let times = recent.entry(key).or_default();
        if times.len() >= 64 {
            times.remove(0);
        }
        times.push(std::time::Instant::now());
    }

    /// Drops keys with no failure within the window, so memory stays bounded.
    pub fn forget_idle(&self) {
        let now = std::time::Instant::now();
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        recent.retain(|_, times| times.iter().any(|t| now.duration_since(*t) < self.window));
    }
}

/// The client address bytes of a peer, as a limiter key part.
pub fn address_key(address: IpAddr) -> Vec<u8> {
    match address {
        IpAddr::V4(v4) => v4.octets().to_vec(),
        // One person usually holds a whole /64.
        IpAddr::V6(v6) => v6.octets()[..8].to_vec(),
    }
}

/// The limiters of the service.
#[derive(Debug)]
pub struct Limits {
    /// Sign-in attempts per client address, failed or not: 30, then one every 10 s (a flood, not a typo).
    pub login_by_address: Limiter,
    /// Failed sign-ins, per client address and per account, over 15 minutes: 10 from one address and that
    /// address is refused; 5 for one account and each further attempt on it waits a little longer (up to 5 s),
    /// but the right password still signs in.
    pub login_failures: Failures,
    /// Problem reports per client address: 5, then one every 2 minutes.
    pub reports_by_address: Limiter,
    /// Bookings per client address: 60, then one a minute (a shared connection may book for several people).
    pub bookings_by_address: Limiter,
    /// Booking look-ups with a secret per client address: 30, then one every 10 s (secrets cannot be guessed).
    pub booking_lookups_by_address: Limiter,
}

impl Limits {
    /// Forgets idle keys of every limiter.
    pub fn forget_idle(&self) {
        self.login_by_address.forget_idle();
        self.login_failures.forget_idle();
        self.reports_by_address.forget_idle();
        self.bookings_by_address.forget_idle();
        self.booking_lookups_by_address.forget_idle();
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            login_by_address: Limiter::new(30, Duration::from_secs(10)),
            login_failures: Failures::new(Duration::from_secs(15 * 60)),
            reports_by_address: Limiter::new(5, Duration::from_secs(120)),
            bookings_by_address: Limiter::new(60, Duration::from_secs(60)),
            booking_lookups_by_address: Limiter::new(30, Duration::from_secs(10)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_counted_per_key_within_the_window() {
        let failures = Failures::new(Duration::from_millis(200));
        for _ in 0..3 {
            failures.record(&[b"a"]);
        }
        assert_eq!(failures.count(&[b"a"]), 3);
        assert_eq!(failures.count(&[b"b"]), 0);
        std::thread::sleep(Duration::from_millis(250));
        assert_eq!(failures.count(&[b"a"]), 0, "forgotten after the window");
    }

    #[test]
    fn a_burst_then_refusals_per_key() {
        let limiter = Limiter::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(limiter.check(&[b"a"]).is_ok());
        }
        let wait = limiter.check(&[b"a"]);
        assert!(wait.is_err_and(|w| w > Duration::from_secs(30)));
        assert!(limiter.check(&[b"b"]).is_ok(), "another key is not affected");
    }
}
