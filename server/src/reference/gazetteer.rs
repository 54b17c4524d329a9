//! The gazetteer of populated places: load, look up by id, nearest place to a point.

use std::collections::HashMap;

use api_types::{CountryCode, LatLon};
use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::Deserialize;

use super::ReferenceError;
use crate::geo::unit_vector;

/// One populated place.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRecord {
    /// GeoNames id.
    pub id: u32,
    /// Main name.
    pub name: String,
    /// Other names (local forms, nicknames, other languages).
    pub alternate_names: Vec<String>,
    /// From the file's `country_code` column; names the country of a searched or referred place.
    pub country: CountryCode,
    /// ISO 3166-2 code of the first-level division (may be empty).
    pub admin1_iso: String,
    /// Name of the first-level division.
    pub admin1_name: String,
    pub point: LatLon,
    /// Population (0 when unknown).
    pub population: u64,
    /// IANA zone.
    pub timezone: String,
}

impl PlaceRecord {
    /// The wire form, with the alternate name a search matched, if any.
    pub fn to_wire(&self, matched_name: Option<String>) -> api_types::Place {
        api_types::Place {
            id: self.id,
            name: self.name.clone(),
            matched_name,
            admin1: self.admin1_name.clone(),
            country: self.country,
            lat: self.point.lat(),
            lon: self.point.lon(),
            population: self.population,
            timezone: self.timezone.clone(),
        }
    }
}

#[derive(Deserialize)]
struct Row {
    geonameid: u32,
    name: String,
    alternate_names: String,
    country_code: String,
    admin1_iso: String,
    admin1_name: String,
    latitude: f64,
    longitude: f64,
    population: u64,
    timezone: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct PlacePoint {
    xyz: [f64; 3],
    index: u32,
}

impl RTreeObject for PlacePoint {
    type Envelope = AABB<[f64; 3]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_point(self.xyz)
    }
}

impl PointDistance for PlacePoint {
    fn distance_2(&self, point: &[f64; 3]) -> f64 {
        let [a, b, c] = self.xyz;
        (a - point[0]).powi(2) + (b - point[1]).powi(2) + (c - point[2]).powi(2)
    }
}

/// All places, by id and by position.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<PlaceRecord>,
    by_id: HashMap<u32, u32>,
    tree: RTree<PlacePoint>,
    search: super::place_search::PlaceSearch,
}

impl Gazetteer {
    /// Reads the gazetteer CSV.
    pub fn from_csv(csv_text: &str) -> Result<Self, ReferenceError> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut places = Vec::new();
        for (i, row) in reader.deserialize::<Row>().enumerate() {
            let row = row?;
            let bad = |reason: String| ReferenceError::Row { row: i + 1, reason };
            let country = CountryCode::parse(&row.country_code).map_err(|e| bad(e.to_string()))?;
            let point = LatLon::new(row.latitude, row.longitude).map_err(|e| bad(e.to_string()))?;
            places.push(PlaceRecord {
                id: row.geonameid,
                name: row.name,
                alternate_names: row
                    .alternate_names
                    .split('|')
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect(),
                country,
                admin1_iso: row.admin1_iso,
                admin1_name: row.admin1_name,
                point,
                population: row.population,
                timezone: row.timezone,
            });
        }
        let by_id = places.iter().enumerate().map(|(i, p)| (p.id, i as u32)).collect();
        let tree = RTree::bulk_load(
            places
                .iter()
                .enumerate()
                .map(|(i, p)| PlacePoint {
                    xyz: unit_vector(p.point),
                    index: i as u32,
                })
                .collect(),
        );
        let search = super::place_search::PlaceSearch::build(&places);
        Ok(Self {
            places,
            by_id,
            tree,
            search,
        })
    }

    /// The copy compiled into the binary.
    pub fn embedded() -> Result<Self, ReferenceError> {
        Self::from_csv(super::GAZETTEER_CSV)
    }

    /// A place by GeoNames id.
    pub fn get(&self, id: u32) -> Option<&PlaceRecord> {
        self.places.get(*self.by_id.get(&id)? as usize)
    }

    /// The place nearest to a point (any size), to name the area around it and find its country.
    pub fn nearest(&self, point: LatLon) -> Option<&PlaceRecord> {
        let hit = self.tree.nearest_neighbor(&unit_vector(point))?;
        self.places.get(hit.index as usize)
    }

    /// The nearest place with at least `min_population` people: a town name that describes an area without
    /// pinpointing it.
    pub fn nearest_town(&self, point: LatLon, min_population: u64) -> Option<&PlaceRecord> {
        self.tree
            .nearest_neighbor_iter(&unit_vector(point))
            .filter_map(|hit| self.places.get(hit.index as usize))
            .find(|p| p.population >= min_population)
    }

    /// Every place, by country then population (largest first), as in the file.
    pub fn places(&self) -> &[PlaceRecord] {
        &self.places
    }

    /// Places matching typed text, best first (see [`super::place_search`]).
    pub fn search(&self, query: &str, country: Option<CountryCode>, limit: usize) -> Vec<api_types::Place> {
        self.search
            .search(query, country, limit, &self.places)
            .into_iter()
            .filter_map(|m| Some(self.places.get(m.index as usize)?.to_wire(m.matched_name)))
            .collect()
    }
}
