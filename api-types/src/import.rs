//! What an import did, or would do (`POST /api/v1/manage/import`, `ruta import --report`): counts per table, each
//! imported organisation and service, and every row or field that was fixed (and how), skipped (and why) or only
//! warned about. The server writes it; the staff app reads the same types.
//!
//! Messages say what was wrong with a field, never its value: a report may be shown or stored, and addresses,
//! phone numbers and coordinates of shelters stay out of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What happened to a row or a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Read after a repair; the message says how.
    Fixed,
    /// Left out; the message says why. Without a field, the whole row.
    Skipped,
    /// Imported as it is, but worth a look.
    Warning,
    /// The import cannot go on: nothing is written.
    Fatal,
}

impl Outcome {
    /// Its wire name: `fixed`, `skipped`, `warning` or `fatal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Fixed => "fixed",
            Outcome::Skipped => "skipped",
            Outcome::Warning => "warning",
            Outcome::Fatal => "fatal",
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Issue {
    /// The HSDS table: `service`, `phone`, `schedule`, `location`…
    pub table: String,
    /// The line in the CSV file (the header is line 1), or the position in the JSON list (from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// The row's id in the file, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The field; none when the issue is about the whole row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Fixed, skipped, warning or fatal.
    pub outcome: Outcome,
    /// What was done and why, without the field's value.
    pub message: String,
}

/// Rows of one table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TableCounts {
    /// Rows read.
    pub read: u64,
    /// Rows imported (read minus skipped).
    pub imported: u64,
    /// Imported rows with at least one repair.
    pub fixed: u64,
    /// Rows left out.
    pub skipped: u64,
}

/// Whether a record is new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Not in the directory yet.
    Create,
    /// Replaces the record with the same id.
    Update,
    /// The same organisation, service and address as a listing Ruta holds under another id (from another
    /// source): replaces that listing rather than doubling it.
    Match,
}

/// A shelter that arrives with a street address and would be published with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShelterAtAddress {
    /// Its id in Ruta (the same on every run with the same source name).
    pub id: Uuid,
    /// Its name, as the file gives it.
    pub name: String,
}

/// One organisation or service that is (or would be) written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Imported {
    /// `organization` or `service`.
    pub table: String,
    /// Its line or position in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// Its id in the file, when it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Its id in Ruta.
    pub id: Uuid,
    /// Created, updated, or matched to a listing from another source.
    pub action: Action,
}

/// Created and updated records of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Written {
    /// New records.
    pub created: u64,
    /// Replaced records.
    pub updated: u64,
    /// Listings from another source this file's records were matched to (replaced, not doubled).
    #[serde(default)]
    pub matched: u64,
}

impl Written {
    /// Every record written (or to be): new, replaced and matched.
    pub fn total(&self) -> u64 {
        self.created + self.updated + self.matched
    }
}

/// A row an issue was found in: its line or position, and its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Example {
    /// The line in the CSV file, or the position in the JSON list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// The row's id in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Issues of one reason: the same table, field, outcome and message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueGroup {
    /// The HSDS table.
    pub table: String,
    /// The field; none when the issue is about whole rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Fixed, skipped, warning or fatal.
    pub outcome: Outcome,
    /// What was done and why.
    pub message: String,
    /// How many times.
    pub count: u64,
    /// The first few rows it happened in.
    pub examples: Vec<Example>,
}

/// What an import did, or in a dry run would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// The source name the ids were derived under.
    pub source: String,
    /// What was read: `HSDS 3.0 JSON`, `HSDS 3.0 CSV`, `HSDS 1.1 CSV`…
    pub format: String,
    /// Nothing is written in a dry run.
    pub dry_run: bool,
    /// Whether the directory was changed (false for a dry run and after a fatal problem).
    pub written: bool,
    /// Organisations written (or to be).
    pub organizations: Written,
    /// Services written (or to be).
    pub services: Written,
    /// Rows per table.
    pub tables: BTreeMap<String, TableCounts>,
    /// Every reason something was fixed, skipped or warned about, with its count and a few example rows: fatal
    /// problems first, then what was lost (services before the rest), then warnings, then repairs.
    #[serde(default)]
    pub groups: Vec<IssueGroup>,
    /// How many issues there were in all (`issues` lists the first 1,000).
    #[serde(default)]
    pub issue_count: u64,
    /// The first 1,000 organisations and services written (or to be), in file order; the counts are in
    /// `organizations` and `services`.
    pub imported: Vec<Imported>,
    /// The first 1,000 repairs, omissions and warnings, in file order; `groups` counts them all.
    pub issues: Vec<Issue>,
    /// Shelters with a street address that would be published (the first 1,000): to choose which to keep
    /// confidential before importing (`ImportOptions::shelters`).
    #[serde(default)]
    pub shelters_with_address: Vec<ShelterAtAddress>,
}

impl ImportReport {
    /// Issues of one outcome, every one counted (not only the listed ones).
    pub fn count(&self, outcome: Outcome) -> u64 {
        self.groups
            .iter()
            .filter(|g| g.outcome == outcome)
            .map(|g| g.count)
            .sum()
    }

    /// Whether anything stops the import: then nothing is written.
    pub fn has_fatal(&self) -> bool {
        self.groups.iter().any(|g| g.outcome == Outcome::Fatal)
    }

    /// The first fatal problem's message.
    pub fn first_fatal(&self) -> Option<&str> {
        self.groups
            .iter()
            .find(|g| g.outcome == Outcome::Fatal)
            .map(|g| g.message.as_str())
    }
}
