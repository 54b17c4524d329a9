//! What `/api/v1/search` (and the operators' search) is asked: where from, how far, which filters.

use std::collections::BTreeSet;

use api_types::{Population, ServiceKind};

use crate::format::coordinate_param;

/// Where to search from.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchOrigin {
    /// A gazetteer place picked from the suggestions.
    Place {
        /// GeoNames id.
        id: u32,
        /// Its name, for the heading until the answer arrives.
        name: String,
    },
    /// The phone's location, already rounded to 2 decimals.
    Point {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        lon: f64,
    },
}

/// How help is given, as the filter offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeliveryFilter {
    /// No filter.
    #[default]
    Any,
    /// Premises to go to.
    InPerson,
    /// Phone, video or chat.
    Remote,
}

impl DeliveryFilter {
    /// The `<select>` value and the API's `delivery` value (`""` for any).
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryFilter::Any => "",
            DeliveryFilter::InPerson => "in_person",
            DeliveryFilter::Remote => "remote",
        }
    }

    /// From the `<select>` value.
    pub fn from_value(value: &str) -> Self {
        match value {
            "in_person" => DeliveryFilter::InPerson,
            "remote" => DeliveryFilter::Remote,
            _ => DeliveryFilter::Any,
        }
    }
}

/// The results' filters. Several kinds (or populations) mean "any of them"; different filters combine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Kinds of service, each sent as a `kind`; empty for any.
    pub kinds: BTreeSet<ServiceKind>,
    /// Who it is for.
    pub populations: BTreeSet<Population>,
    /// A language staff speak (ISO 639 code).
    pub language: Option<String>,
    /// Free of charge only.
    pub free: bool,
    /// Open at this moment only.
    pub open_now: bool,
    /// In person or remote.
    pub delivery: DeliveryFilter,
}

/// One search: where from, how far, which filters.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    pub origin: SearchOrigin,
    pub filters: Filters,
    /// Radius in metres, at most [`api_types::search::MAX_RADIUS_M`]; `None` for the API's default
    /// ([`api_types::search::DEFAULT_RADIUS_M`], 50 km).
    pub radius_m: Option<u32>,
}

impl SearchQuery {
    /// A new search with no filters.
    pub fn new(origin: SearchOrigin) -> Self {
        Self {
            origin,
            filters: Filters::default(),
            radius_m: None,
        }
    }

    /// The query string for `/api/v1/search`, names shown in `lang`.
    pub fn to_query_string(&self, lang: &str) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        match &self.origin {
            SearchOrigin::Place { id, .. } => {
                params.append_pair("place", &id.to_string());
            }
            SearchOrigin::Point { lat, lon } => {
                params.append_pair("lat", &coordinate_param(*lat));
                params.append_pair("lon", &coordinate_param(*lon));
            }
        }
        if let Some(radius) = self.radius_m {
            params.append_pair("radius_m", &radius.to_string());
        }
        let filters = &self.filters;
        for kind in &filters.kinds {
            params.append_pair("kind", kind.as_str());
        }
        for population in &filters.populations {
            params.append_pair("population", population.as_str());
        }
        if let Some(language) = &filters.language {
            params.append_pair("language", language);
        }
        if filters.free {
            params.append_pair("cost", "free");
        }
        if filters.open_now {
            params.append_pair("open_now", "true");
        }
        if filters.delivery != DeliveryFilter::Any {
            params.append_pair("delivery", filters.delivery.as_str());
        }
        params.append_pair("lang", lang);
        params.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_search_sends_the_id_filters_and_language() {
        let mut query = SearchQuery::new(SearchOrigin::Place {
            id: 3_600_949,
            name: "Tegucigalpa".into(),
        });
        assert_eq!(query.to_query_string("es"), "place=3600949&lang=es");
        query.filters.kinds.insert(ServiceKind::Legal);
        query.filters.kinds.insert(ServiceKind::Shelter);
        query.filters.populations.insert(Population::Women);
        query.filters.language = Some("ht".into());
        query.filters.free = true;
        query.filters.open_now = true;
        query.filters.delivery = DeliveryFilter::Remote;
        query.radius_m = Some(100_000);
        assert_eq!(
            query.to_query_string("en"),
            "place=3600949&radius_m=100000&kind=shelter&kind=legal&population=women&language=ht&cost=free\
             &open_now=true&delivery=remote&lang=en"
        );
    }

    #[test]
    fn a_location_search_sends_coordinates_rounded_to_2_decimals() {
        let query = SearchQuery::new(SearchOrigin::Point {
            lat: 14.081_83,
            lon: -87.206_81,
        });
        assert_eq!(query.to_query_string("es"), "lat=14.08&lon=-87.21&lang=es");
    }
}
