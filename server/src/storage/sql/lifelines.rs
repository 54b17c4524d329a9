//! [`LifeLineStore`] in SQL, for both stores: `lifeline_corrections`, one row per corrected country.

use api_types::CountryCode;
use sqlx::Row;

use super::SqlStore;
use super::audit::WhenUnchanged;
use crate::domain::AuditEntry;
use crate::storage::StoreFuture;
use crate::storage::lifelines::{LifeLineStore, StoredCorrection};
use crate::storage::rows::corrupt;

impl LifeLineStore for SqlStore {
    fn lifeline_corrections(&self) -> StoreFuture<'_, Vec<StoredCorrection>> {
        Box::pin(async move {
            let rows =
                sqlx::query("SELECT country, body, corrected_at FROM lifeline_corrections ORDER BY country")
                    .fetch_all(&self.pool)
                    .await?;
            rows.iter()
                .map(|row| {
                    let country: String = row.try_get("country")?;
                    let body: String = row.try_get("body")?;
                    Ok(StoredCorrection {
                        country: CountryCode::parse(&country).map_err(|e| corrupt(&country, e))?,
                        body: serde_json::from_str(&body).map_err(|e| corrupt(&country, e))?,
                        corrected_at: row.try_get("corrected_at")?,
                    })
                })
                .collect()
        })
    }

    fn save_lifeline_correction<'a>(
        &'a self,
        correction: &'a StoredCorrection,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let body = serde_json::to_string(&correction.body)
                .map_err(|e| corrupt(correction.country.as_str(), e))?;
            let statement = sqlx::query(
                "INSERT INTO lifeline_corrections (country, body, corrected_at) VALUES ($1, $2, $3)
                 ON CONFLICT (country) DO UPDATE SET body = excluded.body, corrected_at = excluded.corrected_at",
            )
            .bind(correction.country.as_str())
            .bind(body)
            .bind(correction.corrected_at);
            self.execute_audited(statement, audit, WhenUnchanged::Audit)
                .await?;
            Ok(())
        })
    }

    fn remove_lifeline_correction<'a>(
        &'a self,
        country: CountryCode,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let statement =
                sqlx::query("DELETE FROM lifeline_corrections WHERE country = $1").bind(country.as_str());
            let removed = self
                .execute_audited(statement, audit, WhenUnchanged::Skip)
                .await?;
            Ok(removed > 0)
        })
    }
}
