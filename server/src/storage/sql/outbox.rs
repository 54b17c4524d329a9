//! [`OutboxStore`] in SQL, for both stores: `outbox`. Claims happen in a write transaction (one writer at a time
//! on both stores), so two replicas never claim the same row while its lease runs.

use chrono::{DateTime, Duration, Utc};
use sqlx::Transaction;
use uuid::Uuid;

use super::{Db, SqlStore};
use crate::domain::notification::{Notification, NotificationChannel, OutboxChange, OutboxStatus, Queued};
use crate::storage::rows;
use crate::storage::{OutboxStore, StoreError, StoreFuture};

/// Queues `notifications` inside the caller's transaction; one whose event is queued already is skipped. How
/// many were new.
pub(super) async fn insert_notifications(
    tx: &mut Transaction<'_, Db>,
    notifications: &[Notification],
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let mut new = 0;
    for n in notifications {
        new += sqlx::query(
            "INSERT INTO outbox (id, event_key, kind, channel, organization_id, language, sealed, status, attempts,
                due_at, created_at, purge_after)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $9, $10)
             ON CONFLICT (event_key) DO NOTHING",
        )
        .bind(n.id.to_string())
        .bind(&n.event_key)
        .bind(n.kind.as_str())
        .bind(n.channel.as_str())
        .bind(n.organization_id.map(|o| o.to_string()))
        .bind(&n.language)
        .bind(&n.sealed)
        .bind(n.due_at)
        .bind(now)
        .bind(n.purge_after)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    }
    Ok(new)
}

/// Applies an event's [`OutboxChange`] inside the caller's transaction: queues its notifications, and cancels
/// the unsent ones whose event key starts with one of its prefixes.
pub(super) async fn apply_outbox_change(
    tx: &mut Transaction<'_, Db>,
    change: &OutboxChange,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for prefix in &change.cancel {
        let pattern = format!(
            "{}%",
            prefix
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        sqlx::query(
            "UPDATE outbox SET status = 'cancelled', lease_until = NULL
             WHERE event_key LIKE $1 ESCAPE '\\' AND status IN ('pending', 'held')",
        )
        .bind(pattern)
        .execute(&mut **tx)
        .await?;
    }
    insert_notifications(tx, &change.queue, now).await?;
    Ok(())
}

/// What a worker may claim at `$1`: pending and due, or claimed by a worker whose lease ended.
const DUE: &str = "(status = 'pending' AND due_at <= $1) OR (status = 'sending' AND lease_until <= $1)";

impl OutboxStore for SqlStore {
    fn enqueue<'a>(&'a self, notifications: &'a [Notification], now: DateTime<Utc>) -> StoreFuture<'a, u64> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let new = insert_notifications(&mut tx, notifications, now).await?;
            tx.commit().await?;
            Ok(new)
        })
    }

    fn claim_due(&self, now: DateTime<Utc>, lease: Duration, limit: u32) -> StoreFuture<'_, Vec<Queued>> {
        Box::pin(async move {
            // Every replica asks every second: a look without the write lock first, which is all an idle outbox
            // costs.
            let due: Option<i32> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT 1 FROM outbox WHERE {DUE} LIMIT 1"
            )))
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
            if due.is_none() {
                return Ok(Vec::new());
            }
            let mut tx = self.write().await?;
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT * FROM outbox WHERE {DUE} ORDER BY due_at LIMIT $2"
            )))
            .bind(now)
            .bind(i64::from(limit))
            .fetch_all(&mut *tx)
            .await?;
            let mut claimed = rows.iter().map(rows::queued).collect::<Result<Vec<_>, _>>()?;
            for queued in &mut claimed {
                sqlx::query(
                    "UPDATE outbox SET status = 'sending', lease_until = $2, attempts = attempts + 1 WHERE id = $1",
                )
                .bind(queued.notification.id.to_string())
                .bind(now + lease)
                .execute(&mut *tx)
                .await?;
                queued.status = OutboxStatus::Sending;
                queued.attempts += 1;
            }
            tx.commit().await?;
            Ok(claimed)
        })
    }

    fn mark_sent(&self, id: Uuid, at: DateTime<Utc>) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            sqlx::query(
                "UPDATE outbox SET status = 'sent', sent_at = $2, lease_until = NULL, last_error = NULL
                 WHERE id = $1",
            )
            .bind(id.to_string())
            .bind(at)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn mark_unsent<'a>(
        &'a self,
        id: Uuid,
        retry_at: Option<DateTime<Utc>>,
        error: &'a str,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let (status, due) = match retry_at {
                Some(at) => (OutboxStatus::Pending, Some(at)),
                None => (OutboxStatus::Failed, None),
            };
            sqlx::query(
                "UPDATE outbox SET status = $2, due_at = COALESCE($3, due_at), lease_until = NULL, last_error = $4
                 WHERE id = $1 AND status = 'sending'",
            )
            .bind(id.to_string())
            .bind(status.as_str())
            .bind(due)
            .bind(error)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn mark_held(&self, id: Uuid) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            // Never tried: its claim does not count as an attempt.
            sqlx::query("UPDATE outbox SET status = 'held', lease_until = NULL, attempts = 0 WHERE id = $1")
                .bind(id.to_string())
                .execute(&self.pool)
                .await?;
            Ok(())
        })
    }

    fn release_held<'a>(
        &'a self,
        channels: &'a [NotificationChannel],
        since: DateTime<Utc>,
    ) -> StoreFuture<'a, u64> {
        Box::pin(async move {
            let mut released = 0;
            for channel in channels {
                released += sqlx::query(
                    "UPDATE outbox SET status = 'pending'
                     WHERE status = 'held' AND channel = $1 AND created_at >= $2",
                )
                .bind(channel.as_str())
                .bind(since)
                .execute(&self.pool)
                .await?
                .rows_affected();
            }
            Ok(released)
        })
    }

    fn retry_notification(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool> {
        Box::pin(async move {
            let changed = sqlx::query(
                "UPDATE outbox SET status = 'pending', attempts = 0, due_at = $1, lease_until = NULL
                 WHERE id = $2 AND status = 'failed'",
            )
            .bind(now)
            .bind(id.to_string())
            .execute(&self.pool)
            .await?
            .rows_affected();
            Ok(changed == 1)
        })
    }

    fn notification(&self, id: Uuid) -> StoreFuture<'_, Option<Queued>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM outbox WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(rows::queued).transpose()
        })
    }

    fn notifications(&self, organization: Option<Uuid>, limit: u32) -> StoreFuture<'_, Vec<Queued>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM outbox WHERE ($1 IS NULL OR organization_id = $1)
                 ORDER BY created_at DESC, id LIMIT $2",
            )
            .bind(organization.map(|o| o.to_string()))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(rows::queued).collect()
        })
    }

    fn purge_outbox(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64> {
        Box::pin(self.purge_due(
            "DELETE FROM outbox WHERE purge_after <= $1 AND status <> 'sending'",
            now,
        ))
    }
}
