//! HSDS 3.0 organisations and nested services (as JSON values, whatever the file's version) → Ruta's
//! [`Organization`]s and [`Service`]s, the inverse of [`crate::hsds::export`].
//!
//! Ruta's own extensions (`x_ruta_*`) and taxonomies map back exactly. Everything else is read tolerantly and
//! every repair or omission is reported against its table, row and field. Safety: a service that is
//! confidential in the file, or already in Ruta, or that the file marks with Ruta's confidential-shelter area,
//! stays confidential; and its premises on record are kept when the file has none (exports withhold them).

use std::collections::{BTreeSet, HashMap, HashSet};

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, LanguageCode, LatLon, Localized, OpeningInterval, Phone,
    PhoneChannel, Population, ServiceArea, ServiceKind, ServiceStatus, Weekday, WeeklyHours,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Offset, Timelike, Utc};
use chrono_tz::Tz;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::report::{At, Report};
use super::tables::ROW;
use super::tolerant::{self, Coordinates, PhoneNumber};
use super::{ImportOptions, Known, Progress};
use crate::domain::text::fold;
use crate::domain::{Location, Organization, Schedule, Service};
use crate::geo::distance_m;
use crate::hsds::export::RutaTaxonomy;
use crate::hsds::{RUTA_NAMESPACE, derive_id};
use crate::reference::{Countries, Gazetteer};

/// Longest name kept, in characters (as for editors).
const MAX_NAME: usize = 200;
/// Longest description kept.
const MAX_DESCRIPTION: usize = 4_000;
/// Longest phone label kept; longer phone descriptions are not labels.
const MAX_LABEL: usize = 80;
/// How far the nearest gazetteer place may be for its country and zone to count, metres.
const NEAR_M: f64 = 150_000.0;

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

type Obj = Map<String, Value>;

fn list<'v>(v: &'v Obj, key: &str) -> &'v [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// A field as trimmed, non-empty text (numbers and booleans as written).
fn raw(v: &Obj, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn first_raw(v: &Obj, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| raw(v, k))
}

fn flag(v: &Obj, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => {
            matches!(s.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "y")
        }
        Some(Value::Number(n)) => n.as_f64().is_some_and(|n| n != 0.0),
        _ => false,
    }
}

fn uuid_of(v: &Obj, key: &str) -> Option<Uuid> {
    raw(v, key).and_then(|s| Uuid::parse_str(&s).ok())
}

/// An instant from RFC 3339, `YYYY-MM-DD HH:MM:SS` (UTC) or a date (midnight UTC).
fn instant(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    // Whole seconds, as Ruta stores and exports them.
    let whole = |t: DateTime<Utc>| t.with_nanosecond(0).unwrap_or(t);
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(whole(t.with_timezone(&Utc)));
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S") {
        return Some(whole(t.and_utc()));
    }
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// The canonical text of a row's own values (meta keys, the id and nested lists left out), to derive ids from
/// content and to tell duplicates apart. Keys are sorted here, whatever order the JSON map keeps.
fn content_key(v: &Obj) -> String {
    let mut pairs: Vec<(&String, String)> = v
        .iter()
        .filter(|(k, val)| {
            !k.starts_with("__")
                && k.as_str() != "id"
                && !val.is_array()
                && !val.is_object()
                && !val.is_null()
        })
        .map(|(k, val)| (k, val.to_string()))
        .collect();
    pairs.sort();
    pairs
        .into_iter()
        .map(|(k, val)| format!("{k}={val}"))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// Matches folded text against keywords: `word*` starts a word, `word` is a whole word, spaces join words.
fn matches_any(folded: &str, keywords: &[&str]) -> bool {
    keywords.iter().any(|k| match k.strip_suffix('*') {
        Some(prefix) => folded.contains(&format!(" {prefix}")),
        None => folded.contains(&format!(" {k} ")),
    })
}

#[rustfmt::skip]
const KIND_WORDS: &[(ServiceKind, &[&str])] = &[
    (ServiceKind::Shelter, &["shelter*", "refugio*", "refuge", "albergue*", "acogida", "safe house*",
        "casa segura", "housing", "alojamiento*", "abrigo*", "hebergement*", "accommodation*",
        "hogar de paso", "casa de paso"]),
    (ServiceKind::Psychosocial, &["psychosocial", "psicosocial", "psicossocial", "mental health",
        "salud mental", "saude mental", "sante mentale", "counsel*", "consejer*", "psycholog*",
        "psicolog*", "psychotherap*", "psicoterap*", "therap*", "terap*", "apoyo emocional",
        "emotional support", "support group*"]),
    (ServiceKind::Hotline, &["hotline*", "helpline*", "help line*", "crisis line*", "linea de ayuda",
        "linea de emergencia*", "linea gratuita", "linha de ajuda", "linha direta", "ligne d ecoute",
        "telefono de ayuda", "call center"]),
    (ServiceKind::Legal, &["legal", "lawyer*", "attorney*", "law", "abogad*", "juridic*", "juridique*",
        "asesoria legal", "assistance juridique", "advogad*"]),
    (ServiceKind::Health, &["health*", "salud", "saude", "sante", "medic*", "clinic*", "clinica*",
        "hospital*", "nurs*", "enfermer*", "dental", "sexual and reproductive*"]),
    (ServiceKind::FoodClothing, &["food*", "aliment*", "comida*", "clothing", "clothes", "ropa", "roupa*",
        "vetement*", "basic needs", "necesidades basicas", "meal*", "despensa*"]),
    (ServiceKind::EmploymentTraining, &["employ*", "empleo*", "emprego*", "job", "jobs", "vocational",
        "training", "capacitacion*", "formacion profesional", "formacao profissional", "livelihood*",
        "medios de vida", "emprendimiento*", "insercion laboral", "reinsercion laboral"]),
    (ServiceKind::Education, &["educat*", "educacion*", "educacao", "school*", "escuela*", "escola*",
        "ecole*", "literacy", "alfabetizacion", "tutoring"]),
    (ServiceKind::DocumentsMigration, &["document*", "migration*", "migracion*", "migracao", "migrator*",
        "migratori*", "immigration*", "inmigracion*", "asylum", "asilo", "visa*", "regulariza*",
        "identity document*", "civil registr*", "registro civil"]),
    (ServiceKind::Repatriation, &["repatri*", "return home", "voluntary return", "retorno*", "retour*"]),
    (ServiceKind::FinancialAid, &["financial*", "financier*", "financiera*", "cash", "cash transfer*",
        "economic support", "apoyo economico", "ayuda economica", "money", "dinero", "subsid*"]),
];

#[rustfmt::skip]
const POPULATION_WORDS: &[(Population, &[&str])] = &[
    (Population::Women, &["women", "woman", "female*", "mujer*", "mulher*", "femme*", "girls and women"]),
    (Population::Men, &["men", "man", "male", "males", "hombre*", "homem", "homens", "varon*", "masculin*"]),
    (Population::Lgbtq, &["lgbt*", "lgtb*", "glbt*", "transgender*", "trans", "gay", "lesbian*", "queer",
        "intersex*", "diversidad sexual", "sexual diversity"]),
    (Population::Children, &["child*", "nino*", "nina*", "infan*", "crianca*", "enfant*", "kids", "minor*",
        "menores", "boys", "girls"]),
    (Population::Adolescents, &["adolescen*", "teen*", "youth*", "joven*", "juventud*", "juvenil*",
        "jeunes"]),
    (Population::Families, &["famil*"]),
    (Population::Migrants, &["migrant*", "immigrant*", "inmigrante*", "refugee*", "refugiad*",
        "asylum seeker*", "displaced", "desplazad*", "solicitantes de asilo"]),
    (Population::IndigenousPeoples, &["indigen*", "first nation*", "pueblos originarios",
        "povos indigenas"]),
    (Population::PeopleWithDisabilities, &["disab*", "discapacidad*", "deficien*", "handicap*",
        "special needs"]),
    (Population::SexualExploitation, &["sexual exploitation", "explotacion sexual", "exploracao sexual",
        "sex trafficking", "commercial sexual*", "trata con fines sexuales", "trafficking for sexual*"]),
    (Population::LabourExploitation, &["labour exploitation", "labor exploitation", "forced labo*",
        "trabajo forzoso", "explotacion laboral", "trabalho escravo", "trabalho forcado",
        "labor trafficking", "labour trafficking", "servidumbre"]),
    (Population::OtherExploitation, &["forced marriage*", "matrimonio forzado", "forced begging",
        "mendicidad", "forced criminality"]),
];

#[rustfmt::skip]
const DELIVERY_WORDS: &[(DeliveryMode, &[&str])] = &[
    (DeliveryMode::InPerson, &["in person", "presencial*", "walk in", "drop in", "face to face"]),
    (DeliveryMode::Phone, &["phone*", "telephon*", "telefon*", "by phone", "llamada*", "ligacao"]),
    (DeliveryMode::Video, &["video*", "videollamada*", "video call*", "telehealth", "telemedic*",
        "teleconsult*", "online", "virtual*"]),
    (DeliveryMode::Chat, &["chat*", "whatsapp", "text message*", "sms", "messenger", "mensajeria"]),
];

const MENTAL_HEALTH: &[&str] = &["mental health", "salud mental", "saude mental", "sante mentale"];

/// Kinds, populations and delivery modes a term's words name.
fn classify(text: &str) -> (Vec<ServiceKind>, Vec<Population>, Vec<DeliveryMode>) {
    let folded = format!(" {} ", fold(text));
    let mut without_mental = folded.clone();
    for phrase in MENTAL_HEALTH {
        without_mental = without_mental.replace(phrase, " ");
    }
    let kinds = KIND_WORDS
        .iter()
        .filter(|(kind, words)| {
            let text = if *kind == ServiceKind::Health {
                &without_mental
            } else {
                &folded
            };
            matches_any(text, words)
        })
        .map(|(k, _)| *k)
        .collect();
    let populations = POPULATION_WORDS
        .iter()
        .filter(|(_, words)| matches_any(&folded, words))
        .map(|(p, _)| *p)
        .collect();
    let delivery = DELIVERY_WORDS
        .iter()
        .filter(|(_, words)| matches_any(&folded, words))
        .map(|(d, _)| *d)
        .collect();
    (kinds, populations, delivery)
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Truncates to `max` characters.
fn truncate(text: &str, max: usize) -> Option<String> {
    (text.chars().count() > max).then(|| text.chars().take(max).collect())
}

/// A place read from the file.
struct Place {
    point: Option<LatLon>,
    address: Option<String>,
    locality: Option<String>,
    region: Option<String>,
    /// From the address, or the nearest gazetteer place.
    country: Option<CountryCode>,
    /// The nearest gazetteer place's zone.
    timezone: Option<String>,
    /// The location object (its phones, schedules).
    location: Obj,
}

/// A service's place and area, read before the rest (they say its country).
struct Located {
    place: Option<Place>,
    area: ServiceArea,
    confidential_area: bool,
    country: Option<CountryCode>,
}

/// Organisations as read, before their services are known.
struct OrgDraft {
    at: At,
    id: Uuid,
    value: Obj,
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
        match tolerant::fix_mojibake(&text) {
            Some(fixed) => {
                self.report.fixed(
                    at,
                    field,
                    "mojibake repaired (UTF-8 that had been read as Latin-1)",
                );
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

    /// The language a country's directories most likely write in: the first of its languages that is a
    /// language of administration in the region (Spanish, Portuguese, French, English, Dutch), else its first.
    fn text_language(&mut self, country: CountryCode) -> String {
        if let Some(lang) = self.text_languages.get(&country) {
            return lang.clone();
        }
        let languages = self
            .ctx
            .countries
            .get(country)
            .map(|c| c.languages.clone())
            .unwrap_or_default();
        let primary = |l: &String| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
        let lang = languages
            .iter()
            .map(primary)
            .find(|l| ["es", "pt", "fr", "en", "nl"].contains(&l.as_str()))
            .or_else(|| languages.first().map(primary))
            .filter(|l| LanguageCode::parse(l).is_ok())
            .unwrap_or_else(|| "en".to_owned());
        self.text_languages.insert(country, lang.clone());
        lang
    }

    /// A country from a code (`HN`) or a name in English, Spanish, Portuguese or French.
    fn country(&self, text: &str) -> Option<CountryCode> {
        let folded = fold(text);
        if let Some(code) = self.country_names.get(&folded) {
            return Some(*code);
        }
        (text.trim().len() == 2)
            .then(|| CountryCode::parse(text).ok())
            .flatten()
    }

    /// An ISO 3166-2 code (`HN-FM`), checked for shape.
    fn region_code(text: &str) -> Option<String> {
        let text = text.trim();
        let (country, sub) = text.split_once('-')?;
        let ok = country.len() == 2
            && country.chars().all(|c| c.is_ascii_alphabetic())
            && (1..=3).contains(&sub.len())
            && sub.chars().all(|c| c.is_ascii_alphanumeric());
        ok.then(|| text.to_ascii_uppercase())
    }

    /// Maps everything: organisations first (ids only), then services, then the organisations' records.
    pub fn map(mut self, organizations: Vec<Value>, services: Vec<Value>) -> Mapped {
        let owner = self.ctx.options.owner;
        // Organisations: their ids, for the services' foreign keys.
        let mut orgs: Vec<OrgDraft> = Vec::new();
        let mut org_by_raw: HashMap<String, Option<Uuid>> = HashMap::new();
        let mut org_seen: HashMap<Uuid, String> = HashMap::new();
        for (i, value) in organizations.into_iter().enumerate() {
            let Value::Object(v) = value else {
                continue;
            };
            let nested = flag(&v, "__nested");
            let row = v.get(ROW).and_then(Value::as_u64).unwrap_or(i as u64 + 1);
            let at = At::new("organization", Some(row), raw(&v, "id"));
            let id = if nested {
                uuid_of(&v, "id")
                    .unwrap_or_else(|| derive_id(&self.ns, &format!("organization#{}", content_key(&v))))
            } else {
                self.read("organization");
                self.row_id(&at, "organization", &v)
            };
            let key = content_key(&v);
            if let Some(first) = org_seen.get(&id) {
                if !nested && *first != key {
                    self.report
                        .skipped_row(&at, "duplicate id: the first organisation with this id was kept");
                } else if !nested {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                }
                continue;
            }
            if raw(&v, "name").is_none() {
                self.report.skipped_row(
                    &at,
                    "no name (required): the organisation and its services are left out",
                );
                if let Some(r) = raw(&v, "id") {
                    org_by_raw.insert(r, None);
                }
                continue;
            }
            if let Some(r) = raw(&v, "id") {
                org_by_raw.insert(r, Some(id));
            }
            org_seen.insert(id, key);
            orgs.push(OrgDraft { at, id, value: v });
        }
        let only_org = (orgs.len() == 1).then(|| orgs[0].id);
        if let Some(owner) = owner {
            for org in orgs.iter().filter(|o| o.id != owner) {
                self.report.warning(
                    &org.at,
                    None,
                    "not imported: an editor's import goes into their own organisation, and every service in the \
                     file is attached to it",
                );
            }
        }

        // Services.
        let total = services.len() as u64;
        self.ctx.progress.start("services", total);
        let mut out: Vec<(At, Service)> = Vec::with_capacity(services.len());
        let mut seen: HashMap<Uuid, String> = HashMap::new();
        let mut org_country: HashMap<Uuid, CountryCode> = HashMap::new();
        let mut deferred: Vec<(At, Obj, Uuid, Uuid, Option<Service>, Located)> = Vec::new();
        for (i, value) in services.into_iter().enumerate() {
            self.ctx.progress.advance(1);
            let Value::Object(v) = value else {
                continue;
            };
            let row = v.get(ROW).and_then(Value::as_u64).unwrap_or(i as u64 + 1);
            let at = At::new("service", Some(row), raw(&v, "id"));
            self.read("service");
            let has_name = raw(&v, "name").is_some() || obj_nonempty(&v, "x_ruta_names");
            if !has_name {
                self.report.skipped_row(&at, "no name (required)");
                continue;
            }
            let mut id = self.row_id(&at, "service", &v);
            let key = content_key(&v);
            if let Some(first) = seen.get(&id) {
                if *first == key {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                    continue;
                }
                id = derive_id(&self.ns, &format!("service#{key}"));
                self.report.fixed(
                    &at,
                    "id",
                    "duplicate id with different content: this row got an id derived from its content",
                );
                if seen.contains_key(&id) {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                    continue;
                }
            }
            seen.insert(id, key);

            let organization_id = match owner {
                Some(owner) => owner,
                None => match self.organization_of(&at, &v, &org_by_raw, only_org) {
                    Some(org) => org,
                    None => continue,
                },
            };
            let existing = self.ctx.known.service(&id).cloned();
            if let Some(existing) = &existing
                && owner.is_some()
                && existing.organization_id != organization_id
            {
                self.report
                    .skipped_row(&at, "a service with this id belongs to another organisation");
                continue;
            }
            let located = self.located(&at, &v, id);
            let country = located.country.or_else(|| existing.as_ref().map(|e| e.country));
            let Some(country) = country else {
                deferred.push((at, v, id, organization_id, existing, located));
                continue;
            };
            let located = Located {
                country: Some(country),
                ..located
            };
            if let Some(service) = self.service(&at, &v, id, organization_id, existing.as_ref(), located) {
                org_country.entry(organization_id).or_insert(service.country);
                out.push((at, service));
            }
        }
        // Services that say nothing of their country: the file's most common one (a national directory's
        // export), reported.
        let mut tally: HashMap<CountryCode, usize> = HashMap::new();
        for (_, s) in &out {
            *tally.entry(s.country).or_default() += 1;
        }
        let common = tally
            .into_iter()
            .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
            .map(|(c, _)| c);
        for (at, v, id, organization_id, existing, located) in deferred {
            let Some(country) = common else {
                self.report.skipped_row(
                    &at,
                    "no country: neither an address, a point in the region, a service area nor Ruta's record \
                     says which",
                );
                continue;
            };
            self.report.fixed(
                &at,
                "country",
                format!("no country given: the file's most common, {country}"),
            );
            let located = Located {
                country: Some(country),
                ..located
            };
            if let Some(service) = self.service(&at, &v, id, organization_id, existing.as_ref(), located) {
                org_country.entry(organization_id).or_insert(service.country);
                out.push((at, service));
            }
        }
        self.ctx.progress.finish();

        for table in std::mem::take(&mut self.derived_ids) {
            self.report.warning(
                &At::file(table),
                Some("id"),
                "ids are not UUIDs: each got a stable UUIDv5 derived from the source name, the table and the id, \
                 so importing the same file again updates the same records",
            );
        }

        let organizations = if owner.is_some() {
            Vec::new()
        } else {
            orgs.into_iter()
                .map(|draft| {
                    let lang = org_country.get(&draft.id).map(|c| self.text_language(*c));
                    let org = self.organization(&draft, lang);
                    (draft.at, org)
                })
                .collect()
        };
        Mapped {
            organizations,
            services: out,
            report: self.report,
        }
    }

    fn organization_of(
        &mut self,
        at: &At,
        v: &Obj,
        org_by_raw: &HashMap<String, Option<Uuid>>,
        only_org: Option<Uuid>,
    ) -> Option<Uuid> {
        let given = raw(v, "organization_id");
        if let Some(given) = &given {
            match org_by_raw.get(given) {
                Some(Some(id)) => return Some(*id),
                Some(None) => {
                    self.report.skipped_row(at, "its organisation was left out");
                    return None;
                }
                None => {}
            }
            if let Ok(uuid) = Uuid::parse_str(given)
                && self.ctx.known.organization(&uuid).is_some()
            {
                return Some(uuid);
            }
        }
        if let Some(only) = only_org {
            let why = if given.is_some() {
                "organization_id matches no organisation: attached to the file's only organisation"
            } else {
                "no organization_id: attached to the file's only organisation"
            };
            self.report.fixed(at, "organization_id", why);
            return Some(only);
        }
        let why = if given.is_some() {
            "its organization_id matches no organisation in the file or in Ruta"
        } else {
            "no organization_id, and the file has several organisations (or none)"
        };
        self.report.skipped_row(at, why);
        None
    }

    fn organization(&mut self, draft: &OrgDraft, lang: Option<String>) -> Organization {
        let v = &draft.value;
        let at = &draft.at;
        let existing = self.ctx.known.organization(&draft.id).cloned();
        let name = self.text(at, v, "name").unwrap_or_default();
        let name = truncate(&name, MAX_NAME).unwrap_or(name);
        let description = self.text(at, v, "description");
        let descriptions = match (description, &existing) {
            (None, Some(e)) => e.descriptions.clone(),
            (None, None) => Localized::new(),
            (Some(d), Some(e)) if e.descriptions.values().any(|t| *t == d) => e.descriptions.clone(),
            (Some(d), _) => {
                let mut texts = Localized::new();
                texts.insert(lang.unwrap_or_else(|| "es".to_owned()), d);
                texts
            }
        };
        let website = first_raw(v, &["website", "url"]);
        let email = raw(v, "email");
        let verified_at = raw(v, "x_ruta_verified_at")
            .and_then(|t| instant(&t))
            .or_else(|| existing.as_ref().and_then(|e| e.verified_at));
        Organization {
            id: draft.id,
            name,
            descriptions,
            website,
            email,
            verified_at,
            demo: flag(v, "x_ruta_demo") || existing.is_some_and(|e| e.demo),
        }
    }

    /// One service, or `None` (reported) when it cannot be imported.
    fn service(
        &mut self,
        at: &At,
        v: &Obj,
        id: Uuid,
        organization_id: Uuid,
        existing: Option<&Service>,
        located: Located,
    ) -> Option<Service> {
        let Located {
            place,
            area,
            confidential_area,
            country,
        } = located;
        let country = country?;
        let lang = self.text_language(country);
        let names = self.texts(at, v, "x_ruta_names", "name", &lang, MAX_NAME);
        if names.is_empty() {
            self.report.skipped_row(at, "no name (required)");
            return None;
        }
        let descriptions = self.texts(
            at,
            v,
            "x_ruta_descriptions",
            "description",
            &lang,
            MAX_DESCRIPTION,
        );

        let (mut kinds, populations, mut delivery) = self.terms(at, v);
        if kinds.is_empty() {
            kinds.push(ServiceKind::Other);
            self.report.fixed(
                at,
                "attributes",
                "no kind of service given or recognised: set to other",
            );
        }
        let languages = self.languages(at, v);
        let phones = self.phones(at, v, place.as_ref(), country);
        let hours = self.hours(at, v, place.as_ref(), country);
        let cost = self.cost(at, v);
        let status = self.status(at, v);
        let capacity = match raw(v, "x_ruta_capacity") {
            Some(c) => c.parse::<Capacity>().unwrap_or_else(|_| {
                self.report
                    .skipped_field(at, "x_ruta_capacity", "not available, limited, full or unknown");
                Capacity::Unknown
            }),
            None => existing.map_or(Capacity::Unknown, |e| e.capacity),
        };
        let capacity_updated_at = match raw(v, "x_ruta_capacity") {
            Some(_) => raw(v, "x_ruta_capacity_updated_at").and_then(|t| instant(&t)),
            None => existing.and_then(|e| e.capacity_updated_at),
        };
        let last_verified_at = raw(v, "x_ruta_last_verified_at")
            .or_else(|| raw(v, "assured_date"))
            .and_then(|t| instant(&t));
        let confidential =
            flag(v, "x_ruta_confidential") || confidential_area || existing.is_some_and(|e| e.confidential);
        let demo = flag(v, "x_ruta_demo") || existing.is_some_and(|e| e.demo);

        let mut location = place.and_then(|p| {
            let point = p.point?;
            Some(Location {
                point,
                address: p.address,
                locality: p.locality,
                region: p.region,
                country: p.country.unwrap_or(country),
            })
        });
        if location.is_none()
            && confidential
            && let Some(kept) = existing.and_then(|e| e.location.clone())
        {
            self.report.fixed(
                at,
                "location",
                "a confidential shelter's premises are withheld from exports: the premises on record were kept",
            );
            location = Some(kept);
        }

        if delivery.is_empty() {
            if location.is_some() {
                delivery.push(DeliveryMode::InPerson);
            }
            if kinds.contains(&ServiceKind::Hotline) {
                delivery.push(DeliveryMode::Phone);
            }
            if delivery.is_empty() {
                delivery.push(DeliveryMode::InPerson);
            }
        }
        let remote = delivery.iter().any(|d| d.is_remote());
        let mut area = area;
        if location.is_none() && !remote && !confidential {
            self.report.warning(
                at,
                Some("location"),
                "no premises and no remote delivery: the service cannot be found by place or by area",
            );
        }
        if location.is_none() && !confidential && area == ServiceArea::default() {
            area.countries.push(country);
            self.report.fixed(
                at,
                "service_areas",
                "no premises and no service area: its area is its country",
            );
        }
        if remote && area == ServiceArea::default() {
            self.report.warning(
                at,
                Some("service_areas"),
                "remote delivery without a service area: remote searches will not find it",
            );
        }

        let now = self.ctx.options.now;
        let updated_at = raw(v, "last_modified").and_then(|t| instant(&t)).unwrap_or(now);
        Some(Service {
            id,
            organization_id,
            names,
            descriptions,
            kinds,
            populations,
            languages,
            cost,
            delivery,
            hours,
            phones,
            area,
            status,
            capacity,
            capacity_updated_at,
            last_verified_at,
            confidential,
            demo,
            location,
            country,
            created_at: existing.map_or(now, |e| e.created_at),
            updated_at,
        })
    }

    /// Where a service is: its place, its area, and the country they say.
    fn located(&mut self, at: &At, v: &Obj, id: Uuid) -> Located {
        let place = self.place(at, v);
        let (area, confidential_area, area_countries) = self.area(at, v, id);
        let country = place
            .as_ref()
            .and_then(|p| p.country)
            .or_else(|| area_countries.first().copied());
        Located {
            place,
            area,
            confidential_area,
            country,
        }
    }

    /// Texts in every language (`x_ruta_names`), or the one text in the country's language.
    fn texts(&mut self, at: &At, v: &Obj, all: &str, one: &str, lang: &str, max: usize) -> Localized {
        let mut texts = Localized::new();
        if let Some(map) = v.get(all).and_then(Value::as_object) {
            for (tag, text) in map {
                let (Ok(tag), Some(text)) = (LanguageCode::parse(tag), text.as_str().map(str::trim)) else {
                    self.report.skipped_field(
                        at,
                        all,
                        "a key that is not a language code, or a value that is not text",
                    );
                    continue;
                };
                if !text.is_empty() {
                    let text = self.repaired(at, all, text.to_owned());
                    texts.insert(tag.to_string(), text);
                }
            }
        }
        if texts.is_empty()
            && let Some(text) = self.text(at, v, one)
        {
            texts.insert(lang.to_owned(), text);
        }
        for text in texts.values_mut() {
            if let Some(cut) = truncate(text, max) {
                self.report
                    .fixed(at, one, format!("longer than {max} characters: cut"));
                *text = cut;
            }
        }
        texts
    }

    fn terms(&mut self, at: &At, v: &Obj) -> (Vec<ServiceKind>, Vec<Population>, Vec<DeliveryMode>) {
        let (mut kinds, mut populations, mut delivery) = (Vec::new(), Vec::new(), Vec::new());
        let mut words: Vec<(At, String, String)> = Vec::new();
        for a in list(v, "attributes") {
            let Some(a) = a.as_object() else {
                continue;
            };
            let a_at = self.at_of("attribute", a, at);
            self.read("attribute");
            let term = a.get("taxonomy_term").and_then(Value::as_object);
            let term_id = uuid_of(a, "taxonomy_term_id").or_else(|| term.and_then(|t| uuid_of(t, "id")));
            let mut exact = term_id.and_then(|id| self.ruta_terms.get(&id).copied());
            if exact.is_none()
                && let Some(t) = term
                && let (Some(taxonomy), Some(code)) = (uuid_of(t, "taxonomy_id"), raw(t, "code"))
                && let Some(taxonomy) = self.ruta_taxonomies.get(&taxonomy).copied()
            {
                exact = taxonomy
                    .codes()
                    .iter()
                    .find(|c| **c == code)
                    .map(|c| (taxonomy, *c));
            }
            if let Some((taxonomy, code)) = exact {
                match taxonomy {
                    RutaTaxonomy::Kind => code.parse().into_iter().for_each(|k| push_unique(&mut kinds, k)),
                    RutaTaxonomy::Population => {
                        code.parse()
                            .into_iter()
                            .for_each(|p| push_unique(&mut populations, p));
                    }
                    RutaTaxonomy::Delivery => code
                        .parse()
                        .into_iter()
                        .for_each(|d| push_unique(&mut delivery, d)),
                }
                continue;
            }
            let Some(t) = term else {
                self.report
                    .skipped_row(&a_at, "its taxonomy term is not given and is not one of Ruta's");
                continue;
            };
            let name = first_raw(t, &["name", "term", "code"]).unwrap_or_default();
            let taxonomy =
                first_raw(t, &["taxonomy_detail_name", "taxonomy", "vocabulary"]).unwrap_or_default();
            let text = [raw(t, "name"), raw(t, "term"), raw(t, "code"), raw(a, "value")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let label = if taxonomy.is_empty() {
                format!("'{name}'")
            } else {
                format!("'{name}' of taxonomy '{taxonomy}'")
            };
            words.push((a_at, text, label));
        }
        for e in list(v, "x_import_eligibility") {
            if let Some(text) = e.as_str() {
                words.push((at.clone(), text.to_owned(), format!("eligibility '{text}'")));
            }
        }
        for (a_at, text, label) in words {
            let (k, p, d) = classify(&text);
            if k.is_empty() && p.is_empty() && d.is_empty() {
                if self.unmatched_terms.insert(label.clone()) {
                    self.report.skipped_field(
                        &a_at,
                        "taxonomy_term",
                        format!(
                            "term {label} names no Ruta kind, population or delivery mode (reported once)"
                        ),
                    );
                }
                continue;
            }
            k.into_iter().for_each(|k| push_unique(&mut kinds, k));
            p.into_iter().for_each(|p| push_unique(&mut populations, p));
            d.into_iter().for_each(|d| push_unique(&mut delivery, d));
        }
        (kinds, populations, delivery)
    }

    fn languages(&mut self, at: &At, v: &Obj) -> Vec<LanguageCode> {
        let mut out = Vec::new();
        for l in list(v, "languages") {
            let (l_at, texts, field) = match l {
                Value::String(s) => (at.clone(), s.clone(), "languages"),
                Value::Object(o) => {
                    let l_at = self.at_of("language", o, at);
                    self.read("language");
                    match (raw(o, "code"), first_raw(o, &["language", "name"])) {
                        (Some(code), _) => (l_at, code, "code"),
                        (None, Some(name)) => (l_at, name, "language"),
                        (None, None) => {
                            self.report.skipped_row(&l_at, "neither a code nor a name");
                            continue;
                        }
                    }
                }
                _ => continue,
            };
            for text in tolerant::split_multi(&texts) {
                match tolerant::language(text) {
                    Some((code, by_name)) => {
                        if by_name {
                            self.report
                                .fixed(&l_at, field, format!("read as the language code {code}"));
                        }
                        push_unique(&mut out, code);
                    }
                    None => self.report.skipped_field(
                        &l_at,
                        field,
                        "not a language code or a language name Ruta knows",
                    ),
                }
            }
        }
        out
    }

    /// The first location with usable coordinates, with its address; the first address's country even when no
    /// location has a point.
    fn place(&mut self, at: &At, v: &Obj) -> Option<Place> {
        let mut chosen: Option<Place> = None;
        let mut address_country: Option<CountryCode> = None;
        for sal in list(v, "service_at_locations") {
            let Some(sal) = sal.as_object() else {
                continue;
            };
            self.read("service_at_location");
            let Some(location) = sal.get("location").and_then(Value::as_object) else {
                continue;
            };
            let l_at = self.at_of("location", location, at);
            self.read("location");
            let (address, locality, region, country) = self.address(&l_at, location);
            if address_country.is_none() {
                address_country = country;
            }
            let lat = location
                .get("latitude")
                .or_else(|| location.get("lat"))
                .and_then(tolerant::number);
            let lon = location
                .get("longitude")
                .or_else(|| location.get("lng"))
                .or_else(|| location.get("lon"))
                .and_then(tolerant::number);
            let comma = ["latitude", "longitude", "lat", "lng", "lon"].iter().any(|k| {
                location
                    .get(*k)
                    .and_then(Value::as_str)
                    .is_some_and(|t| t.contains(','))
            });
            if comma && lat.is_some() && lon.is_some() {
                self.report
                    .fixed(&l_at, "latitude", "a decimal comma read as a decimal point");
            }
            let point = match (lat, lon) {
                (Some(lat), Some(lon)) => match tolerant::coordinates(lat, lon) {
                    Coordinates::AsGiven(p) => Some(p),
                    Coordinates::Swapped(p) => {
                        self.report.fixed(
                            &l_at,
                            "latitude",
                            "latitude and longitude were swapped: swapping them back puts the place in the region",
                        );
                        Some(p)
                    }
                    Coordinates::OutOfRange => {
                        self.report.skipped_field(
                            &l_at,
                            "latitude",
                            "coordinates out of range (even when swapped): the place is left out",
                        );
                        None
                    }
                    Coordinates::Zero => {
                        self.report.skipped_field(
                            &l_at,
                            "latitude",
                            "coordinates 0, 0 are a placeholder: the place is left out",
                        );
                        None
                    }
                },
                _ => {
                    let field = if lat.is_none() { "latitude" } else { "longitude" };
                    self.report
                        .skipped_field(&l_at, field, "missing or not a number: the place is left out");
                    None
                }
            };
            let Some(point) = point else {
                continue;
            };
            if chosen.is_some() {
                self.report
                    .skipped_row(&l_at, "Ruta keeps one place per service: the first was kept");
                continue;
            }
            let near = self
                .ctx
                .gazetteer
                .nearest(point)
                .filter(|p| distance_m(p.point, point) <= NEAR_M);
            let near_country = near.map(|p| p.country);
            let timezone = near
                .filter(|p| country.is_none_or(|c| c == p.country))
                .map(|p| p.timezone.clone())
                .filter(|z| !z.is_empty());
            if country.is_some() && near_country.is_some() && country != near_country {
                self.report.warning(
                    &l_at,
                    Some("country"),
                    "the address's country is not the country the coordinates are in",
                );
            }
            chosen = Some(Place {
                point: Some(point),
                address,
                locality,
                region,
                country: country.or(near_country),
                timezone,
                location: location.clone(),
            });
        }
        chosen.or_else(|| {
            address_country.map(|c| Place {
                point: None,
                address: None,
                locality: None,
                region: None,
                country: Some(c),
                timezone: None,
                location: Obj::new(),
            })
        })
    }

    fn address(
        &mut self,
        l_at: &At,
        location: &Obj,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<CountryCode>,
    ) {
        let addresses: Vec<&Obj> = list(location, "addresses")
            .iter()
            .chain(list(location, "physical_addresses"))
            .filter_map(Value::as_object)
            .collect();
        for _ in &addresses {
            self.read("address");
        }
        let physical = addresses
            .iter()
            .find(|a| raw(a, "address_type").is_none_or(|t| t.eq_ignore_ascii_case("physical")));
        let Some(a) = physical.or(addresses.first()).copied() else {
            return (None, None, None, None);
        };
        let a_at = self.at_of("address", a, l_at);
        let street = match (self.text(&a_at, a, "address_1"), self.text(&a_at, a, "address_2")) {
            (Some(one), Some(two)) => Some(format!("{one}, {two}")),
            (one, two) => one.or(two),
        };
        let locality = self.text(&a_at, a, "city");
        let region = self
            .text(&a_at, a, "state_province")
            .or_else(|| self.text(&a_at, a, "region"));
        let country = match raw(a, "country") {
            Some(text) => {
                let country = self.country(&text);
                if country.is_none() {
                    self.report.skipped_field(
                        &a_at,
                        "country",
                        "not an ISO 3166-1 code or a country name Ruta knows",
                    );
                } else if text.trim().len() != 2 {
                    self.report
                        .fixed(&a_at, "country", "a country name: read as its ISO 3166-1 code");
                }
                country
            }
            None => None,
        };
        (street, locality, region, country)
    }

    /// The service area; whether the file marks a confidential shelter (Ruta's export does, with an area of
    /// its own); and the countries the areas name.
    fn area(&mut self, at: &At, v: &Obj, service_id: Uuid) -> (ServiceArea, bool, Vec<CountryCode>) {
        let mut area = ServiceArea::default();
        let mut confidential = false;
        let mut countries = Vec::new();
        let marker = derive_id(
            &derive_id(&RUTA_NAMESPACE, "service_area"),
            &format!("{service_id}/confidential"),
        );
        for a in list(v, "service_areas") {
            let Some(a) = a.as_object() else {
                continue;
            };
            let a_at = self.at_of("service_area", a, at);
            self.read("service_area");
            let description = raw(a, "description").unwrap_or_default();
            let code = raw(a, "x_ruta_code");
            let name = first_raw(a, &["name", "service_area"]).map(|n| self.repaired(&a_at, "name", n));
            if uuid_of(a, "id") == Some(marker) || description.starts_with("A confidential shelter") {
                confidential = true;
                let hint = code
                    .as_deref()
                    .and_then(|c| CountryCode::parse(c.get(..2).unwrap_or(c)).ok())
                    .or_else(|| {
                        name.as_deref()
                            .and_then(|n| self.country(n.rsplit(',').next().unwrap_or(n)))
                    });
                if let Some(hint) = hint {
                    push_unique(&mut countries, hint);
                }
                continue;
            }
            if let Some(code) = code {
                if let Some(region) = Self::region_code(&code) {
                    if let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok()) {
                        push_unique(&mut countries, c);
                    }
                    push_unique(&mut area.regions, region);
                    continue;
                }
                if let Ok(c) = CountryCode::parse(&code) {
                    push_unique(&mut area.countries, c);
                    push_unique(&mut countries, c);
                    continue;
                }
            }
            let extent = raw(a, "extent");
            let geojson = raw(a, "extent_type").is_some_and(|t| t.eq_ignore_ascii_case("geojson"))
                || extent.as_deref().is_some_and(|e| e.starts_with('{'));
            if let (Some(extent), true) = (extent, geojson) {
                match polygon(&extent) {
                    Some((rings, several)) => {
                        if several {
                            self.report
                                .fixed(&a_at, "extent", "a MultiPolygon: its first polygon was kept");
                        }
                        if area.polygon.is_some() {
                            self.report
                                .skipped_row(&a_at, "Ruta keeps one polygon per service: the first was kept");
                        } else {
                            area.polygon = Some(rings);
                        }
                        continue;
                    }
                    None => self.report.skipped_field(
                        &a_at,
                        "extent",
                        "not a GeoJSON Polygon with coordinates in range",
                    ),
                }
            }
            let Some(name) = name else {
                self.report.skipped_row(&a_at, "no name, code or polygon");
                continue;
            };
            if self.area_name(&name, &mut area, &mut countries) {
                continue;
            }
            // A legacy cell listing several places.
            let parts: Vec<&str> = tolerant::split_multi(&name).collect();
            let mut trial = ServiceArea::default();
            let mut trial_countries = Vec::new();
            if parts.len() > 1
                && parts
                    .iter()
                    .all(|p| self.area_name(p, &mut trial, &mut trial_countries))
            {
                self.report
                    .fixed(&a_at, "name", "several places in one cell: read each");
                trial
                    .countries
                    .into_iter()
                    .for_each(|c| push_unique(&mut area.countries, c));
                trial
                    .regions
                    .into_iter()
                    .for_each(|r| push_unique(&mut area.regions, r));
                trial_countries
                    .into_iter()
                    .for_each(|c| push_unique(&mut countries, c));
                continue;
            }
            self.report.skipped_row(
                &a_at,
                "not a country, an ISO 3166-2 code, a first-level division or a GeoJSON polygon Ruta knows",
            );
        }
        (area, confidential, countries)
    }

    /// Reads one area name into `area`: a region code, a country, "division, country" or a division.
    fn area_name(&self, name: &str, area: &mut ServiceArea, countries: &mut Vec<CountryCode>) -> bool {
        if let Some(region) = Self::region_code(name)
            && let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok())
            && self.ctx.countries.get(c).is_some()
        {
            push_unique(countries, c);
            push_unique(&mut area.regions, region);
            return true;
        }
        if let Some(c) = self.country(name) {
            push_unique(&mut area.countries, c);
            push_unique(countries, c);
            return true;
        }
        if let Some((division, country)) = name.rsplit_once(',')
            && let Some(c) = self.country(country)
            && let Some(region) = self.divisions.get(&(c, fold(division)))
        {
            push_unique(countries, c);
            push_unique(&mut area.regions, region.clone());
            return true;
        }
        if let Some(codes) = self.division_names.get(&fold(name))
            && codes.len() == 1
            && let Some(region) = codes.iter().next()
        {
            if let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok()) {
                push_unique(countries, c);
            }
            push_unique(&mut area.regions, region.clone());
            return true;
        }
        false
    }

    fn phones(&mut self, at: &At, v: &Obj, place: Option<&Place>, country: CountryCode) -> Vec<Phone> {
        let mut sources: Vec<&Value> = list(v, "phones").iter().collect();
        if sources.is_empty() {
            for sal in list(v, "service_at_locations") {
                if let Some(sal) = sal.as_object() {
                    sources.extend(list(sal, "phones"));
                }
            }
        }
        if sources.is_empty()
            && let Some(place) = place
        {
            sources.extend(list(&place.location, "phones"));
        }
        let mut out: Vec<Phone> = Vec::new();
        for p in sources {
            let Some(p) = p.as_object() else {
                continue;
            };
            let p_at = self.at_of("phone", p, at);
            self.read("phone");
            let kind = raw(p, "type").map(|t| t.to_ascii_lowercase());
            if matches!(kind.as_deref(), Some("fax" | "pager")) {
                self.report
                    .skipped_row(&p_at, "a fax or pager number: survivors cannot use it");
                continue;
            }
            let Some(text) = raw(p, "number") else {
                self.report.skipped_row(&p_at, "no number (required)");
                continue;
            };
            let number = match tolerant::phone(&text, Some(country)) {
                PhoneNumber::International(n) => n,
                PhoneNumber::Localised(n) => {
                    self.report.fixed(
                        &p_at,
                        "number",
                        format!("a local number: written in E.164 with the calling code of {country}"),
                    );
                    n
                }
                PhoneNumber::Unreadable => {
                    self.report.skipped_row(
                        &p_at,
                        format!(
                            "not a valid phone number, internationally or in {country}: the phone is left out"
                        ),
                    );
                    continue;
                }
            };
            let description = self.text(&p_at, p, "description");
            let (described_channels, label) = described(description.as_deref());
            let mut channels: Vec<PhoneChannel> = list(p, "x_ruta_channels")
                .iter()
                .filter_map(|c| c.as_str())
                .filter_map(|c| serde_json::from_value(Value::from(c)).ok())
                .collect();
            if channels.is_empty() {
                channels = described_channels.unwrap_or_default();
            }
            if channels.is_empty() {
                channels = match kind.as_deref() {
                    Some("text" | "sms") => vec![PhoneChannel::Sms],
                    Some("cell" | "mobile") => vec![PhoneChannel::Voice, PhoneChannel::Sms],
                    Some(_) => vec![PhoneChannel::Voice],
                    None => {
                        self.report.fixed(&p_at, "type", "no type: taken as a voice line");
                        vec![PhoneChannel::Voice]
                    }
                };
                if description
                    .as_deref()
                    .is_some_and(|d| fold(d).contains("whatsapp"))
                {
                    push_unique(&mut channels, PhoneChannel::Whatsapp);
                }
            }
            let mut label = label;
            if let Some(extension) = raw(p, "extension") {
                label = Some(match label {
                    Some(l) => format!("{l}, ext. {extension}"),
                    None => format!("ext. {extension}"),
                });
            }
            match out.iter_mut().find(|o| o.number == number) {
                Some(same) => {
                    for c in channels {
                        push_unique(&mut same.channels, c);
                    }
                }
                None => out.push(Phone {
                    number,
                    channels,
                    label,
                }),
            }
        }
        out
    }

    /// The IANA zone of a service's hours, and how it was found (`None`: given).
    fn zone(
        &mut self,
        schedules: &[&Obj],
        place: Option<&Place>,
        country: CountryCode,
    ) -> Option<(Tz, Option<&'static str>)> {
        for s in schedules {
            if let Some(zone) = raw(s, "x_ruta_timezone").and_then(|z| z.parse::<Tz>().ok()) {
                return Some((zone, None));
            }
        }
        for s in schedules {
            let Some(description) = raw(s, "description") else {
                continue;
            };
            let zone = description
                .split(|c: char| c.is_whitespace() || "(),;".contains(c))
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| w.contains('/'))
                .find_map(|w| w.parse::<Tz>().ok());
            if let Some(zone) = zone {
                return Some((zone, Some("read from the schedule's description")));
            }
        }
        if let Some(zone) = place
            .and_then(|p| p.timezone.as_deref())
            .and_then(|z| z.parse::<Tz>().ok())
        {
            return Some((zone, Some("the zone of the place")));
        }
        let zones: Vec<Tz> = self
            .ctx
            .countries
            .get(country)?
            .timezones
            .iter()
            .filter_map(|z| z.parse::<Tz>().ok())
            .collect();
        let offset_h = schedules
            .iter()
            .find_map(|s| s.get("timezone").and_then(tolerant::number));
        let now = self.ctx.options.now;
        let matching = offset_h.and_then(|h| {
            zones.iter().copied().find(|z| {
                let seconds = now.with_timezone(z).offset().fix().local_minus_utc();
                (f64::from(seconds) / 3600.0 - h).abs() < 0.01
            })
        });
        matching
            .map(|z| (z, Some("the country's zone with the schedule's UTC offset")))
            .or_else(|| zones.first().map(|z| (*z, Some("the country's main zone"))))
    }

    fn hours(&mut self, at: &At, v: &Obj, place: Option<&Place>, country: CountryCode) -> Option<Schedule> {
        let mut schedules: Vec<&Obj> = list(v, "schedules").iter().filter_map(Value::as_object).collect();
        if schedules.is_empty() {
            for sal in list(v, "service_at_locations") {
                if let Some(sal) = sal.as_object() {
                    schedules.extend(list(sal, "schedules").iter().filter_map(Value::as_object));
                }
            }
        }
        if schedules.is_empty()
            && let Some(place) = place
        {
            schedules.extend(
                list(&place.location, "schedules")
                    .iter()
                    .filter_map(Value::as_object),
            );
        }
        if schedules.is_empty() {
            return None;
        }
        let Some((zone, how)) = self.zone(&schedules, place, country) else {
            for s in &schedules {
                self.read("schedule");
                let s_at = self.at_of("schedule", s, at);
                self.report.skipped_row(
                    &s_at,
                    format!(
                        "no time zone: the schedule gives none and {country}'s is not known; hours left out"
                    ),
                );
            }
            return None;
        };
        if let Some(how) = how {
            self.report.fixed(
                at,
                "schedules",
                format!("time zone not given: {} ({how})", zone.name()),
            );
        }
        let mut intervals: Vec<(Weekday, u16, u16)> = Vec::new();
        for s in &schedules {
            self.read("schedule");
            let s_at = self.at_of("schedule", s, at);
            if let Some(freq) = raw(s, "freq")
                && !freq.eq_ignore_ascii_case("weekly")
            {
                self.report.skipped_row(&s_at, "only weekly hours are kept");
                continue;
            }
            let days = match first_raw(s, &["byday", "weekday", "days", "day"]) {
                Some(text) => match tolerant::weekdays(&text) {
                    Some(days) => {
                        if !is_ical_days(&text) {
                            self.report.fixed(&s_at, "byday", "weekday names read as days");
                        }
                        days
                    }
                    None => {
                        self.report
                            .skipped_row(&s_at, "its days are not weekdays Ruta can read");
                        continue;
                    }
                },
                None => {
                    self.report
                        .fixed(&s_at, "byday", "no day given: taken as every day");
                    Weekday::ALL.to_vec()
                }
            };
            let mut times = [0u16; 2];
            let mut ok = true;
            for (slot, field) in times.iter_mut().zip(["opens_at", "closes_at"]) {
                match raw(s, field).map(|t| (tolerant::time_of_day(&t), t)) {
                    Some((Some(minutes), text)) => {
                        if !is_hh_mm(&text) {
                            let shown = if field == "closes_at" && minutes == 0 {
                                1440
                            } else {
                                minutes
                            };
                            self.report
                                .fixed(&s_at, field, format!("read as {}", tolerant::clock(shown)));
                        }
                        *slot = minutes;
                    }
                    Some((None, _)) => {
                        self.report
                            .skipped_row(&s_at, format!("{field} is not a time of day"));
                        ok = false;
                        break;
                    }
                    None => {
                        self.report.skipped_row(&s_at, format!("no {field}"));
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let [opens, mut closes] = times;
            if opens >= 1440 {
                self.report
                    .skipped_row(&s_at, "opens at midnight at the end of the day");
                continue;
            }
            if closes == 0 || (opens == 0 && closes == opens) {
                closes = 1440;
            } else if closes == opens {
                self.report
                    .skipped_row(&s_at, "opens and closes at the same time");
                continue;
            }
            for day in days {
                if !intervals.contains(&(day, opens, closes)) {
                    intervals.push((day, opens, closes));
                }
            }
        }
        if intervals.is_empty() {
            return None;
        }
        let always_open = Weekday::ALL.iter().all(|d| {
            intervals
                .iter()
                .any(|&(day, o, c)| day == *d && o == 0 && c >= 1439)
        });
        let wire = WeeklyHours {
            timezone: zone.name().to_owned(),
            always_open,
            intervals: if always_open {
                Vec::new()
            } else {
                intervals
                    .into_iter()
                    .map(|(day, o, c)| OpeningInterval {
                        day,
                        opens: tolerant::clock(o),
                        closes: tolerant::clock(c),
                    })
                    .collect()
            },
        };
        match Schedule::parse(&wire) {
            Ok(schedule) => Some(schedule),
            Err(e) => {
                self.report
                    .skipped_field(at, "schedules", format!("hours left out: {e}"));
                None
            }
        }
    }

    fn cost(&mut self, at: &At, v: &Obj) -> Cost {
        for o in list(v, "cost_options") {
            if let Some(cost) = o
                .as_object()
                .and_then(|o| raw(o, "x_ruta_cost"))
                .and_then(|c| c.parse().ok())
            {
                self.count_cost_rows(v);
                return cost;
            }
        }
        let mut seen: Vec<Cost> = Vec::new();
        for o in list(v, "cost_options") {
            let Some(o) = o.as_object() else {
                continue;
            };
            let words = [raw(o, "option"), raw(o, "amount_description")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let amount = o.get("amount").and_then(tolerant::number);
            let cost = cost_words(&words).or(match amount {
                Some(a) if a <= 0.0 => Some(Cost::Free),
                Some(_) => Some(Cost::Paid),
                None => None,
            });
            if let Some(cost) = cost {
                push_unique(&mut seen, cost);
            }
        }
        self.count_cost_rows(v);
        let from_options = match seen.as_slice() {
            [] => None,
            [one] => Some(*one),
            several if several.contains(&Cost::Free) => Some(Cost::Low),
            several if several.contains(&Cost::Low) => Some(Cost::Low),
            _ => Some(Cost::Paid),
        };
        if let Some(cost) = from_options {
            return cost;
        }
        if let Some(cost) = first_raw(v, &["fees_description", "fees"]).and_then(|f| cost_words(&f)) {
            return cost;
        }
        self.report
            .fixed(at, "cost_options", "cost not given: taken as free");
        Cost::Free
    }

    fn count_cost_rows(&mut self, v: &Obj) {
        for _ in list(v, "cost_options") {
            self.read("cost_option");
        }
    }

    fn status(&mut self, at: &At, v: &Obj) -> ServiceStatus {
        let Some(text) = raw(v, "status") else {
            self.report.fixed(at, "status", "no status: taken as active");
            return ServiceStatus::Active;
        };
        match fold(&text).as_str() {
            "active" | "activo" | "activa" | "ativo" | "open" => ServiceStatus::Active,
            "temporarily closed" | "temporarily_closed" | "inactive" | "inactivo" | "closed" => {
                ServiceStatus::TemporarilyClosed
            }
            "defunct" | "permanently closed" | "cerrado" => ServiceStatus::Defunct,
            _ => {
                self.report
                    .fixed(at, "status", "not an HSDS status: taken as active");
                ServiceStatus::Active
            }
        }
    }
}

fn obj_nonempty(v: &Obj, key: &str) -> bool {
    v.get(key)
        .and_then(Value::as_object)
        .is_some_and(|m| !m.is_empty())
}

fn is_ical_days(text: &str) -> bool {
    text.split(',')
        .all(|d| matches!(d.trim(), "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU"))
}

fn is_hh_mm(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    (t.len() == 5 || t.len() == 8)
        && b.get(2) == Some(&b':')
        && t.chars().all(|c| c.is_ascii_digit() || c == ':')
}

fn cost_words(text: &str) -> Option<Cost> {
    let folded = format!(" {} ", fold(text));
    if matches_any(
        &folded,
        &[
            "low cost",
            "bajo costo",
            "costo bajo",
            "baixo custo",
            "sliding*",
            "reduced",
            "donation*",
            "cuota de recuperacion",
        ],
    ) {
        return Some(Cost::Low);
    }
    if matches_any(
        &folded,
        &[
            "free",
            "gratis",
            "gratuit*",
            "no cost",
            "sin costo",
            "sem custo",
            "sin cargo",
            "no fee*",
            "gratuidad",
        ],
    ) {
        return Some(Cost::Free);
    }
    if matches_any(
        &folded,
        &[
            "paid", "pay*", "pago", "fee", "fees", "charge*", "price*", "precio*", "tarifa*",
        ],
    ) {
        return Some(Cost::Paid);
    }
    None
}

/// Channels and label from a description Ruta wrote (`"Intake line (voice, WhatsApp)"`, `"voice, SMS"`); any
/// other short description is the label.
fn described(description: Option<&str>) -> (Option<Vec<PhoneChannel>>, Option<String>) {
    let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) else {
        return (None, None);
    };
    let words = |list: &str| -> Option<Vec<PhoneChannel>> {
        list.split(',')
            .map(|w| match w.trim().to_ascii_lowercase().as_str() {
                "voice" => Some(PhoneChannel::Voice),
                "sms" => Some(PhoneChannel::Sms),
                "whatsapp" => Some(PhoneChannel::Whatsapp),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .filter(|c| !c.is_empty())
    };
    if let Some(channels) = words(d) {
        return (Some(channels), None);
    }
    if let Some(inner) = d.strip_suffix(')')
        && let Some((label, list)) = inner.rsplit_once(" (")
        && let Some(channels) = words(list)
    {
        return (
            Some(channels),
            Some(label.trim().to_owned()).filter(|l| !l.is_empty()),
        );
    }
    let label = (d.chars().count() <= MAX_LABEL).then(|| d.to_owned());
    (None, label)
}

/// The rings of a GeoJSON Polygon (or a MultiPolygon's first), checked; true when a MultiPolygon was cut.
fn polygon(text: &str) -> Option<(Vec<Vec<[f64; 2]>>, bool)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let geometry = if value.get("type").and_then(Value::as_str) == Some("Feature") {
        value.get("geometry")?.clone()
    } else {
        value
    };
    let (coordinates, several) = match geometry.get("type").and_then(Value::as_str)? {
        "Polygon" => (geometry.get("coordinates")?.clone(), false),
        "MultiPolygon" => {
            let all = geometry.get("coordinates")?.as_array()?;
            (all.first()?.clone(), all.len() > 1)
        }
        _ => return None,
    };
    let rings: Vec<Vec<[f64; 2]>> = coordinates
        .as_array()?
        .iter()
        .map(|ring| {
            ring.as_array()?
                .iter()
                .map(|p| {
                    let p = p.as_array()?;
                    let (x, y) = (p.first()?.as_f64()?, p.get(1)?.as_f64()?);
                    LatLon::new(y, x).ok().map(|_| [x, y])
                })
                .collect::<Option<Vec<_>>>()
                .filter(|r| r.len() >= 4)
        })
        .collect::<Option<Vec<_>>>()?;
    (!rings.is_empty()).then_some((rings, several))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_of_other_taxonomies_map_by_keyword() {
        let (k, p, d) = classify("Refugio para mujeres");
        assert_eq!(k, vec![ServiceKind::Shelter]);
        assert_eq!(p, vec![Population::Women]);
        assert!(d.is_empty());
        let (k, _, _) = classify("Mental Health Counseling");
        assert_eq!(
            k,
            vec![ServiceKind::Psychosocial],
            "mental health is not health care here"
        );
        let (k, _, _) = classify("Asesoría legal");
        assert_eq!(k, vec![ServiceKind::Legal]);
        let (_, p, _) = classify("Men's shelter");
        assert_eq!(p, vec![Population::Men]);
        let (_, p, _) = classify("Women");
        assert_eq!(p, vec![Population::Women], "'women' is not 'men'");
        let (k, p, d) = classify("name code");
        assert!(k.is_empty() && p.is_empty() && d.is_empty());
    }

    #[test]
    fn ruta_phone_descriptions_give_back_channels_and_label() {
        assert_eq!(
            described(Some("Línea de ingreso (voice, WhatsApp)")),
            (
                Some(vec![PhoneChannel::Voice, PhoneChannel::Whatsapp]),
                Some("Línea de ingreso".to_owned())
            )
        );
        assert_eq!(described(Some("SMS")), (Some(vec![PhoneChannel::Sms]), None));
        assert_eq!(described(Some("Recepción")), (None, Some("Recepción".to_owned())));
        let long = "x".repeat(200);
        assert_eq!(described(Some(&long)), (None, None));
    }

    #[test]
    fn polygons_are_checked() {
        let square = r#"{"type":"Polygon","coordinates":[[[-87,14],[-86,14],[-86,15],[-87,14]]]}"#;
        assert_eq!(polygon(square).map(|(r, m)| (r[0].len(), m)), Some((4, false)));
        assert!(
            polygon(r#"{"type":"Polygon","coordinates":[[[-87,140],[-86,14],[-86,15],[-87,14]]]}"#).is_none()
        );
        assert!(polygon("extent").is_none());
    }

    #[test]
    fn costs_from_words() {
        assert_eq!(cost_words("Free of charge."), Some(Cost::Free));
        assert_eq!(cost_words("Low cost"), Some(Cost::Low));
        assert_eq!(cost_words("Paid service."), Some(Cost::Paid));
        assert_eq!(cost_words("Gratuito"), Some(Cost::Free));
        assert_eq!(cost_words("Under 18s and Over 60s"), None);
    }
}
