//! `/api/v1/organizations/register`: an NGO asks to join.

use api_types::manage::{RegistrationAccepted, RegistrationInput};
use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::accounts::{self, view};
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ClientAddress};
use crate::http::state::AppState;

/// Routes under `/api/v1/organizations`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(register))
}

/// An NGO asks to join: its organisation and first editor are created pending; an admin approves both.
///
/// Limited per client address. The editor can sign in once an administrator approves the organisation.
#[utoipa::path(
    post,
    path = "/organizations/register",
    tag = "accounts",
    operation_id = "register_organization",
    request_body = RegistrationInput,
    responses(
        (status = 202, body = RegistrationAccepted, description = "Received; waits for approval."),
        (status = 403, body = api_types::ErrorBody, description = "`cross_origin`: sent from another site."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: an account has this email (`field` is `email`)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `organization_name` (1 to 200 characters), `email`, `password` (the password policy) or `website` (http/https) is wrong, or the body is not JSON of this shape; `field` names it."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many requests from this address.",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn register(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, ApiError> {
    ApiError::limited(state.limits.login_by_address.check(&[b"register", &address]))?;
    let ApiJson(input) = ApiJson::<RegistrationInput>::from_request(request, &state).await?;
    let (organization, user) = accounts::register(&state.catalog, &input, state.clock.now()).await?;
    let accepted = RegistrationAccepted {
        organization_id: organization.id,
        user: view(&user),
        next: "an administrator will review the organisation; you can sign in once it is approved".to_owned(),
    };
    Ok((StatusCode::ACCEPTED, Json(accepted)).into_response())
}
