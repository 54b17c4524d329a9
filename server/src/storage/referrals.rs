//! Where referral counts live: one row per day and group (kind, country, admin area, language) with a count.
//! Nothing about the person, the service or the operator is ever written.

use chrono::NaiveDate;
use sqlx::Row;

use super::sqlite::{SqliteStore, corrupt};
use super::{StoreError, StoreFuture};
use crate::coverage::referral::DayCount;

/// Storage of referral counts.
pub trait ReferralStore: Send + Sync + std::fmt::Debug {
    /// Adds one to the count of the referral's day and group.
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()>;
    /// The day counts from `from` to `to`, both included.
    fn referral_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreFuture<'_, Vec<DayCount>>;
}

impl ReferralStore for SqliteStore {
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            // One statement: atomic on its own.
            sqlx::query(
                "INSERT INTO referral_counts (day, kind, country, admin_area, language, count)
                 VALUES (?, ?, ?, ?, ?, 1)
                 ON CONFLICT (day, kind, country, admin_area, language) DO UPDATE SET count = count + 1",
            )
            .bind(referral.day.format("%Y-%m-%d").to_string())
            .bind(referral.kind.as_str())
            .bind(referral.country.as_str())
            .bind(&referral.admin_area)
            .bind(&referral.language)
            .execute(self.pool())
            .await?;
            Ok(())
        })
    }

    fn referral_counts(&self, from: NaiveDate, to: NaiveDate) -> StoreFuture<'_, Vec<DayCount>> {
        Box::pin(async move {
            let rows = sqlx::query(
                "SELECT day, kind, country, admin_area, language, count FROM referral_counts
                 WHERE day >= ? AND day <= ? ORDER BY day, kind, country, admin_area, language",
            )
            .bind(from.format("%Y-%m-%d").to_string())
            .bind(to.format("%Y-%m-%d").to_string())
            .fetch_all(self.pool())
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
}
