//! [`AccountStore`] in SQL, for both stores: `users` and `sessions`.

use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::SqlStore;
use super::audit::{WhenUnchanged, write_audit};
use super::directory::write_organization;
use crate::auth::session::SessionTimes;
use crate::auth::{User, UserStatus};
use crate::domain::{AuditEntry, Organization};
use crate::storage::is_unique_violation;
use crate::storage::rows::{self, parse_uuid};
use crate::storage::{AccountStore, StoreError, StoreFuture};

impl AccountStore for SqlStore {
    fn insert_user<'a>(
        &'a self,
        user: &'a User,
        password_hash: &'a str,
        organization: Option<&'a Organization>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            if let Some(org) = organization {
                write_organization(&mut tx, &self.writer, org, false).await?;
            }
            let inserted = sqlx::query(
                "INSERT INTO users (id, email, password_hash, role, organization_id, status, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
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
        })
    }

    fn user_by_email<'a>(&'a self, email: &'a str) -> StoreFuture<'a, Option<(User, String)>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM users WHERE email = $1")
                .bind(email)
                .fetch_optional(&self.pool)
                .await?;
            row.map(|row| Ok((rows::user(&row)?, row.try_get("password_hash")?)))
                .transpose()
        })
    }

    fn user_by_id(&self, id: Uuid) -> StoreFuture<'_, Option<User>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT * FROM users WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await?;
            row.as_ref().map(rows::user).transpose()
        })
    }

    fn users(&self) -> StoreFuture<'_, Vec<User>> {
        Box::pin(async move {
            sqlx::query("SELECT * FROM users ORDER BY email")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(rows::user)
                .collect()
        })
    }

    fn update_user<'a>(
        &'a self,
        after: &'a User,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let mut tx = self.write().await?;
            let id = after.id.to_string();
            sqlx::query(
                "UPDATE users SET status = $1, role = $2, organization_id = $3, updated_at = $4 WHERE id = $5",
            )
            .bind(after.status.as_str())
            .bind(after.role.as_str())
            .bind(after.organization_id.map(|o| o.to_string()))
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            // Checked inside the write transaction (which holds the store's write lock), so two admins demoting
            // each other at once, on any replicas, cannot both succeed.
            let admins: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin' AND status = 'active'")
                    .fetch_one(&mut *tx)
                    .await?;
            if admins == 0 {
                tx.rollback().await?;
                return Ok(false);
            }
            if after.status != UserStatus::Active {
                sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                    .bind(now)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
            }
            write_audit(&mut tx, audit).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    fn insert_session<'a>(
        &'a self,
        token_hash: &'a str,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(token_hash)
            .bind(user.to_string())
            .bind(now)
            .bind(now)
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }

    fn session<'a>(&'a self, token_hash: &'a str) -> StoreFuture<'a, Option<(Uuid, SessionTimes)>> {
        Box::pin(async move {
            let Some(row) = sqlx::query("SELECT * FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?
            else {
                return Ok(None);
            };
            let user: String = row.try_get("user_id")?;
            Ok(Some((
                parse_uuid(&user, &user)?,
                SessionTimes {
                    created_at: row.try_get("created_at")?,
                    last_seen_at: row.try_get("last_seen_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                },
            )))
        })
    }

    fn touch_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(now)
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
            Ok(())
        })
    }

    fn revoke_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL")
                .bind(now)
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
            Ok(())
        })
    }

    fn revoke_user_sessions<'a>(
        &'a self,
        user: Uuid,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, u64> {
        Box::pin(async move {
            let statement =
                sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                    .bind(now)
                    .bind(user.to_string());
            self.execute_audited(statement, audit, WhenUnchanged::Audit).await
        })
    }
}
