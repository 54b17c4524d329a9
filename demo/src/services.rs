//! A service's draft (everything but its id, organisation and times) becomes a [`Service`]: the id from the
//! seed and the count, the times from `now` (skewed towards recent checks, some stale).

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, LanguageCode, Localized, Phone, Population, ServiceArea,
    ServiceKind, ServiceStatus,
};
use chrono::{DateTime, TimeDelta, Utc};
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::{Location, Schedule, Service};
use uuid::Uuid;

use crate::Builder;
use crate::places::{chance, index, unit};

/// Oldest verification, days before `now`.
pub(super) const MAX_VERIFIED_AGE_DAYS: f64 = 400.0;

/// Everything about a service except its id, organisation and times.
#[derive(Debug)]
pub(super) struct Draft {
    pub(super) names: Localized,
    pub(super) descriptions: Localized,
    pub(super) kinds: Vec<ServiceKind>,
    pub(super) populations: Vec<Population>,
    pub(super) languages: Vec<LanguageCode>,
    pub(super) cost: Cost,
    pub(super) delivery: Vec<DeliveryMode>,
    pub(super) hours: Option<Schedule>,
    pub(super) phones: Vec<Phone>,
    pub(super) area: ServiceArea,
    pub(super) status: ServiceStatus,
    pub(super) capacity: Capacity,
    pub(super) capacity_updated_at: Option<DateTime<Utc>>,
    pub(super) confidential: bool,
    pub(super) location: Option<Location>,
    pub(super) country: CountryCode,
    /// Verified within this many days (national lines are checked often).
    pub(super) max_verified_days: f64,
}

/// The area of a service that serves the whole of these countries.
pub(super) fn whole_countries(countries: Vec<CountryCode>) -> ServiceArea {
    ServiceArea {
        countries,
        regions: Vec::new(),
        polygon: None,
    }
}

/// Languages as validated codes, in order, without repeats.
pub(super) fn language_codes(tags: &[&str]) -> Vec<LanguageCode> {
    let mut out: Vec<LanguageCode> = Vec::with_capacity(tags.len());
    for tag in tags {
        if let Ok(code) = LanguageCode::parse(tag)
            && !out.contains(&code)
        {
            out.push(code);
        }
    }
    out
}

pub(super) fn sorted_populations(mut populations: Vec<Population>) -> Vec<Population> {
    populations.sort();
    populations.dedup();
    populations
}

impl Builder {
    /// Sets id, organisation and times, and stores the service.
    pub(super) fn push_service(&mut self, organization_id: Uuid, draft: Draft, rng: &mut ChaCha8Rng) {
        let id = self.id("service", self.services.len());
        // Skewed towards recent checks; about three in ten are older than 180 days (stale).
        let max_minutes = draft.max_verified_days * 1440.0 - 1.0;
        let verified_minutes = (unit(rng).powf(2.2) * max_minutes) as i64 + 1;
        let last_verified_at = self.ago(verified_minutes);
        let created_at = last_verified_at - TimeDelta::days(30 + index(rng, 1_200) as i64);
        let updated_at = if chance(rng, 0.6) {
            last_verified_at
        } else {
            self.ago(1 + index(rng, verified_minutes as usize) as i64)
        };
        // Every field of the draft is read here (an unread one would be dead code): none is forgotten.
        self.services.push(Service {
            id,
            organization_id,
            names: draft.names,
            descriptions: draft.descriptions,
            kinds: draft.kinds,
            populations: draft.populations,
            languages: draft.languages,
            cost: draft.cost,
            delivery: draft.delivery,
            hours: draft.hours,
            phones: draft.phones,
            area: draft.area,
            status: draft.status,
            capacity: draft.capacity,
            capacity_updated_at: draft.capacity_updated_at,
            last_verified_at: Some(last_verified_at),
            confidential: draft.confidential,
            demo: true,
            locations: draft.location.into_iter().collect(),
            country: draft.country,
            details: Default::default(),
            source_terms: Vec::new(),
            created_at,
            updated_at,
        });
    }
}
