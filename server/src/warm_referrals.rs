//! Warm referrals: with the person's consent, an operator or an NGO's staff hands the minimum to act on to the
//! organisation that runs a service (the Guide's referral and counter-referral). That organisation's editors
//! see it in their inbox and move it on — accepted, declined for a reason from a fixed list, contacted, closed —
//! and the sender sees the status, never more.
//!
//! What is kept: language, needs and urgency in the clear; alias, contact and note sealed with the booking key.
//! Everything goes `purge_days` after it is closed or declined; the anonymous day count stays. Each change is
//! audited with the statuses only. Editors of the receiving organisation are told through the outbox, with no
//! personal data in the message.

use std::collections::BTreeMap;
use std::sync::Arc;

use api_types::referral::{ReceivedReferral, ReferralStatusInput, SentReferral, WarmReferralInput};
use api_types::{AuditAction, ConsentScope, ReferralStatus, ServiceKind};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::auth::User;
use crate::booking::service::{check_alias, check_contact};
use crate::domain::notification::{Notification, NotificationKind};
use crate::domain::referral::{DayCount, ReferralPrivate, WarmReferral};
use crate::domain::{AuditEntry, Invalid};
use crate::notify::compose::{Addressed, Composer};
use crate::storage::referrals::StatusChange;
use crate::storage::{Store, StoreError};
use crate::vault::Vault;

/// The longest note, in characters once trimmed.
const MAX_NOTE: usize = 500;

/// Why a referral workflow did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ReferralError {
    /// A field is wrong; nothing was written.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No such referral (or gone with the purge).
    #[error("no such referral")]
    NotFound,
    /// Someone moved it on meanwhile.
    #[error("changed meanwhile")]
    Changed,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Sealing or randomness failed.
    #[error("{0}")]
    Internal(String),
}

/// How warm referrals are kept.
#[derive(Debug)]
pub struct ReferralSettings {
    /// Seals alias, contact and note (the booking key).
    pub vault: Vault,
    /// Days after a referral is closed or declined when everything about it is deleted.
    pub purge_days: i64,
}

/// Warm referrals and the settings they are kept with.
#[derive(Debug, Clone)]
pub struct WarmReferrals {
    /// Where they are stored.
    pub store: Arc<dyn Store>,
    /// Key and purge delay.
    pub settings: Arc<ReferralSettings>,
}

/// Where a referral goes, as the directory knows it.
#[derive(Debug, Clone)]
pub struct Destination {
    pub service_id: Uuid,
    /// The service's organisation, whose editors receive the referral.
    pub organization_id: Uuid,
    /// What is counted: the day, the first need, the country and division, the language.
    pub count: DayCount,
    /// The language its editors are written to in.
    pub staff_language: String,
}

/// Checks the consent: a yes, sharing the details, and being contacted when a contact is given.
fn check_consent(input: &WarmReferralInput) -> Result<Vec<ConsentScope>, Invalid> {
    if !input.consent.given {
        return Err(Invalid::new(
            "consent.given",
            "the person must agree before anything is sent",
        ));
    }
    let mut agreed: Vec<ConsentScope> = Vec::new();
    for scope in &input.consent.agreed_to {
        if !agreed.contains(scope) {
            agreed.push(*scope);
        }
    }
    if !agreed.contains(&ConsentScope::ShareDetails) {
        return Err(Invalid::new(
            "consent.agreed_to",
            "must include share_details: the receiving organisation learns what the referral holds",
        ));
    }
    if input.contact.is_some() && !agreed.contains(&ConsentScope::BeContacted) {
        return Err(Invalid::new(
            "consent.agreed_to",
            "must include be_contacted when a contact is given",
        ));
    }
    agreed.sort();
    Ok(agreed)
}

fn check_needs(needs: &[ServiceKind]) -> Result<Vec<ServiceKind>, Invalid> {
    let mut out: Vec<ServiceKind> = Vec::new();
    for need in needs {
        if !out.contains(need) {
            out.push(*need);
        }
    }
    if out.is_empty() {
        return Err(Invalid::new("needs", "name at least one kind of help"));
    }
    Ok(out)
}

fn check_note(note: Option<&str>) -> Result<Option<String>, Invalid> {
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > MAX_NOTE) {
        return Err(Invalid::new("note", format!("at most {MAX_NOTE} characters")));
    }
    Ok(note.map(str::to_owned))
}

impl WarmReferrals {
    fn seal<T: serde::Serialize>(&self, value: &T) -> Result<Vec<u8>, ReferralError> {
        let plain = serde_json::to_vec(value).map_err(|e| ReferralError::Internal(format!("json: {e}")))?;
        self.settings
            .vault
            .seal(&plain)
            .map_err(|e| ReferralError::Internal(e.to_string()))
    }

    fn open(&self, referral: &WarmReferral) -> Result<ReferralPrivate, ReferralError> {
        let plain = self
            .settings
            .vault
            .open_sealed(&referral.private)
            .map_err(|e| ReferralError::Internal(e.to_string()))?;
        serde_json::from_slice(&plain).map_err(|e| ReferralError::Internal(format!("sealed referral: {e}")))
    }

    /// A notification to each active editor of `organization` (by e-mail; held when no mail server is set).
    async fn tell_editors(
        &self,
        organization: Uuid,
        kind: NotificationKind,
        event: &str,
        language: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Notification>, ReferralError> {
        let editors: Vec<User> = self
            .store
            .users()
            .await?
            .into_iter()
            .filter(|u| crate::listing_check::is_editor_of(u, organization))
            .collect();
        let compose = Composer {
            vault: &self.settings.vault,
            now,
        };
        let to = Addressed {
            kind,
            event,
            organization: Some(organization),
            language,
        };
        editors
            .iter()
            .map(|editor| {
                compose
                    .to_staff(editor, to, BTreeMap::new())
                    .map_err(|e| ReferralError::Internal(e.to_string()))
            })
            .collect()
    }

    /// Sends a referral from `sender` to `to`: checked, sealed, counted, and its receiving editors told — all in
    /// one transaction.
    pub async fn send(
        &self,
        sender: &User,
        input: &WarmReferralInput,
        to: &Destination,
        now: DateTime<Utc>,
    ) -> Result<WarmReferral, ReferralError> {
        let consent = check_consent(input)?;
        let needs = check_needs(&input.needs)?;
        let private = ReferralPrivate {
            alias: check_alias(input.alias.as_deref())?,
            contact: input.contact.as_ref().map(check_contact).transpose()?,
            note: check_note(input.note.as_deref())?,
        };
        let referral = WarmReferral {
            id: Uuid::new_v4(),
            service_id: to.service_id,
            organization_id: to.organization_id,
            sender_user_id: sender.id,
            sender_organization_id: sender.organization_id,
            consent,
            language: input.language.clone(),
            needs,
            urgency: input.urgency,
            private: self.seal(&private)?,
            status: ReferralStatus::New,
            decline_reason: None,
            created_at: now,
            updated_at: now,
            purge_after: None,
        };
        let notifications = self
            .tell_editors(
                to.organization_id,
                NotificationKind::ReferralNew,
                &format!("referral_new:{}", referral.id),
                &to.staff_language,
                now,
            )
            .await?;
        self.store
            .create_warm_referral(&referral, &to.count, &notifications)
            .await?;
        Ok(referral)
    }

    /// Moves a referral on, as `by` (allowed by the caller to answer for its organisation).
    pub async fn move_on(
        &self,
        referral: &WarmReferral,
        input: &ReferralStatusInput,
        by: &crate::domain::Actor,
        now: DateTime<Utc>,
    ) -> Result<WarmReferral, ReferralError> {
        if !referral.status.may_become(input.status) {
            return Err(Invalid::new(
                "status",
                format!(
                    "a {} referral cannot become {}",
                    referral.status.as_str(),
                    input.status.as_str()
                ),
            )
            .into());
        }
        match (input.status, input.reason) {
            (ReferralStatus::Declined, None) => {
                return Err(Invalid::new("reason", "say why it is declined").into());
            }
            (status, Some(_)) if status != ReferralStatus::Declined => {
                return Err(Invalid::new("reason", "only a declined referral has a reason").into());
            }
            _ => {}
        }
        let purge_after = input
            .status
            .is_closed()
            .then(|| now + Duration::days(self.settings.purge_days));
        let audit = AuditEntry {
            organization_id: Some(referral.organization_id),
            before: Some(serde_json::json!({ "status": referral.status })),
            after: Some(serde_json::json!({ "status": input.status, "reason": input.reason })),
            ..by.entry(now, AuditAction::ReferralStatus, "referral", referral.id)
        };
        let change = StatusChange {
            id: referral.id,
            from: referral.status,
            to: input.status,
            reason: input.reason,
            at: now,
            purge_after,
            audit: &audit,
            notifications: &[],
        };
        if !self.store.set_referral_status(&change).await? {
            return Err(ReferralError::Changed);
        }
        Ok(WarmReferral {
            status: input.status,
            decline_reason: input.reason,
            updated_at: now,
            purge_after,
            ..referral.clone()
        })
    }

    /// A referral by id; [`ReferralError::NotFound`] when there is none, or it was purged.
    pub async fn get(&self, id: Uuid) -> Result<WarmReferral, ReferralError> {
        self.store.warm_referral(id).await?.ok_or(ReferralError::NotFound)
    }

    /// As its sender sees it: the service's name and the status.
    pub fn sent_view(referral: &WarmReferral, service_name: String) -> SentReferral {
        SentReferral {
            id: referral.id,
            service_id: referral.service_id,
            service_name,
            status: referral.status,
            decline_reason: referral.decline_reason,
            created_at: referral.created_at,
            updated_at: referral.updated_at,
        }
    }

    /// As the receiving organisation sees it: opened, with the contact only if the person agreed to it.
    pub fn received_view(
        &self,
        referral: &WarmReferral,
        service_name: String,
        from: String,
    ) -> Result<ReceivedReferral, ReferralError> {
        let private = self.open(referral)?;
        let contact = private
            .contact
            .filter(|_| referral.consent.contains(&ConsentScope::BeContacted))
            .map(Into::into);
        Ok(ReceivedReferral {
            id: referral.id,
            service_id: referral.service_id,
            service_name,
            from,
            consent: referral.consent.clone(),
            alias: private.alias,
            language: referral.language.clone(),
            contact,
            needs: referral.needs.clone(),
            urgency: referral.urgency,
            note: private.note,
            status: referral.status,
            decline_reason: referral.decline_reason,
            created_at: referral.created_at,
            updated_at: referral.updated_at,
            delete_after: referral.purge_after,
        })
    }
}
