//! What every handler shares: the application services and what only the HTTP edge needs (the built app, the
//! cookie policy, whether to trust `X-Forwarded-For`).

use std::sync::{Arc, RwLockReadGuard, RwLockWriteGuard};

use crate::booking::service::{BookingSettings, Bookings};
use crate::catalog::Catalog;
use crate::clock::Clock;
use crate::directory::Directory;
use crate::lifelines::LifeLines;
use crate::reference::{Countries, Gazetteer};
use crate::storage::Store;

/// Shared state: the catalog (the directory in memory and its one write path), reference data, the stores and
/// the clock.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The directory in memory and the store behind it; every directory write goes through it.
    pub catalog: Catalog,
    /// Languages, time zones and emergency numbers per country (`data/countries`).
    pub countries: Arc<Countries>,
    /// Life lines as served (shipped files and admins' corrections).
    pub lifelines: LifeLines,
    /// The places a survivor may type or share, and their areas.
    pub gazetteer: Arc<Gazetteer>,
    /// Where the directory is stored.
    pub store: Arc<dyn Store>,
    /// Now, as every handler reads it (a fixed clock in tests).
    pub clock: Arc<dyn Clock>,
    /// The built survivor app, when there is one.
    pub app: Option<Arc<crate::http::app::AppBundle>>,
    /// Sign-in and report rate limits, in memory.
    pub limits: Arc<crate::auth::limit::Limits>,
    /// How the session cookie is written (`__Host-` and Secure unless plain http on loopback).
    pub cookies: crate::auth::session::CookiePolicy,
    /// Take the client address from the last `X-Forwarded-For` entry (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Counsellors and appointments, and the key that seals contact details.
    pub booking: Bookings,
    /// Anonymous referral counts.
    pub referrals: Arc<dyn crate::storage::referrals::ReferralStore>,
    /// Warm referrals, and the key and purge delay they are kept with.
    pub warm: crate::warm_referrals::WarmReferrals,
    /// How notifications travel (none until `boot` reads the configuration: they are held).
    pub notify: Arc<crate::notify::Transports>,
    /// Where people reach the service, for links in e-mails (`RUTA_PUBLIC_URL`).
    pub public_url: Arc<str>,
}

impl AppState {
    /// Assembles the state.
    pub fn new(
        catalog: Catalog,
        countries: Arc<Countries>,
        gazetteer: Arc<Gazetteer>,
        lifelines: LifeLines,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        let bookings = store.clone();
        let referrals: Arc<dyn crate::storage::referrals::ReferralStore> = store.clone();
        let warm_store = store.clone();
        let mut key = [0_u8; 32];
        // An in-memory key until `boot` loads the real one (a CLI run never seals anything).
        let _ = getrandom::fill(&mut key);
        Self {
            catalog,
            countries,
            lifelines,
            gazetteer,
            store,
            clock,
            app: None,
            limits: Arc::new(crate::auth::limit::Limits::default()),
            cookies: crate::auth::session::CookiePolicy { secure: true },
            trust_forwarded_for: false,
            referrals,
            notify: Arc::new(crate::notify::Transports::default()),
            public_url: Arc::from("http://127.0.0.1:8080"),
            warm: crate::warm_referrals::WarmReferrals {
                store: warm_store,
                settings: Arc::new(crate::warm_referrals::ReferralSettings {
                    vault: crate::vault::Vault::from_key(&key),
                    purge_days: 30,
                }),
            },
            booking: Bookings {
                store: bookings,
                settings: Arc::new(BookingSettings {
                    vault: crate::vault::Vault::from_key(&key),
                    purge_days: 30,
                    room_base_url: crate::config::DEFAULT_ROOM_BASE_URL.to_owned(),
                }),
            },
        }
    }

    /// Calls `f` with the countries' facts and their life lines as served now.
    pub fn with_country_facts<R>(&self, f: impl FnOnce(&crate::reference::CountryFacts<'_>) -> R) -> R {
        let lifelines = self.lifelines.read();
        f(&crate::reference::CountryFacts {
            countries: &self.countries,
            lifelines: &lifelines,
        })
    }

    /// Reads the directory in memory.
    pub fn directory(&self) -> RwLockReadGuard<'_, Directory> {
        self.catalog.read()
    }

    /// Changes the index without the store: for tests that place a record the database does not hold.
    pub fn directory_mut(&self) -> RwLockWriteGuard<'_, Directory> {
        self.catalog.index_mut()
    }
}
