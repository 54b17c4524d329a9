//! What hotline operators and monitoring need: the operator search (confidential details included), referral
//! messages and their anonymous counts, and coverage-gap reports.
//!
//! Everything here is behind sign-in: operators and admins search, refer and read coverage; only admins read
//! referral counts.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    Capacity, CountryCode, CountryInfo, LanguageCode, OrganizationSummary, Origin, RemoteHit, SearchHit,
    ServiceArea, ServiceKind, WeeklyHours,
};

/// Where a service really is: its door, for operators only (confidential shelters included).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorLocation {
    /// Latitude in degrees, exact unless `approximate`.
    pub lat: f64,
    /// Longitude in degrees, exact unless `approximate`.
    pub lon: f64,
    /// True when the point is the centre of the address's town: the service was imported with an address but
    /// no coordinates, so the distance is to the town, not the door.
    #[serde(default)]
    pub approximate: bool,
    /// Street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Town or city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// First-level division.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The country the premises are in.
    pub country: CountryCode,
}

/// What only operators and admins see of a service, beside its public hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorDetails {
    /// Who runs it.
    pub organization: OrganizationSummary,
    /// Description in the requested language or the best fallback (often says how intake works).
    pub description: String,
    /// The language `description` is in.
    pub description_lang: String,
    /// The exact premises, confidential ones included; absent for services without premises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<OperatorLocation>,
    /// Great-circle distance from the search origin to the door, in metres (the public hit's `distance_m` is to
    /// the approximate area of a confidential shelter); absent without premises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<u32>,
    /// Opening hours, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// Places available, as last reported.
    pub capacity: Capacity,
    /// When capacity was last reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_updated_at: Option<DateTime<Utc>>,
    /// When the organisation last confirmed the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified_at: Option<DateTime<Utc>>,
    /// When the listing last changed.
    pub updated_at: DateTime<Utc>,
    /// Not confirmed for 180 days.
    pub stale: bool,
    /// Where remote delivery reaches.
    pub service_area: ServiceArea,
}

/// A nearby service as an operator sees it: the public hit plus the operator-only details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorHit {
    /// Exactly what the public search shows.
    pub hit: SearchHit,
    /// What only operators see.
    pub operator: OperatorDetails,
}

/// A remote service as an operator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorRemoteHit {
    /// Exactly what the public search shows.
    pub hit: RemoteHit,
    /// What only operators see.
    pub operator: OperatorDetails,
}

/// The answer of `GET /api/v1/operator/search`: the public search's answer with operator details on every hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorSearchResponse {
    /// True when anything in this answer is fictional demo data.
    pub demo: bool,
    /// Where the search was made from.
    pub origin: Origin,
    /// The radius searched, in metres.
    pub radius_m: u32,
    /// Services with premises within the radius, in the public search's order.
    pub results: Vec<OperatorHit>,
    /// Services usable remotely from the origin that match the same filters.
    pub remote: Vec<OperatorRemoteHit>,
    /// Emergency numbers and national hotlines of the origin's country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryInfo>,
}

/// One language the directory's listed services speak, as `GET /api/v1/operator/languages` lists it.
///
/// # Example
/// ```
/// let json = r#"{"code":"quc","services":3,"referral_language":"es"}"#;
/// let language: ruta_api_types::DirectoryLanguage = serde_json::from_str(json).unwrap();
/// assert_eq!(language.code.as_str(), "quc");
/// assert_eq!(language.referral_language, "es");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DirectoryLanguage {
    /// The language subtag (ISO 639-1 or 639-3), e.g. `quc` for K'iche'; regional variants are counted together.
    pub code: LanguageCode,
    /// Listed services that speak it (0 for a language Ruta writes referrals in that no listing speaks).
    pub services: u32,
    /// The language a referral for a caller who speaks it is written in: the same when Ruta ships it, else
    /// Spanish (e.g. `es` for `quc`).
    pub referral_language: String,
}

/// The answer of `GET /api/v1/operator/languages`: every language the directory's services speak, and those
/// Ruta writes referrals in, most listings first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DirectoryLanguages {
    /// Most listed services first, then by code.
    pub languages: Vec<DirectoryLanguage>,
}

/// `POST /api/v1/referrals`: compose a referral message for the person on the line, and count it anonymously.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferralInput {
    /// The service referred to.
    pub service_id: Uuid,
    /// The caller's language (e.g. `qu`); the message is written in it when Ruta ships it, else in Spanish.
    pub language: LanguageCode,
    /// The gazetteer place the caller is in, if known: gives the country and admin area counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_id: Option<u32>,
    /// The need the referral answers, one of the service's kinds; defaults to the service's first kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ServiceKind>,
}

/// The composed referral. Nothing of the caller is kept; only the anonymous count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralMessage {
    /// The message to read aloud or paste, several lines.
    pub text: String,
    /// The language it is written in (one Ruta ships: es, en, pt-BR, fr, ht, nl, qu, gn).
    pub language: String,
    /// The same, on as few lines as possible, for an `sms:` link's body.
    pub sms_body: String,
}

/// A grouping dimension of referral counts (`by=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReferralDimension {
    /// Kind of service.
    Kind,
    /// Country (ISO 3166-1 alpha-2).
    Country,
    /// First-level division (ISO 3166-2).
    AdminArea,
    /// The caller's language.
    Language,
    /// Calendar month, `YYYY-MM`.
    Month,
}

impl ReferralDimension {
    pub const ALL: [ReferralDimension; 5] = [
        ReferralDimension::Kind,
        ReferralDimension::Country,
        ReferralDimension::AdminArea,
        ReferralDimension::Language,
        ReferralDimension::Month,
    ];

    /// Its name in `by=`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferralDimension::Kind => "kind",
            ReferralDimension::Country => "country",
            ReferralDimension::AdminArea => "admin_area",
            ReferralDimension::Language => "language",
            ReferralDimension::Month => "month",
        }
    }
}

/// One group of referrals. Only the dimensions asked for in `by` are present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralCountRow {
    /// Kind of service, when grouped by kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ServiceKind>,
    /// Present when grouped by country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// First-level division, ISO 3166-2 (e.g. `HN-FM`); empty when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area: Option<String>,
    /// The division's name, from the gazetteer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area_name: Option<String>,
    /// The caller's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Calendar month, `YYYY-MM` (UTC), when grouped by month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Referrals in the group; always at least [`ReferralCounts::min_count`].
    pub count: u64,
}

/// `GET /api/v1/referrals/counts`: referral counts by group. Groups with fewer than `min_count` referrals are
/// left out (so no small group can point at a person) and counted in `suppressed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralCounts {
    /// First day counted (UTC), `YYYY-MM-DD`.
    pub from: String,
    /// Last day counted (UTC), inclusive.
    pub to: String,
    /// The dimensions grouped by, in the order given.
    pub by: Vec<ReferralDimension>,
    /// The smallest count shown (5).
    pub min_count: u64,
    /// Groups with at least `min_count` referrals, largest first.
    pub rows: Vec<ReferralCountRow>,
    /// Number of groups left out because they had fewer than `min_count` referrals.
    pub suppressed: u64,
}

/// Coverage of one country (or one of its first-level divisions) for one kind of service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoverageArea {
    pub country: CountryCode,
    /// First-level division, ISO 3166-2 (e.g. `HN-FM`); absent in the per-country figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area: Option<String>,
    /// The division's name; absent in the per-country figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area_name: Option<String>,
    /// Kind of service.
    pub kind: ServiceKind,
    /// Gazetteer places counted.
    pub places: u32,
    /// People in those places.
    pub population: u64,
    /// Share of the population (0–1) within 25 km of an active in-person service of this kind.
    pub share_within_25_km: f64,
    /// Share within 50 km.
    pub share_within_50_km: f64,
    /// Share within 100 km.
    pub share_within_100_km: f64,
    /// Share (0–1) in places an active remote service of this kind covers.
    pub share_remote_covered: f64,
    /// Share (0–1) with neither an in-person service within 100 km nor remote coverage.
    pub share_uncovered: f64,
    /// Population-weighted median distance to the nearest in-person service, km; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_nearest_km: Option<f64>,
}

/// A place far from help of one kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FarPlace {
    /// GeoNames id; pass it as `place` to the search.
    pub place_id: u32,
    /// The place's main name in the gazetteer.
    pub name: String,
    pub country: CountryCode,
    /// First-level division, ISO 3166-2.
    pub admin_area: String,
    /// The division's name.
    pub admin_area_name: String,
    /// People living there, per the gazetteer (0 when unknown).
    pub population: u64,
    /// Kind of service missing.
    pub kind: ServiceKind,
    /// Distance to the nearest active in-person service of the kind, km; absent when there is none at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// An active remote service of the kind covers the place.
    pub remote_covered: bool,
}

/// `GET /api/v1/coverage`: where services are missing.
///
/// Distances are great-circle, from gazetteer places to the nearest active in-person service; a confidential
/// shelter counts at the centre of its ~11 km cell, where the public search puts it, so a published report never
/// locates it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoverageReport {
    /// True when the directory holds fictional demo data.
    pub demo: bool,
    /// The kinds asked for in `kind`, in vocabulary order; every kind when none was asked.
    pub kinds: Vec<ServiceKind>,
    /// Per country and kind, by country then kind.
    pub countries: Vec<CoverageArea>,
    /// Per country, first-level division and kind, in the same order.
    pub areas: Vec<CoverageArea>,
    /// Places more than 100 km from an in-person service of a kind, most people first (at most `limit`, 20 by
    /// default).
    pub farthest: Vec<FarPlace>,
}

/// One gazetteer place and one kind of service: the rows of the coverage export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoveragePlaceRow {
    /// GeoNames id; pass it as `place` to the search.
    pub place_id: u32,
    /// The place's main name in the gazetteer.
    pub name: String,
    pub country: CountryCode,
    /// First-level division, ISO 3166-2.
    pub admin_area: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lng: f64,
    /// People (0 when unknown).
    pub population: u64,
    /// Kind of service.
    pub kind: ServiceKind,
    /// Distance to the nearest active in-person service of the kind, km, one decimal; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest_in_person_km: Option<f64>,
    /// An active remote service of the kind covers the place.
    pub remote_covered: bool,
}

/// `GET /api/v1/coverage/places`: per place and kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoveragePlaces {
    /// True when the directory holds fictional demo data.
    pub demo: bool,
    /// This page's rows, by country, place (as in the gazetteer: largest first) and kind.
    pub rows: Vec<CoveragePlaceRow>,
    /// The page, from 1.
    pub page: u64,
    /// Rows per page.
    pub per_page: u64,
    /// Rows on every page together.
    pub total_rows: u64,
}
