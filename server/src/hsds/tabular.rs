//! The HSDS 3.0 tabular data package: one CSV per table of the specification's `datapackage.json` (its
//! `path`, its fields as the header row, in its order; a table Ruta has nothing for is a header alone), plus
//! that `datapackage.json`, zipped.
//!
//! The rows are the same objects the JSON endpoints answer with ([`super::export`]), flattened: a column takes
//! the object's field of the same name, so what the JSON withholds (a confidential shelter's premises) the CSVs
//! cannot contain. `x_ruta_*` properties have no column (a tabular package allows none).

use std::collections::HashMap;
use std::io::{Cursor, Write};
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::Serialize;
use serde_json::Value;

use super::export::{Depth, Export};

/// The specification's data package descriptor (HSDS 3.0, commit 279fd2eb; CC BY-SA 4.0, Open Referral).
pub const DATAPACKAGE_JSON: &str = include_str!("datapackage.json");

/// One table of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Resource name, e.g. `service`.
    pub name: String,
    /// File name in the package, e.g. `services.csv`.
    pub path: String,
    /// Column names, in order.
    pub fields: Vec<String>,
}

/// Why the package could not be written (a defect: the descriptor is compiled in, the rows are ours).
#[derive(Debug, thiserror::Error)]
pub enum TabularError {
    /// The descriptor does not have the expected shape.
    #[error("datapackage.json: {0}")]
    Descriptor(String),
    /// Writing a CSV failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Writing the zip failed.
    #[error("zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Writing bytes failed.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// A row could not be turned into fields.
    #[error("row: {0}")]
    Row(#[from] serde_json::Error),
}

fn parse_tables(descriptor: &str) -> Result<Vec<Table>, String> {
    let value: Value = serde_json::from_str(descriptor).map_err(|e| e.to_string())?;
    let resources = value["resources"].as_array().ok_or("no resources")?;
    resources
        .iter()
        .map(|r| {
            let text = |v: &Value, what: &str| v.as_str().map(str::to_owned).ok_or(format!("a {what}"));
            let fields = r["schema"]["fields"]
                .as_array()
                .ok_or("a resource without fields")?
                .iter()
                .map(|f| text(&f["name"], "field name"))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Table {
                name: text(&r["name"], "resource name")?,
                path: text(&r["path"], "resource path")?,
                fields,
            })
        })
        .collect()
}

static TABLES: LazyLock<Result<Vec<Table>, String>> = LazyLock::new(|| parse_tables(DATAPACKAGE_JSON));

/// The tables of the package, in the descriptor's order.
pub fn tables() -> Result<&'static [Table], TabularError> {
    TABLES
        .as_ref()
        .map(Vec::as_slice)
        .map_err(|e| TabularError::Descriptor(e.clone()))
}

/// The rows of each table, by resource name, as JSON objects.
#[derive(Debug, Default)]
pub struct Rows(HashMap<&'static str, Vec<Value>>);

impl Rows {
    fn push<T: Serialize>(&mut self, table: &'static str, row: &T) -> Result<(), TabularError> {
        self.0.entry(table).or_default().push(serde_json::to_value(row)?);
        Ok(())
    }

    fn extend<T: Serialize>(
        &mut self,
        table: &'static str,
        rows: Option<&Vec<T>>,
    ) -> Result<(), TabularError> {
        for row in rows.into_iter().flatten() {
            self.push(table, row)?;
        }
        Ok(())
    }

    /// Rows of a table.
    pub fn of(&self, table: &str) -> &[Value] {
        self.0.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Everything the export publishes, table by table.
    pub fn collect(export: &Export<'_>) -> Result<Self, TabularError> {
        let mut rows = Rows::default();
        for org in export.organizations() {
            rows.push("organization", &export.organization(org, None))?;
        }
        for entry in export.listed() {
            let service = export.service(entry, Depth::Full);
            rows.push("service", &service)?;
            rows.extend("phone", service.phones.as_ref())?;
            rows.extend("schedule", service.schedules.as_ref())?;
            rows.extend("service_area", service.service_areas.as_ref())?;
            rows.extend("language", service.languages.as_ref())?;
            rows.extend("cost_option", service.cost_options.as_ref())?;
            rows.extend("attribute", service.attributes.as_ref())?;
            for at in service.service_at_locations.iter().flatten() {
                rows.push("service_at_location", at)?;
                if let Some(location) = &at.location {
                    rows.push("location", location)?;
                    rows.extend("address", location.addresses.as_ref())?;
                }
            }
        }
        for taxonomy in export.taxonomies() {
            rows.push("taxonomy", &taxonomy)?;
        }
        for term in export.taxonomy_terms() {
            rows.push("taxonomy_term", &term)?;
        }
        Ok(rows)
    }
}

fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        // Null, absent, and nested lists or objects (which have tables of their own).
        _ => String::new(),
    }
}

/// One table as CSV: the header row, then a row per object.
pub fn csv_of(table: &Table, rows: &[Value]) -> Result<Vec<u8>, TabularError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&table.fields)?;
    for row in rows {
        writer.write_record(table.fields.iter().map(|f| cell(row.get(f))))?;
    }
    writer
        .into_inner()
        .map_err(|e| TabularError::Io(std::io::Error::other(e.to_string())))
}

fn zip_time(now: DateTime<Utc>) -> zip::DateTime {
    let year = u16::try_from(now.year()).unwrap_or(1980);
    zip::DateTime::from_date_and_time(
        year,
        now.month() as u8,
        now.day() as u8,
        now.hour() as u8,
        now.minute() as u8,
        now.second() as u8,
    )
    .unwrap_or_default()
}

/// The zipped package of `rows` (see [`Rows::collect`]): `datapackage.json` and every table's CSV, dated `now`.
/// Needs no directory, so the directory's lock can be released before the slow part (CSV and deflate).
pub fn package(rows: &Rows, now: DateTime<Utc>) -> Result<Vec<u8>, TabularError> {
    let tables = tables()?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip_time(now))
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("datapackage.json", options)?;
    zip.write_all(DATAPACKAGE_JSON.as_bytes())?;
    for table in tables {
        zip.start_file(table.path.as_str(), options)?;
        zip.write_all(&csv_of(table, rows.of(&table.name))?)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptor_names_every_core_table_with_its_fields() {
        let tables = tables().unwrap();
        let service = tables.iter().find(|t| t.name == "service").unwrap();
        assert_eq!(service.path, "services.csv");
        assert_eq!(
            &service.fields[..4],
            ["id", "organization_id", "program_id", "name"]
        );
        for core in [
            "organization",
            "location",
            "service_at_location",
            "taxonomy_term",
            "attribute",
        ] {
            assert!(tables.iter().any(|t| t.name == core), "{core}");
        }
    }

    #[test]
    fn a_row_fills_the_columns_it_has_and_leaves_the_rest_empty() {
        let table = Table {
            name: "t".into(),
            path: "t.csv".into(),
            fields: vec!["id".into(), "n".into(), "missing".into(), "text".into()],
        };
        let row = serde_json::json!({"id": "a", "n": -6.0, "text": "x, \"y\"", "nested": [1]});
        let csv = String::from_utf8(csv_of(&table, &[row]).unwrap()).unwrap();
        assert_eq!(csv, "id,n,missing,text\na,-6.0,,\"x, \"\"y\"\"\"\n");
    }
}
