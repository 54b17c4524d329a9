//! Life lines shipped with Ruta: `data/lifelines/XX.toml`, one file per country, every number with its purpose
//! and its source (`data/lifelines/README.md`). Read once at start; [`check`] is the one set of rules for the
//! shipped files and for an admin's correction alike.

use std::collections::{BTreeMap, HashMap, HashSet};

use api_types::lifelines::{
    CareRoute, CountryLifeLines, EmergencyNumber, EmergencyPurpose, LifeLine, LifeLineGap, LineChannel,
    LineFocus, RouteStep, Source, SourceStatus,
};
use api_types::{CountryCode, E164, LifeLinesInput};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::domain::Invalid;

/// The shipped files, compiled into the binary. A test checks that this list names every file in the folder.
const FILES: &[(&str, &str)] = &include!("../../../data/lifelines/files.rs");

/// Every country's life lines as served now: the shipped files, with admins' corrections laid over them.
#[derive(Debug, Clone, Default)]
pub struct LifeLineBook {
    by_code: BTreeMap<CountryCode, CountryLifeLines>,
    /// Numbers a country retired, which no entry may use.
    retired: HashMap<CountryCode, HashSet<String>>,
}

/// A shipped file that does not hold to the rules.
#[derive(Debug, thiserror::Error)]
#[error("data/lifelines/{file}.toml: {reason}")]
pub struct LifeLineFileError {
    /// The file's country code.
    pub file: String,
    /// What is wrong.
    pub reason: String,
}

impl LifeLineBook {
    /// Reads the files of `data/lifelines/` compiled into the binary.
    pub fn embedded() -> Result<Self, LifeLineFileError> {
        Self::from_files(FILES.iter().copied())
    }

    /// Reads `(code, toml text)` pairs.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, LifeLineFileError> {
        let mut book = Self::default();
        for (file, text) in files {
            let fail = |reason: String| LifeLineFileError {
                file: file.to_owned(),
                reason,
            };
            let parsed: FileRows = toml::from_str(text).map_err(|e| fail(e.to_string()))?;
            let code = CountryCode::parse(&parsed.country).map_err(|e| fail(e.to_string()))?;
            if code.as_str() != file {
                return Err(fail(format!("says country = {code}")));
            }
            let retired: HashSet<String> = parsed.retired.iter().map(|r| r.number.clone()).collect();
            let input = parsed.into_input();
            let lines =
                check(code, input, &retired).map_err(|e| fail(format!("{}: {}", e.field, e.message)))?;
            book.retired.insert(code, retired);
            book.by_code.insert(code, lines);
        }
        Ok(book)
    }

    /// One country's, if any file or correction covers it.
    pub fn get(&self, code: CountryCode) -> Option<&CountryLifeLines> {
        self.by_code.get(&code)
    }

    /// Every country's, by code.
    pub fn iter(&self) -> impl Iterator<Item = &CountryLifeLines> {
        self.by_code.values()
    }

    /// Serves no set for `code` (a corrected country with no shipped file, once the correction is taken back).
    pub fn remove(&mut self, code: CountryCode) {
        self.by_code.remove(&code);
    }

    /// Numbers `code` retired.
    pub fn retired(&self, code: CountryCode) -> impl Iterator<Item = &str> {
        self.retired.get(&code).into_iter().flatten().map(String::as_str)
    }

    /// Lays a checked set over the shipped one (or takes it back out with the shipped copy).
    pub fn put(&mut self, lines: CountryLifeLines) {
        self.by_code.insert(lines.iso2, lines);
    }

    /// Checks `input` against the rules and the numbers `code` retired.
    pub fn check(&self, code: CountryCode, input: LifeLinesInput) -> Result<CountryLifeLines, Invalid> {
        let retired = self.retired.get(&code).cloned().unwrap_or_default();
        check(code, input, &retired)
    }
}

/// The rules every set of life lines keeps, shipped or corrected: digits-only numbers, a purpose for every
/// number, at least one general (or police) number (or a gap saying none was found), a channel only with what it needs, a source on every entry
/// (an `http(s)` page, a checked date), no retired number. Orders emergency numbers general first and lines
/// anti-trafficking first.
pub fn check(
    code: CountryCode,
    input: LifeLinesInput,
    retired: &HashSet<String>,
) -> Result<CountryLifeLines, Invalid> {
    let LifeLinesInput {
        mut emergency,
        mut lines,
        gaps,
        route,
    } = input;
    for (i, e) in emergency.iter().enumerate() {
        let field = |name: &str| format!("emergency[{i}].{name}");
        short_number(&e.number, retired).map_err(|m| Invalid::new(field("number"), m))?;
        source(&e.source).map_err(|(f, m)| Invalid::new(field(f), m))?;
    }
    if !emergency
        .iter()
        .any(|e| matches!(e.purpose, EmergencyPurpose::General | EmergencyPurpose::Police))
        && !gaps.iter().any(|g| g.what == "emergency")
    {
        return Err(Invalid::new(
            "emergency",
            "at least one number must be the general emergency number or the police, or a gap must say none was found",
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        life_line(line, retired).map_err(|(f, m)| Invalid::new(format!("lines[{i}].{f}"), m))?;
    }
    if let Some(route) = &route {
        for (i, step) in route.steps.iter().enumerate() {
            route_step(step).map_err(|(f, m)| Invalid::new(format!("route.steps[{i}].{f}"), m))?;
        }
        if let Some(url) = &route.law_source_url {
            web_address(url).map_err(|m| Invalid::new("route.law_source_url", m))?;
        }
    }
    emergency.sort_by_key(|e| e.purpose);
    lines.sort_by_key(|l| l.focus);
    Ok(CountryLifeLines {
        iso2: code,
        emergency,
        lines,
        gaps,
        route,
        correction: None,
    })
}

type FieldError = (&'static str, String);

fn short_number(number: &str, retired: &HashSet<String>) -> Result<(), String> {
    let digits = number.strip_prefix('*').unwrap_or(number);
    if digits.len() < 2 || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "'{number}' must be the number as dialled in the country: 2 to 15 digits (a leading * allowed), no \
             spaces or other signs"
        ));
    }
    if retired.contains(number) {
        return Err(format!("{number} was retired in this country"));
    }
    Ok(())
}

fn web_address(text: &str) -> Result<(), String> {
    match url::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(()),
        _ => Err(format!(
            "'{text}' must be a web address starting with http:// or https://"
        )),
    }
}

fn source(source: &Source) -> Result<(), FieldError> {
    web_address(&source.url).map_err(|m| ("source.url", m))?;
    if source.title.trim().is_empty() {
        return Err(("source.title", "the page's title is needed".to_owned()));
    }
    if let Some(published) = &source.published {
        let shape = published.len() >= 4
            && published.split('-').count() <= 3
            && published.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && [4, 7, 10].contains(&published.len());
        let full = match published.len() {
            4 => format!("{published}-01-01"),
            7 => format!("{published}-01"),
            _ => published.clone(),
        };
        match NaiveDate::parse_from_str(&full, "%Y-%m-%d") {
            Ok(date) if shape && date <= source.checked_on => {}
            Ok(_) if shape => {
                return Err((
                    "source.published",
                    "a page cannot be published after it was checked".to_owned(),
                ));
            }
            _ => {
                return Err((
                    "source.published",
                    format!("'{published}' must be a date: YYYY-MM-DD, YYYY-MM or YYYY"),
                ));
            }
        }
    }
    Ok(())
}

fn life_line(line: &LifeLine, retired: &HashSet<String>) -> Result<(), FieldError> {
    if line.name.trim().is_empty() {
        return Err(("name", "the line's name is needed".to_owned()));
    }
    if let Some(number) = &line.number {
        short_number(number, retired).map_err(|m| ("number", m))?;
    }
    if let Some(whatsapp) = &line.whatsapp {
        E164::parse(whatsapp).map_err(|e| ("whatsapp", e.to_string()))?;
    }
    if let Some(sms) = &line.sms {
        short_number(sms.trim_start_matches('+'), retired).map_err(|m| ("sms", m))?;
    }
    if let Some(chat) = &line.web_chat {
        web_address(chat).map_err(|m| ("web_chat", m))?;
    }
    if line.channels.is_empty() {
        return Err(("channels", "a line needs at least one way in".to_owned()));
    }
    for channel in &line.channels {
        let (present, needs) = match channel {
            LineChannel::Voice => (line.number.is_some(), "number"),
            LineChannel::Whatsapp => (line.whatsapp.is_some(), "whatsapp"),
            LineChannel::Sms => (line.sms.is_some(), "sms"),
            LineChannel::WebChat => (line.web_chat.is_some(), "web_chat"),
        };
        if !present {
            return Err((
                "channels",
                format!("{channel:?} is listed but {needs} is missing"),
            ));
        }
    }
    source(&line.source)
}

fn route_step(step: &RouteStep) -> Result<(), FieldError> {
    if !step.title.contains_key("en") || !step.text.contains_key("en") {
        return Err(("text", "every step needs an English title and text".to_owned()));
    }
    if let Some(contact) = &step.contact {
        let dialable = contact.bytes().all(|b| b.is_ascii_digit() || b == b'*');
        let checked = if dialable {
            short_number(contact, &HashSet::new())
        } else {
            web_address(contact)
        };
        checked.map_err(|m| ("contact", m))?;
    }
    source(&step.source)
}

// The file format: flat rows, as people write them by hand; unknown keys are refused so a typo does not pass.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRows {
    country: String,
    #[serde(default)]
    emergency: Vec<EmergencyRow>,
    #[serde(default)]
    line: Vec<LineRow>,
    #[serde(default)]
    retired: Vec<RetiredRow>,
    #[serde(default)]
    gap: Vec<LifeLineGap>,
    route: Option<RouteRows>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmergencyRow {
    number: String,
    purpose: EmergencyPurpose,
    note: Option<String>,
    source_url: String,
    source_title: String,
    source_published: Option<String>,
    checked_on: NaiveDate,
    status: SourceStatus,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineRow {
    focus: LineFocus,
    name: String,
    organisation: String,
    number: Option<String>,
    whatsapp: Option<String>,
    sms: Option<String>,
    web_chat: Option<String>,
    channels: Vec<LineChannel>,
    open_24h: Option<bool>,
    hours_text: Option<String>,
    free: Option<bool>,
    #[serde(default)]
    languages: Vec<String>,
    note: Option<String>,
    source_url: String,
    source_title: String,
    source_published: Option<String>,
    checked_on: NaiveDate,
    status: SourceStatus,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(
    dead_code,
    reason = "the source of a retirement is for people reading the file"
)]
struct RetiredRow {
    number: String,
    replaced_by: Option<String>,
    source_url: String,
    source_title: String,
    source_published: Option<String>,
    checked_on: NaiveDate,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteRows {
    law: Option<String>,
    law_source_url: Option<String>,
    #[serde(default)]
    step: Vec<StepRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepRow {
    title: BTreeMap<String, String>,
    text: BTreeMap<String, String>,
    #[serde(default)]
    bodies: Vec<String>,
    contact: Option<String>,
    source_url: String,
    source_title: String,
    source_published: Option<String>,
    checked_on: NaiveDate,
    #[serde(default = "verified")]
    status: SourceStatus,
}

fn verified() -> SourceStatus {
    SourceStatus::Verified
}

/// The five source columns of a row, as the API nests them.
macro_rules! source_of {
    ($row:expr) => {
        Source {
            url: $row.source_url,
            title: $row.source_title,
            published: $row.source_published,
            checked_on: $row.checked_on,
            status: $row.status,
        }
    };
}

impl FileRows {
    fn into_input(self) -> LifeLinesInput {
        LifeLinesInput {
            emergency: self
                .emergency
                .into_iter()
                .map(|row| EmergencyNumber {
                    number: row.number,
                    purpose: row.purpose,
                    note: row.note,
                    source: source_of!(row),
                })
                .collect(),
            lines: self
                .line
                .into_iter()
                .map(|row| LifeLine {
                    focus: row.focus,
                    name: row.name,
                    organisation: row.organisation,
                    number: row.number,
                    whatsapp: row.whatsapp,
                    sms: row.sms,
                    web_chat: row.web_chat,
                    channels: row.channels,
                    open_24h: row.open_24h,
                    hours_text: row.hours_text,
                    free: row.free,
                    languages: row.languages,
                    note: row.note,
                    source: source_of!(row),
                })
                .collect(),
            gaps: self.gap,
            route: self.route.map(|route| CareRoute {
                law: route.law,
                law_source_url: route.law_source_url,
                steps: route
                    .step
                    .into_iter()
                    .map(|row| RouteStep {
                        title: row.title,
                        text: row.text,
                        bodies: row.bodies,
                        contact: row.contact,
                        source: source_of!(row),
                    })
                    .collect(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use api_types::lifelines::SourceStatus;

    use super::*;
    use crate::reference::Countries;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn the_compiled_list_names_every_file_in_the_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/lifelines");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|name| name.strip_suffix(".toml").map(str::to_owned))
            .collect();
        on_disk.sort();
        let listed: Vec<String> = FILES.iter().map(|(c, _)| (*c).to_owned()).collect();
        assert_eq!(listed, on_disk, "run scripts/lifelines-files.sh");
    }

    #[test]
    fn every_sovereign_state_has_a_labelled_general_or_police_number() {
        let book = LifeLineBook::embedded().unwrap();
        let countries = Countries::embedded().unwrap();
        for country in countries.iter().filter(|c| c.sovereign) {
            let lines = book
                .get(country.iso2)
                .unwrap_or_else(|| panic!("no data/lifelines/{}.toml", country.iso2));
            assert!(lines.first_emergency().is_some(), "{}", country.iso2);
        }
        for lines in book.iter() {
            assert!(
                countries.get(lines.iso2).is_some(),
                "{} is not in the countries file",
                lines.iso2
            );
        }
    }

    #[test]
    fn no_entry_uses_a_retired_number_and_mexico_offers_911_not_the_numbers_it_replaced() {
        let book = LifeLineBook::embedded().unwrap();
        for lines in book.iter() {
            let retired: HashSet<&str> = book.retired(lines.iso2).collect();
            let used = lines
                .emergency
                .iter()
                .map(|e| e.number.as_str())
                .chain(lines.lines.iter().filter_map(|l| l.number.as_deref()));
            for number in used {
                assert!(!retired.contains(number), "{}: {number} is retired", lines.iso2);
            }
        }
        let mx = book.get(code("MX")).unwrap();
        let numbers: Vec<&str> = mx.emergency.iter().map(|e| e.number.as_str()).collect();
        assert_eq!(numbers, ["911"]);
        let retired: HashSet<&str> = book.retired(code("MX")).collect();
        for old in ["060", "065", "066", "068", "080"] {
            assert!(retired.contains(old), "{old}");
        }
        assert_eq!(mx.lines[0].focus, LineFocus::Trafficking);
        assert_eq!(mx.lines[0].number.as_deref(), Some("8005533000"));
    }

    #[test]
    fn every_fact_has_a_web_source_and_a_checked_date_and_nothing_is_demo() {
        let book = LifeLineBook::embedded().unwrap();
        let mut sources = Vec::new();
        for lines in book.iter() {
            sources.extend(lines.emergency.iter().map(|e| &e.source));
            sources.extend(lines.lines.iter().map(|l| &l.source));
            sources.extend(lines.route.iter().flat_map(|r| r.steps.iter().map(|s| &s.source)));
            let text = serde_json::to_string(lines).unwrap();
            assert!(
                !text.contains("(demo)") && !text.contains("example.org"),
                "{}",
                lines.iso2
            );
            // Demo phones: +1 NPA 555-01XX, or a national number starting with 0 after the country code.
            for whatsapp in lines.lines.iter().filter_map(|l| l.whatsapp.as_deref()) {
                assert!(!whatsapp.contains("55501"), "{}: {whatsapp}", lines.iso2);
            }
        }
        assert!(sources.len() > 100, "{}", sources.len());
        for source in sources {
            assert!(source.url.starts_with("http"), "{}", source.url);
            assert!(source.checked_on >= NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
            assert!(!source.title.is_empty());
        }
    }

    #[test]
    fn emergency_numbers_come_general_first_and_lines_anti_trafficking_first() {
        let book = LifeLineBook::embedded().unwrap();
        for lines in book.iter() {
            assert!(
                lines.emergency.windows(2).all(|w| w[0].purpose <= w[1].purpose),
                "{}",
                lines.iso2
            );
            assert!(
                lines.lines.windows(2).all(|w| w[0].focus <= w[1].focus),
                "{}",
                lines.iso2
            );
        }
    }

    #[test]
    fn a_file_that_breaks_a_rule_is_refused_naming_the_field() {
        let head = "country = \"MX\"\n";
        let source = "source_url = \"https://example.gob\"\nsource_title = \"T\"\nchecked_on = \"2026-12-03\"\nstatus = \"verified\"\n";
        let retired = format!(
            "[[retired]]\nnumber = \"066\"\n{}",
            &source[..source.find("status").unwrap()]
        );
        let cases = [
            (
                format!("{head}[[emergency]]\nnumber = \"066\"\npurpose = \"general\"\n{source}{retired}"),
                "emergency[0].number",
            ),
            (
                format!("{head}[[emergency]]\nnumber = \"9 1 1\"\npurpose = \"general\"\n{source}"),
                "emergency[0].number",
            ),
            (
                format!("{head}[[emergency]]\nnumber = \"911\"\npurpose = \"fire\"\n{source}"),
                "emergency",
            ),
            (
                format!(
                    "{head}[[emergency]]\nnumber = \"911\"\npurpose = \"general\"\n{}",
                    source.replace("https://example.gob", "example.gob")
                ),
                "emergency[0].source.url",
            ),
            (
                format!(
                    "{head}[[emergency]]\nnumber = \"911\"\npurpose = \"general\"\n{source}[[line]]\nfocus = \"trafficking\"\nname = \"L\"\norganisation = \"O\"\nchannels = [\"whatsapp\"]\nnumber = \"145\"\n{source}"
                ),
                "lines[0].channels",
            ),
            (
                format!(
                    "{head}[[emergency]]\nnumber = \"911\"\npurpose = \"general\"\nnumbr = \"1\"\n{source}"
                ),
                "numbr",
            ),
        ];
        for (text, field) in cases {
            let error = LifeLineBook::from_files([("MX", text.as_str())]).unwrap_err();
            assert!(error.reason.contains(field), "{field}: {error}");
        }
        let fine = format!("{head}[[emergency]]\nnumber = \"911\"\npurpose = \"general\"\n{source}");
        let book = LifeLineBook::from_files([("MX", fine.as_str())]).unwrap();
        assert_eq!(
            book.get(code("MX")).unwrap().emergency[0].source.status,
            SourceStatus::Verified
        );
    }
}
