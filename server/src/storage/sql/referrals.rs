//! [`ReferralStore`] in SQL, for both stores: `referral_counts`, one row per day and group, counted up in place.

use chrono::NaiveDate;
use sqlx::Row;

use super::SqlStore;
use crate::domain::referral::DayCount;
use crate::storage::rows::corrupt;
use crate::storage::{ReferralStore, StoreError, StoreFuture};

impl ReferralStore for SqlStore {
    fn count_referral<'a>(&'a self, referral: &'a DayCount) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            // One statement: atomic on its own.
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
            .execute(&self.pool)
            .await?;
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
}
