//! Account workflows, shared by the HTTP handlers and `ruta users add`: creating an account, an NGO's request to
//! join, signing in, and disabling or activating an account. Each validates whole, writes with its audit entries
//! in one transaction, and answers an [`AccountError`] that `http` turns into a status.

use api_types::AuditAction;
use api_types::manage::{DeclineInput, NewUserInput, RegistrationInput, RoleInput, UserView};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::auth::limit::Limits;
use crate::auth::{Role, User, UserStatus, normalize_email, password, session};
use crate::catalog::Catalog;
use crate::domain::{Actor, AuditEntry, Invalid, Organization};
use crate::storage::{Store, StoreError};

/// Why an account workflow did not happen.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// A field is wrong; nothing was written.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// An account already has this email (the field is named).
    #[error("{0} is already taken")]
    Taken(String),
    /// No account with that id.
    #[error("no such account")]
    NoSuchAccount,
    /// Wrong email or password, or a disabled account: one answer for all, so nothing is revealed.
    #[error("the email or the password is not right")]
    WrongCredentials,
    /// The account waits for an administrator's approval.
    #[error("account pending approval")]
    Pending,
    /// An administrator declined the account's organisation, for this reason.
    #[error("registration declined")]
    Declined(String),
    /// The change would leave no active administrator (the field named: `id` to disable, `role` to demote).
    #[error("the last active administrator")]
    LastAdmin(&'static str),
    /// Too many attempts; retry after this many seconds.
    #[error("too many attempts")]
    RateLimited(u64),
    /// Any store failure but a taken email, which is [`AccountError::Taken`].
    #[error(transparent)]
    Store(StoreError),
    /// Randomness or hashing failed.
    #[error("{0}")]
    Internal(String),
}

impl From<StoreError> for AccountError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(field) => AccountError::Taken(field),
            other => AccountError::Store(other),
        }
    }
}

/// The actor of a signed-in account.
pub fn actor(user: &User) -> Actor {
    Actor {
        user_id: Some(user.id),
        label: user.email.clone(),
    }
}

/// An account as its owner and admins see it (never its password hash).
pub fn view(user: &User) -> UserView {
    UserView {
        id: user.id,
        email: user.email.clone(),
        role: user.role,
        organization_id: user.organization_id,
        status: user.status.as_str().to_owned(),
        one_time_password: None,
    }
}

/// A password for a new account, for an administrator to hand over once: 128 random bits, URL-safe base64
/// (22 characters).
pub fn one_time_password() -> Result<String, AccountError> {
    session::new_token()
        .map(|t| t.chars().take(22).collect())
        .map_err(|e| AccountError::Internal(format!("password: {e}")))
}

fn snapshot(user: &User) -> serde_json::Value {
    serde_json::to_value(view(user)).unwrap_or_default()
}

fn checked_password(password: &str, email: &str) -> Result<String, AccountError> {
    password::check_policy(password, email).map_err(|e| Invalid::new("password", e.to_string()))?;
    password::hash(password).map_err(|e| AccountError::Internal(e.to_string()))
}

/// Whether `role` and `organization_id` go together: editors and counsellors belong to an existing organisation,
/// the others to none.
fn check_organization(
    catalog: &Catalog,
    role: Role,
    organization_id: Option<Uuid>,
) -> Result<(), AccountError> {
    match (role.needs_organization(), organization_id) {
        (true, None) => Err(Invalid::new(
            "organization_id",
            "editors and counsellors belong to an organisation",
        )
        .into()),
        (false, Some(_)) => Err(Invalid::new(
            "organization_id",
            "only editors and counsellors belong to an organisation",
        )
        .into()),
        (true, Some(org)) if catalog.read().organization(&org).is_none() => {
            Err(Invalid::new("organization_id", "no such organisation").into())
        }
        _ => Ok(()),
    }
}

/// Creates an active account (the admin endpoint and `ruta users add`).
pub async fn add_user(
    catalog: &Catalog,
    input: &NewUserInput,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<User, AccountError> {
    let email = normalize_email(&input.email).ok_or_else(|| Invalid::new("email", "not an email address"))?;
    let role: Role = input.role;
    check_organization(catalog, role, input.organization_id)?;
    let hash = checked_password(&input.password, &email)?;
    let user = User {
        id: Uuid::new_v4(),
        email,
        role,
        organization_id: input.organization_id,
        status: UserStatus::Active,
        created_at: now,
    };
    let audit = AuditEntry {
        organization_id: input.organization_id,
        after: Some(snapshot(&user)),
        ..actor.entry(now, AuditAction::Create, "user", user.id)
    };
    catalog
        .add_account(&user, &hash, None, std::slice::from_ref(&audit))
        .await?;
    Ok(user)
}

/// An NGO asks to join: its organisation and first editor are created pending, until an admin approves both.
pub async fn register(
    catalog: &Catalog,
    input: &RegistrationInput,
    now: DateTime<Utc>,
) -> Result<(Organization, User), AccountError> {
    let name = input.organization_name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(Invalid::new(
            "organization_name",
            "give the organisation's name (at most 200 characters)",
        )
        .into());
    }
    let email = normalize_email(&input.email).ok_or_else(|| Invalid::new("email", "not an email address"))?;
    password::check_policy(&input.password, &email).map_err(|e| Invalid::new("password", e.to_string()))?;
    let website = input.website.as_deref().map(str::trim).filter(|w| !w.is_empty());
    if let Some(w) = website
        && !(w.starts_with("https://") || w.starts_with("http://"))
    {
        return Err(Invalid::new("website", "a web address starting with https://").into());
    }
    let organization = Organization {
        id: Uuid::new_v4(),
        name: name.to_owned(),
        descriptions: Default::default(),
        website: website.map(str::to_owned),
        email: None,
        verified_at: None,
        demo: false,
    };
    let user = User {
        id: Uuid::new_v4(),
        email: email.clone(),
        role: Role::NgoEditor,
        organization_id: Some(organization.id),
        status: UserStatus::Pending,
        created_at: now,
    };
    let hash = password::hash(&input.password).map_err(|e| AccountError::Internal(e.to_string()))?;
    let registrant = Actor {
        user_id: None,
        label: email.clone(),
    };
    let audit = [
        AuditEntry {
            organization_id: Some(organization.id),
            after: Some(serde_json::json!({ "name": organization.name, "website": organization.website })),
            ..registrant.entry(now, AuditAction::Register, "organization", organization.id)
        },
        AuditEntry {
            organization_id: Some(organization.id),
            after: Some(serde_json::json!({ "email": email, "role": "ngo_editor", "status": "pending" })),
            ..actor(&user).entry(now, AuditAction::Create, "user", user.id)
        },
    ];
    catalog
        .add_account(&user, &hash, Some(&organization), &audit)
        .await?;
    Ok((organization, user))
}

/// Failed sign-ins from one address within the window before it is refused.
const ADDRESS_FAILURES: usize = 10;
/// Failed sign-ins for one account within the window before each attempt on it is slowed.
const ACCOUNT_FAILURES: usize = 5;

/// Checks an email and password and opens a session: the account and the session's token for the cookie. A
/// wrong email costs as much time as a wrong password, so the answer time does not tell which emails have
/// accounts.
///
/// Failures are counted per address and per account (`address` is the client's, as a limiter key). An address
/// with 10 recent failures is refused (`RateLimited`); an account with 5 is only slowed, one more second per
/// further failure up to 5 s, so someone who fails on purpose cannot keep its owner out: the right password from
/// an address without recent failures still signs in.
pub async fn sign_in(
    store: &dyn Store,
    limits: &Limits,
    address: &[u8],
    email: &str,
    given_password: &str,
    now: DateTime<Utc>,
) -> Result<(User, String), AccountError> {
    let failures = &limits.login_failures;
    let from_address: [&[u8]; 2] = [b"login-address", address];
    if failures.count(&from_address) >= ADDRESS_FAILURES {
        return Err(AccountError::RateLimited(60));
    }
    let Some(email) = normalize_email(email) else {
        password::verify(given_password, password::dummy_hash());
        failures.record(&from_address);
        return Err(AccountError::WrongCredentials);
    };
    let for_account: [&[u8]; 2] = [b"login-email", email.as_bytes()];
    let account_failures = failures.count(&for_account);
    if account_failures >= ACCOUNT_FAILURES {
        let extra = u64::try_from(account_failures - ACCOUNT_FAILURES + 1)
            .unwrap_or(5)
            .min(5);
        tokio::time::sleep(std::time::Duration::from_secs(extra)).await;
    }
    let fail = || {
        failures.record(&from_address);
        failures.record(&for_account);
        AccountError::WrongCredentials
    };
    let Some((user, hash)) = store.user_by_email(&email).await? else {
        password::verify(given_password, password::dummy_hash());
        return Err(fail());
    };
    if !password::verify(given_password, &hash) || user.status == UserStatus::Disabled {
        return Err(fail());
    }
    if user.status == UserStatus::Pending {
        // The password was right, so the applicant may read why their organisation was declined.
        if let Some(org) = user.organization_id
            && let Some(reason) = store.declined_reason(org).await?
        {
            return Err(AccountError::Declined(reason));
        }
        return Err(AccountError::Pending);
    }
    let token = session::new_token().map_err(|e| AccountError::Internal(format!("token: {e}")))?;
    store
        .insert_session(&session::token_hash(&token), user.id, now)
        .await?;
    Ok((user, token))
}

/// Activates or disables an account (disabling ends its sessions), audited. An admin cannot disable their own
/// account, and the last active administrator cannot be disabled (`LastAdmin("id")`).
pub async fn set_status(
    store: &dyn Store,
    admin: &User,
    id: Uuid,
    status: UserStatus,
    action: AuditAction,
    now: DateTime<Utc>,
) -> Result<User, AccountError> {
    let before = store.user_by_id(id).await?.ok_or(AccountError::NoSuchAccount)?;
    if before.id == admin.id && status != UserStatus::Active {
        return Err(Invalid::new("id", "an admin cannot disable their own account").into());
    }
    let mut after = before.clone();
    after.status = status;
    write_change(store, admin, &before, &after, action, "id", now).await?;
    Ok(after)
}

/// Gives an account another role (and the organisation that role needs), audited. The last active
/// administrator keeps their role (`LastAdmin("role")`).
pub async fn change_role(
    catalog: &Catalog,
    store: &dyn Store,
    admin: &User,
    id: Uuid,
    input: &RoleInput,
    now: DateTime<Utc>,
) -> Result<User, AccountError> {
    let before = store.user_by_id(id).await?.ok_or(AccountError::NoSuchAccount)?;
    check_organization(catalog, input.role, input.organization_id)?;
    let mut after = before.clone();
    after.role = input.role;
    after.organization_id = input.organization_id;
    write_change(
        store,
        admin,
        &before,
        &after,
        AuditAction::ChangeRole,
        "role",
        now,
    )
    .await?;
    Ok(after)
}

async fn write_change(
    store: &dyn Store,
    admin: &User,
    before: &User,
    after: &User,
    action: AuditAction,
    field: &'static str,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    let audit = AuditEntry {
        organization_id: after.organization_id.or(before.organization_id),
        before: Some(snapshot(before)),
        after: Some(snapshot(after)),
        ..actor(admin).entry(now, action, "user", after.id)
    };
    if store.update_user(after, now, &audit).await? {
        Ok(())
    } else {
        Err(AccountError::LastAdmin(field))
    }
}

/// Ends every session of an account (a lost or stolen phone), audited; how many were live.
pub async fn revoke_sessions(
    store: &dyn Store,
    admin: &User,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64, AccountError> {
    let user = store.user_by_id(id).await?.ok_or(AccountError::NoSuchAccount)?;
    let audit = AuditEntry {
        organization_id: user.organization_id,
        after: Some(serde_json::json!({ "email": user.email, "sessions": "revoked" })),
        ..actor(admin).entry(now, AuditAction::RevokeSessions, "user", id)
    };
    Ok(store.revoke_user_sessions(id, now, &audit).await?)
}

/// The longest reason a decline may give, in characters.
pub const DECLINE_REASON_MAX: usize = 500;

/// Declines an organisation that waits for approval, with a reason its applicant reads when they try to sign
/// in; audited. `Ok(false)` when no organisation with that id waits.
pub async fn decline(
    store: &dyn Store,
    admin: &User,
    id: Uuid,
    input: &DeclineInput,
    now: DateTime<Utc>,
) -> Result<bool, AccountError> {
    let reason = input.reason.trim();
    if reason.is_empty() || reason.chars().count() > DECLINE_REASON_MAX {
        return Err(Invalid::new("reason", "say why, in 1 to 500 characters").into());
    }
    let audit = AuditEntry {
        organization_id: Some(id),
        before: Some(serde_json::json!({ "approved": false })),
        after: Some(serde_json::json!({ "approved": false, "declined": reason })),
        ..actor(admin).entry(now, AuditAction::Decline, "organization", id)
    };
    Ok(store.decline_organization(id, reason, now, &audit).await?)
}
