//! [`LifeLineStore`] in SQL, for both stores: `lifeline_corrections`, one row per corrected country.

use api_types::CountryCode;
use sqlx::Row;

use super::SqlStore;
use super::audit::write_audit;
use crate::domain::AuditEntry;
use crate::storage::lifelines::{LifeLineStore, StoredCorrection};
use crate::storage::rows::corrupt;
use crate::storage::{StoreError, StoreFuture};

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
            let mut tx = self.write().await?;
            sqlx::query(
                "INSERT INTO lifeline_corrections (country, body, corrected_at) VALUES ($1, $2, $3)
                 ON CONFLICT (country) DO UPDATE SET body = excluded.body, corrected_at = excluded.corrected_at",
            )
            .bind(correction.country.as_str())
            .bind(body)
            .bind(correction.corrected_at)
            .execute(&mut *tx)
            .await?;
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn remove_lifeline_correction<'a>(
        &'a self,
        country: CountryCode,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let removed = sqlx::query("DELETE FROM lifeline_corrections WHERE country = $1")
                .bind(country.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected()
                > 0;
            if removed {
                write_audit(&mut tx, audit).await?;
            }
            tx.commit().await?;
            Ok::<bool, StoreError>(removed)
        })
    }
}
