//! What an import did, or would do: counts per table, each imported organisation and service, and every row or
//! field that was fixed (and how), skipped (and why) or only warned about. Serialised as JSON for machines, and
//! summed up in a few lines for people.
//!
//! Messages say what was wrong with a field, never its value: a report may be shown or stored, and addresses,
//! phone numbers and coordinates of shelters stay out of it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What happened to a row or a field.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema,
)]
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

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ShelterAtAddress {
    /// Its id in Ruta (the same on every run with the same source name).
    pub id: Uuid,
    /// Its name, as the file gives it.
    pub name: String,
}

/// One organisation or service that is (or would be) written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

/// How many issues and written records the report lists one by one; beyond, [`Report::groups`] and the counts
/// say it all (a report stays well under 1 MB whatever the file).
pub const LISTED: usize = 1_000;
/// Examples kept per group of issues.
pub const EXAMPLES: usize = 3;

/// A row an issue was found in: its line or position, and its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Example {
    /// The line in the CSV file, or the position in the JSON list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// The row's id in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Issues of one reason: the same table, field, outcome and message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

impl IssueGroup {
    /// How much a group weighs for a person reading the report: fatal problems, then what was lost (services
    /// first, then organisations, places, phones, the rest), then warnings, then repairs; more before fewer.
    fn weight(&self) -> (u8, u8, std::cmp::Reverse<u64>) {
        let outcome = match self.outcome {
            Outcome::Fatal => 0,
            Outcome::Skipped => 1,
            Outcome::Warning => 2,
            Outcome::Fixed => 3,
        };
        let table = match self.table.as_str() {
            "service" => 0,
            "organization" => 1,
            "location" | "address" | "service_at_location" => 2,
            "phone" => 3,
            _ => 4,
        };
        (outcome, table, std::cmp::Reverse(self.count))
    }
}

/// A row by its line or position and its id.
type RowKey = (Option<u64>, Option<String>);

/// Tallies kept while reading, so that counts never need every issue kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Tally {
    /// Group of each (table, field, outcome, message).
    groups: std::collections::HashMap<(String, Option<String>, Outcome, String), usize>,
    /// Rows skipped, by table (rows with neither line nor id counted apart).
    skipped: BTreeMap<String, (BTreeSet<RowKey>, u64)>,
    /// Rows with a repair, by table.
    fixed: BTreeMap<String, BTreeSet<RowKey>>,
    /// Issues of each outcome: fixed, skipped, warning, fatal.
    outcomes: [u64; 4],
}

/// What an import did, or in a dry run would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = ImportReport)]
pub struct Report {
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
    #[serde(skip)]
    tally: Tally,
}

impl Report {
    /// An empty report.
    pub fn new(source: &str, dry_run: bool) -> Self {
        Self {
            source: source.to_owned(),
            dry_run,
            ..Self::default()
        }
    }

    /// Counts a row read.
    pub fn read(&mut self, table: &str) {
        self.tables.entry(table.to_owned()).or_default().read += 1;
    }

    /// Adds an issue: counted in its group, kept for the row counts, listed while fewer than [`LISTED`].
    pub fn issue(&mut self, at: &At, field: Option<&str>, outcome: Outcome, message: impl Into<String>) {
        let message = message.into();
        let tally = &mut self.tally;
        tally.outcomes[outcome as usize] += 1;
        self.issue_count += 1;
        let row = (at.row, at.id.clone());
        match (outcome, field) {
            (Outcome::Skipped, None) => {
                let (rows, apart) = tally.skipped.entry(at.table.to_owned()).or_default();
                if at.row.is_none() && at.id.is_none() {
                    *apart += 1;
                } else {
                    rows.insert(row);
                }
            }
            (Outcome::Fixed, _) => {
                tally.fixed.entry(at.table.to_owned()).or_default().insert(row);
            }
            _ => {}
        }
        let key = (
            at.table.to_owned(),
            field.map(str::to_owned),
            outcome,
            message.clone(),
        );
        let index = *tally.groups.entry(key).or_insert_with(|| {
            self.groups.push(IssueGroup {
                table: at.table.to_owned(),
                field: field.map(str::to_owned),
                outcome,
                message: message.clone(),
                count: 0,
                examples: Vec::new(),
            });
            self.groups.len() - 1
        });
        let group = &mut self.groups[index];
        group.count += 1;
        if group.examples.len() < EXAMPLES {
            group.examples.push(Example {
                row: at.row,
                id: at.id.clone(),
            });
        }
        if self.issues.len() < LISTED {
            self.issues.push(Issue {
                table: at.table.to_owned(),
                row: at.row,
                id: at.id.clone(),
                field: field.map(str::to_owned),
                outcome,
                message,
            });
        }
    }

    /// A field repaired.
    pub fn fixed(&mut self, at: &At, field: &str, message: impl Into<String>) {
        self.issue(at, Some(field), Outcome::Fixed, message);
    }

    /// A field left out.
    pub fn skipped_field(&mut self, at: &At, field: &str, message: impl Into<String>) {
        self.issue(at, Some(field), Outcome::Skipped, message);
    }

    /// A row left out.
    pub fn skipped_row(&mut self, at: &At, message: impl Into<String>) {
        self.issue(at, None, Outcome::Skipped, message);
    }

    /// A shelter that would be published with its street address (listed up to [`LISTED`]).
    pub fn shelter_with_address(&mut self, id: Uuid, name: String) {
        if self.shelters_with_address.len() < LISTED {
            self.shelters_with_address.push(ShelterAtAddress { id, name });
        }
    }

    /// A warning about a row or field.
    pub fn warning(&mut self, at: &At, field: Option<&str>, message: impl Into<String>) {
        self.issue(at, field, Outcome::Warning, message);
    }

    /// A problem that stops the import.
    pub fn fatal(&mut self, at: &At, message: impl Into<String>) {
        self.issue(at, None, Outcome::Fatal, message);
    }

    /// Whether anything fatal happened.
    pub fn has_fatal(&self) -> bool {
        self.count(Outcome::Fatal) > 0
    }

    /// The first fatal problem's message.
    pub fn first_fatal(&self) -> Option<&str> {
        self.groups
            .iter()
            .find(|g| g.outcome == Outcome::Fatal)
            .map(|g| g.message.as_str())
    }

    /// Records a written organisation or service (listed while fewer than [`LISTED`]).
    pub fn imported(&mut self, at: &At, id: Uuid, action: Action) {
        let written = if at.table == "organization" {
            &mut self.organizations
        } else {
            &mut self.services
        };
        match action {
            Action::Create => written.created += 1,
            Action::Update => written.updated += 1,
            Action::Match => written.matched += 1,
        }
        if self.imported.len() < LISTED {
            self.imported.push(Imported {
                table: at.table.to_owned(),
                row: at.row,
                source_id: at.id.clone(),
                id,
                action,
            });
        }
    }

    /// Fills `imported`, `fixed` and `skipped` of every table from the tallies, and orders the groups.
    pub fn finish(&mut self) {
        let tally = &self.tally;
        for (table, counts) in &mut self.tables {
            let skipped = tally.skipped.get(table.as_str());
            counts.skipped = skipped
                .map_or(0, |(rows, apart)| rows.len() as u64 + apart)
                .min(counts.read);
            counts.imported = counts.read - counts.skipped;
            counts.fixed = tally.fixed.get(table.as_str()).map_or(0, |rows| {
                rows.iter()
                    .filter(|row| !skipped.is_some_and(|(s, _)| s.contains(*row)))
                    .count() as u64
            });
        }
        self.groups.sort_by_key(IssueGroup::weight);
        self.tally.groups = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                (
                    (g.table.clone(), g.field.clone(), g.outcome, g.message.clone()),
                    i,
                )
            })
            .collect();
    }

    /// Issues of one outcome.
    pub fn count(&self, outcome: Outcome) -> usize {
        usize::try_from(self.tally.outcomes[outcome as usize]).unwrap_or(usize::MAX)
    }

    /// A few lines for a person: what was read, counts per table, and the first `max_groups` reasons (the
    /// biggest losses first) with how often each happened and where first.
    pub fn summary(&self, max_groups: usize) -> String {
        let mut out = String::new();
        let what = if self.written {
            "imported"
        } else if self.has_fatal() {
            "not imported (a fatal problem; nothing was written)"
        } else if self.dry_run {
            "dry run (nothing was written)"
        } else {
            "not imported"
        };
        let _ = writeln!(out, "{} from source '{}': {what}", self.format, self.source);
        let _ = writeln!(
            out,
            "organizations: {} new, {} updated; services: {} new, {} updated, {} matched to another source's",
            self.organizations.created,
            self.organizations.updated,
            self.services.created,
            self.services.updated,
            self.services.matched
        );
        if !self.has_fatal() && self.services.total() == 0 {
            let _ = writeln!(out, "NO SERVICES would be imported: see why below");
        }
        for (table, c) in &self.tables {
            let _ = writeln!(
                out,
                "  {table:<20} {:>7} read {:>7} imported {:>7} fixed {:>7} skipped",
                c.read, c.imported, c.fixed, c.skipped
            );
        }
        let _ = writeln!(
            out,
            "issues: {} fixed, {} skipped, {} warnings, {} fatal",
            self.count(Outcome::Fixed),
            self.count(Outcome::Skipped),
            self.count(Outcome::Warning),
            self.count(Outcome::Fatal)
        );
        if !self.groups.is_empty() {
            let _ = writeln!(
                out,
                "{} of {} reasons, the biggest losses first:",
                max_groups.min(self.groups.len()),
                self.groups.len()
            );
        }
        for group in self.groups.iter().take(max_groups) {
            let mut place = group.table.clone();
            if let Some(field) = &group.field {
                let _ = write!(place, " {field}");
            }
            let outcome = match group.outcome {
                Outcome::Fixed => "fixed",
                Outcome::Skipped => "skipped",
                Outcome::Warning => "warning",
                Outcome::Fatal => "FATAL",
            };
            let examples: Vec<String> = group
                .examples
                .iter()
                .map(|e| match (e.row, &e.id) {
                    (Some(row), Some(id)) => {
                        format!("row {row} (id {})", id.chars().take(40).collect::<String>())
                    }
                    (Some(row), None) => format!("row {row}"),
                    (None, Some(id)) => format!("id {}", id.chars().take(40).collect::<String>()),
                    (None, None) => String::new(),
                })
                .filter(|e| !e.is_empty())
                .collect();
            let _ = write!(
                out,
                "  {:>7} × {place}: {outcome}: {}",
                group.count, group.message
            );
            if !examples.is_empty() {
                let _ = write!(out, " — e.g. {}", examples.join(", "));
            }
            let _ = writeln!(out);
        }
        out
    }
}

/// Where in the file a row is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At {
    /// The HSDS table.
    pub table: &'static str,
    /// Line or position.
    pub row: Option<u64>,
    /// Id in the file.
    pub id: Option<String>,
}

impl At {
    /// A row of a table.
    pub fn new(table: &'static str, row: Option<u64>, id: Option<String>) -> Self {
        Self { table, row, id }
    }

    /// The file as a whole.
    pub fn file(table: &'static str) -> Self {
        Self {
            table,
            row: None,
            id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_the_issues_and_the_summary_leads_with_fatal_problems() {
        let mut report = Report::new("test", true);
        report.format = "HSDS 1.1 CSV".into();
        for _ in 0..3 {
            report.read("phone");
        }
        let row = |n| At::new("phone", Some(n), Some(format!("p{n}")));
        report.fixed(&row(2), "number", "normalised");
        report.fixed(&row(2), "type", "guessed");
        report.skipped_row(&row(3), "no number");
        report.fixed(&row(3), "type", "guessed");
        report.fatal(&At::file("service"), "the file is cut short");
        report.finish();
        assert_eq!(
            report.tables["phone"],
            TableCounts {
                read: 3,
                imported: 2,
                fixed: 1,
                skipped: 1
            }
        );
        let summary = report.summary(2);
        assert!(summary.contains("nothing was written"), "{summary}");
        let first = summary.lines().find(|l| l.contains(" × ")).unwrap_or("");
        assert!(first.contains("FATAL"), "{summary}");
    }
}
