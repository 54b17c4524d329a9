//! Service areas: ISO 3166 codes, country and division names, GeoJSON polygons, and the marker of a
//! confidential shelter's area in Ruta's own exports.

use api_types::{CountryCode, LatLon, ServiceArea};
use serde_json::Value;
use uuid::Uuid;

use super::fields::{Obj, first_raw, list, push_unique, raw, uuid_of};
use super::tolerant;
use super::{At, Mapper};
use crate::domain::text::fold;
use crate::hsds::{RUTA_NAMESPACE, derive_id};

impl Mapper<'_> {
    /// An ISO 3166-2 code (`HN-FM`), checked for shape.
    fn region_code(text: &str) -> Option<String> {
        let text = text.trim();
        let (country, sub) = text.split_once('-')?;
        let ok = country.len() == 2
            && country.chars().all(|c| c.is_ascii_alphabetic())
            && (1..=3).contains(&sub.len())
            && sub.chars().all(|c| c.is_ascii_alphanumeric());
        ok.then(|| text.to_ascii_uppercase())
    }

    /// The service area; whether the file marks a confidential shelter (Ruta's export does, with an area of
    /// its own); and the countries the areas name.
    pub(super) fn area(
        &mut self,
        at: &At,
        v: &Obj,
        service_id: Uuid,
    ) -> (ServiceArea, bool, Vec<CountryCode>) {
        let mut area = ServiceArea::default();
        let mut confidential = false;
        let mut countries = Vec::new();
        let marker = derive_id(
            &derive_id(&RUTA_NAMESPACE, "service_area"),
            &format!("{service_id}/confidential"),
        );
        for a in list(v, "service_areas") {
            let Some(a) = a.as_object() else {
                continue;
            };
            let a_at = self.at_of("service_area", a, at);
            self.read("service_area");
            let description = raw(a, "description").unwrap_or_default();
            let code = raw(a, "x_ruta_code");
            let name = first_raw(a, &["name", "service_area"]).map(|n| self.repaired(&a_at, "name", n));
            if uuid_of(a, "id") == Some(marker) || description.starts_with("A confidential shelter") {
                confidential = true;
                let hint = code
                    .as_deref()
                    .and_then(|c| CountryCode::parse(c.get(..2).unwrap_or(c)).ok())
                    .or_else(|| {
                        name.as_deref()
                            .and_then(|n| self.country(n.rsplit(',').next().unwrap_or(n)))
                    });
                if let Some(hint) = hint {
                    push_unique(&mut countries, hint);
                }
                continue;
            }
            if let Some(code) = code {
                if let Some(region) = Self::region_code(&code) {
                    if let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok()) {
                        push_unique(&mut countries, c);
                    }
                    push_unique(&mut area.regions, region);
                    continue;
                }
                if let Ok(c) = CountryCode::parse(&code) {
                    push_unique(&mut area.countries, c);
                    push_unique(&mut countries, c);
                    continue;
                }
            }
            let extent = raw(a, "extent");
            let geojson = raw(a, "extent_type").is_some_and(|t| t.eq_ignore_ascii_case("geojson"))
                || extent.as_deref().is_some_and(|e| e.starts_with('{'));
            if let (Some(extent), true) = (extent, geojson) {
                match polygon(&extent) {
                    Some((rings, several)) => {
                        if several {
                            self.report
                                .fixed(&a_at, "extent", "a MultiPolygon: its first polygon was kept");
                        }
                        if area.polygon.is_some() {
                            self.report
                                .skipped_row(&a_at, "Ruta keeps one polygon per service: the first was kept");
                        } else {
                            area.polygon = Some(rings);
                        }
                        continue;
                    }
                    None => self.report.skipped_field(
                        &a_at,
                        "extent",
                        "not a GeoJSON Polygon with coordinates in range",
                    ),
                }
            }
            let Some(name) = name else {
                self.report.skipped_row(&a_at, "no name, code or polygon");
                continue;
            };
            if self.area_name(&name, &mut area, &mut countries) {
                continue;
            }
            // A legacy cell listing several places.
            let parts: Vec<&str> = tolerant::split_multi(&name).collect();
            let mut trial = ServiceArea::default();
            let mut trial_countries = Vec::new();
            if parts.len() > 1
                && parts
                    .iter()
                    .all(|p| self.area_name(p, &mut trial, &mut trial_countries))
            {
                self.report
                    .fixed(&a_at, "name", "several places in one cell: read each");
                trial
                    .countries
                    .into_iter()
                    .for_each(|c| push_unique(&mut area.countries, c));
                trial
                    .regions
                    .into_iter()
                    .for_each(|r| push_unique(&mut area.regions, r));
                trial_countries
                    .into_iter()
                    .for_each(|c| push_unique(&mut countries, c));
                continue;
            }
            self.report.skipped_row(
                &a_at,
                "not a country, an ISO 3166-2 code, a first-level division or a GeoJSON polygon Ruta knows",
            );
        }
        (area, confidential, countries)
    }

    /// Reads one area name into `area`: a region code, a country, "division, country" or a division.
    fn area_name(&self, name: &str, area: &mut ServiceArea, countries: &mut Vec<CountryCode>) -> bool {
        if let Some(region) = Self::region_code(name)
            && let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok())
            && self.ctx.countries.get(c).is_some()
        {
            push_unique(countries, c);
            push_unique(&mut area.regions, region);
            return true;
        }
        if let Some(c) = self.country(name) {
            push_unique(&mut area.countries, c);
            push_unique(countries, c);
            return true;
        }
        if let Some((division, country)) = name.rsplit_once(',')
            && let Some(c) = self.country(country)
            && let Some(region) = self.divisions.get(&(c, fold(division)))
        {
            push_unique(countries, c);
            push_unique(&mut area.regions, region.clone());
            return true;
        }
        if let Some(codes) = self.division_names.get(&fold(name))
            && codes.len() == 1
            && let Some(region) = codes.iter().next()
        {
            if let Some(c) = region.get(..2).and_then(|c| CountryCode::parse(c).ok()) {
                push_unique(countries, c);
            }
            push_unique(&mut area.regions, region.clone());
            return true;
        }
        false
    }
}

/// The rings of a GeoJSON Polygon (or a MultiPolygon's first), checked; true when a MultiPolygon was cut.
fn polygon(text: &str) -> Option<(Vec<Vec<[f64; 2]>>, bool)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let geometry = if value.get("type").and_then(Value::as_str) == Some("Feature") {
        value.get("geometry")?.clone()
    } else {
        value
    };
    let (coordinates, several) = match geometry.get("type").and_then(Value::as_str)? {
        "Polygon" => (geometry.get("coordinates")?.clone(), false),
        "MultiPolygon" => {
            let all = geometry.get("coordinates")?.as_array()?;
            (all.first()?.clone(), all.len() > 1)
        }
        _ => return None,
    };
    let rings: Vec<Vec<[f64; 2]>> = coordinates
        .as_array()?
        .iter()
        .map(|ring| {
            ring.as_array()?
                .iter()
                .map(|p| {
                    let p = p.as_array()?;
                    let (x, y) = (p.first()?.as_f64()?, p.get(1)?.as_f64()?);
                    LatLon::new(y, x).ok().map(|_| [x, y])
                })
                .collect::<Option<Vec<_>>>()
                .filter(|r| r.len() >= 4)
        })
        .collect::<Option<Vec<_>>>()?;
    (!rings.is_empty()).then_some((rings, several))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_are_checked() {
        let square = r#"{"type":"Polygon","coordinates":[[[-87,14],[-86,14],[-86,15],[-87,14]]]}"#;
        assert_eq!(polygon(square).map(|(r, m)| (r[0].len(), m)), Some((4, false)));
        assert!(
            polygon(r#"{"type":"Polygon","coordinates":[[[-87,140],[-86,14],[-86,15],[-87,14]]]}"#).is_none()
        );
        assert!(polygon("extent").is_none());
    }
}
