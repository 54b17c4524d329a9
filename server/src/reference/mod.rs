//! Reference data compiled into the binary: the LAC gazetteer (so a person can type a town) and country facts
//! (languages, time zones, emergency numbers). Sources and licences: `data/REFERENCE.md`.

pub mod countries;
pub mod gazetteer;
pub mod place_search;

use std::sync::Arc;

pub use countries::{Countries, CountryRecord};
pub use gazetteer::{Gazetteer, PlaceRecord};

/// The gazetteer CSV (GeoNames cities500, LAC).
pub const GAZETTEER_CSV: &str = include_str!("../../../data/gazetteer-lac.csv");
/// The countries CSV.
pub const COUNTRIES_CSV: &str = include_str!("../../../data/countries-lac.csv");

/// A reference file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReferenceError {
    /// CSV syntax or a column that does not parse.
    #[error("reference data, row {row}: {reason}")]
    Row {
        /// 1-based data row.
        row: usize,
        /// What is wrong.
        reason: String,
    },
    /// CSV reader error.
    #[error("reference data: {0}")]
    Csv(#[from] csv::Error),
}

/// Reference data shared by every part of the service.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The gazetteer.
    pub gazetteer: Arc<Gazetteer>,
    /// Country facts.
    pub countries: Arc<Countries>,
}

impl Reference {
    /// Loads the copies compiled into the binary.
    pub fn embedded() -> anyhow::Result<Self> {
        Ok(Self {
            gazetteer: Arc::new(Gazetteer::embedded()?),
            countries: Arc::new(Countries::embedded()?),
        })
    }
}
