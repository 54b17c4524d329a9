//! [`ReferralStore`] in SQL, for both stores: `referral_counts`, one row per day and group, counted up in place;
//! `warm_referrals`, written with their count and notifications in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{Row, Transaction};
use uuid::Uuid;

use super::audit::write_audit;
use super::{Db, SqlStore};
use crate::domain::notification::Notification;
use crate::domain::referral::{DayCount, WarmReferral};
use crate::storage::referrals::StatusChange;
use crate::storage::rows::{self, corrupt};
use crate::storage::{ReferralStore, StoreError, StoreFuture};

impl ReferralStore for SqlStore {
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.pool.begin().await?;
            count_in(&mut tx, referral).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn referral_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreFuture<'_, Vec<DayCount>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT day, kind, country, admin_area, language, count FROM referral_counts
                 WHERE day >= $1 AND day <= $2 ORDER BY day, kind, country, admin_area, language",
            )
            .bind(from.format("%Y-%m-%d").to_string())
            .bind(to.format("%Y-%m-%d").to_string())
            .fetch_all(&self.pool)
            .await?;
            rows.iter()
                .map(|row| {
                    let day: String = row.try_get("day")?;
                    let kind: String = row.try_get("kind")?;
                    let country: String = row.try_get("country")?;
                    let count: i64 = row.try_get("count")?;
                    Ok(DayCount {
                        day: NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                            .map_err(|e| corrupt(&day, format!("referral day: {e}")))?,
                        kind: kind
                            .parse()
                            .map_err(|e| corrupt(&day, format!("referral kind: {e}")))?,
                        country: api_types::CountryCode::parse(&country)
                            .map_err(|e| corrupt(&day, format!("referral country: {e}")))?,
                        admin_area: row.try_get("admin_area")?,
                        language: row.try_get("language")?,
                        count: u64::try_from(count).unwrap_or(0),
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()
        })
    }

    fn create_warm_referral<'a>(
        &'a self,
        referral: &'a WarmReferral,
        count: &'a DayCount,
        notifications: &'a [Notification],
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            sqlx::query(
                "INSERT INTO warm_referrals (id, service_id, organization_id, sender_user_id, sender_organization_id,
                    consent, language, needs, urgency, private, status, decline_reason, created_at, updated_at,
                    purge_after)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            )
            .bind(referral.id.to_string())
            .bind(referral.service_id.to_string())
            .bind(referral.organization_id.to_string())
            .bind(referral.sender_user_id.to_string())
            .bind(referral.sender_organization_id.map(|o| o.to_string()))
            .bind(rows::to_json(&referral.consent))
            .bind(referral.language.as_str())
            .bind(rows::to_json(&referral.needs))
            .bind(referral.urgency.as_str())
            .bind(&referral.private)
            .bind(referral.status.as_str())
            .bind(referral.decline_reason.map(|r| r.as_str()))
            .bind(referral.created_at)
            .bind(referral.updated_at)
            .bind(referral.purge_after)
            .execute(&mut *tx)
            .await?;
            count_in(&mut tx, count).await?;
            super::outbox::insert_notifications(&mut tx, notifications, referral.created_at).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn warm_referral(&self, id: Uuid) -> StoreFuture<'_, Option<WarmReferral>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM warm_referrals WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(rows::warm_referral).transpose()
        })
    }

    fn referrals_received(&self, organization: Uuid) -> StoreFuture<'_, Vec<WarmReferral>> {
        Box::pin(self.referrals_where("organization_id", organization))
    }

    fn referrals_sent(&self, user: Uuid) -> StoreFuture<'_, Vec<WarmReferral>> {
        Box::pin(self.referrals_where("sender_user_id", user))
    }

    fn set_referral_status<'a>(&'a self, change: &'a StatusChange<'a>) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let changed = sqlx::query(
                "UPDATE warm_referrals SET status = $3, decline_reason = $4, updated_at = $5, purge_after = $6
                 WHERE id = $1 AND status = $2",
            )
            .bind(change.id.to_string())
            .bind(change.from.as_str())
            .bind(change.to.as_str())
            .bind(change.reason.map(|r| r.as_str()))
            .bind(change.at)
            .bind(change.purge_after)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 0 {
                return Ok(false);
            }
            write_audit(&mut tx, change.audit).await?;
            super::outbox::insert_notifications(&mut tx, change.notifications, change.at).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    fn purge_warm_referrals(&self, now: DateTime<Utc>) -> StoreFuture<'_, u64> {
        Box::pin(self.purge_due("DELETE FROM warm_referrals WHERE purge_after <= $1", now))
    }
}

impl SqlStore {
    async fn referrals_where(&self, column: &'static str, id: Uuid) -> Result<Vec<WarmReferral>, StoreError> {
        // `column` is one of two fixed names; the value is bound.
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT * FROM warm_referrals WHERE {column} = $1 ORDER BY created_at DESC, id"
        )))
        .bind(id.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(rows::warm_referral).collect()
    }
}

/// Adds one to the count of a referral's day and group, inside the caller's transaction.
async fn count_in(tx: &mut Transaction<'_, Db>, referral: &DayCount) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO referral_counts (day, kind, country, admin_area, language, count)
         VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT (day, kind, country, admin_area, language) DO UPDATE SET count = referral_counts.count + 1",
    )
    .bind(referral.day.format("%Y-%m-%d").to_string())
    .bind(referral.kind.as_str())
    .bind(referral.country.as_str())
    .bind(&referral.admin_area)
    .bind(&referral.language)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
