//! The demo directory: a deterministic, clearly fictional directory for the 33 LAC states. (Being written.)

use chrono::{DateTime, Utc};

use crate::domain::{Organization, Service};
use crate::reference::{Countries, Gazetteer};

/// A generated directory.
#[derive(Debug, Clone, Default)]
pub struct DemoDirectory {
    /// Organisations.
    pub organizations: Vec<Organization>,
    /// Services.
    pub services: Vec<Service>,
}

/// Generates the demo directory from a seed; the same seed and `now` give the same directory.
pub fn generate(_gazetteer: &Gazetteer, _countries: &Countries, _seed: u64, _now: DateTime<Utc>) -> DemoDirectory {
    DemoDirectory::default()
}
