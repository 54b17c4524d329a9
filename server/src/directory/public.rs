//! What the public may see of a service. The one place that decides redaction: a confidential service's exact
//! point and address never pass through here.

use api_types::{
    Bearing, LatLon, OrganizationSummary, PublicLocation, RemoteHit, SearchHit, ServiceDetail, ServiceDetails,
};
use chrono::{DateTime, Utc};

use super::Entry;
use crate::domain::text::pick;
use crate::domain::{Organization, Service};
use crate::geo::bearing_deg;

/// The main location as the public may see it.
pub fn location(entry: &Entry) -> Option<PublicLocation> {
    location_at(entry, 0)
}

/// Every location as the public may see it, the main one first: one coarse area for a confidential service.
pub fn locations(entry: &Entry) -> Vec<PublicLocation> {
    (0..entry.public.len())
        .filter_map(|i| location_at(entry, i))
        .collect()
}

/// The `place`-th location (an index into `entry.public`) as the public may see it.
pub fn location_at(entry: &Entry, place: usize) -> Option<PublicLocation> {
    let public = entry.public.get(place)?;
    let location = entry.service.locations.get(place)?;
    Some(if entry.service.confidential {
        PublicLocation {
            lat: public.point.lat(),
            lon: public.point.lon(),
            approximate: true,
            address: None,
            locality: public.area_name.clone(),
            region: public.area_region.clone(),
            postal_code: None,
            country: location.country,
        }
    } else {
        PublicLocation {
            lat: location.point.lat(),
            lon: location.point.lon(),
            approximate: location.approximate,
            address: location.address.clone(),
            locality: location.locality.clone(),
            region: location.region.clone(),
            postal_code: location.postal_code.clone(),
            country: location.country,
        }
    })
}

/// The directory's own words as the public may see them: a confidential service's "how to apply" is left out
/// (free text that may say where the house is; its intake line is the way in).
pub fn details(entry: &Entry) -> ServiceDetails {
    let mut details = entry.service.details.clone();
    if entry.service.confidential {
        details.application_process = None;
    }
    details
}

/// The name to show and its language.
pub(crate) fn name<'a>(entry: &'a Entry, chain: &[String]) -> (&'a str, &'a str) {
    pick(&entry.service.names, chain)
        .map(|(lang, text)| (text, lang))
        .unwrap_or_default()
}

pub(crate) fn open_now(entry: &Entry, now: DateTime<Utc>) -> Option<bool> {
    entry.service.open_at(now)
}

/// A nearby result at one of the service's public points (`place`); `distance_m` is to that point.
pub fn hit(
    entry: &Entry,
    place: usize,
    origin: LatLon,
    distance_m: f64,
    chain: &[String],
    now: DateTime<Utc>,
) -> Option<SearchHit> {
    let s = &entry.service;
    let location = location_at(entry, place)?;
    let public_point = entry.public.get(place)?.point;
    let (name, name_lang) = name(entry, chain);
    Some(SearchHit {
        id: s.id,
        name: name.to_owned(),
        name_lang: name_lang.to_owned(),
        kinds: s.kinds.clone(),
        distance_m: distance_m.round().clamp(0.0, f64::from(u32::MAX)) as u32,
        bearing: Bearing::from_degrees(bearing_deg(origin, public_point)),
        open_now: open_now(entry, now),
        confidential: s.confidential,
        demo: s.demo,
        languages: s.languages.clone(),
        populations: s.populations.clone(),
        cost: s.cost,
        delivery: s.delivery.clone(),
        capacity: s.capacity,
        status: s.status,
        location,
        phones: s.phones.clone(),
        last_verified_at: s.last_verified_at,
    })
}

/// A remote result, listing only the service's remote delivery modes.
pub fn remote_hit(entry: &Entry, chain: &[String], now: DateTime<Utc>) -> RemoteHit {
    let s = &entry.service;
    let (name, name_lang) = name(entry, chain);
    RemoteHit {
        id: s.id,
        name: name.to_owned(),
        name_lang: name_lang.to_owned(),
        kinds: s.kinds.clone(),
        delivery: s.delivery.iter().copied().filter(|d| d.is_remote()).collect(),
        languages: s.languages.clone(),
        populations: s.populations.clone(),
        cost: s.cost,
        open_now: open_now(entry, now),
        always_open: s.hours.as_ref().is_some_and(|h| h.always_open()),
        phones: s.phones.clone(),
        countries: s.area.countries.clone(),
        demo: s.demo,
    }
}

/// The service's organisation as anyone may name it (an empty name when the directory does not hold it).
pub(super) fn organization_of(s: &Service, organization: Option<&Organization>) -> OrganizationSummary {
    OrganizationSummary {
        id: s.organization_id,
        name: organization.map(|o| o.name.clone()).unwrap_or_default(),
        website: organization.and_then(|o| o.website.clone()),
        demo: organization.is_some_and(|o| o.demo),
    }
}

/// The description in the first language of `chain` it exists in (else any), with that language.
pub(super) fn description(s: &Service, chain: &[String]) -> (String, String) {
    pick(&s.descriptions, chain)
        .map(|(lang, text)| (text.to_owned(), lang.to_owned()))
        .unwrap_or_default()
}

/// The full public record.
pub fn detail(
    entry: &Entry,
    organization: Option<&Organization>,
    chain: &[String],
    now: DateTime<Utc>,
) -> ServiceDetail {
    let s = &entry.service;
    let (name, name_lang) = name(entry, chain);
    let (name, name_lang) = (name.to_owned(), name_lang.to_owned());
    let (description, description_lang) = description(s, chain);
    ServiceDetail {
        id: s.id,
        organization: organization_of(s, organization),
        name,
        name_lang,
        description,
        description_lang,
        names: s.names.clone(),
        descriptions: s.descriptions.clone(),
        kinds: s.kinds.clone(),
        populations: s.populations.clone(),
        languages: s.languages.clone(),
        cost: s.cost,
        delivery: s.delivery.clone(),
        hours: s.hours.as_ref().map(|h| h.to_wire().clone()),
        open_now: open_now(entry, now),
        details: details(entry),
        phones: s.phones.clone(),
        service_area: s.area.clone(),
        status: s.status,
        capacity: s.capacity,
        capacity_updated_at: s.capacity_updated_at,
        last_verified_at: s.last_verified_at,
        confidential: s.confidential,
        location: location(entry),
        other_locations: locations(entry).into_iter().skip(1).collect(),
        // Counsellors are the booking service's: the caller who has it fills this in.
        counsellors: 0,
        demo: s.demo,
    }
}
