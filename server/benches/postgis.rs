//! The in-memory index against PostGIS (issue 17): the same synthetic directory (1,000,000 services; `--quick`
//! 100,000) loaded into a PostGIS table — geography points with a GiST index, the facets as a bit mask — answers
//! the same queries as the in-memory index from the same origins. Medians, the ratio, and how often both gave the
//! same services (PostGIS orders by distance on the spheroid, the index on the sphere, so near-ties may swap).
//!
//! `scripts/bench.sh postgis` (a throwaway PostgreSQL with Debian's PostGIS); needs `RUTA_BENCH_DATABASE_URL`.

#![allow(clippy::print_stdout, reason = "a benchmark prints its report")]

use std::time::{Duration, Instant};

use api_types::LatLon;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use ruta_server::geo::{Query, SpatialIndex};
use ruta_server::reference::Gazetteer;
use sqlx::{Connection as _, Row as _};
use uuid::Uuid;

mod synthetic;
use synthetic::{Towns, query_kinds, synthetic};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Queries per kind (PostGIS is the slow side).
const ORIGINS: usize = 200;

/// The query: up to four facet clauses (0 = none), the origin, a radius (NULL = anywhere) and how many.
const SQL: &str = "SELECT id::text AS id FROM items
    WHERE ($1 = 0 OR mask & $1 <> 0) AND ($2 = 0 OR mask & $2 <> 0)
      AND ($3 = 0 OR mask & $3 <> 0) AND ($4 = 0 OR mask & $4 <> 0)
      AND ($7::float8 IS NULL OR ST_DWithin(geog, ST_SetSRID(ST_MakePoint($5, $6), 4326)::geography, $7))
    ORDER BY geog <-> ST_SetSRID(ST_MakePoint($5, $6), 4326)::geography
    LIMIT $8";

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let quick = std::env::args().any(|a| a == "--quick");
    let n = if quick { 100_000 } else { 1_000_000 };
    let server = std::env::var("RUTA_BENCH_DATABASE_URL")
        .map_err(|_| "set RUTA_BENCH_DATABASE_URL (scripts/bench.sh postgis)")?;
    let gazetteer = Gazetteer::embedded()?;
    let towns = Towns::new(&gazetteer);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let origins: Vec<LatLon> = (0..ORIGINS).map(|_| towns.near(&mut rng).0).collect();

    let items = synthetic(n, &towns, 42);
    let mut copy_text = String::with_capacity(n * 80);
    for item in &items {
        copy_text.push_str(&format!(
            "{}\tSRID=4326;POINT({} {})\t{}\n",
            item.id,
            item.point.lon(),
            item.point.lat(),
            item.mask.0 as i64
        ));
    }
    let index = SpatialIndex::bulk_load(items);

    let name = format!("ruta_postgis_{}", Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(&server).await?;
    // Our own name: "ruta_postgis_" and 32 hex digits.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await?;
    let base = server.rsplit_once('/').map_or(server.as_str(), |(base, _)| base);
    let mut db = sqlx::PgConnection::connect(&format!("{base}/{name}")).await?;
    sqlx::query("CREATE EXTENSION postgis").execute(&mut db).await?;
    sqlx::query("CREATE TABLE items (id uuid PRIMARY KEY, geog geography(Point, 4326) NOT NULL, mask bigint NOT NULL)")
        .execute(&mut db)
        .await?;
    let loading = Instant::now();
    let mut copy = db.copy_in_raw("COPY items (id, geog, mask) FROM STDIN").await?;
    for chunk in copy_text.as_bytes().chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    copy.finish().await?;
    let loaded = loading.elapsed();
    let indexing = Instant::now();
    sqlx::query("CREATE INDEX items_geog ON items USING GIST (geog)")
        .execute(&mut db)
        .await?;
    sqlx::query("ANALYZE items").execute(&mut db).await?;
    let indexed = indexing.elapsed();

    println!(
        "# {n} services: the in-memory index against PostGIS ({ORIGINS} queries per row from towns, 2 cores)"
    );
    println!();
    println!(
        "PostGIS: COPY {:.1} s, GiST index {:.1} s.",
        loaded.as_secs_f64(),
        indexed.as_secs_f64()
    );
    println!();
    println!("| query | index median | PostGIS median | PostGIS ÷ index | same services |");
    println!("|---|---|---|---|---|");
    for (label, clauses, radius_m, limit) in query_kinds() {
        let query = Query {
            clauses: clauses.clone(),
            radius_m,
            limit,
        };
        let mut masks = [0_i64; 4];
        for (slot, clause) in masks.iter_mut().zip(&clauses) {
            *slot = clause.0 as i64;
        }
        let radius = (radius_m < 10_000_000.0).then_some(radius_m);
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        let mut same = 0;
        for origin in &origins {
            let started = Instant::now();
            let mine: Vec<String> = index
                .nearest(*origin, &query, |_| true)
                .iter()
                .map(|h| h.id.to_string())
                .collect();
            fast.push(started.elapsed());
            let started = Instant::now();
            let rows = sqlx::query(SQL)
                .bind(masks[0])
                .bind(masks[1])
                .bind(masks[2])
                .bind(masks[3])
                .bind(origin.lon())
                .bind(origin.lat())
                .bind(radius)
                .bind(i64::try_from(limit).unwrap_or(10))
                .fetch_all(&mut db)
                .await?;
            slow.push(started.elapsed());
            let theirs: Vec<String> = rows.iter().map(|r| r.try_get("id")).collect::<Result<_, _>>()?;
            let mut a = mine.clone();
            let mut b = theirs;
            a.sort();
            b.sort();
            if a == b {
                same += 1;
            }
        }
        let (f, s) = (median(&mut fast), median(&mut slow));
        println!(
            "| {label} | {} | {} | {:.0}× | {same}/{ORIGINS} |",
            micros(f),
            micros(s),
            s.as_secs_f64() / f.as_secs_f64().max(1e-9)
        );
    }
    drop(db);
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name}")))
        .execute(&mut admin)
        .await?;
    Ok(())
}
