//! The few texts the server writes itself, in the reader's language: API error messages.
//!
//! Errors carry a stable `code` the app translates with its own messages. A client that asks for a language
//! (`lang=` in the query, else `Accept-Language`) that Ruta ships, other than English, also gets `message` in
//! that language from `locales/<lang>/ruta_server.ftl`, the English sentence kept in `detail`, and a
//! `Content-Language` header. English and unknown languages keep the English sentence, which is more precise.

use std::sync::LazyLock;

use api_types::{ErrorBody, ErrorDetail};
use axum::Json;
use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ruta_locales::{Localizer, Messages};

static SERVER_MESSAGES: LazyLock<Option<Messages>> = LazyLock::new(|| {
    Messages::load("ruta_server", "es")
        .inspect_err(|e| tracing::error!(error = %e, "server messages not loaded; errors stay in English"))
        .ok()
});

/// Loads the messages now rather than on the first error.
pub fn preload() {
    LazyLock::force(&SERVER_MESSAGES);
}

/// The language a request asks for: `lang=` if given, else `Accept-Language`.
fn requested(request: &Request) -> Option<String> {
    let from_query = request.uri().query().and_then(|query| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == "lang")
            .map(|(_, value)| value.into_owned())
    });
    from_query.or_else(|| {
        request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    })
}

/// Every shipped language's localizer, for pages prepared in advance (`index.html`).
pub fn every_language() -> Vec<Localizer> {
    let Some(messages) = SERVER_MESSAGES.as_ref() else {
        return Vec::new();
    };
    ruta_locales::LANGUAGES
        .iter()
        .filter_map(|tag| messages.negotiate(tag))
        .collect()
}

/// The shipped language an `Accept-Language` value negotiates to, English included.
pub fn negotiate(accept_language: &str) -> Option<String> {
    Some(SERVER_MESSAGES.as_ref()?.negotiate(accept_language)?.language())
}

/// The localizer for a request, unless it asked for English or for nothing Ruta ships.
fn localizer(asked: &str) -> Option<Localizer> {
    let localizer = SERVER_MESSAGES.as_ref()?.negotiate(asked)?;
    (localizer.language() != "en").then_some(localizer)
}

/// Middleware: rewrites an error answer's `message` in the language asked for.
pub async fn localize_errors(request: Request, next: Next) -> Response {
    let asked = requested(&request);
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<ErrorDetail>() else {
        return response;
    };
    let Some(localizer) = asked.as_deref().and_then(localizer) else {
        return response;
    };
    let field = error.field.clone().unwrap_or_default();
    let reason = error.reason.clone().unwrap_or_default();
    let message = localizer.get(
        &format!("error-{}", error.code),
        &[("field", field.as_str()), ("reason", reason.as_str())],
    );
    let translated = ErrorDetail {
        code: error.code,
        message,
        detail: Some(error.message.clone()),
        field: error.field.clone(),
        reason: error.reason.clone(),
    };
    let status = response.status();
    let mut localized = (status, Json(ErrorBody { error: translated })).into_response();
    if let Ok(value) = HeaderValue::from_str(&localizer.language()) {
        localized.headers_mut().insert(CONTENT_LANGUAGE, value);
    }
    localized
}

/// The `.ics` words in the language an `Accept-Language` value negotiates to (Spanish otherwise).
pub fn calendar_text(
    accept_language: &str,
    modality: crate::booking::Modality,
) -> crate::booking::ics::CalendarText {
    let localizer = SERVER_MESSAGES
        .as_ref()
        .and_then(|m| m.negotiate(accept_language).or_else(|| m.negotiate("es")));
    let get = |id: &str| localizer.as_ref().map(|l| l.get(id, &[])).unwrap_or_default();
    let description = match modality {
        crate::booking::Modality::Video => get("calendar-video"),
        crate::booking::Modality::Phone => get("calendar-phone"),
        crate::booking::Modality::Chat => get("calendar-chat"),
    };
    crate::booking::ics::CalendarText {
        summary: get("calendar-summary"),
        description,
        room_pending: get("calendar-room-pending"),
    }
}

/// The server's messages in the shipped language `tag` negotiates to, else Spanish: for texts the server writes
/// for a person (a referral message).
pub fn localizer_or_spanish(tag: &str) -> Option<Localizer> {
    let messages = SERVER_MESSAGES.as_ref()?;
    messages.negotiate(tag).or_else(|| messages.negotiate("es"))
}
