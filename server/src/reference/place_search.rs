//! Typed-town search over the gazetteer. (Being written.)

use api_types::CountryCode;

use super::PlaceRecord;

/// A match: the place's position in the gazetteer and the alternate name that matched, if not the main one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    /// Index into the gazetteer's places.
    pub index: u32,
    /// The alternate name that matched.
    pub matched_name: Option<String>,
}

/// The search structure.
#[derive(Debug, Default)]
pub struct PlaceSearch {}

impl PlaceSearch {
    /// Builds the structure for the places.
    pub fn build(_places: &[PlaceRecord]) -> Self {
        Self {}
    }

    /// Places matching `query`, best first.
    pub fn search(
        &self,
        _query: &str,
        _country: Option<CountryCode>,
        _limit: usize,
        _places: &[PlaceRecord],
    ) -> Vec<PlaceMatch> {
        Vec::new()
    }
}
