//! Where demo services go: how many per country, which towns, and where inside a town.
//!
//! Real services cluster in capitals and big cities, with a thin tail in small towns (the guide's "geographic
//! inequality"); the demo directory copies that shape so coverage reports and remote options have something
//! realistic to show.

use std::collections::{BTreeMap, HashMap};

use api_types::{CountryCode, LatLon};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use ruta_server::reference::{CountryRecord, PlaceRecord};

/// How many of the biggest places of a country share most of its services.
const HEAD_PLACES: usize = 50;
/// The capital's weight relative to a city of the same size (ministries, national NGOs and donors sit there).
const CAPITAL_BOOST: f64 = 3.0;
/// Share of city services that go to a random small town instead of a big city.
const TAIL_SHARE: f64 = 0.12;
/// Smallest town in the long tail.
const TAIL_MIN_POPULATION: u64 = 2_000;
/// Grid cell for the "near a border" test, degrees (about 55 km).
const BORDER_CELL_DEG: f64 = 0.5;
/// Mexican states on the US border (the gazetteer has no US places to detect it from).
const US_BORDER_REGIONS: [&str; 6] = ["MX-BCN", "MX-SON", "MX-CHH", "MX-COA", "MX-NLE", "MX-TAM"];

/// A number in `0..1`.
pub(super) fn unit(rng: &mut ChaCha8Rng) -> f64 {
    rng.random::<f64>()
}

/// True with probability `p`.
pub(super) fn chance(rng: &mut ChaCha8Rng, p: f64) -> bool {
    unit(rng) < p
}

/// An index in `0..len` (0 when `len` is 0).
pub(super) fn index(rng: &mut ChaCha8Rng, len: usize) -> usize {
    if len == 0 { 0 } else { rng.random_range(0..len) }
}

/// An index drawn with the given non-negative weights (0 when they are empty or all zero).
pub(super) fn weighted(rng: &mut ChaCha8Rng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().filter(|w| w.is_finite() && **w > 0.0).sum();
    if total <= 0.0 {
        return 0;
    }
    let mut target = unit(rng) * total;
    for (i, w) in weights.iter().enumerate() {
        if w.is_finite() && *w > 0.0 {
            if target < *w {
                return i;
            }
            target -= w;
        }
    }
    weights.len().saturating_sub(1)
}

/// One item, chosen uniformly; `fallback` for an empty slice.
pub(super) fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T], fallback: T) -> T {
    items.get(index(rng, items.len())).copied().unwrap_or(fallback)
}

/// The gazetteer's places grouped by country, each list still ordered by population, largest first.
pub(super) fn by_country(places: &[PlaceRecord]) -> BTreeMap<CountryCode, Vec<&PlaceRecord>> {
    let mut map: BTreeMap<CountryCode, Vec<&PlaceRecord>> = BTreeMap::new();
    for place in places {
        map.entry(place.country).or_default().push(place);
    }
    for list in map.values_mut() {
        list.sort_by(|a, b| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    }
    map
}

/// Services per country: proportional to the square root of the population (so small states are not
/// invisible and big ones do not swamp the rest), never fewer than `minimum`.
pub(super) fn allocate(countries: &[&CountryRecord], target: usize, minimum: usize) -> Vec<usize> {
    let weights: Vec<f64> = countries.iter().map(|c| (c.population as f64).sqrt()).collect();
    let total: f64 = weights.iter().sum();
    weights
        .iter()
        .map(|w| {
            let share = if total > 0.0 {
                (target as f64 * w / total).round() as usize
            } else {
                0
            };
            share.max(minimum)
        })
        .collect()
}

/// Which countries have places in each grid cell, to tell whether a town lies near a border.
#[derive(Debug)]
pub(super) struct BorderGrid {
    cells: HashMap<(i32, i32), Vec<CountryCode>>,
}

fn cell(point: LatLon) -> (i32, i32) {
    (
        (point.lat() / BORDER_CELL_DEG).floor() as i32,
        (point.lon() / BORDER_CELL_DEG).floor() as i32,
    )
}

impl BorderGrid {
    /// Indexes every place.
    pub(super) fn build(places: &[PlaceRecord]) -> Self {
        let mut cells: HashMap<(i32, i32), Vec<CountryCode>> = HashMap::new();
        for place in places {
            let codes = cells.entry(cell(place.point)).or_default();
            if !codes.contains(&place.country) {
                codes.push(place.country);
            }
        }
        Self { cells }
    }

    /// Whether a place of another country lies within roughly 50–100 km (or the place is in a Mexican state on
    /// the US border): where migrants cross and services for them concentrate.
    pub(super) fn near_border(&self, place: &PlaceRecord) -> bool {
        if US_BORDER_REGIONS.contains(&place.admin1_iso.as_str()) {
            return true;
        }
        let (row, col) = cell(place.point);
        (-1..=1).any(|dr| {
            (-1..=1).any(|dc| {
                self.cells
                    .get(&(row + dr, col + dc))
                    .is_some_and(|codes| codes.iter().any(|c| *c != place.country))
            })
        })
    }
}

/// Picks the towns of `draws` services: mostly the biggest places, weighted by population with the capital
/// boosted, plus a long tail of small towns. The capital gets at least `capital_min`. Returned biggest first.
pub(super) fn pick_cities<'a>(
    places: &[&'a PlaceRecord],
    capital: &'a PlaceRecord,
    draws: usize,
    capital_min: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<(&'a PlaceRecord, usize)> {
    let head_len = places.len().min(HEAD_PLACES);
    let mut head: Vec<&PlaceRecord> = places.iter().take(head_len).copied().collect();
    if !head.iter().any(|p| p.id == capital.id) {
        head.push(capital);
    }
    let weights: Vec<f64> = head
        .iter()
        .map(|p| {
            let boost = if p.id == capital.id { CAPITAL_BOOST } else { 1.0 };
            (p.population.max(1_000) as f64).powf(0.85) * boost
        })
        .collect();
    let tail: Vec<&PlaceRecord> = places
        .iter()
        .skip(head_len)
        .filter(|p| p.population >= TAIL_MIN_POPULATION && p.id != capital.id)
        .copied()
        .collect();

    let mut counts: BTreeMap<u32, (&PlaceRecord, usize)> = BTreeMap::new();
    let first = capital_min.min(draws);
    if first > 0 {
        counts.insert(capital.id, (capital, first));
    }
    for _ in first..draws {
        let place = if !tail.is_empty() && chance(rng, TAIL_SHARE) {
            pick(rng, &tail, capital)
        } else {
            head.get(weighted(rng, &weights)).copied().unwrap_or(capital)
        };
        counts.entry(place.id).or_insert((place, 0)).1 += 1;
    }
    let mut out: Vec<(&PlaceRecord, usize)> = counts.into_values().collect();
    out.sort_by(|(a, _), (b, _)| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    out
}

/// A point a few km from a town's centre (farther in big cities), so services in one town do not share a point.
pub(super) fn jitter(point: LatLon, population: u64, rng: &mut ChaCha8Rng) -> LatLon {
    let max_km = (0.6 + (population as f64 / 100_000.0).sqrt() * 1.2).clamp(0.6, 6.0);
    let distance_km = max_km * unit(rng).sqrt().max(0.05);
    let angle = unit(rng) * std::f64::consts::TAU;
    let dlat = distance_km * angle.cos() / 111.32;
    let dlon = distance_km * angle.sin() / (111.32 * point.lat().to_radians().cos().max(0.1));
    // Five decimals (about 1 m) is the precision of an address.
    LatLon::new(point.lat() + dlat, point.lon() + dlon)
        .map(|p| p.rounded(5))
        .unwrap_or(point)
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn weighted_choice_never_picks_a_zero_weight() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for _ in 0..1_000 {
            assert_ne!(weighted(&mut rng, &[1.0, 0.0, 2.0]), 1);
        }
        assert_eq!(weighted(&mut rng, &[]), 0);
    }

    #[test]
    fn jitter_stays_within_a_few_kilometres() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let lima = LatLon::new(-12.0464, -77.0428).unwrap();
        for _ in 0..1_000 {
            let p = jitter(lima, 8_000_000, &mut rng);
            let d = ruta_server::geo::distance_m(lima, p);
            assert!(d <= 6_100.0, "{d}");
        }
    }
}
