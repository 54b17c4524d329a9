//! Referrals: the anonymous day counts kept of every referral, and a warm referral as stored until its purge.

use api_types::{
    ConsentScope, CountryCode, DeclineReason, LanguageCode, ReferralStatus, ServiceKind, Urgency,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::booking::Contact;

/// One day's count of referrals of one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCount {
    /// The day (UTC).
    pub day: NaiveDate,
    /// Kind of service.
    pub kind: ServiceKind,
    /// The caller's place's country when the operator named a place, else the service's country.
    pub country: CountryCode,
    /// First-level division (ISO 3166-2), empty when unknown.
    pub admin_area: String,
    /// The caller's language (primary subtag).
    pub language: String,
    /// Referrals of the group that day.
    pub count: u64,
}

/// A warm referral as stored: what the inbox sorts and filters on in the clear, the rest sealed.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmReferral {
    /// A UUIDv4 given when it is sent.
    pub id: Uuid,
    /// The service referred to.
    pub service_id: Uuid,
    /// Its organisation, which receives it.
    pub organization_id: Uuid,
    /// The account that sent it (it sees the status).
    pub sender_user_id: Uuid,
    /// The sender's organisation (NGO staff); `None` for operators and admins.
    pub sender_organization_id: Option<Uuid>,
    /// What the person agreed to.
    pub consent: Vec<ConsentScope>,
    /// The person's language.
    pub language: LanguageCode,
    /// What is needed.
    pub needs: Vec<ServiceKind>,
    pub urgency: Urgency,
    /// [`ReferralPrivate`], sealed with the booking key.
    pub private: Vec<u8>,
    /// Where it stands.
    pub status: ReferralStatus,
    /// Why it was declined.
    pub decline_reason: Option<DeclineReason>,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
    /// Last status change.
    pub updated_at: DateTime<Utc>,
    /// When everything about it goes: set when it is closed or declined.
    pub purge_after: Option<DateTime<Utc>>,
}

/// What is sealed in a warm referral.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralPrivate {
    /// A name to call the person by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// One safe way to reach them, only if they agreed to be contacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// The sender's short note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
