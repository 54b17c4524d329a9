//! The stores' code both databases share: one file per store trait, in the SQL both speak. Each backend
//! (`storage/sqlite/`, `storage/postgres/`) compiles this folder once as its own `sql` module, with its own `Db`,
//! `SqlStore` and `Conn`, and the few statements in its dialect named below.

use super::{
    AUDIT_QUERY, BACKLOG, CHANGED_AT, COUNT_PURGED, Conn, Db, PRUNE, RECORD_CHANGE, SqlStore, notify_change,
};

mod accounts;
mod audit;
mod booking;
mod changes;
mod directory;
mod lifelines;
mod outbox;
mod referrals;
mod reports;
mod term_table;
