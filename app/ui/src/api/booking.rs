//! Remote sessions with a counsellor: the counsellors and their free times, and the person's appointment, held
//! with its reference (in the path) and its secret (in a header, never the URL, so no log or history holds it).

use api_types::CountryCode;
use api_types::booking::{BookingChange, BookingInput, BookingView, CounsellorView, SlotList};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{ApiFailure, download, get_json, json_body, request};

/// The header that carries a booking's secret.
const SECRET_HEADER: &str = "X-Booking-Secret";

/// What the list of counsellors is asked for. Empty texts filter nothing; `lang` and `country` never filter:
/// they only put the counsellors who speak the person's language, or work in their country, first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CounsellorFilter {
    /// A language the counsellor speaks (ISO 639 code).
    pub language: String,
    /// The counsellor's gender (`Gender`'s API name).
    pub gender: String,
    /// Experience with (a speciality's API name).
    pub speciality: String,
    /// How the session is held (`Modality`'s API name).
    pub modality: String,
    /// Only this organisation's counsellors.
    pub organization: Option<Uuid>,
    /// The person's language (primary subtag).
    pub lang: String,
    /// The person's country: counsellors who work there come first (it never filters).
    pub country: Option<CountryCode>,
}

impl CounsellorFilter {
    /// The query string, parameters in a fixed order.
    fn to_query_string(&self) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        let organization = self.organization.map(|o| o.to_string());
        for (key, value) in [
            ("language", self.language.as_str()),
            ("gender", self.gender.as_str()),
            ("speciality", self.speciality.as_str()),
            ("modality", self.modality.as_str()),
            ("organization", organization.as_deref().unwrap_or_default()),
        ] {
            if !value.is_empty() {
                params.append_pair(key, value);
            }
        }
        params.append_pair("lang", &self.lang);
        if let Some(country) = self.country {
            params.append_pair("country", country.as_str());
        }
        params.finish()
    }
}

/// `GET /api/v1/counsellors?…`: counsellors who take remote sessions, as `filter` asks (`None`: every one,
/// `/api/v1/counsellors` with no query).
#[inline]
pub fn list_counsellors(
    filter: Option<&CounsellorFilter>,
) -> impl Future<Output = Result<Vec<CounsellorView>, ApiFailure>> + use<> {
    let url = match filter {
        Some(filter) => format!("/api/v1/counsellors?{}", filter.to_query_string()),
        None => "/api/v1/counsellors".to_owned(),
    };
    get_json(url, None)
}

/// `GET /api/v1/counsellors/{id}/slots?from=…&tz=…`: a page of the counsellor's free times, from `from` (the
/// previous page's end; `None`: from now, as the server's clock says), days cut in `time_zone` (an IANA name).
#[inline]
pub fn counsellor_slots(
    counsellor: Uuid,
    from: Option<DateTime<Utc>>,
    time_zone: Option<&str>,
) -> impl Future<Output = Result<SlotList, ApiFailure>> + use<> {
    get_json(slots_url(counsellor, from, time_zone), None)
}

fn slots_url(counsellor: Uuid, from: Option<DateTime<Utc>>, time_zone: Option<&str>) -> String {
    let mut params = form_urlencoded::Serializer::new(String::new());
    if let Some(start) = from {
        params.append_pair("from", &start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    }
    let query = params.finish();
    let mut url = format!("/api/v1/counsellors/{counsellor}/slots?{query}");
    if let Some(zone) = time_zone {
        let zone: String = form_urlencoded::byte_serialize(zone.as_bytes()).collect();
        if !query.is_empty() {
            url.push('&');
        }
        url.push_str("tz=");
        url.push_str(&zone);
    }
    url
}

/// `POST /api/v1/appointments` with `Idempotency-Key`: books a session; the same key again (a retry of the same
/// form) gives the same booking, never a second one.
#[inline]
pub fn create_appointment(
    input: &BookingInput,
    idempotency_key: &str,
) -> impl Future<Output = Result<BookingView, ApiFailure>> + use<> {
    request(
        "POST",
        "/api/v1/appointments".to_owned(),
        json_body(input),
        ("Idempotency-Key", idempotency_key.to_owned()),
    )
}

/// `GET /api/v1/appointments/{reference}`, the secret in its header.
#[inline]
pub fn read_appointment(
    reference: &str,
    secret: &str,
) -> impl Future<Output = Result<BookingView, ApiFailure>> + use<> {
    request(
        "GET",
        appointment_url(reference),
        None,
        (SECRET_HEADER, secret.to_owned()),
    )
}

/// `PATCH /api/v1/appointments/{reference}`, the secret in its header: cancels or moves the booking.
#[inline]
pub fn change_appointment(
    reference: &str,
    secret: &str,
    change: &BookingChange,
) -> impl Future<Output = Result<BookingView, ApiFailure>> + use<> {
    request(
        "PATCH",
        appointment_url(reference),
        json_body(change),
        (SECRET_HEADER, secret.to_owned()),
    )
}

/// `GET /api/v1/appointments/{reference}/calendar.ics`, the secret in its header: the calendar file, handed to
/// the browser as a download named `file_name`.
#[inline]
pub fn download_calendar(
    reference: &str,
    secret: &str,
    file_name: &str,
) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    let url = format!("{}/calendar.ics", appointment_url(reference));
    download(url, (SECRET_HEADER, secret.to_owned()), file_name.to_owned())
}

/// A booking's path, the reference escaped (it is typed by the person).
fn appointment_url(reference: &str) -> String {
    let reference: String = form_urlencoded::byte_serialize(reference.as_bytes()).collect();
    format!("/api/v1/appointments/{reference}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_is_escaped_in_the_path() {
        assert_eq!(appointment_url("R-7K3Q-9MXD"), "/api/v1/appointments/R-7K3Q-9MXD");
        assert_eq!(appointment_url("a/b"), "/api/v1/appointments/a%2Fb");
    }

    #[test]
    fn slots_are_asked_from_a_time_in_a_zone() {
        let id = Uuid::nil();
        assert_eq!(
            slots_url(id, None, None),
            format!("/api/v1/counsellors/{id}/slots?")
        );
        assert_eq!(
            slots_url(id, None, Some("America/Tegucigalpa")),
            format!("/api/v1/counsellors/{id}/slots?tz=America%2FTegucigalpa")
        );
        let from = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        assert_eq!(
            slots_url(id, Some(from), Some("America/Tegucigalpa")),
            format!("/api/v1/counsellors/{id}/slots?from=2027-01-15T08%3A00%3A00Z&tz=America%2FTegucigalpa")
        );
    }

    #[test]
    fn the_counsellor_list_sends_only_the_filters_chosen() {
        let filter = CounsellorFilter {
            modality: "video".into(),
            lang: "es".into(),
            ..CounsellorFilter::default()
        };
        assert_eq!(filter.to_query_string(), "modality=video&lang=es");
    }
}
