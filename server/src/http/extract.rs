//! Everything a handler takes from a request, each rejection in the API's error shape (a 4xx naming the
//! parameter or field at fault): query parameters, JSON bodies, typed path segments, the signed-in account and
//! the client's address for rate limits.

use std::borrow::Cow;
use std::net::{IpAddr, SocketAddr};

use api_types::LanguageCode;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use serde::de::DeserializeOwned;

use crate::auth::limit::address_key;
use crate::auth::session::{SessionTimes, token_hash};
use crate::auth::{Permission, User, UserStatus};
use crate::http::error::{ApiError, Oversized};
use crate::http::state::AppState;

// ---- query strings ----

/// The years a date given to the API may fall in. Anything else is a mistake (or a probe): refusing it early also
/// keeps date arithmetic far from chrono's limits, which it would panic at.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The query string's decoded pairs, in order, repeated keys kept.
#[derive(Debug, Default)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// Iterates the pairs as borrowed strings.
    pub fn iter(&self) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
        self.0
            .iter()
            .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Pairs {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or("");
        Ok(Pairs(
            form_urlencoded::parse(raw.as_bytes()).into_owned().collect(),
        ))
    }
}

/// A set of query parameters parsed from the decoded pairs, refusing unknown ones and naming the parameter at
/// fault. Implemented next to the handler that takes it, so each endpoint's parameters read as one type.
pub trait FromQuery: Sized {
    /// Parses the pairs.
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError>;
}

/// Query parameters of type `T`, parsed with [`FromQuery`].
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: FromQuery> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let pairs = Pairs::from_request_parts(parts, state).await?;
        T::from_query(&pairs).map(ApiQuery)
    }
}

/// Endpoints that take only `lang` (and `Accept-Language`).
#[derive(Debug)]
pub struct LangOnly(pub Option<LanguageCode>);

impl FromQuery for LangOnly {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(pairs, &["lang"])?;
        lang_param(pairs).map(LangOnly)
    }
}

/// Endpoints that take no parameter: any is refused by name.
#[derive(Debug)]
pub struct NoParams;

impl FromQuery for NoParams {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(pairs, &[]).map(|()| NoParams)
    }
}

/// The reader's language: `lang` if given, otherwise the first usable tag of `Accept-Language`.
pub fn reader_language(explicit: Option<LanguageCode>, headers: &HeaderMap) -> Option<LanguageCode> {
    explicit.or_else(|| {
        let header = headers.get(axum::http::header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        header
            .split(',')
            .find_map(|part| LanguageCode::parse(part.split(';').next().unwrap_or("")).ok())
    })
}

/// Refuses any parameter not in `allowed`, by name.
pub fn only(pairs: &Pairs, allowed: &[&str]) -> Result<(), ApiError> {
    match pairs.0.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(ApiError::invalid(
            k.chars().take(40).collect::<String>(),
            "unknown parameter",
        )),
        None => Ok(()),
    }
}

/// The one value of a parameter that may appear once.
pub fn single<'a>(pairs: &'a Pairs, key: &str) -> Result<Option<&'a str>, ApiError> {
    let mut values = pairs.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let first = values.next();
    if values.next().is_some() {
        return Err(ApiError::invalid(key, "given more than once"));
    }
    Ok(first)
}

/// A parameter that counts (`page`, `per_page`): a whole number from 1 to `max`, `default` when absent.
pub fn count(pairs: &Pairs, key: &'static str, default: usize, max: usize) -> Result<usize, ApiError> {
    match single(pairs, key)? {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| ApiError::invalid(key, format!("a whole number from 1 to {max}"))),
    }
}

/// The optional `lang` parameter.
pub fn lang_param(pairs: &Pairs) -> Result<Option<LanguageCode>, ApiError> {
    single(pairs, "lang")?
        .map(|v| LanguageCode::parse(v).map_err(|e| ApiError::invalid("lang", e.to_string())))
        .transpose()
}

// ---- JSON bodies ----

/// Largest JSON body accepted (413 `payload_too_large`, `field` `body`, beyond it). The import upload has its own
/// limit (`hsds::import::limits`).
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// A JSON body of type `T`; a bad one is a 422 naming the field at fault (`phones[0].number`), never a bare 400.
/// A handler that must look at the request first (a rate limit) takes the `Request` and calls
/// `ApiJson::from_request` itself.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(ApiError::field(
                "body",
                "send JSON with Content-Type: application/json",
            ));
        }
        let too_large = || ApiError::TooLarge {
            part: Oversized::Body,
            message: format!("the body must be at most {MAX_BODY_BYTES} bytes (256 KiB)"),
        };
        let declared = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
            return Err(too_large());
        }
        let body = http_body_util::Limited::new(request.into_body(), MAX_BODY_BYTES);
        let bytes = match http_body_util::BodyExt::collect(body).await {
            Ok(collected) => collected.to_bytes(),
            Err(e) if e.is::<http_body_util::LengthLimitError>() => return Err(too_large()),
            // It stopped arriving (the body timeout) or the connection broke.
            Err(_) => return Err(ApiError::field("body", "the body could not be read whole")),
        };
        let deserializer = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(deserializer)
            .map(ApiJson)
            .map_err(|e| {
                let path = e.path().to_string();
                let field = if path == "." || path.is_empty() {
                    "body".to_owned()
                } else {
                    path
                };
                let message = e.inner().to_string();
                // serde's message may end with " at line 1 column 40": position is noise for a person.
                let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
                ApiError::field(field, message)
            })
    }
}

// ---- path segments ----

/// Path segments of type `T` (a `Uuid`, a `String`, a tuple of them); one that does not parse is a 400 naming
/// the segment (`id`).
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::path::ErrorKind;
        use axum::extract::rejection::PathRejection;
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                let (key, expected) = match e.kind() {
                    ErrorKind::ParseErrorAtKey {
                        key, expected_type, ..
                    } => (key.clone(), *expected_type),
                    ErrorKind::ParseError { expected_type, .. }
                    | ErrorKind::ParseErrorAtIndex { expected_type, .. } => ("id".to_owned(), *expected_type),
                    _ => ("id".to_owned(), ""),
                };
                let message = if expected.contains("Uuid") {
                    "an id is a UUID".to_owned()
                } else {
                    format!("{key} is not valid here")
                };
                Err(ApiError::invalid(key, message))
            }
            Err(_) => Err(ApiError::NoRoute),
        }
    }
}

// ---- who is asking ----

/// The signed-in account of a request; rejects with 401 when there is none (no cookie, unknown, ended).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    /// Its session's token hash (for logout).
    pub token_hash: String,
}

impl CurrentUser {
    /// 403 unless the account may do `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if self.user.may(permission) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("this account may not do this"))
        }
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_out = ApiError::Unauthorized("sign in first (no session, or it ended)");
        let token = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|cookies| state.cookies.token_in(cookies))
            .ok_or(signed_out)?;
        let hash = token_hash(token);
        let now = state.clock.now();
        let (user_id, times): (_, SessionTimes) = state
            .store
            .session(&hash)
            .await?
            .ok_or(ApiError::Unauthorized("sign in first (no session, or it ended)"))?;
        if !times.is_live(now) {
            return Err(ApiError::Unauthorized("the session ended; sign in again"));
        }
        let user = state
            .store
            .user_by_id(user_id)
            .await?
            .filter(|u| u.status == UserStatus::Active)
            .ok_or(ApiError::Unauthorized("sign in first (no session, or it ended)"))?;
        if times.needs_touch(now) {
            state.store.touch_session(&hash, now).await?;
        }
        Ok(Self {
            user,
            token_hash: hash,
        })
    }
}

impl axum::extract::OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(ApiError::Unauthorized(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// The rate-limit key of the client's address (a salted hash; empty when the address is unknown).
#[derive(Debug)]
pub struct ClientAddress(pub Vec<u8>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            client_address(&parts.headers, &parts.extensions, state)
                .map(address_key)
                .unwrap_or_default(),
        ))
    }
}

/// The client's address, for rate limits: the TCP peer, or the last `X-Forwarded-For` entry when configured.
/// `None` when unknown (then all such clients share one limit).
pub fn client_address(
    parts_headers: &axum::http::HeaderMap,
    extensions: &axum::http::Extensions,
    state: &AppState,
) -> Option<IpAddr> {
    if state.trust_forwarded_for
        && let Some(forwarded) = parts_headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    {
        return Some(forwarded);
    }
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
}
