//! Organisations, services and their locations.

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, LanguageCode, LatLon, Localized, Phone, Population,
    ServiceArea, ServiceDetails, ServiceKind, ServiceStatus, manage::SourceTerm,
};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Schedule;

/// Days after which an unconfirmed listing counts as stale.
pub const STALE_AFTER_DAYS: i64 = 180;

/// An organisation that runs services.
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    /// A UUIDv4 when the organisation signs up; from an import, kept from HSDS 3.0 or a UUIDv5 of the source
    /// row, so re-importing updates it rather than duplicating it.
    pub id: Uuid,
    /// One name, not per language (unlike a service's), at most 200 characters.
    pub name: String,
    /// Description per language.
    pub descriptions: Localized,
    /// As given: sign-up requires `http(s)://`, an import takes it unchecked; the HSDS export drops it unless
    /// it is an `http`/`https` URL with a host.
    pub website: Option<String>,
    /// Public contact email.
    pub email: Option<String>,
    /// When an admin verified the organisation.
    pub verified_at: Option<DateTime<Utc>>,
    /// Fictional demo data.
    pub demo: bool,
}

/// Where a service's premises are. The exact point and address of a confidential service never leave the
/// server to anonymous callers.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// WGS84 position.
    pub point: LatLon,
    /// Street and number.
    pub address: Option<String>,
    /// Town or city.
    pub locality: Option<String>,
    /// First-level division name.
    pub region: Option<String>,
    /// Postal code, where the address has one.
    pub postal_code: Option<String>,
    /// Country of the premises, the one the address is in.
    pub country: CountryCode,
    /// True when `point` is the centre of the address's town, not the door: an import placed an address that
    /// came without coordinates by its town (the address itself is shown as given).
    pub approximate: bool,
}

/// A service: what is offered, to whom, where, when and how to reach it.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// A UUIDv4 when an editor creates it; from an import, kept from HSDS 3.0 or a UUIDv5 of the source
    /// row, so re-importing updates it rather than duplicating it.
    pub id: Uuid,
    /// Who runs it.
    pub organization_id: Uuid,
    /// Name per language (at least one).
    pub names: Localized,
    /// Description per language.
    pub descriptions: Localized,
    /// What it offers (at least one).
    pub kinds: Vec<ServiceKind>,
    /// Who it is for.
    pub populations: Vec<Population>,
    /// Languages staff speak.
    pub languages: Vec<LanguageCode>,
    /// Cost to the person.
    pub cost: Cost,
    /// How it is delivered (at least one).
    pub delivery: Vec<DeliveryMode>,
    /// Opening hours.
    pub hours: Option<Schedule>,
    /// E.164 numbers with their channels (voice, SMS, WhatsApp) and an optional label; may be empty.
    pub phones: Vec<Phone>,
    /// Where remote delivery reaches.
    pub area: ServiceArea,
    /// Running or not.
    pub status: ServiceStatus,
    /// Places available, as last reported.
    pub capacity: Capacity,
    /// When capacity was reported.
    pub capacity_updated_at: Option<DateTime<Utc>>,
    /// When the organisation last confirmed the listing.
    pub last_verified_at: Option<DateTime<Utc>>,
    /// A safe house: location kept confidential.
    pub confidential: bool,
    /// Fictional demo data.
    pub demo: bool,
    /// Premises, the main one first; empty for a service without any. An NGO's branches in several towns are
    /// one service at several locations: each is searched, and a search answers with the nearest.
    pub locations: Vec<Location>,
    /// The country the service belongs to.
    pub country: CountryCode,
    /// The directory's own words: another name, how to apply, who may come, fees, web page.
    pub details: ServiceDetails,
    /// The terms the directory it was imported from gave it, as they came (whatever Ruta mapped them to).
    pub source_terms: Vec<SourceTerm>,
    /// First saved (UTC); kept unchanged by every later edit.
    pub created_at: DateTime<Utc>,
    /// Set by every edit; an import takes the source's `last_modified` when it gives one.
    pub updated_at: DateTime<Utc>,
}

impl Service {
    /// The main premises (the first location), if any.
    pub fn location(&self) -> Option<&Location> {
        self.locations.first()
    }

    /// Offers at least one remote delivery mode.
    pub fn is_remote(&self) -> bool {
        self.delivery.iter().any(|d| d.is_remote())
    }

    /// Can be visited in person.
    pub fn is_in_person(&self) -> bool {
        self.delivery.contains(&DeliveryMode::InPerson) && !self.locations.is_empty()
    }

    /// Not confirmed by its organisation for [`STALE_AFTER_DAYS`] (counting from creation if never confirmed):
    /// flagged to the organisation and demoted by a bounded amount ([`Self::ranking_distance_m`]).
    pub fn is_stale(&self, now: DateTime<Utc>) -> bool {
        let checked = self.last_verified_at.unwrap_or(self.created_at);
        now - checked > chrono::Duration::days(STALE_AFTER_DAYS)
    }

    /// Not confirmed by its organisation for `days` (counting from creation if never confirmed, and from the
    /// last "places tonight" update, which confirms it too): the monthly listing check asks about it.
    pub fn needs_check(&self, now: DateTime<Utc>, days: i64) -> bool {
        let checked = self
            .last_verified_at
            .max(self.capacity_updated_at)
            .unwrap_or(self.created_at);
        now - checked > chrono::Duration::days(days)
    }

    /// Shown to the public at all (defunct services are not).
    pub fn is_listed(&self) -> bool {
        self.status != ServiceStatus::Defunct
    }

    /// Open at `now`: never while the service is closed (temporarily or for good), whatever its hours say;
    /// `None` when it runs but its hours are unknown.
    pub fn open_at(&self, now: DateTime<Utc>) -> Option<bool> {
        if self.status != ServiceStatus::Active {
            return Some(false);
        }
        self.hours
            .as_ref()
            .filter(|h| h.is_known())
            .map(|h| h.is_open_at(now))
    }

    /// Where the ranking puts a listing found `distance_m` away: nearest first, and a listing not confirmed for
    /// [`STALE_AFTER_DAYS`] or not running now ranks as if 25 % or 10 km farther, whichever is larger — but never
    /// more than twice its distance, so it never falls below a result more than twice as far.
    pub fn ranking_distance_m(&self, distance_m: f64, now: DateTime<Utc>) -> f64 {
        if self.is_stale(now) || self.status != ServiceStatus::Active {
            demoted_distance_m(distance_m)
        } else {
            distance_m
        }
    }
}

/// Where a demoted listing `distance_m` away ranks: [`DEMOTION_SHARE`] of its distance or [`DEMOTION_MIN_M`]
/// farther, whichever is larger, and at most twice its distance.
pub fn demoted_distance_m(distance_m: f64) -> f64 {
    distance_m + (distance_m * DEMOTION_SHARE).max(DEMOTION_MIN_M).min(distance_m)
}

/// A demoted listing ranks this share of its distance farther (or [`DEMOTION_MIN_M`], whichever is larger)…
pub const DEMOTION_SHARE: f64 = 0.25;
/// …and at least this many metres farther, up to twice its distance.
pub const DEMOTION_MIN_M: f64 = 10_000.0;

#[cfg(test)]
mod ranking_tests {
    use proptest::prelude::*;

    use super::{DEMOTION_SHARE, demoted_distance_m as demoted};

    proptest! {
        /// A demoted listing ranks farther than it is, never past twice its distance; so a fresh listing more
        /// than twice as far always stays below it, and a fresh one nearer than its demoted rank goes above.
        #[test]
        fn a_demoted_listing_never_falls_below_one_twice_as_far(d in 0.0_f64..2_000_000.0, other in 0.0_f64..2_000_000.0) {
            let rank = demoted(d);
            prop_assert!(rank >= d && rank <= 2.0 * d + 1e-9);
            if other > 2.0 * d {
                prop_assert!(rank < other || (rank - other).abs() < 1e-9);
            }
            if d > 0.0 {
                prop_assert!(rank >= d + (d * DEMOTION_SHARE).min(d));
            }
        }
    }
}
