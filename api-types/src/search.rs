//! The answer to "what help is near here?", and the limits of the question (`GET /api/v1/search`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    Bearing, Capacity, Cost, CountryCode, CountryInfo, DeliveryMode, LanguageCode, Phone, Place, Population,
    PublicLocation, ServiceKind, ServiceStatus,
};

/// The search radius when `radius_m` is not given, in metres (50 km).
pub const DEFAULT_RADIUS_M: u32 = 50_000;

/// The widest search radius, in metres (2,000 km: a whole country, for the sparsest ones). The server refuses a
/// wider `radius_m`; the app offers to widen an empty search up to it and no further.
///
/// # Example
/// ```
/// use ruta_api_types::search::{DEFAULT_RADIUS_M, MAX_RADIUS_M};
/// assert!(DEFAULT_RADIUS_M < MAX_RADIUS_M);
/// ```
pub const MAX_RADIUS_M: u32 = 2_000_000;

/// Where the search was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Origin {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// The gazetteer place, when the search was by place; otherwise the nearest town.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The country the point is in (from the nearest gazetteer place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

/// A service near the origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    /// Id, for `GET /api/v1/services/{id}`.
    pub id: Uuid,
    /// Name in the requested language or the best fallback.
    pub name: String,
    /// The language `name` is in.
    pub name_lang: String,
    /// What it offers.
    pub kinds: Vec<ServiceKind>,
    /// Great-circle distance from the origin in metres (to the approximate area for confidential services).
    pub distance_m: u32,
    /// Direction from the origin.
    pub bearing: Bearing,
    /// Open now in its own time zone; absent when hours are not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_now: Option<bool>,
    /// A safe house whose address is kept confidential.
    pub confidential: bool,
    /// True for fictional demo data.
    pub demo: bool,
    /// Languages staff speak.
    pub languages: Vec<LanguageCode>,
    /// Who it is for.
    pub populations: Vec<Population>,
    /// Cost to the person.
    pub cost: Cost,
    /// How it is delivered.
    pub delivery: Vec<DeliveryMode>,
    /// Places available, as last reported.
    pub capacity: Capacity,
    /// Running or temporarily closed (defunct services are never listed).
    pub status: ServiceStatus,
    /// Where it is (approximate for confidential services).
    pub location: PublicLocation,
    /// Numbers to call, text or WhatsApp.
    pub phones: Vec<Phone>,
    /// When the organisation last confirmed the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified_at: Option<DateTime<Utc>>,
}

/// A service that can be used remotely (phone, video, chat) from the origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RemoteHit {
    /// Id, for `GET /api/v1/services/{id}`.
    pub id: Uuid,
    /// Name in the requested language or the best fallback.
    pub name: String,
    /// The language `name` is in.
    pub name_lang: String,
    /// What it offers.
    pub kinds: Vec<ServiceKind>,
    /// The remote modes it offers.
    pub delivery: Vec<DeliveryMode>,
    /// Languages staff speak.
    pub languages: Vec<LanguageCode>,
    /// Who it is for.
    pub populations: Vec<Population>,
    /// Cost to the person.
    pub cost: Cost,
    /// Open now; absent when hours are not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_now: Option<bool>,
    /// Open around the clock.
    pub always_open: bool,
    /// Numbers to call, text or WhatsApp.
    pub phones: Vec<Phone>,
    /// Countries whose whole territory it covers.
    pub countries: Vec<CountryCode>,
    /// True for fictional demo data.
    pub demo: bool,
}

/// The answer of `GET /api/v1/search`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResponse {
    /// True when anything in this answer is fictional demo data.
    pub demo: bool,
    /// Where the search was made from.
    pub origin: Origin,
    /// The radius searched, in metres.
    pub radius_m: u32,
    /// Services with premises within the radius, nearest first (ties by id; see the README's ranking policy).
    pub results: Vec<SearchHit>,
    /// When fewer than three matched within the radius: the nearest that match beyond it (at most three, at any
    /// distance up to [`MAX_RADIUS_M`]), so a person far from everything sees where help is at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beyond: Vec<SearchHit>,
    /// Services usable remotely from the origin that match the same filters.
    pub remote: Vec<RemoteHit>,
    /// The origin country's life lines: labelled emergency numbers and national lines, with sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryInfo>,
}
