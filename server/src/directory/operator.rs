//! What only operators and admins see of a service, beside its public hit: the exact premises, confidential
//! ones included, and how current the listing is.

use api_types::{LatLon, OperatorDetails, OperatorLocation};
use chrono::{DateTime, Utc};

use super::{Directory, Entry, public};
use crate::geo::distance_m;

/// What only operators and admins see of a service. `origin`: where the search was made from, for the distance
/// to the door of the premises nearest it (the main ones without an origin).
pub fn details(
    entry: &Entry,
    directory: &Directory,
    origin: Option<LatLon>,
    chain: &[String],
    now: DateTime<Utc>,
) -> OperatorDetails {
    let s = &entry.service;
    let nearest = match origin {
        Some(origin) => s
            .locations
            .iter()
            .min_by(|a, b| distance_m(origin, a.point).total_cmp(&distance_m(origin, b.point))),
        None => s.location(),
    };
    let (description, description_lang) = public::description(s, chain);
    OperatorDetails {
        organization: public::organization_of(s, directory.organization(&s.organization_id).map(|o| &**o)),
        description,
        description_lang,
        location: nearest.map(|l| OperatorLocation {
            lat: l.point.lat(),
            lon: l.point.lon(),
            address: l.address.clone(),
            locality: l.locality.clone(),
            region: l.region.clone(),
            country: l.country,
            approximate: l.approximate,
        }),
        distance_m: nearest.zip(origin).map(|(l, origin)| {
            distance_m(origin, l.point)
                .round()
                .clamp(0.0, f64::from(u32::MAX)) as u32
        }),
        hours: s.hours.as_ref().map(|h| h.to_wire().clone()),
        capacity: s.capacity,
        capacity_updated_at: s.capacity_updated_at,
        last_verified_at: s.last_verified_at,
        updated_at: s.updated_at,
        stale: s.is_stale(now),
        service_area: s.area.clone(),
    }
}
