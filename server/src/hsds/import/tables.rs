//! CSV packages (HSDS 3.0, and the 1.1 and 2.0 packages most directories still publish) turned into nested
//! HSDS 3.0 services, so that one mapper reads every format.
//!
//! Tables are matched by file name whatever the version (`physical_addresses.csv` and `addresses.csv` are both
//! addresses; `regular_schedules.csv` and `schedules.csv` both hours), headers by lower-cased name. Rows keep
//! where they came from (`__row`, `__table`) so the report can name them. Rows whose foreign key points at
//! nothing are reported and left out here; everything else is the mapper's to judge.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use serde_json::{Map, Value};

use super::ImportError;
use super::limits::{Exceeded, Limits, RecordCap, over_limit};
use super::report::{At, Report};
use super::tolerant::{decode, split_multi};

/// The key holding a row's line (CSV) or position (JSON) in a nested object.
pub const ROW: &str = "__row";
/// The key holding a row's table in a nested object.
pub const TABLE: &str = "__table";

/// One row: column → value (text for CSV; any JSON value for `tabular.json`).
pub type Row = Map<String, Value>;

/// The rows of each table of a package, by canonical table name.
#[derive(Debug)]
pub struct Tables {
    tables: BTreeMap<&'static str, Vec<(u64, Row)>>,
    /// What may be read.
    limits: Limits,
    /// Rows read so far, of every table.
    rows: u64,
    /// File names seen, for telling the version apart.
    files: Vec<String>,
    /// `version` of the package's `datapackage.json`, when there is one.
    pub version: Option<String>,
}

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
        }
    }

    /// Reads a CSV file row by row from `reader`, within the import's [`Limits`]: a record or a cell too long, or
    /// one row too many, stops the import ([`ImportError::TooLarge`]), and so does a file that cannot be read
    /// (a damaged zip entry). A cell that is not UTF-8 is read as Windows-1252 (reported once per file); text
    /// that is not CSV is fatal.
    pub fn add_csv(&mut self, file: &str, reader: impl Read, report: &mut Report) -> Result<(), ImportError> {
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
        let mut headers: Option<Vec<String>> = None;
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
                            h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase()
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
            let mut row = Row::new();
            for (header, cell) in columns.iter().zip(record.iter()) {
                if cell.len() > self.limits.field_bytes {
                    return Err(Exceeded::Field {
                        file: base,
                        line,
                        column: header.clone(),
                        limit: self.limits.field_bytes,
                    }
                    .into());
                }
                if cell.trim_ascii().is_empty() || header.is_empty() {
                    continue;
                }
                let (text, read_as) = decode(cell);
                encoding = encoding.or(read_as);
                row.insert(header.clone(), Value::String(text));
            }
            self.tables.entry(table).or_default().push((line, row));
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
                list.push((i as u64 + 1, cleaned));
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

    fn take(&mut self, table: &str) -> Vec<(u64, Row)> {
        self.tables.remove(table).unwrap_or_default()
    }

    /// Nests the rows into HSDS 3.0 organisations and services. Every row read is counted in the report.
    pub fn assemble(mut self, report: &mut Report) -> (Vec<Value>, Vec<Value>) {
        for (table, rows) in &self.tables {
            // Tables Ruta keeps nothing of are warned about once, not counted.
            if table.is_empty() || *table == "holiday_schedule" {
                if table.is_empty() && !rows.is_empty() {
                    report.warning(
                        &At::file("other"),
                        None,
                        format!(
                            "{} rows of tables Ruta keeps nothing of (contacts, funding, programs…) were not \
                             imported",
                            rows.len()
                        ),
                    );
                }
                continue;
            }
            let label = table_label(table);
            for _ in rows {
                report.read(label);
            }
        }
        if let Some(rows) = self.tables.get("holiday_schedule").filter(|r| !r.is_empty()) {
            report.warning(
                &At::file("holiday_schedule"),
                None,
                format!(
                    "{} holiday schedules were not imported: Ruta keeps weekly hours only",
                    rows.len()
                ),
            );
        }

        let organizations: Vec<Value> = self
            .take("organization")
            .into_iter()
            .map(|(line, row)| tagged(row, "organization", line))
            .collect();

        let mut services: Vec<Row> = Vec::new();
        let mut service_index: HashMap<String, usize> = HashMap::new();
        for (line, row) in self.take("service") {
            if let Some(id) = text(&row, "id") {
                service_index.entry(id).or_insert(services.len());
            }
            services.push(with_meta(row, "service", line));
        }
        let mut locations: Vec<Row> = Vec::new();
        let mut location_index: HashMap<String, usize> = HashMap::new();
        for (line, row) in self.take("location") {
            if let Some(id) = text(&row, "id") {
                location_index.entry(id).or_insert(locations.len());
            }
            locations.push(with_meta(row, "location", line));
        }

        // Addresses, physical before postal.
        let postal = self.take("postal_address").into_iter().map(|(line, mut row)| {
            row.entry("address_type").or_insert_with(|| Value::from("postal"));
            (line, row)
        });
        let addresses: Vec<(u64, Row)> = self.take("address").into_iter().chain(postal).collect();
        for (line, row) in addresses {
            let at = at_of("address", line, &row);
            match lookup(&row, "location_id", &location_index) {
                Link::Found(i) => push(&mut locations[i], "addresses", with_meta(row, "address", line)),
                Link::Dangling => report.skipped_row(&at, "its location_id matches no location"),
                Link::Missing => report.skipped_row(&at, "it has no location_id"),
            }
        }

        // Services at locations: which location each service is at.
        let mut sal_service: HashMap<String, usize> = HashMap::new();
        let mut sal_pairs: Vec<(usize, usize, u64, Row)> = Vec::new();
        for (line, row) in self.take("service_at_location") {
            let at = at_of("service_at_location", line, &row);
            let service = lookup(&row, "service_id", &service_index);
            let location = lookup(&row, "location_id", &location_index);
            match (service, location) {
                (Link::Found(s), Link::Found(l)) => {
                    if let Some(id) = text(&row, "id") {
                        sal_service.entry(id).or_insert(s);
                    }
                    sal_pairs.push((s, l, line, row));
                }
                (Link::Found(_), _) => report.skipped_row(&at, "its location_id matches no location"),
                _ => report.skipped_row(&at, "its service_id matches no service"),
            }
        }

        // Phones and schedules: of a service, a service at a location, or a location.
        for (table, key) in [("phone", "phones"), ("schedule", "schedules")] {
            for (line, row) in self.take(table) {
                let at = at_of(table, line, &row);
                let label = table_label(table);
                let row = with_meta(row, label, line);
                match lookup(&row, "service_id", &service_index) {
                    Link::Found(i) => {
                        push(&mut services[i], key, row);
                        continue;
                    }
                    Link::Dangling => {
                        report.skipped_row(&at, "its service_id matches no service");
                        continue;
                    }
                    Link::Missing => {}
                }
                if let Link::Found(i) = lookup(&row, "service_at_location_id", &sal_service) {
                    push(&mut services[i], key, row);
                    continue;
                }
                match lookup(&row, "location_id", &location_index) {
                    Link::Found(i) => push(&mut locations[i], key, row),
                    Link::Dangling => report.skipped_row(&at, "its location_id matches no location"),
                    Link::Missing => {
                        report.skipped_row(
                            &at,
                            "it belongs to no service or location (an organisation's or a contact's)",
                        );
                    }
                }
            }
        }

        // Languages, areas and cost options of a service.
        for (table, key) in [
            ("language", "languages"),
            ("service_area", "service_areas"),
            ("cost_option", "cost_options"),
        ] {
            for (line, row) in self.take(table) {
                let at = at_of(table, line, &row);
                match lookup(&row, "service_id", &service_index) {
                    Link::Found(i) => push(&mut services[i], key, with_meta(row, table_label(table), line)),
                    Link::Dangling => report.skipped_row(&at, "its service_id matches no service"),
                    Link::Missing
                        if table == "language" && lookup(&row, "location_id", &location_index).is_found() =>
                    {
                        // A location's languages: Ruta keeps the service's.
                        report.skipped_row(&at, "a location's languages are not kept; a service's are");
                    }
                    Link::Missing => report.skipped_row(&at, "it has no service_id"),
                }
            }
        }

        // Taxonomy terms, whatever the version, as HSDS 3.0 terms with their taxonomy's name.
        let taxonomy_names: HashMap<String, String> = self
            .take("taxonomy")
            .into_iter()
            .filter_map(|(_, row)| Some((text(&row, "id")?, text(&row, "name")?)))
            .collect();
        let mut terms: HashMap<String, Value> = HashMap::new();
        for (line, mut row) in self
            .take("taxonomy_term")
            .into_iter()
            .chain(self.take("legacy_taxonomy"))
        {
            if !row.contains_key("name")
                && let Some(term) = row.remove("term")
            {
                row.insert("name".into(), term);
            }
            if !row.contains_key("taxonomy")
                && let Some(vocabulary) = row.remove("vocabulary")
            {
                row.insert("taxonomy".into(), vocabulary);
            }
            if let Some(name) = text(&row, "taxonomy_id").and_then(|t| taxonomy_names.get(&t)) {
                row.insert("taxonomy_detail_name".into(), Value::from(name.clone()));
            }
            if let Some(id) = text(&row, "id") {
                terms
                    .entry(id)
                    .or_insert_with(|| tagged(row, "taxonomy_term", line));
            }
        }

        // Links from services to terms.
        let mut links: Vec<(u64, Row, &'static str, &'static str, &'static str)> = Vec::new();
        for (line, row) in self.take("attribute") {
            links.push((line, row, "attribute", "link_id", "taxonomy_term_id"));
        }
        for (line, row) in self.take("service_attribute") {
            links.push((line, row, "service_attribute", "service_id", "taxonomy_term_id"));
        }
        for (line, row) in self.take("other_attribute") {
            links.push((line, row, "other_attribute", "link_id", "taxonomy_term_id"));
        }
        for (line, row) in self.take("service_taxonomy") {
            links.push((line, row, "service_taxonomy", "service_id", "taxonomy_id"));
        }
        for (line, row, table, service_key, term_key) in links {
            let at = at_of(table, line, &row);
            let entity = text(&row, "link_entity")
                .or_else(|| text(&row, "link_type").filter(|_| table == "other_attribute"))
                .unwrap_or_else(|| "service".to_owned());
            if !entity.eq_ignore_ascii_case("service") {
                report.skipped_row(&at, "it describes something other than a service");
                continue;
            }
            let service = match lookup(&row, service_key, &service_index) {
                Link::Found(i) => i,
                _ => {
                    report.skipped_row(&at, format!("its {service_key} matches no service"));
                    continue;
                }
            };
            let Some(term) = text(&row, term_key).and_then(|t| terms.get(&t)) else {
                report.skipped_row(&at, format!("its {term_key} matches no taxonomy term"));
                continue;
            };
            let mut attribute = Row::new();
            attribute.insert(
                "taxonomy_term_id".into(),
                term.get("id").cloned().unwrap_or(Value::Null),
            );
            if let Some(link_type) = row.get("link_type").filter(|_| table == "attribute") {
                attribute.insert("link_type".into(), link_type.clone());
            }
            if let Some(value) = row.get("value") {
                attribute.insert("value".into(), value.clone());
            }
            attribute.insert("taxonomy_term".into(), term.clone());
            push(
                &mut services[service],
                "attributes",
                with_meta(attribute, "attribute", line),
            );
        }
        // 1.1's deprecated `taxonomy_ids` column of services.
        for service in &mut services {
            let Some(ids) = text(service, "taxonomy_ids") else {
                continue;
            };
            for id in split_multi(&ids) {
                if let Some(term) = terms.get(id) {
                    let mut attribute = Row::new();
                    attribute.insert(
                        "taxonomy_term_id".into(),
                        term.get("id").cloned().unwrap_or(Value::Null),
                    );
                    attribute.insert("taxonomy_term".into(), term.clone());
                    push(service, "attributes", Value::Object(attribute));
                }
            }
        }

        // 1.1's eligibility: adult, child, teen, family, female, male, Transgender.
        for (line, row) in self.take("eligibility") {
            let at = at_of("eligibility", line, &row);
            match lookup(&row, "service_id", &service_index) {
                Link::Found(i) => {
                    if let Some(value) = row.get("eligibility") {
                        push(&mut services[i], "x_import_eligibility", value.clone());
                    }
                }
                _ => report.skipped_row(&at, "its service_id matches no service"),
            }
        }

        // The Ohana layout: a service names its one location (`location_id`) and no service_at_location row
        // does. And a service without `organization_id` belongs to its location's organisation.
        let mut placed = vec![false; services.len()];
        for (service, ..) in &sal_pairs {
            placed[*service] = true;
        }
        for (i, service) in services.iter().enumerate() {
            if !placed[i]
                && let Link::Found(location) = lookup(service, "location_id", &location_index)
            {
                let line = service.get(ROW).and_then(Value::as_u64).unwrap_or(0);
                sal_pairs.push((i, location, line, Row::new()));
            }
        }
        for (service, location, ..) in &sal_pairs {
            let service = &mut services[*service];
            if !service.contains_key("organization_id")
                && let Some(org) = locations[*location].get("organization_id").cloned()
            {
                service.insert("organization_id".into(), org);
            }
        }

        // Each service's locations, now complete.
        let mut used = vec![false; locations.len()];
        for (service, location, line, row) in sal_pairs {
            used[location] = true;
            let mut sal = with_meta(row, "service_at_location", line);
            sal.insert("location".into(), Value::Object(locations[location].clone()));
            push(&mut services[service], "service_at_locations", sal);
        }
        for (location, used) in locations.iter().zip(used) {
            if !used {
                let line = location.get(ROW).and_then(Value::as_u64);
                let at = At::new("location", line, text(location, "id"));
                report.skipped_row(
                    &at,
                    "no service is at this location (no service_at_location row names it)",
                );
            }
        }

        (organizations, services.into_iter().map(Value::Object).collect())
    }
}

fn base_name(file: &str) -> String {
    file.rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .to_ascii_lowercase()
}

/// The report's name for a table.
fn table_label(table: &str) -> &'static str {
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

enum Link {
    Found(usize),
    Dangling,
    Missing,
}

impl Link {
    fn is_found(&self) -> bool {
        matches!(self, Link::Found(_))
    }
}

fn lookup(row: &Row, key: &str, index: &HashMap<String, usize>) -> Link {
    match text(row, key) {
        None => Link::Missing,
        Some(id) => index.get(&id).map_or(Link::Dangling, |i| Link::Found(*i)),
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

fn at_of(table: &str, line: u64, row: &Row) -> At {
    At::new(table_label(table), Some(line), text(row, "id"))
}

fn with_meta(mut row: Row, table: &str, line: u64) -> Row {
    row.insert(ROW.into(), Value::from(line));
    row.insert(TABLE.into(), Value::from(table));
    row
}

fn tagged(row: Row, table: &str, line: u64) -> Value {
    Value::Object(with_meta(row, table, line))
}

fn push(row: &mut Row, key: &str, value: impl Into<Value>) {
    let value = value.into();
    match row.get_mut(key) {
        Some(Value::Array(list)) => list.push(value),
        _ => {
            row.insert(key.to_owned(), Value::Array(vec![value]));
        }
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
        let (_, services) = tables.assemble(&mut report);
        let service = &services[0];
        assert_eq!(service["phones"].as_array().map(Vec::len), Some(1));
        assert_eq!(service["schedules"][0]["weekday"], "Monday");
        let location = &service["service_at_locations"][0]["location"];
        assert_eq!(location["phones"][0]["number"], "3333-0000");
        assert_eq!(service[ROW], 2);
        let dangling: Vec<_> = report.issues.iter().map(|i| (i.table.as_str(), i.row)).collect();
        assert!(dangling.contains(&("phone", Some(3))), "{dangling:?}");
        assert!(dangling.contains(&("location", Some(3))), "{dangling:?}");
    }
}
