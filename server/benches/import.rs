//! Benchmark of the HSDS import: 100,000 services (the demo directory's HSDS 3.0 JSON export, copied with new
//! ids until there are enough, half of them without coordinates and a third with another taxonomy's terms, see
//! [`foreign`]) imported into an empty SQLite database in one transaction, then imported again (every service an
//! update).
//!
//! `cargo bench -p ruta-server --bench import` (add `-- --quick` for 10,000 services). Prints the time of each
//! stage (read and parse, map, write) and the total; the target is at most 60 s for 100,000 services on the
//! project's 2-core machines.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use ruta_demo::DEMO_SEED;
use ruta_server::Reference;
use ruta_server::directory::Directory;
use ruta_server::hsds::export::{Depth, Export};
use ruta_server::hsds::import::{
    self, Context, ImportOptions, ImportReport, KnownRecords, Report, Silent, Summary as _,
};
use ruta_server::storage::{DirectoryStore, SqliteStore};
use serde_json::Value;
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    "2026-12-01T15:00:00Z".parse().unwrap_or_default()
}

/// The demo directory as HSDS 3.0 services, copied with new ids (UUIDv5 of the original id and the copy's
/// number) until there are `target`.
fn scaled_export(reference: &Reference, target: usize) -> Vec<Value> {
    let demo = ruta_demo::generate(&reference.gazetteer, &reference.countries, DEMO_SEED, now());
    let directory = Directory::new(demo.organizations, demo.services, reference.gazetteer.clone());
    let export = Export::new(&directory, &reference.countries, now(), None);
    let originals: Vec<Value> = export
        .listed()
        .into_iter()
        .filter_map(|e| serde_json::to_value(export.service(e, Depth::Full)).ok())
        .collect();
    let mut services = Vec::with_capacity(target);
    for copy in 0u32.. {
        for original in &originals {
            if services.len() == target {
                return services;
            }
            let mut service = original.clone();
            if copy > 0
                && let Some(id) = original
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(|id| Uuid::parse_str(id).ok())
            {
                service["id"] = Value::from(Uuid::new_v5(&id, &copy.to_be_bytes()).to_string());
            }
            foreign(&mut service, services.len());
            services.push(service);
        }
        if originals.is_empty() {
            break;
        }
    }
    services
}

/// Makes copies look like another directory's, so the import's repairs run as they do on real files: every
/// second service loses its coordinates (placed on its town from its address), and every third has its kinds and
/// populations as another taxonomy's terms (mapped by their words, not by Ruta's ids).
fn foreign(service: &mut Value, n: usize) {
    if n % 2 == 1
        && let Some(list) = service
            .get_mut("service_at_locations")
            .and_then(Value::as_array_mut)
    {
        for at in list {
            if let Some(location) = at.get_mut("location").and_then(Value::as_object_mut)
                && location
                    .get("addresses")
                    .and_then(Value::as_array)
                    .is_some_and(|a| !a.is_empty())
            {
                location.remove("latitude");
                location.remove("longitude");
            }
        }
    }
    if n.is_multiple_of(3)
        && let Some(list) = service.get_mut("attributes").and_then(Value::as_array_mut)
    {
        for attribute in list {
            let name = attribute
                .pointer("/taxonomy_term/name")
                .cloned()
                .unwrap_or(Value::Null);
            *attribute =
                serde_json::json!({ "taxonomy_term": { "name": name, "taxonomy": "another directory" } });
        }
    }
}

struct Timings {
    read: Duration,
    map: Duration,
    write: Duration,
}

async fn run(
    path: &std::path::Path,
    data_dir: &std::path::Path,
    reference: &Reference,
) -> (ImportReport, Timings) {
    let options = ImportOptions {
        source: "bench".to_owned(),
        now: now(),
        ..ImportOptions::default()
    };
    let started = Instant::now();
    let mut report = Report::new(&options.source, false);
    let input = match import::read_path(path, import::LARGE_LIMITS, &mut report) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("read: {e}");
            std::process::exit(1);
        }
    };
    let read = started.elapsed();
    let store = match SqliteStore::open(data_dir).await {
        Ok(store) => store,
        Err(e) => {
            eprintln!("store: {e}");
            std::process::exit(1);
        }
    };
    let (organizations, services) = store.load_directory().await.unwrap_or_default();
    let known = KnownRecords::new(organizations, services);
    let started = Instant::now();
    let mut plan = import::plan(
        input,
        report,
        Context {
            countries: &reference.countries,
            gazetteer: &reference.gazetteer,
            known: &known,
            options: &options,
            progress: &Silent,
        },
    );
    let map = started.elapsed();
    let started = Instant::now();
    if let Err(e) = import::write(&store, &mut plan, &options, None).await {
        eprintln!("write: {e}");
        std::process::exit(1);
    }
    let write = started.elapsed();
    (plan.report, Timings { read, map, write })
}

fn seconds(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

#[tokio::main]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let target = if quick { 10_000 } else { 100_000 };
    let reference = match Reference::embedded() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("reference: {e}");
            return;
        }
    };
    let services = scaled_export(&reference, target);
    let work = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("tempdir: {e}");
            return;
        }
    };
    let file = work.path().join("services.json");
    let bytes = serde_json::to_vec(&services).unwrap_or_default();
    let megabytes = bytes.len() as f64 / 1e6;
    if let Err(e) = std::fs::write(&file, &bytes) {
        eprintln!("write {}: {e}", file.display());
        return;
    }
    drop(bytes);
    drop(services);
    let data_dir = work.path().join("data");

    println!(
        "# HSDS import: {target} services ({megabytes:.0} MB of HSDS 3.0 JSON), SQLite, one transaction"
    );
    println!();
    println!("| run | read + parse | map | write | total | services created / updated |");
    println!("|---|---|---|---|---|---|");
    for run_name in ["into an empty database", "again (every service an update)"] {
        let (report, t) = run(&file, &data_dir, &reference).await;
        let total = t.read + t.map + t.write;
        println!(
            "| {run_name} | {} | {} | {} | **{}** | {} / {} |",
            seconds(t.read),
            seconds(t.map),
            seconds(t.write),
            seconds(total),
            report.services.created,
            report.services.updated
        );
        if !report.written || report.services.created + report.services.updated != target as u64 {
            eprintln!("{}", report.summary(20));
        }
    }
}
