//! A CSV package's rows linked into HSDS 3.0 services, one service at a time.
//!
//! [`link`] reads every row once: it counts them, follows each foreign key (reporting rows that point at
//! nothing), and notes which rows nest in which service or location — by position, keeping the rows compact.
//! [`Nested`] then builds each service's JSON object only when the mapper asks for it, so a package of a million
//! rows never sits in memory as a million JSON objects (issue 16: a 100,000-service import within 512 MB).

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::report::{At, Report};
use super::tables::{ROW, Row, Stored, TABLE, table_label, text};
use super::tolerant::split_multi;

/// What nests in a service or a location, in the order the rows were read.
#[derive(Debug)]
enum Child {
    /// A row of a table, under `key` (`phones`, `schedules`, `addresses`…), named as table `label`.
    Row {
        key: &'static str,
        label: &'static str,
        row: Stored,
        /// A postal address (`address_type` "postal" unless the row says).
        postal: bool,
    },
    /// A taxonomy term the service is linked to, under `attributes`: the link's line (none for 1.1's
    /// `taxonomy_ids` column), its `link_type` and `value`.
    Term {
        term: usize,
        line: Option<u64>,
        link_type: Option<Value>,
        value: Option<Value>,
    },
    /// A 1.1 eligibility value, under `x_import_eligibility`.
    Eligibility(Value),
}

/// A service at a location: the location's position, the row's line, and the row (none for the Ohana layout,
/// where the service names its location).
type AtLocation = (usize, u64, Option<Stored>);

/// The organisations, and the services nested one at a time.
#[derive(Debug)]
pub struct Nested {
    /// Every organisation, as a JSON object.
    pub organizations: Vec<Value>,
    services: Vec<Option<Stored>>,
    children: Vec<Vec<Child>>,
    at_locations: Vec<Vec<AtLocation>>,
    locations: Vec<Stored>,
    location_children: Vec<Vec<Child>>,
    terms: Vec<Value>,
    next: usize,
}

impl Iterator for Nested {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        let i = self.next;
        let stored = self.services.get_mut(i)?.take()?;
        self.next += 1;
        let mut service = with_meta(stored.row(), "service", stored.line);
        drop(stored);
        for child in std::mem::take(&mut self.children[i]) {
            self.attach(&mut service, &child);
        }
        for (location, line, row) in std::mem::take(&mut self.at_locations[i]) {
            // A service without `organization_id` belongs to its (first) location's organisation.
            if !service.contains_key("organization_id")
                && let Some(org) = self.locations[location].value("organization_id")
            {
                service.insert("organization_id".into(), org);
            }
            let mut at_location = with_meta(
                row.map(|r| r.row()).unwrap_or_default(),
                "service_at_location",
                line,
            );
            at_location.insert("location".into(), Value::Object(self.location(location)));
            push(&mut service, "service_at_locations", at_location);
        }
        Some(Value::Object(service))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.services.len() - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Nested {}

impl Nested {
    /// A location with its addresses, phones and schedules (built again for each service at it).
    fn location(&self, i: usize) -> Row {
        let stored = &self.locations[i];
        let mut location = with_meta(stored.row(), "location", stored.line);
        for child in &self.location_children[i] {
            self.attach(&mut location, child);
        }
        location
    }

    fn attach(&self, parent: &mut Row, child: &Child) {
        match child {
            Child::Row {
                key,
                label,
                row,
                postal,
            } => {
                let mut object = row.row();
                if *postal {
                    object
                        .entry("address_type")
                        .or_insert_with(|| Value::from("postal"));
                }
                push(parent, key, with_meta(object, label, row.line));
            }
            Child::Term {
                term,
                line,
                link_type,
                value,
            } => {
                let term = &self.terms[*term];
                let mut attribute = Row::new();
                attribute.insert(
                    "taxonomy_term_id".into(),
                    term.get("id").cloned().unwrap_or(Value::Null),
                );
                if let Some(link_type) = link_type {
                    attribute.insert("link_type".into(), link_type.clone());
                }
                if let Some(value) = value {
                    attribute.insert("value".into(), value.clone());
                }
                attribute.insert("taxonomy_term".into(), term.clone());
                let attribute = match line {
                    Some(line) => with_meta(attribute, "attribute", *line),
                    None => attribute,
                };
                push(parent, "attributes", attribute);
            }
            Child::Eligibility(value) => push(parent, "x_import_eligibility", value.clone()),
        }
    }
}

/// Links the rows of a package's tables (by canonical table name) into organisations and services. Every row
/// is counted in the report, and every row left out is reported here, before any service is nested.
pub fn link(mut tables: BTreeMap<&'static str, Vec<Stored>>, report: &mut Report) -> Nested {
    count(&tables, report);
    let mut take = |table: &str| tables.remove(table).unwrap_or_default();

    let organizations: Vec<Value> = take("organization")
        .into_iter()
        .map(|row| Value::Object(with_meta(row.row(), "organization", row.line)))
        .collect();

    let services = take("service");
    let service_index = index(&services);
    let mut children: Vec<Vec<Child>> = services.iter().map(|_| Vec::new()).collect();
    let locations = take("location");
    let location_index = index(&locations);
    let mut location_children: Vec<Vec<Child>> = locations.iter().map(|_| Vec::new()).collect();

    // Addresses, physical before postal.
    let postal = take("postal_address").into_iter().map(|row| (row, true));
    let addresses: Vec<(Stored, bool)> = take("address")
        .into_iter()
        .map(|row| (row, false))
        .chain(postal)
        .collect();
    for (row, postal) in addresses {
        let at = at_of("address", &row);
        match lookup(&row, "location_id", &location_index) {
            Link::Found(i) => location_children[i].push(Child::Row {
                key: "addresses",
                label: "address",
                row,
                postal,
            }),
            Link::Dangling => report.skipped_row(&at, "its location_id matches no location"),
            Link::Missing => report.skipped_row(&at, "it has no location_id"),
        }
    }

    // Services at locations: which location each service is at.
    let mut at_service: HashMap<String, usize> = HashMap::new();
    let mut at_locations: Vec<Vec<AtLocation>> = services.iter().map(|_| Vec::new()).collect();
    let mut used = vec![false; locations.len()];
    for row in take("service_at_location") {
        let at = at_of("service_at_location", &row);
        let service = lookup(&row, "service_id", &service_index);
        let location = lookup(&row, "location_id", &location_index);
        match (service, location) {
            (Link::Found(s), Link::Found(l)) => {
                if let Some(id) = row.text("id") {
                    at_service.entry(id).or_insert(s);
                }
                used[l] = true;
                at_locations[s].push((l, row.line, Some(row)));
            }
            (Link::Found(_), _) => report.skipped_row(&at, "its location_id matches no location"),
            _ => report.skipped_row(&at, "its service_id matches no service"),
        }
    }

    // Phones and schedules: of a service, a service at a location, or a location.
    for (table, key) in [("phone", "phones"), ("schedule", "schedules")] {
        let label = table_label(table);
        for row in take(table) {
            let at = at_of(table, &row);
            let child = |row| Child::Row {
                key,
                label,
                row,
                postal: false,
            };
            match lookup(&row, "service_id", &service_index) {
                Link::Found(i) => {
                    children[i].push(child(row));
                    continue;
                }
                Link::Dangling => {
                    report.skipped_row(&at, "its service_id matches no service");
                    continue;
                }
                Link::Missing => {}
            }
            if let Link::Found(i) = lookup(&row, "service_at_location_id", &at_service) {
                children[i].push(child(row));
                continue;
            }
            match lookup(&row, "location_id", &location_index) {
                Link::Found(i) => location_children[i].push(child(row)),
                Link::Dangling => report.skipped_row(&at, "its location_id matches no location"),
                Link::Missing => report.skipped_row(
                    &at,
                    "it belongs to no service or location (an organisation's or a contact's)",
                ),
            }
        }
    }

    // Languages, areas and cost options of a service.
    for (table, key) in [
        ("language", "languages"),
        ("service_area", "service_areas"),
        ("cost_option", "cost_options"),
    ] {
        for row in take(table) {
            let at = at_of(table, &row);
            match lookup(&row, "service_id", &service_index) {
                Link::Found(i) => children[i].push(Child::Row {
                    key,
                    label: table_label(table),
                    row,
                    postal: false,
                }),
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
    let taxonomy_names: HashMap<String, String> = take("taxonomy")
        .into_iter()
        .filter_map(|row| Some((row.text("id")?, row.text("name")?)))
        .collect();
    let mut terms: Vec<Value> = Vec::new();
    let mut term_index: HashMap<String, usize> = HashMap::new();
    for stored in take("taxonomy_term").into_iter().chain(take("legacy_taxonomy")) {
        let mut row = stored.row();
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
            term_index.entry(id).or_insert_with(|| {
                terms.push(Value::Object(with_meta(row, "taxonomy_term", stored.line)));
                terms.len() - 1
            });
        }
    }

    // Links from services to terms.
    let mut links: Vec<(Stored, &'static str, &'static str, &'static str)> = Vec::new();
    for (table, service_key, term_key) in [
        ("attribute", "link_id", "taxonomy_term_id"),
        ("service_attribute", "service_id", "taxonomy_term_id"),
        ("other_attribute", "link_id", "taxonomy_term_id"),
        ("service_taxonomy", "service_id", "taxonomy_id"),
    ] {
        links.extend(
            take(table)
                .into_iter()
                .map(|row| (row, table, service_key, term_key)),
        );
    }
    for (row, table, service_key, term_key) in links {
        let at = at_of(table, &row);
        let entity = row
            .text("link_entity")
            .or_else(|| row.text("link_type").filter(|_| table == "other_attribute"))
            .unwrap_or_else(|| "service".to_owned());
        if !entity.eq_ignore_ascii_case("service") {
            report.skipped_row(&at, "it describes something other than a service");
            continue;
        }
        let Link::Found(service) = lookup(&row, service_key, &service_index) else {
            report.skipped_row(&at, format!("its {service_key} matches no service"));
            continue;
        };
        let Some(term) = row.text(term_key).and_then(|t| term_index.get(&t).copied()) else {
            report.skipped_row(&at, format!("its {term_key} matches no taxonomy term"));
            continue;
        };
        children[service].push(Child::Term {
            term,
            line: Some(row.line),
            link_type: row.value("link_type").filter(|_| table == "attribute"),
            value: row.value("value"),
        });
    }
    // 1.1's deprecated `taxonomy_ids` column of services.
    for (service, children) in services.iter().zip(&mut children) {
        let Some(ids) = service.text("taxonomy_ids") else {
            continue;
        };
        for id in split_multi(&ids) {
            if let Some(term) = term_index.get(id) {
                children.push(Child::Term {
                    term: *term,
                    line: None,
                    link_type: None,
                    value: None,
                });
            }
        }
    }

    // 1.1's eligibility: adult, child, teen, family, female, male, Transgender.
    for row in take("eligibility") {
        match lookup(&row, "service_id", &service_index) {
            Link::Found(i) => {
                if let Some(value) = row.value("eligibility") {
                    children[i].push(Child::Eligibility(value));
                }
            }
            _ => report.skipped_row(&at_of("eligibility", &row), "its service_id matches no service"),
        }
    }

    // The Ohana layout: a service names its one location (`location_id`) and no service_at_location row does.
    for (service, at_locations) in services.iter().zip(&mut at_locations) {
        if at_locations.is_empty()
            && let Link::Found(location) = lookup(service, "location_id", &location_index)
        {
            used[location] = true;
            at_locations.push((location, service.line, None));
        }
    }
    for (location, used) in locations.iter().zip(used) {
        if !used {
            let at = At::new("location", Some(location.line), location.text("id"));
            report.skipped_row(
                &at,
                "no service is at this location (no service_at_location row names it)",
            );
        }
    }

    Nested {
        organizations,
        services: services.into_iter().map(Some).collect(),
        children,
        at_locations,
        locations,
        location_children,
        terms,
        next: 0,
    }
}

/// Counts every row read, and warns once about tables Ruta keeps nothing of.
fn count(tables: &BTreeMap<&'static str, Vec<Stored>>, report: &mut Report) {
    for (table, rows) in tables {
        if table.is_empty() || *table == "holiday_schedule" {
            if table.is_empty() && !rows.is_empty() {
                report.warning(
                    &At::file("other"),
                    None,
                    format!(
                        "{} rows of tables Ruta keeps nothing of (contacts, funding, programs…) were not imported",
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
    if let Some(rows) = tables.get("holiday_schedule").filter(|r| !r.is_empty()) {
        report.warning(
            &At::file("holiday_schedule"),
            None,
            format!(
                "{} holiday schedules were not imported: Ruta keeps weekly hours only",
                rows.len()
            ),
        );
    }
}

/// Rows by their `id` (the first of two with one id).
fn index(rows: &[Stored]) -> HashMap<String, usize> {
    let mut index = HashMap::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if let Some(id) = row.text("id") {
            index.entry(id).or_insert(i);
        }
    }
    index
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

fn lookup(row: &Stored, key: &str, index: &HashMap<String, usize>) -> Link {
    match row.text(key) {
        None => Link::Missing,
        Some(id) => index.get(&id).map_or(Link::Dangling, |i| Link::Found(*i)),
    }
}

fn at_of(table: &str, row: &Stored) -> At {
    At::new(table_label(table), Some(row.line), row.text("id"))
}

fn with_meta(mut row: Row, table: &str, line: u64) -> Row {
    row.insert(ROW.into(), Value::from(line));
    row.insert(TABLE.into(), Value::from(table));
    row
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
