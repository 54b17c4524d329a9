//! Spreadsheets: `.xlsx` and `.ods` workbooks (read with `calamine`) and `.csv` files in Ruta's template — one row
//! per service at a location, headers in English, Spanish, Portuguese or French — turned into HSDS 3.0 services,
//! so the mapper, the report and the dry run are the same as for any HSDS file.
//!
//! The template's columns are [`COLUMNS`]; only a service's name is required. Rows with the same organisation
//! and service name are one service at several locations. Kinds of service, populations and modalities are
//! free words (read like any taxonomy term: "albergue", "mujeres", "por teléfono"); hours are free text read
//! day by day ("lunes a viernes 8:00-17:00; sábado 9:00-13:00"). A workbook's first sheet whose first row
//! names at least two columns is read; the others are left.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::Reader as _;
use serde_json::{Map, Value, json};

use super::ImportError;
use super::limits::{Exceeded, Limits};
use super::read::Input;
use super::report::{At, Report};
use super::tables::ROW;
use super::tolerant::split_multi;
use crate::domain::text::fold;

/// A template column: its key, and its header in English, Spanish, Portuguese and French (the first of each is
/// what the downloadable template writes; every one is accepted, accents and case aside).
#[derive(Debug)]
pub struct Column {
    /// What the column holds.
    pub key: &'static str,
    /// Headers in English.
    pub en: &'static [&'static str],
    /// Headers in Spanish.
    pub es: &'static [&'static str],
    /// Headers in Portuguese.
    pub pt: &'static [&'static str],
    /// Headers in French.
    pub fr: &'static [&'static str],
}

macro_rules! column {
    ($key:literal, en: [$($en:literal),+], es: [$($es:literal),+], pt: [$($pt:literal),+], fr: [$($fr:literal),+]) => {
        Column { key: $key, en: &[$($en),+], es: &[$($es),+], pt: &[$($pt),+], fr: &[$($fr),+] }
    };
}

/// The template's columns, in the order the downloadable template writes them.
#[rustfmt::skip]
pub const COLUMNS: &[Column] = &[
    column!("organization", en: ["Organization", "Organisation", "Agency"], es: ["Organización", "Institución", "Entidad"], pt: ["Organização", "Instituição", "Entidade"], fr: ["Organisation", "Organisme", "Structure"]),
    column!("service", en: ["Service", "Service name", "Program"], es: ["Servicio", "Nombre del servicio", "Programa"], pt: ["Serviço", "Nome do serviço", "Programa"], fr: ["Service", "Nom du service", "Programme"]),
    column!("description", en: ["Description"], es: ["Descripción"], pt: ["Descrição"], fr: ["Description"]),
    column!("kind", en: ["Kind of service", "Type", "Category"], es: ["Tipo de servicio", "Tipo", "Categoría"], pt: ["Tipo de serviço", "Tipo", "Categoria"], fr: ["Type de service", "Type", "Catégorie"]),
    column!("populations", en: ["Serves", "Population", "Populations", "Who it serves"], es: ["Atiende a", "Población", "Población atendida", "Dirigido a"], pt: ["Atende", "População", "Público"], fr: ["Public", "Population", "Publics"]),
    column!("modality", en: ["How", "Modality", "Delivery"], es: ["Modalidad", "Cómo"], pt: ["Modalidade", "Como"], fr: ["Modalité", "Comment"]),
    column!("languages", en: ["Languages"], es: ["Idiomas", "Lenguas"], pt: ["Idiomas", "Línguas"], fr: ["Langues"]),
    column!("phone", en: ["Phone", "Telephone"], es: ["Teléfono"], pt: ["Telefone"], fr: ["Téléphone"]),
    column!("whatsapp", en: ["WhatsApp"], es: ["WhatsApp"], pt: ["WhatsApp"], fr: ["WhatsApp"]),
    column!("email", en: ["Email", "E-mail"], es: ["Correo electrónico", "Correo", "Email"], pt: ["E-mail", "Email", "Correio eletrônico"], fr: ["Courriel", "E-mail", "Email"]),
    column!("website", en: ["Website", "Web", "URL"], es: ["Sitio web", "Página web", "Web"], pt: ["Site", "Sítio web", "Página"], fr: ["Site web", "Site internet", "Site"]),
    column!("address", en: ["Address", "Street address"], es: ["Dirección"], pt: ["Endereço"], fr: ["Adresse"]),
    column!("city", en: ["City", "Town", "Locality"], es: ["Ciudad", "Municipio", "Localidad"], pt: ["Cidade", "Município", "Localidade"], fr: ["Ville", "Commune", "Localité"]),
    column!("region", en: ["Region", "State", "Province", "Department"], es: ["Departamento", "Estado", "Provincia", "Región"], pt: ["Estado", "Região", "Província"], fr: ["Département", "Région", "Province"]),
    column!("postal_code", en: ["Postal code", "ZIP", "Postcode"], es: ["Código postal"], pt: ["CEP", "Código postal"], fr: ["Code postal"]),
    column!("country", en: ["Country"], es: ["País"], pt: ["País"], fr: ["Pays"]),
    column!("latitude", en: ["Latitude", "Lat"], es: ["Latitud"], pt: ["Latitude"], fr: ["Latitude"]),
    column!("longitude", en: ["Longitude", "Lon", "Lng"], es: ["Longitud"], pt: ["Longitude"], fr: ["Longitude"]),
    column!("hours", en: ["Hours", "Opening hours"], es: ["Horario", "Horarios"], pt: ["Horário", "Horários"], fr: ["Horaires", "Heures d'ouverture"]),
    column!("cost", en: ["Cost", "Fees"], es: ["Costo", "Coste", "Tarifa"], pt: ["Custo", "Preço"], fr: ["Coût", "Tarif"]),
    column!("eligibility", en: ["Requirements", "Eligibility"], es: ["Requisitos"], pt: ["Requisitos"], fr: ["Conditions"]),
    column!("application_process", en: ["How to get help", "How to apply"], es: ["Cómo recibir ayuda", "Cómo acceder"], pt: ["Como receber ajuda", "Como acessar"], fr: ["Comment recevoir de l'aide", "Comment y accéder"]),
    column!("alternate_name", en: ["Also known as", "Other name"], es: ["También conocido como", "Otro nombre"], pt: ["Também conhecido como", "Outro nome"], fr: ["Aussi appelé", "Autre nom"]),
    column!("id", en: ["Id", "Service id"], es: ["Id", "Código"], pt: ["Id", "Código"], fr: ["Id", "Identifiant"]),
];

impl Column {
    fn headers(&self) -> impl Iterator<Item = &'static str> {
        self.en
            .iter()
            .chain(self.es)
            .chain(self.pt)
            .chain(self.fr)
            .copied()
    }

    /// The header the downloadable template writes in `lang` (`en`, `es`, `pt`, `fr`; English otherwise).
    pub fn header(&self, lang: &str) -> &'static str {
        let names = match lang.split(['-', '_']).next().unwrap_or_default() {
            "es" => self.es,
            "pt" => self.pt,
            "fr" => self.fr,
            _ => self.en,
        };
        names.first().copied().unwrap_or(self.key)
    }
}

/// The downloadable template: its header row in `lang`, as CSV (UTF-8 with a byte-order mark, which spreadsheet
/// programs need to read accents).
pub fn template_csv(lang: &str) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(COLUMNS.iter().map(|c| c.header(lang)));
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// Which template column each cell of a header row is, when the row names at least two (one a service or an
/// organisation).
pub fn header_columns(cells: &[String]) -> Option<Vec<Option<&'static str>>> {
    static HEADERS: std::sync::LazyLock<HashMap<String, &'static str>> = std::sync::LazyLock::new(|| {
        let mut map = HashMap::new();
        for column in COLUMNS {
            for header in column.headers() {
                map.entry(fold(header)).or_insert(column.key);
            }
            map.entry(fold(column.key)).or_insert(column.key);
        }
        map
    });
    let columns: Vec<Option<&'static str>> = cells.iter().map(|c| HEADERS.get(&fold(c)).copied()).collect();
    let known = columns.iter().flatten().count();
    let named = columns
        .iter()
        .flatten()
        .any(|k| *k == "service" || *k == "organization");
    (known >= 2 && named).then_some(columns)
}

/// Reads a CSV file in the template (its header row already found by [`header_columns`]).
pub fn read_csv(bytes: &[u8], limits: Limits, report: &mut Report) -> Result<Input, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => {
            report.warning(
                &At::file("service"),
                None,
                "the file is not UTF-8: read as Windows-1252",
            );
            encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0
        }
    };
    let delimiter = delimiter(text.lines().next().unwrap_or_default());
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::Unreadable(format!("the CSV cannot be read: {e}")))?;
        rows.push((i as u64 + 1, record.iter().map(str::to_owned).collect()));
    }
    services(rows, limits)
}

/// Spreadsheet programs in Spanish, Portuguese and French write `;` between cells (the comma is their decimal
/// mark).
fn delimiter(header: &str) -> u8 {
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Whether a zip's entries are an `.xlsx` or `.ods` workbook.
pub fn is_workbook(names: &[String]) -> bool {
    names.iter().any(|n| n == "xl/workbook.xml")
        || (names.iter().any(|n| n == "mimetype") && names.iter().any(|n| n == "content.xml"))
}

/// Reads an `.xlsx` or `.ods` workbook (its zip directory already checked against the limits).
pub fn read_workbook(bytes: &[u8], limits: Limits, report: &mut Report) -> Result<Input, ImportError> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ImportError::Unreadable(format!("the spreadsheet cannot be read: {e}")))?;
    let names = workbook.sheet_names();
    let sheets = names.len();
    for name in names {
        let Ok(range) = workbook.worksheet_range(&name) else {
            continue;
        };
        let mut rows = range.rows().map(|row| {
            row.iter()
                .map(|cell| match cell {
                    calamine::Data::Empty => String::new(),
                    calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                    other => other.to_string(),
                })
                .collect::<Vec<String>>()
        });
        let Some(header) = rows.next() else {
            continue;
        };
        if header_columns(&header).is_none() {
            continue;
        }
        let first = range.start().map_or(0, |(row, _)| u64::from(row));
        let numbered = std::iter::once(header)
            .chain(rows)
            .enumerate()
            .map(|(i, cells)| (first + i as u64 + 1, cells));
        if sheets > 1 {
            report.warning(
                &At::file("service"),
                None,
                format!(
                    "only the sheet '{name}' was read: Ruta reads the first sheet whose first row names the \
                     template's columns, and the workbook has {sheets}"
                ),
            );
        }
        return services(numbered.collect(), limits);
    }
    Err(ImportError::Unreadable(
        "no sheet of the spreadsheet starts with a header row Ruta knows (at least \"Organization\" or \"Service\" \
         and one more column, e.g. \"Servicio\", \"Teléfono\"); download the template from the import screen"
            .to_owned(),
    ))
}

/// The rows (line, cells; the first is the header) as HSDS 3.0 services.
fn services(rows: Vec<(u64, Vec<String>)>, limits: Limits) -> Result<Input, ImportError> {
    let mut rows = rows.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(ImportError::Unreadable("the file is empty".to_owned()));
    };
    let Some(columns) = header_columns(&header) else {
        return Err(ImportError::Unreadable(
            "the first row does not name the template's columns (at least \"Organization\" or \"Service\" and \
             one more); download the template from the import screen"
                .to_owned(),
        ));
    };
    let mut services: Vec<Value> = Vec::new();
    let mut by_name: HashMap<(String, String), usize> = HashMap::new();
    let mut count: u64 = 0;
    for (line, cells) in rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        count += 1;
        if count > limits.rows {
            return Err(Exceeded::Rows(limits.rows).into());
        }
        let mut row: HashMap<&'static str, String> = HashMap::new();
        for (column, cell) in columns.iter().zip(cells) {
            if cell.len() > limits.field_bytes {
                return Err(Exceeded::Field {
                    file: "spreadsheet".to_owned(),
                    line,
                    column: column.unwrap_or_default().to_owned(),
                    limit: limits.field_bytes,
                }
                .into());
            }
            let cell = cell.trim();
            if let Some(column) = column
                && !cell.is_empty()
            {
                row.entry(column).or_insert_with(|| cell.to_owned());
            }
        }
        let key = (
            fold(row.get("organization").map_or("", String::as_str)),
            fold(row.get("service").map_or("", String::as_str)),
        );
        let location = location(&row);
        if !key.1.is_empty()
            && let Some(&i) = by_name.get(&key)
        {
            // The same service at another location.
            if let (Some(location), Some(Value::Array(list))) =
                (location, services[i].get_mut("service_at_locations"))
            {
                list.push(json!({ (ROW): line, "location": location }));
            }
            continue;
        }
        if !key.1.is_empty() {
            by_name.insert(key, services.len());
        }
        services.push(service(line, &row, location));
    }
    if services.is_empty() {
        return Err(ImportError::Unreadable(
            "the spreadsheet has no rows under its header row".to_owned(),
        ));
    }
    Ok(Input::Json(Value::Array(services)))
}

/// One row's service, with its organisation, location, phones, hours and terms.
fn service(line: u64, row: &HashMap<&'static str, String>, location: Option<Value>) -> Value {
    let get = |key: &str| row.get(key).cloned();
    let mut service = Map::new();
    service.insert(ROW.into(), Value::from(line));
    for (from, to) in [
        ("id", "id"),
        ("service", "name"),
        ("description", "description"),
        ("application_process", "application_process"),
        ("alternate_name", "alternate_name"),
        ("cost", "fees_description"),
    ] {
        if let Some(value) = get(from) {
            service.insert(to.into(), Value::from(value));
        }
    }
    if let Some(name) = get("organization") {
        let mut organization = Map::new();
        organization.insert("id".into(), Value::from(format!("sheet:{}", fold(&name))));
        organization.insert("name".into(), Value::from(name));
        for key in ["email", "website"] {
            if let Some(value) = get(key) {
                organization.insert(key.into(), Value::from(value));
            }
        }
        service.insert("organization".into(), Value::Object(organization));
    }
    let terms: Vec<Value> = ["kind", "modality"]
        .iter()
        .filter_map(|key| row.get(key).map(|text| (key, text)))
        .flat_map(|(key, text)| {
            split_multi(text)
                .map(|term| json!({ "taxonomy_term": { "name": term, "taxonomy": format!("spreadsheet {key}") } }))
                .collect::<Vec<_>>()
        })
        .collect();
    if !terms.is_empty() {
        service.insert("attributes".into(), Value::Array(terms));
    }
    if let Some(populations) = get("populations") {
        let list: Vec<Value> = split_multi(&populations).map(Value::from).collect();
        service.insert("x_import_eligibility".into(), Value::Array(list));
    }
    if let Some(languages) = get("languages") {
        let list: Vec<Value> = languages
            .split([',', ';', '/', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| json!({ "name": l }))
            .collect();
        service.insert("languages".into(), Value::Array(list));
    }
    let mut phones = Vec::new();
    if let Some(phone) = get("phone") {
        phones.push(json!({ "number": phone, "type": "voice" }));
    }
    if let Some(whatsapp) = get("whatsapp") {
        phones.push(json!({ "number": whatsapp, "type": "whatsapp" }));
    }
    if !phones.is_empty() {
        service.insert("phones".into(), Value::Array(phones));
    }
    if let Some(hours) = get("hours") {
        service.insert("schedules".into(), Value::Array(schedules(&hours)));
    }
    if let Some(cost) = get("cost") {
        service.insert("cost_options".into(), json!([{ "amount_description": cost }]));
    }
    if let Some(eligibility) = get("eligibility") {
        service.insert("eligibility_description".into(), Value::from(eligibility));
    }
    let at_locations: Vec<Value> = location
        .map(|location| json!({ (ROW): line, "location": location }))
        .into_iter()
        .collect();
    service.insert("service_at_locations".into(), Value::Array(at_locations));
    Value::Object(service)
}

/// A row's location: its point and address, when it gives either.
fn location(row: &HashMap<&'static str, String>) -> Option<Value> {
    let mut address = Map::new();
    for (from, to) in [
        ("address", "address_1"),
        ("city", "city"),
        ("region", "state_province"),
        ("postal_code", "postal_code"),
        ("country", "country"),
    ] {
        if let Some(value) = row.get(from) {
            address.insert(to.into(), Value::from(value.clone()));
        }
    }
    let mut location = Map::new();
    for key in ["latitude", "longitude"] {
        if let Some(value) = row.get(key) {
            location.insert(key.into(), Value::from(value.replace(',', ".")));
        }
    }
    if address.is_empty() && location.is_empty() {
        return None;
    }
    if !address.is_empty() {
        address.insert("address_type".into(), Value::from("physical"));
        location.insert("addresses".into(), json!([address]));
    }
    Some(Value::Object(location))
}

/// Free-text hours ("lunes a viernes 8:00-17:00; sábado 9:00-13:00") as HSDS schedules, one per part: the
/// days before the first digit, the times after it. A part that cannot be split is kept whole as days, so the
/// report names it.
fn schedules(text: &str) -> Vec<Value> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let Some(digit) = part.find(|c: char| c.is_ascii_digit()) else {
                return json!({ "days": part, "description": part });
            };
            let days = part[..digit].trim().trim_end_matches([':', ',']).trim();
            let times = &part[digit..];
            let (opens, closes) = ["-", "–", " a ", " to ", " às ", " à "]
                .iter()
                .find_map(|sep| times.split_once(sep))
                .map_or((times, ""), |(a, b)| (a.trim(), b.trim()));
            json!({ "days": days, "opens_at": opens, "closes_at": closes, "description": part })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_four_languages_name_the_same_columns() {
        let english = ["Organization", "Service", "Phone"].map(String::from);
        let spanish = ["Organización", "SERVICIO", "teléfono"].map(String::from);
        let portuguese = ["Organização", "Serviço", "Telefone"].map(String::from);
        let french = ["Organisation", "Service", "Téléphone"].map(String::from);
        for header in [english, spanish, portuguese, french] {
            assert_eq!(
                header_columns(&header),
                Some(vec![Some("organization"), Some("service"), Some("phone")]),
                "{header:?}"
            );
        }
        assert_eq!(header_columns(&["id".into(), "name".into()]), None);
    }

    #[test]
    fn hours_are_split_into_days_and_times() {
        let parts = schedules("lunes a viernes 8:00-17:00; sábado: 9 a 13");
        assert_eq!(parts[0]["days"], "lunes a viernes");
        assert_eq!(parts[0]["opens_at"], "8:00");
        assert_eq!(parts[0]["closes_at"], "17:00");
        assert_eq!(parts[1]["days"], "sábado");
        assert_eq!(parts[1]["opens_at"], "9");
        assert_eq!(parts[1]["closes_at"], "13");
    }

    #[test]
    fn the_template_has_every_column_in_the_language_asked() {
        let spanish = template_csv("es");
        assert!(spanish.starts_with("\u{feff}Organización,Servicio,"), "{spanish}");
        let english = template_csv("en-GB");
        let header: Vec<String> = english
            .trim_start_matches('\u{feff}')
            .trim()
            .split(',')
            .map(String::from)
            .collect();
        assert_eq!(header.len(), COLUMNS.len());
        assert!(header_columns(&header).is_some());
    }
}
