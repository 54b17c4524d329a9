//! SQLite queries for accounts, sessions, directory edits, the audit log and problem reports. Every write that
//! changes the directory writes its audit entry in the same transaction.

use api_types::manage::ProblemReason;
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, Transaction};
use uuid::Uuid;

use super::sqlite::{SqliteStore, corrupt, write_organization, write_service};
use super::{AuditFilter, StoreError};
use crate::auth::session::SessionTimes;
use crate::auth::{Role, User, UserStatus};
use crate::domain::{AuditEntry, Organization, ProblemReport, Service};

fn user_from_row(row: &SqliteRow) -> Result<User, StoreError> {
    let id: String = row.try_get("id")?;
    let role: String = row.try_get("role")?;
    let status: String = row.try_get("status")?;
    Ok(User {
        id: Uuid::parse_str(&id).map_err(|e| corrupt(&id, e))?,
        email: row.try_get("email")?,
        role: role.parse::<Role>().map_err(|e| corrupt(&id, e))?,
        organization_id: row
            .try_get::<Option<String>, _>("organization_id")?
            .map(|o| Uuid::parse_str(&o).map_err(|e| corrupt(&id, e)))
            .transpose()?,
        status: UserStatus::parse(&status).ok_or_else(|| corrupt(&id, "status"))?,
        created_at: row.try_get("created_at")?,
    })
}

pub(crate) async fn write_audit(
    tx: &mut Transaction<'_, Sqlite>,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, actor, organization_id, entity, entity_id, action, before, after)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(entry.at)
    .bind(entry.user_id.map(|u| u.to_string()))
    .bind(&entry.actor)
    .bind(entry.organization_id.map(|o| o.to_string()))
    .bind(entry.entity)
    .bind(entry.entity_id.to_string())
    .bind(entry.action)
    .bind(entry.before.as_ref().map(ToString::to_string))
    .bind(entry.after.as_ref().map(ToString::to_string))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

impl SqliteStore {
    pub(crate) async fn insert_user_tx(
        &self,
        user: &User,
        password_hash: &str,
        organization: Option<&Organization>,
        audit: &[AuditEntry],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        if let Some(org) = organization {
            write_organization(&mut tx, org, false).await?;
        }
        let inserted = sqlx::query(
            "INSERT INTO users (id, email, password_hash, role, organization_id, status, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(user.id.to_string())
        .bind(&user.email)
        .bind(password_hash)
        .bind(user.role.as_str())
        .bind(user.organization_id.map(|o| o.to_string()))
        .bind(user.status.as_str())
        .bind(user.created_at)
        .bind(user.created_at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict("email".to_owned())),
            other => {
                other?;
            }
        }
        for entry in audit {
            write_audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn user_by_email_q(&self, email: &str) -> Result<Option<(User, String)>, StoreError> {
        let row = sqlx::query("SELECT * FROM users WHERE email = ?")
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| Ok((user_from_row(&row)?, row.try_get("password_hash")?)))
            .transpose()
    }

    pub(crate) async fn user_by_id_q(&self, id: Uuid) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT * FROM users WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    pub(crate) async fn users_q(&self) -> Result<Vec<User>, StoreError> {
        sqlx::query("SELECT * FROM users ORDER BY email")
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(user_from_row)
            .collect()
    }

    pub(crate) async fn set_user_status_q(
        &self,
        id: Uuid,
        status: UserStatus,
        now: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE users SET status = ?, updated_at = ? WHERE id = ?")
            .bind(status.as_str())
            .bind(now)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        if status != UserStatus::Active {
            sqlx::query("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
        }
        write_audit(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn insert_session_q(
        &self,
        hash: &str,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
        )
        .bind(hash)
        .bind(user.to_string())
        .bind(now)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub(crate) async fn session_q(&self, hash: &str) -> Result<Option<(Uuid, SessionTimes)>, StoreError> {
        let Some(row) = sqlx::query("SELECT * FROM sessions WHERE token_hash = ?")
            .bind(hash)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let user: String = row.try_get("user_id")?;
        Ok(Some((
            Uuid::parse_str(&user).map_err(|e| corrupt(&user, e))?,
            SessionTimes {
                created_at: row.try_get("created_at")?,
                last_seen_at: row.try_get("last_seen_at")?,
                revoked_at: row.try_get("revoked_at")?,
            },
        )))
    }

    pub(crate) async fn touch_session_q(&self, hash: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")
            .bind(now)
            .bind(hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub(crate) async fn revoke_session_q(&self, hash: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub(crate) async fn revoke_user_sessions_q(
        &self,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(user.to_string())
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    pub(crate) async fn save_service_q(
        &self,
        service: &Service,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        write_service(&mut tx, service, true).await?;
        write_audit(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn approve_organization_q(
        &self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &[AuditEntry],
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let done = sqlx::query("UPDATE organizations SET approved = 1, verified_at = ? WHERE id = ?")
            .bind(now)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        sqlx::query("UPDATE users SET status = 'active', updated_at = ? WHERE organization_id = ? AND status = 'pending'")
            .bind(now)
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        for entry in audit {
            write_audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    pub(crate) async fn pending_organizations_q(&self) -> Result<Vec<Uuid>, StoreError> {
        let rows = sqlx::query("SELECT id FROM organizations WHERE approved = 0 ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                Uuid::parse_str(&id).map_err(|e| corrupt(&id, e))
            })
            .collect()
    }

    pub(crate) async fn audit_q(
        &self,
        filter: &AuditFilter,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let (entity, entity_id) = match &filter.entity {
            Some((entity, id)) => (Some(*entity), Some(id.to_string())),
            None => (None, None),
        };
        let rows = sqlx::query(
            "SELECT * FROM audit_log
             WHERE (?1 IS NULL OR organization_id = ?1) AND (?2 IS NULL OR (entity = ?2 AND entity_id = ?3))
             ORDER BY id DESC LIMIT ?4",
        )
        .bind(filter.organization_id.map(|o| o.to_string()))
        .bind(entity)
        .bind(entity_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(audit_from_row).collect()
    }

    pub(crate) async fn insert_report_q(&self, report: &ProblemReport) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO problem_reports (id, service_id, organization_id, reason, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(report.id.to_string())
        .bind(report.service_id.to_string())
        .bind(report.organization_id.to_string())
        .bind(report.reason.as_str())
        .bind(report.created_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub(crate) async fn reports_q(
        &self,
        organization: Option<Uuid>,
    ) -> Result<Vec<ProblemReport>, StoreError> {
        let rows = match organization {
            Some(org) => {
                sqlx::query(
                    "SELECT * FROM problem_reports WHERE organization_id = ? ORDER BY created_at DESC",
                )
                .bind(org.to_string())
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query("SELECT * FROM problem_reports ORDER BY created_at DESC")
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter().map(report_from_row).collect()
    }

    pub(crate) async fn resolve_report_q(&self, id: Uuid, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE problem_reports SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
                .bind(now)
                .bind(id.to_string())
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() > 0)
    }
}

fn audit_from_row(row: &SqliteRow) -> Result<AuditEntry, StoreError> {
    let entity_id: String = row.try_get("entity_id")?;
    let json = |column: &str| -> Result<Option<serde_json::Value>, StoreError> {
        row.try_get::<Option<String>, _>(column)?
            .map(|t| serde_json::from_str(&t).map_err(|e| corrupt(&entity_id, e)))
            .transpose()
    };
    let uuid_opt = |column: &str| -> Result<Option<Uuid>, StoreError> {
        row.try_get::<Option<String>, _>(column)?
            .map(|t| Uuid::parse_str(&t).map_err(|e| corrupt(&entity_id, e)))
            .transpose()
    };
    let entity: String = row.try_get("entity")?;
    let action: String = row.try_get("action")?;
    Ok(AuditEntry {
        at: row.try_get("at")?,
        user_id: uuid_opt("user_id")?,
        actor: row.try_get("actor")?,
        organization_id: uuid_opt("organization_id")?,
        entity: static_name(
            &entity,
            &["service", "organization", "user", "import", "counsellor"],
        ),
        entity_id: Uuid::parse_str(&entity_id).map_err(|e| corrupt(&entity_id, e))?,
        action: static_name(
            &action,
            &[
                "create",
                "update",
                "capacity",
                "verify",
                "deactivate",
                "approve",
                "disable",
                "activate",
                "register",
                "import",
                "availability",
            ],
        ),
        before: json("before")?,
        after: json("after")?,
    })
}

/// The `&'static str` of a known name (entities and actions are a closed list); `other` for anything else.
fn static_name(value: &str, known: &[&'static str]) -> &'static str {
    known.iter().find(|k| **k == value).copied().unwrap_or("other")
}

fn report_from_row(row: &SqliteRow) -> Result<ProblemReport, StoreError> {
    let id: String = row.try_get("id")?;
    let parse = |column: &str| -> Result<Uuid, StoreError> {
        let text: String = row.try_get(column)?;
        Uuid::parse_str(&text).map_err(|e| corrupt(&id, e))
    };
    let reason: String = row.try_get("reason")?;
    Ok(ProblemReport {
        id: parse("id")?,
        service_id: parse("service_id")?,
        organization_id: parse("organization_id")?,
        reason: ProblemReason::parse(&reason).ok_or_else(|| corrupt(&id, "reason"))?,
        created_at: row.try_get("created_at")?,
        resolved_at: row.try_get("resolved_at")?,
    })
}
