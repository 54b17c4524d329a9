//! One change, as the audit log keeps it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Who changed what, when, before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// The signed-in account, `None` for the command line and imports.
    pub user_id: Option<Uuid>,
    /// The account's email, or `cli` / `import`: kept even if the account goes.
    pub actor: String,
    /// The organisation the change belongs to (its editors and admins see it).
    pub organization_id: Option<Uuid>,
    /// `service`, `organization` or `user`.
    pub entity: &'static str,
    /// The changed record's id.
    pub entity_id: Uuid,
    /// `create`, `update`, `capacity`, `verify`, `deactivate`, `approve`, `disable`…
    pub action: &'static str,
    /// The record before, as JSON.
    pub before: Option<serde_json::Value>,
    /// The record after, as JSON.
    pub after: Option<serde_json::Value>,
}

/// A problem report: a fixed reason and a time, nothing about who sent it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProblemReport {
    /// Id.
    pub id: Uuid,
    /// The service flagged.
    pub service_id: Uuid,
    /// Its organisation.
    pub organization_id: Uuid,
    /// What is wrong.
    pub reason: api_types::manage::ProblemReason,
    /// When.
    pub created_at: DateTime<Utc>,
    /// When handled.
    pub resolved_at: Option<DateTime<Utc>>,
}
