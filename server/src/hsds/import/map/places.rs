//! Places: a service's first location with usable coordinates (repaired when swapped or written with a decimal
//! comma), its address, and the country they are in.

use api_types::{CountryCode, LatLon};
use serde_json::Value;

use super::fields::{Obj, list, raw};
use super::tolerant::{self, Coordinates};
use super::{At, Mapper};
use crate::domain::text::fold;
use crate::geo::distance_m;

/// How far the nearest gazetteer place may be for its country and zone to count, metres.
pub(super) const NEAR_M: f64 = 150_000.0;

/// A place read from the file.
pub(super) struct Place {
    pub(super) point: Option<LatLon>,
    pub(super) address: Option<String>,
    pub(super) locality: Option<String>,
    pub(super) region: Option<String>,
    /// From the address, or the nearest gazetteer place.
    pub(super) country: Option<CountryCode>,
    /// The nearest gazetteer place's zone.
    pub(super) timezone: Option<String>,
    /// The location object (its phones, schedules).
    pub(super) location: Obj,
}

impl Mapper<'_> {
    /// A country from a code (`HN`) or a name in English, Spanish, Portuguese or French.
    pub(super) fn country(&self, text: &str) -> Option<CountryCode> {
        let folded = fold(text);
        if let Some(code) = self.country_names.get(&folded) {
            return Some(*code);
        }
        (text.trim().len() == 2)
            .then(|| CountryCode::parse(text).ok())
            .flatten()
    }

    /// The first location with usable coordinates, with its address; the first address's country even when no
    /// location has a point.
    pub(super) fn place(&mut self, at: &At, v: &Obj) -> Option<Place> {
        let mut chosen: Option<Place> = None;
        let mut address_country: Option<CountryCode> = None;
        for sal in list(v, "service_at_locations") {
            let Some(sal) = sal.as_object() else {
                continue;
            };
            self.read("service_at_location");
            let Some(location) = sal.get("location").and_then(Value::as_object) else {
                continue;
            };
            let l_at = self.at_of("location", location, at);
            self.read("location");
            let (address, locality, region, country) = self.address(&l_at, location);
            if address_country.is_none() {
                address_country = country;
            }
            let lat = location
                .get("latitude")
                .or_else(|| location.get("lat"))
                .and_then(tolerant::number);
            let lon = location
                .get("longitude")
                .or_else(|| location.get("lng"))
                .or_else(|| location.get("lon"))
                .and_then(tolerant::number);
            let comma = ["latitude", "longitude", "lat", "lng", "lon"].iter().any(|k| {
                location
                    .get(*k)
                    .and_then(Value::as_str)
                    .is_some_and(|t| t.contains(','))
            });
            if comma && lat.is_some() && lon.is_some() {
                self.report
                    .fixed(&l_at, "latitude", "a decimal comma read as a decimal point");
            }
            let point = match (lat, lon) {
                (Some(lat), Some(lon)) => match tolerant::coordinates(lat, lon) {
                    Coordinates::AsGiven(p) => Some(p),
                    Coordinates::Swapped(p) => {
                        self.report.fixed(
                            &l_at,
                            "latitude",
                            "latitude and longitude were swapped: swapping them back puts the place in the region",
                        );
                        Some(p)
                    }
                    Coordinates::OutOfRange => {
                        self.report.skipped_field(
                            &l_at,
                            "latitude",
                            "coordinates out of range (even when swapped): the place is left out",
                        );
                        None
                    }
                    Coordinates::Zero => {
                        self.report.skipped_field(
                            &l_at,
                            "latitude",
                            "coordinates 0, 0 are a placeholder: the place is left out",
                        );
                        None
                    }
                },
                _ => {
                    let field = if lat.is_none() { "latitude" } else { "longitude" };
                    self.report
                        .skipped_field(&l_at, field, "missing or not a number: the place is left out");
                    None
                }
            };
            let Some(point) = point else {
                continue;
            };
            if chosen.is_some() {
                self.report
                    .skipped_row(&l_at, "Ruta keeps one place per service: the first was kept");
                continue;
            }
            let near = self
                .ctx
                .gazetteer
                .nearest(point)
                .filter(|p| distance_m(p.point, point) <= NEAR_M);
            let near_country = near.map(|p| p.country);
            let timezone = near
                .filter(|p| country.is_none_or(|c| c == p.country))
                .map(|p| p.timezone.clone())
                .filter(|z| !z.is_empty());
            if country.is_some() && near_country.is_some() && country != near_country {
                self.report.warning(
                    &l_at,
                    Some("country"),
                    "the address's country is not the country the coordinates are in",
                );
            }
            chosen = Some(Place {
                point: Some(point),
                address,
                locality,
                region,
                country: country.or(near_country),
                timezone,
                location: location.clone(),
            });
        }
        chosen.or_else(|| {
            address_country.map(|c| Place {
                point: None,
                address: None,
                locality: None,
                region: None,
                country: Some(c),
                timezone: None,
                location: Obj::new(),
            })
        })
    }

    fn address(
        &mut self,
        l_at: &At,
        location: &Obj,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<CountryCode>,
    ) {
        let addresses: Vec<&Obj> = list(location, "addresses")
            .iter()
            .chain(list(location, "physical_addresses"))
            .filter_map(Value::as_object)
            .collect();
        for _ in &addresses {
            self.read("address");
        }
        let physical = addresses
            .iter()
            .find(|a| raw(a, "address_type").is_none_or(|t| t.eq_ignore_ascii_case("physical")));
        let Some(a) = physical.or(addresses.first()).copied() else {
            return (None, None, None, None);
        };
        let a_at = self.at_of("address", a, l_at);
        let street = match (self.text(&a_at, a, "address_1"), self.text(&a_at, a, "address_2")) {
            (Some(one), Some(two)) => Some(format!("{one}, {two}")),
            (one, two) => one.or(two),
        };
        let locality = self.text(&a_at, a, "city");
        let region = self
            .text(&a_at, a, "state_province")
            .or_else(|| self.text(&a_at, a, "region"));
        let country = match raw(a, "country") {
            Some(text) => {
                let country = self.country(&text);
                if country.is_none() {
                    self.report.skipped_field(
                        &a_at,
                        "country",
                        "not an ISO 3166-1 code or a country name Ruta knows",
                    );
                } else if text.trim().len() != 2 {
                    self.report
                        .fixed(&a_at, "country", "a country name: read as its ISO 3166-1 code");
                }
                country
            }
            None => None,
        };
        (street, locality, region, country)
    }
}
