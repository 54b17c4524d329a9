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

/// A row by its line and id.
type RowKey<'a> = (Option<u64>, Option<&'a str>);

/// What happened to a row or a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
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
    /// Created or updated.
    pub action: Action,
}

/// Created and updated records of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Written {
    /// New records.
    pub created: u64,
    /// Replaced records.
    pub updated: u64,
}

/// The whole report.
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
    /// Every organisation and service written (or to be), in file order.
    pub imported: Vec<Imported>,
    /// Every repair, omission and warning, in file order.
    pub issues: Vec<Issue>,
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

    /// Adds an issue.
    pub fn issue(&mut self, at: &At, field: Option<&str>, outcome: Outcome, message: impl Into<String>) {
        self.issues.push(Issue {
            table: at.table.to_owned(),
            row: at.row,
            id: at.id.clone(),
            field: field.map(str::to_owned),
            outcome,
            message: message.into(),
        });
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
        self.issues.iter().any(|i| i.outcome == Outcome::Fatal)
    }

    /// Records a written organisation or service.
    pub fn imported(&mut self, at: &At, id: Uuid, action: Action) {
        let written = if at.table == "organization" {
            &mut self.organizations
        } else {
            &mut self.services
        };
        match action {
            Action::Create => written.created += 1,
            Action::Update => written.updated += 1,
        }
        self.imported.push(Imported {
            table: at.table.to_owned(),
            row: at.row,
            source_id: at.id.clone(),
            id,
            action,
        });
    }

    /// Fills `imported`, `fixed` and `skipped` of every table from the issues.
    pub fn finish(&mut self) {
        let mut skipped: BTreeMap<&str, BTreeSet<(RowKey<'_>, usize)>> = BTreeMap::new();
        let mut fixed: BTreeMap<&str, BTreeSet<RowKey<'_>>> = BTreeMap::new();
        for (n, issue) in self.issues.iter().enumerate() {
            match (issue.outcome, &issue.field) {
                (Outcome::Skipped, None) => {
                    // A row without a line or id still counts once.
                    let unique = if issue.row.is_none() && issue.id.is_none() {
                        n
                    } else {
                        0
                    };
                    let key = ((issue.row, issue.id.as_deref()), unique);
                    skipped.entry(issue.table.as_str()).or_default().insert(key);
                }
                (Outcome::Fixed, _) => {
                    fixed
                        .entry(issue.table.as_str())
                        .or_default()
                        .insert((issue.row, issue.id.as_deref()));
                }
                _ => {}
            }
        }
        for (table, counts) in &mut self.tables {
            counts.skipped = skipped
                .get(table.as_str())
                .map_or(0, |s| s.len() as u64)
                .min(counts.read);
            counts.imported = counts.read - counts.skipped;
            let skipped_rows = skipped.get(table.as_str());
            counts.fixed = fixed.get(table.as_str()).map_or(0, |rows| {
                rows.iter()
                    .filter(|(row, id)| {
                        !skipped_rows.is_some_and(|s| s.iter().any(|((r, i), _)| r == row && i == id))
                    })
                    .count() as u64
            });
        }
    }

    /// Issues of one outcome.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.issues.iter().filter(|i| i.outcome == outcome).count()
    }

    /// A few lines for a person: what was read, counts per table, and the first `max_issues` issues.
    pub fn summary(&self, max_issues: usize) -> String {
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
            "organizations: {} new, {} updated; services: {} new, {} updated",
            self.organizations.created,
            self.organizations.updated,
            self.services.created,
            self.services.updated
        );
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
        // Fatal problems first: they are why nothing was written.
        let mut shown: Vec<&Issue> = self
            .issues
            .iter()
            .filter(|i| i.outcome == Outcome::Fatal)
            .collect();
        shown.extend(self.issues.iter().filter(|i| i.outcome != Outcome::Fatal));
        if !shown.is_empty() {
            let _ = writeln!(out, "first {} of {}:", max_issues.min(shown.len()), shown.len());
        }
        for issue in shown.into_iter().take(max_issues) {
            let mut place = issue.table.clone();
            if let Some(row) = issue.row {
                let _ = write!(place, " row {row}");
            }
            if let Some(id) = &issue.id {
                let _ = write!(place, " (id {})", id.chars().take(40).collect::<String>());
            }
            if let Some(field) = &issue.field {
                let _ = write!(place, " {field}");
            }
            let outcome = match issue.outcome {
                Outcome::Fixed => "fixed",
                Outcome::Skipped => "skipped",
                Outcome::Warning => "warning",
                Outcome::Fatal => "FATAL",
            };
            let _ = writeln!(out, "  {place}: {outcome}: {}", issue.message);
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
        let first = summary.lines().find(|l| l.starts_with("  service")).unwrap_or("");
        assert!(first.contains("FATAL"), "{summary}");
    }
}
