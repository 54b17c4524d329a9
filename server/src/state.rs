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
}

impl AppState {
    /// Assembles the state.
    pub fn new(
        directory: Directory,
        countries: Arc<Countries>,
        gazetteer: Arc<Gazetteer>,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> Self {
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
