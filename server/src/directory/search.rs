//! "What help is near here?": the search parameters, checked, and the search itself.

use std::sync::Arc;

use api_types::{
    Bearing, Cost, DeliveryMode, LanguageCode, LatLon, Origin, Population, SearchResponse, ServiceKind,
};
use chrono::{DateTime, Utc};

use super::{AtPoint, Directory, Entry, public};
use crate::domain::text::fallback_chain;
use crate::geo::{FacetMask, Query};
use crate::reference::{CountryFacts, PlaceRecord};

/// The default and the widest radius, in metres: the app's limits too, so named once, in `api_types::search`.
pub use api_types::search::{DEFAULT_RADIUS_M, MAX_RADIUS_M};
/// Default number of results.
pub const DEFAULT_LIMIT: usize = 20;
/// Most results one search returns.
pub const MAX_LIMIT: usize = 100;
/// Remote services listed by default: enough to choose from on a small screen and a slow link.
pub const DEFAULT_REMOTE_LIMIT: usize = 10;
/// Most remote services one search lists.
pub const MAX_REMOTE_LIMIT: usize = 50;
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
    pub origin: OriginSpec,
    /// How far, metres.
    pub radius_m: u32,
    /// How many nearby results.
    pub limit: usize,
    /// How many remote services.
    pub remote_limit: usize,
    /// Any of these kinds (empty: any).
    pub kinds: Vec<ServiceKind>,
    /// Speaks any of these languages.
    pub languages: Vec<LanguageCode>,
    /// Serves any of these populations.
    pub populations: Vec<Population>,
    /// Costs any of these.
    pub costs: Vec<Cost>,
    /// Delivery wanted; `None` for any.
    pub delivery: Option<DeliveryFilter>,
    /// Only services open now.
    pub open_now: bool,
    /// Folded words that must all start a word of a name or description.
    pub words: Vec<String>,
    /// Language to show names in.
    pub lang: Option<LanguageCode>,
    /// Filters only staff may use (the operator search); the public search never sets them.
    pub staff: StaffFilters,
}

/// Filters of the operator search, beyond the public ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffFilters {
    /// Only services reporting places free: the directory records capacity as a level, not a number of beds,
    /// so any value of 1 or more keeps `available` and `limited` (0 keeps all).
    pub min_beds: u32,
    /// Only services with one of these capacity levels (empty: any).
    pub capacity: Vec<api_types::Capacity>,
    /// Only services whose organisation confirmed the listing (or reported its capacity) within this many days.
    pub verified_within_days: Option<u32>,
}

impl StaffFilters {
    /// True when the service passes.
    fn accepts(&self, s: &crate::domain::Service, now: DateTime<Utc>) -> bool {
        use api_types::Capacity;
        if self.min_beds > 0 && !matches!(s.capacity, Capacity::Available | Capacity::Limited) {
            return false;
        }
        if !self.capacity.is_empty() && !self.capacity.contains(&s.capacity) {
            return false;
        }
        if let Some(days) = self.verified_within_days {
            let confirmed = s.last_verified_at.max(s.capacity_updated_at);
            let since = now - chrono::Duration::days(i64::from(days));
            if confirmed.is_none_or(|at| at < since) {
                return false;
            }
        }
        true
    }
}

/// A typed search answer with the directory entry behind every hit, in the same order.
#[derive(Debug)]
pub struct SearchWithEntries {
    /// The answer the public search gives.
    pub response: SearchResponse,
    /// The entry behind each of `response.results`.
    pub results: Vec<Arc<Entry>>,
    /// The entry behind each of `response.remote`.
    pub remote: Vec<Arc<Entry>>,
    /// The point searched from.
    pub origin: LatLon,
}

/// Why a search could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The gazetteer has no place with the id searched from.
    #[error("no such place")]
    UnknownPlace,
    /// Writing the answer failed (a bug: every value serialises).
    #[error("serialising an answer: {0}")]
    Serialize(#[from] serde_json::Error),
}

impl SearchParams {
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
        if self.open_now && s.open_at(now) != Some(true) {
            return false;
        }
        if !self.staff.accepts(s, now) {
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

impl Directory {
    /// Finds what a search answers, before it is put into words.
    fn find(&self, params: &SearchParams, now: DateTime<Utc>) -> Result<Found<'_>, SearchError> {
        let chain = fallback_chain(params.lang.as_ref().map(LanguageCode::as_str));
        let (point, place, near): (LatLon, Option<&PlaceRecord>, Option<&PlaceRecord>) = match params.origin {
            OriginSpec::Place(id) => {
                let place = self.gazetteer().get(id).ok_or(SearchError::UnknownPlace)?;
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
        // Twice the limit, so that a demoted listing makes room for the next fresh one (see below).
        let query = Query {
            clauses: params.clauses(),
            radius_m: f64::from(params.radius_m),
            limit: params.limit.saturating_mul(2),
        };
        let accepts = |at: &AtPoint| params.accepts(&at.entry, now, &patterns, exact_languages);
        let mut hits: Vec<_> = self
            .index
            .nearest(point, &query, accepts)
            .into_iter()
            .map(|h| (h.payload, h.distance_m))
            .collect();
        rank(&mut hits, params.limit, now);

        // Few or none within the radius: the nearest that match beyond it too, at any distance the API allows, so
        // a person far from everything sees at once where help is rather than widening the search again and again.
        let beyond = if hits.len() < BEYOND_WHEN_FEWER && params.radius_m < MAX_RADIUS_M {
            let wide = Query {
                clauses: query.clauses.clone(),
                radius_m: f64::from(MAX_RADIUS_M),
                limit: hits.len() + 2 * BEYOND_COUNT,
            };
            let mut far: Vec<_> = self
                .index
                .nearest(point, &wide, accepts)
                .into_iter()
                .filter(|h| h.distance_m > query.radius_m)
                .map(|h| (h.payload, h.distance_m))
                .collect();
            rank(&mut far, BEYOND_COUNT, now);
            far
        } else {
            Vec::new()
        };

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
                .into_iter()
                .filter(|e| remote_clauses.iter().all(|c| c.intersects(e.mask)))
                .filter(|e| params.accepts(e, now, &patterns, exact_languages))
                .collect();
            // Around-the-clock lines first, then what is open now, then the rest; stable by id.
            matched.sort_by_cached_key(|e| {
                let hours = e.service.hours.as_ref();
                (
                    !hours.is_some_and(|h| h.always_open()) || e.service.open_at(now) == Some(false),
                    e.service.open_at(now) != Some(true),
                    !e.service.kinds.contains(&ServiceKind::Hotline),
                    e.service.id,
                )
            });
            matched.truncate(params.remote_limit);
            matched
        };
        Ok(Found {
            chain,
            point,
            place: place.or(near),
            country,
            hits,
            beyond,
            remote,
        })
    }

    fn origin(found: &Found<'_>) -> Origin {
        Origin {
            lat: found.point.lat(),
            lon: found.point.lon(),
            place: found.place.map(|p| p.to_wire(None)),
            country: found.country,
        }
    }

    /// Runs a search and answers with typed values (the reference for [`Self::search_json`]).
    pub fn search(
        &self,
        params: &SearchParams,
        countries: &CountryFacts<'_>,
        now: DateTime<Utc>,
    ) -> Result<SearchResponse, SearchError> {
        self.search_with_entries(params, countries, now)
            .map(|answer| answer.response)
    }

    /// Runs a search and answers with typed values and the entry behind every hit (for the operator search,
    /// which adds what only staff may see).
    pub fn search_with_entries(
        &self,
        params: &SearchParams,
        countries: &CountryFacts<'_>,
        now: DateTime<Utc>,
    ) -> Result<SearchWithEntries, SearchError> {
        let found = self.find(params, now)?;
        let chain = &found.chain;
        let (results, result_entries): (Vec<_>, Vec<_>) = found
            .hits
            .iter()
            .filter_map(|(at, distance_m)| {
                public::hit(&at.entry, at.place, found.point, *distance_m, chain, now)
                    .map(|hit| (hit, Arc::clone(&at.entry)))
            })
            .unzip();
        let beyond: Vec<_> = found
            .beyond
            .iter()
            .filter_map(|(at, distance_m)| {
                public::hit(&at.entry, at.place, found.point, *distance_m, chain, now)
            })
            .collect();
        let (remote, remote_entries): (Vec<_>, Vec<_>) = found
            .remote
            .iter()
            .map(|e| (public::remote_hit(e, chain, now), Arc::clone(e)))
            .unzip();
        let country_info = found.country.and_then(|c| countries.info(c, false));
        let demo =
            results.iter().any(|r| r.demo) || beyond.iter().any(|r| r.demo) || remote.iter().any(|r| r.demo);
        Ok(SearchWithEntries {
            response: SearchResponse {
                demo,
                origin: Self::origin(&found),
                radius_m: params.radius_m,
                results,
                beyond,
                remote,
                country: country_info,
            },
            results: result_entries,
            remote: remote_entries,
            origin: found.point,
        })
    }

    /// Runs a search and writes the same answer as [`Self::search`] straight to JSON: the parts of each service
    /// that do not depend on the question were serialised once, when the service was indexed (see
    /// [`super::Fragments`]). This is the hot path of the API; a test checks it equals the typed answer.
    pub fn search_json(
        &self,
        params: &SearchParams,
        countries: &CountryFacts<'_>,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>, SearchError> {
        let found = self.find(params, now)?;
        let chain = &found.chain;
        let country_info = found.country.and_then(|c| countries.info(c, false));
        let demo = found
            .hits
            .iter()
            .chain(&found.beyond)
            .any(|(at, _)| at.entry.service.demo)
            || found.remote.iter().any(|e| e.service.demo);
        let mut out = Vec::with_capacity(1_024 + 900 * found.hits.len() + 500 * found.remote.len());
        out.extend_from_slice(b"{\"demo\":");
        out.extend_from_slice(if demo { b"true" } else { b"false" });
        out.extend_from_slice(b",\"origin\":");
        write_json(&mut out, &Self::origin(&found))?;
        out.extend_from_slice(format!(",\"radius_m\":{},\"results\":[", params.radius_m).as_bytes());
        write_hits(&mut out, &found.hits, found.point, chain, now)?;
        if !found.beyond.is_empty() {
            out.extend_from_slice(b"],\"beyond\":[");
            write_hits(&mut out, &found.beyond, found.point, chain, now)?;
        }
        out.extend_from_slice(b"],\"remote\":[");
        let mut first = true;
        for entry in &found.remote {
            let Some(fragments) = entry.fragments.as_ref() else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            write_id_and_name(&mut out, entry, chain)?;
            write_open_now(&mut out, entry, now);
            out.push(b',');
            out.extend_from_slice(fragments.remote.as_bytes());
            out.push(b'}');
        }
        out.push(b']');
        if let Some(info) = &country_info {
            out.extend_from_slice(b",\"country\":");
            write_json(&mut out, info)?;
        }
        out.push(b'}');
        Ok(out)
    }
}

/// What a search found, before it is put into words.
struct Found<'a> {
    chain: Vec<String>,
    point: LatLon,
    place: Option<&'a PlaceRecord>,
    country: Option<api_types::CountryCode>,
    hits: Vec<(&'a AtPoint, f64)>,
    /// The nearest matches beyond the radius, when few matched within it.
    beyond: Vec<(&'a AtPoint, f64)>,
    remote: Vec<&'a Arc<Entry>>,
}

/// Orders hits nearest first and keeps the first `limit`: a listing its organisation has not confirmed for 180
/// days, or that is not running now, ranks a bounded amount farther (`Service::ranking_distance_m`), so a survivor
/// tries the ones known to be right first but never goes past one twice as close. Ties by id.
fn rank(hits: &mut Vec<(&AtPoint, f64)>, limit: usize, now: DateTime<Utc>) {
    hits.sort_by(|(a, da), (b, db)| {
        let (a, b) = (&a.entry.service, &b.entry.service);
        a.ranking_distance_m(*da, now)
            .total_cmp(&b.ranking_distance_m(*db, now))
            .then(a.id.cmp(&b.id))
    });
    hits.truncate(limit);
}

/// Below this many results within the radius, the answer adds the nearest beyond it…
pub const BEYOND_WHEN_FEWER: usize = 3;
/// …this many of them.
pub const BEYOND_COUNT: usize = 3;

/// The hits of a list (`results`, `beyond`), each from the fragments serialised when the service was indexed.
fn write_hits(
    out: &mut Vec<u8>,
    hits: &[(&AtPoint, f64)],
    origin: LatLon,
    chain: &[String],
    now: DateTime<Utc>,
) -> Result<(), SearchError> {
    let mut first = true;
    for (at, distance_m) in hits {
        let entry = &at.entry;
        let Some(fragment) = entry.fragments.as_ref().and_then(|f| f.hits.get(at.place)) else {
            continue;
        };
        let Some(public) = entry.public.get(at.place) else {
            continue;
        };
        if !first {
            out.push(b',');
        }
        first = false;
        write_id_and_name(out, entry, chain)?;
        let distance = distance_m.round().clamp(0.0, f64::from(u32::MAX)) as u32;
        out.extend_from_slice(format!(",\"distance_m\":{distance},\"bearing\":").as_bytes());
        write_json(
            out,
            &Bearing::from_degrees(crate::geo::bearing_deg(origin, public.point)),
        )?;
        write_open_now(out, entry, now);
        out.push(b',');
        out.extend_from_slice(fragment.as_bytes());
        out.push(b'}');
    }
    Ok(())
}

/// `{"id":…,"name":…,"name_lang":…` — the opening of a hit and of a remote hit.
fn write_id_and_name(out: &mut Vec<u8>, entry: &Entry, chain: &[String]) -> Result<(), SearchError> {
    let (name, name_lang) = public::name(entry, chain);
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(
        entry
            .service
            .id
            .hyphenated()
            .encode_lower(&mut uuid::Uuid::encode_buffer())
            .as_bytes(),
    );
    out.extend_from_slice(b"\",\"name\":");
    write_json(out, &name)?;
    out.extend_from_slice(b",\"name_lang\":");
    write_json(out, &name_lang)
}

/// `,"open_now":…`, absent when the hours are unknown.
fn write_open_now(out: &mut Vec<u8>, entry: &Entry, now: DateTime<Utc>) {
    if let Some(open) = public::open_now(entry, now) {
        out.extend_from_slice(if open {
            b",\"open_now\":true"
        } else {
            b",\"open_now\":false"
        });
    }
}

fn write_json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), SearchError> {
    Ok(serde_json::to_writer(out, value)?)
}
