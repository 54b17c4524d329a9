//! `ruta migrate-store`: copies everything from the SQLite file into an empty PostgreSQL database, table by table
//! in one PostgreSQL transaction, then compares the number of rows of every table before committing. Values keep
//! their meaning across the two schemas (text timestamps become TIMESTAMPTZ, 0/1 flags BOOLEAN); sealed booking
//! contacts are copied as they are, so the same booking key opens them.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{AssertSqlSafe, Postgres, Row, Transaction};

use super::{PostgresStore, SqliteStore, StoreError};

/// Every table, parents before children. The directory's change feed is not copied: the new database starts its
/// own.
const TABLES: [&str; 17] = [
    "organizations",
    "services",
    "service_texts",
    "locations",
    "users",
    "sessions",
    "audit_log",
    "problem_reports",
    "counsellors",
    "time_off",
    "appointments",
    "idempotency_keys",
    "appointment_counts",
    "referral_counts",
    "lifeline_corrections",
    "warm_referrals",
    "outbox",
];

/// Why nothing was copied.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// The target already holds data: the copy writes into an empty database only.
    #[error("the target database is not empty: {table} has {rows} rows (copy into a new, empty database)")]
    NotEmpty {
        /// The first table found with rows.
        table: &'static str,
        rows: i64,
    },
    /// After the copy, a table's count differs (nothing was committed).
    #[error("{table}: {from} rows in SQLite but {to} in PostgreSQL after the copy; nothing was committed")]
    Mismatch {
        table: &'static str,
        /// Rows in the source.
        from: i64,
        /// Rows in the target.
        to: i64,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for MigrateError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(StoreError::Database(e))
    }
}

/// A column of the target table and its PostgreSQL type.
struct Column {
    name: String,
    kind: String,
}

/// Copies every table of `from` into `to` (which must be empty); the rows copied per table.
pub async fn copy(
    from: &SqliteStore,
    to: &PostgresStore,
) -> Result<BTreeMap<&'static str, i64>, MigrateError> {
    for table in TABLES {
        let rows = count_pg(to, table).await?;
        if rows > 0 {
            return Err(MigrateError::NotEmpty { table, rows });
        }
    }
    let mut tx = to.pool().begin().await?;
    let mut copied = BTreeMap::new();
    for table in TABLES {
        let columns = columns_of(&mut tx, table).await?;
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        let select = format!("SELECT {} FROM {table}", names.join(", "));
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        let insert = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            placeholders.join(", ")
        );
        // Names from the fixed table list and PostgreSQL's own catalogue; values are bound.
        let rows = sqlx::query(AssertSqlSafe(select)).fetch_all(from.pool()).await?;
        for row in &rows {
            let mut query = sqlx::query(AssertSqlSafe(insert.clone()));
            for column in &columns {
                let name = column.name.as_str();
                query = match column.kind.as_str() {
                    "timestamp with time zone" => query.bind(row.try_get::<Option<DateTime<Utc>>, _>(name)?),
                    "boolean" => query.bind(row.try_get::<Option<bool>, _>(name)?),
                    "bigint" | "integer" => query.bind(row.try_get::<Option<i64>, _>(name)?),
                    "double precision" => query.bind(row.try_get::<Option<f64>, _>(name)?),
                    "bytea" => query.bind(row.try_get::<Option<Vec<u8>>, _>(name)?),
                    _ => query.bind(row.try_get::<Option<String>, _>(name)?),
                };
            }
            query.execute(&mut *tx).await?;
        }
        let from_rows = i64::try_from(rows.len()).unwrap_or(i64::MAX);
        let to_rows: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut *tx)
            .await?;
        if to_rows != from_rows {
            return Err(MigrateError::Mismatch {
                table,
                from: from_rows,
                to: to_rows,
            });
        }
        copied.insert(table, to_rows);
    }
    // The audit log's numbering goes on after the copied entries.
    sqlx::query("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM audit_log")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(copied)
}

async fn count_pg(to: &PostgresStore, table: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(to.pool())
        .await
}

async fn columns_of(tx: &mut Transaction<'_, Postgres>, table: &str) -> Result<Vec<Column>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT column_name, data_type FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Column {
                name: r.try_get("column_name")?,
                kind: r.try_get("data_type")?,
            })
        })
        .collect()
}
