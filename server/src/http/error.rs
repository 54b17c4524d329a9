//! The one API error. Every failure answers `{"error":{"code","message","field"}}` with the right status; a 5xx
//! says nothing internal (the cause goes to the log, without request data).

use api_types::{ErrorBody, ErrorCode, ErrorDetail};
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// An error an API handler can return.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A parameter or field has a bad value.
    #[error("{message}")]
    InvalidParameter {
        /// Parameter or field name.
        field: String,
        /// What is wrong, in a sentence.
        message: String,
    },
    /// A required parameter is missing.
    #[error("{message}")]
    MissingParameter {
        /// The parameter's name, as sent.
        field: String,
        /// What is needed.
        message: String,
    },
    /// Nothing with that id.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for ("service", "country"…).
        what: &'static str,
        /// The parameter that named it.
        field: &'static str,
    },
    /// No such route.
    #[error("no such endpoint")]
    NoRoute,
    /// A field of a JSON body is missing, malformed or does not make sense (422).
    #[error("{field}: {message}")]
    InvalidField {
        /// Path of the field, e.g. `phones[0].number`.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// Not signed in, or the session ended; or wrong email or password (401).
    #[error("{0}")]
    Unauthorized(&'static str),
    /// Signed in, but this account may not do that (403).
    #[error("{0}")]
    Forbidden(&'static str),
    /// The account waits for an admin's approval (403).
    #[error("account pending approval")]
    AccountPending,
    /// An administrator declined the account's organisation; the reason is theirs (403).
    #[error("registration declined")]
    RegistrationDeclined(String),
    /// A state-changing request from another site (403).
    #[error("cross-origin request refused")]
    CrossOrigin,
    /// Too many attempts; retry after this many seconds (429).
    #[error("too many attempts")]
    RateLimited(u64),
    /// The slot was booked by someone else meanwhile (409).
    #[error("slot taken")]
    SlotTaken,
    /// A unique value is taken (409).
    #[error("{field} is already taken")]
    Conflict {
        /// The field holding the taken value (e.g. `email`).
        field: String,
    },
    /// The request goes over a size limit: its body (413), its address (414) or its headers (431).
    #[error("{message}")]
    TooLarge {
        /// What was too large.
        part: Oversized,
        /// Which limit, in a sentence.
        message: String,
    },
    /// The server is too busy (503, with `Retry-After`).
    #[error("too busy")]
    Unavailable,
    /// The path exists, but not with this method (405; the `Allow` header lists the methods it takes).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Another import is running (409).
    #[error("another import is running")]
    ImportRunning,
    /// A change of a record that must say which version it changes came without `If-Match` (428).
    #[error("If-Match is required")]
    PreconditionRequired,
    /// The record changed since the client read it: its `If-Match` is not the record's entity tag (412).
    #[error("the {0} was changed by someone else")]
    PreconditionFailed(&'static str),
    /// The store failed (500; its cause goes to the log, never to the client).
    #[error("storage: {0}")]
    Storage(#[from] crate::storage::StoreError),
    /// Anything else that is our fault.
    #[error("internal: {0}")]
    Internal(String),
}

/// The part of a request that went over its limit (`field` of a `payload_too_large` answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oversized {
    /// The body: 413.
    Body,
    /// The address (path and query): 414.
    Uri,
    /// The header section: 431.
    Headers,
}

impl Oversized {
    /// The status that says it.
    pub fn status(self) -> StatusCode {
        match self {
            Oversized::Body => StatusCode::PAYLOAD_TOO_LARGE,
            Oversized::Uri => StatusCode::URI_TOO_LONG,
            Oversized::Headers => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        }
    }

    /// The `field` that names it.
    pub fn field(self) -> &'static str {
        match self {
            Oversized::Body => "body",
            Oversized::Uri => "uri",
            Oversized::Headers => "headers",
        }
    }
}

impl ApiError {
    /// Every `code` the API can answer with; each has a translated message `error-<code>` in every locale.
    pub const CODES: &'static [ErrorCode] = ErrorCode::ALL;

    /// 429 with `Retry-After` when a rate limiter says to wait.
    pub fn limited(check: Result<(), std::time::Duration>) -> Result<(), Self> {
        check.map_err(|wait| Self::RateLimited(wait.as_secs().max(1)))
    }

    /// Nothing that `field` names: `what` is what was looked for ("service", "country"…).
    pub fn not_found(what: &'static str, field: &'static str) -> Self {
        Self::NotFound { what, field }
    }

    /// A bad field in a JSON body.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidField {
            field: field.into(),
            message: message.into(),
        }
    }

    /// A bad value for `field`.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidParameter {
            field: field.into(),
            message: message.into(),
        }
    }

    /// A missing `field`.
    pub fn missing(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::MissingParameter {
            field: field.into(),
            message: message.into(),
        }
    }

    fn parts(&self) -> (StatusCode, ErrorCode, String, Option<String>) {
        match self {
            ApiError::InvalidParameter { field, message } => (
                StatusCode::BAD_REQUEST,
                ErrorCode::InvalidParameter,
                format!("{field}: {message}"),
                Some(field.clone()),
            ),
            ApiError::MissingParameter { field, message } => (
                StatusCode::BAD_REQUEST,
                ErrorCode::MissingParameter,
                message.clone(),
                Some(field.clone()),
            ),
            ApiError::NotFound { what, field } => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                format!("{what} not found"),
                Some((*field).to_owned()),
            ),
            ApiError::NoRoute => (
                StatusCode::NOT_FOUND,
                ErrorCode::NoRoute,
                "no such endpoint".to_owned(),
                None,
            ),
            ApiError::InvalidField { field, message } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidField,
                format!("{field}: {message}"),
                Some(field.clone()),
            ),
            ApiError::Unauthorized(why) => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthorized,
                (*why).to_owned(),
                None,
            ),
            ApiError::Forbidden(why) => (
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                (*why).to_owned(),
                None,
            ),
            ApiError::AccountPending => (
                StatusCode::FORBIDDEN,
                ErrorCode::AccountPending,
                "this account is waiting for an administrator's approval".to_owned(),
                None,
            ),
            ApiError::RegistrationDeclined(reason) => (
                StatusCode::FORBIDDEN,
                ErrorCode::RegistrationDeclined,
                format!("an administrator declined this organisation's registration: {reason}"),
                None,
            ),
            ApiError::CrossOrigin => (
                StatusCode::FORBIDDEN,
                ErrorCode::CrossOrigin,
                "a request that changes something must come from this site".to_owned(),
                None,
            ),
            ApiError::RateLimited(seconds) => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::RateLimited,
                format!("too many attempts; try again in {seconds} s"),
                None,
            ),
            ApiError::SlotTaken => (
                StatusCode::CONFLICT,
                ErrorCode::SlotTaken,
                "this time was just booked by someone else; choose another".to_owned(),
                Some("start".to_owned()),
            ),
            ApiError::Conflict { field } => (
                StatusCode::CONFLICT,
                ErrorCode::Conflict,
                format!("{field} is already taken"),
                Some(field.clone()),
            ),
            ApiError::TooLarge { part, message } => (
                part.status(),
                ErrorCode::PayloadTooLarge,
                message.clone(),
                Some(part.field().to_owned()),
            ),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Unavailable,
                UNAVAILABLE_MESSAGE.to_owned(),
                None,
            ),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorCode::MethodNotAllowed,
                "this path does not take this method; the Allow header lists the ones it takes".to_owned(),
                None,
            ),
            ApiError::ImportRunning => (
                StatusCode::CONFLICT,
                ErrorCode::ImportRunning,
                "another import is running on this server; try again when it is done".to_owned(),
                None,
            ),
            ApiError::PreconditionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                ErrorCode::PreconditionRequired,
                "send If-Match with the ETag of the record as you read it, so a change made meanwhile by someone \
                 else is not overwritten"
                    .to_owned(),
                Some(crate::http::etag::IF_MATCH_FIELD.to_owned()),
            ),
            ApiError::PreconditionFailed(what) => (
                StatusCode::PRECONDITION_FAILED,
                ErrorCode::PreconditionFailed,
                format!(
                    "the {what} was changed by someone else since you read it; read it again (its ETag changed) and \
                     make your change on the new version"
                ),
                Some(crate::http::etag::IF_MATCH_FIELD.to_owned()),
            ),
            ApiError::Storage(_) | ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                "something went wrong on our side; please try again".to_owned(),
                None,
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message, field) = self.parts();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let reason = match &self {
            ApiError::RegistrationDeclined(reason) => Some(reason.clone()),
            _ => None,
        };
        let error = ErrorDetail {
            code,
            message,
            detail: None,
            field,
            reason,
        };
        let mut response = (status, Json(ErrorBody { error: error.clone() })).into_response();
        let retry_after = match self {
            ApiError::RateLimited(seconds) => Some(seconds),
            ApiError::Unavailable => Some(UNAVAILABLE_RETRY_S),
            _ => None,
        };
        if let Some(seconds) = retry_after
            && let Ok(value) = axum::http::HeaderValue::from_str(&seconds.to_string())
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        // For `http::language`, which rewrites the message in the language the client asked for.
        response.extensions_mut().insert(error);
        response
    }
}

/// What a 503 says.
const UNAVAILABLE_MESSAGE: &str = "too many connections: try again in a few seconds";
/// The seconds a 503's `Retry-After` asks for.
pub const UNAVAILABLE_RETRY_S: u64 = 5;

/// The whole HTTP/1.1 answer to a connection over the cap, written before its request is read (`http::serve`):
/// the 503 `unavailable` of [`ApiError::Unavailable`], in the same shape.
pub fn busy_answer() -> Vec<u8> {
    let body = serde_json::to_string(&ErrorBody {
        error: ErrorDetail {
            code: ErrorCode::Unavailable,
            message: UNAVAILABLE_MESSAGE.to_owned(),
            detail: None,
            field: None,
            reason: None,
        },
    })
    .unwrap_or_default();
    format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         retry-after: {UNAVAILABLE_RETRY_S}\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The whole HTTP/1.1 answer to a request hyper could not parse (`http::parse_errors`): a 431 or 414
/// `payload_too_large` naming the part too large, else a 400 `invalid_parameter`; the connection closes after it.
pub fn parse_error_answer(part: Option<Oversized>, message: &str) -> Vec<u8> {
    let (status, code, field) = match part {
        Some(part) => (
            part.status(),
            ErrorCode::PayloadTooLarge,
            Some(part.field().to_owned()),
        ),
        None => (StatusCode::BAD_REQUEST, ErrorCode::InvalidParameter, None),
    };
    let body = serde_json::to_string(&ErrorBody {
        error: ErrorDetail {
            code,
            message: message.to_owned(),
            detail: None,
            field,
            reason: None,
        },
    })
    .unwrap_or_default();
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Middleware: an error answer made without the API's JSON shape — axum's own 405 for a method a path does not
/// take, a body limit's 413, a 5xx from a layer — gets it, with its `Allow` and `Retry-After` headers kept.
pub async fn json_errors(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    if response.extensions().get::<ErrorDetail>().is_some()
        || response.headers().contains_key(axum::http::header::CONTENT_TYPE)
    {
        return response;
    }
    let error = match response.status() {
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge {
            part: Oversized::Body,
            message: "the body goes over the size limit".to_owned(),
        },
        StatusCode::SERVICE_UNAVAILABLE => ApiError::Unavailable,
        status if status.is_server_error() => ApiError::Internal(format!("an empty {status} from a layer")),
        _ => return response,
    };
    let mut answer = error.into_response();
    for name in [axum::http::header::ALLOW, axum::http::header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

// ---- the one place where the application services' errors become answers ----

impl From<crate::domain::Invalid> for ApiError {
    /// A bad field of a JSON body: 422 naming it. (A bad query parameter is [`ApiError::invalid`], 400.)
    fn from(e: crate::domain::Invalid) -> Self {
        ApiError::InvalidField {
            field: e.field,
            message: e.message,
        }
    }
}

impl From<crate::catalog::EditError<ApiError>> for ApiError {
    fn from(e: crate::catalog::EditError<ApiError>) -> Self {
        use crate::catalog::EditError as E;
        match e {
            E::NotFound => ApiError::not_found("service", "id"),
            E::Changed => ApiError::PreconditionFailed("service"),
            E::Rejected(e) => e,
            E::Store(e) => ApiError::Storage(e),
        }
    }
}

impl From<crate::accounts::AccountError> for ApiError {
    fn from(e: crate::accounts::AccountError) -> Self {
        use crate::accounts::AccountError as E;
        match e {
            E::Invalid(invalid) => invalid.into(),
            E::Taken(field) => ApiError::Conflict { field },
            E::NoSuchAccount => ApiError::not_found("user", "id"),
            E::WrongCredentials => ApiError::Unauthorized("the email or the password is not right"),
            E::Pending => ApiError::AccountPending,
            E::Declined(reason) => ApiError::RegistrationDeclined(reason),
            E::LastAdmin(field) => ApiError::InvalidField {
                field: field.to_owned(),
                message: "this is the last active administrator: make another account an administrator first"
                    .to_owned(),
            },
            E::RateLimited(seconds) => ApiError::RateLimited(seconds),
            E::Store(e) => ApiError::Storage(e),
            E::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<crate::hsds::import::ImportError> for ApiError {
    fn from(e: crate::hsds::import::ImportError) -> Self {
        use crate::hsds::import::ImportError as E;
        match e {
            E::Unreadable(message) => ApiError::field("body", message),
            E::TooLarge(exceeded) => ApiError::TooLarge {
                part: Oversized::Body,
                message: format!("{exceeded} (limit: {})", exceeded.name()),
            },
            E::Busy => ApiError::ImportRunning,
            E::Store(e) => ApiError::Storage(e),
            E::Io(e) => ApiError::Internal(format!("import: {e}")),
        }
    }
}

impl From<crate::booking::service::BookingError> for ApiError {
    fn from(e: crate::booking::service::BookingError) -> Self {
        use crate::booking::service::BookingError as E;
        match e {
            E::Invalid(invalid) => invalid.into(),
            E::SlotTaken => ApiError::SlotTaken,
            E::NoBooking => ApiError::not_found("booking", "reference"),
            E::NoCounsellor => ApiError::not_found("counsellor", "id"),
            E::Store(e) => ApiError::Storage(e),
            E::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<crate::lifelines::LifeLineError> for ApiError {
    fn from(e: crate::lifelines::LifeLineError) -> Self {
        use crate::lifelines::LifeLineError as E;
        match e {
            E::Invalid(invalid) => invalid.into(),
            E::UnknownCountry => ApiError::not_found("country", "iso2"),
            E::NoCorrection => ApiError::not_found("correction", "iso2"),
            E::Changed => ApiError::PreconditionFailed("country's life lines"),
            E::Store(e) => ApiError::Storage(e),
        }
    }
}
