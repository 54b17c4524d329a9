//! What `synchronous=FULL` costs (issue 16): an acknowledged booking or edit must survive a power cut, which takes
//! one fsync of the write-ahead log per commit. The same edits (a listing saved with its audit entry, one
//! transaction each, as an editor's save does) are committed with `synchronous=NORMAL` (the baseline, which can
//! lose the last commits on power loss) and `FULL` (what Ruta runs), into SQLite on this machine's disk.
//!
//! `cargo bench -p ruta-server --bench durability` (`scripts/bench.sh durability`); `-- --quick` for 100 commits.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::time::{Duration, Instant};

use api_types::AuditAction;
use chrono::{DateTime, Utc};
use ruta_demo::DEMO_SEED;
use ruta_server::Reference;
use ruta_server::domain::{Actor, AuditEntry};
use ruta_server::storage::{DirectoryStore, SqliteStore};

mod timing;
use timing::{ms, quantile};

fn now() -> DateTime<Utc> {
    "2026-12-01T15:00:00Z".parse().unwrap_or_default()
}

/// Sets `synchronous` on every connection of the store's pool (a pragma holds per connection).
async fn set_synchronous(store: &SqliteStore, mode: &'static str) -> Result<(), sqlx::Error> {
    let pragma = if mode == "FULL" {
        "PRAGMA synchronous = FULL"
    } else {
        "PRAGMA synchronous = NORMAL"
    };
    let mut held = Vec::new();
    for _ in 0..store.pool().options().get_max_connections() {
        let mut connection = store.pool().acquire().await?;
        sqlx::query(pragma).execute(&mut *connection).await?;
        held.push(connection);
    }
    Ok(())
}

/// Commits `commits` edits one after the other; the time of each.
async fn run(
    mode: &'static str,
    demo: &ruta_demo::DemoDirectory,
    commits: usize,
) -> Result<Vec<Duration>, Box<dyn std::error::Error>> {
    let services = &demo.services;
    let dir = tempfile::tempdir()?;
    let store = SqliteStore::open(dir.path()).await?;
    set_synchronous(&store, mode).await?;
    store.insert_directory(&demo.organizations, &[]).await?;
    let mut times = Vec::with_capacity(commits);
    let bench = Actor {
        user_id: None,
        label: "bench".to_owned(),
    };
    for n in 0..commits {
        let mut service = services[n % services.len()].clone();
        service.capacity_updated_at = Some(now());
        let audit = AuditEntry {
            organization_id: Some(service.organization_id),
            after: Some(serde_json::json!({ "n": n })),
            ..bench.entry(now(), AuditAction::Update, "service", service.id)
        };
        let started = Instant::now();
        store.save_service(&service, &audit, None).await?;
        times.push(started.elapsed());
    }
    Ok(times)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let commits = if std::env::args().any(|a| a == "--quick") {
        100
    } else {
        1_000
    };
    let reference = Reference::embedded()?;
    let demo = ruta_demo::generate(&reference.gazetteer, &reference.countries, DEMO_SEED, now());
    println!(
        "# {commits} edits, each a listing saved with its audit entry in one transaction, one after the other"
    );
    println!();
    println!("| synchronous | commits/s | p50 | p99 | mean |");
    println!("|---|---|---|---|---|");
    let mut means = Vec::new();
    for mode in ["NORMAL", "FULL"] {
        let mut times = run(mode, &demo, commits).await?;
        let total: Duration = times.iter().sum();
        times.sort();
        let mean = total / u32::try_from(times.len()).unwrap_or(1);
        means.push(mean);
        println!(
            "| {mode} | {:.0} | {} | {} | {} |",
            commits as f64 / total.as_secs_f64(),
            ms(quantile(&times, 0.5)),
            ms(quantile(&times, 0.99)),
            ms(mean)
        );
    }
    if let [normal, full] = means[..] {
        println!();
        println!(
            "FULL costs {:.1}× NORMAL per commit (+{}).",
            full.as_secs_f64() / normal.as_secs_f64(),
            ms(full.saturating_sub(normal))
        );
    }
    Ok(())
}
