//! `POST /api/v1/manage/import`: an Open Referral HSDS file (JSON, or a zip of CSVs), checked (`dry_run`) or
//! imported, and the server's report. Sent with XMLHttpRequest, not `fetch`, for the upload's progress.

use api_types::import::ImportReport;
use api_types::{CountryCode, ErrorCode};
use uuid::Uuid;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::api::ApiFailure;

/// What an import is told besides the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Check only: write nothing.
    pub dry_run: bool,
    /// The country of the services the file does not give one.
    pub country: Option<CountryCode>,
    /// The time zone (IANA name) of the services the file does not give one.
    pub timezone: Option<String>,
    /// Shelters (from the check's report) to keep confidential: their address is never public.
    pub confidential_shelters: Vec<Uuid>,
}

impl ImportOptions {
    fn url(&self) -> String {
        let mut url = format!("/api/v1/manage/import?dry_run={}", self.dry_run);
        if let Some(country) = self.country {
            url.push_str(&format!("&country={country}"));
        }
        if let Some(zone) = &self.timezone {
            url.push_str(&format!("&timezone={}", js_sys::encode_uri_component(zone)));
        }
        if !self.confidential_shelters.is_empty() {
            let ids: Vec<String> = self.confidential_shelters.iter().map(Uuid::to_string).collect();
            url.push_str(&format!("&confidential_shelters={}", ids.join(",")));
        }
        url
    }
}

/// What a file is sent as, by its name: a zip, a spreadsheet in Ruta's template, or JSON.
fn content_type(name: &str) -> &'static str {
    let name = name.to_ascii_lowercase();
    match name.rsplit('.').next().unwrap_or_default() {
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "csv" => "text/csv",
        _ => "application/json",
    }
}

/// `GET /api/v1/manage/import/template?lang=…`: where the spreadsheet template downloads from, its headers in
/// `lang` (a tag; English where the template has no headers in that language).
pub fn template_url(lang: &str) -> String {
    let primary = lang.split('-').next().unwrap_or("en");
    format!("/api/v1/manage/import/template?lang={primary}")
}

/// `POST /api/v1/manage/import?dry_run=…&country=…&timezone=…&confidential_shelters=…`: sends `file` as
/// [`content_type`] says. `progress` hears the percentage sent (0 as the upload
/// starts), `done` the report or why there is none.
pub fn import_file(
    file: &web_sys::File,
    options: &ImportOptions,
    progress: impl Fn(u32) + Clone + 'static,
    done: impl Fn(Result<ImportReport, ApiFailure>) + Clone + 'static,
) {
    let Ok(xhr) = web_sys::XmlHttpRequest::new() else {
        done(Err(ApiFailure::Network));
        return;
    };
    if xhr.open("POST", &options.url()).is_err() {
        done(Err(ApiFailure::Network));
        return;
    }
    let _ = xhr.set_request_header("Content-Type", content_type(&file.name()));
    let _ = xhr.set_request_header("Accept", "application/json");
    if let Ok(upload) = xhr.upload() {
        let sent = progress.clone();
        let on_progress =
            Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
                if event.length_computable() && event.total() > 0.0 {
                    let percent = (event.loaded() / event.total() * 100.0).clamp(0.0, 100.0) as u32;
                    sent(percent);
                }
            });
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
        on_progress.forget();
    }
    let done_xhr = xhr.clone();
    let loaded = done.clone();
    let on_load = Closure::<dyn FnMut()>::new(move || {
        let status = done_xhr.status().unwrap_or(0);
        let text = done_xhr.response_text().ok().flatten().unwrap_or_default();
        let value = js_sys::JSON::parse(&text).unwrap_or(wasm_bindgen::JsValue::NULL);
        if (200..300).contains(&status) {
            loaded(
                serde_wasm_bindgen::from_value::<ImportReport>(value)
                    .map_err(|_| ApiFailure::code(ErrorCode::Internal)),
            );
        } else {
            let failure = serde_wasm_bindgen::from_value::<api_types::ErrorBody>(value)
                .map(|body| ApiFailure::Api {
                    code: body.error.code,
                    field: body.error.field,
                })
                .unwrap_or_else(|_| ApiFailure::code(ErrorCode::Internal));
            loaded(Err(failure));
        }
    });
    xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    let failed = done.clone();
    let on_error = Closure::<dyn FnMut()>::new(move || failed(Err(ApiFailure::Network)));
    xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    progress(0);
    if xhr.send_with_opt_blob(Some(file)).is_err() {
        done(Err(ApiFailure::Network));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_go_as_what_their_names_say() {
        assert_eq!(
            content_type("Directorio.XLSX"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        assert_eq!(
            content_type("lista.ods"),
            "application/vnd.oasis.opendocument.spreadsheet"
        );
        assert_eq!(content_type("lista.csv"), "text/csv");
        assert_eq!(content_type("hsds.zip"), "application/zip");
        assert_eq!(content_type("services.json"), "application/json");
        assert_eq!(template_url("pt-BR"), "/api/v1/manage/import/template?lang=pt");
    }
}
