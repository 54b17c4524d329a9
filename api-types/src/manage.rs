//! What signed-in staff send and receive: sign-in, a service's full record and its edits, the audit log,
//! problem reports and accounts.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    AuditAction, Capacity, Cost, CountryCode, DeliveryMode, LanguageCode, Localized, Phone, Population, Role,
    ServiceArea, ServiceDetails, ServiceKind, ServiceStatus, WeeklyHours,
};

/// `POST /api/v1/auth/login`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginInput {
    /// The account's email.
    pub email: String,
    pub password: String,
}

/// An account as shown to its owner and to admins (never its password hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserView {
    pub id: Uuid,
    /// The sign-in name, lower-cased.
    pub email: String,
    /// What the account may do.
    pub role: Role,
    /// The organisation of an editor or counsellor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    /// `pending`, `active` or `disabled`.
    pub status: String,
    /// Only in the answer to `POST /api/v1/admin/users` sent without a password: the password the server
    /// chose, shown this once (it is stored only as a hash). Give it to the person by a safe channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_time_password: Option<String>,
}

/// `POST /api/v1/admin/users`: an admin creates an account.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewUserInput {
    /// The sign-in name; trimmed and lower-cased before it is stored.
    pub email: String,
    /// Password (at least 8 characters, not a common one). Empty or left out: the server chooses one and
    /// answers it once, in `one_time_password`.
    #[serde(default)]
    pub password: String,
    /// What the account is for; `ngo_editor` and `counsellor` need `organization_id`.
    pub role: Role,
    /// Organisation, for editors and counsellors.
    #[serde(default)]
    pub organization_id: Option<Uuid>,
}

/// `POST /api/v1/organizations/register`: an NGO asks to join; an admin approves the organisation and its
/// first editor before either can do anything.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegistrationInput {
    /// The organisation's name.
    pub organization_name: String,
    /// Its website, if any.
    #[serde(default)]
    pub website: Option<String>,
    /// The first editor's email.
    pub email: String,
    /// The first editor's password.
    pub password: String,
}

/// A service's premises as its editors see them: exact, address included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LocationInput {
    /// Latitude, WGS84, −90…90.
    pub lat: f64,
    /// Longitude, WGS84, −180…180.
    pub lon: f64,
    /// Street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Town or city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// First-level division.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Postal code, where the address has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country, ISO 3166-1 alpha-2.
    pub country: CountryCode,
}

/// A service as an editor writes it (create and full update).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceInput {
    /// The organisation (admins only; an editor's own organisation otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    /// Name per language (language code → name); at least one.
    pub names: Localized,
    /// Description per language.
    #[serde(default)]
    pub descriptions: Localized,
    /// What it offers; at least one.
    pub kinds: Vec<ServiceKind>,
    /// Who it is for (empty: everyone).
    #[serde(default)]
    pub populations: Vec<Population>,
    /// Languages staff speak; at least one.
    pub languages: Vec<LanguageCode>,
    pub cost: Cost,
    /// How it is delivered; at least one.
    pub delivery: Vec<DeliveryMode>,
    /// Opening hours, with their IANA time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// Phones, E.164.
    #[serde(default)]
    pub phones: Vec<Phone>,
    /// Where remote delivery reaches.
    #[serde(default)]
    pub area: ServiceArea,
    /// Running or not.
    #[serde(default = "active")]
    pub status: ServiceStatus,
    /// Places available now; `unknown` when left out.
    #[serde(default = "unknown")]
    pub capacity: Capacity,
    /// A safe house: the location is never shown to the public.
    #[serde(default)]
    pub confidential: bool,
    /// Premises (required for in-person delivery).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocationInput>,
    /// Its other premises (branches in other towns), each searched like the main one; missing keeps what is
    /// stored, an empty list removes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_locations: Option<Vec<LocationInput>>,
    /// The country the service belongs to.
    pub country: CountryCode,
    /// The directory's own words (another name, how to apply, who may come, fees, web page); missing keeps
    /// what is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ServiceDetails>,
}

fn active() -> ServiceStatus {
    ServiceStatus::Active
}

fn unknown() -> Capacity {
    Capacity::Unknown
}

/// A service's full record, for its organisation, operators and admins: the exact location of a confidential
/// service included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceRecord {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Everything an editor can change (`organization_id` is left out: the record says it once, above).
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(schema_with = listing_fields))]
    pub input: ServiceInput,
    /// When capacity was last reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_updated_at: Option<DateTime<Utc>>,
    /// When the organisation last confirmed the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified_at: Option<DateTime<Utc>>,
    /// Not confirmed for 180 days: shown below fresh listings until confirmed.
    pub stale: bool,
    /// Fictional demo data.
    pub demo: bool,
    /// When it was first saved; no later edit changes it.
    pub created_at: DateTime<Utc>,
    /// Set by every edit; an import takes the source's `last_modified` when it gives one.
    pub updated_at: DateTime<Utc>,
    /// The terms the directory it was imported from gave it, kept as they came (read only: an edit keeps them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_terms: Vec<SourceTerm>,
}

/// A term another directory's taxonomy gave a service (an Open Eligibility category, a 211/AIRS code, an Ohana
/// keyword…): kept as it came on import and exported back as an HSDS attribute, whatever Ruta mapped it to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceTerm {
    /// The taxonomy's name as the directory gave it; empty when it gave none.
    #[serde(default)]
    pub taxonomy: String,
    /// The taxonomy's id in the directory, when it gave a UUID (HSDS 3); the export derives one otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_id: Option<Uuid>,
    /// The term's id in the directory, when it gave a UUID; the export derives one otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Its code there (`101-04`, `BH-1800.8500`), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Its name (the code when the directory gave no name).
    pub name: String,
}

/// The schema of a record's fields that a [`ServiceInput`] has: the input's, without `organization_id` (the
/// record names it once, at its top level) and open to the record's own fields beside them (the input's schema
/// refuses unknown fields, which would refuse every record).
#[cfg(feature = "openapi")]
fn listing_fields() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::schema::Schema;
    let mut schema = <ServiceInput as utoipa::PartialSchema>::schema();
    if let RefOr::T(Schema::Object(object)) = &mut schema {
        object.additional_properties = None;
        object.properties.retain(|name, _| name != "organization_id");
        object.required.retain(|name| name != "organization_id");
    }
    schema
}

/// `POST …/capacity`: the one-tap "beds tonight" update.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CapacityInput {
    /// `available`, `limited`, `full` or `unknown`.
    pub capacity: Capacity,
}

/// Why someone flags a listing. A fixed list: no free text, so no personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProblemReason {
    /// "The number doesn't answer".
    NoAnswer,
    /// "The number is wrong".
    WrongNumber,
    /// "It is closed".
    Closed,
    /// "It moved / the address is wrong".
    WrongAddress,
    /// "The hours are wrong".
    WrongHours,
    /// "They turned me away / it is not for people like me".
    NotAsDescribed,
    Other,
}

impl ProblemReason {
    /// Its name in the API and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemReason::NoAnswer => "no_answer",
            ProblemReason::WrongNumber => "wrong_number",
            ProblemReason::Closed => "closed",
            ProblemReason::WrongAddress => "wrong_address",
            ProblemReason::WrongHours => "wrong_hours",
            ProblemReason::NotAsDescribed => "not_as_described",
            ProblemReason::Other => "other",
        }
    }

    /// From its name.
    pub fn parse(s: &str) -> Option<Self> {
        use ProblemReason::*;
        [
            NoAnswer,
            WrongNumber,
            Closed,
            WrongAddress,
            WrongHours,
            NotAsDescribed,
            Other,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// `POST /api/v1/services/{id}/reports`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// What is wrong.
    pub reason: ProblemReason,
}

/// A problem report in an organisation's inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportView {
    pub id: Uuid,
    /// The service flagged.
    pub service_id: Uuid,
    /// The flagged service's organisation, whose inbox the report is in.
    pub organization_id: Uuid,
    /// What is wrong.
    pub reason: ProblemReason,
    /// When the report was received.
    pub created_at: DateTime<Utc>,
    /// When the organisation marked it handled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<DateTime<Utc>>,
}

/// `POST /api/v1/organizations/register`: what was created, waiting for approval.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationAccepted {
    /// The new organisation (pending).
    pub organization_id: Uuid,
    /// Its first editor (status `pending`).
    pub user: UserView,
    /// What happens next, in a sentence.
    pub next: String,
}

/// `POST /api/v1/admin/users/{id}/revoke_sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionsRevoked {
    /// How many live sessions were ended.
    pub revoked: u64,
}

/// An organisation waiting for an administrator's approval.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PendingOrganization {
    /// The organisation's id, for `POST /api/v1/admin/organizations/{id}/approve`.
    pub id: Uuid,
    pub name: String,
    /// Website, if it gave one.
    pub website: Option<String>,
    /// When it asked to join (its first account's creation), if it has an account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<DateTime<Utc>>,
    /// Who asked: the emails of its accounts waiting with it.
    #[serde(default)]
    pub applicants: Vec<String>,
}

/// An organisation by name, for an administrator's choices (`GET /api/v1/admin/organizations`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationName {
    pub id: Uuid,
    pub name: String,
}

/// `POST /api/v1/admin/organizations/{id}/decline`: why; the applicant reads it when they try to sign in.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclineInput {
    /// The reason, 1 to 500 characters, in words the applicant understands (left out, it is refused as empty,
    /// naming `reason`).
    #[serde(default)]
    pub reason: String,
}

/// `POST /api/v1/admin/users/{id}/role`: an account's new role (and organisation, for editors and counsellors).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleInput {
    /// The new role; refused, naming `role`, when it would leave no active administrator.
    pub role: Role,
    /// Organisation, for editors and counsellors (and refused for the others).
    #[serde(default)]
    pub organization_id: Option<Uuid>,
}

/// `POST /api/v1/services/{id}/reports`: the report was stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportReceived {
    /// Always `true`.
    pub received: bool,
}

/// `GET /api/v1/manage/services`: a page of full records.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordPage {
    /// Records in the whole list.
    pub total: usize,
    /// This page, from 1.
    pub page: usize,
    /// Records to a page.
    pub per_page: usize,
    /// This page's records.
    pub items: Vec<ServiceRecord>,
}

/// An audit entry as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditView {
    /// When the change was saved.
    pub at: DateTime<Utc>,
    /// Who: the account's email.
    pub actor: String,
    /// The organisation the change belongs to, when it belongs to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    /// What kind of record: `service`, `organization`, `user`, `import`, `counsellor`, `lifelines`, `referral`,
    /// `term_table`, or `other` for one this build does not know.
    pub entity: String,
    /// The record's id.
    pub entity_id: Uuid,
    /// What was done.
    pub action: AuditAction,
    /// Top-level fields whose values differ between before and after (all of them on create).
    pub changed: Vec<String>,
    /// The record before the change, as JSON; left out for a creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<serde_json::Value>,
    /// The record after the change, or only the fields an action set, as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<serde_json::Value>,
}

/// `GET`/`PUT /api/v1/admin/terms`: the term table admins keep on the server, which every import uses to map
/// other directories' taxonomy terms after the import's own table and before Ruta's built-in one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TermTableView {
    /// Its rows (0: none kept; imports use Ruta's built-in table alone).
    pub rows: u64,
    /// When an admin last saved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<DateTime<Utc>>,
    /// Rows of Ruta's built-in table, for comparison.
    pub built_in_rows: u64,
}

/// `PUT /api/v1/admin/terms`: the whole table, replacing the one kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TermTableInput {
    /// CSV text: a header row naming `taxonomy`, `code` (optional), `term`, `kinds`, `populations` and
    /// `delivery`, then one term per row, several values in a cell separated by `|`. A header alone empties it.
    pub csv: String,
}
