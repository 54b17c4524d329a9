//! The one error shape of the API.

use serde::{Deserialize, Serialize};

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
    pub code: String,
    /// What went wrong in a sentence: in English for developers, or in the language the client asked for
    /// (`lang=`, else `Accept-Language`) when Ruta speaks it, with the English sentence in `detail`.
    pub message: String,
    /// The English sentence, when `message` was translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The parameter or field at fault, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}
