//! The spatial index answers exactly what a brute-force haversine scan answers: same set, same order, all within
//! the radius — on random directories, with random filters, before and after in-place updates, with things at
//! several points (a service with branches) answered once, at their nearest matching point.

use api_types::LatLon;
use proptest::prelude::*;
use ruta_server::geo::{FacetMask, IndexItem, Query, SpatialIndex, distance_m};
use uuid::Uuid;

#[derive(Debug, Clone)]
struct Item {
    id: u128,
    lat: f64,
    lon: f64,
    mask: u64,
}

fn item() -> impl Strategy<Value = Item> {
    // Clustered around a few cities as real services are, plus anywhere on Earth.
    let cities = prop_oneof![
        Just((14.08, -87.2)),
        Just((-12.05, -77.04)),
        Just((19.43, -99.13)),
        Just((18.54, -72.34)),
        Just((-0.1, 179.95)),
        Just((89.9, 0.0)),
    ];
    (
        any::<u128>(),
        cities,
        -0.5f64..0.5,
        -0.5f64..0.5,
        any::<bool>(),
        -90f64..90.0,
        -180f64..180.0,
        0u64..64,
    )
        .prop_map(|(id, (clat, clon), dlat, dlon, spread, rlat, rlon, bits)| {
            let (lat, lon) = if spread {
                (rlat, rlon)
            } else {
                (
                    (clat + dlat).clamp(-90.0, 90.0),
                    ((clon + dlon + 540.0) % 360.0) - 180.0,
                )
            };
            // Six facet bits, so random clauses are sometimes rare and sometimes common.
            Item {
                id,
                lat,
                lon,
                mask: bits,
            }
        })
}

fn oracle(items: &[Item], origin: LatLon, clauses: &[u64], radius_m: f64, limit: usize) -> Vec<(Uuid, f64)> {
    let mut all: Vec<(Uuid, f64)> = items
        .iter()
        .filter(|i| clauses.iter().all(|c| c & i.mask != 0))
        .map(|i| {
            (
                Uuid::from_u128(i.id),
                distance_m(origin, LatLon::new(i.lat, i.lon).unwrap()),
            )
        })
        .filter(|(_, d)| *d <= radius_m)
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut seen = std::collections::HashSet::new();
    all.retain(|(id, _)| seen.insert(*id));
    all.truncate(limit);
    all
}

fn build(items: &[Item]) -> SpatialIndex<u128> {
    SpatialIndex::bulk_load(
        items
            .iter()
            .map(|i| IndexItem {
                id: Uuid::from_u128(i.id),
                point: LatLon::new(i.lat, i.lon).unwrap(),
                mask: FacetMask(i.mask),
                payload: i.id,
            })
            .collect(),
    )
}

/// Folds the random ids into a few dozen, so many ids have several points.
fn with_branches(mut items: Vec<Item>) -> Vec<Item> {
    for i in &mut items {
        i.id %= 61;
    }
    items
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, rng_seed: proptest::test_runner::RngSeed::Fixed(20261129), ..ProptestConfig::default() })]

    #[test]
    fn nearest_equals_a_brute_force_scan(
        items in prop::collection::vec(item(), 0..400),
        origin in (-90f64..90.0, -180f64..180.0),
        near_city in any::<bool>(),
        clauses in prop::collection::vec(1u64..64, 0..3),
        radius_m in prop_oneof![Just(1_000.0), Just(50_000.0), Just(500_000.0), Just(20_100_000.0)],
        limit in 1usize..40,
    ) {
        let items = with_branches(items);
        let origin = if near_city { LatLon::new(14.1, -87.3).unwrap() } else { LatLon::new(origin.0, origin.1).unwrap() };
        let index = build(&items);
        let query = Query { clauses: clauses.iter().map(|c| FacetMask(*c)).collect(), radius_m, limit };
        let got: Vec<(Uuid, f64)> = index.nearest(origin, &query, |_| true).iter().map(|h| (h.id, h.distance_m)).collect();
        let want = oracle(&items, origin, &clauses, radius_m, limit);
        prop_assert_eq!(&got, &want);
        prop_assert!(got.iter().all(|(_, d)| *d <= radius_m));
    }

    #[test]
    fn updates_in_place_keep_the_index_exact(
        items in prop::collection::vec(item(), 1..200),
        moved in prop::collection::vec(item(), 0..50),
        removed in prop::collection::vec(any::<prop::sample::Index>(), 0..50),
        limit in 1usize..20,
    ) {
        let mut items = with_branches(items);
        let mut index = build(&items);
        for r in removed {
            if items.is_empty() { break; }
            let gone = items.remove(r.index(items.len()));
            items.retain(|i| i.id != gone.id);
            index.remove(&Uuid::from_u128(gone.id));
        }
        for m in moved {
            // Either a new service or an existing one moved and re-tagged.
            let m = match items.first() { Some(first) if m.id % 2 == 0 => Item { id: first.id, ..m }, _ => m };
            items.retain(|i| i.id != m.id);
            index.upsert(IndexItem { id: Uuid::from_u128(m.id), point: LatLon::new(m.lat, m.lon).unwrap(), mask: FacetMask(m.mask), payload: m.id });
            items.push(m);
        }
        let ids: std::collections::HashSet<u128> = items.iter().map(|i| i.id).collect();
        prop_assert_eq!(index.len(), ids.len());
        let origin = LatLon::new(14.1, -87.3).unwrap();
        let query = Query { clauses: vec![], radius_m: 20_100_000.0, limit };
        let got: Vec<(Uuid, f64)> = index.nearest(origin, &query, |_| true).iter().map(|h| (h.id, h.distance_m)).collect();
        prop_assert_eq!(got, oracle(&items, origin, &[], 20_100_000.0, limit));
    }
}

#[test]
fn the_antimeridian_does_not_hide_the_nearest() {
    let items = vec![
        Item {
            id: 1,
            lat: 0.0,
            lon: 179.99,
            mask: 1,
        },
        Item {
            id: 2,
            lat: 0.0,
            lon: 179.0,
            mask: 1,
        },
    ];
    let index = build(&items);
    let origin = LatLon::new(0.0, -179.99).unwrap();
    let hits = index.nearest(
        origin,
        &Query {
            clauses: vec![],
            radius_m: 1e7,
            limit: 1,
        },
        |_| true,
    );
    assert_eq!(
        hits[0].id,
        Uuid::from_u128(1),
        "2.2 km across the antimeridian, not 130 km west"
    );
}

/// rstar's bulk load can leave leaves at different depths and a later insert then panics (georust/rstar PR
/// #239). The index never inserts into a bulk-loaded tree; this drives it through many updates and rebuilds.
#[test]
fn thousands_of_updates_after_a_bulk_load_neither_panic_nor_drift() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(239);
    let random_item = |id: u128, rng: &mut rand_chacha::ChaCha8Rng| Item {
        id,
        lat: rng.random_range(-56.0..33.0),
        lon: rng.random_range(-118.0..-34.0),
        mask: rng.random_range(1..64),
    };
    let mut items: Vec<Item> = (0..25).map(|i| random_item(i, &mut rng)).collect();
    let mut index = build(&items);
    for step in 0..3_000u128 {
        if step % 3 == 0 && !items.is_empty() {
            let gone = items.swap_remove(rng.random_range(0..items.len()));
            index.remove(&Uuid::from_u128(gone.id));
        } else {
            let it = random_item(1_000 + step, &mut rng);
            index.upsert(IndexItem {
                id: Uuid::from_u128(it.id),
                point: LatLon::new(it.lat, it.lon).unwrap(),
                mask: FacetMask(it.mask),
                payload: it.id,
            });
            items.push(it);
        }
        if step % 500 == 0 {
            let origin = LatLon::new(-12.0, -77.0).unwrap();
            let query = Query {
                clauses: vec![FacetMask(0b101)],
                radius_m: 3_000_000.0,
                limit: 15,
            };
            let got: Vec<(Uuid, f64)> = index
                .nearest(origin, &query, |_| true)
                .iter()
                .map(|h| (h.id, h.distance_m))
                .collect();
            assert_eq!(
                got,
                oracle(&items, origin, &[0b101], 3_000_000.0, 15),
                "step {step}"
            );
        }
    }
    assert_eq!(index.len(), items.len());
}

/// A service with branches in three towns is one result, at the branch nearest the person; when it closes two
/// branches, only the one left is found.
#[test]
fn a_thing_at_several_points_is_answered_once_at_its_nearest() {
    let point = |lat: f64, lon: f64| LatLon::new(lat, lon).unwrap();
    let at = |id: u128, p: LatLon, branch: &'static str| IndexItem {
        id: Uuid::from_u128(id),
        point: p,
        mask: FacetMask(1),
        payload: branch,
    };
    let (tegucigalpa, san_pedro, la_ceiba) =
        (point(14.08, -87.21), point(15.50, -88.03), point(15.78, -86.79));
    let mut index = SpatialIndex::bulk_load(vec![
        at(1, tegucigalpa, "capital"),
        at(1, san_pedro, "north"),
        at(1, la_ceiba, "coast"),
        at(2, point(15.45, -88.0), "other"),
    ]);
    assert_eq!(index.len(), 2);
    let query = Query {
        clauses: vec![],
        radius_m: 1e7,
        limit: 2,
    };
    let hits = index.nearest(point(15.51, -88.02), &query, |_| true);
    let got: Vec<(u128, &str)> = hits.iter().map(|h| (h.id.as_u128(), *h.payload)).collect();
    assert_eq!(
        got,
        vec![(1, "north"), (2, "other")],
        "once each, the branch nearest"
    );
    index.replace(Uuid::from_u128(1), vec![at(1, tegucigalpa, "capital")]);
    let hits = index.nearest(point(15.51, -88.02), &query, |_| true);
    let got: Vec<(u128, &str)> = hits.iter().map(|h| (h.id.as_u128(), *h.payload)).collect();
    assert_eq!(
        got,
        vec![(2, "other"), (1, "capital")],
        "the closed branches are gone"
    );
    index.replace(
        Uuid::from_u128(2),
        vec![at(2, la_ceiba, "coast"), at(2, san_pedro, "north")],
    );
    let hits = index.nearest(point(15.51, -88.02), &query, |_| true);
    let got: Vec<(u128, &str)> = hits.iter().map(|h| (h.id.as_u128(), *h.payload)).collect();
    assert_eq!(got, vec![(2, "north"), (1, "capital")]);
}
