//! [`ReportStore`] in SQL, for both stores: `problem_reports`.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::SqlStore;
use crate::domain::ProblemReport;
use crate::storage::rows;
use crate::storage::{ReportStore, StoreFuture};

impl ReportStore for SqlStore {
    fn insert_report<'a>(&'a self, report: &'a ProblemReport) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            sqlx::query(
                "INSERT INTO problem_reports (id, service_id, organization_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(report.id.to_string())
            .bind(report.service_id.to_string())
            .bind(report.organization_id.to_string())
            .bind(report.reason.as_str())
            .bind(report.created_at)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn reports(&self, organization: Option<Uuid>) -> StoreFuture<'_, Vec<ProblemReport>> {
        Box::pin(async move {
            let rows =
                match organization {
                    Some(org) => sqlx::query(
                        "SELECT * FROM problem_reports WHERE organization_id = $1 ORDER BY created_at DESC",
                    )
                    .bind(org.to_string())
                    .fetch_all(&self.pool)
                    .await?,
                    None => {
                        sqlx::query("SELECT * FROM problem_reports ORDER BY created_at DESC")
                            .fetch_all(&self.pool)
                            .await?
                    }
                };
            rows.iter().map(rows::report).collect()
        })
    }

    fn resolve_report(&self, id: Uuid, now: DateTime<Utc>) -> StoreFuture<'_, bool> {
        Box::pin(async move {
            let done = sqlx::query(
                "UPDATE problem_reports SET resolved_at = $1 WHERE id = $2 AND resolved_at IS NULL",
            )
            .bind(now)
            .bind(id.to_string())
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected() > 0)
        })
    }
}
