//! Warm referrals: an operator or an NGO's staff, with the person's consent, hands the minimum to act on to the
//! organisation that runs a service; that organisation answers in its inbox, and the sender sees the status —
//! never more.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::booking::{ContactInput, ContactView};
use crate::{ConsentScope, DeclineReason, LanguageCode, ReferralStatus, ServiceKind, Urgency};

/// The person's consent, as the sender recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentInput {
    /// The person said yes. Anything else is refused: nothing is sent without it.
    pub given: bool,
    /// What they agreed to: `share_details` always; `be_contacted` too when a contact is given.
    pub agreed_to: Vec<ConsentScope>,
}

/// `POST /api/v1/referrals/warm`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WarmReferralInput {
    /// The service the person is referred to; its organisation receives the referral.
    pub service_id: Uuid,
    pub consent: ConsentInput,
    /// A name to call the person by (not their legal name), at most 60 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// The language the person speaks.
    pub language: LanguageCode,
    /// One safe way to reach them, with safe-contact notes ("no voicemail", "only after 6 pm").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactInput>,
    /// What is needed: one or more kinds of service.
    pub needs: Vec<ServiceKind>,
    pub urgency: Urgency,
    /// A short note for the receiving organisation, at most 500 characters. No names, no addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A referral as its sender sees it: where it went and where it stands, never more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentReferral {
    pub id: Uuid,
    /// The service referred to.
    pub service_id: Uuid,
    /// Its name (never its address).
    pub service_name: String,
    /// Where it stands.
    pub status: ReferralStatus,
    /// Why it was declined, when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<DeclineReason>,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
    /// Last status change.
    pub updated_at: DateTime<Utc>,
}

/// `GET /api/v1/referrals/sent`: the signed-in account's referrals, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentReferrals {
    /// Newest first.
    pub referrals: Vec<SentReferral>,
    /// Everything about a referral is deleted this many days after it is closed or declined.
    pub delete_after_days: i64,
}

/// A referral as the receiving organisation sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceivedReferral {
    pub id: Uuid,
    /// The service it was sent to.
    pub service_id: Uuid,
    pub service_name: String,
    /// Who sent it: the sending organisation's name, or `hotline` for an operator.
    pub from: String,
    /// What the person agreed to.
    pub consent: Vec<ConsentScope>,
    /// The name the person asked to be called by (not their legal name), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// The person's language.
    pub language: LanguageCode,
    /// How to reach them, if they agreed to be contacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactView>,
    /// What is needed.
    pub needs: Vec<ServiceKind>,
    pub urgency: Urgency,
    /// The sender's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where it stands.
    pub status: ReferralStatus,
    /// Why it was declined, when it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<DeclineReason>,
    /// When it was received.
    pub created_at: DateTime<Utc>,
    /// Last status change.
    pub updated_at: DateTime<Utc>,
    /// When everything about it is deleted (set once it is closed or declined).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_after: Option<DateTime<Utc>>,
}

/// `GET /api/v1/organizations/{id}/referrals`: an organisation's inbox, open ones first (urgent first), then
/// the newest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralInbox {
    pub referrals: Vec<ReceivedReferral>,
    /// Everything about a referral is deleted this many days after it is closed or declined.
    pub delete_after_days: i64,
}

/// `POST /api/v1/referrals/{id}/status`: the receiving organisation moves a referral on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferralStatusInput {
    /// The new status: from `new`, `accepted` or `declined`; from `accepted`, `contacted` or `closed`; from
    /// `contacted` or `declined`, `closed`.
    pub status: ReferralStatus,
    /// Required with `declined`, refused otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<DeclineReason>,
}
