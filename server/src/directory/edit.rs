//! Editors' input checked into a [`Service`], and a service shown back as its full record.

use std::collections::BTreeSet;

use api_types::manage::{LocationInput, ServiceInput, ServiceRecord, SourceTerm};
use api_types::{DeliveryMode, LanguageCode, LatLon, ServiceDetails};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::{ETag, Invalid, Location, Schedule, Service};

/// Longest name accepted, in characters.
const MAX_NAME: usize = 200;
/// Longest description, in characters; each of the directory's own words has the same limit.
const MAX_DESCRIPTION: usize = 4_000;

/// What stays from the stored service when an editor saves.
#[derive(Debug, Clone)]
pub struct Kept {
    /// The stored service's id, or a fresh UUIDv4 for a new service.
    pub id: Uuid,
    /// Owning organisation; an edit never moves a service to another one.
    pub organization_id: Uuid,
    /// First save (UTC); `now` for a new service.
    pub created_at: DateTime<Utc>,
    /// Demo data stays demo data.
    pub demo: bool,
    /// Previous capacity report, kept when the capacity does not change.
    pub capacity_updated_at: Option<DateTime<Utc>>,
    /// Previous capacity; `None` for a new service, whose capacity then counts as just reported.
    pub capacity: Option<api_types::Capacity>,
    /// The stored locations. One an import placed at its town's centre stays approximate while an edit leaves
    /// its point where it was (a point the editor moves is theirs, exact); the other locations are kept when
    /// the input does not give them.
    pub locations: Vec<Location>,
    /// The directory's own words on record, kept when the input does not give them.
    pub details: ServiceDetails,
    /// The imported directory's terms: an edit never changes them.
    pub source_terms: Vec<SourceTerm>,
}

impl Kept {
    /// For a new service of `organization_id`: a fresh id, nothing on record.
    pub fn new_service(organization_id: Uuid, now: DateTime<Utc>) -> Self {
        Self {
            id: Uuid::new_v4(),
            organization_id,
            created_at: now,
            demo: false,
            capacity_updated_at: None,
            capacity: None,
            locations: Vec::new(),
            details: ServiceDetails::default(),
            source_terms: Vec::new(),
        }
    }

    /// What an edit of the stored `service` keeps.
    pub fn of(service: &Service) -> Self {
        Self {
            id: service.id,
            organization_id: service.organization_id,
            created_at: service.created_at,
            demo: service.demo,
            capacity_updated_at: service.capacity_updated_at,
            capacity: Some(service.capacity),
            locations: service.locations.clone(),
            details: service.details.clone(),
            source_terms: service.source_terms.clone(),
        }
    }
}

/// The directory's own words, checked: each text at most a description's length, the web page `http(s)`.
fn details(details: &ServiceDetails) -> Result<ServiceDetails, Invalid> {
    let trimmed = |field: &str, v: &Option<String>| -> Result<Option<String>, Invalid> {
        let text = v.as_deref().map(str::trim).filter(|v| !v.is_empty());
        if text.is_some_and(|t| t.chars().count() > MAX_DESCRIPTION) {
            return Err(Invalid::new(
                format!("details.{field}"),
                format!("must be at most {MAX_DESCRIPTION} characters"),
            ));
        }
        Ok(text.map(str::to_owned))
    };
    let url = trimmed("url", &details.url)?;
    if url.as_deref().is_some_and(|u| {
        !(u.starts_with("https://") || u.starts_with("http://")) || u.contains(char::is_whitespace)
    }) {
        return Err(Invalid::new(
            "details.url",
            "a web address starting with https://",
        ));
    }
    Ok(ServiceDetails {
        alternate_name: trimmed("alternate_name", &details.alternate_name)?,
        application_process: trimmed("application_process", &details.application_process)?,
        eligibility: trimmed("eligibility", &details.eligibility)?,
        fees: trimmed("fees", &details.fees)?,
        url,
    })
}

fn texts(field: &str, texts: &api_types::Localized, max: usize) -> Result<(), Invalid> {
    for (lang, text) in texts {
        LanguageCode::parse(lang).map_err(|_| {
            Invalid::new(
                format!("{field}.{lang}"),
                "the key must be a language code such as es, qu or pt-BR",
            )
        })?;
        let chars = text.chars().count();
        if text.trim().is_empty() {
            return Err(Invalid::new(
                format!("{field}.{lang}"),
                "must not be empty (leave the language out)",
            ));
        }
        if chars > max {
            return Err(Invalid::new(
                format!("{field}.{lang}"),
                format!("must be at most {max} characters"),
            ));
        }
    }
    Ok(())
}

/// A location as given, `field` naming it in errors (`location`, `other_locations[1]`).
fn location(field: &str, input: &LocationInput, kept: &Kept) -> Result<Location, Invalid> {
    let point = LatLon::new(input.lat, input.lon).map_err(|e| match e {
        api_types::point::InvalidLatLon::Lat => Invalid::new(format!("{field}.lat"), e.to_string()),
        api_types::point::InvalidLatLon::Lon => Invalid::new(format!("{field}.lon"), e.to_string()),
    })?;
    let trimmed = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    Ok(Location {
        point,
        address: trimmed(&input.address),
        locality: trimmed(&input.locality),
        region: trimmed(&input.region),
        postal_code: trimmed(&input.postal_code),
        country: input.country,
        approximate: kept.locations.iter().any(|l| l.approximate && l.point == point),
    })
}

/// Most locations one service may have (an NGO's branches; more is a data error, not a network).
pub const MAX_LOCATIONS: usize = 100;

/// The main location then the others, checked; the others kept from the record when not given.
fn locations(input: &ServiceInput, kept: &Kept) -> Result<Vec<Location>, Invalid> {
    let Some(main) = &input.location else {
        if input.other_locations.as_ref().is_some_and(|o| !o.is_empty()) {
            return Err(Invalid::new(
                "location",
                "give the main location before the others",
            ));
        }
        return Ok(Vec::new());
    };
    let mut locations = vec![location("location", main, kept)?];
    match &input.other_locations {
        Some(others) => {
            if others.len() + 1 > MAX_LOCATIONS {
                return Err(Invalid::new(
                    "other_locations",
                    format!("at most {MAX_LOCATIONS} locations in all"),
                ));
            }
            for (i, other) in others.iter().enumerate() {
                locations.push(location(&format!("other_locations[{i}]"), other, kept)?);
            }
        }
        None => locations.extend(kept.locations.iter().skip(1).cloned()),
    }
    Ok(locations)
}

/// Checks `input` and builds the service it describes; the first problem found is a 422 naming its field, and
/// nothing is changed.
pub fn build(input: &ServiceInput, kept: Kept, now: DateTime<Utc>) -> Result<Service, Invalid> {
    if input.names.is_empty() {
        return Err(Invalid::new("names", "give the name in at least one language"));
    }
    texts("names", &input.names, MAX_NAME)?;
    texts("descriptions", &input.descriptions, MAX_DESCRIPTION)?;
    if input.kinds.is_empty() {
        return Err(Invalid::new("kinds", "choose at least one kind of help"));
    }
    if input.languages.is_empty() {
        return Err(Invalid::new(
            "languages",
            "give at least one language the staff speak",
        ));
    }
    if input.delivery.is_empty() {
        return Err(Invalid::new(
            "delivery",
            "say how the service is given: in person, phone, video or chat",
        ));
    }
    let unique = |len: usize, set: usize, field: &str| {
        if len == set {
            Ok(())
        } else {
            Err(Invalid::new(field, "lists a value twice"))
        }
    };
    unique(
        input.kinds.len(),
        input.kinds.iter().collect::<BTreeSet<_>>().len(),
        "kinds",
    )?;
    unique(
        input.languages.len(),
        input
            .languages
            .iter()
            .map(LanguageCode::as_str)
            .collect::<BTreeSet<_>>()
            .len(),
        "languages",
    )?;
    unique(
        input.delivery.len(),
        input.delivery.iter().collect::<BTreeSet<_>>().len(),
        "delivery",
    )?;
    for (i, phone) in input.phones.iter().enumerate() {
        if phone.channels.is_empty() {
            return Err(Invalid::new(
                format!("phones[{i}].channels"),
                "say whether the number takes calls, SMS or WhatsApp",
            ));
        }
    }
    let hours = match &input.hours {
        Some(hours) => Some(Schedule::parse(hours).map_err(|e| {
            let field = match e {
                crate::domain::ScheduleError::TimeZone(_) => "hours.timezone",
                _ => "hours.intervals",
            };
            Invalid::new(field, e.to_string())
        })?),
        None => None,
    };
    if hours.as_ref().is_some_and(|h| h.always_open())
        && input.hours.as_ref().is_some_and(|h| !h.intervals.is_empty())
    {
        return Err(Invalid::new(
            "hours.intervals",
            "leave the intervals empty when always open",
        ));
    }
    let locations = locations(input, &kept)?;
    if input.delivery.contains(&DeliveryMode::InPerson) && locations.is_empty() {
        return Err(Invalid::new(
            "location",
            "an in-person service needs its location",
        ));
    }
    if input.confidential && locations.is_empty() {
        return Err(Invalid::new(
            "confidential",
            "only a service with premises can have a confidential location",
        ));
    }
    for (i, region) in input.area.regions.iter().enumerate() {
        let ok = region.len() <= 10
            && region
                .split_once('-')
                .is_some_and(|(c, r)| c.len() == 2 && !r.is_empty());
        if !ok {
            return Err(Invalid::new(
                format!("area.regions[{i}]"),
                "an ISO 3166-2 code such as HN-FM",
            ));
        }
    }
    if !input.delivery.iter().any(|d| d.is_remote())
        && (!input.area.countries.is_empty()
            || !input.area.regions.is_empty()
            || input.area.polygon.is_some())
    {
        return Err(Invalid::new(
            "area",
            "only a service given by phone, video or chat has a remote area",
        ));
    }
    let details = match &input.details {
        Some(given) => details(given)?,
        None => kept.details,
    };
    let capacity_updated_at = if kept.capacity == Some(input.capacity) {
        kept.capacity_updated_at
    } else {
        Some(now)
    };
    Ok(Service {
        id: kept.id,
        organization_id: kept.organization_id,
        names: input.names.clone(),
        descriptions: input.descriptions.clone(),
        kinds: input.kinds.clone(),
        populations: input.populations.clone(),
        languages: input.languages.clone(),
        cost: input.cost,
        delivery: input.delivery.clone(),
        hours,
        phones: input.phones.clone(),
        area: input.area.clone(),
        status: input.status,
        capacity: input.capacity,
        capacity_updated_at,
        // Saving the whole listing is the organisation confirming it.
        last_verified_at: Some(now),
        confidential: input.confidential,
        demo: kept.demo,
        locations,
        country: input.country,
        details,
        source_terms: kept.source_terms,
        created_at: kept.created_at,
        updated_at: now,
    })
}

fn location_input(l: &Location) -> LocationInput {
    LocationInput {
        lat: l.point.lat(),
        lon: l.point.lon(),
        address: l.address.clone(),
        locality: l.locality.clone(),
        region: l.region.clone(),
        postal_code: l.postal_code.clone(),
        country: l.country,
    }
}

/// A service as its editors, operators and admins see it.
pub fn record(service: &Service, now: DateTime<Utc>) -> ServiceRecord {
    ServiceRecord {
        id: service.id,
        organization_id: service.organization_id,
        input: ServiceInput {
            // The record says it once, at its top level (a flattened copy would repeat the key).
            organization_id: None,
            names: service.names.clone(),
            descriptions: service.descriptions.clone(),
            kinds: service.kinds.clone(),
            populations: service.populations.clone(),
            languages: service.languages.clone(),
            cost: service.cost,
            delivery: service.delivery.clone(),
            hours: service.hours.as_ref().map(|h| h.to_wire().clone()),
            phones: service.phones.clone(),
            area: service.area.clone(),
            status: service.status,
            capacity: service.capacity,
            confidential: service.confidential,
            location: service.location().map(location_input),
            other_locations: (service.locations.len() > 1)
                .then(|| service.locations.iter().skip(1).map(location_input).collect()),
            country: service.country,
            details: (!service.details.is_empty()).then(|| service.details.clone()),
        },
        capacity_updated_at: service.capacity_updated_at,
        last_verified_at: service.last_verified_at,
        stale: service.is_stale(now),
        demo: service.demo,
        created_at: service.created_at,
        updated_at: service.updated_at,
        source_terms: service.source_terms.clone(),
    }
}

/// A service's stored record as audit JSON: the record as editors see it without `stale`, which the clock
/// decides, not the store. So an entry's `before` is exactly the previous entry's `after`, however much time
/// passed between them, and the same JSON gives the listing's entity tag ([`etag`]).
pub fn snapshot(service: &Service) -> serde_json::Value {
    // `stale` is computed at the epoch and then dropped: nothing else in a record depends on the clock.
    let mut json =
        serde_json::to_value(record(service, DateTime::<Utc>::UNIX_EPOCH)).unwrap_or(serde_json::Value::Null);
    if let Some(fields) = json.as_object_mut() {
        fields.remove("stale");
    }
    json
}

/// A listing's entity tag: the hash of its stored record ([`snapshot`]), the same after a restart and on every
/// replica, changed by any edit.
pub fn etag(service: &Service) -> ETag {
    ETag::of(&snapshot(service))
}
