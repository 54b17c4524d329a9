//! Referrals: the message an operator reads or texts to a caller, a warm referral sent to the service with the
//! caller's consent, what the account sent, and the counts administrators see.

use api_types::referral::{SentReferral, SentReferrals, WarmReferralInput};
use api_types::{ReferralCounts, ReferralDimension, ReferralInput, ReferralMessage};

use super::{ApiFailure, get_json, json_body, send};

/// `POST /api/v1/referrals`: the referral message for a caller, in their language.
#[inline]
pub fn create_referral(
    input: &ReferralInput,
) -> impl Future<Output = Result<ReferralMessage, ApiFailure>> + use<> {
    send("POST", "/api/v1/referrals".to_owned(), json_body(input))
}

/// `POST /api/v1/referrals/warm`: sends the caller's details to the service (with their consent).
#[inline]
pub fn send_referral(
    input: &WarmReferralInput,
) -> impl Future<Output = Result<SentReferral, ApiFailure>> + use<> {
    send("POST", "/api/v1/referrals/warm".to_owned(), json_body(input))
}

/// `GET /api/v1/referrals/sent`: the referrals the signed-in account sent.
#[inline]
pub fn sent_referrals() -> impl Future<Output = Result<SentReferrals, ApiFailure>> + use<> {
    get_json("/api/v1/referrals/sent".to_owned(), None)
}

/// `GET /api/v1/referrals/counts?by=…`: referral counts grouped by `by`, in that order (groups under the
/// minimum never appear).
#[inline]
pub fn referral_counts(
    by: &[ReferralDimension],
) -> impl Future<Output = Result<ReferralCounts, ApiFailure>> + use<> {
    let by: Vec<&str> = by.iter().map(|d| d.as_str()).collect();
    get_json(format!("/api/v1/referrals/counts?by={}", by.join(",")), None)
}
