//! Distances and directions on the Earth, and the spatial index of services.
//!
//! Conventions: coordinates are WGS84 degrees, x = longitude, y = latitude; distances are great-circle metres
//! on geo's mean Earth radius (`distance_m`), bearings are degrees clockwise from true north.

pub mod index;
pub mod mask;

use api_types::LatLon;
use geo::{Bearing as _, Distance as _, Haversine, Point};

pub use index::{Hit, IndexItem, Query, SpatialIndex};
pub use mask::FacetMask;

/// Mean Earth radius in metres, the one geo's [`Haversine`] uses.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

fn point(p: LatLon) -> Point<f64> {
    Point::new(p.lon(), p.lat())
}

/// Great-circle distance in metres (haversine).
///
/// # Example
/// ```
/// use api_types::LatLon;
/// use ruta_server::geo::distance_m;
/// let lima = LatLon::new(-12.0464, -77.0428).unwrap();
/// let cusco = LatLon::new(-13.5319, -71.9675).unwrap();
/// let d = distance_m(lima, cusco);
/// assert!((570_000.0..580_000.0).contains(&d));
/// ```
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    Haversine.distance(point(a), point(b))
}

/// Initial great-circle bearing from `from` to `to`, degrees clockwise from north in 0..360.
pub fn bearing_deg(from: LatLon, to: LatLon) -> f64 {
    Haversine.bearing(point(from), point(to)).rem_euclid(360.0)
}

/// The point on the unit sphere for a position (x towards lon 0 on the equator, z towards the north pole).
/// Euclidean order between such points is great-circle order, which is what lets an R-tree answer exactly.
pub fn unit_vector(p: LatLon) -> [f64; 3] {
    let (lat, lon) = (p.lat().to_radians(), p.lon().to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// Great-circle metres for a chord of the unit sphere.
pub fn chord_to_m(chord: f64) -> f64 {
    2.0 * (chord / 2.0).clamp(0.0, 1.0).asin() * EARTH_RADIUS_M
}

/// The position `distance_m` metres from `from` on initial bearing `bearing_deg`.
pub fn destination(from: LatLon, bearing_deg: f64, distance_m: f64) -> LatLon {
    let p = geo::Destination::destination(&Haversine, point(from), bearing_deg, distance_m);
    // A destination of a valid point is always a valid point; clamp guards against rounding at the poles.
    LatLon::new(p.y().clamp(-90.0, 90.0), ((p.x() + 540.0) % 360.0) - 180.0).unwrap_or(from)
}
