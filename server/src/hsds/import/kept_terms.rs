//! The term table admins keep on the server: their directory's vocabulary (and corrections of Ruta's) mapped to
//! Ruta's kinds, populations and delivery modes, used by every import — the file's own table first
//! (`--terms`, `ruta_terms.csv`), then this one, then Ruta's built-in one. Saved whole, checked first (a wrong
//! cell is named by its line and column, and nothing is saved), audited.

use std::sync::Arc;

use api_types::AuditAction;
use api_types::manage::TermTableView;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::map::term_table::{TermTable, TermTableError};
use crate::domain::{Actor, AuditEntry};
use crate::storage::term_table::{StoredTermTable, TermTableStore};
use crate::storage::{StoreError, rows::corrupt};

/// Whose table it is, as an import's report names it.
pub const LABEL: &str = "this server's table";

/// Longest table kept, in bytes: about 3,000 terms, and within what a JSON body may carry
/// ([`crate::http::extract::MAX_BODY_BYTES`]) once quoted.
pub const MAX_BYTES: usize = 200_000;

/// The audit log's entity for the table.
pub const ENTITY: &str = "term_table";

/// Why a table was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// A cell is wrong (its line and column named).
    #[error(transparent)]
    Invalid(#[from] TermTableError),
    /// Longer than [`MAX_BYTES`].
    #[error("the table is longer than {MAX_BYTES} bytes")]
    TooLarge,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The audit entries' id for the table (there is one).
pub fn audit_id() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_OID, b"ruta:term_table")
}

/// What admins see of the kept table.
pub fn view(stored: Option<&StoredTermTable>) -> TermTableView {
    TermTableView {
        rows: stored.map_or(0, |t| t.rows),
        updated_at: stored.map(|t| t.updated_at),
        built_in_rows: TermTable::built_in().len() as u64,
    }
}

/// The kept table, ready for an import; none when no admin saved one (or it has no rows).
pub async fn kept(store: &dyn TermTableStore) -> Result<Option<Arc<TermTable>>, StoreError> {
    let Some(stored) = store.term_table().await? else {
        return Ok(None);
    };
    // Checked when it was saved: a table that no longer parses was changed behind Ruta's back.
    let table = TermTable::parse(&stored.csv, LABEL).map_err(|e| corrupt("term_table", e))?;
    Ok((!table.is_empty()).then(|| Arc::new(table)))
}

/// Checks `csv` and, if it is right, replaces the kept table with it (a header alone empties it), with its
/// audit entry in the same transaction.
pub async fn save(
    store: &dyn TermTableStore,
    actor: &Actor,
    csv: &str,
    now: DateTime<Utc>,
) -> Result<TermTableView, SaveError> {
    if csv.len() > MAX_BYTES {
        return Err(SaveError::TooLarge);
    }
    let table = TermTable::parse(csv, LABEL)?;
    let before = store.term_table().await?;
    let stored = StoredTermTable {
        csv: csv.to_owned(),
        rows: table.len() as u64,
        updated_at: now,
    };
    let summary = |t: &StoredTermTable| serde_json::json!({ "rows": t.rows, "csv": t.csv });
    let audit = AuditEntry {
        before: before.as_ref().map(summary),
        after: Some(summary(&stored)),
        ..actor.entry(now, AuditAction::Update, ENTITY, audit_id())
    };
    store.save_term_table(&stored, &audit).await?;
    Ok(view(Some(&stored)))
}
