//! Places from the gazetteer, so a person can type a town instead of sharing their location.

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;

/// A populated place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Place {
    /// GeoNames id; pass it as `place` to the search.
    pub id: u32,
    /// The place's main name.
    pub name: String,
    /// The alternate name the query matched, when it was not the main name (e.g. `Okap`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_name: Option<String>,
    /// First-level division (state, department, province…).
    pub admin1: String,
    pub country: CountryCode,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population, where known (0 when not).
    pub population: u64,
    /// IANA time zone.
    pub timezone: String,
}

/// The answer to a place search, best match first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceList {
    /// Matching places, best first: exact, then prefix, then one-typo matches; larger places first within each.
    pub places: Vec<Place>,
}
