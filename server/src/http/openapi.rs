//! The OpenAPI document, generated from the handlers, and a docs page served from this server (no CDN).

use axum::Router;
use utoipa::OpenApi;
use utoipa_swagger_ui::{Config, SwaggerUi};

/// The API description.
#[derive(OpenApi, Debug)]
#[openapi(
    info(
        title = "Ruta API",
        description = "Find help near a place: shelters, psychosocial support, hotlines, legal aid and health care \
                       for survivors of human trafficking in Latin America and the Caribbean. Errors are \
                       `{\"error\":{\"code\",\"message\",\"field\"}}`. Demo data is marked `\"demo\": true`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        super::health::get_health,
        super::search::search_services,
        super::places::list_places,
        super::services::find_service,
        super::countries::find_country,
    ),
    tags(
        (name = "search", description = "Nearest help that fits, and remote help that covers the place"),
        (name = "places", description = "The gazetteer: type a town instead of sharing a location"),
        (name = "services", description = "Service records"),
        (name = "countries", description = "Emergency numbers and national hotlines"),
        (name = "health", description = "Service status"),
    )
)]
pub struct ApiDoc;

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
