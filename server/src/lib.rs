//! The Ruta service: directory, geospatial search and the REST API.
//!
//! Layers, each using only those below it (see the README's "Architecture"):
//! - [`http`]: extractors, routes (the OpenAPI document), error mapping, layers;
//! - application services — [`catalog`] (the directory's one write path), [`accounts`], [`booking`],
//!   [`coverage`], [`hsds`] import and export, [`notify`] (the outbox's delivery worker) — the workflows HTTP and
//!   the CLI share;
//! - [`directory`] (the index in memory and its search), [`storage`], [`geo`], [`reference`];
//! - [`domain`]: pure types and rules.

pub mod accounts;
pub mod auth;
pub mod booking;
pub mod catalog;
pub mod clock;
pub mod config;
pub mod coverage;
pub mod directory;
pub mod domain;
pub mod geo;
pub mod hsds;
pub mod http;
pub mod lifelines;
pub mod listing_check;
pub mod notify;
pub mod reference;
pub mod storage;
pub mod vault;
pub mod warm_referrals;

pub use http::state::AppState;
pub use reference::Reference;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::net::TcpListener;

use crate::booking::Counsellor;
use crate::booking::service::BookingSettings;
use crate::catalog::Catalog;
use crate::clock::Clock;
use crate::config::ServeConfig;
use crate::domain::{Organization, Service};
use crate::storage::{BookingStore, SqliteStore, Store};

/// The HTTP application for a state.
pub fn app(state: AppState) -> axum::Router {
    http::router(state)
}

/// What an empty database starts with: a first directory and the counsellors who take bookings for it. The
/// `ruta` command passes the demo directory (the `ruta-demo` crate); the library never makes one itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Seed {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    /// Counsellors of those services.
    pub counsellors: Vec<Counsellor>,
}

/// Makes the [`Seed`] from the reference data at `now`. Called only when the database is empty, so a big
/// directory is generated once, on the first start.
pub type Seeder = dyn Fn(&Reference, DateTime<Utc>) -> Seed + Send + Sync;

/// Opens the store — SQLite under the data dir, or PostgreSQL — (creating and migrating it), loads the seed into
/// an empty database when one is given and `--no-demo` is not set, and builds the in-memory directory.
pub async fn boot(
    config: &ServeConfig,
    reference: Reference,
    clock: Arc<dyn Clock>,
    seed: Option<&Seeder>,
) -> anyhow::Result<AppState> {
    if config.database_url.is_some() && config.booking_key.is_none() {
        // Each replica would otherwise make its own key, and none could read the contacts another sealed.
        anyhow::bail!(
            "with RUTA_DATABASE_URL, give every replica the same booking key in RUTA_BOOKING_KEY \
             (base64 of 32 random bytes: `head -c 32 /dev/urandom | base64`)"
        );
    }
    let store = storage::open(config.store()).await?;
    if let Some(seeder) = seed
        && !config.no_demo
        && store.is_empty().await?
    {
        let seed = seeder(&reference, clock.now());
        store
            .insert_directory(&seed.organizations, &seed.services)
            .await?;
        tracing::info!(
            services = seed.services.len(),
            "loaded the demo directory into an empty database"
        );
        let now = clock.now();
        for counsellor in &seed.counsellors {
            BookingStore::save_counsellor(&*store, counsellor, now).await?;
        }
    }
    let catalog = Catalog::load(store.clone(), reference.gazetteer.clone()).await?;
    tracing::info!(services = catalog.read().len(), "directory indexed");
    http::language::preload();
    let lifelines = lifelines::LifeLines::load(reference.lifelines.clone(), store.clone()).await?;
    let mut state = AppState::new(
        catalog,
        reference.countries,
        reference.gazetteer,
        lifelines,
        store,
        clock,
    );
    state.app = http::app::AppBundle::load(&config.app_dir, &config.exit_url)?.map(Arc::new);
    state.cookies = auth::session::CookiePolicy {
        secure: config.behind_tls || !config.addr.ip().is_loopback(),
    };
    state.trust_forwarded_for = config.trust_forwarded_for;
    let sealed = state.booking.store.sealed_sample().await?;
    let vault = vault::Vault::open_for(
        &config.data_dir,
        config.booking_key.as_ref().map(config::Secret::expose),
        sealed.as_deref(),
    )?;
    state.booking.settings = Arc::new(BookingSettings {
        vault: vault.clone(),
        purge_days: config.purge_days,
        room_base_url: config.room_base_url.clone(),
    });
    state.warm.settings = Arc::new(warm_referrals::ReferralSettings {
        vault,
        purge_days: config.referral_purge_days,
    });
    // rustls users that take the process's provider (reqwest clients built without their own TLS settings) find
    // ring, the one provider built in; the notification transports name theirs.
    let _ = rustls::crypto::ring::default_provider().install_default();
    state.notify = Arc::new(notify::Transports::configure(&config.notify()).map_err(anyhow::Error::msg)?);
    state.public_url = Arc::from(
        config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", config.addr)),
    );
    tracing::info!(
        email = state.notify.email.is_some(),
        sms_gateway = state.notify.gateway.is_some(),
        "notification transports"
    );
    if state.app.is_none() {
        tracing::warn!("the app is not built (scripts/build-app.sh); serving the API only");
    }
    Ok(state)
}

/// `ruta users add`: creates an account in the database (the server may be running: SQLite's WAL lets both
/// write). Returns the account and, when none was given, the generated password to print once.
pub async fn add_user_cli(
    add: &config::AddUser,
    given_password: Option<String>,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(auth::User, Option<String>)> {
    let reference = Reference::embedded()?;
    let store: Arc<dyn Store> = storage::open(add.store()).await?;
    let catalog = Catalog::load(store, reference.gazetteer).await?;
    let generated = match given_password {
        Some(_) => None,
        None => Some(auth::password::generate().map_err(|e| anyhow::anyhow!("random: {e}"))?),
    };
    let password = given_password.or_else(|| generated.clone()).unwrap_or_default();
    let input = api_types::manage::NewUserInput {
        email: add.email.clone(),
        password,
        role: add.role,
        organization_id: add.organization,
    };
    let cli = domain::Actor {
        user_id: None,
        label: "cli".to_owned(),
    };
    let user = accounts::add_user(&catalog, &input, &cli, clock.now())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok((user, generated))
}

/// `ruta backup DEST`: a consistent copy of the database taken while the service runs (`VACUUM INTO`, one
/// transaction's view) into the new folder `dest`, with `booking.key` beside it (0600) when the key is a file in
/// the data folder; returns what was written. Restore: stop the service, put both files in the data folder,
/// start it (it refuses to start with a key that does not open the contacts).
pub async fn backup(
    data_dir: &std::path::Path,
    dest: &std::path::Path,
) -> anyhow::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir(dest).map_err(|e| anyhow::anyhow!("{}: {e} (give a new folder)", dest.display()))?;
    let store = SqliteStore::open(data_dir).await?;
    let database = dest.join("ruta.sqlite3");
    store.backup_into(&database).await?;
    let mut written = vec![database];
    let key = data_dir.join("booking.key");
    if key.exists() {
        let copy = dest.join("booking.key");
        vault::copy_private(&key, &copy)?;
        written.push(copy);
    }
    Ok(written)
}

/// `ruta migrate-store`: copies the SQLite database under `from` into the empty PostgreSQL database at `to`;
/// the rows copied per table.
pub async fn migrate_store(
    from: &std::path::Path,
    to: &str,
) -> anyhow::Result<std::collections::BTreeMap<&'static str, i64>> {
    if !from.join("ruta.sqlite3").exists() {
        anyhow::bail!("{}: no ruta.sqlite3 in this folder", from.display());
    }
    let source = SqliteStore::open(from).await?;
    let target = storage::PostgresStore::open(to).await?;
    Ok(storage::migrate::copy(&source, &target).await?)
}

/// Serves until `shutdown` completes, then finishes the requests in flight, with the default connection limits.
pub async fn run(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    run_with(
        listener,
        state,
        http::serve::ConnectionLimits::default(),
        shutdown,
    )
    .await
}

/// The month's listing check ([`listing_check`]), queued once per editor and month whichever replica runs it.
pub async fn check_listings(
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<u64, listing_check::CheckError> {
    let due = listing_check::due(&state.directory(), now);
    let language_of = |country| {
        state
            .countries
            .get(country)
            .and_then(|c| c.languages.first().cloned())
            .unwrap_or_else(|| "es".to_owned())
    };
    let queued = listing_check::queue_monthly(
        &*state.store,
        due,
        &state.booking.settings.vault,
        &state.public_url,
        language_of,
        now,
    )
    .await?;
    if queued > 0 {
        tracing::info!(queued, "monthly listing check queued");
    }
    Ok(queued)
}

/// [`run`] with other connection limits.
pub async fn run_with(
    listener: TcpListener,
    state: AppState,
    limits: http::serve::ConnectionLimits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // What other replicas (or the command line) write to the directory is applied to this index.
    tokio::spawn(state.catalog.clone().follow_changes());
    // Notifications due are delivered every second (the outbox's own times come from the state's clock). The
    // loop stops with the server: a delivery in flight is dropped, and its notification is claimed again when its
    // lease ends.
    let delivering = state.clone();
    let worker = tokio::spawn(async move {
        match notify::release_held(&*delivering.store, &delivering.notify, delivering.clock.now()).await {
            Ok(0) => {}
            Ok(released) => tracing::info!(
                released,
                "held notifications released to a transport now configured"
            ),
            Err(e) => tracing::error!(error = %e, "held notifications could not be released"),
        }
        let mut every_second = tokio::time::interval(std::time::Duration::from_secs(1));
        every_second.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every_second.tick().await;
            let delivered = notify::deliver_due(
                &*delivering.store,
                &delivering.booking.settings.vault,
                &delivering.notify,
                http::language::localizer_or_spanish,
                delivering.clock.now(),
            )
            .await;
            if let Err(e) = delivered {
                tracing::error!(error = %e, "notification delivery round failed");
            }
        }
    });
    // Bookings, warm referrals and notifications past their purge date are deleted every hour (and once at start).
    let purging = state.clone();
    let purge = tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            let now = purging.clock.now();
            if let Err(e) = purging.booking.store.purge_appointments(now).await {
                tracing::error!(error = %e, "booking purge failed");
            }
            if let Err(e) = purging.store.purge_warm_referrals(now).await {
                tracing::error!(error = %e, "referral purge failed");
            }
            if let Err(e) = purging.store.purge_outbox(now).await {
                tracing::error!(error = %e, "outbox purge failed");
            }
            if let Err(e) = check_listings(&purging, now).await {
                tracing::error!(error = %e, "the monthly listing check could not be queued");
            }
            // Rate-limit memory stays bounded: keys back to full and failures past their window go.
            purging.limits.forget_idle();
        }
    });
    // The peer address is needed for rate limits only (hashed, never logged).
    let served = http::serve::serve(listener, app(state), limits, shutdown).await;
    worker.abort();
    purge.abort();
    served
}
