//! What is kept of a referral: a count, and nothing about who or what.

use api_types::{CountryCode, ServiceKind};
use chrono::NaiveDate;

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
    /// Referrals.
    pub count: u64,
}
