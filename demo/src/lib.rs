//! The demo directory: a deterministic, clearly fictional directory for the 33 sovereign states of Latin America
//! and the Caribbean, so the app can be tried, tested and shown without real listings.
//!
//! Everything generated says it is fictional: `demo: true` on every record, "(demo)" in every name, a first
//! sentence saying so in every description, phone numbers from ranges no subscriber has (`+1 NPA 555 01XX` in
//! the North American plan, a national number starting with 0 elsewhere), `example.org` web and email
//! addresses, and street names such as "Calle Ficticia".
//!
//! The shape follows what the IDB/UNODC guide describes: services cluster in capitals and big cities; shelters
//! are mostly for women and children, with very few for men or LGBTQ+ people; about a third of shelters are
//! confidential safe houses; every country has a national 24-hour hotline and remote counselling that reaches
//! the whole country; a few remote services span several countries. The same seed and `now` always give the
//! same directory, and the clock is never read.
//!
//! What each file makes, in the order a country is generated:
//! - `organizations`: the organisations (a national one, then local ones, some with branches in other towns);
//! - `hotlines`: each country's national 24-hour hotline;
//! - `remote`: remote counselling for the whole country, and phone and chat lines for single regions;
//! - `local`: services with premises in towns (the bulk: psychosocial, legal, health… and `shelters`);
//! - `multi_country`: the few remote services that reach several countries;
//! - `counsellors`: counsellors who take bookings for the remote psychosocial services.
//!
//! And what they are made of: `profile` (the languages a country writes and speaks), `texts` (unique names,
//! short Indigenous-language descriptions) and `lexicon` (the words per language), `places` (which towns, where
//! in a town, and the random draws), `hours`, `phones` (fictional numbers), `services` (a draft becomes a
//! [`Service`] with its id and times).

pub mod counsellors;
mod hotlines;
mod hours;
mod lexicon;
mod local;
mod multi_country;
mod organizations;
mod phones;
mod places;
mod profile;
mod remote;
mod services;
mod shelters;
#[cfg(test)]
mod tests;
mod texts;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use api_types::CountryCode;
use chrono::{DateTime, TimeDelta, Utc};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::{Organization, Service};
use ruta_server::reference::{Countries, CountryRecord, Gazetteer, PlaceRecord};
use ruta_server::{Reference, Seed};
use uuid::Uuid;

use multi_country::MULTI_COUNTRY;
use organizations::OrgRef;
use places::BorderGrid;
use profile::{Profile, profile};
use shelters::{LGBTQ_SHELTER_COUNTRIES, MEN_SHELTER_COUNTRIES, ShelterProfile};

/// The seed of the demo directory `ruta serve` loads: the same seed gives the same directory on every machine.
pub const DEMO_SEED: u64 = 2026;

/// Namespace of the demo ids (`Uuid::new_v5(&NAMESPACE, b"ruta-demo/<seed>/service/<n>")`).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x6b1f_4c2e_9d3a_4e57_8a60_d2c1_f0e9_7b3a);

/// Services to spread over the region before each country's minimum is applied (the total ends near 2,400).
const TARGET_SERVICES: usize = 2_250;
/// Fewest services in a country, so small island states still have a directory worth searching.
const MIN_SERVICES_PER_COUNTRY: usize = 20;

/// What [`generate`] makes: fictional records, every one marked `demo`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DemoDirectory {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
}

/// Generates the demo directory from a seed; the same seed and `now` give the same directory.
///
/// Times (`created_at`, `last_verified_at`, capacity reports…) are set relative to `now`, never to the clock.
pub fn generate(
    gazetteer: &Gazetteer,
    countries: &Countries,
    seed: u64,
    now: DateTime<Utc>,
) -> DemoDirectory {
    // Whole seconds are precise enough for "last checked" and keep the stored and served text short.
    let now = chrono::SubsecRound::trunc_subsecs(now, 0);
    let by_country = places::by_country(gazetteer.places());
    let border = BorderGrid::build(gazetteer.places());
    let sovereign: Vec<&CountryRecord> = countries.iter().filter(|c| c.sovereign).collect();
    let quotas = places::allocate(&sovereign, TARGET_SERVICES, MIN_SERVICES_PER_COUNTRY);
    let mut builder = Builder {
        seed,
        now,
        organizations: Vec::new(),
        services: Vec::new(),
        phone_counters: BTreeMap::new(),
    };
    let mut capitals: BTreeMap<CountryCode, &PlaceRecord> = BTreeMap::new();

    for (record, quota) in sovereign.iter().zip(quotas) {
        let Some(list) = by_country.get(&record.iso2) else {
            continue;
        };
        let capital = gazetteer
            .get(record.capital_geonameid)
            .filter(|p| p.country == record.iso2)
            .or_else(|| list.first().copied());
        let Some(capital) = capital else { continue };
        capitals.insert(record.iso2, capital);
        let ctx = CountryCtx {
            record,
            profile: profile(record.iso2.as_str()),
            places: list,
            capital,
            border: &border,
        };
        let mut rng = ChaCha8Rng::seed_from_u64(country_seed(seed, record.iso2));
        builder.country(&ctx, quota, &mut rng);
    }

    let all: Vec<CountryCode> = sovereign.iter().map(|c| c.iso2).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x005e_ed0f_2e61_0a11);
    for spec in MULTI_COUNTRY {
        let Ok(base) = CountryCode::parse(spec.base) else {
            continue;
        };
        let (Some(record), Some(capital)) = (countries.get(base), capitals.get(&base)) else {
            continue;
        };
        builder.multi_country(spec, record, capital, &all, &mut rng);
    }
    DemoDirectory {
        organizations: builder.organizations,
        services: builder.services,
    }
}

/// The demo as `ruta serve` loads it into an empty database: the directory of [`DEMO_SEED`] at `now`, and
/// counsellors for its remote psychosocial services.
pub fn seed(reference: &Reference, now: DateTime<Utc>) -> Seed {
    let directory = generate(&reference.gazetteer, &reference.countries, DEMO_SEED, now);
    let counsellors = counsellors::counsellors(&directory.services);
    Seed {
        organizations: directory.organizations,
        services: directory.services,
        counsellors,
    }
}

/// A per-country stream, so one country's listings do not shift when another's change.
fn country_seed(seed: u64, country: CountryCode) -> u64 {
    let salt = country
        .as_str()
        .bytes()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(b));
    seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// One country being generated.
#[derive(Debug)]
struct CountryCtx<'a> {
    record: &'a CountryRecord,
    profile: Profile,
    places: &'a [&'a PlaceRecord],
    capital: &'a PlaceRecord,
    border: &'a BorderGrid,
}

/// What must stay unique within a country.
#[derive(Debug, Default)]
struct CountryState {
    used_epithets: BTreeSet<&'static str>,
    org_names: HashSet<String>,
    service_names: HashSet<String>,
    local_orgs: Vec<OrgRef>,
}

/// What has been generated so far: ids come from the seed and a count, times from `now`.
#[derive(Debug)]
struct Builder {
    seed: u64,
    now: DateTime<Utc>,
    organizations: Vec<Organization>,
    services: Vec<Service>,
    /// Phone numbers handed out per country.
    phone_counters: BTreeMap<CountryCode, u32>,
}

impl Builder {
    fn id(&self, what: &str, n: usize) -> Uuid {
        Uuid::new_v5(
            &NAMESPACE,
            format!("ruta-demo/{}/{what}/{n}", self.seed).as_bytes(),
        )
    }

    fn ago(&self, minutes: i64) -> DateTime<Utc> {
        self.now - TimeDelta::minutes(minutes.max(1))
    }

    /// All of a country's services.
    fn country(&mut self, ctx: &CountryCtx<'_>, quota: usize, rng: &mut ChaCha8Rng) {
        let mut state = CountryState::default();
        let national = self.new_org(ctx, &mut state, ctx.capital, true, rng);
        self.hotline(ctx, &national, rng);
        self.remote_counselling(ctx, &mut state, &national, 0, rng);
        let mut used = 2;
        if quota >= 60 {
            let org = self.new_org(ctx, &mut state, ctx.capital, false, rng);
            self.remote_counselling(ctx, &mut state, &org, 1, rng);
            used += 1;
        }
        used += self.regional_lines(ctx, &mut state, quota / 70, rng);

        let iso = ctx.record.iso2.as_str();
        let mut forced = Vec::new();
        if LGBTQ_SHELTER_COUNTRIES.contains(&iso) {
            forced.push(ShelterProfile::Lgbtq);
        }
        if MEN_SHELTER_COUNTRIES.contains(&iso) {
            forced.push(ShelterProfile::Men);
        }
        let draws = quota.saturating_sub(used);
        let cities = places::pick_cities(ctx.places, ctx.capital, draws, forced.len() + 2, rng);
        for (place, count) in cities {
            let forced_here = if place.id == ctx.capital.id {
                std::mem::take(&mut forced)
            } else {
                Vec::new()
            };
            self.city(ctx, &mut state, place, count, forced_here, rng);
        }
    }
}
