//! In-memory rate limits (governor's keyed GCRA limiters). Keys are hashed with a per-process random salt, so
//! the limiter holds no client address or email in a readable form.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};

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
        let mut hasher = Sha256::new();
        hasher.update(self.salt);
        for part in parts {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
        let digest = hasher.finalize();
        let mut key = [0_u8; 16];
        key.copy_from_slice(&digest[..16]);
        key
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
    /// Sign-in attempts per client address: 10, then one every 30 s.
    pub login_by_address: Limiter,
    /// Sign-in attempts per account: 5, then one every minute.
    pub login_by_email: Limiter,
    /// Problem reports per client address: 5, then one every 2 minutes.
    pub reports_by_address: Limiter,
    /// Bookings per client address: 60, then one a minute (a shared connection may book for several people).
    pub bookings_by_address: Limiter,
    /// Booking look-ups with a secret per client address: 30, then one every 10 s (secrets cannot be guessed).
    pub booking_lookups_by_address: Limiter,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            login_by_address: Limiter::new(10, Duration::from_secs(30)),
            login_by_email: Limiter::new(5, Duration::from_secs(60)),
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
