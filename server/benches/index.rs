//! Benchmark of the spatial index and the place search, with a brute-force scan as the baseline in the same run.
//!
//! `cargo bench -p ruta-server --bench index` (add `-- --quick` for 10k and 100k only).
//! Synthetic directories of 10k, 100k and 1M services placed like real ones: around the gazetteer's towns,
//! weighted by population, with common and rare kinds and languages (Haitian Creole only around Haiti and the
//! Dominican Republic). Prints median and p99 per query kind, the ratio to the scan, build time and memory.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::alloc::System;
use std::hint::black_box;
use std::time::{Duration, Instant};

use api_types::LatLon;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use ruta_server::geo::{Query, SpatialIndex};
use ruta_server::reference::Gazetteer;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use uuid::Uuid;

mod synthetic;
use synthetic::{Towns, query_kinds, synthetic};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

struct Stats {
    median: Duration,
    p99: Duration,
}

fn measure(samples: &mut [Duration]) -> Stats {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    Stats {
        median: at(0.5),
        p99: at(0.99),
    }
}

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn time_queries(origins: &[LatLon], mut f: impl FnMut(LatLon) -> usize) -> Stats {
    let mut samples = Vec::with_capacity(origins.len());
    for o in origins {
        let start = Instant::now();
        black_box(f(*o));
        samples.push(start.elapsed());
    }
    measure(&mut samples)
}

fn rss_peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let gazetteer = match Gazetteer::embedded() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("gazetteer: {e}");
            return;
        }
    };
    let towns = Towns::new(&gazetteer);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let origins: Vec<LatLon> = (0..1_000).map(|_| towns.near(&mut rng).0).collect();

    let kinds = query_kinds();

    println!(
        "# Ruta index benchmark (2 cores; medians and p99 over 1,000 queries from towns, weighted by population)\n"
    );
    let sizes: &[usize] = if quick {
        &[10_000, 100_000]
    } else {
        &[10_000, 100_000, 1_000_000]
    };
    for &n in sizes {
        let items = synthetic(n, &towns, 42);
        let peak_before = rss_peak_kb();
        let region = Region::new(GLOBAL);
        let start = Instant::now();
        let index = SpatialIndex::bulk_load(items);
        let build = start.elapsed();
        let change = region.change();
        let retained = change.bytes_allocated.saturating_sub(change.bytes_deallocated);
        let peak_growth = rss_peak_kb().saturating_sub(peak_before);
        println!("## {n} services\n");
        println!(
            "build (bulk load): {:.0} ms; memory retained by the index: {:.1} MB ({:.0} B/service); peak RSS growth: {:.1} MB\n",
            build.as_secs_f64() * 1e3,
            retained as f64 / 1e6,
            retained as f64 / n as f64,
            peak_growth as f64 / 1e3,
        );
        println!("| query | index median | index p99 | scan median | scan ÷ index |");
        println!("|---|---|---|---|---|");
        let scan_origins: Vec<LatLon> = origins
            .iter()
            .copied()
            .take(if n >= 1_000_000 { 40 } else { 200 })
            .collect();
        for (name, clauses, radius_m, limit) in &kinds {
            let query = Query {
                clauses: clauses.clone(),
                radius_m: *radius_m,
                limit: *limit,
            };
            let fast = time_queries(&origins, |o| index.nearest(o, &query, |_| true).len());
            let slow = time_queries(&scan_origins, |o| {
                index.brute_force_nearest(o, &query, |_| true).len()
            });
            // Same answers, checked on the scan's origins.
            for o in &scan_origins {
                let a: Vec<Uuid> = index.nearest(*o, &query, |_| true).iter().map(|h| h.id).collect();
                let b: Vec<Uuid> = index
                    .brute_force_nearest(*o, &query, |_| true)
                    .iter()
                    .map(|h| h.id)
                    .collect();
                assert_eq!(a, b, "{name}: index and scan disagree");
            }
            println!(
                "| {name} | {} | {} | {} | {:.0}× |",
                micros(fast.median),
                micros(fast.p99),
                micros(slow.median),
                slow.median.as_secs_f64() / fast.median.as_secs_f64().max(1e-9)
            );
        }
        println!();
    }

    println!("## Place search ({} places)\n", gazetteer.places().len());
    let typed = [
        "tegucigalpa",
        "tegu",
        "cap haitien",
        "okap",
        "tegusigalpa",
        "asuncoin",
        "san jose",
        "port au",
        "sao paulo",
        "lima",
        "bogota",
        "quetzaltenango",
        "xela",
        "cuzco",
        "santo domingo este",
        "mexico",
        "monterey",
        "kingston",
    ];
    let mut samples = Vec::new();
    for _ in 0..60 {
        for q in typed {
            let start = Instant::now();
            black_box(gazetteer.search(q, None, 10));
            samples.push(start.elapsed());
        }
    }
    let place = measure(&mut samples);
    println!(
        "| query | median | p99 |\n|---|---|---|\n| place search, 10 results (mixed exact, prefix, typo) | {} | {} |\n",
        micros(place.median),
        micros(place.p99)
    );
}
