//! Monitoring: where services are missing (coverage of every gazetteer place by every kind of service) and the
//! anonymous referral counts ([`referral`]).
//!
//! For each place and kind: the great-circle distance to the nearest *active* in-person service of that kind
//! (one nearest-neighbour walk per kind in an R-tree on the unit sphere, then haversine), and whether an active
//! remote service of that kind covers the place (its area names the place's country or first-level division, or
//! its polygon contains the place — the public search's rule). A confidential shelter counts at the centre of its
//! ~11 km cell, where the public search puts it: the figures may be published, and exact distances from 32,000
//! public places would locate the house.

pub mod referral;

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use api_types::{
    CountryCode, CoverageArea, CoveragePlaceRow, CoverageReport, DeliveryMode, FarPlace, LatLon, ServiceKind,
    ServiceStatus,
};
use rstar::RTree;
use rstar::primitives::GeomWithData;

use crate::directory::Directory;
use crate::geo::{distance_m, unit_vector};
use crate::reference::{Gazetteer, PlaceRecord};

/// The distances the report counts people within, in kilometres.
pub const RADII_KM: [f64; 3] = [25.0, 50.0, 100.0];
/// A place farther than this from an in-person service of a kind is "far from help" of that kind.
pub const FAR_KM: f64 = 100.0;
/// Places listed in `farthest` by default.
pub const DEFAULT_FARTHEST: usize = 20;
/// Most places listed in `farthest`.
pub const MAX_FARTHEST: usize = 1_000;

const KINDS: usize = ServiceKind::ALL.len();

/// A bit per kind of service.
type KindBits = u16;

fn kind_bits(kinds: &[ServiceKind]) -> KindBits {
    kinds.iter().fold(0, |bits, k| bits | (1 << k.index()))
}

/// An active service with premises, where the public may think it is.
#[derive(Debug, Clone, PartialEq)]
struct Site {
    point: LatLon,
    kinds: KindBits,
}

/// An active remote service and the area it covers.
#[derive(Debug, Clone)]
struct RemoteSite {
    kinds: KindBits,
    countries: Vec<CountryCode>,
    regions: Vec<String>,
    polygon: Option<geo::Polygon<f64>>,
}

/// What the coverage depends on, taken from the directory in one pass (under its read lock), so the computation
/// itself runs without holding the lock.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    sites: Vec<Site>,
    remote: Vec<RemoteSite>,
    demo: bool,
    fingerprint: u64,
}

impl Inputs {
    /// Active in-person services (at their public point) and active remote services of a directory.
    pub fn from_directory(directory: &Directory) -> Self {
        let mut entries: Vec<_> = directory
            .entries()
            .filter(|e| e.service.status == ServiceStatus::Active)
            .collect();
        entries.sort_by_key(|e| e.service.id);
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let mut inputs = Inputs::default();
        for entry in entries {
            let s = &entry.service;
            let kinds = kind_bits(&s.kinds);
            let in_person = s.delivery.contains(&DeliveryMode::InPerson) && !s.locations.is_empty();
            for public in entry.public.iter().filter(|_| in_person) {
                inputs.sites.push(Site {
                    point: public.point,
                    kinds,
                });
                (
                    1_u8,
                    kinds,
                    public.point.lat().to_bits(),
                    public.point.lon().to_bits(),
                )
                    .hash(&mut hasher);
            }
            if s.is_remote() {
                let polygon = s.area.polygon.as_ref().and_then(|rings| {
                    let mut rings = rings.iter().map(|ring| {
                        geo::LineString::from(ring.iter().map(|[x, y]| (*x, *y)).collect::<Vec<_>>())
                    });
                    let exterior = rings.next()?;
                    Some(geo::Polygon::new(exterior, rings.collect()))
                });
                (2_u8, kinds, &s.area.countries, &s.area.regions).hash(&mut hasher);
                if let Some(rings) = &s.area.polygon {
                    for [x, y] in rings.iter().flatten() {
                        (x.to_bits(), y.to_bits()).hash(&mut hasher);
                    }
                }
                inputs.remote.push(RemoteSite {
                    kinds,
                    countries: s.area.countries.clone(),
                    regions: s.area.regions.clone(),
                    polygon,
                });
            }
            inputs.demo |= s.demo;
        }
        inputs.demo.hash(&mut hasher);
        inputs.fingerprint = hasher.finish();
        inputs
    }

    /// A hash of everything the coverage depends on: equal inputs give equal coverage.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }
}

/// Coverage of every gazetteer place by every kind of service.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Per place (gazetteer order), per kind ([`ServiceKind::ALL`] order): metres to the nearest active in-person
    /// service, infinite when there is none.
    nearest_m: Vec<f64>,
    /// Per place: the kinds an active remote service covers it for.
    remote: Vec<KindBits>,
    /// The directory holds demo data.
    demo: bool,
}

/// Which places and kinds a report covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only this country.
    pub country: Option<CountryCode>,
    /// Only this first-level division (ISO 3166-2).
    pub admin_area: Option<String>,
    /// Only these kinds (empty: all).
    pub kinds: Vec<ServiceKind>,
}

impl Filter {
    fn takes(&self, place: &PlaceRecord) -> bool {
        self.country.is_none_or(|c| c == place.country)
            && self.admin_area.as_deref().is_none_or(|a| a == place.admin1_iso)
    }

    fn kinds(&self) -> Vec<ServiceKind> {
        if self.kinds.is_empty() {
            return ServiceKind::ALL.to_vec();
        }
        let mut kinds = self.kinds.clone();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

fn remote_bits(place: &PlaceRecord, inputs: &RemoteIndex) -> KindBits {
    let mut bits = inputs.by_country.get(&place.country).copied().unwrap_or(0);
    if !place.admin1_iso.is_empty() {
        bits |= inputs.by_region.get(&place.admin1_iso).copied().unwrap_or(0);
    }
    for (kinds, polygon, bbox) in &inputs.polygons {
        if bits & kinds == *kinds {
            continue;
        }
        let (lon, lat) = (place.point.lon(), place.point.lat());
        let inside_box = bbox.is_some_and(|b: geo::Rect<f64>| {
            lon >= b.min().x && lon <= b.max().x && lat >= b.min().y && lat <= b.max().y
        });
        if inside_box {
            use geo::Contains;
            if polygon.contains(&geo::Point::new(lon, lat)) {
                bits |= kinds;
            }
        }
    }
    bits
}

/// Remote coverage by what an area names.
struct RemoteIndex {
    by_country: HashMap<CountryCode, KindBits>,
    by_region: HashMap<String, KindBits>,
    polygons: Vec<(KindBits, geo::Polygon<f64>, Option<geo::Rect<f64>>)>,
}

impl RemoteIndex {
    fn new(remote: &[RemoteSite]) -> Self {
        use geo::BoundingRect;
        let mut index = RemoteIndex {
            by_country: HashMap::new(),
            by_region: HashMap::new(),
            polygons: Vec::new(),
        };
        for r in remote {
            for c in &r.countries {
                *index.by_country.entry(*c).or_default() |= r.kinds;
            }
            for region in r.regions.iter().filter(|r| !r.is_empty()) {
                *index.by_region.entry(region.clone()).or_default() |= r.kinds;
            }
            if let Some(polygon) = &r.polygon {
                index
                    .polygons
                    .push((r.kinds, polygon.clone(), polygon.bounding_rect()));
            }
        }
        index
    }
}

type KindTree = RTree<GeomWithData<[f64; 3], LatLon>>;

impl Coverage {
    /// Computes the coverage of every gazetteer place, on every core: per kind, one R-tree of the active
    /// in-person services' points on the unit sphere, whose nearest neighbour is the great-circle nearest.
    pub fn compute(gazetteer: &Gazetteer, inputs: &Inputs) -> Self {
        let trees: Vec<KindTree> = ServiceKind::ALL
            .iter()
            .map(|kind| {
                RTree::bulk_load(
                    inputs
                        .sites
                        .iter()
                        .filter(|s| s.kinds & (1 << kind.index()) != 0)
                        .map(|s| GeomWithData::new(unit_vector(s.point), s.point))
                        .collect(),
                )
            })
            .collect();
        let remote = RemoteIndex::new(&inputs.remote);
        let places = gazetteer.places();
        let mut nearest_m = vec![f64::INFINITY; places.len() * KINDS];
        let mut remote_bits_of = vec![0 as KindBits; places.len()];
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8);
        let chunk = places.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            for ((places, nearest), bits) in places
                .chunks(chunk)
                .zip(nearest_m.chunks_mut(chunk * KINDS))
                .zip(remote_bits_of.chunks_mut(chunk))
            {
                let (trees, remote) = (&trees, &remote);
                scope.spawn(move || {
                    for (i, place) in places.iter().enumerate() {
                        let xyz = unit_vector(place.point);
                        for (k, tree) in trees.iter().enumerate() {
                            if let Some(site) = tree.nearest_neighbor(&xyz) {
                                nearest[i * KINDS + k] = distance_m(place.point, site.data);
                            }
                        }
                        bits[i] = remote_bits(place, remote);
                    }
                });
            }
        });
        Coverage {
            nearest_m,
            remote: remote_bits_of,
            demo: inputs.demo,
        }
    }

    /// The same by brute force: every place against every service, on one core. The baseline of the benchmark
    /// and the reference of the tests.
    pub fn brute_force(gazetteer: &Gazetteer, inputs: &Inputs) -> Self {
        let places = gazetteer.places();
        let remote = RemoteIndex::new(&inputs.remote);
        let mut nearest_m = vec![f64::INFINITY; places.len() * KINDS];
        let mut remote_bits_of = vec![0 as KindBits; places.len()];
        for (i, place) in places.iter().enumerate() {
            for site in &inputs.sites {
                let d = distance_m(place.point, site.point);
                for k in 0..KINDS {
                    if site.kinds & (1 << k) != 0 && d < nearest_m[i * KINDS + k] {
                        nearest_m[i * KINDS + k] = d;
                    }
                }
            }
            remote_bits_of[i] = remote_bits(place, &remote);
        }
        Coverage {
            nearest_m,
            remote: remote_bits_of,
            demo: inputs.demo,
        }
    }

    /// Metres from the place (by its index in the gazetteer) to the nearest active in-person service of a kind.
    pub fn nearest_m(&self, place_index: usize, kind: ServiceKind) -> Option<f64> {
        self.nearest_m
            .get(place_index * KINDS + kind.index())
            .copied()
            .filter(|d| d.is_finite())
    }

    /// An active remote service of the kind covers the place (by its index in the gazetteer).
    pub fn remote_covered(&self, place_index: usize, kind: ServiceKind) -> bool {
        self.remote
            .get(place_index)
            .is_some_and(|bits| bits & (1 << kind.index()) != 0)
    }

    /// The per-place rows: places in gazetteer order, kinds in vocabulary order.
    pub fn rows<'a>(
        &'a self,
        gazetteer: &'a Gazetteer,
        filter: &'a Filter,
    ) -> impl Iterator<Item = CoveragePlaceRow> + 'a {
        let kinds = filter.kinds();
        gazetteer
            .places()
            .iter()
            .enumerate()
            .filter(|(_, p)| filter.takes(p))
            .flat_map(move |(i, place)| {
                kinds.clone().into_iter().map(move |kind| CoveragePlaceRow {
                    place_id: place.id,
                    name: place.name.clone(),
                    country: place.country,
                    admin_area: place.admin1_iso.clone(),
                    lat: place.point.lat(),
                    lng: place.point.lon(),
                    population: place.population,
                    kind,
                    nearest_in_person_km: self.nearest_m(i, kind).map(km_1dp),
                    remote_covered: self.remote_covered(i, kind),
                })
            })
    }

    /// The report: per country and kind, per first-level division and kind, and the places with most people
    /// far from help (at most `farthest`).
    pub fn report(&self, gazetteer: &Gazetteer, filter: &Filter, farthest: usize) -> CoverageReport {
        let kinds = filter.kinds();
        let mut countries: BTreeMap<(CountryCode, usize), Tally> = BTreeMap::new();
        let mut areas: BTreeMap<(CountryCode, &str, usize), Tally> = BTreeMap::new();
        let mut area_names: HashMap<&str, &str> = HashMap::new();
        let mut far: Vec<(usize, ServiceKind, Option<f64>)> = Vec::new();
        for (i, place) in gazetteer.places().iter().enumerate() {
            if !filter.takes(place) {
                continue;
            }
            area_names
                .entry(place.admin1_iso.as_str())
                .or_insert(place.admin1_name.as_str());
            for &kind in &kinds {
                let nearest = self.nearest_m(i, kind);
                let remote = self.remote_covered(i, kind);
                let k = kind.index();
                countries
                    .entry((place.country, k))
                    .or_default()
                    .add(place.population, nearest, remote);
                areas
                    .entry((place.country, place.admin1_iso.as_str(), k))
                    .or_default()
                    .add(place.population, nearest, remote);
                if nearest.is_none_or(|d| d > FAR_KM * 1000.0) {
                    far.push((i, kind, nearest));
                }
            }
        }
        let places = gazetteer.places();
        // Most people first; then the farthest (none at all before any distance); then by place id and kind.
        far.sort_by(|a, b| {
            let (pa, pb) = (&places[a.0], &places[b.0]);
            pb.population
                .cmp(&pa.population)
                .then_with(|| {
                    let (da, db) = (a.2.unwrap_or(f64::INFINITY), b.2.unwrap_or(f64::INFINITY));
                    db.total_cmp(&da)
                })
                .then_with(|| pa.id.cmp(&pb.id))
                .then_with(|| a.1.cmp(&b.1))
        });
        far.truncate(farthest);
        CoverageReport {
            demo: self.demo,
            kinds,
            countries: countries
                .into_iter()
                .map(|((country, k), tally)| tally.finish(country, None, None, ServiceKind::ALL[k]))
                .collect(),
            areas: areas
                .into_iter()
                .map(|((country, area, k), tally)| {
                    let name = area_names.get(area).map(|n| (*n).to_owned());
                    tally.finish(country, Some(area.to_owned()), name, ServiceKind::ALL[k])
                })
                .collect(),
            farthest: far
                .into_iter()
                .map(|(i, kind, nearest)| {
                    let place = &places[i];
                    FarPlace {
                        place_id: place.id,
                        name: place.name.clone(),
                        country: place.country,
                        admin_area: place.admin1_iso.clone(),
                        admin_area_name: place.admin1_name.clone(),
                        population: place.population,
                        kind,
                        distance_km: nearest.map(km_1dp),
                        remote_covered: self.remote_covered(i, kind),
                    }
                })
                .collect(),
        }
    }

    /// True when the directory held demo data.
    pub fn demo(&self) -> bool {
        self.demo
    }
}

/// Kilometres to one decimal.
fn km_1dp(m: f64) -> f64 {
    (m / 100.0).round() / 10.0
}

/// A share to four decimals; 0 when there is nobody.
fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    ((part as f64 / whole as f64) * 10_000.0).round() / 10_000.0
}

/// Running sums of one group.
#[derive(Debug, Default)]
struct Tally {
    places: u32,
    population: u64,
    within: [u64; RADII_KM.len()],
    remote: u64,
    uncovered: u64,
    /// (distance in metres, people) of places with an in-person service somewhere.
    distances: Vec<(f64, u64)>,
}

impl Tally {
    fn add(&mut self, population: u64, nearest_m: Option<f64>, remote: bool) {
        self.places += 1;
        self.population += population;
        for (within, radius_km) in self.within.iter_mut().zip(RADII_KM) {
            if nearest_m.is_some_and(|d| d <= radius_km * 1000.0) {
                *within += population;
            }
        }
        if remote {
            self.remote += population;
        }
        let near = nearest_m.is_some_and(|d| d <= FAR_KM * 1000.0);
        if !near && !remote {
            self.uncovered += population;
        }
        if let Some(d) = nearest_m {
            self.distances.push((d, population));
        }
    }

    /// The population-weighted median of the nearest distance: the distance within which half the group's
    /// people live; `None` when more than half of them have no service of the kind anywhere.
    fn median_km(&mut self) -> Option<f64> {
        if self.distances.is_empty() {
            return None;
        }
        self.distances.sort_by(|a, b| a.0.total_cmp(&b.0));
        let total: u64 = self.population;
        if total == 0 {
            // Nobody counted: the median place.
            return Some(km_1dp(self.distances[(self.distances.len() - 1) / 2].0));
        }
        let mut seen = 0_u64;
        for (d, people) in &self.distances {
            seen += people;
            if seen * 2 >= total {
                return Some(km_1dp(*d));
            }
        }
        // More than half the people have no service of this kind at all.
        None
    }

    fn finish(
        mut self,
        country: CountryCode,
        admin_area: Option<String>,
        admin_area_name: Option<String>,
        kind: ServiceKind,
    ) -> CoverageArea {
        let median_nearest_km = self.median_km();
        CoverageArea {
            country,
            admin_area,
            admin_area_name,
            kind,
            places: self.places,
            population: self.population,
            share_within_25_km: share(self.within[0], self.population),
            share_within_50_km: share(self.within[1], self.population),
            share_within_100_km: share(self.within[2], self.population),
            share_remote_covered: share(self.remote, self.population),
            share_uncovered: share(self.uncovered, self.population),
            median_nearest_km,
        }
    }
}

/// The coverage of the last directory state asked for, kept while the directory does not change.
static CACHE: Mutex<Option<(u64, usize, Arc<Coverage>)>> = Mutex::new(None);

/// The coverage for these inputs: from the cache when the directory has not changed since it was computed,
/// else computed (on every core) and cached.
pub fn cached(gazetteer: &Gazetteer, inputs: &Inputs) -> Arc<Coverage> {
    let key = (inputs.fingerprint, gazetteer.places().len());
    if let Some((fingerprint, places, coverage)) =
        CACHE.lock().unwrap_or_else(PoisonError::into_inner).as_ref()
        && (*fingerprint, *places) == key
    {
        return coverage.clone();
    }
    let coverage = Arc::new(Coverage::compute(gazetteer, inputs));
    *CACHE.lock().unwrap_or_else(PoisonError::into_inner) = Some((key.0, key.1, coverage.clone()));
    coverage
}
