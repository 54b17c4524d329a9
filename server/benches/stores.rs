//! SQLite against PostgreSQL (issue 17): writes per second — listing edits (each with its audit entry) and
//! bookings, from one writer and from eight at once — and how long a listing edited through one replica's catalog
//! takes to reach another replica's index over PostgreSQL's NOTIFY (p50, p99). Search is not measured again: both
//! stores feed the same in-memory index, which never queries the database.
//!
//! `scripts/bench.sh stores` (starts a throwaway PostgreSQL); `-- --quick` for fewer writes. Needs
//! `RUTA_BENCH_DATABASE_URL`, a PostgreSQL server URL ending in `/postgres`.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::sync::Arc;
use std::time::{Duration, Instant};

use api_types::{AuditAction, BookingStatus, LanguageCode, Modality};
use chrono::{DateTime, Utc};
use ruta_server::Reference;
use ruta_server::catalog::Catalog;
use ruta_server::domain::AuditEntry;
use ruta_server::domain::booking::Appointment;
use ruta_server::domain::notification::OutboxChange;
use ruta_server::storage::{self, Location, Store};
use sqlx::Connection as _;
use uuid::Uuid;

mod timing;
use timing::{ms, quantile};

fn now() -> DateTime<Utc> {
    "2026-12-01T15:00:00Z".parse().unwrap_or_default()
}

type Error = Box<dyn std::error::Error + Send + Sync>;

/// A new, empty database on the bench server; its URL.
async fn new_database(server: &str) -> Result<String, Error> {
    let name = format!("ruta_bench_{}", Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(server).await?;
    // Our own name: "ruta_bench_" and 32 hex digits.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await?;
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    Ok(format!("{base}/{name}"))
}

fn audit(service: &ruta_server::domain::Service, n: usize) -> AuditEntry {
    AuditEntry {
        at: now(),
        user_id: None,
        actor: "bench".to_owned(),
        organization_id: Some(service.organization_id),
        entity: "service",
        entity_id: service.id,
        action: AuditAction::Update,
        before: None,
        after: Some(serde_json::json!({ "n": n })),
    }
}

fn appointment(counsellor: Uuid, n: usize) -> Appointment {
    let start = now() + chrono::Duration::hours(i64::try_from(n).unwrap_or(0));
    Appointment {
        id: Uuid::new_v4(),
        reference: format!("R-BENCH-{n:06}"),
        secret_hash: "bench".to_owned(),
        counsellor_id: counsellor,
        start,
        end: start + chrono::Duration::minutes(50),
        modality: Modality::Phone,
        language: LanguageCode::parse("es").unwrap_or_else(|_| unreachable!()),
        private: Some(vec![0; 64]),
        status: BookingStatus::Requested,
        previous_reference: None,
        room_token: None,
        created_at: now(),
        updated_at: now(),
        purge_after: start + chrono::Duration::days(30),
    }
}

/// Writes/s: `total` writes split over `writers` tasks, each write its own transaction.
async fn writes_per_second(
    store: Arc<dyn Store>,
    seed: &ruta_server::Seed,
    total: usize,
    writers: usize,
    bookings: bool,
) -> Result<f64, Error> {
    let counsellor = seed
        .counsellors
        .first()
        .map(|c| c.id)
        .ok_or("no counsellor in the demo")?;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..writers {
        let store = store.clone();
        let services: Vec<_> = seed
            .services
            .iter()
            .skip(w)
            .step_by(writers)
            .take(total / writers)
            .cloned()
            .collect();
        let offset = if bookings { 1_000_000 * (w + 1) } else { 0 };
        tasks.push(tokio::spawn(async move {
            for (n, service) in services.iter().enumerate() {
                if bookings {
                    store
                        .create_appointment(
                            &appointment(counsellor, offset + n),
                            None,
                            now(),
                            &OutboxChange::none(),
                        )
                        .await?;
                } else {
                    store.save_service(service, &audit(service, n), None).await?;
                }
            }
            Ok::<_, storage::StoreError>(())
        }));
    }
    for task in tasks {
        task.await??;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

async fn seeded(location: Location<'_>, seed: &ruta_server::Seed) -> Result<Arc<dyn Store>, Error> {
    let store = storage::open(location).await?;
    store
        .insert_directory(&seed.organizations, &seed.services)
        .await?;
    for counsellor in &seed.counsellors {
        store.save_counsellor(counsellor, now()).await?;
    }
    Ok(store)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let quick = std::env::args().any(|a| a == "--quick");
    let total = if quick { 200 } else { 2_000 };
    let edits = if quick { 50 } else { 300 };
    let server = std::env::var("RUTA_BENCH_DATABASE_URL")
        .map_err(|_| "set RUTA_BENCH_DATABASE_URL (scripts/bench.sh stores)")?;
    let reference = Reference::embedded()?;
    let seed = ruta_demo::seed(&reference, now());

    println!("# Writes per second, each its own transaction ({total} per row; demo directory loaded)");
    println!();
    println!("| store | edits, 1 writer | edits, 8 writers | bookings, 1 writer | bookings, 8 writers |");
    println!("|---|---|---|---|---|");
    for name in ["SQLite (synchronous=FULL)", "PostgreSQL (fsync on, loopback)"] {
        let mut row = Vec::new();
        for (writers, bookings) in [(1, false), (8, false), (1, true), (8, true)] {
            let dir = tempfile::tempdir()?;
            let url;
            let location = if name.starts_with("SQLite") {
                Location::Embedded(dir.path())
            } else {
                url = new_database(&server).await?;
                Location::Postgres(&url)
            };
            let store = seeded(location, &seed).await?;
            row.push(format!(
                "{:.0}",
                writes_per_second(store, &seed, total, writers, bookings).await?
            ));
        }
        println!("| {name} | {} |", row.join(" | "));
    }

    // Two replicas' catalogs on one database: an edit saved through A, timed until B's index holds it.
    let url = new_database(&server).await?;
    let store_a = seeded(Location::Postgres(&url), &seed).await?;
    let store_b = storage::open(Location::Postgres(&url)).await?;
    let a = Catalog::load(store_a, reference.gazetteer.clone()).await?;
    let b = Catalog::load(store_b, reference.gazetteer.clone()).await?;
    tokio::spawn(b.clone().follow_changes());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut lags = Vec::with_capacity(edits);
    for n in 0..edits {
        let mut service = seed.services[n % seed.services.len()].clone();
        service.updated_at = now() + chrono::Duration::seconds(i64::try_from(n).unwrap_or(0) + 1);
        let id = service.id;
        let stamp = service.updated_at;
        let started = Instant::now();
        a.save_service(service, &audit(&seed.services[0], n)).await?;
        while b.read().get(&id).map(|e| e.service.updated_at) != Some(stamp) {
            if started.elapsed() > Duration::from_secs(30) {
                return Err("an edit did not reach the other replica within 30 s".into());
            }
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        lags.push(started.elapsed());
    }
    lags.sort();
    println!();
    println!(
        "# From an edit saved through replica A to replica B's index ({edits} edits, one after the other)"
    );
    println!();
    println!("| p50 | p90 | p99 | max |");
    println!("|---|---|---|---|");
    println!(
        "| {} | {} | {} | {} |",
        ms(quantile(&lags, 0.5)),
        ms(quantile(&lags, 0.9)),
        ms(quantile(&lags, 0.99)),
        ms(lags.last().copied().unwrap_or_default())
    );
    Ok(())
}
