//! The lists staff may download as CSV instead of JSON (`Accept: text/csv`): the audit log, coverage, referral
//! counts and the import term table.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::http::error::ApiError;

/// True when the client asks for CSV.
pub fn wants_csv(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("text/csv"))
        })
}

/// `body` as a CSV download named `file_name`.
pub fn csv_response(body: Vec<u8>, file_name: &str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A header row, then one row per record, as a CSV download named `file_name`.
pub fn csv_download<R, F>(
    header_row: &[&str],
    records: impl IntoIterator<Item = R>,
    file_name: &str,
) -> Result<Response, ApiError>
where
    R: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    let csv_error = |e: csv::Error| ApiError::Internal(format!("writing CSV: {e}"));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header_row).map_err(csv_error)?;
    for record in records {
        writer.write_record(record).map_err(csv_error)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| ApiError::Internal(format!("writing CSV: {e}")))?;
    Ok(csv_response(body, file_name))
}
