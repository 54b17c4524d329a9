//! `/listings/confirm`: where a monthly listing check's link leads ([`crate::listing_check`]). `GET` shows a
//! page with the listing's question and one button; its `POST` confirms the listing as the editor the link was
//! sent to. A plain HTML page, in the link's language, that works without the app or an account — and without
//! confirming anything when a mail scanner only follows the link.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Html;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::state::AppState;
use crate::listing_check::{ConfirmError, ConfirmLink, LinkError, confirm, listing_name};

/// The page's route (outside `/api/v1`: people open it from an e-mail).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(confirm_page, confirm_listing))
}

/// The form the page posts.
#[derive(Debug, utoipa::ToSchema)]
pub struct Token {
    /// The link's token, as the e-mail gave it.
    pub token: String,
}

/// The `token` of a query string or a form body; empty when there is none (the page then says the link does
/// not work, rather than an extractor answering in another format).
fn token_of(pairs: &[u8]) -> String {
    form_urlencoded::parse(pairs)
        .find(|(key, _)| key == "token")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default()
}

/// A page of the server's messages in `language`: a title, paragraphs of text, and maybe the confirm button.
fn page(
    language: &str,
    status: StatusCode,
    paragraphs: &[String],
    button_for: Option<&str>,
) -> (StatusCode, Html<String>) {
    let words = crate::http::language::localizer_or_spanish(language);
    let say = |id: &str| words.as_ref().map(|w| w.get(id, &[])).unwrap_or_default();
    let escape = |t: &str| html_escape::encode_text(t).into_owned();
    let lang = words
        .as_ref()
        .map_or_else(|| "es".to_owned(), ruta_locales::Localizer::language);
    let title = escape(&say("listing-confirm-title"));
    let text: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let form = button_for.map_or_else(String::new, |token| {
        format!(
            "<form method=\"post\" action=\"confirm\"><input type=\"hidden\" name=\"token\" value=\"{}\">\
             <button type=\"submit\">{}</button></form>",
            html_escape::encode_double_quoted_attribute(token),
            escape(&say("listing-confirm-button"))
        )
    });
    let html = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>{title}</title></head><body><main><h1>{title}</h1>{text}{form}</main></body></html>",
        html_escape::encode_double_quoted_attribute(&lang)
    );
    (status, Html(html))
}

/// What a link that does not work says.
fn refused(language: &str, error: &ConfirmError) -> (StatusCode, Html<String>) {
    let (status, id) = match error {
        ConfirmError::Link(LinkError::Expired) => (StatusCode::GONE, "listing-confirm-expired"),
        ConfirmError::Link(LinkError::Invalid) => (StatusCode::BAD_REQUEST, "listing-confirm-invalid"),
        ConfirmError::NotTheirs => (StatusCode::NOT_FOUND, "listing-confirm-invalid"),
        ConfirmError::Store(e) => {
            tracing::error!(error = %e, "a listing could not be confirmed");
            (StatusCode::SERVICE_UNAVAILABLE, "listing-confirm-later")
        }
    };
    let words = crate::http::language::localizer_or_spanish(language);
    let text = words.map(|w| w.get(id, &[])).unwrap_or_default();
    page(language, status, &[text], None)
}

/// The page a monthly listing check's link opens: the question and one button (`text/html`).
#[utoipa::path(
    get,
    path = "/listings/confirm",
    tag = "manage",
    operation_id = "listing_confirm_page",
    params(("token" = String, Query, description = "The link's token, as the e-mail gave it.")),
    responses(
        (status = 200, content_type = "text/html", body = String, description = "The question, and a button that confirms."),
        (status = 400, content_type = "text/html", body = String, description = "Not a link Ruta made."),
        (status = 404, content_type = "text/html", body = String, description = "The listing is gone."),
        (status = 410, content_type = "text/html", body = String, description = "The link has expired."),
    )
)]
async fn confirm_page(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> (StatusCode, Html<String>) {
    let token = token_of(query.unwrap_or_default().as_bytes());
    let link = match ConfirmLink::open(&token, &state.booking.settings.vault, state.clock.now()) {
        Ok(link) => link,
        Err(e) => return refused("es", &ConfirmError::Link(e)),
    };
    let name = state
        .directory()
        .get(&link.service_id)
        .filter(|e| e.service.is_listed())
        .and_then(|e| listing_name(&e.service, Some(&link.language)));
    let Some(name) = name else {
        return refused(&link.language, &ConfirmError::NotTheirs);
    };
    let words = crate::http::language::localizer_or_spanish(&link.language);
    let ask = words
        .map(|w| w.get("listing-confirm-ask", &[("name", &name)]))
        .unwrap_or_default();
    page(&link.language, StatusCode::OK, &[ask], Some(&token))
}

/// Confirms the listing of a monthly check's link, as the editor it was sent to (`text/html`).
#[utoipa::path(
    post,
    path = "/listings/confirm",
    tag = "manage",
    operation_id = "listing_confirm",
    request_body(content = Token, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, content_type = "text/html", body = String, description = "Confirmed: its last confirmation is now, audited as the editor's."),
        (status = 400, content_type = "text/html", body = String, description = "Not a link Ruta made."),
        (status = 404, content_type = "text/html", body = String, description = "The listing is gone, or the editor no longer edits it."),
        (status = 410, content_type = "text/html", body = String, description = "The link has expired."),
        (status = 503, content_type = "text/html", body = String, description = "The listing could not be confirmed just now; try again."),
    )
)]
async fn confirm_listing(State(state): State<AppState>, body: Bytes) -> (StatusCode, Html<String>) {
    let token = token_of(&body);
    let now = state.clock.now();
    let vault = &state.booking.settings.vault;
    let language = ConfirmLink::open(&token, vault, now).map_or_else(|_| "es".to_owned(), |l| l.language);
    match confirm(&state.catalog, &*state.store, vault, &token, now).await {
        Ok(name) => {
            let words = crate::http::language::localizer_or_spanish(&language);
            let done = words
                .map(|w| w.get("listing-confirm-done", &[("name", &name)]))
                .unwrap_or_default();
            page(&language, StatusCode::OK, &[done], None)
        }
        Err(e) => refused(&language, &e),
    }
}
