//! Open Referral HSDS 3.0: the objects Ruta publishes for other directories to read (`/hsds/…`, `export.zip`).
//!
//! The types follow the HSDS 3.0 JSON Schemas field for field (names, and which are required); only what Ruta
//! fills is declared. HSDS allows properties of one's own (its schemas leave `additionalProperties` open), so
//! what has no HSDS field travels in `x_ruta_*` properties: the demo label, the IANA time zone, phone channels,
//! capacity. [`export`] turns the directory into these objects through the public view of each service — a
//! confidential shelter's premises never reach this module — and [`tabular`] writes the CSV data package.
//!
//! Ids: services and organisations keep their own UUIDs; everything HSDS needs an id for and Ruta does not store
//! (locations, phones, schedules, taxonomy terms…) gets a UUIDv5 derived from [`RUTA_NAMESPACE`] and what it
//! belongs to, so the same directory always exports the same ids.

pub mod export;
pub mod import;
pub mod tabular;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The HSDS version these endpoints follow.
pub const HSDS_VERSION: &str = "3.0";

/// The HSDS 3.0 API description these endpoints implement (plus Ruta's `lat`, `lng`, `radius_m`).
pub const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

/// Ruta uses no HSDS profile: plain HSDS 3.0.
pub const PROFILE_URL: &str = "https://github.com/openreferral/specification/tree/3.0";

/// The fixed root of every UUIDv5 Ruta derives for HSDS. Never change it: ids would change with it.
pub const RUTA_NAMESPACE: Uuid = Uuid::from_u128(0x7275_7461_2d68_5d73_9a30_5275_7461_4f52);

/// The UUIDv5 of `name` under `namespace`.
pub fn derive_id(namespace: &Uuid, name: &str) -> Uuid {
    Uuid::new_v5(namespace, name.as_bytes())
}

/// `GET /hsds/`: what this API is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiInfo {
    /// HSDS version, `"3.0"`.
    pub version: String,
    /// The HSDS profile followed.
    pub profile: String,
    /// The OpenAPI document of the API.
    pub openapi_url: String,
}

impl ApiInfo {
    /// Ruta's.
    pub fn ruta() -> Self {
        Self {
            version: HSDS_VERSION.to_owned(),
            profile: PROFILE_URL.to_owned(),
            openapi_url: OPENAPI_URL.to_owned(),
        }
    }
}

/// A page of a list, as the HSDS 3 OpenAPI `Page` defines it. `page_number` counts from 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    /// Items in the whole list.
    pub total_items: u64,
    /// Pages in the whole list (0 when it is empty).
    pub total_pages: u64,
    /// This page, from 1.
    pub page_number: u64,
    /// Items on this page.
    pub size: u64,
    /// This is the first page.
    pub first_page: bool,
    /// This is the last page (or past it).
    pub last_page: bool,
    /// This page has no items.
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `page_number` (from 1) of `items`, `per_page` (at least 1) to a page.
    ///
    /// # Example
    /// ```
    /// use ruta_server::hsds::Page;
    /// let page = Page::of((1..=5).collect(), 2, 2);
    /// assert_eq!(page.contents, vec![3, 4]);
    /// assert_eq!((page.total_items, page.total_pages, page.first_page, page.last_page), (5, 3, false, false));
    /// ```
    pub fn of(items: Vec<T>, page_number: u64, per_page: u64) -> Self {
        let per_page = per_page.max(1);
        let page_number = page_number.max(1);
        let total_items = items.len() as u64;
        let total_pages = total_items.div_ceil(per_page);
        let skip = usize::try_from((page_number - 1).saturating_mul(per_page)).unwrap_or(usize::MAX);
        let take = usize::try_from(per_page).unwrap_or(usize::MAX);
        let contents: Vec<T> = items.into_iter().skip(skip).take(take).collect();
        Self {
            total_items,
            total_pages,
            page_number,
            size: contents.len() as u64,
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

impl<T> Page<T> {
    /// The same page with each item turned into something else (so only one page's items are built).
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            total_items: self.total_items,
            total_pages: self.total_pages,
            page_number: self.page_number,
            size: self.size,
            first_page: self.first_page,
            last_page: self.last_page,
            empty: self.empty,
            contents: self.contents.into_iter().map(f).collect(),
        }
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// An organisation that runs services.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Ruta's id.
    pub id: Uuid,
    /// The organisation's one name (not per language), at most 200 characters.
    pub name: String,
    /// Description (required by HSDS; empty when the organisation gave none).
    pub description: String,
    /// Public contact email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Absent unless the stored website is an `http`/`https` URL with a host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Its services (listed ones only), brief or fully nested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
    /// Fictional demo data.
    pub x_ruta_demo: bool,
    /// When a Ruta admin verified the organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_verified_at: Option<String>,
}

/// A service. The nested lists are present in the fully nested form only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Ruta's id.
    pub id: Uuid,
    /// Who runs it.
    pub organization_id: Uuid,
    /// Name, in the language asked for or the best fallback.
    pub name: String,
    /// Description, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `active`, `temporarily closed` (or `defunct`, never exported).
    pub status: String,
    /// Another name it is known by (as the directory it came from gave it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// Its own web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How to get it (as the directory it came from gave it); never for a confidential shelter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    /// What it costs in words: the directory's own, else free, low cost or paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    /// Who it is for, in words: the directory's own, else Ruta's populations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// The date the organisation last confirmed the listing (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    /// A short notice, e.g. that it is temporarily closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<String>,
    /// When the listing last changed (RFC 3339, UTC).
    pub last_modified: String,
    /// The organisation (its one-to-one fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    /// Numbers in E.164 with how each is reached; the intake line of a confidential shelter too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
    /// Weekly opening hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<Schedule>>,
    /// Where remote delivery reaches; for a confidential shelter, only its region and country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_areas: Option<Vec<ServiceArea>>,
    /// Its premises; never for a confidential shelter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_locations: Option<Vec<ServiceAtLocation>>,
    /// Languages staff speak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<Language>>,
    /// One option, from Ruta's cost level (`free`, `low`, `paid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_options: Option<Vec<CostOption>>,
    /// Kinds, populations and delivery modes, as terms of Ruta's taxonomies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    /// Fictional demo data.
    pub x_ruta_demo: bool,
    /// A safe house: its premises are withheld, only an intake phone and a region are published.
    #[serde(default, skip_serializing_if = "is_false")]
    pub x_ruta_confidential: bool,
    /// Places available as last reported: `available`, `limited`, `full`, `unknown`.
    pub x_ruta_capacity: String,
    /// When capacity was reported (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_capacity_updated_at: Option<String>,
    /// When the organisation last confirmed the listing (RFC 3339; `assured_date` is its date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_last_verified_at: Option<String>,
    /// The name in every language it exists in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_names: Option<api_types::Localized>,
    /// The description in every language it exists in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_descriptions: Option<api_types::Localized>,
}

/// A service at one of its premises, when the public may know exactly where they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    pub location_id: Uuid,
    /// The location, always nested here; its addresses only in the fully nested form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The service (brief in lists, fully nested by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
    /// Great-circle metres from the `lat`/`lng` asked for (Ruta's extension of the list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_distance_m: Option<u64>,
    /// Fictional demo data.
    pub x_ruta_demo: bool,
}

/// A place where a service is delivered. Only ever built from a public location (never a confidential one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    /// Always `physical`.
    pub location_type: String,
    pub organization_id: Uuid,
    /// The service's name, for want of a name of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Latitude, WGS84 degrees; left out when Ruta only knows the address's town.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Longitude, WGS84 degrees; left out when Ruta only knows the address's town.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// The street address (fully nested form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Address>>,
}

/// A postal address. HSDS requires `address_1`, `city`, `state_province`, `postal_code`; Ruta leaves what it
/// does not know empty (`postal_code` often: many addresses in the region have none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Address {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub location_id: Uuid,
    /// Street and number.
    pub address_1: String,
    /// Town or city.
    pub city: String,
    /// First-level division.
    pub state_province: String,
    /// Empty when the address has none.
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Always `physical`.
    pub address_type: String,
}

/// One of a service's phone numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    /// E.164.
    pub number: String,
    /// `voice` when it takes calls, `text` when only SMS; absent for WhatsApp only (see `x_ruta_channels`).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The organisation's label and the channels, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `voice`, `sms`, `whatsapp`.
    pub x_ruta_channels: Vec<api_types::PhoneChannel>,
}

/// Opening hours of one or more weekdays.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    /// Hours from now (at export time) to the service's local time, e.g. `-6`; HSDS's `timezone`.
    pub timezone: f64,
    /// Always `WEEKLY`.
    pub freq: String,
    /// Days, e.g. `MO,TU,WE`.
    pub byday: String,
    /// Local time `HH:MM:SS`.
    pub opens_at: String,
    /// Local time `HH:MM:SS`; not after `opens_at` means the next day (`00:00:00` is midnight).
    pub closes_at: String,
    /// The hours in words, with the zone.
    pub description: String,
    /// The service's IANA time zone, e.g. `America/Tegucigalpa`.
    pub x_ruta_timezone: String,
}

/// Where a service can be used from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    /// A country's name, an ISO 3166-2 code, or a region and country.
    pub name: String,
    /// What the area is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A GeoJSON Polygon, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent: Option<String>,
    /// `geojson` with `extent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent_type: Option<String>,
    /// ISO 3166-1 alpha-2 or 3166-2 code of the area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_code: Option<String>,
}

/// A language a service's staff speak.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    /// English name, when Ruta knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// BCP 47 tag (ISO 639-1 or 639-3 language), e.g. `es`, `quc`.
    pub code: String,
}

/// What a service costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostOption {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    pub service_id: Uuid,
    /// `Free`, `Low cost` or `Paid`.
    pub option: String,
    /// 0 when free.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// Ruta's cost level: `free`, `low`, `paid`.
    pub x_ruta_cost: String,
}

/// A link from a service to a taxonomy term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    /// A UUIDv5 derived from the service, the same in every export.
    pub id: Uuid,
    /// The service.
    pub link_id: Uuid,
    pub taxonomy_term_id: Uuid,
    /// What the term says of the service: `kind`, `population` or `delivery`; `source` for a term kept from the
    /// directory the service was imported from.
    pub link_type: String,
    /// Always `service`.
    pub link_entity: String,
    /// The term itself, always nested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<TaxonomyTerm>,
}

/// A term of one of Ruta's taxonomies, or of a source directory's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    /// A UUIDv5 for Ruta's terms; a source term keeps the directory's UUID when it gave one.
    pub id: Uuid,
    /// Ruta's code, e.g. `shelter` (as in `/api/v1/search?kind=shelter`); a source term's code, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Name (English for Ruta's terms; as the directory gave it for a source term).
    pub name: String,
    /// Fixed English words for Ruta's terms; for a source term, a sentence naming its taxonomy.
    pub description: String,
    /// The taxonomy's name.
    pub taxonomy: String,
    pub taxonomy_id: Uuid,
    /// `en` for Ruta's terms; none for a source term (its language is not known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One of Ruta's taxonomies, or one a source directory's terms belong to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Taxonomy {
    /// A UUIDv5 for Ruta's taxonomies; a source taxonomy keeps the directory's UUID when it gave one.
    pub id: Uuid,
    /// Title, e.g. `Ruta service kinds`, or the source directory's name for its taxonomy.
    pub name: String,
    /// Fixed English text: what the terms classify and which search filter they match.
    pub description: String,
    /// Version (`1` for Ruta's; none for a source directory's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
