//! The one typed client of the API: one function per endpoint the app calls, each named after what it does and
//! documented with its method and path. Every URL is relative: the app talks only to its own origin.
//!
//! Where each area's endpoints live, as the server's URL tree has them (under `/api/v1`):
//! - [`public`]: what anyone reads without an account: `health`, `places`, `search`, `services/{id}` (and
//!   its problem reports), `lifelines`, `countries/{iso2}`.
//! - [`booking`]: remote sessions: `counsellors` and their `slots`, `appointments` (held with the booking's
//!   secret in a header, never the URL).
//! - [`auth`]: staff sign-in: `auth/login`, `auth/logout`, `auth/me`.
//! - [`manage`]: an organisation's editors: `manage/services`, `manage/reports`, `manage/counsellors`,
//!   `manage/notifications`, `manage/import`, the referral inbox (`manage/organizations/{id}/referrals`,
//!   `manage/referrals/{id}/status`).
//! - [`admin`]: administrators: `admin/organizations`, `admin/users`, `admin/audit`, `admin/lifelines`.
//! - [`counsellor`]: a counsellor's own `counsellor/appointments`, `counsellor/profile`,
//!   `counsellor/availability`.
//! - [`operator`]: the hotline console: `operator/search`, `operator/languages`.
//! - [`referrals`]: `referrals` (a referral message), `referrals/warm`, `referrals/sent`, `referrals/counts`.
//! - [`coverage`]: `coverage` (the report, or its CSV).
//!
//! An endpoint's function builds the request (URL, body, headers) when it is called and returns the future that
//! sends it: `.await` it, or, for the ones taking an `AbortSignal`, hand it to a [`Latest`], which cuts it when a
//! newer one starts. The functions are `#[inline]` and not `async fn`s, and the work is done by the private
//! generic helpers below, so this crate compiles none of them: each bundle compiles only the endpoints it calls.
//! (Compiled here, as `async fn`s are, the staff endpoints changed how the survivor's wasm was optimised and
//! made it about 3 KB bigger without being in it.)
//!
//! The requests themselves are the same for every endpoint: the browser parses the JSON and serde reads the JS
//! values, so there is no JSON parser in the wasm. Query strings avoid float formatting in the wasm
//! (coordinates go through [`crate::format::coordinate_param`]); text is escaped with `form_urlencoded`.

use api_types::{ErrorBody, ErrorCode};
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

pub mod admin;
pub mod auth;
pub mod booking;
pub mod counsellor;
pub mod coverage;
pub mod manage;
pub mod operator;
pub mod public;
pub mod referrals;
mod search;

pub use search::{DeliveryFilter, Filters, SearchOrigin, SearchQuery};

/// Why a request gave no answer to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The API answered with an error; `code` picks the translated `error-<code>` message.
    Api {
        /// The API's machine code; [`ErrorCode::Unknown`] for one this build does not know.
        code: ErrorCode,
        /// The parameter at fault, when there is one.
        field: Option<String>,
    },
    /// No answer: offline, timed out, or the request was cut.
    Network,
    /// `registration_declined`: an administrator declined the organisation, for this reason (their words).
    Declined(String),
}

impl ApiFailure {
    /// An API error with no field: what a body that cannot be read becomes (`internal`).
    pub fn code(code: ErrorCode) -> Self {
        ApiFailure::Api { code, field: None }
    }

    /// Worth a "try again" button: the network, or a failure on the server's side.
    pub fn is_retryable(&self) -> bool {
        match self {
            ApiFailure::Network => true,
            ApiFailure::Declined(_) => false,
            ApiFailure::Api { code, .. } => *code == ErrorCode::Internal,
        }
    }
}

// The helpers below take what they send by value (the URL, the body, a header's value), so an endpoint's
// function builds those when it is called and returns the helper's future as it is (see the module's doc).

/// `GET url` and decode JSON; an API error body becomes [`ApiFailure::Api`]; `signal` cuts the request.
async fn get_json<T: DeserializeOwned>(url: String, signal: Option<AbortSignal>) -> Result<T, ApiFailure> {
    let value = get_value(&url, signal.as_ref()).await?;
    serde_wasm_bindgen::from_value::<T>(value).map_err(|_| ApiFailure::code(ErrorCode::Internal))
}

/// The request itself, the same for every answer type (so the wasm holds it once): the browser parses the JSON
/// (`Response.json()`) and serde later reads the JS values, so there is no JSON parser and no float parsing in
/// the wasm.
async fn get_value(url: &str, signal: Option<&AbortSignal>) -> Result<JsValue, ApiFailure> {
    let response = Request::get(url)
        .header("Accept", "application/json")
        .abort_signal(signal)
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    read_answer(response).await
}

/// `POST`/`PUT` with a JSON body (already serialised); answers as [`get_value`].
async fn send_value(method: &str, url: &str, body: Option<String>) -> Result<JsValue, ApiFailure> {
    request_value(method, url, body, &[]).await
}

/// Serialises a body as JSON (plain objects, not JS `Map`s).
fn json_body<T: serde::Serialize>(value: &T) -> Option<String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&js).ok().and_then(|s| s.as_string())
}

/// `POST`/`PUT` and decode the answer (`()` for none).
async fn send<T: DeserializeOwned>(
    method: &'static str,
    url: String,
    body: Option<String>,
) -> Result<T, ApiFailure> {
    decode(send_value(method, &url, body).await?)
}

/// `POST` whose answer is not read: only whether it came.
async fn send_unread(url: String, body: String) -> Result<(), ApiFailure> {
    send_value("POST", &url, Some(body)).await.map(|_| ())
}

/// Any method, with extra headers (a booking's secret, an idempotency key); answers as [`get_value`].
async fn request_value(
    method: &str,
    url: &str,
    body: Option<String>,
    headers: &[(&str, &str)],
) -> Result<JsValue, ApiFailure> {
    exchange(method, url, body, headers).await.map(|(value, _)| value)
}

/// [`request_value`] with one extra header, the answer decoded.
async fn request<T: DeserializeOwned>(
    method: &'static str,
    url: String,
    body: Option<String>,
    (name, value): (&'static str, String),
) -> Result<T, ApiFailure> {
    decode(request_value(method, &url, body, &[(name, &value)]).await?)
}

/// A record with the entity tag it was read or saved with (the `ETag` header as sent, quotes included): a change
/// of the record sends it back in `If-Match`, so a change someone else saved meanwhile is never overwritten
/// (the answer is then `precondition_failed`).
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged<T> {
    pub value: T,
    /// Its entity tag, when the answer had one.
    pub etag: Option<String>,
}

/// `GET url` with the answer's entity tag.
async fn get_tagged<T: DeserializeOwned>(url: String) -> Result<Tagged<T>, ApiFailure> {
    let (value, etag) = exchange("GET", &url, None, &[]).await?;
    decode(value).map(|value| Tagged { value, etag })
}

/// A change of a record read with [`get_tagged`]: `If-Match` carries its tag (when there is one); the answer
/// comes with the record's new tag.
async fn send_tagged<T: DeserializeOwned>(
    method: &'static str,
    url: String,
    body: Option<String>,
    etag: Option<String>,
) -> Result<Tagged<T>, ApiFailure> {
    let if_match: Vec<(&str, &str)> = etag.as_deref().map(|tag| ("If-Match", tag)).into_iter().collect();
    let (value, etag) = exchange(method, &url, body, &if_match).await?;
    decode(value).map(|value| Tagged { value, etag })
}

/// An answer's JSON read into `T` (`()` for none).
fn decode<T: DeserializeOwned>(value: JsValue) -> Result<T, ApiFailure> {
    let value = if value.is_null() {
        JsValue::UNDEFINED
    } else {
        value
    };
    serde_wasm_bindgen::from_value(value).map_err(|_| ApiFailure::code(ErrorCode::Internal))
}

/// The request itself, for every method: the answer's JSON (or its API error) and its `ETag` header.
async fn exchange(
    method: &str,
    url: &str,
    body: Option<String>,
    headers: &[(&str, &str)],
) -> Result<(JsValue, Option<String>), ApiFailure> {
    let mut builder = match method {
        "GET" => Request::get(url),
        "PUT" => Request::put(url),
        "PATCH" => Request::patch(url),
        "DELETE" => Request::delete(url),
        _ => Request::post(url),
    }
    .header("Accept", "application/json");
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let response = match body {
        Some(body) => {
            builder
                .header("Content-Type", "application/json")
                .body(body)
                .map_err(|_| ApiFailure::code(ErrorCode::Internal))?
                .send()
                .await
        }
        None => builder.send().await,
    }
    .map_err(|_| ApiFailure::Network)?;
    let etag = response.headers().get("ETag");
    read_answer(response).await.map(|value| (value, etag))
}

/// Fetches `url` (same origin, with the header `name: value`) and hands the answer to the browser as a file
/// download named `filename`: nothing goes through a third party and the page does not change.
async fn download(
    url: String,
    (name, value): (&'static str, String),
    filename: String,
) -> Result<(), ApiFailure> {
    let builder = Request::get(&url).header(name, &value);
    let response = builder.send().await.map_err(|_| ApiFailure::Network)?;
    if !response.ok() {
        return read_answer(response).await.map(|_| ());
    }
    let raw: web_sys::Response = response.into();
    let blob = match raw.blob() {
        Ok(promise) => JsFuture::from(promise).await.map_err(|_| ApiFailure::Network)?,
        Err(_) => return Err(ApiFailure::code(ErrorCode::Internal)),
    };
    use wasm_bindgen::JsCast as _;
    let blob: web_sys::Blob = blob
        .dyn_into()
        .map_err(|_| ApiFailure::code(ErrorCode::Internal))?;
    let href = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| ApiFailure::code(ErrorCode::Internal))?;
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&href);
        link.set_download(&filename);
        link.click();
    }
    // Revoked a little later: the browser reads the blob after the click returns.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&href);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// [`download`] of a report as a CSV file: `url` asked for with `Accept: text/csv`, saved as `file_name`.
#[inline]
fn download_csv(url: String, file_name: &str) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    download(url, ("Accept", "text/csv".to_owned()), file_name.to_owned())
}

/// An answer's JSON, or its API error.
async fn read_answer(response: gloo_net::http::Response) -> Result<JsValue, ApiFailure> {
    let (status, ok) = (response.status(), response.ok());
    if status == 204 {
        return Ok(JsValue::NULL);
    }
    let raw: web_sys::Response = response.into();
    let body = match raw.json() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    if ok {
        return body.ok_or_else(|| ApiFailure::code(ErrorCode::Internal));
    }
    match body.and_then(|value| serde_wasm_bindgen::from_value::<ErrorBody>(value).ok()) {
        Some(body) if body.error.code == ErrorCode::RegistrationDeclined => {
            Err(ApiFailure::Declined(body.error.reason.unwrap_or_default()))
        }
        Some(body) => Err(ApiFailure::Api {
            code: body.error.code,
            field: body.error.field,
        }),
        // Not our JSON: a proxy's page, or a gateway timing out.
        None if status == 404 => Err(ApiFailure::code(ErrorCode::NotFound)),
        None if (502..=504).contains(&status) => Err(ApiFailure::Network),
        None => Err(ApiFailure::code(ErrorCode::Internal)),
    }
}

/// Keeps only the newest of a series of requests (typing a town, changing filters): starting one aborts the
/// one in flight, and an answer that arrives after a newer request started is dropped, never shown.
#[derive(Debug, Clone, Copy)]
pub struct Latest {
    generation: StoredValue<u64>,
    controller: StoredValue<Option<AbortController>, LocalStorage>,
}

impl Latest {
    /// A new series, owned by the current component.
    #[expect(
        clippy::new_without_default,
        reason = "a series belongs to the component that creates it, which `new` says and `default` would not"
    )]
    pub fn new() -> Self {
        Self {
            generation: StoredValue::new(0),
            controller: StoredValue::new_local(None),
        }
    }

    /// Makes the request `ask` builds with the signal that cuts it when a newer one starts (one of this module's
    /// functions that take a signal, e.g. `|signal| public::list_places(&typed, signal)`), and hands the result
    /// to `done`, unless a newer request has started by then.
    pub fn run<T, R, F>(&self, ask: impl FnOnce(Option<AbortSignal>) -> R, done: F)
    where
        R: Future<Output = Result<T, ApiFailure>> + 'static,
        F: FnOnce(Result<T, ApiFailure>) + 'static,
    {
        let generation = self.cancel();
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        self.controller.try_set_value(controller);
        let current = self.generation;
        let answer = ask(signal);
        spawn_local(async move {
            let result = answer.await;
            if current.try_get_value() == Some(generation) {
                done(result);
            }
        });
    }

    /// Drops the request in flight, if any; returns the new generation.
    pub fn cancel(&self) -> u64 {
        if let Some(Some(controller)) = self.controller.try_update_value(Option::take) {
            controller.abort();
        }
        let next = self.generation.try_get_value().unwrap_or(0).wrapping_add(1);
        self.generation.try_set_value(next);
        next
    }
}
