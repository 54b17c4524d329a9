//! The report of an import while the import writes it ([`Report`]), and the few lines a person reads of it
//! ([`Summary`]). The report itself, as the API answers it, is [`ImportReport`] in `api-types`.
//!
//! Messages say what was wrong with a field, never its value: a report may be shown or stored, and addresses,
//! phone numbers and coordinates of shelters stay out of it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

pub use api_types::import::{
    Action, Example, ImportReport, Imported, Issue, IssueGroup, Outcome, ShelterAtAddress, TableCounts,
    Written,
};
use uuid::Uuid;

/// How many issues and written records the report lists one by one; beyond, [`ImportReport::groups`] and the
/// counts say it all (a report stays well under 1 MB whatever the file).
pub const LISTED: usize = 1_000;
/// Examples kept per group of issues.
pub const EXAMPLES: usize = 3;

/// How much a group weighs for a person reading the report: fatal problems, then what was lost (services first,
/// then organisations, places, phones, the rest), then warnings, then repairs; more before fewer.
fn weight(group: &IssueGroup) -> (u8, u8, std::cmp::Reverse<u64>) {
    let outcome = match group.outcome {
        Outcome::Fatal => 0,
        Outcome::Skipped => 1,
        Outcome::Warning => 2,
        Outcome::Fixed => 3,
    };
    let table = match group.table.as_str() {
        "service" => 0,
        "organization" => 1,
        "location" | "address" | "service_at_location" => 2,
        "phone" => 3,
        _ => 4,
    };
    (outcome, table, std::cmp::Reverse(group.count))
}

/// A row by its line or position and its id.
type RowKey = (Option<u64>, Option<String>);

/// Tallies kept while reading, so that counts never need every issue kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Tally {
    /// Group of each (table, field, outcome, message).
    groups: HashMap<(String, Option<String>, Outcome, String), usize>,
    /// Rows skipped, by table (rows with neither line nor id counted apart).
    skipped: BTreeMap<String, (BTreeSet<RowKey>, u64)>,
    /// Rows with a repair, by table.
    fixed: BTreeMap<String, BTreeSet<RowKey>>,
}

/// An import's report while the import reads and maps the file; [`Report::finish`] gives the [`ImportReport`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    report: ImportReport,
    tally: Tally,
}

impl Report {
    /// An empty report.
    pub fn new(source: &str, dry_run: bool) -> Self {
        Self {
            report: ImportReport {
                source: source.to_owned(),
                dry_run,
                ..ImportReport::default()
            },
            tally: Tally::default(),
        }
    }

    /// Names what was read: `HSDS 3.0 JSON`, `HSDS 1.1 CSV`…
    pub fn set_format(&mut self, format: &str) {
        format.clone_into(&mut self.report.format);
    }

    /// Counts a row read.
    pub fn read(&mut self, table: &str) {
        self.report.tables.entry(table.to_owned()).or_default().read += 1;
    }

    /// Adds an issue: counted in its group, kept for the row counts, listed while fewer than [`LISTED`].
    pub fn issue(&mut self, at: &At, field: Option<&str>, outcome: Outcome, message: impl Into<String>) {
        let message = message.into();
        let (report, tally) = (&mut self.report, &mut self.tally);
        report.issue_count += 1;
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
            report.groups.push(IssueGroup {
                table: at.table.to_owned(),
                field: field.map(str::to_owned),
                outcome,
                message: message.clone(),
                count: 0,
                examples: Vec::new(),
            });
            report.groups.len() - 1
        });
        let group = &mut report.groups[index];
        group.count += 1;
        if group.examples.len() < EXAMPLES {
            group.examples.push(Example {
                row: at.row,
                id: at.id.clone(),
            });
        }
        if report.issues.len() < LISTED {
            report.issues.push(Issue {
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
        let shelters = &mut self.report.shelters_with_address;
        if shelters.len() < LISTED {
            shelters.push(ShelterAtAddress { id, name });
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

    /// Whether anything fatal happened so far.
    pub fn has_fatal(&self) -> bool {
        self.report.has_fatal()
    }

    /// Records a written organisation or service (listed while fewer than [`LISTED`]).
    pub fn imported(&mut self, at: &At, id: Uuid, action: Action) {
        let report = &mut self.report;
        let written = if at.table == "organization" {
            &mut report.organizations
        } else {
            &mut report.services
        };
        match action {
            Action::Create => written.created += 1,
            Action::Update => written.updated += 1,
            Action::Match => written.matched += 1,
        }
        if report.imported.len() < LISTED {
            report.imported.push(Imported {
                table: at.table.to_owned(),
                row: at.row,
                source_id: at.id.clone(),
                id,
                action,
            });
        }
    }

    /// The report: `imported`, `fixed` and `skipped` of every table filled from the tallies, the groups ordered.
    pub fn finish(self) -> ImportReport {
        let Self { mut report, tally } = self;
        for (table, counts) in &mut report.tables {
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
        report.groups.sort_by_key(weight);
        report
    }
}

/// A few lines of a report for a person (`ruta import` prints them).
pub trait Summary {
    /// A few lines for a person: what was read, counts per table, and the first `max_groups` reasons (the
    /// biggest losses first) with how often each happened and where first.
    fn summary(&self, max_groups: usize) -> String;
}

impl Summary for ImportReport {
    fn summary(&self, max_groups: usize) -> String {
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
        report.set_format("HSDS 1.1 CSV");
        for _ in 0..3 {
            report.read("phone");
        }
        let row = |n| At::new("phone", Some(n), Some(format!("p{n}")));
        report.fixed(&row(2), "number", "normalised");
        report.fixed(&row(2), "type", "guessed");
        report.skipped_row(&row(3), "no number");
        report.fixed(&row(3), "type", "guessed");
        report.fatal(&At::file("service"), "the file is cut short");
        let report = report.finish();
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
