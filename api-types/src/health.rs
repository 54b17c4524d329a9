//! `GET /api/v1/health` and `GET /api/v1/ready`: whether the service is up, what it serves, and whether this
//! replica's index has caught up with the database.

use serde::{Deserialize, Serialize};

/// Liveness and what is loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `ok` when the service answers.
    pub status: String,
    /// Services in the directory.
    pub services: u64,
    /// True when the directory holds the fictional demo data: every screen then says so.
    #[serde(default)]
    pub demo: bool,
}

/// Whether this replica can take traffic, and how far its index is behind the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Readiness {
    /// True when the database answers and the index is at most 5 s behind it.
    pub ready: bool,
    /// Changes written by other replicas (or the command line) not yet in this index; null when the database
    /// does not answer.
    pub changes_pending: Option<u64>,
    /// How long the oldest of those has waited, in milliseconds (0 when none waits).
    pub lag_ms: Option<u64>,
}
