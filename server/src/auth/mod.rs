//! Accounts, roles, sessions and what each role may do.
//!
//! - Passwords: argon2id ([`password`]), at least 8 characters, no composition rules, common ones refused.
//! - Sessions: a random 256-bit token in a `__Host-` cookie (Secure, HttpOnly, SameSite=Strict); the database
//!   keeps only its SHA-256. Idle 30 minutes, absolute 12 hours; logout and admins revoke ([`session`]).
//! - Login attempts are limited per hashed peer address and per hashed email, in memory ([`limit`]).
//! - Access is denied by default: [`Permission`] lists every action and [`User::may`] says who may do it.

pub mod limit;
pub mod password;
pub mod session;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What an account is for: the shared wire type, so the API, the database and the app name roles alike.
pub use api_types::Role;

/// Whether an account can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    /// Waiting for an admin's approval.
    Pending,
    /// Can sign in.
    Active,
    /// Switched off by an admin; its sessions were revoked.
    Disabled,
}

impl UserStatus {
    /// Its name in the API and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Pending => "pending",
            UserStatus::Active => "active",
            UserStatus::Disabled => "disabled",
        }
    }

    /// From the database.
    pub fn parse(s: &str) -> Option<Self> {
        [UserStatus::Pending, UserStatus::Active, UserStatus::Disabled]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// An account, without its password hash.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// A UUIDv4 given when the account is created.
    pub id: Uuid,
    /// Lower-cased email, the sign-in name.
    pub email: String,
    /// What the account may do (see [`User::may`]).
    pub role: Role,
    /// The organisation of an editor or counsellor.
    pub organization_id: Option<Uuid>,
    /// Can sign in or not.
    pub status: UserStatus,
    /// When the account was created; for a registration, when the organisation asked to join.
    pub created_at: DateTime<Utc>,
}

/// Everything a signed-in person may be allowed to do. New endpoints add a variant here, and the access matrix
/// test covers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Read a service's full record, exact confidential location included, of this organisation.
    ReadService(Uuid),
    /// Read every service's full record (operators, admins).
    ReadAnyService,
    /// Create, change or deactivate services of this organisation.
    EditService(Uuid),
    /// Read this organisation's audit history and problem reports.
    ReadOrganizationRecords(Uuid),
    /// Accounts and approvals.
    Administer,
    /// Create and change the counsellor profiles of this organisation (its editors, admins).
    ManageCounsellors(Uuid),
    /// Keep the availability of the counsellor profile linked to this account id (that counsellor, admins).
    KeepAvailability(Uuid),
    /// Search with confidential details (exact addresses of safe houses, capacity, verification dates).
    SearchConfidential,
    /// Compose a referral message (and count it anonymously).
    CreateReferral,
    /// Read coverage-gap reports.
    ReadCoverage,
    /// Read the anonymous referral counts.
    ReadReferralCounts,
    /// Send warm referrals (with the person's consent) and follow their status.
    SendReferral,
    /// Read and answer the warm referrals this organisation received.
    ReceiveReferrals(Uuid),
}

impl User {
    /// Deny by default: the one place that says who may do what.
    pub fn may(&self, permission: Permission) -> bool {
        if self.status != UserStatus::Active {
            return false;
        }
        let own = |org: Uuid| self.organization_id == Some(org);
        match (self.role, permission) {
            (Role::Admin, _) => true,
            (
                Role::Operator,
                Permission::ReadService(_)
                | Permission::ReadAnyService
                | Permission::SearchConfidential
                | Permission::CreateReferral
                | Permission::SendReferral
                | Permission::ReadCoverage,
            ) => true,
            (Role::NgoEditor, Permission::SendReferral) => true,
            (
                Role::NgoEditor,
                Permission::ReadService(org)
                | Permission::EditService(org)
                | Permission::ReadOrganizationRecords(org)
                | Permission::ManageCounsellors(org)
                | Permission::ReceiveReferrals(org),
            ) => own(org),
            (Role::Counsellor, Permission::KeepAvailability(account)) => self.id == account,
            _ => false,
        }
    }
}

/// Normalises an email for storage and look-up: trimmed, lower-cased; `None` if it is not an address.
pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let plausible = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    plausible.then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, org: Option<Uuid>) -> User {
        User {
            id: Uuid::nil(),
            email: "a@b.org".into(),
            role,
            organization_id: org,
            status: UserStatus::Active,
            created_at: DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn editors_edit_only_their_own_organization_and_operators_edit_nothing() {
        let mine = Uuid::from_u128(1);
        let other = Uuid::from_u128(2);
        let editor = user(Role::NgoEditor, Some(mine));
        assert!(editor.may(Permission::EditService(mine)));
        assert!(!editor.may(Permission::EditService(other)));
        assert!(!editor.may(Permission::ReadAnyService));
        let operator = user(Role::Operator, None);
        assert!(operator.may(Permission::ReadService(other)));
        assert!(!operator.may(Permission::EditService(other)));
        let counsellor = user(Role::Counsellor, Some(mine));
        assert!(!counsellor.may(Permission::EditService(mine)));
        assert!(!counsellor.may(Permission::ReadService(mine)));
        assert!(operator.may(Permission::SearchConfidential) && operator.may(Permission::ReadCoverage));
        assert!(!operator.may(Permission::ReadReferralCounts));
        assert!(!editor.may(Permission::SearchConfidential) && !counsellor.may(Permission::CreateReferral));
        assert!(user(Role::Admin, None).may(Permission::ReadReferralCounts));
        assert!(editor.may(Permission::SendReferral) && operator.may(Permission::SendReferral));
        assert!(
            editor.may(Permission::ReceiveReferrals(mine))
                && !editor.may(Permission::ReceiveReferrals(other))
        );
        assert!(
            !operator.may(Permission::ReceiveReferrals(mine)) && !counsellor.may(Permission::SendReferral)
        );
        let mut pending = user(Role::Admin, None);
        pending.status = UserStatus::Pending;
        assert!(!pending.may(Permission::Administer));
    }

    #[test]
    fn emails_are_lower_cased_and_checked_for_shape() {
        assert_eq!(
            normalize_email(" Ana@Ejemplo.ORG ").as_deref(),
            Some("ana@ejemplo.org")
        );
        assert_eq!(normalize_email("ana"), None);
        assert_eq!(normalize_email("ana@local"), None);
        assert_eq!(normalize_email("a b@c.org"), None);
    }
}
