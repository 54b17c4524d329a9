//! The OpenAPI document's frame (title, tags, the session cookie) and the docs page served from this server (no
//! CDN). The paths come from the routes themselves: each router registers its handlers with `routes!`, so the
//! route table is the path list.

use axum::Router;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_swagger_ui::{Config, SwaggerUi};

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

/// `GET /hsds/export.zip`: the zip file's bytes.
#[derive(Debug, ToSchema)]
#[schema(value_type = String, format = Binary, content_media_type = "application/zip")]
pub struct ZipFile(pub Vec<u8>);

/// `/api/v1/openapi.json` (the document the routes built) and the docs page at `/api/v1/docs/`.
pub fn router(document: utoipa::openapi::OpenApi) -> Router {
    let ui = SwaggerUi::new("/api/v1/docs")
        .url("/api/v1/openapi.json", document)
        .config(
            Config::from("/api/v1/openapi.json")
                .validator_url("none")
                .try_it_out_enabled(true),
        );
    Router::new().merge(ui)
}
