//! Open Referral HSDS import: the inverse of [`super::export`].
//!
//! Reads an HSDS 3.0 JSON file (one service, a list, a `Page` of services, organisations with nested services,
//! or the tabular `tabular.json`), a folder of CSV files (the HSDS 3.0 data package, or the 1.1 and 2.0 packages
//! most directories still publish), or a `.zip` of either; maps it onto Ruta's organisations and services
//! ([`map`]), tolerating what real directories publish ([`tolerant`]); and writes it in one transaction with
//! one audit entry, or only reports what it would do ([`report`]).
//!
//! - Ids: HSDS 3.0 UUIDs are kept. Other ids become UUIDv5 of (source, table, id); rows without one get a
//!   UUIDv5 of their content. Importing the same file again updates the same records, never duplicates them.
//! - Safety: a confidential service stays confidential (the file's `x_ruta_confidential`, Ruta's record, or the
//!   confidential-shelter area Ruta's export writes), and its premises on record are kept when the file has
//!   none. Nothing of a row's content is logged: only counts.
//! - An editor's import goes into their own organisation ([`ImportOptions::owner`]); the file's organisations
//!   are reported and ignored.

pub mod map;
pub mod report;
pub mod tables;
pub mod tolerant;

use std::collections::HashMap;
use std::io::{Cursor, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use api_types::AuditAction;
use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

pub use map::{Context, Mapper};
pub use report::{Action, At, Imported, Issue, Outcome, Report, TableCounts, Written};
pub use tables::Tables;

use crate::clock::Clock;
use crate::directory::Directory;
use crate::domain::{AuditEntry, Organization, Service};
use crate::storage::{DirectoryStore, SqliteStore, Store, StoreError};

/// The largest uncompressed size read from a zip, in bytes (against zip bombs).
pub const MAX_UNZIPPED_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// How an import runs.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Name of the source: ids that are not UUIDs are derived under it. Use the same name for the same data.
    pub source: String,
    /// The time of the import (new services' `created_at`, and `updated_at` when the file has none).
    pub now: DateTime<Utc>,
    /// An editor's organisation: every service is attached to it and the file's organisations are ignored.
    pub owner: Option<Uuid>,
    /// Report only; write nothing.
    pub dry_run: bool,
}

/// What the directory already holds, by id.
pub trait Known {
    /// A stored service.
    fn service(&self, id: &Uuid) -> Option<&Service>;
    /// A stored organisation.
    fn organization(&self, id: &Uuid) -> Option<&Organization>;
}

impl Known for Directory {
    fn service(&self, id: &Uuid) -> Option<&Service> {
        self.get(id).map(|e| &*e.service)
    }

    fn organization(&self, id: &Uuid) -> Option<&Organization> {
        Directory::organization(self, id).map(|o| &**o)
    }
}

/// Stored records, for the command line (no index needed).
#[derive(Debug, Default)]
pub struct KnownRecords {
    /// Services by id.
    pub services: HashMap<Uuid, Service>,
    /// Organisations by id.
    pub organizations: HashMap<Uuid, Organization>,
}

impl KnownRecords {
    /// From the stored directory.
    pub fn new(organizations: Vec<Organization>, services: Vec<Service>) -> Self {
        Self {
            services: services.into_iter().map(|s| (s.id, s)).collect(),
            organizations: organizations.into_iter().map(|o| (o.id, o)).collect(),
        }
    }
}

impl Known for KnownRecords {
    fn service(&self, id: &Uuid) -> Option<&Service> {
        self.services.get(id)
    }

    fn organization(&self, id: &Uuid) -> Option<&Organization> {
        self.organizations.get(id)
    }
}

/// Progress of a long import.
pub trait Progress {
    /// A stage begins with `total` steps.
    fn start(&self, stage: &str, total: u64);
    /// Steps done.
    fn advance(&self, steps: u64);
    /// The stage is over.
    fn finish(&self);
}

/// No progress shown (the API, tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// A progress bar on standard error, hidden when standard error is not a terminal.
#[derive(Debug)]
pub struct ProgressBar(indicatif::ProgressBar);

impl Default for ProgressBar {
    fn default() -> Self {
        let target = if std::io::stderr().is_terminal() {
            indicatif::ProgressDrawTarget::stderr()
        } else {
            indicatif::ProgressDrawTarget::hidden()
        };
        let bar = indicatif::ProgressBar::with_draw_target(Some(0), target);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg:>10} [{bar:40}] {pos}/{len} {elapsed}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        Self(bar)
    }
}

impl Progress for ProgressBar {
    fn start(&self, stage: &str, total: u64) {
        self.0.reset();
        self.0.set_length(total);
        self.0.set_position(0);
        self.0.set_message(stage.to_owned());
    }

    fn advance(&self, steps: u64) {
        self.0.inc(steps);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// Why a file could not be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not HSDS Ruta can read (422 from the API); says why.
    #[error("{0}")]
    Unreadable(String),
    /// Reading from disk failed.
    #[error("reading the file: {0}")]
    Io(#[from] std::io::Error),
    /// Writing failed: nothing was written.
    #[error("storage: {0}")]
    Store(#[from] StoreError),
}

/// What was read, before mapping.
#[derive(Debug)]
pub enum Input {
    /// An HSDS 3.0 JSON document.
    Json(Value),
    /// A CSV package.
    Tables(Tables),
}

fn unreadable(message: impl Into<String>) -> ImportError {
    ImportError::Unreadable(message.into())
}

fn is_json_start(bytes: &[u8]) -> Option<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = bytes.get(start..)?;
    matches!(rest.first(), Some(b'{' | b'[')).then_some(rest)
}

fn parse_json(bytes: &[u8], name: &str) -> Result<Input, ImportError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        unreadable(format!(
            "{name} is not valid JSON (line {}, column {}): {}",
            e.line(),
            e.column(),
            match e.classify() {
                serde_json::error::Category::Eof => "it ends too early",
                serde_json::error::Category::Syntax => "a syntax error",
                _ => "it cannot be read",
            }
        ))
    })?;
    // `tabular.json`: the CSV tables as JSON lists, keyed by file name.
    if let Value::Object(map) = &value
        && !map.is_empty()
        && map.keys().all(|k| k.to_ascii_lowercase().ends_with(".csv"))
    {
        let mut tables = Tables::default();
        for (file, rows) in map {
            if let Value::Array(rows) = rows {
                tables.add_json_table(file, rows);
            }
        }
        return Ok(Input::Tables(tables));
    }
    Ok(Input::Json(value))
}

fn datapackage_version(bytes: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(bytes).ok()?;
    value.get("version")?.as_str().map(str::to_owned)
}

/// Reads a file's bytes: a zip, JSON, or (with a `.csv` name) one CSV table.
pub fn read_bytes(bytes: &[u8], name: &str, report: &mut Report) -> Result<Input, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return read_zip(bytes, report);
    }
    if let Some(json) = is_json_start(bytes) {
        return parse_json(json, name);
    }
    if tables::canonical(name).is_some() {
        let mut tables = Tables::default();
        tables.add_csv(name, bytes, report);
        return Ok(Input::Tables(tables));
    }
    Err(unreadable(
        "not HSDS: expected HSDS 3.0 JSON, a zip of an HSDS data package or of HSDS JSON, or a CSV table",
    ))
}

fn read_zip(bytes: &[u8], report: &mut Report) -> Result<Input, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| unreadable(format!("not a readable zip: {e}")))?;
    let mut tables = Tables::default();
    let mut jsons: Vec<(String, Vec<u8>)> = Vec::new();
    let mut budget = MAX_UNZIPPED_BYTES;
    for i in 0..archive.len() {
        let mut file = archive
            .by_index(i)
            .map_err(|e| unreadable(format!("entry {} of the zip cannot be read: {e}", i + 1)))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        let base = name.rsplit('/').next().unwrap_or(&name).to_owned();
        if name.contains("__MACOSX") || base.starts_with('.') || base.is_empty() {
            continue;
        }
        let lower = base.to_ascii_lowercase();
        let wanted = lower.ends_with(".csv") || lower.ends_with(".json");
        if !wanted {
            continue;
        }
        let mut buf = Vec::with_capacity(usize::try_from(file.size().min(budget)).unwrap_or(0));
        (&mut file).take(budget + 1).read_to_end(&mut buf).map_err(|e| {
            unreadable(format!(
                "{name} cannot be read from the zip (damaged or cut short): {e}"
            ))
        })?;
        let read = buf.len() as u64;
        if read > budget {
            return Err(unreadable("the zip unpacks to more than 2 GiB"));
        }
        budget -= read;
        if lower == "datapackage.json" {
            tables.version = datapackage_version(&buf);
        } else if lower.ends_with(".csv") {
            tables.add_csv(&base, &buf, report);
        } else {
            jsons.push((base, buf));
        }
    }
    if !tables.is_empty() {
        return Ok(Input::Tables(tables));
    }
    let mut values = Vec::new();
    for (name, buf) in jsons {
        let Some(json) = is_json_start(&buf) else {
            continue;
        };
        match parse_json(json, &name)? {
            Input::Json(value) => values.push(value),
            Input::Tables(t) => return Ok(Input::Tables(t)),
        }
    }
    match values.len() {
        0 => Err(unreadable("the zip holds no HSDS CSV tables and no HSDS JSON")),
        1 => Ok(Input::Json(values.remove(0))),
        _ => Ok(Input::Json(Value::Array(values))),
    }
}

/// Reads a path: a folder of CSV files, or a file (see [`read_bytes`]).
pub fn read_path(path: &Path, report: &mut Report) -> Result<Input, ImportError> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let mut tables = Tables::default();
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            if name.eq_ignore_ascii_case("datapackage.json") {
                tables.version = datapackage_version(&std::fs::read(&file)?);
            } else if name.to_ascii_lowercase().ends_with(".csv") {
                tables.add_csv(&name, &std::fs::read(&file)?, report);
            }
        }
        if tables.is_empty() {
            return Err(unreadable("the folder holds no HSDS CSV tables"));
        }
        return Ok(Input::Tables(tables));
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    read_bytes(&std::fs::read(path)?, &name, report)
}

/// Splits an HSDS JSON document into organisations and services (nested organisations copied out, nested
/// services of organisations given their organisation's id).
fn flatten(value: Value, organizations: &mut Vec<Value>, services: &mut Vec<Value>) {
    match value {
        Value::Array(items) => {
            for item in items {
                flatten(item, organizations, services);
            }
        }
        Value::Object(mut map) => {
            if let Some(Value::Array(contents)) = map.remove("contents") {
                for item in contents {
                    flatten(item, organizations, services);
                }
                return;
            }
            // A service at a location: the service, at that location.
            let at_location = map.contains_key("location_id") || map.contains_key("location");
            if at_location && map.get("service").is_some_and(Value::is_object) && !map.contains_key("name") {
                if let Some(Value::Object(mut service)) = map.remove("service") {
                    if !service.contains_key("service_at_locations") {
                        service.insert(
                            "service_at_locations".into(),
                            Value::Array(vec![Value::Object(map)]),
                        );
                    }
                    push_service(service, organizations, services);
                }
                return;
            }
            let is_service = [
                "status",
                "organization_id",
                "organization",
                "service_at_locations",
            ]
            .iter()
            .any(|k| map.contains_key(*k));
            if map.contains_key("services") || !is_service {
                let nested = map.remove("services");
                let id = map.get("id").cloned();
                map.insert(tables::ROW.into(), Value::from(organizations.len() as u64 + 1));
                organizations.push(Value::Object(map));
                if let Some(Value::Array(nested)) = nested {
                    for service in nested {
                        if let Value::Object(mut service) = service {
                            if let Some(id) = &id {
                                service.entry("organization_id").or_insert_with(|| id.clone());
                            }
                            push_service(service, organizations, services);
                        }
                    }
                }
            } else {
                push_service(map, organizations, services);
            }
        }
        _ => {}
    }
}

fn push_service(
    mut service: serde_json::Map<String, Value>,
    organizations: &mut Vec<Value>,
    services: &mut Vec<Value>,
) {
    if let Some(Value::Object(mut org)) = service.remove("organization") {
        if let Some(id) = org.get("id").cloned() {
            service.entry("organization_id").or_insert(id);
        }
        org.remove("services");
        org.insert("__nested".into(), Value::Bool(true));
        organizations.push(Value::Object(org));
    }
    service.insert(tables::ROW.into(), Value::from(services.len() as u64 + 1));
    services.push(Value::Object(service));
}

/// What an import will write, and its report.
#[derive(Debug)]
pub struct Plan {
    /// Organisations to write.
    pub organizations: Vec<Organization>,
    /// Services to write.
    pub services: Vec<Service>,
    /// The report.
    pub report: Report,
}

/// Maps what was read onto Ruta's records, against what the directory holds. Writes nothing.
pub fn plan(input: Input, mut report: Report, ctx: Context<'_>) -> Plan {
    let known = ctx.known;
    let (organizations, services, count_reads) = match input {
        Input::Json(value) => {
            report.format = "HSDS 3.0 JSON".to_owned();
            let (mut organizations, mut services) = (Vec::new(), Vec::new());
            flatten(value, &mut organizations, &mut services);
            if organizations.is_empty() && services.is_empty() {
                report.fatal(
                    &At::file("service"),
                    "the JSON holds no HSDS services or organizations",
                );
            }
            (organizations, services, true)
        }
        Input::Tables(tables) => {
            report.format = tables.format().to_owned();
            if !tables.has_services() {
                report.fatal(
                    &At::file("service"),
                    "the package has no services table (services.csv)",
                );
            }
            let (organizations, services) = tables.assemble(&mut report);
            (organizations, services, false)
        }
    };
    if report.has_fatal() {
        report.finish();
        return Plan {
            organizations: Vec::new(),
            services: Vec::new(),
            report,
        };
    }
    let mapped = Mapper::new(ctx, report, count_reads).map(organizations, services);
    let mut report = mapped.report;
    let mut organizations = Vec::with_capacity(mapped.organizations.len());
    for (at, org) in mapped.organizations {
        let action = if known.organization(&org.id).is_some() {
            Action::Update
        } else {
            Action::Create
        };
        report.imported(&at, org.id, action);
        organizations.push(org);
    }
    let mut services = Vec::with_capacity(mapped.services.len());
    for (at, service) in mapped.services {
        let action = if known.service(&service.id).is_some() {
            Action::Update
        } else {
            Action::Create
        };
        report.imported(&at, service.id, action);
        services.push(service);
    }
    report.finish();
    Plan {
        organizations,
        services,
        report,
    }
}

/// The audit entry of an import: counts, never rows.
pub fn audit_entry(
    report: &Report,
    options: &ImportOptions,
    user_id: Option<Uuid>,
    organizations: &[Organization],
) -> AuditEntry {
    let organization_id = options
        .owner
        .or_else(|| (organizations.len() == 1).then(|| organizations[0].id));
    AuditEntry {
        at: options.now,
        user_id,
        actor: "import".to_owned(),
        organization_id,
        entity: "import",
        entity_id: Uuid::new_v4(),
        action: AuditAction::Import,
        before: None,
        after: Some(serde_json::json!({
            "source": report.source,
            "format": report.format,
            "organizations": report.organizations,
            "services": report.services,
            "issues": {
                "fixed": report.count(Outcome::Fixed),
                "skipped": report.count(Outcome::Skipped),
                "warnings": report.count(Outcome::Warning),
            },
        })),
    }
}

/// Writes a plan in one transaction with its audit entry (unless it is a dry run, has a fatal problem, or has
/// nothing to write). On a storage error nothing is written.
pub async fn write(
    store: &dyn Store,
    plan: &mut Plan,
    options: &ImportOptions,
    user_id: Option<Uuid>,
) -> Result<(), ImportError> {
    if options.dry_run || plan.report.has_fatal() {
        return Ok(());
    }
    let audit = audit_entry(&plan.report, options, user_id, &plan.organizations);
    store
        .import_directory(&plan.organizations, &plan.services, &audit)
        .await?;
    plan.report.written = true;
    tracing::info!(
        organizations = plan.organizations.len(),
        services = plan.services.len(),
        "HSDS import written"
    );
    Ok(())
}

/// The default source name for a path: its file name without extension.
pub fn default_source(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("import")
        .to_owned()
}

/// `ruta import`: reads `path`, maps it against the database under `data_dir`, and writes it (unless a dry
/// run). The server may be running (SQLite's WAL lets both write), but it sees the change after a restart.
pub async fn run_cli(
    path: &Path,
    source: Option<&str>,
    data_dir: &Path,
    dry_run: bool,
    clock: Arc<dyn Clock>,
) -> Result<Report, anyhow::Error> {
    let progress = ProgressBar::default();
    let reference = crate::reference::Reference::embedded()?;
    let options = ImportOptions {
        source: source.map_or_else(|| default_source(path), str::to_owned),
        now: clock.now(),
        owner: None,
        dry_run,
    };
    let mut report = Report::new(&options.source, dry_run);
    progress.start("reading", 1);
    let input = read_path(path, &mut report)?;
    progress.finish();
    // A dry run against a data dir without a database compares with an empty directory and creates nothing.
    let store = if dry_run && !data_dir.join("ruta.sqlite3").exists() {
        None
    } else {
        Some(SqliteStore::open(data_dir).await?)
    };
    let known = match &store {
        Some(store) => {
            let (organizations, services) = store.load_directory().await?;
            KnownRecords::new(organizations, services)
        }
        None => KnownRecords::default(),
    };
    let mut plan = plan(
        input,
        report,
        Context {
            countries: &reference.countries,
            gazetteer: &reference.gazetteer,
            known: &known,
            options: &options,
            progress: &progress,
        },
    );
    if let Some(store) = &store {
        progress.start("writing", 1);
        let written = write(store, &mut plan, &options, None).await;
        progress.finish();
        written?;
    }
    Ok(plan.report)
}
