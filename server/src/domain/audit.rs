//! One change, as the audit log keeps it.

use api_types::AuditAction;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Who changed what, when, before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// When the change was saved (UTC), from the injected clock.
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
    /// What was done.
    pub action: AuditAction,
    /// The record before, as JSON.
    pub before: Option<serde_json::Value>,
    /// The record after, as JSON.
    pub after: Option<serde_json::Value>,
}

impl AuditEntry {
    /// The entry as the API shows it, with the top-level fields that changed.
    pub fn view(self) -> api_types::manage::AuditView {
        let empty = serde_json::Map::new();
        let before = self.before.as_ref().and_then(|b| b.as_object()).unwrap_or(&empty);
        let after = self.after.as_ref().and_then(|a| a.as_object()).unwrap_or(&empty);
        let mut changed: Vec<String> = after
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(*v) && *k != "updated_at" && *k != "stale")
            .map(|(k, _)| k.clone())
            .chain(before.keys().filter(|k| !after.contains_key(*k)).cloned())
            .collect();
        changed.sort();
        changed.dedup();
        api_types::manage::AuditView {
            at: self.at,
            actor: self.actor,
            organization_id: self.organization_id,
            entity: self.entity.to_owned(),
            entity_id: self.entity_id,
            action: self.action,
            changed,
            before: self.before,
            after: self.after,
        }
    }
}

/// Who does something, as the audit log names them: an account, or a tool (`cli`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The signed-in account, `None` for the command line.
    pub user_id: Option<Uuid>,
    /// The account's email, or `cli`.
    pub label: String,
}

impl Actor {
    /// This actor's entry for `action` on one record, at `at`: the caller adds the organisation it belongs to and
    /// the record before and after, where there are any.
    pub fn entry(
        &self,
        at: DateTime<Utc>,
        action: AuditAction,
        entity: &'static str,
        entity_id: Uuid,
    ) -> AuditEntry {
        AuditEntry {
            at,
            user_id: self.user_id,
            actor: self.label.clone(),
            organization_id: None,
            entity,
            entity_id,
            action,
            before: None,
            after: None,
        }
    }
}

/// A problem report: a fixed reason and a time, nothing about who sent it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProblemReport {
    /// A UUIDv4 given when the report is received.
    pub id: Uuid,
    /// The service flagged.
    pub service_id: Uuid,
    /// The flagged service's organisation, whose inbox the report is in.
    pub organization_id: Uuid,
    /// What is wrong.
    pub reason: api_types::manage::ProblemReason,
    /// When it was received (UTC), from the injected clock.
    pub created_at: DateTime<Utc>,
    /// When the organisation marked it handled; `None` while open.
    pub resolved_at: Option<DateTime<Utc>>,
}
