//! The one error shape of the API.

use serde::{Deserialize, Serialize};

use crate::UnknownValue;

/// `{"error": {...}}`, the body of every 4xx and 5xx answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// What went wrong, for a program (`code`, `field`) and for a person (`message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable machine code, e.g. `invalid_parameter`, `not_found`; the app turns it into a translated message.
    pub code: ErrorCode,
    /// What went wrong in a sentence: in English for developers, or in the language the client asked for
    /// (`lang=`, else `Accept-Language`) when Ruta speaks it, with the English sentence in `detail`.
    pub message: String,
    /// The English sentence, when `message` was translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The parameter or field at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// With `registration_declined`: the administrator's reason, in their own words (never translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The machine-readable half of an error: what a client branches on and what picks the translated message
/// `error-<code>` (the app's and the server's Fluent files have one for every value of [`ErrorCode::ALL`]).
/// A code is never renamed; a new server may add codes, which an older app reads as [`ErrorCode::Unknown`].
///
/// # Example
/// ```
/// use ruta_api_types::ErrorCode;
/// assert_eq!("slot_taken".parse::<ErrorCode>(), Ok(ErrorCode::SlotTaken));
/// let newer: ErrorCode = serde_json::from_str("\"teapot\"").unwrap();
/// assert_eq!(newer, ErrorCode::Unknown);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: a query parameter or path segment has a bad value; `field` names it.
    InvalidParameter,
    /// 400: a required query parameter is absent; `field` names it.
    MissingParameter,
    /// 404: the thing the path names does not exist; `field` names the path parameter.
    NotFound,
    /// 404: no endpoint has this path.
    NoRoute,
    /// 500: a failure on the server's side; the body says nothing more.
    Internal,
    /// 422: a JSON body field is bad; `field` is its path (`phones[0].number`).
    InvalidField,
    /// 401: no session, or it expired.
    Unauthorized,
    /// 403: signed in, but this account's role may not do this.
    Forbidden,
    /// 403: the account waits for an administrator's approval.
    AccountPending,
    /// 403: an administrator declined the organisation's registration; `reason` says why.
    RegistrationDeclined,
    /// 403: a request that changes something came from another site.
    CrossOrigin,
    /// 429: too many attempts; `Retry-After` says how many seconds to wait.
    RateLimited,
    /// 409: a unique value (an email, a reference) is already taken; `field` names it.
    Conflict,
    /// 409: the appointment time was booked by someone else in the meantime; `field` is `start`.
    SlotTaken,
    /// 413, 414 or 431: the request goes over a size limit; `field` says what was too large (`body`, `uri` or
    /// `headers`) and the message names the limit (an import's limits: see the README).
    PayloadTooLarge,
    /// 409: another import is running on this server; try again when it is done.
    ImportRunning,
    /// 428: a change of an editable record came without `If-Match` (the `ETag` it was read with); `field` is
    /// `If-Match`.
    PreconditionRequired,
    /// 412: the record was changed by someone else since it was read (its `ETag` is not the `If-Match` sent);
    /// read it again. `field` is `If-Match`.
    PreconditionFailed,
    /// 405: the path exists but not with this method; the `Allow` header lists the methods it takes.
    MethodNotAllowed,
    /// 503: the server is too busy (too many connections at once); `Retry-After` says when to try again.
    Unavailable,
    /// A code this build does not know, from a newer server. Never sent; the app shows its generic message.
    #[serde(other, skip_serializing)]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    Unknown,
}

impl ErrorCode {
    /// Every code the API answers with ([`ErrorCode::Unknown`] is not one).
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidParameter,
        ErrorCode::MissingParameter,
        ErrorCode::NotFound,
        ErrorCode::NoRoute,
        ErrorCode::Internal,
        ErrorCode::InvalidField,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::AccountPending,
        ErrorCode::RegistrationDeclined,
        ErrorCode::CrossOrigin,
        ErrorCode::RateLimited,
        ErrorCode::Conflict,
        ErrorCode::SlotTaken,
        ErrorCode::PayloadTooLarge,
        ErrorCode::ImportRunning,
        ErrorCode::PreconditionRequired,
        ErrorCode::PreconditionFailed,
        ErrorCode::MethodNotAllowed,
        ErrorCode::Unavailable,
    ];
    /// The wire names of [`Self::ALL`].
    pub const NAMES: &'static [&'static str] = &[
        "invalid_parameter",
        "missing_parameter",
        "not_found",
        "no_route",
        "internal",
        "invalid_field",
        "unauthorized",
        "forbidden",
        "account_pending",
        "registration_declined",
        "cross_origin",
        "rate_limited",
        "conflict",
        "slot_taken",
        "payload_too_large",
        "import_running",
        "precondition_required",
        "precondition_failed",
        "method_not_allowed",
        "unavailable",
    ];

    /// The wire name (`unknown` for [`ErrorCode::Unknown`], which is never sent).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::MissingParameter => "missing_parameter",
            ErrorCode::NotFound => "not_found",
            ErrorCode::NoRoute => "no_route",
            ErrorCode::Internal => "internal",
            ErrorCode::InvalidField => "invalid_field",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::AccountPending => "account_pending",
            ErrorCode::RegistrationDeclined => "registration_declined",
            ErrorCode::CrossOrigin => "cross_origin",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Conflict => "conflict",
            ErrorCode::SlotTaken => "slot_taken",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::ImportRunning => "import_running",
            ErrorCode::PreconditionRequired => "precondition_required",
            ErrorCode::PreconditionFailed => "precondition_failed",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Unknown => "unknown",
        }
    }
}

impl std::str::FromStr for ErrorCode {
    type Err = UnknownValue;
    /// Strict, unlike deserialising: only the names of [`ErrorCode::ALL`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ErrorCode::ALL
            .iter()
            .copied()
            .find(|code| code.as_str() == s)
            .ok_or_else(|| UnknownValue {
                value: s.to_owned(),
                expected: Self::NAMES,
            })
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_travels_by_its_name() {
        assert_eq!(ErrorCode::ALL.len(), ErrorCode::NAMES.len());
        for (code, name) in ErrorCode::ALL.iter().zip(ErrorCode::NAMES) {
            assert_eq!(code.as_str(), *name);
            assert_eq!(name.parse::<ErrorCode>(), Ok(*code));
            assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{name}\""));
            assert_eq!(
                serde_json::from_str::<ErrorCode>(&format!("\"{name}\"")).unwrap(),
                *code
            );
        }
    }

    #[test]
    fn a_code_from_a_newer_server_still_reads_as_an_error() {
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":{"code":"teapot","message":"short and stout"}}"#).unwrap();
        assert_eq!(body.error.code, ErrorCode::Unknown);
        assert_eq!(body.error.message, "short and stout");
        assert!("teapot".parse::<ErrorCode>().is_err());
    }
}
