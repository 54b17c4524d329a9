//! What anyone reads without an account: the directory's state, places, search, a service, the life lines; and
//! a problem report on a service.

use api_types::lifelines::LifeLinesDocument;
use api_types::manage::ProblemReason;
use api_types::{CountryInfo, Health, PlaceList, SearchResponse, ServiceDetail};
use uuid::Uuid;
use web_sys::AbortSignal;

use super::{ApiFailure, SearchQuery, get_json, send_unread};

/// `GET /api/v1/health`.
#[inline]
pub fn get_health() -> impl Future<Output = Result<Health, ApiFailure>> + use<> {
    get_json("/api/v1/health".to_owned(), None)
}

/// `GET /api/v1/places?q=…&limit=8`: the places matching what was typed; `signal` cuts the request (see
/// [`super::Latest`]).
#[inline]
pub fn list_places(
    query: &str,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<PlaceList, ApiFailure>> + use<> {
    let params = form_urlencoded::Serializer::new(String::new())
        .append_pair("q", query)
        .append_pair("limit", "8")
        .finish();
    get_json(format!("/api/v1/places?{params}"), signal)
}

/// `GET /api/v1/search?…`: services near the search's origin, names in `lang`; `signal` cuts the request.
#[inline]
pub fn search_services(
    query: &SearchQuery,
    lang: &str,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<SearchResponse, ApiFailure>> + use<> {
    get_json(format!("/api/v1/search?{}", query.to_query_string(lang)), signal)
}

/// `GET /api/v1/services/{id}?lang=…`: one service, texts in `lang`; `signal` cuts the request.
#[inline]
pub fn find_service(
    id: Uuid,
    lang: &str,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<ServiceDetail, ApiFailure>> + use<> {
    let params = form_urlencoded::Serializer::new(String::new())
        .append_pair("lang", lang)
        .finish();
    get_json(format!("/api/v1/services/{id}?{params}"), signal)
}

/// `POST /api/v1/services/{id}/reports`: "something is wrong here", with a reason and nothing about the person.
/// The answer's body is not read: only whether it came.
#[inline]
pub fn report_service(
    id: Uuid,
    reason: ProblemReason,
) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    // Written by hand: one field from a closed list, and the survivor's wasm carries no JSON serialiser for it.
    let body = format!("{{\"reason\":\"{}\"}}", reason.as_str());
    send_unread(format!("/api/v1/services/{id}/reports"), body)
}

/// `GET /api/v1/lifelines?lang=…`: every country's life lines, route texts in `lang` (`None`: the URL with no
/// query, as the staff screens ask). The service worker keeps the survivor app's last answer.
#[inline]
pub fn list_lifelines(
    lang: Option<&str>,
) -> impl Future<Output = Result<LifeLinesDocument, ApiFailure>> + use<> {
    let url = match lang {
        Some(lang) => {
            let params = form_urlencoded::Serializer::new(String::new())
                .append_pair("lang", lang)
                .finish();
            format!("/api/v1/lifelines?{params}")
        }
        None => "/api/v1/lifelines".to_owned(),
    };
    get_json(url, None)
}

/// `GET /api/v1/countries/{iso2}`: a country's life lines with every source page and the route in every
/// language; only the first two ASCII letters of `iso2` go in the path. `signal` cuts the request.
#[inline]
pub fn find_country(
    iso2: &str,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<CountryInfo, ApiFailure>> + use<> {
    let code: String = iso2.chars().filter(char::is_ascii_alphabetic).take(2).collect();
    get_json(format!("/api/v1/countries/{code}"), signal)
}
