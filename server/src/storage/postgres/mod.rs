//! The PostgreSQL store, for more than one replica: the same tables as SQLite in PostgreSQL's types, migrations
//! applied on open (under sqlx's migration lock, so replicas starting together migrate once). The stores' code is
//! the SQLite store's (`storage/sql/`, one file per store trait, compiled once for each); this file holds what is
//! PostgreSQL's own: connecting, the write lock, the few statements in its dialect, and listening for changes.
//!
//! Every write transaction first takes one transaction-scoped advisory lock: writes are serialised across every
//! replica as SQLite serialises them in one process, so the checks made inside a write (the last active admin, a
//! counsellor's profile unchanged since it was read) hold across replicas, and the directory's change feed is
//! numbered in commit order. Reads never wait for it. One booking per slot is also a unique index.

#[path = "../sql/mod.rs"]
#[allow(
    clippy::duplicate_mod,
    reason = "the shared store code, compiled once for each store on purpose"
)]
mod sql;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};

use super::StoreError;

/// The channel replicas listen on for the directory's changes.
const CHANNEL: &str = "ruta_directory";

/// The advisory lock every write transaction takes (an arbitrary number, the same in every replica).
const WRITE_LOCK: i64 = 0x5275_7461_5772_6974; // "RutaWrit"

/// The store the shared code in `storage/sql/` is compiled for here.
type SqlStore = PostgresStore;
/// The sqlx database type the shared code's queries run on.
type Db = sqlx::Postgres;
/// One of its connections.
type Conn = sqlx::PgConnection;

/// The audit log filtered (see `sql/audit.rs` for the parameters): `strpos` finds a person's words.
const AUDIT_QUERY: &str = "SELECT * FROM audit_log
    WHERE ($1 IS NULL OR organization_id = $1) AND ($2 IS NULL OR (entity = $2 AND entity_id = $3))
      AND ($5 IS NULL OR strpos(lower(actor), $5) > 0) AND ($6 IS NULL OR entity_id = $6)
      AND ($7 IS NULL OR action = $7) AND ($8 IS NULL OR at >= $8) AND ($9 IS NULL OR at < $9)
    ORDER BY id DESC LIMIT $4";

/// Purged bookings added to the monthly counts (their month from a TIMESTAMPTZ).
const COUNT_PURGED: &str = "INSERT INTO appointment_counts (month, organization_id, modality, language, status, count)
    SELECT to_char(a.starts_at AT TIME ZONE 'UTC', 'YYYY-MM'), c.organization_id, a.modality, a.language, a.status,
        COUNT(*)
    FROM appointments a JOIN counsellors c ON c.id = a.counsellor_id
    WHERE a.purge_after <= $1
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, organization_id, modality, language, status)
        DO UPDATE SET count = appointment_counts.count + excluded.count";

/// A row of the change feed, at the database's time.
const RECORD_CHANGE: &str =
    "INSERT INTO directory_changes (entity, entity_id, writer, at) VALUES ($1, $2, $3, now())";

/// The time a change is recorded at, as SQL (for changes written many rows at a time).
const CHANGED_AT: &str = "now()";

/// How many changes follow `$1`, and how long the oldest has waited, by the database's clock.
const BACKLOG: &str = "SELECT COUNT(*) AS pending,
        CAST(COALESCE(EXTRACT(EPOCH FROM now() - MIN(at)) * 1000, 0) AS BIGINT) AS lag_ms
    FROM directory_changes WHERE seq > $1";

/// Forgets changes older than `$1` days but the last (the feed's numbering never starts again from 1).
const PRUNE: &str = "DELETE FROM directory_changes WHERE at < now() - make_interval(days => $1)
    AND seq < (SELECT MAX(seq) FROM directory_changes)";

/// Tells the other replicas, when the transaction commits, that the directory changed.
async fn notify_change(tx: &mut Transaction<'_, Postgres>) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_notify($1, '')")
        .bind(CHANNEL)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The store in PostgreSQL, which several replicas share.
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

    /// After a purge: nothing to do (PostgreSQL's freed space is reused; VACUUM reclaims it).
    #[expect(clippy::unused_async, reason = "the same call as SQLite's, which checkpoints")]
    async fn after_purge(&self, _gone: u64) -> Result<(), StoreError> {
        Ok(())
    }

    /// Woken by other replicas' changes.
    fn signal_for_changes(&self) -> Option<Arc<tokio::sync::Notify>> {
        Some(self.signal())
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
