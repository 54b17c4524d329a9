//! Points on the Earth and directions between them.

use serde::{Deserialize, Serialize};

/// A WGS84 position in degrees. Latitude first in the name and the struct, as people read it; x = longitude.
///
/// # Example
/// ```
/// use ruta_api_types::LatLon;
/// let tegucigalpa = LatLon::new(14.0818, -87.2068).unwrap();
/// assert_eq!(tegucigalpa.lat(), 14.0818);
/// assert!(LatLon::new(91.0, 0.0).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "RawLatLon", into = "RawLatLon")]
pub struct LatLon {
    lat: f64,
    lon: f64,
}

/// The unchecked wire form of [`LatLon`].
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RawLatLon {
    /// Latitude in degrees, −90 to 90.
    pub lat: f64,
    /// Longitude in degrees, −180 to 180.
    pub lon: f64,
}

/// Which coordinate was out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidLatLon {
    /// Latitude not a number in −90..=90.
    Lat,
    /// Longitude not a number in −180..=180.
    Lon,
}

impl std::fmt::Display for InvalidLatLon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvalidLatLon::Lat => f.write_str("latitude must be a number from -90 to 90"),
            InvalidLatLon::Lon => f.write_str("longitude must be a number from -180 to 180"),
        }
    }
}

impl std::error::Error for InvalidLatLon {}

impl LatLon {
    /// Checks that both coordinates are finite and in range.
    pub fn new(lat: f64, lon: f64) -> Result<Self, InvalidLatLon> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(InvalidLatLon::Lat);
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(InvalidLatLon::Lon);
        }
        Ok(Self { lat, lon })
    }

    /// Latitude in degrees.
    pub fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(self) -> f64 {
        self.lon
    }

    /// The same point rounded to `decimals` places (2 decimals ≈ 1 km), as the app sends it.
    pub fn rounded(self, decimals: i32) -> Self {
        let f = 10f64.powi(decimals);
        Self {
            lat: (self.lat * f).round() / f,
            lon: (self.lon * f).round() / f,
        }
    }
}

impl TryFrom<RawLatLon> for LatLon {
    type Error = InvalidLatLon;
    fn try_from(raw: RawLatLon) -> Result<Self, Self::Error> {
        Self::new(raw.lat, raw.lon)
    }
}

impl From<LatLon> for RawLatLon {
    fn from(p: LatLon) -> Self {
        Self {
            lat: p.lat,
            lon: p.lon,
        }
    }
}

/// One of the eight compass points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[expect(missing_docs, reason = "the names are the compass points")]
pub enum Compass {
    N,
    NE,
    E,
    SE,
    S,
    SW,
    W,
    NW,
}

impl Compass {
    /// The compass point nearest to a bearing in degrees clockwise from north.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::Compass;
    /// assert_eq!(Compass::from_degrees(44.0), Compass::NE);
    /// assert_eq!(Compass::from_degrees(350.0), Compass::N);
    /// ```
    pub fn from_degrees(degrees: f64) -> Self {
        const POINTS: [Compass; 8] = [
            Compass::N,
            Compass::NE,
            Compass::E,
            Compass::SE,
            Compass::S,
            Compass::SW,
            Compass::W,
            Compass::NW,
        ];
        let normalised = degrees.rem_euclid(360.0);
        let sector = ((normalised + 22.5) / 45.0).floor() as usize % 8;
        POINTS[sector]
    }
}

/// The direction from the search origin to a result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bearing {
    /// Initial great-circle bearing in whole degrees clockwise from true north, 0–359.
    pub degrees: u16,
    /// The nearest of the eight compass points.
    pub compass: Compass,
}

impl Bearing {
    /// Builds a bearing from degrees (any real number; wrapped into 0–360).
    pub fn from_degrees(degrees: f64) -> Self {
        let wrapped = degrees.rem_euclid(360.0).round() as u16 % 360;
        Self {
            degrees: wrapped,
            compass: Compass::from_degrees(degrees),
        }
    }
}
