//! The directory in memory: every service, the spatial index of those with premises, the list of remote ones,
//! and the rules that turn them into what the public may see.

pub mod edit;
pub mod operator;
pub mod public;
pub mod search;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use api_types::{CountryCode, DeliveryMode, LatLon};
use uuid::Uuid;

use crate::domain::text::fold;
use crate::domain::{Organization, Service};
use crate::geo::{FacetMask, IndexItem, SpatialIndex};
use crate::reference::{Gazetteer, PlaceRecord};

pub use search::{SearchError, SearchParams, SearchWithEntries, StaffFilters};

/// Side of the grid cell, in degrees, that stands in for a confidential location (0.1° ≈ 11 km).
pub const CONFIDENTIAL_CELL_DEG: f64 = 0.1;

/// A town must have at least this many people to name the area of a confidential location.
const AREA_TOWN_MIN_POPULATION: u64 = 5_000;

/// What the public may know of where a service is.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicPoint {
    /// The exact point, or for a confidential service the centre of its grid cell.
    pub point: LatLon,
    /// True when `point` is a cell centre, or a town's centre standing in for an address without coordinates.
    pub approximate: bool,
    /// The nearest town to the cell centre, for confidential services.
    pub area_name: Option<String>,
    /// That town's first-level division.
    pub area_region: Option<String>,
}

/// The centre of the grid cell that contains `p`.
///
/// # Example
/// ```
/// use api_types::LatLon;
/// use ruta_server::directory::coarse_cell;
/// let c = coarse_cell(LatLon::new(14.0818, -87.2068).unwrap());
/// assert_eq!((c.lat(), c.lon()), (14.05, -87.25));
/// ```
pub fn coarse_cell(p: LatLon) -> LatLon {
    let snap = |v: f64| ((v / CONFIDENTIAL_CELL_DEG).floor() + 0.5) * CONFIDENTIAL_CELL_DEG;
    let round = |v: f64| (v * 1e6).round() / 1e6;
    LatLon::new(
        round(snap(p.lat())).clamp(-90.0, 90.0),
        round(snap(p.lon())).clamp(-180.0, 180.0),
    )
    .unwrap_or(p)
}

/// A service as held by the index: the record, where the public may think it is, and its folded text.
#[derive(Debug)]
pub struct Entry {
    pub service: Arc<Service>,
    /// Where the public may think each of its locations is, the main one first; empty for a service without
    /// premises. A confidential service has one: the coarse area of its main location, whatever else it has.
    pub public: Vec<PublicPoint>,
    /// Names and descriptions in every language, folded, with a leading space (`" casa refugio ..."`), so a
    /// word prefix is found with `contains(" word")`.
    pub text: String,
    /// Its kinds, populations, cost, delivery and languages as bits, so a search skips what cannot match.
    pub mask: FacetMask,
    /// Its answer fields that do not depend on the question, serialised once.
    pub fragments: Option<Fragments>,
}

/// The JSON members of a search hit and of a remote hit that depend only on the service (everything but id,
/// name, distance, bearing and "open now"), without the surrounding braces, e.g. `"kinds":["shelter"],...`.
#[derive(Debug)]
pub struct Fragments {
    /// For `results[]`, one per public point (the location is the one the hit is at).
    pub hits: Vec<Box<str>>,
    /// For `remote[]`.
    pub remote: Box<str>,
}

#[derive(serde::Serialize)]
struct HitFields<'a> {
    kinds: &'a [api_types::ServiceKind],
    confidential: bool,
    demo: bool,
    languages: &'a [api_types::LanguageCode],
    populations: &'a [api_types::Population],
    cost: api_types::Cost,
    delivery: &'a [DeliveryMode],
    capacity: api_types::Capacity,
    status: api_types::ServiceStatus,
    location: &'a api_types::PublicLocation,
    phones: &'a [api_types::Phone],
    #[serde(skip_serializing_if = "Option::is_none")]
    last_verified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(serde::Serialize)]
struct RemoteFields<'a> {
    kinds: &'a [api_types::ServiceKind],
    delivery: Vec<DeliveryMode>,
    languages: &'a [api_types::LanguageCode],
    populations: &'a [api_types::Population],
    cost: api_types::Cost,
    always_open: bool,
    phones: &'a [api_types::Phone],
    countries: &'a [CountryCode],
    demo: bool,
}

fn members<T: serde::Serialize>(value: &T) -> Option<Box<str>> {
    let json = serde_json::to_string(value).ok()?;
    Some(json.strip_prefix('{')?.strip_suffix('}')?.into())
}

fn fragments_of(service: &Service, locations: &[api_types::PublicLocation]) -> Option<Fragments> {
    let hit = |location| {
        members(&HitFields {
            kinds: &service.kinds,
            confidential: service.confidential,
            demo: service.demo,
            languages: &service.languages,
            populations: &service.populations,
            cost: service.cost,
            delivery: &service.delivery,
            capacity: service.capacity,
            status: service.status,
            location,
            phones: &service.phones,
            last_verified_at: service.last_verified_at,
        })
    };
    let hits = locations.iter().map(hit).collect::<Option<Vec<_>>>()?;
    let remote = members(&RemoteFields {
        kinds: &service.kinds,
        delivery: service
            .delivery
            .iter()
            .copied()
            .filter(|d| d.is_remote())
            .collect(),
        languages: &service.languages,
        populations: &service.populations,
        cost: service.cost,
        always_open: service.hours.as_ref().is_some_and(|h| h.always_open()),
        phones: &service.phones,
        countries: &service.area.countries,
        demo: service.demo,
    })?;
    Some(Fragments { hits, remote })
}

/// The facet bits of a service.
pub fn mask_of(service: &Service) -> FacetMask {
    FacetMask::union(
        service
            .kinds
            .iter()
            .map(|k| FacetMask::kind(*k))
            .chain(service.populations.iter().map(|p| FacetMask::population(*p)))
            .chain(std::iter::once(FacetMask::cost(service.cost)))
            .chain(service.delivery.iter().map(|d| FacetMask::delivery(*d)))
            .chain(service.languages.iter().map(FacetMask::language)),
    )
}

fn folded_text(service: &Service) -> String {
    let mut text = String::new();
    for t in service.names.values().chain(service.descriptions.values()) {
        text.push(' ');
        text.push_str(&fold(t));
    }
    text
}

/// All services and organisations, indexed.
#[derive(Debug)]
pub struct Directory {
    organizations: HashMap<Uuid, Arc<Organization>>,
    entries: HashMap<Uuid, Arc<Entry>>,
    /// Listed services with premises open to visitors, at each of their public points.
    index: SpatialIndex<AtPoint>,
    /// Listed services that can be used remotely, by what their area names.
    remote: RemoteIndex,
    /// Listed services per language subtag (`quc`, `es`…), kept as services change.
    languages: BTreeMap<String, u32>,
    gazetteer: Arc<Gazetteer>,
}

impl Directory {
    /// Builds the directory and its index.
    pub fn new(organizations: Vec<Organization>, services: Vec<Service>, gazetteer: Arc<Gazetteer>) -> Self {
        let mut directory = Self {
            organizations: organizations.into_iter().map(|o| (o.id, Arc::new(o))).collect(),
            entries: HashMap::with_capacity(services.len()),
            index: SpatialIndex::default(),
            remote: RemoteIndex::default(),
            languages: BTreeMap::new(),
            gazetteer,
        };
        let mut items = Vec::new();
        for service in services {
            let entry = directory.entry_for(service);
            items.extend(index_items(&entry));
            directory.remote.add(&entry);
            count_languages(&mut directory.languages, &entry.service, true);
            directory.entries.insert(entry.service.id, entry);
        }
        directory.index = SpatialIndex::bulk_load(items);
        directory
    }

    fn entry_for(&self, service: Service) -> Arc<Entry> {
        let public = self.public_points(&service);
        let text = folded_text(&service);
        let mask = mask_of(&service);
        let mut entry = Entry {
            service: Arc::new(service),
            public,
            text,
            mask,
            fragments: None,
        };
        entry.fragments = fragments_of(&entry.service, &public::locations(&entry));
        Arc::new(entry)
    }

    fn public_points(&self, service: &Service) -> Vec<PublicPoint> {
        if !service.confidential {
            return service
                .locations
                .iter()
                .map(|location| PublicPoint {
                    point: location.point,
                    approximate: location.approximate,
                    area_name: location.locality.clone(),
                    area_region: location.region.clone(),
                })
                .collect();
        }
        let Some(location) = service.location() else {
            return Vec::new();
        };
        let cell = coarse_cell(location.point);
        let town: Option<&PlaceRecord> = self.gazetteer.nearest_town(cell, AREA_TOWN_MIN_POPULATION);
        vec![PublicPoint {
            point: cell,
            approximate: true,
            area_name: town.map(|t| t.name.clone()),
            area_region: town.map(|t| t.admin1_name.clone()),
        }]
    }

    /// Adds or replaces a service; it is searchable as soon as this returns.
    pub fn upsert_service(&mut self, service: Service) {
        let entry = self.entry_for(service);
        let id = entry.service.id;
        self.remote.remove(&id);
        self.index.replace(id, index_items(&entry));
        self.remote.add(&entry);
        count_languages(&mut self.languages, &entry.service, true);
        if let Some(old) = self.entries.insert(id, entry) {
            count_languages(&mut self.languages, &old.service, false);
        }
    }

    /// Adds or replaces an organisation.
    pub fn upsert_organization(&mut self, organization: Organization) {
        self.organizations.insert(organization.id, Arc::new(organization));
    }

    /// One service with what the public may know of its place.
    pub fn get(&self, id: &Uuid) -> Option<&Arc<Entry>> {
        self.entries.get(id)
    }

    pub fn organization(&self, id: &Uuid) -> Option<&Arc<Organization>> {
        self.organizations.get(id)
    }

    /// Every service, defunct ones included (callers decide what is listed), in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = &Arc<Entry>> {
        self.entries.values()
    }

    /// Every organisation, in no particular order.
    pub fn organizations(&self) -> impl Iterator<Item = &Arc<Organization>> {
        self.organizations.values()
    }

    /// Number of services (all statuses).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no services.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// True when any service is demo data.
    pub fn has_demo(&self) -> bool {
        self.entries.values().any(|e| e.service.demo)
    }

    /// The gazetteer the directory names areas with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Listed remote services whose area covers the country, region or point, each once, by id.
    pub fn remote_covering(
        &self,
        country: Option<CountryCode>,
        region_iso: Option<&str>,
        point: LatLon,
    ) -> Vec<&Arc<Entry>> {
        let mut found: Vec<&Arc<Entry>> = Vec::new();
        if let Some(list) = country.and_then(|c| self.remote.by_country.get(&c)) {
            found.extend(list);
        }
        if let Some(list) = region_iso
            .filter(|r| !r.is_empty())
            .and_then(|r| self.remote.by_region.get(r))
        {
            found.extend(list);
        }
        found.extend(
            self.remote
                .by_polygon
                .iter()
                .filter(|e| covers(&e.service, None, None, point)),
        );
        found.sort_by_key(|e| e.service.id);
        found.dedup_by_key(|e| e.service.id);
        found
    }

    /// Every language listed services speak, by subtag (`pt-BR` counts as `pt`), with how many speak it; in
    /// code order. Kept as services change, so asking costs one pass over the languages, not the services.
    pub fn languages(&self) -> impl Iterator<Item = (&str, u32)> {
        self.languages.iter().map(|(code, n)| (code.as_str(), *n))
    }

    /// Listed remote services whose area names the whole country.
    pub fn remote_in_country(&self, country: CountryCode) -> &[Arc<Entry>] {
        self.remote
            .by_country
            .get(&country)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Remote services by what their service area names, so finding what covers a place does not test them all.
#[derive(Debug, Default)]
struct RemoteIndex {
    by_country: HashMap<CountryCode, Vec<Arc<Entry>>>,
    by_region: HashMap<String, Vec<Arc<Entry>>>,
    by_polygon: Vec<Arc<Entry>>,
}

impl RemoteIndex {
    fn add(&mut self, entry: &Arc<Entry>) {
        let s = &entry.service;
        if !(s.is_listed() && s.is_remote()) {
            return;
        }
        for c in &s.area.countries {
            insert_sorted(self.by_country.entry(*c).or_default(), entry);
        }
        for r in &s.area.regions {
            insert_sorted(self.by_region.entry(r.clone()).or_default(), entry);
        }
        if s.area.polygon.is_some() {
            insert_sorted(&mut self.by_polygon, entry);
        }
    }

    fn remove(&mut self, id: &Uuid) {
        for list in self.by_country.values_mut().chain(self.by_region.values_mut()) {
            list.retain(|e| e.service.id != *id);
        }
        self.by_polygon.retain(|e| e.service.id != *id);
    }
}

/// Adds (or with `add` false, takes away) a service's languages to the counts, each subtag once; services that
/// are not listed count for nothing.
fn count_languages(counts: &mut BTreeMap<String, u32>, service: &Service, add: bool) {
    if !service.is_listed() {
        return;
    }
    let mut subtags: Vec<&str> = service.languages.iter().map(|l| l.primary()).collect();
    subtags.sort_unstable();
    subtags.dedup();
    for subtag in subtags {
        if add {
            *counts.entry(subtag.to_owned()).or_default() += 1;
        } else if let Some(n) = counts.get_mut(subtag) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                counts.remove(subtag);
            }
        }
    }
}

fn insert_sorted(list: &mut Vec<Arc<Entry>>, entry: &Arc<Entry>) {
    let at = list.partition_point(|e| e.service.id < entry.service.id);
    list.insert(at, entry.clone());
}

/// A service at one of its public points: what the spatial index holds, so a hit knows which location it is at.
#[derive(Debug, Clone)]
pub struct AtPoint {
    pub entry: Arc<Entry>,
    /// Which of `entry.public` (and of its locations) this is.
    pub place: usize,
}

fn index_items(entry: &Arc<Entry>) -> Vec<IndexItem<AtPoint>> {
    let service = &entry.service;
    if !(service.is_listed() && service.is_in_person()) {
        return Vec::new();
    }
    entry
        .public
        .iter()
        .enumerate()
        .map(|(place, public)| IndexItem {
            id: service.id,
            point: public.point,
            mask: entry.mask,
            payload: AtPoint {
                entry: entry.clone(),
                place,
            },
        })
        .collect()
}

/// Whether a remote service's area covers a place.
pub fn covers(
    service: &Service,
    country: Option<CountryCode>,
    region_iso: Option<&str>,
    point: LatLon,
) -> bool {
    let area = &service.area;
    if country.is_some_and(|c| area.countries.contains(&c)) {
        return true;
    }
    if region_iso.is_some_and(|r| !r.is_empty() && area.regions.iter().any(|a| a == r)) {
        return true;
    }
    if let Some(rings) = &area.polygon {
        use geo::Contains;
        let mut rings = rings
            .iter()
            .map(|ring| geo::LineString::from(ring.iter().map(|[x, y]| (*x, *y)).collect::<Vec<_>>()));
        if let Some(exterior) = rings.next() {
            let polygon = geo::Polygon::new(exterior, rings.collect());
            return polygon.contains(&geo::Point::new(point.lon(), point.lat()));
        }
    }
    false
}
