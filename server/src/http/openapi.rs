//! The OpenAPI document, generated from the handlers, and a docs page served from this server (no CDN).

use api_types::manage::UserView;
use axum::Router;
use serde::Serialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_swagger_ui::{Config, SwaggerUi};
use uuid::Uuid;

/// The name of the session cookie's security scheme, as handlers list it in `security(...)`.
pub const SESSION: &str = "session";

/// The API description.
#[derive(OpenApi, Debug)]
#[openapi(
    info(
        title = "Ruta API",
        description = "Find help near a place: shelters, psychosocial support, hotlines, legal aid and health care \
                       for survivors of human trafficking in Latin America and the Caribbean. Errors are \
                       `{\"error\":{\"code\",\"message\",\"field\"}}`. Demo data is marked `\"demo\": true`.\n\n\
                       Staff sign in with `POST /api/v1/auth/login`, which sets the session cookie; a request \
                       that changes something (POST, PUT) and that a browser says comes from another site is \
                       refused with 403 `cross_origin`.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&SessionCookie),
    paths(
        super::health::get_health,
        super::search::search_services,
        super::places::list_places,
        super::services::find_service,
        super::countries::find_country,
        super::auth::login,
        super::auth::logout,
        super::auth::me,
        super::auth::register,
        super::manage::list,
        super::manage::create,
        super::manage::read,
        super::manage::update,
        super::manage::capacity,
        super::manage::verify,
        super::manage::deactivate,
        super::manage::service_audit,
        super::manage::organization_audit,
        super::manage::reports,
        super::manage::resolve_report,
        super::import::import_file,
        super::booking::list,
        super::booking::slots,
        super::booking::create,
        super::booking::read,
        super::booking::change,
        super::booking::calendar,
        super::booking::dashboard,
        super::booking::decide,
        super::counsellors::list_counsellors,
        super::counsellors::create_counsellor,
        super::counsellors::read_counsellor,
        super::counsellors::update_counsellor,
        super::counsellors::own_profile,
        super::counsellors::save_availability,
        super::admin::users,
        super::admin::create_user,
        super::admin::disable,
        super::admin::activate,
        super::admin::revoke_sessions,
        super::admin::pending,
        super::admin::approve,
        super::admin::report,
        super::operator::search_operator,
        super::referrals::create_referral,
        super::referrals::referral_counts,
        super::coverage::coverage_report,
        super::coverage::coverage_places,
        super::hsds::get_api_info,
        super::hsds::list_services,
        super::hsds::find_service,
        super::hsds::list_organizations,
        super::hsds::find_organization,
        super::hsds::list_service_at_locations,
        super::hsds::find_service_at_location,
        super::hsds::list_taxonomies,
        super::hsds::find_taxonomy,
        super::hsds::list_taxonomy_terms,
        super::hsds::find_taxonomy_term,
        super::hsds::get_export_zip,
    ),
    tags(
        (name = "search", description = "Nearest help that fits, and remote help that covers the place"),
        (name = "places", description = "The gazetteer: type a town instead of sharing a location"),
        (name = "services", description = "Service records"),
        (name = "countries", description = "Emergency numbers and national hotlines"),
        (name = "health", description = "Service status"),
        (name = "accounts", description = "Sign in and out, the signed-in account, and an NGO's request to join"),
        (name = "manage", description = "Staff keep listings current: full records, edits, capacity, confirmation, history"),
        (name = "admin", description = "Administrators: accounts, revocations and organisations' approval"),
        (name = "reports", description = "Anyone flags a wrong listing; its organisation resolves the report"),
        (name = "operator", description = "Hotline operators: search with confidential details, referral messages, and admins' anonymous referral counts"),
        (name = "coverage", description = "Coverage-gap reports: distance from every place to the nearest service of each kind, remote coverage"),
        (name = "hsds", description = "The public directory as Open Referral HSDS 3.0, read-only, outside /api/v1"),
        (name = "appointments", description = "Remote psychosocial appointments without an account: counsellors, slots, bookings"),
    )
)]
pub struct ApiDoc;

/// Adds the session cookie as a security scheme.
#[derive(Debug)]
struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SESSION,
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::session::SECURE_COOKIE,
                "The session that `POST /api/v1/auth/login` sets: an opaque random token, HttpOnly, \
                 SameSite=Strict, Secure, path `/`. On plain http to a loopback address (development) the \
                 cookie is named `ruta_dev_session` instead, since browsers refuse a `__Host-` cookie \
                 without Secure. Without a live session an endpoint that needs one answers 401 `unauthorized`.",
            ))),
        );
    }
}

/// `POST /api/v1/organizations/register`: what was created, waiting for approval.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationAccepted {
    /// The new organisation (pending).
    pub organization_id: Uuid,
    /// Its first editor (status `pending`).
    pub user: UserView,
    /// What happens next, in a sentence.
    pub next: String,
}

/// `POST /api/v1/admin/users/{id}/revoke_sessions`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionsRevoked {
    /// Sessions ended.
    pub revoked: u64,
}

/// An organisation waiting for approval.
#[derive(Debug, Serialize, ToSchema)]
pub struct PendingOrganization {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Website, if it gave one.
    pub website: Option<String>,
}

/// `POST /api/v1/services/{id}/reports`: the report was stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportReceived {
    /// Always `true`.
    pub received: bool,
}

/// `GET /hsds/export.zip`: the zip file's bytes.
#[derive(Debug, ToSchema)]
#[schema(value_type = String, format = Binary, content_media_type = "application/zip")]
pub struct ZipFile(pub Vec<u8>);

/// `/api/v1/openapi.json` and the docs page at `/api/v1/docs/`.
pub fn router() -> Router {
    let ui = SwaggerUi::new("/api/v1/docs")
        .url("/api/v1/openapi.json", ApiDoc::openapi())
        .config(
            Config::from("/api/v1/openapi.json")
                .validator_url("none")
                .try_it_out_enabled(true),
        );
    Router::new().merge(ui)
}
