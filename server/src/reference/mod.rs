//! Reference data compiled into the binary: the LAC gazetteer (so a person can type a town) and country facts
//! (languages, time zones) and life lines (`data/lifelines/`). Sources and licences: `data/REFERENCE.md`.

pub mod countries;
pub mod gazetteer;
pub mod lifelines;
pub mod place_search;

use std::sync::Arc;

use api_types::{CountryCode, CountryInfo, CountryLifeLines, LifeLineGap};

pub use countries::{Countries, CountryRecord};
pub use gazetteer::{Gazetteer, PlaceRecord};
pub use lifelines::LifeLineBook;

/// The gazetteer CSV (GeoNames cities500, LAC).
pub const GAZETTEER_CSV: &str = include_str!("../../../data/gazetteer-lac.csv");
/// The countries CSV (LAC): names, languages, time zones and calling codes.
pub const COUNTRIES_CSV: &str = include_str!("../../../data/countries-lac.csv");

/// A country's facts with its life lines as served now: what `/countries/{iso2}` and a search's `country` block
/// answer.
#[derive(Debug, Clone, Copy)]
pub struct CountryFacts<'a> {
    /// Names, languages, time zones.
    pub countries: &'a Countries,
    /// Life lines, corrections included.
    pub lifelines: &'a LifeLineBook,
}

impl CountryFacts<'_> {
    /// The country's answer; `with_route` adds the route of care and the maintainers' notes (both left out of
    /// search answers, which the app reads on every search).
    pub fn info(&self, code: CountryCode, with_route: bool) -> Option<CountryInfo> {
        let record = self.countries.get(code)?;
        let mut lifelines = self
            .lifelines
            .get(code)
            .cloned()
            .unwrap_or_else(|| CountryLifeLines {
                iso2: code,
                emergency: Vec::new(),
                lines: Vec::new(),
                gaps: vec![LifeLineGap {
                    what: "emergency".to_owned(),
                    note: "Ruta has no sourced emergency number for this territory yet.".to_owned(),
                }],
                route: None,
                correction: None,
            });
        if !with_route {
            lifelines.route = None;
            lifelines.emergency.iter_mut().for_each(|e| e.note = None);
            lifelines.lines.iter_mut().for_each(|l| l.note = None);
            lifelines.gaps.iter_mut().for_each(|g| g.note.clear());
        }
        Some(CountryInfo {
            iso2: record.iso2,
            names: record.names.clone(),
            languages: record.languages.clone(),
            timezones: record.timezones.clone(),
            lifelines,
        })
    }
}

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
    /// A life-line file breaks a rule.
    #[error(transparent)]
    LifeLines(#[from] lifelines::LifeLineFileError),
}

/// Reference data shared by every part of the service.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The LAC gazetteer: the places a person can type, and the nearest place to a point.
    pub gazetteer: Arc<Gazetteer>,
    /// Names, languages, time zones and calling codes of the region's countries.
    pub countries: Arc<Countries>,
    /// The life lines shipped with Ruta (admins' corrections are laid over them at start).
    pub lifelines: Arc<LifeLineBook>,
}

impl Reference {
    /// Loads the copies compiled into the binary.
    pub fn embedded() -> anyhow::Result<Self> {
        Ok(Self {
            gazetteer: Arc::new(Gazetteer::embedded()?),
            countries: Arc::new(Countries::embedded()?),
            lifelines: Arc::new(LifeLineBook::embedded()?),
        })
    }
}
