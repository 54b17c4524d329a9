//! The run over the file's records (organisations' ids first, then services, then the organisations' records),
//! and a service's own fields: names and descriptions in their languages, status, and what the other parts
//! read (place, area, terms, languages, phones, hours, cost).

use std::collections::{HashMap, HashSet};

use api_types::{
    Capacity, CountryCode, DeliveryMode, LanguageCode, Localized, ServiceArea, ServiceKind, ServiceStatus,
};
use serde_json::Value;
use uuid::Uuid;

use super::fields::{Obj, content_key, flag, instant, obj_nonempty, raw, truncate, uuid_of};
use super::organizations::{OrgDraft, Orgs};
use super::places::Place;
use super::{At, Known, Mapped, Mapper, ROW};
use crate::domain::text::fold;
use crate::domain::{Location, Service};
use crate::hsds::derive_id;

/// Longest name kept, in characters (as for editors).
pub(super) const MAX_NAME: usize = 200;
/// Longest description kept.
pub(super) const MAX_DESCRIPTION: usize = 4_000;

/// A service's places (the main one first) and area, read before the rest (they say its country).
struct Located {
    places: Vec<Place>,
    area: ServiceArea,
    confidential_area: bool,
    country: Option<CountryCode>,
}

/// A service row read as far as its organisation and place, waiting for its country.
struct Unplaced {
    at: At,
    v: Obj,
    id: Uuid,
    organization_id: Uuid,
    existing: Option<Service>,
    located: Located,
}

/// What Ruta holds from other sources, by folded names and address: a file's organisation or service that
/// comes under another id is matched to it rather than doubled.
#[derive(Debug, Default)]
struct Matching {
    /// Folded organisation name → its id.
    organizations: HashMap<String, Uuid>,
    /// (folded organisation name, folded service name, folded street address) → the service's id.
    services: HashMap<(String, String, String), Uuid>,
}

impl Matching {
    fn of(known: &dyn Known) -> Self {
        let mut matching = Self::default();
        known.each_service(&mut |s| {
            let Some(org) = known.organization(&s.organization_id) else {
                return;
            };
            let org_name = fold(&org.name);
            matching.organizations.entry(org_name.clone()).or_insert(org.id);
            for address in s.locations.iter().filter_map(|l| l.address.as_deref()).map(fold) {
                for name in s.names.values() {
                    matching
                        .services
                        .entry((org_name.clone(), fold(name), address.clone()))
                        .or_insert(s.id);
                }
            }
        });
        matching
    }
}

impl Mapper<'_> {
    /// Maps everything: organisations first (ids only), then services, then the organisations' records.
    pub fn map(
        mut self,
        organizations: Vec<Value>,
        services: impl ExactSizeIterator<Item = Value>,
    ) -> Mapped {
        let owner = self.ctx.options.owner;
        let matching = Matching::of(self.ctx.known);
        let mut matched: HashSet<Uuid> = HashSet::new();
        // Organisations: their ids, for the services' foreign keys.
        let mut orgs: Vec<OrgDraft> = Vec::new();
        let mut org_by_raw: HashMap<String, Option<Uuid>> = HashMap::new();
        let mut org_seen: HashMap<Uuid, String> = HashMap::new();
        for (i, value) in organizations.into_iter().enumerate() {
            let Value::Object(v) = value else {
                continue;
            };
            let nested = flag(&v, "__nested");
            let row = v.get(ROW).and_then(Value::as_u64).unwrap_or(i as u64 + 1);
            let at = At::new("organization", Some(row), raw(&v, "id"));
            let id = if nested {
                uuid_of(&v, "id")
                    .unwrap_or_else(|| derive_id(&self.ns, &format!("organization#{}", content_key(&v))))
            } else {
                self.read("organization");
                self.row_id(&at, "organization", &v)
            };
            let id = match raw(&v, "name").map(|n| fold(&n)) {
                Some(name) if self.ctx.known.organization(&id).is_none() => {
                    match matching.organizations.get(&name) {
                        Some(known) => {
                            self.report.fixed(
                            &at,
                            "id",
                            "the same organisation as one Ruta holds from another source: matched to it, not doubled",
                        );
                            *known
                        }
                        None => id,
                    }
                }
                _ => id,
            };
            let key = content_key(&v);
            if let Some(first) = org_seen.get(&id) {
                if !nested && *first != key {
                    self.report
                        .skipped_row(&at, "duplicate id: the first organisation with this id was kept");
                } else if !nested {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                }
                continue;
            }
            if raw(&v, "name").is_none() {
                self.report.skipped_row(
                    &at,
                    "no name (required): the organisation and its services are left out",
                );
                if let Some(r) = raw(&v, "id") {
                    org_by_raw.insert(r, None);
                }
                continue;
            }
            if let Some(r) = raw(&v, "id") {
                org_by_raw.insert(r, Some(id));
            }
            org_seen.insert(id, key);
            orgs.push(OrgDraft { at, id, value: v });
        }
        let only = (orgs.len() == 1).then(|| orgs[0].id);
        let mut orgs = Orgs {
            drafts: orgs,
            by_raw: org_by_raw,
            only,
        };
        if let Some(owner) = owner {
            for org in orgs.drafts.iter().filter(|o| o.id != owner) {
                self.report.warning(
                    &org.at,
                    None,
                    "not imported: an editor's import goes into their own organisation, and every service in the \
                     file is attached to it",
                );
            }
        }

        // Services.
        let total = services.len() as u64;
        self.ctx.progress.start("services", total);
        let mut out: Vec<(At, Service)> = Vec::with_capacity(services.len());
        // Each service's id → a fingerprint of its content (not the content: 100,000 of those weigh).
        let mut seen: HashMap<Uuid, Uuid> = HashMap::new();
        let mut org_country: HashMap<Uuid, CountryCode> = HashMap::new();
        let mut deferred: Vec<Unplaced> = Vec::new();
        for (i, value) in services.into_iter().enumerate() {
            self.ctx.progress.advance(1);
            let Value::Object(v) = value else {
                continue;
            };
            let row = v.get(ROW).and_then(Value::as_u64).unwrap_or(i as u64 + 1);
            let at = At::new("service", Some(row), raw(&v, "id"));
            self.read("service");
            let has_name = raw(&v, "name").is_some() || obj_nonempty(&v, "x_ruta_names");
            if !has_name {
                self.report.skipped_row(&at, "no name (required)");
                continue;
            }
            let mut id = self.row_id(&at, "service", &v);
            let key = content_key(&v);
            let fingerprint = derive_id(&self.ns, &key);
            if let Some(first) = seen.get(&id) {
                if *first == fingerprint {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                    continue;
                }
                id = derive_id(&self.ns, &format!("service#{key}"));
                self.report.fixed(
                    &at,
                    "id",
                    "duplicate id with different content: this row got an id derived from its content",
                );
                if seen.contains_key(&id) {
                    self.report
                        .skipped_row(&at, "an exact duplicate of an earlier row");
                    continue;
                }
            }
            seen.insert(id, fingerprint);

            let organization_id = match owner {
                Some(owner) => owner,
                None => match self.organization_of(&at, &v, &mut orgs) {
                    Some(org) => org,
                    None => continue,
                },
            };
            let located = self.located(&at, &v, id);
            if self.ctx.known.service(&id).is_none()
                && let Some(same) = self.same_service(&matching, &v, &located, organization_id, &orgs)
                && !seen.contains_key(&same)
            {
                self.report.fixed(
                    &at,
                    "id",
                    "the same organisation, service and address as a listing Ruta holds from another source: \
                     matched to it, not doubled",
                );
                seen.insert(same, fingerprint);
                matched.insert(same);
                id = same;
            }
            let existing = self.ctx.known.service(&id).cloned();
            if let Some(existing) = &existing
                && owner.is_some()
                && existing.organization_id != organization_id
            {
                self.report
                    .skipped_row(&at, "a service with this id belongs to another organisation");
                continue;
            }
            let country = located.country.or_else(|| existing.as_ref().map(|e| e.country));
            let row = Unplaced {
                at,
                v,
                id,
                organization_id,
                existing,
                located,
            };
            match country {
                Some(country) => out.extend(self.service_in(row, country, &mut org_country)),
                None => deferred.push(row),
            }
        }
        // Services that say nothing of their country: the file's most common one (a national directory's
        // export), reported.
        let mut tally: HashMap<CountryCode, usize> = HashMap::new();
        for (_, s) in &out {
            *tally.entry(s.country).or_default() += 1;
        }
        let common = tally
            .into_iter()
            .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
            .map(|(c, _)| c);
        for row in deferred {
            let Some(country) = common else {
                self.report.skipped_row(
                    &row.at,
                    "no country: neither an address, a point in the region, a service area nor Ruta's record \
                     says which",
                );
                continue;
            };
            self.report.fixed(
                &row.at,
                "country",
                format!("no country given: the file's most common, {country}"),
            );
            out.extend(self.service_in(row, country, &mut org_country));
        }
        self.ctx.progress.finish();

        for table in std::mem::take(&mut self.derived_ids) {
            self.report.warning(
                &At::file(table),
                Some("id"),
                "ids are not UUIDs: each got a stable UUIDv5 derived from the source name, the table and the id, \
                 so importing the same file again updates the same records",
            );
        }

        let organizations = if owner.is_some() {
            Vec::new()
        } else {
            orgs.drafts
                .into_iter()
                .map(|draft| {
                    let lang = org_country.get(&draft.id).map(|c| self.text_language(*c));
                    let org = self.organization(&draft, lang);
                    (draft.at, org)
                })
                .collect()
        };
        Mapped {
            organizations,
            services: out,
            report: self.report,
            matched,
        }
    }

    /// The listing Ruta holds from another source with the same organisation, service name and street address
    /// as the file's service `v`, if any.
    fn same_service(
        &self,
        matching: &Matching,
        v: &Obj,
        located: &Located,
        organization_id: Uuid,
        orgs: &Orgs,
    ) -> Option<Uuid> {
        if matching.services.is_empty() {
            return None;
        }
        let org_name = orgs
            .drafts
            .iter()
            .find(|d| d.id == organization_id)
            .and_then(|d| raw(&d.value, "name"))
            .or_else(|| {
                self.ctx
                    .known
                    .organization(&organization_id)
                    .map(|o| o.name.clone())
            })?;
        let address = located.places.first()?.address.as_deref()?;
        let key = (fold(&org_name), fold(&raw(v, "name")?), fold(address));
        matching.services.get(&key).copied()
    }

    /// A row's service in `country`, or `None` (reported) when it cannot be imported; the first service of an
    /// organisation gives the organisation its country.
    fn service_in(
        &mut self,
        row: Unplaced,
        country: CountryCode,
        org_country: &mut HashMap<Uuid, CountryCode>,
    ) -> Option<(At, Service)> {
        let located = Located {
            country: Some(country),
            ..row.located
        };
        let service = self.service(
            &row.at,
            &row.v,
            row.id,
            row.organization_id,
            row.existing.as_ref(),
            located,
        )?;
        org_country.entry(row.organization_id).or_insert(service.country);
        Some((row.at, service))
    }

    /// One service, or `None` (reported) when it cannot be imported.
    fn service(
        &mut self,
        at: &At,
        v: &Obj,
        id: Uuid,
        organization_id: Uuid,
        existing: Option<&Service>,
        located: Located,
    ) -> Option<Service> {
        let Located {
            places,
            area,
            confidential_area,
            country,
        } = located;
        let country = country?;
        let lang = self.text_language(country);
        let names = self.texts(at, v, "x_ruta_names", "name", &lang, MAX_NAME);
        if names.is_empty() {
            self.report.skipped_row(at, "no name (required)");
            return None;
        }
        let descriptions = self.texts(
            at,
            v,
            "x_ruta_descriptions",
            "description",
            &lang,
            MAX_DESCRIPTION,
        );

        let super::terms::Terms {
            mut kinds,
            populations,
            mut delivery,
            source: source_terms,
        } = self.terms(at, v);
        if kinds.is_empty() {
            kinds.push(ServiceKind::Other);
            self.report.fixed(
                at,
                "attributes",
                "no kind of service given or recognised: set to other",
            );
        }
        let languages = self.languages(at, v);
        let phones = self.phones(at, v, places.first(), country);
        let hours = self.hours(at, v, places.first(), country);
        let cost = self.cost(at, v);
        let status = self.status(at, v);
        let capacity = match raw(v, "x_ruta_capacity") {
            Some(c) => c.parse::<Capacity>().unwrap_or_else(|_| {
                self.report
                    .skipped_field(at, "x_ruta_capacity", "not available, limited, full or unknown");
                Capacity::Unknown
            }),
            None => existing.map_or(Capacity::Unknown, |e| e.capacity),
        };
        let capacity_updated_at = match raw(v, "x_ruta_capacity") {
            Some(_) => raw(v, "x_ruta_capacity_updated_at").and_then(|t| instant(&t)),
            None => existing.and_then(|e| e.capacity_updated_at),
        };
        let last_verified_at = raw(v, "x_ruta_last_verified_at")
            .or_else(|| raw(v, "assured_date"))
            .and_then(|t| instant(&t));
        let mut confidential =
            flag(v, "x_ruta_confidential") || confidential_area || existing.is_some_and(|e| e.confidential);
        let demo = flag(v, "x_ruta_demo") || existing.is_some_and(|e| e.demo);

        let mut locations: Vec<Location> = places
            .into_iter()
            .filter_map(|p| {
                Some(Location {
                    point: p.point?,
                    postal_code: super::places::postal_code(&p.location),
                    address: p.address,
                    locality: p.locality,
                    region: p.region,
                    country: p.country.unwrap_or(country),
                    approximate: p.approximate,
                })
            })
            .collect();
        if locations.is_empty()
            && confidential
            && let Some(kept) = existing.map(|e| e.locations.clone()).filter(|l| !l.is_empty())
        {
            self.report.fixed(
                at,
                "location",
                "a confidential shelter's premises are withheld from exports: the premises on record were kept",
            );
            locations = kept;
        }

        // A shelter's street address, published, tells a trafficker where the people they look for sleep.
        let street = locations
            .iter()
            .filter_map(|l| l.address.as_deref())
            .any(|a| !a.trim().is_empty());
        if street && !confidential && kinds.contains(&ServiceKind::Shelter) {
            if self.ctx.options.shelters.covers(id) {
                confidential = true;
                self.report.fixed(
                    at,
                    "x_ruta_confidential",
                    "a shelter with a street address: made confidential, as chosen (its address is never public)",
                );
            } else {
                self.report.warning(
                    at,
                    Some("x_ruta_confidential"),
                    "a shelter with a street address will be shown to the public: keep it confidential with \
                     --confidential-shelters, or choose it on the import screen",
                );
                let name = names.values().next().cloned().unwrap_or_default();
                self.report.shelter_with_address(id, name);
            }
        }

        if delivery.is_empty() {
            if !locations.is_empty() {
                delivery.push(DeliveryMode::InPerson);
            }
            if kinds.contains(&ServiceKind::Hotline) {
                delivery.push(DeliveryMode::Phone);
            }
            if delivery.is_empty() {
                delivery.push(DeliveryMode::InPerson);
            }
        }
        let remote = delivery.iter().any(|d| d.is_remote());
        let mut area = area;
        if locations.is_empty() && !remote && !confidential {
            self.report.warning(
                at,
                Some("location"),
                "no premises and no remote delivery: the service cannot be found by place or by area",
            );
        }
        if locations.is_empty() && !confidential && area == ServiceArea::default() {
            area.countries.push(country);
            self.report.fixed(
                at,
                "service_areas",
                "no premises and no service area: its area is its country",
            );
        }
        if remote && area == ServiceArea::default() {
            self.report.warning(
                at,
                Some("service_areas"),
                "remote delivery without a service area: remote searches will not find it",
            );
        }

        let details = self.details(at, v, &populations, cost);
        let now = self.ctx.options.now;
        let updated_at = raw(v, "last_modified").and_then(|t| instant(&t)).unwrap_or(now);
        Some(Service {
            id,
            organization_id,
            names,
            descriptions,
            kinds,
            populations,
            languages,
            cost,
            delivery,
            hours,
            phones,
            area,
            status,
            capacity,
            capacity_updated_at,
            last_verified_at,
            confidential,
            demo,
            locations,
            country,
            details,
            source_terms,
            created_at: existing.map_or(now, |e| e.created_at),
            updated_at,
        })
    }

    /// Where a service is: its place, its area, and the country they say.
    fn located(&mut self, at: &At, v: &Obj, id: Uuid) -> Located {
        let places = self.places(at, v);
        let (area, confidential_area, area_countries) = self.area(at, v, id);
        let mut country = places
            .first()
            .and_then(|p| p.country)
            .or_else(|| area_countries.first().copied());
        if country.is_none()
            && let Some(given) = self.ctx.options.country
        {
            self.report.fixed(
                at,
                "country",
                format!("no country in the file: {given}, as given with the import"),
            );
            country = Some(given);
        }
        Located {
            places,
            area,
            confidential_area,
            country,
        }
    }

    /// Texts in every language (`x_ruta_names`), or the one text in the country's language.
    fn texts(&mut self, at: &At, v: &Obj, all: &str, one: &str, lang: &str, max: usize) -> Localized {
        let mut texts = Localized::new();
        if let Some(map) = v.get(all).and_then(Value::as_object) {
            for (tag, text) in map {
                let (Ok(tag), Some(text)) = (LanguageCode::parse(tag), text.as_str().map(str::trim)) else {
                    self.report.skipped_field(
                        at,
                        all,
                        "a key that is not a language code, or a value that is not text",
                    );
                    continue;
                };
                if !text.is_empty() {
                    let text = self.repaired(at, all, text.to_owned());
                    texts.insert(tag.to_string(), text);
                }
            }
        }
        if texts.is_empty()
            && let Some(text) = self.text(at, v, one)
        {
            texts.insert(lang.to_owned(), text);
        }
        for text in texts.values_mut() {
            if let Some(cut) = truncate(text, max) {
                self.report
                    .fixed(at, one, format!("longer than {max} characters: cut"));
                *text = cut;
            }
        }
        texts
    }

    fn status(&mut self, at: &At, v: &Obj) -> ServiceStatus {
        let Some(text) = raw(v, "status") else {
            self.report.fixed(at, "status", "no status: taken as active");
            return ServiceStatus::Active;
        };
        match fold(&text).as_str() {
            "active" | "activo" | "activa" | "ativo" | "open" => ServiceStatus::Active,
            "temporarily closed" | "temporarily_closed" | "inactive" | "inactivo" | "closed" => {
                ServiceStatus::TemporarilyClosed
            }
            "defunct" | "permanently closed" | "cerrado" => ServiceStatus::Defunct,
            _ => {
                self.report
                    .fixed(at, "status", "not an HSDS status: taken as active");
                ServiceStatus::Active
            }
        }
    }
}
