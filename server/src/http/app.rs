//! The survivor app's built files (`scripts/build-app.sh` → `app/dist/`), served from the API's own origin:
//! content-hashed assets cached for a year, `index.html` and the service worker revalidated, gzip copies sent to
//! browsers that accept them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::services::ServeDir;

use crate::http::error::ApiError;

/// The built app, with `index.html` prepared in memory in every language.
#[derive(Debug)]
pub struct AppBundle {
    dir: PathBuf,
    /// `(language, page)`: `<html lang>`, the `<noscript>` sentence and what shows before the app starts, in that
    /// language. The first is Spanish, served when the browser asks for no language Ruta ships.
    index_html: Vec<(String, Bytes)>,
}

/// `html` in one language: `<html lang="…">` set to `lang`, the `<noscript>` sentence and the texts shown before
/// the app starts (`#preboot-…`) from `localizer`.
fn localize_page(html: &str, lang: &str, localizer: &ruta_locales::Localizer) -> String {
    let mut html = html.replacen(
        "<html lang=\"es\">",
        &format!("<html lang=\"{}\">", escape_attribute(lang)),
        1,
    );
    for id in ["preboot-exit", "preboot-emergency", "preboot-loading"] {
        html = replace_text_of(&html, id, &localizer.get(id, &[]));
    }
    match (html.find("<noscript>"), html.find("</noscript>")) {
        (Some(start), Some(end)) if start < end => format!(
            "{}<noscript>\n      <p>{}</p>\n    {}",
            &html[..start],
            escape_attribute(&localizer.get("noscript", &[])),
            &html[end..]
        ),
        _ => html,
    }
}

/// `html` with the text of the element whose `id` is given (up to its first child tag or its end) set to `text`.
fn replace_text_of(html: &str, id: &str, text: &str) -> String {
    let marker = format!("id=\"{id}\"");
    let Some(start) = html
        .find(&marker)
        .and_then(|at| html[at..].find('>').map(|gt| at + gt + 1))
    else {
        return html.to_owned();
    };
    let end = html[start..].find('<').map_or(html.len(), |lt| start + lt);
    format!("{}{}{}", &html[..start], escape_attribute(text), &html[end..])
}

/// `html` with the quoted value that follows `marker` (e.g. `content="`) set to `value`.
fn replace_value_after(html: &str, marker: &str, value: &str) -> String {
    match html.find(marker) {
        Some(start) => {
            let value_start = start + marker.len();
            let value_end = html[value_start..]
                .find('"')
                .map_or(value_start, |i| value_start + i);
            format!(
                "{}{}{}",
                &html[..value_start],
                escape_attribute(value),
                &html[value_end..]
            )
        }
        None => html.to_owned(),
    }
}

/// Where the quick-exit button sends the browser, as given in the configuration.
fn escape_attribute(value: &str) -> String {
    html_escape::encode_double_quoted_attribute(value).into_owned()
}

impl AppBundle {
    /// Reads `dir/index.html` and sets its quick-exit address; `None` when the app is not built.
    pub fn load(dir: &Path, exit_url: &str) -> std::io::Result<Option<Self>> {
        let index = dir.join("index.html");
        if !index.exists() {
            return Ok(None);
        }
        let html = std::fs::read_to_string(&index)?;
        // The app's quick exit reads the meta; the link shown before the app starts goes to the same place.
        let html = replace_value_after(&html, "name=\"ruta-exit-url\" content=\"", exit_url);
        let html = replace_value_after(&html, "id=\"preboot-exit\" href=\"", exit_url);
        let mut pages: Vec<(String, Bytes)> = crate::http::language::every_language()
            .iter()
            .map(|localizer| {
                let lang = localizer.language();
                let page = localize_page(&html, &lang, localizer);
                (lang, Bytes::from(page))
            })
            .collect();
        // Spanish first: the page for browsers that ask for nothing Ruta speaks.
        pages.sort_by_key(|(lang, _)| lang != "es");
        if pages.is_empty() {
            pages.push(("es".to_owned(), Bytes::from(html)));
        }
        Ok(Some(Self {
            dir: dir.to_path_buf(),
            index_html: pages,
        }))
    }
}

async fn index(State(bundle): State<Arc<AppBundle>>, headers: HeaderMap) -> Response {
    let wanted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::http::language::negotiate);
    let (lang, page) = wanted
        .and_then(|wanted| bundle.index_html.iter().find(|(lang, _)| *lang == wanted))
        .or_else(|| bundle.index_html.first())
        .cloned()
        .unwrap_or_default();
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::VARY, HeaderValue::from_static("Accept-Language")),
        ],
        [(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_str(&lang).unwrap_or(HeaderValue::from_static("es")),
        )],
        page,
    )
        .into_response()
}

/// `/staff/`: the staff screens' page (a bundle of its own; survivors never load it).
async fn staff(State(bundle): State<Arc<AppBundle>>) -> Response {
    match tokio::fs::read(bundle.dir.join("staff.html")).await {
        Ok(page) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            ],
            page,
        )
            .into_response(),
        Err(_) => ApiError::NoRoute.into_response(),
    }
}

/// `name-0123456789ab.ext`: the build names assets by their content.
fn is_hashed(path: &str) -> bool {
    let stem = path
        .rsplit('/')
        .next()
        .unwrap_or("")
        .split('.')
        .next()
        .unwrap_or("");
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() == 12 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn cache_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let value = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// `/` and the files next to it.
pub fn router(bundle: Arc<AppBundle>) -> Router {
    let files = ServeDir::new(&bundle.dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(axum::handler::HandlerWithoutStateExt::into_service(|| async {
            ApiError::NoRoute
        }));
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/staff", get(staff))
        .route("/staff/", get(staff))
        .with_state(bundle)
        .fallback_service(files)
        .layer(middleware::from_fn(cache_headers))
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn only_content_hashed_names_are_cached_for_long() {
        assert!(is_hashed("/ruta_app_bg-0123456789ab.wasm"));
        assert!(is_hashed("/style-a1b2c3d4e5f6.css.gz"));
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/"));
        assert!(!is_hashed("/boot-xyz.js"));
    }
}
