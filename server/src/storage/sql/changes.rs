//! [`ChangeFeed`] in SQL, for both stores: `directory_changes`, read by each replica to apply what the others
//! wrote (woken by `NOTIFY ruta_directory` on PostgreSQL), and by a server on SQLite to pick up what the command
//! line wrote into its file.

use std::sync::Arc;

use api_types::Localized;
use sqlx::{Row, Transaction};
use uuid::Uuid;

use super::{Conn, Db, SqlStore};
use crate::domain::{Organization, Service};
use crate::storage::changes::{Backlog, Change, ChangeFeed, Changed};
use crate::storage::rows;
use crate::storage::{StoreError, StoreFuture};

impl ChangeFeed for SqlStore {
    fn latest_change(&self) -> StoreFuture<'_, i64> {
        Box::pin(async move {
            let seq: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM directory_changes")
                .fetch_one(&self.pool)
                .await?;
            Ok(seq.unwrap_or(0))
        })
    }

    fn changes_since(&self, after: i64, up_to: i64, limit: u32) -> StoreFuture<'_, Vec<Change>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT seq, entity, entity_id FROM directory_changes
                 WHERE seq > $1 AND seq <= $2 AND writer <> $3 ORDER BY seq LIMIT $4",
            )
            .bind(after)
            .bind(up_to)
            .bind(&self.writer)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
            rows.iter()
                .map(|row| {
                    Change::read(
                        row.try_get("seq")?,
                        &row.try_get::<String, _>("entity")?,
                        &row.try_get::<String, _>("entity_id")?,
                    )
                })
                .collect()
        })
    }

    fn backlog(&self, seq: i64) -> StoreFuture<'_, Backlog> {
        Box::pin(async move {
            let row = sqlx::query(super::BACKLOG)
                .bind(seq)
                .fetch_one(&self.pool)
                .await?;
            Ok(Backlog {
                pending: u64::try_from(row.try_get::<i64, _>("pending")?).unwrap_or(0),
                lag_ms: u64::try_from(row.try_get::<i64, _>("lag_ms")?).unwrap_or(0),
            })
        })
    }

    fn prune_changes(&self, days: u32) -> StoreFuture<'_, u64> {
        Box::pin(async move {
            // The last change stays, so the feed's numbering never starts again from 1.
            let gone = sqlx::query(super::PRUNE)
                .bind(i32::try_from(days).unwrap_or(i32::MAX))
                .execute(&self.pool)
                .await?;
            Ok(gone.rows_affected())
        })
    }

    fn organization(&self, id: Uuid) -> StoreFuture<'_, Option<Organization>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM organizations WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(rows::organization).transpose()
        })
    }

    fn service(&self, id: Uuid) -> StoreFuture<'_, Option<Service>> {
        Box::pin(async move {
            let mut conn = self.pool.acquire().await?;
            service_in(&mut conn, id).await
        })
    }

    fn change_signal(&self) -> Option<Arc<tokio::sync::Notify>> {
        self.signal_for_changes()
    }
}

/// Adds a row to the feed inside the caller's transaction, and tells the other replicas when it commits (on
/// PostgreSQL, one notification per transaction however many rows).
pub(super) async fn record_change(
    tx: &mut Transaction<'_, Db>,
    writer: &str,
    changed: Changed,
) -> Result<(), StoreError> {
    let (entity, id) = changed.parts();
    sqlx::query(super::RECORD_CHANGE)
        .bind(entity)
        .bind(id.to_string())
        .bind(writer)
        .execute(&mut **tx)
        .await?;
    super::notify_change(tx).await
}

/// One service as stored, with its texts and premises, read over `conn` (the pool's, or a write transaction's).
pub(super) async fn service_in(conn: &mut Conn, id: Uuid) -> Result<Option<Service>, StoreError> {
    let key = id.to_string();
    let Some(row) = sqlx::query("SELECT * FROM services WHERE id = $1")
        .bind(&key)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let mut names = Localized::new();
    let mut descriptions = Localized::new();
    for text in sqlx::query("SELECT lang, name, description FROM service_texts WHERE service_id = $1")
        .bind(&key)
        .fetch_all(&mut *conn)
        .await?
    {
        let lang: String = text.try_get("lang")?;
        if let Some(name) = text.try_get::<Option<String>, _>("name")? {
            names.insert(lang.clone(), name);
        }
        if let Some(description) = text.try_get::<Option<String>, _>("description")? {
            descriptions.insert(lang, description);
        }
    }
    let locations = sqlx::query("SELECT * FROM locations WHERE service_id = $1 ORDER BY position")
        .bind(&key)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|row| rows::location(row).map(|(_, location)| location))
        .collect::<Result<Vec<_>, _>>()?;
    rows::service(&row, &key, names, descriptions, locations).map(Some)
}
