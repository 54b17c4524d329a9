//! Country facts: names, languages, time zones. (The file's unlabelled `emergency_numbers` column is not read:
//! the numbers served come from `data/lifelines/`, each with its purpose and source.)

use std::collections::{BTreeMap, HashMap};

use api_types::CountryCode;
use serde::Deserialize;

use super::ReferenceError;

/// One country or territory.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRecord {
    /// ISO 3166-1 alpha-2.
    pub iso2: CountryCode,
    /// Names keyed by `en`, `es`, `pt`, `fr`.
    pub names: BTreeMap<String, String>,
    /// Sovereign state (true) or territory.
    pub sovereign: bool,
    /// GeoNames id of the capital (a gazetteer row).
    pub capital_geonameid: u32,
    /// Main languages, most spoken first.
    pub languages: Vec<String>,
    /// IANA zones.
    pub timezones: Vec<String>,
    /// E.164 calling code digits.
    pub calling_code: String,
    /// NANP area codes for +1 countries.
    pub nanp_area_codes: Vec<String>,
    /// Population (GeoNames estimate).
    pub population: u64,
}

#[derive(Deserialize)]
struct Row {
    iso2: String,
    name_en: String,
    name_es: String,
    name_pt: String,
    name_fr: String,
    status: String,
    capital_geonameid: u32,
    languages: String,
    timezones: String,
    calling_code: String,
    nanp_area_codes: String,
    population: u64,
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

/// All countries and territories of the reference file.
#[derive(Debug, Clone)]
pub struct Countries {
    by_code: HashMap<CountryCode, CountryRecord>,
    ordered: Vec<CountryCode>,
}

impl Countries {
    /// Reads the countries CSV.
    pub fn from_csv(csv_text: &str) -> Result<Self, ReferenceError> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut by_code = HashMap::new();
        let mut ordered = Vec::new();
        for (i, row) in reader.deserialize::<Row>().enumerate() {
            let row = row?;
            let iso2 = CountryCode::parse(&row.iso2).map_err(|e| ReferenceError::Row {
                row: i + 1,
                reason: e.to_string(),
            })?;
            let names = [
                ("en", row.name_en),
                ("es", row.name_es),
                ("pt", row.name_pt),
                ("fr", row.name_fr),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
            let record = CountryRecord {
                iso2,
                names,
                sovereign: row.status == "sovereign",
                capital_geonameid: row.capital_geonameid,
                languages: words(&row.languages),
                timezones: words(&row.timezones),
                calling_code: row.calling_code,
                nanp_area_codes: words(&row.nanp_area_codes),
                population: row.population,
            };
            ordered.push(iso2);
            by_code.insert(iso2, record);
        }
        Ok(Self { by_code, ordered })
    }

    /// The copy compiled into the binary.
    pub fn embedded() -> Result<Self, ReferenceError> {
        Self::from_csv(super::COUNTRIES_CSV)
    }

    /// A country by code; `None` for one outside the region's list.
    pub fn get(&self, code: CountryCode) -> Option<&CountryRecord> {
        self.by_code.get(&code)
    }

    /// Every country, by ISO code.
    pub fn iter(&self) -> impl Iterator<Item = &CountryRecord> {
        self.ordered.iter().filter_map(|c| self.by_code.get(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_has_the_33_sovereign_states() {
        let countries = Countries::embedded().unwrap();
        assert_eq!(countries.iter().filter(|c| c.sovereign).count(), 33);
        let py = countries.get(CountryCode::parse("PY").unwrap()).unwrap();
        assert_eq!(py.languages, ["gn", "es"]);
        assert_eq!(py.timezones, ["America/Asuncion"]);
    }
}
