//! CSV packages (HSDS 3.0, and the 1.1 and 2.0 packages most directories still publish) turned into nested
//! HSDS 3.0 services, so that one mapper reads every format.
//!
//! Tables are matched by file name whatever the version (`physical_addresses.csv` and `addresses.csv` are both
//! addresses; `regular_schedules.csv` and `schedules.csv` both hours), headers by lower-cased name. Rows keep
//! where they came from (`__row`, `__table`) so the report can name them. Rows whose foreign key points at
//! nothing are reported and left out here; everything else is the mapper's to judge.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::ImportError;
use super::limits::{Exceeded, Limits, RecordCap, over_limit};
use super::map::term_table::TermTable;
use super::report::{At, Report};
use super::tolerant::decode;

/// The key holding a row's line (CSV) or position (JSON) in a nested object.
pub const ROW: &str = "__row";
/// The key holding a row's table in a nested object.
pub const TABLE: &str = "__table";

/// One row: column → value (text for CSV; any JSON value for `tabular.json`).
pub type Row = Map<String, Value>;

/// The rows of each table of a package, by canonical table name.
#[derive(Debug)]
pub struct Tables {
    tables: BTreeMap<&'static str, Vec<Stored>>,
    /// What may be read.
    limits: Limits,
    /// Rows read so far, of every table.
    rows: u64,
    /// File names seen, for telling the version apart.
    files: Vec<String>,
    /// `version` of the package's `datapackage.json`, when there is one.
    pub version: Option<String>,
    /// The package's own table of taxonomy terms ([`TERMS_FILE`]), when it has one.
    pub terms: Option<TermTable>,
}

/// The file of a package that holds its own table of taxonomy terms (see [`TermTable`]).
pub const TERMS_FILE: &str = "ruta_terms.csv";

/// Longest term table read, in bytes.
const TERMS_BYTES: u64 = super::map::term_table::MAX_BYTES as u64;

/// The canonical name of a table from a file name (any version), or `None` for a file that is not an HSDS
/// table. Tables Ruta has no place for are `Some("")`.
pub fn canonical(file: &str) -> Option<&'static str> {
    let name = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .to_ascii_lowercase();
    let stem = name.strip_suffix(".csv")?;
    Some(match stem {
        "organizations" | "organization" => "organization",
        "services" | "service" => "service",
        "locations" | "location" => "location",
        "service_at_location" | "services_at_location" | "service_at_locations" | "services_at_locations" => {
            "service_at_location"
        }
        "phones" | "phone" => "phone",
        "schedules" | "schedule" | "regular_schedules" | "regular_schedule" => "schedule",
        "holiday_schedules" | "holiday_schedule" => "holiday_schedule",
        "addresses" | "address" | "physical_addresses" | "physical_address" => "address",
        "postal_addresses" | "postal_address" => "postal_address",
        "languages" | "language" => "language",
        "service_areas" | "service_area" => "service_area",
        "cost_options" | "cost_option" => "cost_option",
        "attributes" | "attribute" => "attribute",
        "service_attributes" | "service_attribute" => "service_attribute",
        "other_attributes" | "other_attribute" => "other_attribute",
        "services_taxonomy" | "service_taxonomy" | "services_taxonomies" => "service_taxonomy",
        "taxonomy_terms" | "taxonomy_term" => "taxonomy_term",
        // 1.1's `taxonomy.csv` holds terms; 3.0's `taxonomies.csv` holds taxonomies.
        "taxonomy" => "legacy_taxonomy",
        "taxonomies" => "taxonomy",
        "eligibility" | "eligibilities" => "eligibility",
        "contacts"
        | "contact"
        | "funding"
        | "programs"
        | "program"
        | "required_documents"
        | "accessibility"
        | "accessibility_for_disabilities"
        | "metadata"
        | "meta_table_descriptions"
        | "payments_accepted"
        | "organization_identifiers"
        | "languages_spoken"
        | "url"
        | "urls" => "",
        _ => return None,
    })
}

impl Tables {
    /// No tables yet; rows will be read within `limits`.
    pub fn new(limits: Limits) -> Self {
        Self {
            tables: BTreeMap::new(),
            limits,
            rows: 0,
            files: Vec::new(),
            version: None,
            terms: None,
        }
    }

    /// Reads a CSV file row by row from `reader`, within the import's [`Limits`]: a record or a cell too long, or
    /// one row too many, stops the import ([`ImportError::TooLarge`]), and so does a file that cannot be read
    /// (a damaged zip entry). A cell that is not UTF-8 is read as Windows-1252 (reported once per file); text
    /// that is not CSV is fatal.
    pub fn add_csv(&mut self, file: &str, reader: impl Read, report: &mut Report) -> Result<(), ImportError> {
        if base_name(file).eq_ignore_ascii_case(TERMS_FILE) {
            let mut text = String::new();
            reader
                .take(TERMS_BYTES + 1)
                .read_to_string(&mut text)
                .map_err(|e| {
                    ImportError::Unreadable(format!("{TERMS_FILE} cannot be read as UTF-8 text: {e}"))
                })?;
            if text.len() as u64 > TERMS_BYTES {
                return Err(ImportError::Unreadable(format!(
                    "{TERMS_FILE} is longer than {TERMS_BYTES} bytes"
                )));
            }
            let table = TermTable::parse(&text, "the package's table")
                .map_err(|e| ImportError::Unreadable(format!("{TERMS_FILE}: {e}")))?;
            self.terms = Some(table);
            return Ok(());
        }
        let Some(table) = canonical(file) else {
            return Ok(());
        };
        let base = base_name(file);
        self.files.push(base.clone());
        let label = table_label(table);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(RecordCap::new(reader, self.limits.record_bytes, &base));
        let mut record = csv::ByteRecord::new();
        let mut headers: Option<Arc<[Box<str>]>> = None;
        let mut encoding = None;
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    if let csv::ErrorKind::Io(io) = e.kind() {
                        return Err(match over_limit(io) {
                            Some(exceeded) => exceeded.into(),
                            None => ImportError::Unreadable(format!(
                                "{file} cannot be read (damaged or cut short): {io}"
                            )),
                        });
                    }
                    let line = e.position().map(|p| p.line());
                    let message = match headers {
                        None => format!("{file}: the header row cannot be read"),
                        Some(_) => format!("{file} cannot be read as CSV from here on"),
                    };
                    report.fatal(&At::new(label, line, None), message);
                    return Ok(());
                }
            }
            let line = record.position().map_or(0, |p| p.line());
            let Some(columns) = &headers else {
                headers = Some(
                    record
                        .iter()
                        .map(|h| {
                            let (h, _) = decode(h);
                            h.trim()
                                .trim_start_matches('\u{feff}')
                                .to_ascii_lowercase()
                                .into_boxed_str()
                        })
                        .collect(),
                );
                continue;
            };
            if record.iter().all(|c| c.trim_ascii().is_empty()) {
                continue;
            }
            self.rows += 1;
            if self.rows > self.limits.rows {
                return Err(Exceeded::Rows(self.limits.rows).into());
            }
            let mut text = String::new();
            let mut ends = Vec::with_capacity(columns.len());
            for (header, cell) in columns.iter().zip(record.iter()) {
                if cell.len() > self.limits.field_bytes {
                    return Err(Exceeded::Field {
                        file: base,
                        line,
                        column: header.to_string(),
                        limit: self.limits.field_bytes,
                    }
                    .into());
                }
                if !cell.trim_ascii().is_empty() && !header.is_empty() {
                    let (cell, read_as) = decode(cell);
                    encoding = encoding.or(read_as);
                    text.push_str(&cell);
                }
                // A record is at most `limits.record_bytes` long, far below `u32::MAX`.
                ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            }
            let cells = Cells::Csv {
                columns: Arc::clone(columns),
                text: text.into_boxed_str(),
                ends: ends.into_boxed_slice(),
            };
            self.tables.entry(table).or_default().push(Stored { line, cells });
        }
        if headers.is_some() {
            self.tables.entry(table).or_default();
        }
        if let Some(encoding) = encoding {
            report.warning(
                &At::file(label),
                None,
                format!("{file} is not UTF-8: read as {encoding}"),
            );
        }
        Ok(())
    }

    /// Adds the tables of a `tabular.json` (file name → list of rows).
    pub fn add_json_table(&mut self, file: &str, rows: &[Value]) -> Result<(), Exceeded> {
        let Some(table) = canonical(file) else {
            return Ok(());
        };
        self.files.push(base_name(file));
        let list = self.tables.entry(table).or_default();
        for (i, row) in rows.iter().enumerate() {
            if let Value::Object(map) = row {
                self.rows += 1;
                if self.rows > self.limits.rows {
                    return Err(Exceeded::Rows(self.limits.rows));
                }
                let cleaned: Row = map
                    .iter()
                    .filter(|(_, v)| !v.is_null() && v.as_str().is_none_or(|s| !s.trim().is_empty()))
                    .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.clone()))
                    .collect();
                list.push(Stored {
                    line: i as u64 + 1,
                    cells: Cells::Json(cleaned),
                });
            }
        }
        Ok(())
    }

    /// Whether any table was found.
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// Whether the package has a services table.
    pub fn has_services(&self) -> bool {
        self.tables.contains_key("service")
    }

    /// The HSDS version the file names and the descriptor point to.
    pub fn format(&self) -> &'static str {
        if let Some(version) = &self.version {
            if version.starts_with("1.") {
                return "HSDS 1.1 CSV";
            }
            if version.starts_with("2.") {
                return "HSDS 2.0 CSV";
            }
            if version.starts_with("3.") {
                return "HSDS 3.0 CSV";
            }
        }
        let has = |name: &str| self.files.iter().any(|f| f == name);
        if has("regular_schedules.csv") || has("services_taxonomy.csv") || has("taxonomy.csv") {
            "HSDS 1.1 CSV"
        } else if has("physical_addresses.csv")
            || has("service_attributes.csv")
            || has("services_at_location.csv")
        {
            "HSDS 2.0 CSV"
        } else {
            "HSDS 3.0 CSV"
        }
    }

    /// Hands the rows over for nesting ([`super::nest`]).
    pub(super) fn into_rows(self) -> BTreeMap<&'static str, Vec<Stored>> {
        self.tables
    }
}

/// A row as read, kept compact until its service is nested and mapped: a CSV row is its cells in one string
/// (a million rows as JSON objects took a gigabyte).
#[derive(Debug)]
pub(super) struct Stored {
    /// Its line in the file (CSV) or position in its list (JSON).
    pub line: u64,
    cells: Cells,
}

#[derive(Debug)]
enum Cells {
    /// A CSV row: its file's columns, and the cells' text one after another, cell `i` ending at `ends[i]`.
    Csv {
        columns: Arc<[Box<str>]>,
        text: Box<str>,
        ends: Box<[u32]>,
    },
    /// A row of `tabular.json`.
    Json(Row),
}

impl Stored {
    /// The CSV cells that hold something, by column.
    fn cells(&self) -> impl Iterator<Item = (&str, &str)> {
        let (columns, text, ends): (&[Box<str>], &str, &[u32]) = match &self.cells {
            Cells::Csv { columns, text, ends } => (columns, text, ends),
            Cells::Json(_) => (&[], "", &[]),
        };
        let starts = std::iter::once(0).chain(ends.iter().copied());
        columns
            .iter()
            .zip(starts.zip(ends.iter().copied()))
            .map(move |(column, (from, to))| (&**column, &text[from as usize..to as usize]))
            .filter(|(column, cell)| !column.is_empty() && !cell.trim_ascii().is_empty())
    }

    /// The value of `key` as the row's JSON object holds it (of two columns with one name, the last that holds
    /// something).
    pub fn value(&self, key: &str) -> Option<Value> {
        match &self.cells {
            Cells::Json(row) => row.get(key).cloned(),
            Cells::Csv { .. } => self
                .cells()
                .filter(|(column, _)| *column == key)
                .last()
                .map(|(_, cell)| Value::from(cell)),
        }
    }

    /// The [`text`] of a cell.
    pub fn text(&self, key: &str) -> Option<String> {
        match &self.cells {
            Cells::Json(row) => text(row, key),
            Cells::Csv { .. } => self
                .value(key)
                .and_then(|v| v.as_str().map(|s| s.trim().to_owned()))
                .filter(|s| !s.is_empty()),
        }
    }

    /// The row as a JSON object.
    pub fn row(&self) -> Row {
        match &self.cells {
            Cells::Json(row) => row.clone(),
            Cells::Csv { .. } => self
                .cells()
                .map(|(column, cell)| (column.to_owned(), Value::from(cell)))
                .collect(),
        }
    }
}

fn base_name(file: &str) -> String {
    file.rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .to_ascii_lowercase()
}

/// The report's name for a table.
pub(super) fn table_label(table: &str) -> &'static str {
    match table {
        "organization" => "organization",
        "service" => "service",
        "location" => "location",
        "service_at_location" => "service_at_location",
        "phone" => "phone",
        "schedule" => "schedule",
        "holiday_schedule" => "holiday_schedule",
        "address" | "postal_address" => "address",
        "language" => "language",
        "service_area" => "service_area",
        "cost_option" => "cost_option",
        "attribute" | "service_attribute" | "other_attribute" | "service_taxonomy" => "attribute",
        "taxonomy_term" | "legacy_taxonomy" => "taxonomy_term",
        "taxonomy" => "taxonomy",
        "eligibility" => "eligibility",
        _ => "other",
    }
}

/// A cell as trimmed, non-empty text (numbers as written).
pub fn text(row: &Row, key: &str) -> Option<String> {
    match row.get(key)? {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::limits::LIMITS;
    use super::*;

    #[test]
    fn file_names_of_every_version_map_to_hsds_tables() {
        assert_eq!(canonical("physical_addresses.csv"), Some("address"));
        assert_eq!(canonical("pkg/Regular_Schedules.CSV"), Some("schedule"));
        assert_eq!(canonical("taxonomy.csv"), Some("legacy_taxonomy"));
        assert_eq!(canonical("taxonomies.csv"), Some("taxonomy"));
        assert_eq!(canonical("contacts.csv"), Some(""));
        assert_eq!(canonical("datapackage.json"), None);
    }

    #[test]
    fn a_legacy_package_nests_into_services_and_reports_dangling_rows() {
        let mut report = Report::new("t", true);
        let mut tables = Tables::new(LIMITS);
        let mut add = |tables: &mut Tables, file: &str, text: &str| {
            tables.add_csv(file, text.as_bytes(), &mut report).unwrap();
        };
        add(
            &mut tables,
            "services.csv",
            "id,organization_id,name\n1,o1,Casa\n",
        );
        add(
            &mut tables,
            "locations.csv",
            "id,latitude,longitude\nL1,14.1,-87.2\nL2,1,1\n",
        );
        add(
            &mut tables,
            "services_at_location.csv",
            "id,service_id,location_id\ns1,1,L1\n",
        );
        add(
            &mut tables,
            "phones.csv",
            "id,service_id,location_id,number\np1,1,,2222-0000\np2,9,,1\np3,,L1,3333-0000\n",
        );
        add(
            &mut tables,
            "regular_schedules.csv",
            "id,service_id,weekday,opens_at,closes_at\nr1,1,Monday,9am,5pm\n",
        );
        assert_eq!(tables.format(), "HSDS 1.1 CSV");
        let services: Vec<Value> = super::super::nest::link(tables.into_rows(), &mut report).collect();
        let service = &services[0];
        assert_eq!(service["phones"].as_array().map(Vec::len), Some(1));
        assert_eq!(service["schedules"][0]["weekday"], "Monday");
        let location = &service["service_at_locations"][0]["location"];
        assert_eq!(location["phones"][0]["number"], "3333-0000");
        assert_eq!(service[ROW], 2);
        let report = report.finish();
        let dangling: Vec<_> = report.issues.iter().map(|i| (i.table.as_str(), i.row)).collect();
        assert!(dangling.contains(&("phone", Some(3))), "{dangling:?}");
        assert!(dangling.contains(&("location", Some(3))), "{dangling:?}");
    }
}
