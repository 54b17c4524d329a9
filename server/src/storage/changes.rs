//! The directory's change feed. Every write of an organisation or a service adds a row naming it, in the same
//! transaction, numbered in commit order and marked with the process that wrote it. A process that did not
//! write a change applies it to its own in-memory index by reading the record as stored now (so applying a
//! change twice, or late, is harmless): replicas on one PostgreSQL database keep each other's edits searchable,
//! and a server on SQLite picks up what the command line imported while it runs.

use std::sync::Arc;

use uuid::Uuid;

use super::rows::{corrupt, parse_uuid};
use super::{StoreError, StoreFuture};
use crate::domain::{Organization, Service};

/// What a change touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Changed {
    /// An organisation, by id.
    Organization(Uuid),
    /// A service, by id.
    Service(Uuid),
}

impl Changed {
    /// The feed's `entity` and `entity_id`.
    pub fn parts(self) -> (&'static str, Uuid) {
        match self {
            Self::Organization(id) => ("organization", id),
            Self::Service(id) => ("service", id),
        }
    }
}

/// One row of the feed. Its time is the database's own clock (one clock for every replica).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Its place in commit order (numbers may skip: a rolled-back write takes one).
    pub seq: i64,
    /// What it touched.
    pub changed: Changed,
}

impl Change {
    /// A row of the feed as stored: its number, `entity` and `entity_id`.
    pub fn read(seq: i64, entity: &str, id: &str) -> Result<Self, StoreError> {
        let uuid = parse_uuid(id, id)?;
        let changed = match entity {
            "organization" => Changed::Organization(uuid),
            "service" => Changed::Service(uuid),
            other => return Err(corrupt(id, format!("entity {other}"))),
        };
        Ok(Self { seq, changed })
    }
}

/// How far behind the feed a reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Backlog {
    /// Changes after the reader's last one.
    pub pending: u64,
    /// How long ago the oldest of those was written, by the database's clock (0 when none waits).
    pub lag_ms: u64,
}

/// Reading the feed.
pub trait ChangeFeed: Send + Sync + std::fmt::Debug {
    /// The number of the last change written, 0 when there is none.
    fn latest_change(&self) -> StoreFuture<'_, i64>;

    /// The changes after `after` up to `up_to`, in order, at most `limit` — written by others: what this store
    /// wrote, its own process indexed as it wrote it.
    fn changes_since(&self, after: i64, up_to: i64, limit: u32) -> StoreFuture<'_, Vec<Change>>;

    /// How many changes follow `seq`, and since when.
    fn backlog(&self, seq: i64) -> StoreFuture<'_, Backlog>;

    /// Forgets the changes written more than `days` ago by the database's clock (a reader that far behind
    /// reloads the whole directory).
    fn prune_changes(&self, days: u32) -> StoreFuture<'_, u64>;

    /// One organisation as stored now.
    fn organization(&self, id: Uuid) -> StoreFuture<'_, Option<Organization>>;

    /// One service as stored now, with its texts and premises.
    fn service(&self, id: Uuid) -> StoreFuture<'_, Option<Service>>;

    /// Woken when another process writes a change (PostgreSQL's NOTIFY); `None` when the store has no such
    /// signal and readers look every few seconds instead.
    fn change_signal(&self) -> Option<Arc<tokio::sync::Notify>>;
}
