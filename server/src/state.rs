//! What every handler shares.

use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::clock::Clock;
use crate::directory::Directory;
use crate::reference::{Countries, Gazetteer};
use crate::storage::Store;

/// Shared state: the directory in memory (read by searches, replaced in place by writes), reference data, the
/// store and the clock.
#[derive(Debug, Clone)]
pub struct AppState {
    directory: Arc<RwLock<Directory>>,
    /// Country facts.
    pub countries: Arc<Countries>,
    /// The gazetteer.
    pub gazetteer: Arc<Gazetteer>,
    /// Where the directory is stored.
    pub store: Arc<dyn Store>,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// The built survivor app, when there is one.
    pub app: Option<Arc<crate::http::app::AppBundle>>,
    /// Sign-in and report rate limits, in memory.
    pub limits: Arc<crate::auth::limit::Limits>,
    /// How the session cookie is written (`__Host-` and Secure unless plain http on loopback).
    pub cookies: crate::auth::session::CookiePolicy,
    /// Take the client address from the last `X-Forwarded-For` entry (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Counsellors and appointments.
    pub bookings: Arc<dyn crate::storage::booking::BookingStore>,
    /// Booking settings and the key that seals contact details.
    pub booking: Arc<BookingSettings>,
    /// Anonymous referral counts.
    pub referrals: Arc<dyn crate::storage::referrals::ReferralStore>,
}

/// How bookings are kept.
#[derive(Debug)]
pub struct BookingSettings {
    /// Seals aliases and contact details.
    pub vault: crate::booking::vault::Vault,
    /// Days after a session when everything about it is deleted.
    pub purge_days: i64,
    /// Where video rooms live (a self-hosted Jitsi, say): `{base}/{token}`.
    pub room_base_url: String,
}

impl AppState {
    /// Assembles the state.
    pub fn new<
        S: Store + crate::storage::booking::BookingStore + crate::storage::referrals::ReferralStore + 'static,
    >(
        directory: Directory,
        countries: Arc<Countries>,
        gazetteer: Arc<Gazetteer>,
        store: Arc<S>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        let bookings: Arc<dyn crate::storage::booking::BookingStore> = store.clone();
        let referrals: Arc<dyn crate::storage::referrals::ReferralStore> = store.clone();
        let mut key = [0_u8; 32];
        // An in-memory key until `boot` loads the real one (a CLI run never seals anything).
        let _ = getrandom::fill(&mut key);
        Self {
            directory: Arc::new(RwLock::new(directory)),
            countries,
            gazetteer,
            store,
            clock,
            app: None,
            limits: Arc::new(crate::auth::limit::Limits::default()),
            cookies: crate::auth::session::CookiePolicy { secure: true },
            trust_forwarded_for: false,
            bookings,
            referrals,
            booking: Arc::new(BookingSettings {
                vault: crate::booking::vault::Vault::from_key(&key),
                purge_days: 30,
                room_base_url: crate::config::DEFAULT_ROOM_BASE_URL.to_owned(),
            }),
        }
    }

    /// Reads the directory. A poisoned lock (a writer panicked) still holds a consistent directory, because
    /// writers swap whole entries; so the guard is recovered rather than failing every later request.
    pub fn directory(&self) -> RwLockReadGuard<'_, Directory> {
        self.directory
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Changes the directory.
    pub fn directory_mut(&self) -> RwLockWriteGuard<'_, Directory> {
        self.directory
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
