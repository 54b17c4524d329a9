//! The hotline console: the operators' search (with what only they filter by) and every language of the
//! directory.

use api_types::{DirectoryLanguages, OperatorSearchResponse};
use web_sys::AbortSignal;

use super::{ApiFailure, SearchQuery, get_json};

/// What the operators' search is asked: the survivors' search, and what only operators filter by.
#[derive(Debug, Clone, PartialEq)]
pub struct OperatorQuery {
    /// Where from, how far, which filters.
    pub search: SearchQuery,
    /// Places free, at least (0: any).
    pub min_beds: u32,
    /// Confirmed within this many days.
    pub verified_within_days: Option<u32>,
}

impl OperatorQuery {
    fn url(&self, lang: &str) -> String {
        let mut url = format!("/api/v1/operator/search?{}", self.search.to_query_string(lang));
        if self.min_beds > 0 {
            url.push_str(&format!("&min_beds={}", self.min_beds));
        }
        if let Some(days) = self.verified_within_days {
            url.push_str(&format!("&verified_within_days={days}"));
        }
        url
    }
}

/// `GET /api/v1/operator/search?…&min_beds=…&verified_within_days=…`: services for a caller, names in `lang`;
/// `signal` cuts the request (see [`super::Latest`]).
pub fn search_operator(
    query: &OperatorQuery,
    lang: &str,
    signal: Option<AbortSignal>,
) -> impl Future<Output = Result<OperatorSearchResponse, ApiFailure>> + use<> {
    get_json(query.url(lang), signal)
}

/// `GET /api/v1/operator/languages`: every language of the directory.
#[inline]
pub fn list_languages() -> impl Future<Output = Result<DirectoryLanguages, ApiFailure>> + use<> {
    get_json("/api/v1/operator/languages".to_owned(), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::SearchOrigin;

    #[test]
    fn operators_filter_by_beds_and_how_recently_a_service_was_confirmed() {
        let mut query = OperatorQuery {
            search: SearchQuery::new(SearchOrigin::Place {
                id: 3_600_949,
                name: "Tegucigalpa".into(),
            }),
            min_beds: 0,
            verified_within_days: None,
        };
        assert_eq!(query.url("es"), "/api/v1/operator/search?place=3600949&lang=es");
        query.min_beds = 2;
        query.verified_within_days = Some(30);
        assert_eq!(
            query.url("es"),
            "/api/v1/operator/search?place=3600949&lang=es&min_beds=2&verified_within_days=30"
        );
    }
}
