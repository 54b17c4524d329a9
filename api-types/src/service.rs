//! Services as the public sees them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    Capacity, Cost, CountryCode, DeliveryMode, LanguageCode, Phone, Population, ServiceKind, ServiceStatus,
    WeeklyHours,
};

/// Text in several languages, keyed by language tag (`es`, `en`, `qu`…).
pub type Localized = BTreeMap<String, String>;

/// Where a remote service can be used from. A service covers a point when the point's country is listed, or its
/// first-level division is listed, or it lies inside the polygon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceArea {
    /// Countries whose whole territory it covers.
    #[serde(default)]
    pub countries: Vec<CountryCode>,
    /// First-level divisions as ISO 3166-2 codes, e.g. `HN-FM`.
    #[serde(default)]
    pub regions: Vec<String>,
    /// A GeoJSON Polygon's `coordinates`: rings of `[lon, lat]` positions, the first ring the outer boundary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polygon: Option<Vec<Vec<[f64; 2]>>>,
}

/// Where a service is, as it may be shown to the caller. For a confidential service an anonymous caller gets only
/// an approximate area (`approximate: true`, the centre of a cell of about 10 km, the nearest town, no address).
/// A service imported with an address but no coordinates is `approximate` too: the point is its town's centre,
/// and the address is given as the file had it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicLocation {
    /// Latitude in degrees (approximate when `approximate`).
    pub lat: f64,
    /// Longitude in degrees (approximate when `approximate`).
    pub lon: f64,
    /// True when lat/lon are only an area, not the door.
    pub approximate: bool,
    /// Street address; never given for a confidential service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Town or city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// First-level division.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Postal code, where the address has one; never given for a confidential service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country the premises are in.
    pub country: CountryCode,
}

/// What a directory says of a service in its own words, kept as it came (in the language it came in): shown as
/// given, exported as the HSDS fields of the same names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceDetails {
    /// Another name the service is known by (HSDS `alternate_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// How to get it: steps, documents, whom to ask (HSDS `application_process`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    /// Who may come, in the directory's words (HSDS `eligibility_description`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    /// What it costs, in the directory's words (HSDS `fees_description`); `cost` is what Ruta filters on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    /// The service's own web page (`http` or `https`; HSDS `url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ServiceDetails {
    /// True when the directory said none of these.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// The organisation that runs a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationSummary {
    pub id: Uuid,
    /// One name, not per language (unlike a service's).
    pub name: String,
    /// Website, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// True for fictional demo data.
    pub demo: bool,
}

/// Everything a person needs to decide and act: the full public record of one service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceDetail {
    pub id: Uuid,
    /// Who runs it.
    pub organization: OrganizationSummary,
    /// Name in the requested language or the best fallback.
    pub name: String,
    /// The language `name` is in.
    pub name_lang: String,
    /// Description in the requested language or the best fallback.
    pub description: String,
    /// The language `description` is in.
    pub description_lang: String,
    /// The name in every language it exists in.
    pub names: Localized,
    /// The description in every language it exists in.
    pub descriptions: Localized,
    /// What it offers.
    pub kinds: Vec<ServiceKind>,
    /// Who it is for.
    pub populations: Vec<Population>,
    /// Languages staff speak.
    pub languages: Vec<LanguageCode>,
    /// Cost to the person.
    pub cost: Cost,
    /// How it is delivered.
    pub delivery: Vec<DeliveryMode>,
    /// Opening hours, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// Open at the time of the request in the service's own time zone; absent when hours are not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_now: Option<bool>,
    /// The directory's own words: another name, how to apply, who may come, fees, web page.
    #[serde(default, skip_serializing_if = "ServiceDetails::is_empty")]
    pub details: ServiceDetails,
    /// Numbers to call, text or WhatsApp. For a confidential shelter, its intake line.
    pub phones: Vec<Phone>,
    /// Where remote delivery reaches.
    pub service_area: ServiceArea,
    /// Running or not.
    pub status: ServiceStatus,
    /// Places available, as last reported.
    pub capacity: Capacity,
    /// When capacity was last reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_updated_at: Option<DateTime<Utc>>,
    /// When the organisation last confirmed the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified_at: Option<DateTime<Utc>>,
    /// A safe house whose address is kept confidential.
    pub confidential: bool,
    /// Where it is; approximate for confidential services. Absent for services with no premises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<PublicLocation>,
    /// Its other premises (branches in other towns), each found by a search; never given for a confidential
    /// service.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_locations: Vec<PublicLocation>,
    /// How many of its organisation's counsellors take remote sessions (book with
    /// `GET /api/v1/counsellors?organization={organization.id}`).
    #[serde(default)]
    pub counsellors: u32,
    /// True for fictional demo data.
    pub demo: bool,
}
