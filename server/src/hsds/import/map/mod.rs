//! HSDS 3.0 organisations and nested services (as JSON values, whatever the file's version) → Ruta's
//! [`Organization`]s and [`Service`]s, the inverse of [`crate::hsds::export`].
//!
//! Ruta's own extensions (`x_ruta_*`) and taxonomies map back exactly. Everything else is read tolerantly and
//! every repair or omission is reported against its table, row and field. Safety: a service that is
//! confidential in the file, or already in Ruta, or that the file marks with Ruta's confidential-shelter area,
//! stays confidential; and its premises on record are kept when the file has none (exports withhold them).
//!
//! The parts, by what they map:
//! - `services`: the run over the file (organisations' ids, then services, then the organisations' records)
//!   and each service's own fields (names, descriptions, status);
//! - `organizations`: an organisation's record, and which organisation a service belongs to;
//! - `places`: locations, addresses and countries; `areas`: service areas (codes, names, polygons);
//! - `details`: the service's own words kept as given (another name, how to apply, who may come, fees, web page);
//! - `hours`: schedules and their time zone; `phones`: numbers, channels and labels;
//! - `terms`: taxonomy terms → kinds, populations and delivery modes; `languages`; `costs`;
//! - `fields`: reading a JSON field tolerantly (text, flags, ids, instants).

mod areas;
mod costs;
mod details;
mod fields;
mod hours;
mod languages;
mod organizations;
mod phones;
mod places;
mod services;
pub mod term_table;
mod terms;

use std::collections::{BTreeSet, HashMap, HashSet};

use api_types::CountryCode;
use serde_json::Value;
use uuid::Uuid;

use super::report::{At, Report};
use super::tables::ROW;
use super::tolerant;
use super::{ImportOptions, Known, Progress};
use crate::domain::text::fold;
use crate::domain::{Organization, Service};
use crate::hsds::export::RutaTaxonomy;
use crate::hsds::{RUTA_NAMESPACE, derive_id};
use crate::reference::{Countries, Gazetteer};
use fields::{Obj, content_key, raw};

/// The reference data and the directory an import is read against.
pub struct Context<'a> {
    /// Country facts (names, zones, languages).
    pub countries: &'a Countries,
    /// Places (countries, zones and divisions near a point).
    pub gazetteer: &'a Gazetteer,
    /// What the directory already holds.
    pub known: &'a dyn Known,
    /// Source, time, owner.
    pub options: &'a ImportOptions,
    /// Reports progress per service.
    pub progress: &'a dyn Progress,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// The namespace of the ids derived for one source.
pub fn source_namespace(source: &str) -> Uuid {
    derive_id(&derive_id(&RUTA_NAMESPACE, "import"), source)
}

/// Turns organisations and services into Ruta's, reporting as it goes.
pub struct Mapper<'a> {
    ctx: Context<'a>,
    report: Report,
    ns: Uuid,
    /// Whether rows are counted here (JSON) or were counted when the CSV files were read.
    count_reads: bool,
    ruta_terms: HashMap<Uuid, (RutaTaxonomy, &'static str)>,
    ruta_taxonomies: HashMap<Uuid, RutaTaxonomy>,
    country_names: HashMap<String, CountryCode>,
    /// (country, folded division name) → ISO 3166-2.
    divisions: HashMap<(CountryCode, String), String>,
    /// Folded division name → its ISO 3166-2 codes in every country.
    division_names: HashMap<String, BTreeSet<String>>,
    text_languages: HashMap<CountryCode, String>,
    unmatched_terms: HashSet<String>,
    /// Terms whose mapping was reported (once each).
    mapped_terms: HashSet<String>,
    /// Towns by name, for addresses without coordinates ([`places`]).
    town_names: Option<places::TownNames>,
    derived_ids: BTreeSet<&'static str>,
}

impl std::fmt::Debug for Mapper<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mapper")
            .field("ns", &self.ns)
            .finish_non_exhaustive()
    }
}

/// What the mapper made.
#[derive(Debug)]
pub struct Mapped {
    /// Organisations to write (none for an editor's import).
    pub organizations: Vec<(At, Organization)>,
    /// Services to write.
    pub services: Vec<(At, Service)>,
    /// The report so far.
    pub report: Report,
    /// Services matched to a listing Ruta holds from another source (by organisation, name and address).
    pub matched: HashSet<Uuid>,
}

impl<'a> Mapper<'a> {
    /// A mapper for one import.
    pub fn new(ctx: Context<'a>, report: Report, count_reads: bool) -> Self {
        let mut ruta_terms = HashMap::new();
        let mut ruta_taxonomies = HashMap::new();
        for taxonomy in RutaTaxonomy::ALL {
            ruta_taxonomies.insert(taxonomy.id(), taxonomy);
            for code in taxonomy.codes() {
                ruta_terms.insert(taxonomy.term_id(code), (taxonomy, *code));
            }
        }
        let mut country_names = HashMap::new();
        for record in ctx.countries.iter() {
            country_names.insert(fold(record.iso2.as_str()), record.iso2);
            for name in record.names.values() {
                country_names.insert(fold(name), record.iso2);
            }
        }
        let mut divisions = HashMap::new();
        let mut division_names: HashMap<String, BTreeSet<String>> = HashMap::new();
        for place in ctx.gazetteer.places() {
            if place.admin1_iso.is_empty() || place.admin1_name.is_empty() {
                continue;
            }
            let name = fold(&place.admin1_name);
            division_names
                .entry(name.clone())
                .or_default()
                .insert(place.admin1_iso.clone());
            divisions
                .entry((place.country, name))
                .or_insert_with(|| place.admin1_iso.clone());
        }
        Self {
            ns: source_namespace(&ctx.options.source),
            ctx,
            report,
            count_reads,
            ruta_terms,
            ruta_taxonomies,
            country_names,
            divisions,
            division_names,
            text_languages: HashMap::new(),
            unmatched_terms: HashSet::new(),
            mapped_terms: HashSet::new(),
            town_names: None,
            derived_ids: BTreeSet::new(),
        }
    }

    fn read(&mut self, table: &str) {
        if self.count_reads {
            self.report.read(table);
        }
    }

    /// Where a nested object is: its own line when it came from a CSV row, else its parent's.
    fn at_of(&self, table: &'static str, v: &Obj, parent: &At) -> At {
        let row = v.get(ROW).and_then(Value::as_u64).or(parent.row);
        At::new(table, row, raw(v, "id"))
    }

    /// Text of a field, mojibake repaired (reported).
    fn text(&mut self, at: &At, v: &Obj, key: &str) -> Option<String> {
        let text = raw(v, key)?;
        Some(self.repaired(at, key, text))
    }

    fn repaired(&mut self, at: &At, field: &str, text: String) -> String {
        let text = match tolerant::fix_mojibake(&text) {
            Some(fixed) => {
                self.report.fixed(
                    at,
                    field,
                    "mojibake repaired (UTF-8 that had been read as Latin-1 or as a DOS code page)",
                );
                fixed
            }
            None => text,
        };
        match tolerant::unescape_literals(&text) {
            Some(fixed) => {
                self.report
                    .fixed(at, field, "a literal \\n was turned into a line break");
                fixed
            }
            None => text,
        }
    }

    /// An id: the file's UUID, or a UUIDv5 of (source, table, id), or of (source, table, the row's content).
    fn row_id(&mut self, at: &At, table: &'static str, v: &Obj) -> Uuid {
        match raw(v, "id") {
            Some(id) => match Uuid::parse_str(&id) {
                Ok(uuid) => uuid,
                Err(_) => {
                    self.derived_ids.insert(table);
                    derive_id(&self.ns, &format!("{table}/{id}"))
                }
            },
            None => {
                self.report
                    .fixed(at, "id", "no id: a stable id was derived from the row's content");
                derive_id(&self.ns, &format!("{table}#{}", content_key(v)))
            }
        }
    }
}
