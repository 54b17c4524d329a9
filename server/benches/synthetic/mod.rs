//! A synthetic directory placed like a real one, shared by the index and PostGIS benchmarks: services around the
//! gazetteer's towns, weighted by population, with common and rare kinds and languages (Haitian Creole only around
//! Haiti and the Dominican Republic).

use api_types::{Cost, DeliveryMode, LanguageCode, LatLon, Population, ServiceKind};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use ruta_server::geo::{FacetMask, IndexItem, destination};
use ruta_server::reference::Gazetteer;
use uuid::Uuid;

/// Kinds with realistic shares (per cent of services offering them).
const KIND_SHARES: &[(ServiceKind, f64)] = &[
    (ServiceKind::Psychosocial, 30.0),
    (ServiceKind::Legal, 20.0),
    (ServiceKind::Health, 18.0),
    (ServiceKind::Shelter, 8.0),
    (ServiceKind::Hotline, 3.0),
    (ServiceKind::FoodClothing, 6.0),
    (ServiceKind::EmploymentTraining, 5.0),
    (ServiceKind::Education, 4.0),
    (ServiceKind::DocumentsMigration, 3.0),
    (ServiceKind::Repatriation, 1.5),
    (ServiceKind::FinancialAid, 1.0),
    (ServiceKind::Other, 0.5),
];

pub struct Towns {
    points: Vec<(LatLon, String)>,
    cumulative: Vec<f64>,
}

impl Towns {
    pub fn new(gazetteer: &Gazetteer) -> Self {
        let mut points = Vec::new();
        let mut cumulative = Vec::new();
        let mut total = 0.0;
        for p in gazetteer.places() {
            // Services concentrate in cities more than people do.
            total += (p.population.max(500) as f64).powf(1.2);
            points.push((p.point, p.country.as_str().to_owned()));
            cumulative.push(total);
        }
        Self { points, cumulative }
    }

    fn pick(&self, rng: &mut ChaCha8Rng) -> &(LatLon, String) {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.random_range(0.0..total);
        let i = self
            .cumulative
            .partition_point(|c| *c < x)
            .min(self.points.len() - 1);
        &self.points[i]
    }

    pub fn near(&self, rng: &mut ChaCha8Rng) -> (LatLon, String) {
        let (p, country) = self.pick(rng);
        let d = rng.random_range(0.0f64..1.0).powi(2) * 15_000.0;
        (destination(*p, rng.random_range(0.0..360.0), d), country.clone())
    }
}

pub fn lang(code: &str) -> FacetMask {
    LanguageCode::parse(code)
        .map(|l| FacetMask::language(&l))
        .unwrap_or_default()
}

pub fn synthetic(n: usize, towns: &Towns, seed: u64) -> Vec<IndexItem<()>> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..n)
        .map(|i| {
            let (point, country) = towns.near(&mut rng);
            let mut mask = FacetMask::EMPTY;
            for _ in 0..rng.random_range(1..=2) {
                let mut x = rng.random_range(0.0..100.0);
                for (kind, share) in KIND_SHARES {
                    x -= share;
                    if x <= 0.0 {
                        mask |= FacetMask::kind(*kind);
                        break;
                    }
                }
            }
            mask |= lang(match country.as_str() {
                "BR" => "pt",
                "HT" => "ht",
                "SR" => "nl",
                "JM" | "TT" | "BB" | "BS" | "GY" | "BZ" => "en",
                _ => "es",
            });
            if rng.random_bool(0.12) {
                mask |= lang("en");
            }
            if (country == "DO" && rng.random_bool(0.08)) || country == "HT" {
                mask |= lang("ht") | lang("fr");
            }
            if matches!(country.as_str(), "PE" | "BO" | "EC") && rng.random_bool(0.1) {
                mask |= lang("qu");
            }
            for p in Population::ALL {
                if rng.random_bool(0.12) {
                    mask |= FacetMask::population(*p);
                }
            }
            mask |= FacetMask::cost(if rng.random_bool(0.8) {
                Cost::Free
            } else {
                Cost::Low
            });
            mask |= FacetMask::delivery(DeliveryMode::InPerson);
            if rng.random_bool(0.2) {
                mask |= FacetMask::delivery(DeliveryMode::Phone);
            }
            IndexItem {
                id: Uuid::from_u128(i as u128 + 1),
                point,
                mask,
                payload: (),
            }
        })
        .collect()
}

/// The queries both benchmarks time: a name, facet clauses (each must meet the service's facets), the radius in
/// metres (20,000 km: the whole region) and how many results.
pub fn query_kinds() -> Vec<(&'static str, Vec<FacetMask>, f64, usize)> {
    let shelter = FacetMask::kind(ServiceKind::Shelter);
    vec![
        ("10 nearest, no filter", vec![], 20_000_000.0, 10),
        (
            "10 nearest of one kind (psychosocial)",
            vec![FacetMask::kind(ServiceKind::Psychosocial)],
            20_000_000.0,
            10,
        ),
        (
            "10 nearest of a rare kind (repatriation)",
            vec![FacetMask::kind(ServiceKind::Repatriation)],
            20_000_000.0,
            10,
        ),
        (
            "10 nearest shelter + Haitian Creole (rare + rare)",
            vec![shelter, lang("ht")],
            20_000_000.0,
            10,
        ),
        (
            "10 nearest legal + Quechua + women + free",
            vec![
                FacetMask::kind(ServiceKind::Legal),
                lang("qu"),
                FacetMask::population(Population::Women),
                FacetMask::cost(Cost::Free),
            ],
            20_000_000.0,
            10,
        ),
        ("20 nearest within 50 km (default search)", vec![], 50_000.0, 20),
        ("20 nearest shelters within 50 km", vec![shelter], 50_000.0, 20),
    ]
}
