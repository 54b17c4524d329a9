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

pub mod kept_terms;
pub mod limits;
pub mod map;
mod nest;
mod read;
pub mod report;
pub mod sheet;
pub mod tables;
pub mod tolerant;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

use api_types::{AuditAction, CountryCode};
use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

pub use limits::{Exceeded, LARGE_LIMITS, LIMITS, Limits};
pub use map::{Context, Mapper};
pub use read::{Input, read_bytes, read_path};
pub use report::{Action, At, ImportReport, Imported, Issue, Outcome, Report, Summary, TableCounts, Written};
pub use tables::Tables;

use crate::clock::Clock;
use crate::directory::Directory;
use crate::domain::{Actor, AuditEntry, Organization, Service};
use crate::storage::{Location, Store, StoreError};

/// How an import runs.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Name of the source: ids that are not UUIDs are derived under it. Use the same name for the same data.
    pub source: String,
    /// The time of the import (new services' `created_at`, and `updated_at` when the file has none).
    pub now: DateTime<Utc>,
    /// An editor's organisation: every service is attached to it and the file's organisations are ignored.
    pub owner: Option<Uuid>,
    /// Report only; write nothing.
    pub dry_run: bool,
    /// The country of services whose file does not say (no address, point or area that tells).
    pub country: Option<CountryCode>,
    /// The time zone of hours whose file does not say (before guessing it from the place).
    pub timezone: Option<chrono_tz::Tz>,
    /// Which shelters that arrive with a street address are made confidential before anything is published.
    pub shelters: ShelterChoice,
    /// The import's own table of other taxonomies' terms, which wins over the others.
    pub terms: Option<std::sync::Arc<map::term_table::TermTable>>,
    /// The table an admin keeps on the server ([`kept_terms`]), which wins over Ruta's built-in one.
    pub kept_terms: Option<std::sync::Arc<map::term_table::TermTable>>,
}

/// Which shelters that arrive with a street address (and are not confidential in the file or in Ruta) an import
/// makes confidential. The others are published with their address — and listed in the report, so a person
/// chooses before they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ShelterChoice {
    /// None: each is listed in the report (`shelters_with_address`) and warned about.
    #[default]
    Listed,
    /// Every one (`--confidential-shelters`, `confidential_shelters=all`).
    All,
    /// These, by their id in Ruta (as a dry run's report gives them).
    These(std::collections::HashSet<Uuid>),
}

impl ShelterChoice {
    /// Whether the shelter `id` is made confidential.
    pub fn covers(&self, id: Uuid) -> bool {
        match self {
            Self::Listed => false,
            Self::All => true,
            Self::These(ids) => ids.contains(&id),
        }
    }
}

/// What a person chooses for `ruta import`.
#[derive(Debug, Clone)]
pub struct CliChoices {
    /// The source name (default: the file's name without its extension).
    pub source: Option<String>,
    /// Report only; write nothing.
    pub dry_run: bool,
    /// [`LIMITS`], or [`LARGE_LIMITS`] for `--large`.
    pub limits: Limits,
    /// `--country`: see [`ImportOptions::country`].
    pub country: Option<CountryCode>,
    /// `--timezone`: see [`ImportOptions::timezone`].
    pub timezone: Option<chrono_tz::Tz>,
    /// `--confidential-shelters`: every shelter with a street address made confidential.
    pub confidential_shelters: bool,
    /// `--terms`: see [`ImportOptions::terms`].
    pub terms: Option<std::sync::Arc<map::term_table::TermTable>>,
}

impl Default for CliChoices {
    fn default() -> Self {
        Self {
            source: None,
            dry_run: false,
            limits: LIMITS,
            country: None,
            timezone: None,
            confidential_shelters: false,
            terms: None,
        }
    }
}

/// What the directory already holds, by id.
pub trait Known {
    /// A stored service by id, which a file's service with that id updates.
    fn service(&self, id: &Uuid) -> Option<&Service>;
    /// A stored organisation by id, which a file's organisation with that id updates.
    fn organization(&self, id: &Uuid) -> Option<&Organization>;
    /// Every stored service, for matching a file's services that come under other ids.
    fn each_service(&self, f: &mut dyn FnMut(&Service));
}

impl Known for Directory {
    fn service(&self, id: &Uuid) -> Option<&Service> {
        self.get(id).map(|e| &*e.service)
    }

    fn organization(&self, id: &Uuid) -> Option<&Organization> {
        Directory::organization(self, id).map(|o| &**o)
    }

    fn each_service(&self, f: &mut dyn FnMut(&Service)) {
        for entry in self.entries() {
            f(&entry.service);
        }
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

    fn each_service(&self, f: &mut dyn FnMut(&Service)) {
        for service in self.services.values() {
            f(service);
        }
    }
}

/// Progress of a long import.
pub trait Progress {
    /// A stage begins with `total` steps.
    fn start(&self, stage: &str, total: u64);
    /// `steps` more steps done since the last call (not a running total).
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
    /// The file goes over one of the import's [`Limits`] (413 from the API); nothing was written.
    #[error("{0}")]
    TooLarge(#[from] Exceeded),
    /// Another import is running (409 from the API); try again when it is done.
    #[error("another import is running; try again when it is done")]
    Busy,
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
    pub report: ImportReport,
}

impl Plan {
    /// Nothing to write: the file has a fatal problem, which the report names.
    fn nothing(report: Report) -> Self {
        Self {
            organizations: Vec::new(),
            services: Vec::new(),
            report: report.finish(),
        }
    }
}

/// Maps what was read onto Ruta's records, against what the directory holds. Writes nothing.
pub fn plan(input: Input, mut report: Report, ctx: Context<'_>) -> Plan {
    let known = ctx.known;
    // The package's own term table, unless one was given with the import (which wins).
    let (input, own_terms) = match input {
        Input::WithTerms(inner, terms) => (*inner, Some(terms)),
        Input::Tables(mut tables) => {
            let terms = tables.terms.take();
            (Input::Tables(tables), terms)
        }
        json => (json, None),
    };
    let with_terms;
    let ctx = match own_terms.filter(|_| ctx.options.terms.is_none()) {
        Some(terms) => {
            with_terms = ImportOptions {
                terms: Some(std::sync::Arc::new(terms)),
                ..ctx.options.clone()
            };
            Context {
                options: &with_terms,
                ..ctx
            }
        }
        None => ctx,
    };
    let mapped = match input {
        // Unwrapped above; a table inside a table has nothing more to give.
        Input::WithTerms(inner, _) => return plan(*inner, report, ctx),
        Input::Json(value) => {
            report.set_format("HSDS 3.0 JSON");
            let (mut organizations, mut services) = (Vec::new(), Vec::new());
            flatten(value, &mut organizations, &mut services);
            if organizations.is_empty() && services.is_empty() {
                report.fatal(
                    &At::file("service"),
                    "the JSON holds no HSDS services or organizations",
                );
            }
            if report.has_fatal() {
                return Plan::nothing(report);
            }
            Mapper::new(ctx, report, true).map(organizations, services.into_iter())
        }
        Input::Tables(tables) => {
            report.set_format(tables.format());
            if !tables.has_services() {
                report.fatal(
                    &At::file("service"),
                    "the package has no services table (services.csv)",
                );
            }
            let mut nested = nest::link(tables.into_rows(), &mut report);
            if report.has_fatal() {
                return Plan::nothing(report);
            }
            let organizations = std::mem::take(&mut nested.organizations);
            Mapper::new(ctx, report, false).map(organizations, nested)
        }
    };
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
        let action = if mapped.matched.contains(&service.id) {
            Action::Match
        } else if known.service(&service.id).is_some() {
            Action::Update
        } else {
            Action::Create
        };
        report.imported(&at, service.id, action);
        services.push(service);
    }
    Plan {
        organizations,
        services,
        report: report.finish(),
    }
}

/// The audit entry of an import: counts, never rows.
pub fn audit_entry(
    report: &ImportReport,
    options: &ImportOptions,
    user_id: Option<Uuid>,
    organizations: &[Organization],
) -> AuditEntry {
    let organization_id = options
        .owner
        .or_else(|| (organizations.len() == 1).then(|| organizations[0].id));
    let importer = Actor {
        user_id,
        label: "import".to_owned(),
    };
    AuditEntry {
        organization_id,
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
        ..importer.entry(options.now, AuditAction::Import, "import", Uuid::new_v4())
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

/// `ruta import`: reads `path`, maps it against the database at `location`, and writes it (unless a dry run).
/// A running server (SQLite's WAL lets both write) or every replica (PostgreSQL) picks the change up from the
/// directory's change feed within seconds.
pub async fn run_cli(
    path: &Path,
    location: Location<'_>,
    choices: &CliChoices,
    clock: Arc<dyn Clock>,
) -> Result<ImportReport, anyhow::Error> {
    let progress = ProgressBar::default();
    let reference = crate::reference::Reference::embedded()?;
    let dry_run = choices.dry_run;
    let options = ImportOptions {
        source: choices.source.clone().unwrap_or_else(|| default_source(path)),
        now: clock.now(),
        owner: None,
        dry_run,
        country: choices.country,
        timezone: choices.timezone,
        shelters: if choices.confidential_shelters {
            ShelterChoice::All
        } else {
            ShelterChoice::Listed
        },
        terms: choices.terms.clone(),
        kept_terms: None,
    };
    let mut report = Report::new(&options.source, dry_run);
    progress.start("reading", 1);
    let input = read_path(path, choices.limits, &mut report)?;
    progress.finish();
    // A dry run against a data dir without a database compares with an empty directory and creates nothing.
    let store = match location {
        Location::Embedded(dir) if dry_run && !dir.join("ruta.sqlite3").exists() => None,
        _ => Some(crate::storage::open(location).await?),
    };
    let mut options = options;
    let known = match &store {
        Some(store) => {
            options.kept_terms = kept_terms::kept(&**store).await?;
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
        let written = write(&**store, &mut plan, &options, None).await;
        progress.finish();
        written?;
    }
    Ok(plan.report)
}
