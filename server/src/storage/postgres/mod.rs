//! The PostgreSQL store, for more than one replica: the same tables as SQLite in PostgreSQL's types, migrations
//! applied on open (under sqlx's migration lock, so replicas starting together migrate once). One file per store
//! trait; this one holds what they share.
//!
//! Every write transaction first takes one transaction-scoped advisory lock: writes are serialised across every
//! replica as SQLite serialises them in one process, so the checks made inside a write (the last active admin, a
//! counsellor's profile unchanged since it was read) hold across replicas, and the directory's change feed is
//! numbered in commit order. Reads never wait for it. One booking per slot is also a unique index.

mod accounts;
mod audit;
mod booking;
mod changes;
mod directory;
mod lifelines;
mod referrals;
mod reports;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};

use super::StoreError;

/// The channel replicas listen on for the directory's changes.
const CHANNEL: &str = "ruta_directory";

/// The advisory lock every write transaction takes (an arbitrary number, the same in every replica).
const WRITE_LOCK: i64 = 0x5275_7461_5772_6974; // "RutaWrit"

/// The shared store.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    /// This store's random id, which marks the changes it writes in the directory's change feed.
    writer: String,
    pool: PgPool,
    signal: Arc<OnceLock<Arc<tokio::sync::Notify>>>,
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`) and applies migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options: PgConnectOptions = url.parse()?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self {
            writer: uuid::Uuid::new_v4().to_string(),
            pool,
            signal: Arc::new(OnceLock::new()),
        })
    }

    /// A write transaction holding the store's write lock until it commits or rolls back.
    async fn write(&self) -> Result<Transaction<'static, Postgres>, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(WRITE_LOCK)
            .execute(&mut *tx)
            .await?;
        Ok(tx)
    }

    /// The connection pool, for tests and tools that read the database directly.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Woken on every change another replica commits, and after the listening connection comes back (when
    /// notifications may have been missed): started on first use.
    fn signal(&self) -> Arc<tokio::sync::Notify> {
        self.signal
            .get_or_init(|| {
                let notify = Arc::new(tokio::sync::Notify::new());
                tokio::spawn(listen(self.pool.clone(), notify.clone()));
                notify
            })
            .clone()
    }
}

/// Listens on [`CHANNEL`] for as long as the process runs, reconnecting when the database goes away.
async fn listen(pool: PgPool, notify: Arc<tokio::sync::Notify>) {
    loop {
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => {
                if listener.listen(CHANNEL).await.is_ok() {
                    // Anything written while this replica was not listening is read now.
                    notify.notify_one();
                    loop {
                        match listener.try_recv().await {
                            Ok(Some(_)) => notify.notify_one(),
                            // The connection was lost and is made again on the next call: catch up.
                            Ok(None) => notify.notify_one(),
                            Err(e) => {
                                tracing::warn!(error = %e, "listening for directory changes failed");
                                break;
                            }
                        }
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot listen for directory changes"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
