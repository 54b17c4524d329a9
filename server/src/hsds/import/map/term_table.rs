//! A table of other taxonomies' terms → Ruta's kinds, populations and delivery modes, matched by a term's code or
//! its exact name (accents and case aside) before the keyword fallback of [`super::terms`].
//!
//! The built-in table is `terms.csv` beside this file: Open Eligibility (as Ohana API ships it), the HSDS 3.0
//! examples' terms, Ohana's sample keywords and the AIRS/211 terms quoted in public repositories; where each comes
//! from is in `terms-sources.md`. An import may bring a table of its own in the same columns
//! (`ruta import --terms table.csv`): its rows win over the built-in ones, so a directory's own vocabulary is
//! mapped as its people mean it, and a dry run shows what every term became.

use std::collections::HashMap;
use std::sync::LazyLock;

use api_types::{DeliveryMode, Population, ServiceKind};

use crate::domain::text::fold;

/// Longest table read (a package's own, or one an admin keeps on the server), in bytes.
pub const MAX_BYTES: usize = 1_000_000;

/// The columns of a table, in the order the built-in one has them (any order is read).
pub const COLUMNS: [&str; 6] = ["taxonomy", "code", "term", "kinds", "populations", "delivery"];

static BUILT_IN: LazyLock<TermTable> =
    LazyLock::new(|| TermTable::parse(include_str!("terms.csv"), "Ruta's table").unwrap_or_default());

/// What one term means in Ruta.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermRow {
    /// The taxonomy's short name (`open_eligibility`, `airs`…).
    pub taxonomy: String,
    /// Its code there, if it has one.
    pub code: Option<String>,
    /// The term's name there, which a term is found by (folded) when its code finds no row.
    pub term: String,
    /// Kinds of service it names.
    pub kinds: Vec<ServiceKind>,
    /// People it is for.
    pub populations: Vec<Population>,
    /// How it is given.
    pub delivery: Vec<DeliveryMode>,
}

impl TermRow {
    /// `shelter, women`: what the row maps to, for the report.
    pub fn meaning(&self) -> String {
        self.kinds
            .iter()
            .map(|k| k.as_str())
            .chain(self.populations.iter().map(|p| p.as_str()))
            .chain(self.delivery.iter().map(|d| d.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A table, indexed by folded code and folded name.
#[derive(Debug, Clone, Default)]
pub struct TermTable {
    /// Whose table it is, for the report ("Ruta's table", "the import's table").
    pub label: String,
    rows: Vec<TermRow>,
    by_code: HashMap<String, Vec<usize>>,
    by_name: HashMap<String, usize>,
}

/// Why a table was refused: its line (1 is the header) and column, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("term table, line {line}, column {column}: {message}")]
pub struct TermTableError {
    /// The line, 1 being the header.
    pub line: u64,
    /// The column's name.
    pub column: String,
    /// What is wrong.
    pub message: String,
}

fn values<T: std::str::FromStr>(
    cell: &str,
    line: u64,
    column: &str,
    all: &[&str],
) -> Result<Vec<T>, TermTableError> {
    cell.split(['|', ';'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse().map_err(|_| TermTableError {
                line,
                column: column.to_owned(),
                message: format!("'{v}' is not one of {}", all.join(", ")),
            })
        })
        .collect()
}

impl TermTable {
    /// Ruta's own table (`terms.csv`, compiled in), labelled "Ruta's table".
    pub fn built_in() -> &'static TermTable {
        &BUILT_IN
    }

    /// The built-in table's CSV text, for admins to start their own from.
    pub fn built_in_csv() -> &'static str {
        include_str!("terms.csv")
    }

    /// Reads a table: a header row naming the columns of [`COLUMNS`] (`code` may be left out), then one term per
    /// row; several values in a cell are separated by `|` or `;`. The first problem is an error naming its line
    /// and column.
    pub fn parse(text: &str, label: &str) -> Result<Self, TermTableError> {
        let error = |line: u64, column: &str, message: String| TermTableError {
            line,
            column: column.to_owned(),
            message,
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = reader.headers().map_err(|e| error(1, "", e.to_string()))?.clone();
        let index = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let mut at = HashMap::new();
        for column in COLUMNS {
            match index(column) {
                Some(i) => {
                    at.insert(column, i);
                }
                None if column == "code" => {}
                None => return Err(error(1, column, "the header row lacks this column".to_owned())),
            }
        }
        let mut table = Self {
            label: label.to_owned(),
            ..Self::default()
        };
        for (n, record) in reader.records().enumerate() {
            let line = n as u64 + 2;
            let record = record.map_err(|e| error(line, "", e.to_string()))?;
            let cell = |column: &str| {
                at.get(column)
                    .and_then(|i| record.get(*i))
                    .unwrap_or_default()
                    .to_owned()
            };
            let row = TermRow {
                taxonomy: cell("taxonomy"),
                code: Some(cell("code")).filter(|c| !c.is_empty()),
                term: cell("term"),
                kinds: values(
                    &cell("kinds"),
                    line,
                    "kinds",
                    &ServiceKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
                )?,
                populations: values(
                    &cell("populations"),
                    line,
                    "populations",
                    &Population::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
                )?,
                delivery: values(
                    &cell("delivery"),
                    line,
                    "delivery",
                    &DeliveryMode::ALL.iter().map(|d| d.as_str()).collect::<Vec<_>>(),
                )?,
            };
            if row.term.is_empty() && row.code.is_none() {
                return Err(error(line, "term", "give the term's name or its code".to_owned()));
            }
            if row.kinds.is_empty() && row.populations.is_empty() && row.delivery.is_empty() {
                return Err(error(
                    line,
                    "kinds",
                    "the row maps to nothing: name a kind, a population or a delivery mode".to_owned(),
                ));
            }
            let i = table.rows.len();
            if let Some(code) = &row.code {
                table.by_code.entry(fold(code)).or_default().push(i);
            }
            if !row.term.is_empty() {
                table.by_name.entry(fold(&row.term)).or_insert(i);
            }
            table.rows.push(row);
        }
        Ok(table)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row for a term: by its code (the row of the taxonomy its name suggests when a code is in several),
    /// else by its exact name.
    pub fn find(&self, code: Option<&str>, name: Option<&str>, taxonomy: Option<&str>) -> Option<&TermRow> {
        if let Some(rows) = code.map(fold).and_then(|c| self.by_code.get(&c)) {
            let hint = taxonomy.map(fold).unwrap_or_default();
            let named = rows
                .iter()
                .find(|i| {
                    let words = self.rows[**i].taxonomy.replace('_', " ");
                    !hint.is_empty() && words.split(' ').all(|w| hint.contains(w))
                })
                .or(rows.first());
            if let Some(i) = named {
                return self.rows.get(*i);
            }
        }
        let i = self.by_name.get(&fold(name?))?;
        self.rows.get(*i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_table_reads_whole_and_maps_by_code_and_by_name() {
        let table = TermTable::parse(include_str!("terms.csv"), "Ruta's table").unwrap();
        assert!(table.len() > 100, "{}", table.len());
        let shelter = table
            .find(Some("101-04"), None, Some("Open Eligibility"))
            .unwrap();
        assert_eq!(shelter.kinds, [ServiceKind::Shelter]);
        let by_name = table.find(None, Some("emergency shelter"), None).unwrap();
        assert_eq!(by_name.kinds, [ServiceKind::Shelter]);
        assert!(
            table
                .find(Some("no-such-code"), Some("no such term"), None)
                .is_none()
        );
    }

    #[test]
    fn a_bad_table_is_refused_naming_its_line_and_column() {
        let bad = "taxonomy,term,kinds,populations,delivery\nlocal,Casa,shelterr,,\n";
        let error = TermTable::parse(bad, "t").unwrap_err();
        assert_eq!((error.line, error.column.as_str()), (2, "kinds"));
        assert!(error.message.contains("'shelterr'"), "{error}");
        let empty = "taxonomy,term,kinds,populations,delivery\nlocal,Casa,,,\n";
        assert_eq!(TermTable::parse(empty, "t").unwrap_err().line, 2);
        let missing = "taxonomy,term,kinds\nlocal,Casa,shelter\n";
        assert_eq!(TermTable::parse(missing, "t").unwrap_err().column, "populations");
    }
}
