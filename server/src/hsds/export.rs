//! The directory as HSDS 3.0 objects.
//!
//! Safety: where a service is comes only from [`public::location`], the same public view the rest of the API
//! uses, and only when that view is exact. A confidential shelter therefore has no `service_at_location`, no
//! `location` and no address here: it is published with its intake phones and a service area naming the region
//! and country of its public approximate area. Defunct services are not published at all.

use std::collections::HashMap;
use std::sync::Arc;

use api_types::manage::SourceTerm;
use api_types::{
    Cost, DeliveryMode, LanguageCode, PhoneChannel, Population, PublicLocation, ServiceKind, ServiceStatus,
    Weekday,
};
use chrono::{DateTime, Offset, SecondsFormat, Utc};
use uuid::Uuid;

use super::{
    Address, Attribute, CostOption, Language, Location, Organization, Phone, RUTA_NAMESPACE, Schedule,
    Service, ServiceArea, ServiceAtLocation, Taxonomy, TaxonomyTerm, derive_id,
};
use crate::directory::{Directory, Entry, public};
use crate::domain;
use crate::domain::text::{fallback_chain, fold, pick};
use crate::reference::Countries;

/// How much of a service to nest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Its one-to-one fields and its organisation's, as in lists.
    Brief,
    /// Everything: phones, schedules, areas, locations with addresses, languages, cost, attributes.
    Full,
}

/// Ruta's three taxonomies: what a service offers, whom it serves, how it is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RutaTaxonomy {
    /// [`ServiceKind`].
    Kind,
    /// [`Population`].
    Population,
    /// [`DeliveryMode`].
    Delivery,
}

impl RutaTaxonomy {
    /// All of them, in the order they are listed.
    pub const ALL: [RutaTaxonomy; 3] = [
        RutaTaxonomy::Kind,
        RutaTaxonomy::Population,
        RutaTaxonomy::Delivery,
    ];

    /// The code used in ids and in `attribute.link_type`.
    pub fn code(self) -> &'static str {
        match self {
            RutaTaxonomy::Kind => "kind",
            RutaTaxonomy::Population => "population",
            RutaTaxonomy::Delivery => "delivery",
        }
    }

    fn name(self) -> &'static str {
        match self {
            RutaTaxonomy::Kind => "Ruta service kinds",
            RutaTaxonomy::Population => "Ruta populations served",
            RutaTaxonomy::Delivery => "Ruta delivery modes",
        }
    }

    fn description(self) -> &'static str {
        match self {
            RutaTaxonomy::Kind => {
                "What a service offers survivors of human trafficking (the `kind` filter of Ruta's search)."
            }
            RutaTaxonomy::Population => {
                "Whom a service is for, including the form of exploitation it specialises in (the `population` \
                 filter of Ruta's search)."
            }
            RutaTaxonomy::Delivery => {
                "How a service is delivered: in person, or remotely by phone, video or chat."
            }
        }
    }

    /// The taxonomy's id: UUIDv5 of the code under the UUIDv5 of `taxonomy` under [`RUTA_NAMESPACE`].
    pub fn id(self) -> Uuid {
        derive_id(&derive_id(&RUTA_NAMESPACE, "taxonomy"), self.code())
    }

    /// A term's id: UUIDv5 of the term's code under the taxonomy's id.
    ///
    /// # Example
    /// ```
    /// use ruta_server::hsds::export::RutaTaxonomy;
    /// let shelter = RutaTaxonomy::Kind.term_id("shelter");
    /// assert_eq!(shelter, RutaTaxonomy::Kind.term_id("shelter"));
    /// assert_ne!(shelter, RutaTaxonomy::Population.term_id("shelter"));
    /// ```
    pub fn term_id(self, code: &str) -> Uuid {
        derive_id(&self.id(), code)
    }

    /// The taxonomy as HSDS, version `1`.
    pub fn taxonomy(self) -> Taxonomy {
        Taxonomy {
            id: self.id(),
            name: self.name().to_owned(),
            description: self.description().to_owned(),
            version: Some("1".to_owned()),
        }
    }

    /// Codes of its terms, in Ruta's order.
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            RutaTaxonomy::Kind => ServiceKind::NAMES,
            RutaTaxonomy::Population => Population::NAMES,
            RutaTaxonomy::Delivery => DeliveryMode::NAMES,
        }
    }

    /// A term, if `code` is one of its codes.
    pub fn term(self, code: &str) -> Option<TaxonomyTerm> {
        let (name, description) = match self {
            RutaTaxonomy::Kind => kind_words(code.parse().ok()?),
            RutaTaxonomy::Population => population_words(code.parse().ok()?),
            RutaTaxonomy::Delivery => delivery_words(code.parse().ok()?),
        };
        Some(TaxonomyTerm {
            id: self.term_id(code),
            code: Some(code.to_owned()),
            name: name.to_owned(),
            description: description.to_owned(),
            taxonomy: self.name().to_owned(),
            taxonomy_id: self.id(),
            language: Some("en".to_owned()),
        })
    }

    /// Its terms, in Ruta's order.
    pub fn terms(self) -> Vec<TaxonomyTerm> {
        self.codes().iter().filter_map(|c| self.term(c)).collect()
    }
}

/// Ruta's own taxonomies.
pub fn taxonomies() -> Vec<Taxonomy> {
    RutaTaxonomy::ALL.iter().map(|t| t.taxonomy()).collect()
}

/// Every term of Ruta's own taxonomies.
pub fn taxonomy_terms() -> Vec<TaxonomyTerm> {
    RutaTaxonomy::ALL.iter().flat_map(|t| t.terms()).collect()
}

/// The name given to the taxonomy of source terms that came without one.
pub const UNNAMED_SOURCE_TAXONOMY: &str = "Imported terms";

/// `attribute.link_type` of a term kept from a service's source directory.
pub const SOURCE_LINK_TYPE: &str = "source";

/// The name of a source term's taxonomy ([`UNNAMED_SOURCE_TAXONOMY`] when it came without one).
fn source_taxonomy_name(term: &SourceTerm) -> &str {
    match term.taxonomy.as_str() {
        "" => UNNAMED_SOURCE_TAXONOMY,
        name => name,
    }
}

/// The id of a source term's taxonomy: the directory's when it gave one, else a UUIDv5 of its name.
pub fn source_taxonomy_id(term: &SourceTerm) -> Uuid {
    term.taxonomy_id
        .unwrap_or_else(|| derive_id(&table_ns("source_taxonomy"), source_taxonomy_name(term)))
}

/// The id of a source term: the directory's when it gave one, else a UUIDv5 of its code (or name) under its
/// taxonomy's id.
pub fn source_term_id(term: &SourceTerm) -> Uuid {
    term.id.unwrap_or_else(|| {
        derive_id(
            &source_taxonomy_id(term),
            term.code.as_deref().unwrap_or(&term.name),
        )
    })
}

/// The taxonomy a source term belongs to.
pub fn source_taxonomy(term: &SourceTerm) -> Taxonomy {
    let name = source_taxonomy_name(term);
    Taxonomy {
        id: source_taxonomy_id(term),
        name: name.to_owned(),
        description: format!(
            "Terms of '{name}' that services imported into Ruta came with, kept as their directory gave them."
        ),
        version: None,
    }
}

/// A source term as HSDS.
pub fn source_taxonomy_term(term: &SourceTerm) -> TaxonomyTerm {
    let taxonomy = source_taxonomy_name(term);
    TaxonomyTerm {
        id: source_term_id(term),
        code: term.code.clone(),
        name: term.name.clone(),
        description: format!("A term of '{taxonomy}', as a directory gave it."),
        taxonomy: taxonomy.to_owned(),
        taxonomy_id: source_taxonomy_id(term),
        language: None,
    }
}

fn kind_words(kind: ServiceKind) -> (&'static str, &'static str) {
    match kind {
        ServiceKind::Shelter => (
            "Shelter",
            "Safe accommodation; safe-house locations are kept confidential.",
        ),
        ServiceKind::Psychosocial => ("Psychosocial support", "Counselling and psychological support."),
        ServiceKind::Hotline => (
            "Helpline",
            "A phone or chat line for help, information and referral.",
        ),
        ServiceKind::Legal => ("Legal help", "Legal advice and representation."),
        ServiceKind::Health => ("Health care", "Medical and health care."),
        ServiceKind::FoodClothing => ("Food and clothing", "Food, clothing and other basic needs."),
        ServiceKind::EmploymentTraining => {
            ("Work and training", "Employment support and vocational training.")
        }
        ServiceKind::Education => ("Education", "Schooling and education."),
        ServiceKind::DocumentsMigration => (
            "Documents and migration",
            "Identity documents, migration status and regularisation.",
        ),
        ServiceKind::Repatriation => (
            "Safe return home",
            "Safe, voluntary return to the country of origin.",
        ),
        ServiceKind::FinancialAid => ("Financial help", "Money or material aid."),
        ServiceKind::Other => ("Other help", "Other help for survivors."),
    }
}

fn population_words(population: Population) -> (&'static str, &'static str) {
    match population {
        Population::Women => ("Women", "Services for women."),
        Population::Men => ("Men", "Services for men."),
        Population::Lgbtq => (
            "LGBTQ+ people",
            "Services for lesbian, gay, bisexual, trans and queer people.",
        ),
        Population::Children => ("Children", "Services for children."),
        Population::Adolescents => ("Adolescents", "Services for adolescents."),
        Population::Families => ("Families", "Services for families."),
        Population::Migrants => ("Migrants", "Services for migrants and refugees."),
        Population::IndigenousPeoples => ("Indigenous peoples", "Services for indigenous peoples."),
        Population::PeopleWithDisabilities => (
            "People with disabilities",
            "Services for people with disabilities.",
        ),
        Population::SexualExploitation => (
            "Survivors of sexual exploitation",
            "Specialised in trafficking for sexual exploitation.",
        ),
        Population::LabourExploitation => (
            "Survivors of labour exploitation",
            "Specialised in trafficking for forced labour.",
        ),
        Population::OtherExploitation => (
            "Survivors of other forms of exploitation",
            "Specialised in other forms of trafficking.",
        ),
    }
}

fn delivery_words(mode: DeliveryMode) -> (&'static str, &'static str) {
    match mode {
        DeliveryMode::InPerson => ("In person", "At the service's premises."),
        DeliveryMode::Phone => ("By phone", "Remotely, by phone."),
        DeliveryMode::Video => ("By video", "Remotely, by video call."),
        DeliveryMode::Chat => ("By chat", "Remotely, by text chat."),
    }
}

/// The taxonomy terms a service is linked to, as (taxonomy, code).
pub fn terms_of(service: &domain::Service) -> impl Iterator<Item = (RutaTaxonomy, &'static str)> + '_ {
    let kinds = service.kinds.iter().map(|k| (RutaTaxonomy::Kind, k.as_str()));
    let populations = service
        .populations
        .iter()
        .map(|p| (RutaTaxonomy::Population, p.as_str()));
    let delivery = service
        .delivery
        .iter()
        .map(|d| (RutaTaxonomy::Delivery, d.as_str()));
    kinds.chain(populations).chain(delivery)
}

/// A language's English name, from the CLDR table the app shows (`ruta-names`).
fn language_name(code: &LanguageCode) -> Option<String> {
    ruta_names::language(code.as_str(), "en").map(str::to_owned)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A namespace per HSDS table, for the ids Ruta derives.
fn table_ns(table: &str) -> Uuid {
    derive_id(&RUTA_NAMESPACE, table)
}

/// The id in `table` of a service's `place`-th location: the main one's is derived from the service id alone,
/// as it was before services had several, so ids stay the same across versions.
fn place_id(table: &str, service_id: Uuid, place: usize) -> Uuid {
    let key = match place {
        0 => service_id.to_string(),
        n => format!("{service_id}/{n}"),
    };
    derive_id(&table_ns(table), &key)
}

/// The id of the `service_at_location` of a service's `place`-th location (0: the main one).
pub fn service_at_location_id(service_id: Uuid, place: usize) -> Uuid {
    place_id("service_at_location", service_id, place)
}

/// Where the public may know a service's premises are, the main ones first: none for a confidential shelter
/// (whose public view is an area) and for services without premises. Each point is the door, or `approximate`:
/// the centre of the town of an address imported without coordinates, which the export leaves out (the address
/// stays).
pub fn public_premises(entry: &Entry) -> Vec<PublicLocation> {
    if entry.service.confidential {
        return Vec::new();
    }
    public::locations(entry)
}

/// A valid absolute http(s) URL, or nothing (HSDS checks `format: uri`).
fn uri(text: &str) -> Option<String> {
    let text = text.trim();
    let parsed = url::Url::parse(text).ok()?;
    let web = matches!(parsed.scheme(), "http" | "https");
    (web && parsed.host_str().is_some_and(|h| !h.is_empty())).then(|| text.to_owned())
}

/// An email address of the plain `local@domain.tld` kind, or nothing (HSDS checks `format: email`).
fn email(text: &str) -> Option<String> {
    let text = text.trim();
    let (local, domain) = text.split_once('@')?;
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || "._-+".contains(c))
            && !s.starts_with('.')
            && !s.ends_with('.')
            && !s.contains("..")
    };
    (plain(local) && plain(domain) && domain.contains('.')).then(|| text.to_owned())
}

/// `HH:MM` (or `H:MM`, `24:00`) as HSDS's `HH:MM:SS`; `24:00` is `00:00:00`, midnight at the end of the day.
fn clock_time(text: &str) -> Option<String> {
    let (h, m) = text.trim().split_once(':')?;
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (h <= 24 && m < 60).then(|| format!("{:02}:{m:02}:00", h % 24))
}

fn byday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

fn channel_word(channel: PhoneChannel) -> &'static str {
    match channel {
        PhoneChannel::Voice => "voice",
        PhoneChannel::Sms => "SMS",
        PhoneChannel::Whatsapp => "WhatsApp",
    }
}

/// A cost option's name and the fees sentence; none for an unknown cost.
/// What the export says of a cost when the directory gave no words of its own (an import of that sentence
/// keeps no words: it is Ruta's, not the directory's).
pub fn fees_sentence(cost: Cost) -> Option<String> {
    cost_words(cost).map(|(_, sentence)| sentence.to_owned())
}

/// What the export says of who a service is for when the directory gave no words of its own (likewise).
pub fn eligibility_sentence(populations: &[Population]) -> Option<String> {
    (!populations.is_empty()).then(|| {
        let who: Vec<&str> = populations.iter().map(|p| population_words(*p).0).collect();
        format!("For: {}.", who.join(", "))
    })
}

fn cost_words(cost: Cost) -> Option<(&'static str, &'static str)> {
    match cost {
        Cost::Free => Some(("Free", "Free of charge.")),
        Cost::Low => Some(("Low cost", "Low cost.")),
        Cost::Paid => Some(("Paid", "Paid service.")),
        Cost::Unknown => None,
    }
}

/// HSDS `service.status`. HSDS 3.0 has `temporarily closed` among its values, so nothing is lost.
pub fn status(status: ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Active => "active",
        ServiceStatus::TemporarilyClosed => "temporarily closed",
        ServiceStatus::Defunct => "defunct",
    }
}

/// Turns the directory into HSDS objects, at one instant and in one reading language.
#[derive(Debug)]
pub struct Export<'a> {
    directory: &'a Directory,
    countries: &'a Countries,
    now: DateTime<Utc>,
    chain: Vec<String>,
}

impl<'a> Export<'a> {
    /// An export of `directory` at `now` (for time-zone offsets), names in `lang` when they exist in it.
    pub fn new(
        directory: &'a Directory,
        countries: &'a Countries,
        now: DateTime<Utc>,
        lang: Option<&LanguageCode>,
    ) -> Self {
        Self {
            directory,
            countries,
            now,
            chain: fallback_chain(lang.map(LanguageCode::as_str)),
        }
    }

    pub fn directory(&self) -> &'a Directory {
        self.directory
    }

    /// The services the public may see (all but defunct ones), by id.
    pub fn listed(&self) -> Vec<&'a Arc<Entry>> {
        let mut listed: Vec<&Arc<Entry>> = self
            .directory
            .entries()
            .filter(|e| e.service.is_listed())
            .collect();
        listed.sort_unstable_by_key(|e| e.service.id);
        listed
    }

    /// A listed service by id.
    pub fn find(&self, id: &Uuid) -> Option<&'a Arc<Entry>> {
        self.directory.get(id).filter(|e| e.service.is_listed())
    }

    /// Every organisation, by id.
    pub fn organizations(&self) -> Vec<&'a Arc<domain::Organization>> {
        let mut all: Vec<_> = self.directory.organizations().collect();
        all.sort_unstable_by_key(|o| o.id);
        all
    }

    /// Listed services by organisation, each list by id.
    pub fn services_by_organization(&self) -> HashMap<Uuid, Vec<&'a Arc<Entry>>> {
        let mut by: HashMap<Uuid, Vec<&Arc<Entry>>> = HashMap::new();
        for entry in self.listed() {
            by.entry(entry.service.organization_id).or_default().push(entry);
        }
        by
    }

    fn text(&self, texts: &api_types::Localized) -> Option<String> {
        pick(texts, &self.chain).map(|(_, text)| text.to_owned())
    }

    /// An organisation's one-to-one fields, with `services` when given.
    pub fn organization(&self, org: &domain::Organization, services: Option<Vec<Service>>) -> Organization {
        Organization {
            id: org.id,
            name: org.name.clone(),
            description: self.text(&org.descriptions).unwrap_or_default(),
            email: org.email.as_deref().and_then(email),
            website: org.website.as_deref().and_then(uri),
            services,
            x_ruta_demo: org.demo,
            x_ruta_verified_at: org.verified_at.map(rfc3339),
        }
    }

    /// A service, brief or fully nested.
    pub fn service(&self, entry: &Entry, depth: Depth) -> Service {
        let s = &entry.service;
        let organization = self
            .directory
            .organization(&s.organization_id)
            .map(|o| Box::new(self.organization(o, None)));
        let full = depth == Depth::Full;
        let details = public::details(entry);
        Service {
            id: s.id,
            organization_id: s.organization_id,
            name: self.text(&s.names).unwrap_or_default(),
            description: self.text(&s.descriptions),
            status: status(s.status).to_owned(),
            alternate_name: details.alternate_name,
            url: details.url.as_deref().and_then(uri),
            application_process: details.application_process,
            fees_description: details.fees.or_else(|| fees_sentence(s.cost)),
            eligibility_description: details
                .eligibility
                .or_else(|| eligibility_sentence(&s.populations)),
            assured_date: s.last_verified_at.map(|t| t.format("%Y-%m-%d").to_string()),
            alert: (s.status == ServiceStatus::TemporarilyClosed).then(|| "Temporarily closed.".to_owned()),
            last_modified: rfc3339(s.updated_at),
            organization,
            phones: full.then(|| self.phones(s)),
            schedules: full.then(|| self.schedules(s)),
            service_areas: full.then(|| self.service_areas(entry)),
            service_at_locations: full.then(|| {
                (0..entry.public.len())
                    .filter_map(|place| self.service_at_location(entry, place, Depth::Full, None))
                    .collect()
            }),
            languages: full.then(|| self.languages(s)),
            // An unknown cost is said by having no cost option (never "free").
            cost_options: full.then(|| self.cost_option(s).into_iter().collect()),
            attributes: full.then(|| self.attributes(s)),
            x_ruta_demo: s.demo,
            x_ruta_confidential: s.confidential,
            x_ruta_capacity: s.capacity.as_str().to_owned(),
            x_ruta_capacity_updated_at: s.capacity_updated_at.map(rfc3339),
            x_ruta_last_verified_at: s.last_verified_at.map(rfc3339),
            x_ruta_names: Some(s.names.clone()),
            x_ruta_descriptions: (!s.descriptions.is_empty()).then(|| s.descriptions.clone()),
        }
    }

    /// The service at its `place`-th premises (0: the main ones), when the public may know exactly where they
    /// are. The location has its address at [`Depth::Full`]; `service` nests the service at that depth when
    /// asked.
    pub fn service_at_location(
        &self,
        entry: &Entry,
        place_index: usize,
        depth: Depth,
        service: Option<Depth>,
    ) -> Option<ServiceAtLocation> {
        let place = public::location_at(entry, place_index).filter(|_| !entry.service.confidential)?;
        let s = &entry.service;
        let location_id = place_id("location", s.id, place_index);
        let addresses = (depth == Depth::Full).then(|| {
            let known = place.address.is_some() || place.locality.is_some();
            known
                .then(|| Address {
                    id: place_id("address", s.id, place_index),
                    location_id,
                    address_1: place.address.clone().unwrap_or_default(),
                    city: place.locality.clone().unwrap_or_default(),
                    state_province: place.region.clone().unwrap_or_default(),
                    postal_code: place.postal_code.clone().unwrap_or_default(),
                    country: place.country.to_string(),
                    address_type: "physical".to_owned(),
                })
                .into_iter()
                .collect()
        });
        Some(ServiceAtLocation {
            id: service_at_location_id(s.id, place_index),
            service_id: s.id,
            location_id,
            location: Some(Location {
                id: location_id,
                location_type: "physical".to_owned(),
                organization_id: s.organization_id,
                name: self.text(&s.names),
                latitude: (!place.approximate).then_some(place.lat),
                longitude: (!place.approximate).then_some(place.lon),
                addresses,
            }),
            service: service.map(|d| Box::new(self.service(entry, d))),
            x_ruta_distance_m: None,
            x_ruta_demo: s.demo,
        })
    }

    fn phones(&self, s: &domain::Service) -> Vec<Phone> {
        let ns = table_ns("phone");
        s.phones
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let kind = if p.channels.contains(&PhoneChannel::Voice) {
                    Some("voice")
                } else if p.channels.contains(&PhoneChannel::Sms) {
                    Some("text")
                } else {
                    None
                };
                let channels: Vec<&str> = p.channels.iter().map(|c| channel_word(*c)).collect();
                let description = match &p.label {
                    Some(label) => format!("{label} ({})", channels.join(", ")),
                    None => channels.join(", "),
                };
                Phone {
                    id: derive_id(&ns, &format!("{}/{i}/{}", s.id, p.number.as_str())),
                    service_id: s.id,
                    number: p.number.as_str().to_owned(),
                    kind: kind.map(str::to_owned),
                    description: Some(description),
                    x_ruta_channels: p.channels.clone(),
                }
            })
            .collect()
    }

    fn schedules(&self, s: &domain::Service) -> Vec<Schedule> {
        let Some(hours) = s.hours.as_ref().filter(|h| h.is_known()) else {
            return Vec::new();
        };
        let zone = hours.timezone();
        let offset_s = self.now.with_timezone(&zone).offset().fix().local_minus_utc();
        let timezone = f64::from(offset_s) / 3600.0;
        let wire = hours.to_wire();
        // (opens, closes) → days, in the order first seen, so Monday to Friday 9–17 is one row.
        let mut groups: Vec<((String, String), Vec<Weekday>)> = Vec::new();
        if hours.always_open() {
            groups.push((("00:00:00".into(), "00:00:00".into()), Weekday::ALL.to_vec()));
        } else {
            for interval in &wire.intervals {
                let (Some(opens), Some(closes)) = (clock_time(&interval.opens), clock_time(&interval.closes))
                else {
                    continue;
                };
                let key = (opens, closes);
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, days)) => days.push(interval.day),
                    None => groups.push((key, vec![interval.day])),
                }
            }
        }
        let ns = table_ns("schedule");
        groups
            .into_iter()
            .enumerate()
            .map(|(i, ((opens_at, closes_at), mut days))| {
                days.sort_unstable();
                days.dedup();
                let byday: Vec<&str> = days.iter().map(|d| byday(*d)).collect();
                let description = if hours.always_open() {
                    format!("Open 24 hours, every day ({}).", zone.name())
                } else {
                    format!(
                        "{} {}–{}, local time in {}.",
                        byday.join(","),
                        opens_at.get(..5).unwrap_or(&opens_at),
                        closes_at.get(..5).unwrap_or(&closes_at),
                        zone.name()
                    )
                };
                Schedule {
                    id: derive_id(&ns, &format!("{}/{i}", s.id)),
                    service_id: s.id,
                    timezone,
                    freq: "WEEKLY".to_owned(),
                    byday: byday.join(","),
                    opens_at,
                    closes_at,
                    description,
                    x_ruta_timezone: zone.name().to_owned(),
                }
            })
            .collect()
    }

    /// A country's English name: the CLDR table the app shows, else the countries file's.
    fn country_name(&self, code: api_types::CountryCode) -> String {
        ruta_names::country(code.as_str(), "en")
            .map(str::to_owned)
            .or_else(|| self.countries.get(code).and_then(|c| c.names.get("en").cloned()))
            .unwrap_or_else(|| code.to_string())
    }

    fn service_areas(&self, entry: &Entry) -> Vec<ServiceArea> {
        let s = &entry.service;
        let ns = table_ns("service_area");
        let id = |key: &str| derive_id(&ns, &format!("{}/{key}", s.id));
        let mut areas = Vec::new();
        for country in &s.area.countries {
            areas.push(ServiceArea {
                id: id(country.as_str()),
                service_id: s.id,
                name: self.country_name(*country),
                description: Some("The whole country, for remote delivery.".to_owned()),
                extent: None,
                extent_type: None,
                x_ruta_code: Some(country.to_string()),
            });
        }
        for region in &s.area.regions {
            areas.push(ServiceArea {
                id: id(region),
                service_id: s.id,
                name: region.clone(),
                description: Some("A first-level division (ISO 3166-2), for remote delivery.".to_owned()),
                extent: None,
                extent_type: None,
                x_ruta_code: Some(region.clone()),
            });
        }
        if let Some(rings) = &s.area.polygon {
            let geojson = serde_json::json!({ "type": "Polygon", "coordinates": rings });
            areas.push(ServiceArea {
                id: id("polygon"),
                service_id: s.id,
                name: "Custom area".to_owned(),
                description: Some("A polygon, for remote delivery.".to_owned()),
                extent: Some(geojson.to_string()),
                extent_type: Some("geojson".to_owned()),
                x_ruta_code: None,
            });
        }
        // A confidential shelter: the region and country of its public approximate area, nothing finer.
        if s.confidential
            && let Some(area) = public::location(entry).filter(|l| l.approximate)
        {
            let country = self.country_name(area.country);
            let name = match &area.region {
                Some(region) if !region.is_empty() => format!("{region}, {country}"),
                _ => country,
            };
            areas.push(ServiceArea {
                id: id("confidential"),
                service_id: s.id,
                name,
                description: Some(
                    "A confidential shelter: its address is withheld for safety. Call its intake line."
                        .to_owned(),
                ),
                extent: None,
                extent_type: None,
                x_ruta_code: Some(area.country.to_string()),
            });
        }
        areas
    }

    fn languages(&self, s: &domain::Service) -> Vec<Language> {
        let ns = table_ns("language");
        s.languages
            .iter()
            .map(|code| Language {
                id: derive_id(&ns, &format!("{}/{}", s.id, code.as_str())),
                service_id: s.id,
                name: language_name(code),
                code: code.as_str().to_owned(),
            })
            .collect()
    }

    fn cost_option(&self, s: &domain::Service) -> Option<CostOption> {
        Some(CostOption {
            id: derive_id(&table_ns("cost_option"), &s.id.to_string()),
            service_id: s.id,
            option: cost_words(s.cost)?.0.to_owned(),
            amount: (s.cost == Cost::Free).then_some(0.0),
            x_ruta_cost: s.cost.as_str().to_owned(),
        })
    }

    /// Ruta's terms, then the source's.
    fn attributes(&self, s: &domain::Service) -> Vec<Attribute> {
        let ns = table_ns("attribute");
        let attribute = |term: TaxonomyTerm, link_type: &str| Attribute {
            id: derive_id(&ns, &format!("{}/{}", s.id, term.id)),
            link_id: s.id,
            taxonomy_term_id: term.id,
            link_type: link_type.to_owned(),
            link_entity: "service".to_owned(),
            taxonomy_term: Some(term),
        };
        let ruta =
            terms_of(s).filter_map(|(taxonomy, code)| Some(attribute(taxonomy.term(code)?, taxonomy.code())));
        let source = s
            .source_terms
            .iter()
            .map(|t| attribute(source_taxonomy_term(t), SOURCE_LINK_TYPE));
        ruta.chain(source).collect()
    }

    /// Ruta's taxonomies, then those of the listed services' source terms (by name).
    pub fn taxonomies(&self) -> Vec<Taxonomy> {
        let source = self.distinct_source(source_taxonomy, |t| (t.id, t.name.clone()));
        taxonomies().into_iter().chain(source).collect()
    }

    /// Ruta's terms, then the listed services' source terms (by taxonomy and name).
    pub fn taxonomy_terms(&self) -> Vec<TaxonomyTerm> {
        let source = self.distinct_source(source_taxonomy_term, |t| {
            (t.id, format!("{}\u{0}{}", t.taxonomy, t.name))
        });
        taxonomy_terms().into_iter().chain(source).collect()
    }

    /// What the listed services' source terms give, once per id, in the order `key` gives after the id.
    fn distinct_source<T>(
        &self,
        make: impl Fn(&SourceTerm) -> T,
        key: impl Fn(&T) -> (Uuid, String),
    ) -> Vec<T> {
        let mut seen = std::collections::HashSet::new();
        let mut sorted = std::collections::BTreeMap::new();
        for entry in self.listed() {
            for term in &entry.service.source_terms {
                let made = make(term);
                let (id, order) = key(&made);
                if seen.insert(id) {
                    sorted.insert((order, id), made);
                }
            }
        }
        sorted.into_values().collect()
    }
}

/// What a list of services (or of services at locations) is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Folded words that must each start a word of a name or description, in any language.
    pub words: Vec<String>,
    /// Linked to this taxonomy term.
    pub taxonomy_term_id: Option<Uuid>,
    /// Linked to a term of this taxonomy.
    pub taxonomy_id: Option<Uuid>,
    /// Run by this organisation.
    pub organization_id: Option<Uuid>,
    /// Changed at or after this instant.
    pub modified_after: Option<DateTime<Utc>>,
}

impl Filter {
    /// The words of a free-text search, folded (accents and case ignored).
    pub fn search_words(text: &str) -> Vec<String> {
        fold(text).split_whitespace().map(str::to_owned).collect()
    }

    /// Whether a service passes.
    pub fn accepts(&self, entry: &Entry) -> bool {
        let s = &entry.service;
        if self.organization_id.is_some_and(|id| id != s.organization_id) {
            return false;
        }
        if self.modified_after.is_some_and(|t| s.updated_at < t) {
            return false;
        }
        if let Some(term) = self.taxonomy_term_id
            && !terms_of(s).any(|(taxonomy, code)| taxonomy.term_id(code) == term)
            && !s.source_terms.iter().any(|t| source_term_id(t) == term)
        {
            return false;
        }
        if let Some(taxonomy) = self.taxonomy_id
            && !terms_of(s).any(|(t, _)| t.id() == taxonomy)
            && !s.source_terms.iter().any(|t| source_taxonomy_id(t) == taxonomy)
        {
            return false;
        }
        self.words.iter().all(|w| entry.text.contains(&format!(" {w}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_ids_are_stable_and_distinct() {
        let terms = taxonomy_terms();
        assert_eq!(
            terms.len(),
            ServiceKind::ALL.len() + Population::ALL.len() + DeliveryMode::ALL.len()
        );
        let mut ids: Vec<Uuid> = terms.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), terms.len());
        // Fixed forever: other directories store these ids.
        assert_eq!(
            RutaTaxonomy::Kind.id(),
            Uuid::new_v5(&Uuid::new_v5(&RUTA_NAMESPACE, b"taxonomy"), b"kind")
        );
        assert_eq!(
            RutaTaxonomy::Kind.term_id("shelter"),
            Uuid::new_v5(&RutaTaxonomy::Kind.id(), b"shelter")
        );
    }

    #[test]
    fn times_become_hsds_times() {
        assert_eq!(clock_time("08:00").as_deref(), Some("08:00:00"));
        assert_eq!(clock_time("8:30").as_deref(), Some("08:30:00"));
        assert_eq!(clock_time("24:00").as_deref(), Some("00:00:00"));
        assert_eq!(clock_time("25:00"), None);
    }

    #[test]
    fn only_plain_web_addresses_and_emails_are_exported() {
        assert!(uri("https://example.org/x").is_some());
        assert!(uri("example.org").is_none());
        assert!(uri("javascript:alert(1)").is_none());
        assert!(email("a.b@example.org").is_some());
        assert!(email("not an email").is_none());
        assert!(email("a@b").is_none());
    }

    #[test]
    fn language_names_come_from_the_cldr_table_the_app_shows() {
        let code = LanguageCode::parse("quc").unwrap();
        assert_eq!(language_name(&code).as_deref(), Some("Kʼicheʼ"));
        let kriol = LanguageCode::parse("bzj").unwrap();
        assert_eq!(language_name(&kriol).as_deref(), Some("Belizean Kriol"));
        let es_mx = LanguageCode::parse("es-MX").unwrap();
        assert_eq!(language_name(&es_mx).as_deref(), Some("Spanish"));
        let unknown = LanguageCode::parse("xxx").unwrap();
        assert_eq!(language_name(&unknown), None);
    }
}
