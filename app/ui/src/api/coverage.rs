//! Coverage (administrators and operators): how far people are from each kind of service, by country and
//! division, as a report or a CSV file.

use api_types::{CountryCode, CoverageReport, ServiceKind};
use web_sys::AbortSignal;

use super::{ApiFailure, download_csv, get_json};

/// Which part of the region, and which kind of service.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageScope {
    /// A country (`None`: the whole region).
    pub country: Option<CountryCode>,
    /// One of its first-level divisions (ISO 3166-2).
    pub admin_area: Option<String>,
    /// The kind of service.
    pub kind: ServiceKind,
}

impl CoverageScope {
    fn url(&self) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        if let Some(c) = self.country {
            params.append_pair("country", c.as_str());
        }
        if let Some(a) = &self.admin_area {
            params.append_pair("admin_area", a);
        }
        params.append_pair("kind", self.kind.as_str());
        format!("/api/v1/coverage?{}", params.finish())
    }
}

/// `GET /api/v1/coverage?country=…&admin_area=…&kind=…`: the coverage report; `signal` cuts the request (see
/// [`super::Latest`]).
pub fn coverage_report(
    scope: &CoverageScope,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<CoverageReport, ApiFailure>> + use<> {
    get_json(scope.url(), signal)
}

/// `GET /api/v1/coverage?…` with `Accept: text/csv`: the same report as a CSV file, handed to the browser as a
/// download named `file_name`.
#[inline]
pub fn download_coverage(
    scope: &CoverageScope,
    file_name: &str,
) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    download_csv(scope.url(), file_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_is_asked_for_a_kind_in_a_country_or_division() {
        let mut scope = CoverageScope {
            country: None,
            admin_area: None,
            kind: ServiceKind::Shelter,
        };
        assert_eq!(scope.url(), "/api/v1/coverage?kind=shelter");
        scope.country = CountryCode::parse("hn").ok();
        scope.admin_area = Some("HN-FM".into());
        assert_eq!(
            scope.url(),
            "/api/v1/coverage?country=HN&admin_area=HN-FM&kind=shelter"
        );
    }
}
