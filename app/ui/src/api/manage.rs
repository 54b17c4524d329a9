//! An organisation's editors: its listings (with their history), problem reports, counsellors, notifications,
//! the referrals it received, and imports.

use api_types::booking::{CounsellorInput, CounsellorProfile};
use api_types::manage::{AuditView, CapacityInput, RecordPage, ReportView, ServiceRecord};
use api_types::notification::{NotificationList, NotificationPreview, NotificationView};
use api_types::referral::{ReceivedReferral, ReferralInbox, ReferralStatusInput};
use serde::Serialize;
use uuid::Uuid;

use super::{ApiFailure, Tagged, get_json, get_tagged, json_body, send, send_tagged};

pub mod import;

/// `GET /api/v1/manage/services?per_page=…`: the first page of the organisation's listings, stale ones first.
#[inline]
pub fn list_services(per_page: usize) -> impl Future<Output = Result<RecordPage, ApiFailure>> + use<> {
    get_json(format!("/api/v1/manage/services?per_page={per_page}"), None)
}

/// `GET /api/v1/manage/services/{id}`: a listing with its entity tag.
#[inline]
pub fn read_service(id: Uuid) -> impl Future<Output = Result<Tagged<ServiceRecord>, ApiFailure>> + use<> {
    get_tagged(format!("/api/v1/manage/services/{id}"))
}

/// `POST /api/v1/manage/services`: a new listing. `input` is a `ServiceInput`, or the same shape with text
/// where a person types (the server then names the field that is wrong).
#[inline]
pub fn create_service<B: Serialize>(
    input: &B,
) -> impl Future<Output = Result<ServiceRecord, ApiFailure>> + use<B> {
    send("POST", "/api/v1/manage/services".to_owned(), json_body(input))
}

/// `PUT /api/v1/manage/services/{id}` with `If-Match: etag`: saves a listing read with [`read_service`]
/// (`input` as for [`create_service`]).
#[inline]
pub fn update_service<B: Serialize>(
    id: Uuid,
    input: &B,
    etag: Option<&str>,
) -> impl Future<Output = Result<Tagged<ServiceRecord>, ApiFailure>> + use<B> {
    let url = format!("/api/v1/manage/services/{id}");
    send_tagged("PUT", url, json_body(input), etag.map(str::to_owned))
}

/// `POST /api/v1/manage/services/{id}/capacity`: places free, in one tap.
#[inline]
pub fn set_capacity(
    id: Uuid,
    input: &CapacityInput,
) -> impl Future<Output = Result<ServiceRecord, ApiFailure>> + use<> {
    let url = format!("/api/v1/manage/services/{id}/capacity");
    send("POST", url, json_body(input))
}

/// `POST /api/v1/manage/services/{id}/verify`: "still correct".
#[inline]
pub fn verify_service(id: Uuid) -> impl Future<Output = Result<ServiceRecord, ApiFailure>> + use<> {
    let url = format!("/api/v1/manage/services/{id}/verify");
    send("POST", url, None)
}

/// `GET /api/v1/manage/services/{id}/audit`: who changed the listing, what and when.
#[inline]
pub fn service_audit(id: Uuid) -> impl Future<Output = Result<Vec<AuditView>, ApiFailure>> + use<> {
    get_json(format!("/api/v1/manage/services/{id}/audit"), None)
}

/// `GET /api/v1/manage/reports`: problem reports (the organisation's; every one for an administrator).
#[inline]
pub fn list_reports() -> impl Future<Output = Result<Vec<ReportView>, ApiFailure>> + use<> {
    get_json("/api/v1/manage/reports".to_owned(), None)
}

/// `POST /api/v1/manage/reports/{id}/resolve`.
#[inline]
pub fn resolve_report(id: Uuid) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    send("POST", format!("/api/v1/manage/reports/{id}/resolve"), None)
}

/// `GET /api/v1/manage/counsellors`: the organisation's counsellors.
#[inline]
pub fn list_counsellors() -> impl Future<Output = Result<Vec<CounsellorProfile>, ApiFailure>> + use<> {
    get_json("/api/v1/manage/counsellors".to_owned(), None)
}

/// `GET /api/v1/manage/counsellors/{id}`: a counsellor's profile with its entity tag.
#[inline]
pub fn read_counsellor(
    id: Uuid,
) -> impl Future<Output = Result<Tagged<CounsellorProfile>, ApiFailure>> + use<> {
    get_tagged(format!("/api/v1/manage/counsellors/{id}"))
}

/// `POST /api/v1/manage/counsellors`: a new counsellor.
#[inline]
pub fn create_counsellor(
    input: &CounsellorInput,
) -> impl Future<Output = Result<CounsellorProfile, ApiFailure>> + use<> {
    send("POST", "/api/v1/manage/counsellors".to_owned(), json_body(input))
}

/// `PUT /api/v1/manage/counsellors/{id}` with `If-Match: etag`: saves a profile read with [`read_counsellor`].
#[inline]
pub fn update_counsellor(
    id: Uuid,
    input: &CounsellorInput,
    etag: Option<&str>,
) -> impl Future<Output = Result<Tagged<CounsellorProfile>, ApiFailure>> + use<> {
    let url = format!("/api/v1/manage/counsellors/{id}");
    send_tagged("PUT", url, json_body(input), etag.map(str::to_owned))
}

/// `GET /api/v1/manage/notifications`: the channels and the latest notifications.
#[inline]
pub fn list_notifications() -> impl Future<Output = Result<NotificationList, ApiFailure>> + use<> {
    get_json("/api/v1/manage/notifications".to_owned(), None)
}

/// `GET /api/v1/manage/notifications/{id}/preview`: what the notification says.
#[inline]
pub fn preview_notification(
    id: Uuid,
) -> impl Future<Output = Result<NotificationPreview, ApiFailure>> + use<> {
    get_json(format!("/api/v1/manage/notifications/{id}/preview"), None)
}

/// `POST /api/v1/manage/notifications/{id}/retry` (administrators): a failed one again, due now.
#[inline]
pub fn retry_notification(id: Uuid) -> impl Future<Output = Result<NotificationView, ApiFailure>> + use<> {
    let url = format!("/api/v1/manage/notifications/{id}/retry");
    send("POST", url, None)
}

/// `GET /api/v1/manage/organizations/{id}/referrals`: the organisation's referral inbox.
#[inline]
pub fn referral_inbox(organization: Uuid) -> impl Future<Output = Result<ReferralInbox, ApiFailure>> + use<> {
    get_json(
        format!("/api/v1/manage/organizations/{organization}/referrals"),
        None,
    )
}

/// `POST /api/v1/manage/referrals/{id}/status`: moves a received referral on.
#[inline]
pub fn move_referral_on(
    id: Uuid,
    input: &ReferralStatusInput,
) -> impl Future<Output = Result<ReceivedReferral, ApiFailure>> + use<> {
    let url = format!("/api/v1/manage/referrals/{id}/status");
    send("POST", url, json_body(input))
}
