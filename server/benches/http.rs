//! Load test of the search over HTTP on loopback, with the demo directory.
//!
//! `cargo bench -p ruta-server --bench http` — starts the real service (SQLite in a temporary folder, demo data)
//! on 127.0.0.1:0, then sends a bounded number of default searches (20 results within 50 km) from the 33
//! capitals over keep-alive connections, and prints requests per second and latency percentiles. Loopback only.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::sync::Arc;
use std::time::{Duration, Instant};

use ruta_server::clock::SystemClock;
use ruta_server::config::ServeConfig;
use ruta_server::{Reference, boot, run};

const CONNECTIONS: usize = 32;
const REQUESTS: usize = 120_000;
const WARMUP: usize = 5_000;

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

fn main() -> anyhow::Result<()> {
    let reference = Reference::embedded()?;
    let origins: Vec<String> = reference
        .countries
        .iter()
        .filter(|c| c.sovereign)
        .filter_map(|c| reference.gazetteer.get(c.capital_geonameid))
        .map(|p| format!("/api/v1/search?lat={:.2}&lon={:.2}", p.point.lat(), p.point.lon()))
        .collect();
    let data_dir = tempfile::tempdir()?;
    let config = ServeConfig {
        data_dir: data_dir.path().to_path_buf(),
        ..ServeConfig::default()
    };

    // The service gets its own runtime with two workers, as `ruta serve` would on this machine.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let (addr, services) = server_rt.block_on(async {
        let state = boot(&config, reference, Arc::new(SystemClock)).await?;
        let services = state.directory().len();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        tokio::spawn(run(listener, state, std::future::pending()));
        anyhow::Ok((addr, services))
    })?;

    // The load generator runs on one thread of its own.
    let client_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (elapsed, mut latencies, bytes) = client_rt.block_on(async {
        let client = reqwest::Client::builder()
            .no_proxy()
            .pool_max_idle_per_host(CONNECTIONS)
            .build()?;
        let base = format!("http://{addr}");
        for path in origins.iter().cycle().take(WARMUP) {
            let r = client.get(format!("{base}{path}")).send().await?;
            anyhow::ensure!(r.status().is_success(), "warm-up answered {}", r.status());
            r.bytes().await?;
        }
        let start = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..CONNECTIONS {
            let client = client.clone();
            let base = base.clone();
            let origins = origins.clone();
            tasks.push(tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(REQUESTS / CONNECTIONS);
                let mut bytes = 0usize;
                for i in 0..REQUESTS / CONNECTIONS {
                    let path = &origins[(c + i) % origins.len()];
                    let t = Instant::now();
                    let r = client.get(format!("{base}{path}")).send().await?;
                    anyhow::ensure!(r.status().is_success(), "answered {}", r.status());
                    bytes += r.bytes().await?.len();
                    latencies.push(t.elapsed());
                }
                anyhow::Ok((latencies, bytes))
            }));
        }
        let mut all = Vec::with_capacity(REQUESTS);
        let mut bytes = 0;
        for t in tasks {
            let (l, b) = t.await??;
            all.extend(l);
            bytes += b;
        }
        anyhow::Ok((start.elapsed(), all, bytes))
    })?;
    latencies.sort();
    let n = latencies.len();
    println!(
        "# Ruta HTTP benchmark: default search (20 results within 50 km), demo directory of {services} services"
    );
    println!();
    println!("| requests | connections | requests/s | p50 | p99 | mean body |");
    println!("|---|---|---|---|---|---|");
    println!(
        "| {n} | {CONNECTIONS} | {:.0} | {:.2} ms | {:.2} ms | {:.1} KB |",
        n as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        bytes as f64 / n as f64 / 1e3,
    );
    drop(server_rt);
    Ok(())
}
