//! Benchmark of the coverage report (issue 7): every gazetteer place (32,831) × every kind of service (12) against
//! the demo directory, with a brute-force scan (every place against every service, one core) as the baseline in
//! the same run; the answers must be equal.
//!
//! `cargo bench -p ruta-server --bench coverage`. Target: the full LAC report in at most 2 s on 2 cores.
//! Prints medians over several runs of: taking the inputs from the directory, computing the coverage (nearest
//! service per place and kind on every core, remote coverage), summing the report (countries, divisions,
//! farthest places) and writing the per-place rows; then the scan and the ratio.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use ruta_demo::DEMO_SEED;
use ruta_server::Reference;
use ruta_server::coverage::{Coverage, Filter, Inputs};
use ruta_server::directory::Directory;

mod timing;
use timing::{ms, quantile};

fn now() -> DateTime<Utc> {
    "2026-12-01T15:00:00Z".parse().unwrap_or_default()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    quantile(&times, 0.5)
}

fn main() {
    let reference = match Reference::embedded() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("reference data: {e}");
            return;
        }
    };
    let gazetteer = &reference.gazetteer;
    let demo = ruta_demo::generate(gazetteer, &reference.countries, DEMO_SEED, now());
    let directory = Directory::new(demo.organizations, demo.services, gazetteer.clone());
    let runs = 7;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());

    let (mut take, mut compute, mut sum, mut rows, mut total) = (vec![], vec![], vec![], vec![], vec![]);
    let mut coverage = None;
    let filter = Filter::default();
    for _ in 0..runs {
        let start = Instant::now();
        let inputs = Inputs::from_directory(&directory);
        let taken = Instant::now();
        let computed = Coverage::compute(gazetteer, &inputs);
        let done = Instant::now();
        let report = computed.report(gazetteer, &filter, 20);
        let summed = Instant::now();
        let count = computed.rows(gazetteer, &filter).count();
        let written = Instant::now();
        black_box((&report, count));
        take.push(taken - start);
        compute.push(done - taken);
        sum.push(summed - done);
        rows.push(written - summed);
        total.push(written - start);
        coverage = Some(computed);
    }
    let inputs = Inputs::from_directory(&directory);
    let start = Instant::now();
    let scan = Coverage::brute_force(gazetteer, &inputs);
    let scan_time = start.elapsed();
    let equal = coverage.as_ref() == Some(&scan);

    let places = gazetteer.places().len();
    println!(
        "# Coverage report: {places} places × {} kinds, demo directory of {} services, {threads} threads",
        api_types::ServiceKind::ALL.len(),
        directory.len()
    );
    println!();
    println!("| stage (median of {runs}) | time |");
    println!("|---|---|");
    println!("| inputs from the directory | {} |", ms(median(take)));
    println!(
        "| nearest service per place and kind, remote coverage | {} |",
        ms(median(compute.clone()))
    );
    println!(
        "| report: countries, divisions, farthest places | {} |",
        ms(median(sum))
    );
    println!("| per-place rows | {} |", ms(median(rows)));
    let total = median(total);
    println!("| **whole report** (target ≤ 2 s) | **{}** |", ms(total));
    println!();
    println!(
        "Brute-force scan (every place × every service, one core): {} — {:.0}× the computation, {:.0}× the whole \
         report; answers equal: {equal}.",
        ms(scan_time),
        scan_time.as_secs_f64() / median(compute).as_secs_f64().max(1e-9),
        scan_time.as_secs_f64() / total.as_secs_f64().max(1e-9),
    );
    if !equal {
        eprintln!("the R-tree coverage differs from the scan");
        std::process::exit(1);
    }
}
