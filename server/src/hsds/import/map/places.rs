//! Places: every location of a service with usable coordinates (repaired when swapped or written with a decimal
//! comma), its address, and the country they are in. A location without coordinates whose town the gazetteer
//! knows (by its main or another name, in the address's country or the one given with the import; its region
//! breaking ties, then population) is placed at that town's centre, marked approximate, so the service is found
//! by town. An address whose town is not found keeps no point: it is reported. The main place is the first with
//! its own coordinates, else the first placed by its town; the others follow in the file's order, the same place
//! given twice kept once.

use api_types::{CountryCode, LatLon};
use serde_json::Value;

use std::collections::HashMap;

use super::fields::{Obj, list, raw};
use super::tolerant::{self, Coordinates};
use super::{At, Mapper};
use crate::directory::edit::MAX_LOCATIONS;
use crate::domain::text::fold;
use crate::geo::distance_m;
use crate::reference::PlaceRecord;

/// How far the nearest gazetteer place may be for its country and zone to count, metres.
pub(super) const NEAR_M: f64 = 150_000.0;

/// Gazetteer places by country and folded name (main and alternate names), as indexes into
/// `Gazetteer::places`; built when the first address without coordinates needs it.
pub(super) type TownNames = HashMap<(CountryCode, String), Vec<usize>>;

/// A location without coordinates, kept in case no other location has them.
struct Unplaced {
    at: At,
    field: &'static str,
    address: Option<String>,
    locality: Option<String>,
    region: Option<String>,
    country: Option<CountryCode>,
    location: Obj,
}

/// A place read from the file.
pub(super) struct Place {
    pub(super) point: Option<LatLon>,
    /// `point` is the centre of the address's town (the file gave no coordinates).
    pub(super) approximate: bool,
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

/// The postal code of a location's street address (the physical one, else the first), as given.
pub(super) fn postal_code(location: &Obj) -> Option<String> {
    let addresses: Vec<&Obj> = list(location, "addresses")
        .iter()
        .chain(list(location, "physical_addresses"))
        .filter_map(Value::as_object)
        .collect();
    let physical = addresses
        .iter()
        .find(|a| raw(a, "address_type").is_none_or(|t| t.eq_ignore_ascii_case("physical")));
    raw(physical.or(addresses.first())?, "postal_code")
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

    /// The gazetteer place of a town named in an address: same country, same folded name (main or alternate),
    /// the region's when it names one, else the most populous.
    fn town(
        &mut self,
        locality: &str,
        region: Option<&str>,
        country: CountryCode,
    ) -> Option<&'_ PlaceRecord> {
        let places = self.ctx.gazetteer.places();
        let names = self.town_names.get_or_insert_with(|| {
            let mut names: TownNames = HashMap::new();
            for (i, place) in places.iter().enumerate() {
                for name in std::iter::once(&place.name).chain(&place.alternate_names) {
                    let entry = names.entry((place.country, fold(name))).or_default();
                    if entry.last() != Some(&i) {
                        entry.push(i);
                    }
                }
            }
            names
        });
        let candidates = names.get(&(country, fold(locality)))?;
        let region = region.map(fold).filter(|r| !r.is_empty());
        let in_region = |place: &PlaceRecord| {
            region.as_ref().is_some_and(|r| {
                fold(&place.admin1_name) == *r
                    || fold(&place.admin1_iso) == *r
                    || place
                        .admin1_iso
                        .rsplit('-')
                        .next()
                        .is_some_and(|code| fold(code) == *r)
            })
        };
        candidates
            .iter()
            .map(|i| &places[*i])
            .max_by_key(|place| (in_region(place), place.population, std::cmp::Reverse(place.id)))
    }

    /// The service's places, the main one first (see the module's notes); with none placed, the first address's
    /// country alone (no point).
    pub(super) fn places(&mut self, at: &At, v: &Obj) -> Vec<Place> {
        let mut placed: Vec<Place> = Vec::new();
        let mut address_country: Option<CountryCode> = None;
        let mut unplaced: Vec<Unplaced> = Vec::new();
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
                    unplaced.push(Unplaced {
                        at: l_at.clone(),
                        field: if lat.is_none() { "latitude" } else { "longitude" },
                        address: address.clone(),
                        locality: locality.clone(),
                        region: region.clone(),
                        country,
                        location: location.clone(),
                    });
                    None
                }
            };
            let Some(point) = point else {
                continue;
            };
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
            self.keep(
                &mut placed,
                &l_at,
                Place {
                    point: Some(point),
                    approximate: false,
                    address,
                    locality,
                    region,
                    country: country.or(near_country),
                    timezone,
                    location: location.clone(),
                },
            );
        }
        for left in unplaced {
            let Some(by_town) = self.placed_by_town(&left) else {
                self.report.skipped_field(
                    &left.at,
                    left.field,
                    "no coordinates, and no town the gazetteer knows in the address: the place is left out",
                );
                continue;
            };
            self.report.fixed(
                &left.at,
                left.field,
                "no coordinates: placed at the centre of the address's town (marked approximate), so the service \
                 is found by town",
            );
            self.keep(&mut placed, &left.at, by_town);
        }
        if placed.is_empty()
            && let Some(c) = address_country
        {
            placed.push(Place {
                point: None,
                approximate: false,
                address: None,
                locality: None,
                region: None,
                country: Some(c),
                timezone: None,
                location: Obj::new(),
            });
        }
        placed
    }

    /// Adds a place unless the service already has it (same point and address) or has all it may have.
    fn keep(&mut self, placed: &mut Vec<Place>, at: &At, place: Place) {
        let same = |p: &Place| {
            p.point == place.point && p.address.as_deref().map(fold) == place.address.as_deref().map(fold)
        };
        if placed.iter().any(same) {
            self.report
                .skipped_row(at, "the same place as another location of the service: kept once");
        } else if placed.len() >= MAX_LOCATIONS {
            self.report.skipped_row(
                at,
                format!("a service keeps at most {MAX_LOCATIONS} locations: the first were kept"),
            );
        } else {
            placed.push(place);
        }
    }

    /// A location without coordinates placed at the centre of its address's town, when the gazetteer knows it.
    fn placed_by_town(&mut self, u: &Unplaced) -> Option<Place> {
        let given = self.ctx.options.country;
        let country = u.country.or(given)?;
        let town = self.town(u.locality.as_deref()?, u.region.as_deref(), country)?;
        let (point, timezone) = (town.point, town.timezone.clone());
        Some(Place {
            point: Some(point),
            approximate: true,
            address: u.address.clone(),
            locality: u.locality.clone(),
            region: u.region.clone(),
            country: u.country.or(given),
            timezone: Some(timezone).filter(|z| !z.is_empty()),
            location: u.location.clone(),
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
