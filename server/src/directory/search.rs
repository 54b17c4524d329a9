//! "What help is near here?": the search parameters, checked, and the search itself.

use std::borrow::Cow;
use std::str::FromStr;
use std::sync::Arc;

use api_types::{
    Cost, CountryInfo, DeliveryMode, LanguageCode, LatLon, Origin, Population, SearchResponse, ServiceKind,
};
use chrono::{DateTime, Utc};

use super::{Directory, Entry, public};
use crate::domain::text::{fallback_chain, fold};
use crate::error::ApiError;
use crate::geo::{FacetMask, Query};
use crate::reference::{Countries, CountryRecord, PlaceRecord};

/// Default search radius: 50 km.
pub const DEFAULT_RADIUS_M: u32 = 50_000;
/// Largest radius: 2,000 km (a whole country, for the sparsest ones).
pub const MAX_RADIUS_M: u32 = 2_000_000;
/// Default number of results.
pub const DEFAULT_LIMIT: usize = 20;
/// Most results one search returns.
pub const MAX_LIMIT: usize = 100;
/// Most remote services listed.
pub const MAX_REMOTE: usize = 30;
/// Longest free text accepted.
pub const MAX_Q_CHARS: usize = 200;
/// A point further than this from any gazetteer place is not taken to be in that place's country.
const MAX_COUNTRY_GUESS_M: f64 = 150_000.0;

/// Where to search from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OriginSpec {
    /// A point (the app rounds it to about 1 km before sending it).
    Point(LatLon),
    /// A gazetteer place id.
    Place(u32),
}

/// Which delivery the person wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryFilter {
    /// Premises to go to.
    InPerson,
    /// Any of phone, video, chat.
    Remote,
    /// One remote mode.
    Mode(DeliveryMode),
}

/// Checked search parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchParams {
    /// Where from.
    pub origin: OriginSpec,
    /// How far, metres.
    pub radius_m: u32,
    /// How many nearby results.
    pub limit: usize,
    /// Any of these kinds (empty: any).
    pub kinds: Vec<ServiceKind>,
    /// Speaks any of these languages.
    pub languages: Vec<LanguageCode>,
    /// Serves any of these populations.
    pub populations: Vec<Population>,
    /// Costs any of these.
    pub costs: Vec<Cost>,
    /// Delivery wanted.
    pub delivery: Option<DeliveryFilter>,
    /// Only services open now.
    pub open_now: bool,
    /// Folded words that must all start a word of a name or description.
    pub words: Vec<String>,
    /// Language to show names in.
    pub lang: Option<LanguageCode>,
}

/// Why a search could not be made.
pub type SearchError = ApiError;

fn parse_number<T: FromStr>(field: &str, value: &str, what: &str) -> Result<T, ApiError> {
    value.trim().parse().map_err(|_| ApiError::invalid(field, what))
}

fn parse_vocab<T: FromStr<Err = api_types::UnknownValue>>(field: &str, value: &str) -> Result<T, ApiError> {
    value
        .trim()
        .parse()
        .map_err(|e: api_types::UnknownValue| ApiError::invalid(field, e.to_string()))
}

fn set_once<T>(slot: &mut Option<T>, field: &str, value: T) -> Result<(), ApiError> {
    if slot.is_some() {
        return Err(ApiError::invalid(field, "given more than once"));
    }
    *slot = Some(value);
    Ok(())
}

impl SearchParams {
    /// Parses query-string pairs. Unknown parameters are refused by name, so a typo is not silently ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (Cow<'a, str>, Cow<'a, str>)>,
    ) -> Result<Self, ApiError> {
        let mut lat: Option<f64> = None;
        let mut lon: Option<f64> = None;
        let mut place: Option<u32> = None;
        let mut radius_m: Option<u32> = None;
        let mut limit: Option<usize> = None;
        let mut delivery: Option<DeliveryFilter> = None;
        let mut open_now: Option<bool> = None;
        let mut q: Option<String> = None;
        let mut lang: Option<LanguageCode> = None;
        let mut params = SearchParams {
            origin: OriginSpec::Place(0),
            radius_m: DEFAULT_RADIUS_M,
            limit: DEFAULT_LIMIT,
            kinds: Vec::new(),
            languages: Vec::new(),
            populations: Vec::new(),
            costs: Vec::new(),
            delivery: None,
            open_now: false,
            words: Vec::new(),
            lang: None,
        };
        for (key, value) in pairs {
            let key = key.as_ref();
            let value = value.as_ref();
            match key {
                "lat" => {
                    let v = parse_number("lat", value, "latitude must be a number from -90 to 90")?;
                    set_once(&mut lat, "lat", v)?;
                }
                "lon" => {
                    let v = parse_number("lon", value, "longitude must be a number from -180 to 180")?;
                    set_once(&mut lon, "lon", v)?;
                }
                "place" => {
                    let v = parse_number("place", value, "place must be a place id from /api/v1/places")?;
                    set_once(&mut place, "place", v)?;
                }
                "radius_m" => {
                    let v: f64 = parse_number("radius_m", value, "radius_m must be a number of metres")?;
                    if !v.is_finite() || v < 1.0 || v > f64::from(MAX_RADIUS_M) {
                        return Err(ApiError::invalid(
                            "radius_m",
                            format!("radius_m must be between 1 and {MAX_RADIUS_M} metres"),
                        ));
                    }
                    set_once(&mut radius_m, "radius_m", v.round() as u32)?;
                }
                "limit" => {
                    let v: usize = parse_number("limit", value, "limit must be a whole number")?;
                    if !(1..=MAX_LIMIT).contains(&v) {
                        return Err(ApiError::invalid(
                            "limit",
                            format!("limit must be between 1 and {MAX_LIMIT}"),
                        ));
                    }
                    set_once(&mut limit, "limit", v)?;
                }
                "kind" => params.kinds.push(parse_vocab("kind", value)?),
                "population" => params.populations.push(parse_vocab("population", value)?),
                "cost" => params.costs.push(parse_vocab("cost", value)?),
                "language" => params.languages.push(
                    LanguageCode::parse(value).map_err(|e| ApiError::invalid("language", e.to_string()))?,
                ),
                "delivery" => {
                    let v = match value.trim() {
                        "in_person" => DeliveryFilter::InPerson,
                        "remote" => DeliveryFilter::Remote,
                        other => match other.parse::<DeliveryMode>() {
                            Ok(mode) if mode.is_remote() => DeliveryFilter::Mode(mode),
                            _ => {
                                return Err(ApiError::invalid(
                                    "delivery",
                                    "delivery must be one of: in_person, remote, phone, video, chat",
                                ));
                            }
                        },
                    };
                    set_once(&mut delivery, "delivery", v)?;
                }
                "open_now" => {
                    let v = match value.trim() {
                        "true" | "1" | "" => true,
                        "false" | "0" => false,
                        _ => return Err(ApiError::invalid("open_now", "open_now must be true or false")),
                    };
                    set_once(&mut open_now, "open_now", v)?;
                }
                "q" => {
                    if value.chars().count() > MAX_Q_CHARS {
                        return Err(ApiError::invalid(
                            "q",
                            format!("q must be at most {MAX_Q_CHARS} characters"),
                        ));
                    }
                    set_once(&mut q, "q", value.to_owned())?;
                }
                "lang" => {
                    let v =
                        LanguageCode::parse(value).map_err(|e| ApiError::invalid("lang", e.to_string()))?;
                    set_once(&mut lang, "lang", v)?;
                }
                other => {
                    let shown: String = other.chars().take(40).collect();
                    return Err(ApiError::invalid(shown, "unknown parameter"));
                }
            }
        }
        params.origin = match (lat, lon, place) {
            (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
                return Err(ApiError::invalid(
                    "place",
                    "give either place or lat and lon, not both",
                ));
            }
            (Some(lat), Some(lon), None) => {
                OriginSpec::Point(LatLon::new(lat, lon).map_err(|e| match e {
                    api_types::point::InvalidLatLon::Lat => ApiError::invalid("lat", e.to_string()),
                    api_types::point::InvalidLatLon::Lon => ApiError::invalid("lon", e.to_string()),
                })?)
            }
            (Some(_), None, None) => return Err(ApiError::missing("lon", "lon is needed with lat")),
            (None, Some(_), None) => return Err(ApiError::missing("lat", "lat is needed with lon")),
            (None, None, Some(id)) => OriginSpec::Place(id),
            (None, None, None) => {
                return Err(ApiError::missing(
                    "place",
                    "give a place id (from /api/v1/places) or lat and lon",
                ));
            }
        };
        params.radius_m = radius_m.unwrap_or(DEFAULT_RADIUS_M);
        params.limit = limit.unwrap_or(DEFAULT_LIMIT);
        params.delivery = delivery;
        params.open_now = open_now.unwrap_or(false);
        params.words = q
            .map(|q| {
                fold(&q)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .take(8)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        params.lang = lang;
        Ok(params)
    }

    /// The facet clauses for the spatial index.
    fn clauses(&self) -> Vec<FacetMask> {
        let mut clauses = Vec::new();
        if !self.kinds.is_empty() {
            clauses.push(FacetMask::union(self.kinds.iter().map(|k| FacetMask::kind(*k))));
        }
        if !self.languages.is_empty() {
            clauses.push(FacetMask::union(self.languages.iter().map(FacetMask::language)));
        }
        if !self.populations.is_empty() {
            clauses.push(FacetMask::union(
                self.populations.iter().map(|p| FacetMask::population(*p)),
            ));
        }
        if !self.costs.is_empty() {
            clauses.push(FacetMask::union(self.costs.iter().map(|c| FacetMask::cost(*c))));
        }
        match self.delivery {
            None => {}
            Some(DeliveryFilter::InPerson) => clauses.push(FacetMask::delivery(DeliveryMode::InPerson)),
            Some(DeliveryFilter::Remote) => clauses.push(FacetMask::union(
                DeliveryMode::ALL
                    .iter()
                    .filter(|d| d.is_remote())
                    .map(|d| FacetMask::delivery(*d)),
            )),
            Some(DeliveryFilter::Mode(mode)) => clauses.push(FacetMask::delivery(mode)),
        }
        clauses
    }

    /// The checks the facet bits cannot make: open now, free text, languages without a bit of their own.
    fn accepts(&self, entry: &Entry, now: DateTime<Utc>, patterns: &[String], exact_languages: bool) -> bool {
        let s = &entry.service;
        if self.open_now && !s.hours.as_ref().is_some_and(|h| h.is_open_at(now)) {
            return false;
        }
        if !patterns.iter().all(|p| entry.text.contains(p.as_str())) {
            return false;
        }
        if !exact_languages
            && !self
                .languages
                .iter()
                .any(|want| s.languages.iter().any(|have| have.primary() == want.primary()))
        {
            return false;
        }
        true
    }
}

fn country_info(
    directory: &Directory,
    record: &CountryRecord,
    chain: &[String],
    now: DateTime<Utc>,
) -> CountryInfo {
    let mut hotlines: Vec<&Arc<Entry>> = directory
        .remote
        .iter()
        .filter(|e| {
            e.service.kinds.contains(&ServiceKind::Hotline) && e.service.area.countries.contains(&record.iso2)
        })
        .collect();
    hotlines.sort_by_key(|e| {
        (
            !e.service.hours.as_ref().is_some_and(|h| h.always_open()),
            e.service.id,
        )
    });
    let hotlines: Vec<_> = hotlines
        .into_iter()
        .map(|e| public::remote_hit(e, chain, now))
        .collect();
    CountryInfo {
        iso2: record.iso2,
        names: record.names.clone(),
        languages: record.languages.clone(),
        timezones: record.timezones.clone(),
        emergency_numbers: record.emergency_numbers.clone(),
        demo: hotlines.iter().any(|h| h.demo),
        hotlines,
    }
}

impl Directory {
    /// A country's emergency numbers and national hotlines.
    pub fn country(
        &self,
        record: &CountryRecord,
        lang: Option<&LanguageCode>,
        now: DateTime<Utc>,
    ) -> CountryInfo {
        country_info(self, record, &fallback_chain(lang.map(LanguageCode::as_str)), now)
    }

    /// Runs a search.
    pub fn search(
        &self,
        params: &SearchParams,
        countries: &Countries,
        now: DateTime<Utc>,
    ) -> Result<SearchResponse, ApiError> {
        let chain = fallback_chain(params.lang.as_ref().map(LanguageCode::as_str));
        let (point, place, near): (LatLon, Option<&PlaceRecord>, Option<&PlaceRecord>) = match params.origin {
            OriginSpec::Place(id) => {
                let place = self.gazetteer().get(id).ok_or(ApiError::NotFound {
                    what: "place",
                    field: "place",
                })?;
                (place.point, Some(place), Some(place))
            }
            OriginSpec::Point(point) => {
                let near = self
                    .gazetteer()
                    .nearest(point)
                    .filter(|p| crate::geo::distance_m(p.point, point) <= MAX_COUNTRY_GUESS_M);
                (point, None, near)
            }
        };
        let country = near.map(|p| p.country);
        let region = near.map(|p| p.admin1_iso.as_str());

        let patterns: Vec<String> = params.words.iter().map(|w| format!(" {w}")).collect();
        let exact_languages = params.languages.iter().all(FacetMask::language_is_exact);
        let query = Query {
            clauses: params.clauses(),
            radius_m: f64::from(params.radius_m),
            limit: params.limit,
        };
        let hits = self.index.nearest(point, &query, |entry| {
            params.accepts(entry, now, &patterns, exact_languages)
        });
        let results: Vec<_> = hits
            .iter()
            .filter_map(|h| public::hit(h.payload, point, h.distance_m, &chain, now))
            .collect();

        let remote = if params.delivery == Some(DeliveryFilter::InPerson) {
            Vec::new()
        } else {
            let mut remote_clauses = query.clauses.clone();
            if params.delivery.is_none() {
                remote_clauses.push(FacetMask::union(
                    DeliveryMode::ALL
                        .iter()
                        .filter(|d| d.is_remote())
                        .map(|d| FacetMask::delivery(*d)),
                ));
            }
            let mut matched: Vec<&Arc<Entry>> = self
                .remote_covering(country, region, point)
                .filter(|e| remote_clauses.iter().all(|c| c.intersects(e.mask)))
                .filter(|e| params.accepts(e, now, &patterns, exact_languages))
                .collect();
            // Around-the-clock lines first, then what is open now, then the rest; stable by id.
            matched.sort_by_key(|e| {
                let hours = e.service.hours.as_ref();
                (
                    !hours.is_some_and(|h| h.always_open()),
                    !hours.is_some_and(|h| h.is_open_at(now)),
                    !e.service.kinds.contains(&ServiceKind::Hotline),
                    e.service.id,
                )
            });
            matched
                .into_iter()
                .take(MAX_REMOTE)
                .map(|e| public::remote_hit(e, &chain, now))
                .collect()
        };

        let country_info = country
            .and_then(|c| countries.get(c))
            .map(|r| country_info(self, r, &chain, now));
        let demo = results.iter().any(|r| r.demo)
            || remote.iter().any(|r| r.demo)
            || country_info.as_ref().is_some_and(|c| c.demo);
        Ok(SearchResponse {
            demo,
            origin: Origin {
                lat: point.lat(),
                lon: point.lon(),
                place: place.or(near).map(|p| p.to_wire(None)),
                country,
            },
            radius_m: params.radius_m,
            results,
            remote,
            country: country_info,
        })
    }
}
