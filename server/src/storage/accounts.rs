//! Where staff accounts and their sessions live. A session is stored by its token's hash, never the token.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::StoreFuture;
use crate::auth::User;
use crate::auth::session::SessionTimes;
use crate::domain::{AuditEntry, Organization};

/// Storage of accounts and sessions.
pub trait AccountStore: Send + Sync + std::fmt::Debug {
    /// Creates an account (and, for a registration, its organisation, not yet approved), with its audit
    /// entries, in one transaction; [`StoreError::Conflict`](super::StoreError::Conflict)`("email")` when the
    /// email is taken.
    fn insert_user<'a>(
        &'a self,
        user: &'a User,
        password_hash: &'a str,
        organization: Option<&'a Organization>,
        audit: &'a [AuditEntry],
    ) -> StoreFuture<'a, ()>;

    /// An account and its password hash, by lower-cased email.
    fn user_by_email<'a>(&'a self, email: &'a str) -> StoreFuture<'a, Option<(User, String)>>;

    /// An account by id, without its password hash.
    fn user_by_id(&self, id: Uuid) -> StoreFuture<'_, Option<User>>;

    /// Every account, by email.
    fn users(&self) -> StoreFuture<'_, Vec<User>>;

    /// Writes an account's status, role and organisation (anything but active revokes its sessions), with its
    /// audit entry, in one transaction; `false`, and nothing written, when that would leave no active
    /// administrator.
    fn update_user<'a>(
        &'a self,
        after: &'a User,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, bool>;

    /// Records a new session by its token's hash.
    fn insert_session<'a>(
        &'a self,
        token_hash: &'a str,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> StoreFuture<'a, ()>;

    /// A session's account and times, revoked or not.
    fn session<'a>(&'a self, token_hash: &'a str) -> StoreFuture<'a, Option<(Uuid, SessionTimes)>>;

    /// Records activity on a session.
    fn touch_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()>;

    /// Ends one session (an ended one keeps its first end time).
    fn revoke_session<'a>(&'a self, token_hash: &'a str, now: DateTime<Utc>) -> StoreFuture<'a, ()>;

    /// Ends every session of an account, with its audit entry, in one transaction; how many were live.
    fn revoke_user_sessions<'a>(
        &'a self,
        user: Uuid,
        now: DateTime<Utc>,
        audit: &'a AuditEntry,
    ) -> StoreFuture<'a, u64>;
}
