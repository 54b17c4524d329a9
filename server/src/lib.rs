//! The Ruta service: directory, geospatial search and the REST API.

pub mod clock;
pub mod config;
pub mod demo;
pub mod directory;
pub mod domain;
pub mod error;
pub mod geo;
pub mod http;
pub mod reference;
pub mod state;
pub mod storage;

use std::sync::Arc;

use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::ServeConfig;
use crate::directory::Directory;
use crate::reference::{Countries, Gazetteer};
use crate::state::AppState;
use crate::storage::{SqliteStore, Store};

/// The seed of the demo directory: the same seed gives the same directory on every machine.
pub const DEMO_SEED: u64 = 2026;

/// The HTTP application for a state.
pub fn app(state: AppState) -> axum::Router {
    http::router(state)
}

/// Reference data shared by every part of the service.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The gazetteer.
    pub gazetteer: Arc<Gazetteer>,
    /// Country facts.
    pub countries: Arc<Countries>,
}

impl Reference {
    /// Loads the copies compiled into the binary.
    pub fn embedded() -> anyhow::Result<Self> {
        Ok(Self {
            gazetteer: Arc::new(Gazetteer::embedded()?),
            countries: Arc::new(Countries::embedded()?),
        })
    }
}

/// Opens the store under the data dir (creating and migrating it), loads the demo directory into an empty
/// database unless told not to, and builds the in-memory directory.
pub async fn boot(
    config: &ServeConfig,
    reference: Reference,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<AppState> {
    let store = SqliteStore::open(&config.data_dir).await?;
    if !config.no_demo && store.is_empty().await? {
        let demo = demo::generate(&reference.gazetteer, &reference.countries, DEMO_SEED, clock.now());
        store
            .insert_directory(&demo.organizations, &demo.services)
            .await?;
        tracing::info!(
            services = demo.services.len(),
            "loaded the demo directory into an empty database"
        );
    }
    let (organizations, services) = store.load_directory().await?;
    let directory = Directory::new(organizations, services, reference.gazetteer.clone());
    tracing::info!(services = directory.len(), "directory indexed");
    http::language::preload();
    let mut state = AppState::new(
        directory,
        reference.countries,
        reference.gazetteer,
        Arc::new(store),
        clock,
    );
    state.app = http::app::AppBundle::load(&config.app_dir, &config.exit_url)?.map(Arc::new);
    if state.app.is_none() {
        tracing::warn!("the app is not built (scripts/build-app.sh); serving the API only");
    }
    Ok(state)
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn run(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}
