//! [`BookingStore`] in SQL, for both stores: `counsellors` with their `time_off`, `appointments` with their
//! `idempotency_keys`, and the monthly `appointment_counts` that outlive purged bookings.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::{Row, Transaction};
use uuid::Uuid;

use super::audit::write_audit;
use super::outbox::apply_outbox_change;
use super::{Conn, Db, SqlStore};
use crate::domain::AuditEntry;
use crate::domain::booking::{Appointment, Counsellor, StoredWindow};
use crate::domain::notification::OutboxChange;
use crate::storage::booking::Span;
use crate::storage::is_unique_violation;
use crate::storage::rows;
use crate::storage::{BookingStore, Created, IdempotencyKey, Replay, StoreError, StoreFuture};

impl BookingStore for SqlStore {
    fn save_counsellor<'a>(&'a self, c: &'a Counsellor, now: DateTime<Utc>) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            write_counsellor(&mut tx, c, now).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn counsellors(&self) -> StoreFuture<'_, Vec<Counsellor>> {
        Box::pin(async move {
            let mut off: HashMap<String, Vec<Span>> = HashMap::new();
            for row in sqlx::query("SELECT * FROM time_off")
                .fetch_all(&self.pool)
                .await?
            {
                off.entry(row.try_get("counsellor_id")?)
                    .or_default()
                    .push(rows::span(&row)?);
            }
            let rows = sqlx::query("SELECT * FROM counsellors ORDER BY display_name, id")
                .fetch_all(&self.pool)
                .await?;
            rows.iter()
                .map(|row| {
                    let id: String = row.try_get("id")?;
                    rows::counsellor(row, off.remove(&id).unwrap_or_default())
                })
                .collect()
        })
    }

    fn counsellor(&self, id: Uuid) -> StoreFuture<'_, Option<Counsellor>> {
        Box::pin(async move {
            let mut conn = self.pool.acquire().await?;
            counsellor_in(&mut conn, id).await
        })
    }

    fn save_counsellor_audited<'a>(
        &'a self,
        c: &'a Counsellor,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
        expected: Option<&'a Counsellor>,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            // Compared inside the write transaction (which holds the store's write lock): nothing can change the
            // row between this read and the write.
            if let Some(expected) = expected
                && counsellor_in(&mut tx, c.id).await?.as_ref() != Some(expected)
            {
                return Ok(false);
            }
            write_counsellor(&mut tx, c, now).await?;
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    fn booked(&self, counsellor: Uuid, from: DateTime<Utc>, to: DateTime<Utc>) -> StoreFuture<'_, Vec<Span>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT starts_at, ends_at FROM appointments
                 WHERE counsellor_id = $1 AND status IN ('requested', 'confirmed') AND ends_at > $2 AND starts_at < $3",
            )
            .bind(counsellor.to_string())
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(rows::span).collect()
        })
    }

    fn create_appointment<'a>(
        &'a self,
        a: &'a Appointment,
        idempotency: Option<IdempotencyKey<'a>>,
        keys_since: DateTime<Utc>,
        outbox: &'a OutboxChange,
    ) -> StoreFuture<'a, Created> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            if let Some(key) = idempotency {
                sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
                    .bind(keys_since)
                    .execute(&mut *tx)
                    .await?;
                let existing = sqlx::query(
                    "SELECT a.*, k.secret_enc, k.request_hash FROM idempotency_keys k
                     JOIN appointments a ON a.id = k.appointment_id WHERE k.key_hash = $1",
                )
                .bind(key.key_hash)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some(row) = existing {
                    return Ok(Created::Existing(Box::new(rows::replay(&row)?)));
                }
            }
            let inserted = sqlx::query(
                "INSERT INTO appointments (id, reference, secret_hash, counsellor_id, starts_at, ends_at, modality,
                    language, private, status, previous_reference, room_token, created_at, updated_at, purge_after)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            )
            .bind(a.id.to_string())
            .bind(&a.reference)
            .bind(&a.secret_hash)
            .bind(a.counsellor_id.to_string())
            .bind(a.start)
            .bind(a.end)
            .bind(a.modality.as_str())
            .bind(a.language.as_str())
            .bind(&a.private)
            .bind(a.status.as_str())
            .bind(&a.previous_reference)
            .bind(&a.room_token)
            .bind(a.created_at)
            .bind(a.updated_at)
            .bind(a.purge_after)
            .execute(&mut *tx)
            .await;
            match inserted {
                Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict("slot".to_owned())),
                other => {
                    other?;
                }
            }
            if let Some(key) = idempotency {
                let saved = sqlx::query(
                    "INSERT INTO idempotency_keys (key_hash, appointment_id, secret_enc, request_hash, created_at)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                    .bind(key.key_hash)
                    .bind(a.id.to_string())
                    .bind(key.sealed_secret)
                    .bind(key.request_hash)
                    .bind(a.created_at)
                    .execute(&mut *tx)
                    .await;
                if let Err(e) = saved {
                    // The same key raced in another request: that one won; answer with its booking.
                    if is_unique_violation(&e) {
                        return Err(StoreError::Conflict("idempotency_key".to_owned()));
                    }
                    return Err(e.into());
                }
            }
            apply_outbox_change(&mut tx, outbox, a.created_at).await?;
            tx.commit().await?;
            Ok(Created::New)
        })
    }

    fn idempotent<'a>(
        &'a self,
        key_hash: &'a str,
        keys_since: DateTime<Utc>,
    ) -> StoreFuture<'a, Option<Replay>> {
        Box::pin(async move {
            let row = sqlx::query(
                "SELECT a.*, k.secret_enc, k.request_hash FROM idempotency_keys k
                 JOIN appointments a ON a.id = k.appointment_id WHERE k.key_hash = $1 AND k.created_at >= $2",
            )
            .bind(key_hash)
            .bind(keys_since)
            .fetch_optional(&self.pool)
            .await?;
            row.as_ref().map(rows::replay).transpose()
        })
    }

    fn sealed_sample(&self) -> StoreFuture<'_, Option<Vec<u8>>> {
        Box::pin(async move {
            let row = sqlx::query(
                "SELECT private AS sealed FROM appointments WHERE private IS NOT NULL
                 UNION ALL SELECT secret_enc FROM idempotency_keys
                 UNION ALL SELECT private FROM warm_referrals
                 UNION ALL SELECT sealed FROM outbox LIMIT 1",
            )
            .fetch_optional(&self.pool)
            .await?;
            Ok(row.map(|r| r.try_get("sealed")).transpose()?)
        })
    }

    fn appointment<'a>(&'a self, reference: &'a str) -> StoreFuture<'a, Option<Appointment>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM appointments WHERE reference = $1")
                .bind(reference)
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(rows::appointment).transpose()
        })
    }

    fn appointments_of(&self, counsellor: Uuid, from: DateTime<Utc>) -> StoreFuture<'_, Vec<Appointment>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT * FROM appointments WHERE counsellor_id = $1 AND ends_at > $2 ORDER BY starts_at",
            )
            .bind(counsellor.to_string())
            .bind(from)
            .fetch_all(&self.pool)
            .await?;
            rows.iter().map(rows::appointment).collect()
        })
    }

    fn update_appointment<'a>(&'a self, a: &'a Appointment, outbox: &'a OutboxChange) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let updated = sqlx::query(
                "UPDATE appointments SET status = $1, starts_at = $2, ends_at = $3, updated_at = $4, purge_after = $5 WHERE id = $6",
            )
            .bind(a.status.as_str())
            .bind(a.start)
            .bind(a.end)
            .bind(a.updated_at)
            .bind(a.purge_after)
            .bind(a.id.to_string())
            .execute(&mut *tx)
            .await;
            match updated {
                Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict("slot".to_owned())),
                Err(e) => return Err(e.into()),
                Ok(_) => {}
            }
            apply_outbox_change(&mut tx, outbox, a.updated_at).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn purge_appointments(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            sqlx::query(super::COUNT_PURGED)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM idempotency_keys WHERE appointment_id IN (SELECT id FROM appointments WHERE purge_after <= $1)")
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let gone = sqlx::query("DELETE FROM appointments WHERE purge_after <= $1")
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            tx.commit().await?;
            self.after_purge(gone).await?;
            Ok(gone)
        })
    }
}

/// Writes a counsellor and replaces their time off, inside the caller's transaction.
async fn write_counsellor(
    tx: &mut Transaction<'_, Db>,
    c: &Counsellor,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let windows: Vec<StoredWindow> = c.availability.windows.iter().map(StoredWindow::of).collect();
    let inserted = sqlx::query(
        "INSERT INTO counsellors (id, organization_id, user_id, display_name, gender, languages, specialities,
            modalities, timezone, windows, session_minutes, buffer_minutes, notice_minutes, horizon_days, active,
            demo, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, display_name = excluded.display_name,
            gender = excluded.gender, languages = excluded.languages, specialities = excluded.specialities,
            modalities = excluded.modalities, timezone = excluded.timezone, windows = excluded.windows,
            session_minutes = excluded.session_minutes, buffer_minutes = excluded.buffer_minutes,
            notice_minutes = excluded.notice_minutes, horizon_days = excluded.horizon_days,
            active = excluded.active, updated_at = excluded.updated_at",
    )
    .bind(c.id.to_string())
    .bind(c.organization_id.to_string())
    .bind(c.user_id.map(|u| u.to_string()))
    .bind(&c.display_name)
    .bind(&c.gender)
    .bind(serde_json::to_string(&c.languages).unwrap_or_default())
    .bind(serde_json::to_string(&c.specialities).unwrap_or_default())
    // The same JSON array of wire names as ever: `["video","phone"]`.
    .bind(serde_json::to_string(&c.modalities).unwrap_or_default())
    .bind(c.availability.timezone.name())
    .bind(serde_json::to_string(&windows).unwrap_or_default())
    .bind(c.availability.session.num_minutes())
    .bind(c.availability.buffer.num_minutes())
    .bind(c.availability.min_notice.num_minutes())
    .bind(c.availability.horizon.num_days())
    .bind(c.active)
    .bind(c.demo)
    .bind(now)
    .bind(now)
    .execute(&mut **tx)
    .await;
    match inserted {
        Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict("user_id".to_owned())),
        other => {
            other?;
        }
    }
    sqlx::query("DELETE FROM time_off WHERE counsellor_id = $1")
        .bind(c.id.to_string())
        .execute(&mut **tx)
        .await?;
    for (start, end) in &c.availability.time_off {
        sqlx::query("INSERT INTO time_off (id, counsellor_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
            .bind(Uuid::new_v4().to_string())
            .bind(c.id.to_string())
            .bind(start)
            .bind(end)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// One counsellor and their time off, read over `conn` (the pool's, or a write transaction's).
async fn counsellor_in(conn: &mut Conn, id: Uuid) -> Result<Option<Counsellor>, StoreError> {
    let Some(row) = sqlx::query("SELECT * FROM counsellors WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let time_off =
        sqlx::query("SELECT starts_at, ends_at FROM time_off WHERE counsellor_id = $1 ORDER BY starts_at")
            .bind(id.to_string())
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(rows::span)
            .collect::<Result<Vec<Span>, StoreError>>()?;
    rows::counsellor(&row, time_off).map(Some)
}
