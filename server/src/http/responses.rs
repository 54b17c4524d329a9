//! The answers any operation may give besides its own, written once and added to every operation of the OpenAPI
//! document they apply to (each route's `responses(...)` lists only what is its own):
//!
//! - to every operation: 414 and 431 (`payload_too_large` naming `uri` or `headers`: `http::limits`), 500
//!   (`internal`) and 503 (`unavailable`, when the server holds too many connections);
//! - to every operation with a body: 413 (`payload_too_large`, `body`);
//! - to every operation that needs a session (its `security` is the session cookie, not optional): 401
//!   (`unauthorized`);
//! - to every operation under `/api/v1/admin/`: 403 (`forbidden`, not an administrator);
//! - to every operation with a UUID in its path: 400 (`invalid_parameter`, the id is not a UUID);
//! - to every operation that takes `If-Match`: 412 (`precondition_failed`), and where it is required, 428
//!   (`precondition_required`);
//! - to every operation under `/api/v1` that changes something (POST, PUT, PATCH, DELETE): 403 `cross_origin`.
//!
//! Each is a named response (`#/components/responses/…`); an operation that documents the status itself keeps
//! its own description.

use utoipa::openapi::path::Operation;
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

/// (name, status, description, applies to which operations)
const SHARED: &[(&str, &str, &str, Applies)] = &[
    (
        "UriTooLong",
        "414",
        "`payload_too_large` (`field`: `uri`): the address (path and query) is longer than 8,192 bytes.",
        Applies::Every,
    ),
    (
        "HeadersTooLarge",
        "431",
        "`payload_too_large` (`field`: `headers`): more than 64 headers, or more than 16,384 bytes of them.",
        Applies::Every,
    ),
    (
        "Internal",
        "500",
        "`internal`: a failure on the server's side; the body says nothing more.",
        Applies::Every,
    ),
    (
        "Unavailable",
        "503",
        "`unavailable`: the server holds too many connections; `Retry-After` says when to try again.",
        Applies::Every,
    ),
    (
        "BodyTooLarge",
        "413",
        "`payload_too_large` (`field`: `body`): a JSON body over 262,144 bytes (256 KiB).",
        Applies::WithBody,
    ),
    (
        "Unauthorized",
        "401",
        "`unauthorized`: not signed in, or the session ended.",
        Applies::SignedIn,
    ),
    (
        "NotAdmin",
        "403",
        "`forbidden`: not an administrator (a change sent from another site: `cross_origin`).",
        Applies::Admin,
    ),
    (
        "NotUuid",
        "400",
        "`invalid_parameter`: the id is not a UUID.",
        Applies::UuidInPath,
    ),
    (
        "PreconditionFailed",
        "412",
        "`precondition_failed`: the record was changed since it was read (its `ETag` is not `If-Match`); read it \
         again. Nothing is saved.",
        Applies::IfMatch,
    ),
    (
        "PreconditionRequired",
        "428",
        "`precondition_required`: no `If-Match`. Nothing is saved.",
        Applies::IfMatchRequired,
    ),
    (
        "CrossOrigin",
        "403",
        "`cross_origin`: the browser says the request comes from another site (or `forbidden`, \
         `account_pending`: see the operation).",
        Applies::Changes,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Applies {
    Every,
    WithBody,
    Changes,
    SignedIn,
    Admin,
    UuidInPath,
    IfMatch,
    IfMatchRequired,
}

/// Adds the shared answers to `document`.
pub fn add_shared(document: &mut OpenApi) {
    let components = document.components.get_or_insert_with(Default::default);
    for (name, _, description, _) in SHARED {
        components.responses.insert(
            (*name).to_owned(),
            RefOr::T(
                ResponseBuilder::new()
                    .description(*description)
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("ErrorBody")))
                            .build(),
                    )
                    .build(),
            ),
        );
    }
    for (path, item) in &mut document.paths.paths {
        let in_api = path.starts_with("/api/v1/");
        let admin = path.starts_with("/api/v1/admin/");
        let reads = [&mut item.get, &mut item.head, &mut item.options, &mut item.trace];
        let changes = [&mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
        for operation in reads.into_iter().flatten() {
            add_to(operation, false, admin);
        }
        for operation in changes.into_iter().flatten() {
            add_to(operation, in_api, admin);
        }
    }
}

/// True when the operation needs the session cookie: every requirement it lists names it, and none is the empty
/// one that makes signing in optional (`security((), ("session" = []))`).
fn needs_session(operation: &Operation) -> bool {
    let requirements = serde_json::to_value(&operation.security).unwrap_or_default();
    requirements
        .as_array()
        .is_some_and(|all| !all.is_empty() && all.iter().all(|r| r.get("session").is_some()))
}

/// True when one of the operation's parameters is as `is_it` says (it reads the parameter's JSON).
fn has_parameter(operation: &Operation, is_it: impl Fn(&serde_json::Value) -> bool) -> bool {
    let parameters = serde_json::to_value(&operation.parameters).unwrap_or_default();
    parameters.as_array().is_some_and(|all| all.iter().any(is_it))
}

fn add_to(operation: &mut Operation, changes_in_api: bool, admin: bool) {
    let has_body = operation.request_body.is_some();
    let signed_in = needs_session(operation);
    let uuid = has_parameter(operation, |p| {
        p["in"] == "path" && p["schema"]["format"] == "uuid"
    });
    let if_match = |required: bool| {
        has_parameter(operation, |p| {
            p["in"] == "header" && p["name"] == "If-Match" && (!required || p["required"] == true)
        })
    };
    let (takes_if_match, needs_if_match) = (if_match(false), if_match(true));
    for (name, status, _, applies) in SHARED {
        let applies = match applies {
            Applies::Every => true,
            Applies::WithBody => has_body,
            Applies::Changes => changes_in_api,
            Applies::SignedIn => signed_in,
            Applies::Admin => admin,
            Applies::UuidInPath => uuid,
            Applies::IfMatch => takes_if_match,
            Applies::IfMatchRequired => needs_if_match,
        };
        if applies {
            operation
                .responses
                .responses
                .entry((*status).to_owned())
                .or_insert_with(|| RefOr::Ref(Ref::from_response_name(*name)));
        }
    }
}
