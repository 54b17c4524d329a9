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

pub mod counsellors;
mod lexicon;
mod places;
mod regional;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, E164, LanguageCode, Localized, OpeningInterval, Phone,
    PhoneChannel, Population, ServiceArea, ServiceKind, ServiceStatus, Weekday, WeeklyHours,
};
use chrono::{DateTime, TimeDelta, Utc};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use crate::domain::text::fold;
use crate::domain::{Location, Organization, Schedule, Service};
use crate::reference::{Countries, CountryRecord, Gazetteer, PlaceRecord};
use lexicon::{EN, ES, FR, GN, HT, Lexicon, NL, PT, QU, QUC, ShortText, fill, join_and};
use places::{BorderGrid, chance, index, pick, unit, weighted};
use regional::{MULTI_COUNTRY, MultiCountry, Reach};

/// Namespace of the demo ids (`Uuid::new_v5(&NAMESPACE, b"ruta-demo/<seed>/service/<n>")`).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x6b1f_4c2e_9d3a_4e57_8a60_d2c1_f0e9_7b3a);

/// Services to spread over the region before each country's minimum is applied (the total ends near 2,400).
const TARGET_SERVICES: usize = 2_250;
/// Fewest services in a country, so small island states still have a directory worth searching.
const MIN_SERVICES_PER_COUNTRY: usize = 20;
/// Share of shelters that are confidential safe houses.
const CONFIDENTIAL_SHARE: f64 = 0.34;
/// Oldest verification, days before `now`.
const MAX_VERIFIED_AGE_DAYS: f64 = 400.0;
/// Countries whose capital always has one LGBTQ+ shelter (they are scarce, but must exist to be findable).
const LGBTQ_SHELTER_COUNTRIES: [&str; 5] = ["MX", "BR", "CO", "AR", "GT"];
/// Countries whose capital always has one shelter for men.
const MEN_SHELTER_COUNTRIES: [&str; 6] = ["MX", "BR", "CO", "PE", "DO", "HN"];

/// A generated directory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DemoDirectory {
    /// Organisations.
    pub organizations: Vec<Organization>,
    /// Services.
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

/// A per-country stream, so one country's listings do not shift when another's change.
fn country_seed(seed: u64, country: CountryCode) -> u64 {
    let salt = country
        .as_str()
        .bytes()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(b));
    seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// How a country writes and speaks.
#[derive(Debug)]
struct Profile {
    /// The language of names, addresses and phone labels.
    primary: &'static Lexicon,
    /// Languages every listing is also written in (French beside Creole in Haiti).
    also: &'static [&'static Lexicon],
    /// Languages some listings are also written in, with the share of listings.
    optional: &'static [(&'static Lexicon, f64)],
    /// Languages every service speaks.
    spoken: &'static [&'static str],
    /// Languages some services speak, with the share of services.
    spoken_optional: &'static [(&'static str, f64)],
    /// Short descriptions added when staff speak that language.
    short_texts: &'static [&'static ShortText],
    /// A country many migrants cross or settle in.
    migrant_hub: bool,
}

const ENGLISH_MOST: &[(&Lexicon, f64)] = &[(&EN, 0.8)];

fn profile(iso: &str) -> Profile {
    let spanish = |spoken_optional: &'static [(&'static str, f64)], migrant_hub: bool| Profile {
        primary: &ES,
        also: &[],
        optional: ENGLISH_MOST,
        spoken: &["es"],
        spoken_optional,
        short_texts: &[],
        migrant_hub,
    };
    let english = |spoken_optional: &'static [(&'static str, f64)]| Profile {
        primary: &EN,
        also: &[],
        optional: &[],
        spoken: &["en"],
        spoken_optional,
        short_texts: &[],
        migrant_hub: false,
    };
    match iso {
        "BR" => Profile {
            primary: &PT,
            also: &[],
            optional: ENGLISH_MOST,
            spoken: &["pt"],
            spoken_optional: &[("en", 0.12), ("es", 0.06), ("ht", 0.02)],
            short_texts: &[],
            migrant_hub: false,
        },
        "HT" => Profile {
            primary: &HT,
            also: &[&FR],
            optional: &[(&EN, 0.75)],
            spoken: &["ht"],
            spoken_optional: &[("fr", 0.75), ("en", 0.15), ("es", 0.08)],
            short_texts: &[],
            migrant_hub: false,
        },
        "SR" => Profile {
            primary: &NL,
            also: &[],
            optional: ENGLISH_MOST,
            spoken: &["nl"],
            spoken_optional: &[("srn", 0.5), ("en", 0.25), ("hns", 0.08), ("jv", 0.08)],
            short_texts: &[],
            migrant_hub: false,
        },
        "BZ" => Profile {
            optional: &[(&ES, 0.5)],
            ..english(&[("es", 0.55), ("bzj", 0.3), ("kek", 0.06)])
        },
        "GY" => english(&[("es", 0.08), ("pt", 0.05)]),
        "TT" => Profile {
            migrant_hub: true,
            ..english(&[("es", 0.15)])
        },
        "BS" => english(&[("ht", 0.12)]),
        "JM" => english(&[("jam", 0.4)]),
        "LC" => english(&[("acf", 0.2)]),
        "AG" | "BB" | "DM" | "GD" | "KN" | "VC" => english(&[("es", 0.04)]),
        "BO" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.3), ("ay", 0.25), ("gn", 0.03), ("en", 0.1)], false)
        },
        "PE" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.22), ("ay", 0.05), ("en", 0.15)], true)
        },
        "EC" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.18), ("en", 0.12)], true)
        },
        "GT" => Profile {
            short_texts: &[&QUC],
            ..spanish(
                &[
                    ("quc", 0.1),
                    ("kek", 0.08),
                    ("mam", 0.06),
                    ("cak", 0.1),
                    ("en", 0.1),
                ],
                false,
            )
        },
        "PY" => Profile {
            short_texts: &[&GN],
            ..spanish(&[("gn", 0.7), ("pt", 0.05), ("en", 0.1)], false)
        },
        "MX" => spanish(&[("nah", 0.05), ("yua", 0.03), ("en", 0.2)], true),
        "DO" => spanish(&[("ht", 0.14), ("en", 0.2)], true),
        "CL" => spanish(&[("ht", 0.07), ("arn", 0.05), ("en", 0.12)], true),
        "CO" => spanish(&[("en", 0.12), ("guc", 0.03)], true),
        "PA" => spanish(&[("en", 0.3), ("gym", 0.05)], true),
        "CR" => spanish(&[("en", 0.3)], true),
        "HN" => spanish(&[("miq", 0.03), ("cab", 0.03), ("en", 0.12)], false),
        "NI" => spanish(&[("miq", 0.05), ("en", 0.12)], false),
        "AR" => spanish(&[("en", 0.15), ("pt", 0.05), ("gn", 0.02)], false),
        "UY" => spanish(&[("pt", 0.08), ("en", 0.12)], false),
        _ => spanish(&[("en", 0.12)], false),
    }
}

/// Indigenous languages more often spoken in a region than in the country as a whole.
fn regional_languages(admin1_iso: &str) -> &'static [(&'static str, f64)] {
    match admin1_iso {
        "MX-YUC" | "MX-ROO" | "MX-CAM" => &[("yua", 0.4)],
        "MX-PUE" | "MX-VER" | "MX-HID" | "MX-SLP" | "MX-GRO" => &[("nah", 0.25)],
        "BO-L" | "BO-O" => &[("ay", 0.5), ("qu", 0.2)],
        "BO-C" | "BO-P" | "BO-H" => &[("qu", 0.5)],
        "PE-PUN" => &[("ay", 0.4), ("qu", 0.4)],
        "PE-CUS" | "PE-AYA" | "PE-APU" | "PE-HUV" => &[("qu", 0.6)],
        "EC-H" | "EC-X" | "EC-I" | "EC-T" => &[("qu", 0.45)],
        "GT-08" | "GT-09" | "GT-14" => &[("quc", 0.45)],
        "GT-16" => &[("kek", 0.5)],
        "GT-12" | "GT-13" => &[("mam", 0.4)],
        "GT-03" | "GT-04" | "GT-07" => &[("cak", 0.45)],
        _ => &[],
    }
}

/// True for the languages that are not Indigenous (for the "indigenous peoples" population).
fn is_colonial_or_creole(tag: &str) -> bool {
    matches!(
        tag,
        "es" | "pt" | "en" | "fr" | "nl" | "ht" | "srn" | "jam" | "bzj" | "acf" | "hns" | "jv"
    )
}

/// Who a shelter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ShelterProfile {
    Women,
    WomenChildren,
    Children,
    Adolescents,
    Families,
    Migrants,
    Mixed,
    Men,
    Lgbtq,
}

impl ShelterProfile {
    fn random(rng: &mut ChaCha8Rng, migrant_context: bool) -> Self {
        use ShelterProfile::*;
        let options = [
            Women,
            WomenChildren,
            Children,
            Adolescents,
            Families,
            Migrants,
            Mixed,
            Men,
            Lgbtq,
        ];
        let migrants = if migrant_context { 14.0 } else { 3.0 };
        let weights = [28.0, 20.0, 18.0, 8.0, 6.0, migrants, 5.0, 2.5, 1.0];
        options.get(weighted(rng, &weights)).copied().unwrap_or(Women)
    }

    fn populations(self, rng: &mut ChaCha8Rng) -> Vec<Population> {
        use Population as P;
        let mut out = match self {
            ShelterProfile::Women => vec![P::Women],
            ShelterProfile::WomenChildren => vec![P::Women, P::Children],
            ShelterProfile::Children => vec![P::Children, P::Adolescents],
            ShelterProfile::Adolescents => vec![P::Adolescents],
            ShelterProfile::Families => vec![P::Families, P::Women, P::Children],
            ShelterProfile::Migrants => vec![P::Migrants, P::Women, P::Children],
            ShelterProfile::Mixed => vec![P::Women, P::Men],
            ShelterProfile::Men => vec![P::Men],
            ShelterProfile::Lgbtq => vec![P::Lgbtq],
        };
        let sexual = match self {
            ShelterProfile::Women | ShelterProfile::Lgbtq => 0.55,
            ShelterProfile::Adolescents | ShelterProfile::WomenChildren => 0.35,
            ShelterProfile::Men => 0.1,
            _ => 0.15,
        };
        let labour = match self {
            ShelterProfile::Men => 0.7,
            ShelterProfile::Mixed | ShelterProfile::Migrants => 0.4,
            _ => 0.08,
        };
        if chance(rng, sexual) {
            out.push(P::SexualExploitation);
        }
        if chance(rng, labour) {
            out.push(P::LabourExploitation);
        }
        if chance(rng, 0.05) {
            out.push(P::PeopleWithDisabilities);
        }
        out
    }

    fn name_template(self, lex: &Lexicon, variant: usize) -> &'static str {
        let names = &lex.shelter_names;
        match self {
            ShelterProfile::Women | ShelterProfile::WomenChildren => names.women,
            ShelterProfile::Children | ShelterProfile::Adolescents => names.children,
            ShelterProfile::Men => names.men,
            ShelterProfile::Lgbtq => names.lgbtq,
            _ => names.general.get(variant).copied().unwrap_or(names.general[0]),
        }
    }
}

/// How a service's hours are set.
#[derive(Debug, Clone, Copy)]
enum HoursPlan {
    /// Around the clock.
    Always,
    /// A typical office week (or, for a few, no hours given).
    Office,
    /// Long weekdays and Saturday morning (remote counselling).
    Extended,
}

fn interval(day: Weekday, opens: &str, closes: &str) -> OpeningInterval {
    OpeningInterval {
        day,
        opens: opens.to_owned(),
        closes: closes.to_owned(),
    }
}

fn days(days: &[Weekday], opens: &str, closes: &str) -> Vec<OpeningInterval> {
    days.iter().map(|d| interval(*d, opens, closes)).collect()
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// Checked hours in a zone; `None` when no hours are given (or, defensively, if the zone were unknown).
fn hours(plan: HoursPlan, timezone: &str, rng: &mut ChaCha8Rng) -> Option<Schedule> {
    let (always_open, intervals) = match plan {
        HoursPlan::Always => (true, Vec::new()),
        HoursPlan::Extended => {
            let mut v = days(&WEEKDAYS, "08:00", "20:00");
            v.push(interval(Weekday::Sat, "09:00", "13:00"));
            (false, v)
        }
        HoursPlan::Office => {
            let pattern = weighted(rng, &[55.0, 18.0, 10.0, 5.0, 4.0, 3.0, 5.0]);
            let v = match pattern {
                0 => days(&WEEKDAYS, "08:00", "17:00"),
                1 => days(&WEEKDAYS, "09:00", "18:00"),
                2 => {
                    let mut v = days(&WEEKDAYS, "08:00", "16:00");
                    v.push(interval(Weekday::Sat, "08:00", "12:00"));
                    v
                }
                3 => {
                    let mut v = days(&WEEKDAYS, "08:00", "12:00");
                    v.extend(days(&WEEKDAYS, "14:00", "18:00"));
                    v
                }
                4 => days(&WEEKDAYS, "14:00", "22:00"),
                // Night outreach, past midnight.
                5 => days(&[Weekday::Thu, Weekday::Fri, Weekday::Sat], "20:00", "02:00"),
                _ => return None,
            };
            (false, v)
        }
    };
    Schedule::parse(&WeeklyHours {
        timezone: timezone.to_owned(),
        always_open,
        intervals,
    })
    .ok()
}

fn timezone_of<'a>(place: &'a PlaceRecord, record: &'a CountryRecord) -> &'a str {
    if !place.timezone.is_empty() {
        &place.timezone
    } else {
        record.timezones.first().map_or("UTC", String::as_str)
    }
}

/// The organisation a service belongs to, and what its listings share.
#[derive(Debug, Clone)]
struct OrgRef {
    id: Uuid,
    epithet: &'static str,
    home: u32,
    /// Languages its listings are written in.
    langs: Vec<&'static Lexicon>,
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

/// What a service's name is built from.
#[derive(Debug, Clone, Copy)]
enum NameKey {
    Kind(ServiceKind),
    Shelter(ShelterProfile),
    Remote,
}

/// Everything about a service except its id, organisation and times.
#[derive(Debug)]
struct Draft {
    names: Localized,
    descriptions: Localized,
    kinds: Vec<ServiceKind>,
    populations: Vec<Population>,
    languages: Vec<LanguageCode>,
    cost: Cost,
    delivery: Vec<DeliveryMode>,
    hours: Option<Schedule>,
    phones: Vec<Phone>,
    area: ServiceArea,
    status: ServiceStatus,
    capacity: Capacity,
    capacity_updated_at: Option<DateTime<Utc>>,
    confidential: bool,
    location: Option<Location>,
    country: CountryCode,
    /// Verified within this many days (national lines are checked often).
    max_verified_days: f64,
}

/// Languages as validated codes, in order, without repeats.
fn language_codes(tags: &[&str]) -> Vec<LanguageCode> {
    let mut out: Vec<LanguageCode> = Vec::with_capacity(tags.len());
    for tag in tags {
        if let Ok(code) = LanguageCode::parse(tag)
            && !out.contains(&code)
        {
            out.push(code);
        }
    }
    out
}

fn sorted_populations(mut populations: Vec<Population>) -> Vec<Population> {
    populations.sort();
    populations.dedup();
    populations
}

fn remote_modes(delivery: &[DeliveryMode]) -> Vec<usize> {
    delivery
        .iter()
        .filter_map(|d| match d {
            DeliveryMode::Phone => Some(0),
            DeliveryMode::Video => Some(1),
            DeliveryMode::Chat => Some(2),
            DeliveryMode::InPerson => None,
        })
        .collect()
}

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

    /// A new organisation based in `place`.
    fn new_org(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        place: &PlaceRecord,
        national: bool,
        rng: &mut ChaCha8Rng,
    ) -> OrgRef {
        let lex = ctx.profile.primary;
        let unused: Vec<&'static str> = lex
            .epithets
            .iter()
            .copied()
            .filter(|e| !state.used_epithets.contains(e))
            .collect();
        let epithet = if unused.is_empty() {
            pick(rng, lex.epithets, "Demo")
        } else {
            pick(rng, &unused, "Demo")
        };
        state.used_epithets.insert(epithet);
        let template = if national {
            lex.national_org
        } else {
            pick(rng, &lex.org_templates, "{e}")
        };
        let mut base = fill(template, &[("e", epithet)]);
        if state.org_names.contains(&base) {
            base = format!("{base} – {}", place.name);
        }
        let mut k = 2;
        while state.org_names.contains(&base) {
            base = format!("{} – {} {k}", fill(template, &[("e", epithet)]), place.name);
            k += 1;
        }
        state.org_names.insert(base.clone());

        let langs = self.text_langs(&ctx.profile, national, rng);
        let descriptions = langs
            .iter()
            .map(|l| {
                let line = if national {
                    l.org_national_desc.to_owned()
                } else {
                    fill(l.org_local_desc, &[("place", &place.name)])
                };
                (l.tag.to_owned(), format!("{} {line}", l.demo_org))
            })
            .collect();
        let slug = format!(
            "{}-{}",
            fold(&base).replace(' ', "-"),
            ctx.record.iso2.as_str().to_ascii_lowercase()
        );
        let org = self.push_org(format!("{base} (demo)"), descriptions, &slug, rng);
        let org = OrgRef {
            id: org,
            epithet,
            home: place.id,
            langs,
        };
        if !national {
            state.local_orgs.push(org.clone());
        }
        org
    }

    fn push_org(&mut self, name: String, descriptions: Localized, slug: &str, rng: &mut ChaCha8Rng) -> Uuid {
        let id = self.id("organization", self.organizations.len());
        let website = chance(rng, 0.55).then(|| format!("https://example.org/{slug}"));
        let email = chance(rng, 0.5).then(|| format!("{slug}@example.org"));
        let verified_at = chance(rng, 0.85)
            .then(|| self.ago((unit(rng) * 500.0 * 1440.0) as i64 + index(rng, 1440) as i64));
        self.organizations.push(Organization {
            id,
            name,
            descriptions,
            website,
            email,
            verified_at,
            demo: true,
        });
        id
    }

    /// The languages an organisation writes in.
    fn text_langs(
        &self,
        profile: &Profile,
        all_optional: bool,
        rng: &mut ChaCha8Rng,
    ) -> Vec<&'static Lexicon> {
        let mut langs = vec![profile.primary];
        langs.extend(profile.also.iter().copied());
        for (lex, share) in profile.optional {
            if all_optional || chance(rng, *share) {
                langs.push(lex);
            }
        }
        langs
    }

    /// The languages a service in `place` speaks.
    fn spoken(
        &self,
        ctx: &CountryCtx<'_>,
        place: &PlaceRecord,
        populations: &[Population],
        rng: &mut ChaCha8Rng,
    ) -> Vec<&'static str> {
        let mut tags: Vec<&'static str> = ctx.profile.spoken.to_vec();
        for (tag, share) in ctx
            .profile
            .spoken_optional
            .iter()
            .chain(regional_languages(&place.admin1_iso))
        {
            if chance(rng, *share) {
                tags.push(tag);
            }
        }
        // Haitian migrants in the Dominican Republic and Chile: services for migrants there more often speak Creole.
        let iso = ctx.record.iso2.as_str();
        if populations.contains(&Population::Migrants) && matches!(iso, "DO" | "CL") && chance(rng, 0.25) {
            tags.push("ht");
        }
        tags
    }

    /// A new fictional number of the country, never handed out before (up to 100 per NANP area code).
    fn phone(
        &mut self,
        record: &CountryRecord,
        channels: Vec<PhoneChannel>,
        label: Option<&str>,
    ) -> Option<Phone> {
        let counter = self.phone_counters.entry(record.iso2).or_insert(0);
        *counter += 1;
        let number = fictional_number(record, *counter)?;
        Some(Phone {
            number,
            channels,
            label: label.map(str::to_owned),
        })
    }

    /// Short Indigenous-language descriptions for a service whose staff speak the language.
    fn short_texts(
        profile: &Profile,
        spoken: &[&str],
        always_open: bool,
        share: f64,
        descriptions: &mut Localized,
        rng: &mut ChaCha8Rng,
    ) {
        for text in profile.short_texts {
            if spoken.contains(&text.tag) && chance(rng, share) {
                let mut parts = vec![text.demo, text.help];
                if always_open {
                    parts.push(text.day_and_night);
                }
                parts.push(text.closing);
                descriptions.insert(text.tag.to_owned(), parts.join(" "));
            }
        }
    }

    /// The national 24-hour hotline.
    fn hotline(&mut self, ctx: &CountryCtx<'_>, org: &OrgRef, rng: &mut ChaCha8Rng) {
        let record = ctx.record;
        let mut spoken: Vec<&str> = ctx.profile.spoken.to_vec();
        spoken.extend(record.languages.iter().map(String::as_str));
        spoken.push("en");
        match record.iso2.as_str() {
            "DO" | "CL" | "BS" => spoken.push("ht"),
            "BR" | "TT" | "GY" => spoken.push("es"),
            _ => {}
        }
        let names = org
            .langs
            .iter()
            .map(|l| (l.tag.to_owned(), format!("{} (demo)", l.hotline_name)))
            .collect();
        let mut descriptions: Localized = org
            .langs
            .iter()
            .map(|l| {
                (
                    l.tag.to_owned(),
                    format!("{} {} {}", l.demo_service, l.hotline_desc, l.closings[0]),
                )
            })
            .collect();
        Self::short_texts(&ctx.profile, &spoken, true, 1.0, &mut descriptions, rng);
        let lex = ctx.profile.primary;
        let phones = [
            self.phone(ctx.record, vec![PhoneChannel::Voice], Some(lex.labels.line24)),
            self.phone(
                ctx.record,
                vec![PhoneChannel::Whatsapp, PhoneChannel::Sms],
                Some(lex.labels.whatsapp),
            ),
        ];
        let draft = Draft {
            names,
            descriptions,
            kinds: vec![ServiceKind::Hotline],
            populations: Vec::new(),
            languages: language_codes(&spoken),
            cost: Cost::Free,
            delivery: vec![DeliveryMode::Phone, DeliveryMode::Chat],
            hours: hours(HoursPlan::Always, timezone_of(ctx.capital, record), rng),
            phones: phones.into_iter().flatten().collect(),
            area: ServiceArea {
                countries: vec![record.iso2],
                regions: Vec::new(),
                polygon: None,
            },
            status: ServiceStatus::Active,
            capacity: Capacity::Unknown,
            capacity_updated_at: None,
            confidential: false,
            location: None,
            country: record.iso2,
            max_verified_days: 60.0,
        };
        self.push_service(org.id, draft, rng);
    }

    /// Counselling by video and phone for the whole country, from an office in the capital.
    fn remote_counselling(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        org: &OrgRef,
        variant: usize,
        rng: &mut ChaCha8Rng,
    ) {
        let record = ctx.record;
        let mut spoken: Vec<&str> = ctx.profile.spoken.to_vec();
        for (tag, share) in ctx.profile.spoken_optional {
            if chance(rng, (share * 2.0).min(0.6)) {
                spoken.push(tag);
            }
        }
        let langs = &org.langs;
        let town = if variant == 0 {
            None
        } else {
            Some(ctx.capital.name.as_str())
        };
        let names = names(
            state,
            langs,
            NameKey::Remote,
            org.epithet,
            town,
            &ctx.capital.name,
            index(rng, 2),
        );
        let closing = index(rng, 3);
        let mut descriptions: Localized = langs
            .iter()
            .map(|l| {
                let closing = l.closings.get(closing).copied().unwrap_or(l.closings[0]);
                (
                    l.tag.to_owned(),
                    format!("{} {} {closing}", l.demo_service, l.remote_desc),
                )
            })
            .collect();
        Self::short_texts(&ctx.profile, &spoken, false, 0.9, &mut descriptions, rng);
        let mut delivery = vec![DeliveryMode::Video, DeliveryMode::Phone];
        if chance(rng, 0.4) {
            delivery.push(DeliveryMode::Chat);
        }
        let lex = ctx.profile.primary;
        let phone = self.phone(
            ctx.record,
            vec![PhoneChannel::Voice, PhoneChannel::Whatsapp],
            Some(lex.labels.reception),
        );
        let draft = Draft {
            names,
            descriptions,
            kinds: vec![ServiceKind::Psychosocial],
            populations: if variant == 0 {
                Vec::new()
            } else {
                vec![Population::Women, Population::Adolescents]
            },
            languages: language_codes(&spoken),
            cost: Cost::Free,
            delivery,
            hours: hours(HoursPlan::Extended, timezone_of(ctx.capital, record), rng),
            phones: phone.into_iter().collect(),
            area: ServiceArea {
                countries: vec![record.iso2],
                regions: Vec::new(),
                polygon: None,
            },
            status: ServiceStatus::Active,
            capacity: Capacity::Unknown,
            capacity_updated_at: None,
            confidential: false,
            location: Some(self.location(ctx, ctx.capital, rng)),
            country: record.iso2,
            max_verified_days: 120.0,
        };
        self.push_service(org.id, draft, rng);
    }

    /// Phone and chat lines for single regions (ISO 3166-2), in the biggest cities outside the capital's region.
    fn regional_lines(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        count: usize,
        rng: &mut ChaCha8Rng,
    ) -> usize {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        seen.insert(ctx.capital.admin1_iso.as_str());
        let mut made = 0;
        for place in ctx.places.iter().copied() {
            if made >= count {
                break;
            }
            if place.admin1_iso.is_empty() || !seen.insert(place.admin1_iso.as_str()) {
                continue;
            }
            let org = self.new_org(ctx, state, place, false, rng);
            let spoken = self.spoken(ctx, place, &[], rng);
            let langs = &org.langs;
            let region = place.admin1_name.as_str();
            let names: Localized = langs
                .iter()
                .map(|l| {
                    let name = fill(l.regional_name, &[("e", org.epithet), ("region", region)]);
                    (l.tag.to_owned(), format!("{name} (demo)"))
                })
                .collect();
            if let Some(name) = names.get(ctx.profile.primary.tag) {
                state
                    .service_names
                    .insert(name.trim_end_matches(" (demo)").to_owned());
            }
            let always = chance(rng, 0.3);
            let mut descriptions: Localized = langs
                .iter()
                .map(|l| {
                    let line = fill(l.regional_desc, &[("region", region)]);
                    (
                        l.tag.to_owned(),
                        format!("{} {line} {}", l.demo_service, l.closings[1]),
                    )
                })
                .collect();
            Self::short_texts(&ctx.profile, &spoken, always, 0.85, &mut descriptions, rng);
            let mut kinds = vec![ServiceKind::Psychosocial];
            if chance(rng, 0.3) {
                kinds.push(ServiceKind::Legal);
            }
            let delivery = if chance(rng, 0.5) {
                vec![DeliveryMode::Phone, DeliveryMode::Chat]
            } else {
                vec![DeliveryMode::Phone, DeliveryMode::Video]
            };
            let lex = ctx.profile.primary;
            let label = if always {
                lex.labels.line24
            } else {
                lex.labels.reception
            };
            let phones = self.phone(
                ctx.record,
                vec![PhoneChannel::Voice, PhoneChannel::Whatsapp],
                Some(label),
            );
            let plan = if always {
                HoursPlan::Always
            } else {
                HoursPlan::Extended
            };
            let draft = Draft {
                names,
                descriptions,
                kinds,
                populations: Vec::new(),
                languages: language_codes(&spoken),
                cost: Cost::Free,
                delivery,
                hours: hours(plan, timezone_of(place, ctx.record), rng),
                phones: phones.into_iter().collect(),
                area: ServiceArea {
                    countries: Vec::new(),
                    regions: vec![place.admin1_iso.clone()],
                    polygon: None,
                },
                status: ServiceStatus::Active,
                capacity: Capacity::Unknown,
                capacity_updated_at: None,
                confidential: false,
                location: Some(self.location(ctx, place, rng)),
                country: ctx.record.iso2,
                max_verified_days: MAX_VERIFIED_AGE_DAYS,
            };
            self.push_service(org.id, draft, rng);
            made += 1;
        }
        made
    }

    /// `count` services in one town, grouped into organisations of one to six services; some towns' services
    /// belong to an organisation from elsewhere in the country (a branch office).
    fn city(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        place: &PlaceRecord,
        count: usize,
        mut forced: Vec<ShelterProfile>,
        rng: &mut ChaCha8Rng,
    ) {
        let mut left = count;
        while left > 0 {
            let size = [1, 2, 3, 4, 5, 6]
                .get(weighted(rng, &[10.0, 18.0, 24.0, 22.0, 15.0, 11.0]))
                .copied()
                .unwrap_or(1);
            let size = size.min(left);
            let reuse = place.id != ctx.capital.id && !state.local_orgs.is_empty() && chance(rng, 0.45);
            let org = if reuse {
                state.local_orgs.get(index(rng, state.local_orgs.len())).cloned()
            } else {
                None
            };
            let org = match org {
                Some(org) => org,
                None => self.new_org(ctx, state, place, false, rng),
            };
            for _ in 0..size {
                let shelter = forced.pop();
                self.local_service(ctx, state, place, &org, shelter, rng);
            }
            left -= size;
        }
    }

    /// A service with premises in `place`.
    fn local_service(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        place: &PlaceRecord,
        org: &OrgRef,
        forced_shelter: Option<ShelterProfile>,
        rng: &mut ChaCha8Rng,
    ) {
        let record = ctx.record;
        let migrant_context = ctx.profile.migrant_hub || ctx.border.near_border(place);
        let kinds = match forced_shelter {
            Some(_) => vec![ServiceKind::Shelter],
            None => pick_kinds(migrant_context, rng),
        };
        let primary = kinds.first().copied().unwrap_or(ServiceKind::Other);
        let is_shelter = primary == ServiceKind::Shelter;
        let shelter_profile = is_shelter
            .then(|| forced_shelter.unwrap_or_else(|| ShelterProfile::random(rng, migrant_context)));
        let mut populations = match shelter_profile {
            Some(p) => p.populations(rng),
            None => other_populations(primary, migrant_context, rng),
        };
        let spoken = self.spoken(ctx, place, &populations, rng);
        if spoken.iter().any(|t| !is_colonial_or_creole(t)) && chance(rng, 0.6) {
            populations.push(Population::IndigenousPeoples);
        }
        let populations = sorted_populations(populations);
        let cost = pick_cost(primary, rng);
        let delivery = pick_delivery(primary, rng);
        let modes = remote_modes(&delivery);
        let area = if modes.is_empty() {
            ServiceArea::default()
        } else if !place.admin1_iso.is_empty() && chance(rng, 0.75) {
            ServiceArea {
                countries: Vec::new(),
                regions: vec![place.admin1_iso.clone()],
                polygon: None,
            }
        } else {
            ServiceArea {
                countries: vec![record.iso2],
                regions: Vec::new(),
                polygon: None,
            }
        };
        let confidential = is_shelter && chance(rng, CONFIDENTIAL_SHARE);
        let plan = if is_shelter {
            HoursPlan::Always
        } else {
            HoursPlan::Office
        };
        let status = match weighted(rng, &[92.5, 5.5, 2.0]) {
            0 => ServiceStatus::Active,
            1 => ServiceStatus::TemporarilyClosed,
            _ => ServiceStatus::Defunct,
        };
        let (capacity, capacity_updated_at) = if is_shelter {
            let capacity = [
                Capacity::Available,
                Capacity::Limited,
                Capacity::Full,
                Capacity::Unknown,
            ]
            .get(weighted(rng, &[35.0, 30.0, 20.0, 15.0]))
            .copied()
            .unwrap_or(Capacity::Unknown);
            let when = (capacity != Capacity::Unknown).then(|| self.ago(30 + index(rng, 14 * 1440) as i64));
            (capacity, when)
        } else {
            (Capacity::Unknown, None)
        };

        let lex = ctx.profile.primary;
        let mut phones = Vec::new();
        if confidential {
            let mut channels = vec![PhoneChannel::Voice];
            if chance(rng, 0.5) {
                channels.push(PhoneChannel::Whatsapp);
            }
            phones.extend(self.phone(ctx.record, channels, Some(lex.labels.intake)));
        } else if is_shelter {
            phones.extend(self.phone(ctx.record, vec![PhoneChannel::Voice], Some(lex.labels.line24)));
            if chance(rng, 0.3) {
                phones.extend(self.phone(
                    ctx.record,
                    vec![PhoneChannel::Whatsapp],
                    Some(lex.labels.whatsapp),
                ));
            }
        } else {
            let mut channels = vec![PhoneChannel::Voice];
            if chance(rng, 0.2) {
                channels.push(PhoneChannel::Sms);
            }
            if chance(rng, 0.35) {
                channels.push(PhoneChannel::Whatsapp);
            }
            let label = chance(rng, 0.7).then_some(lex.labels.reception);
            phones.extend(self.phone(ctx.record, channels, label));
            if chance(rng, 0.2) {
                phones.extend(self.phone(
                    ctx.record,
                    vec![PhoneChannel::Whatsapp],
                    Some(lex.labels.whatsapp),
                ));
            }
        }

        let key = match shelter_profile {
            Some(p) => NameKey::Shelter(p),
            None => NameKey::Kind(primary),
        };
        let town = (org.home != place.id || chance(rng, 0.3)).then_some(place.name.as_str());
        let names = names(
            state,
            &org.langs,
            key,
            org.epithet,
            town,
            &place.name,
            index(rng, 2),
        );
        let closing = index(rng, 3);
        let mut descriptions: Localized = org
            .langs
            .iter()
            .map(|l| {
                let mut parts: Vec<String> = vec![l.demo_service.to_owned()];
                parts.extend(
                    kinds
                        .iter()
                        .filter_map(|k| l.kind_sentences.get(k.index()))
                        .map(|s| (*s).to_owned()),
                );
                if !populations.is_empty() {
                    let words: Vec<&str> = populations
                        .iter()
                        .filter_map(|p| l.population_words.get(p.index()).copied())
                        .collect();
                    parts.push(fill(l.serves, &[("list", &words.join(", "))]));
                }
                parts.push(l.costs[cost.index().min(2)].to_owned());
                if confidential {
                    parts.push(l.confidential.to_owned());
                }
                if !modes.is_empty() {
                    let words: Vec<&str> = modes.iter().filter_map(|m| l.modes.get(*m).copied()).collect();
                    parts.push(fill(l.remote_also, &[("modes", &join_and(&words, l.and))]));
                }
                parts.push(
                    l.closings
                        .get(closing)
                        .copied()
                        .unwrap_or(l.closings[0])
                        .to_owned(),
                );
                (l.tag.to_owned(), parts.join(" "))
            })
            .collect();
        Self::short_texts(&ctx.profile, &spoken, is_shelter, 0.85, &mut descriptions, rng);

        let draft = Draft {
            names,
            descriptions,
            kinds,
            populations,
            languages: language_codes(&spoken),
            cost,
            delivery,
            hours: hours(plan, timezone_of(place, record), rng),
            phones,
            area,
            status,
            capacity,
            capacity_updated_at,
            confidential,
            location: Some(self.location(ctx, place, rng)),
            country: record.iso2,
            max_verified_days: MAX_VERIFIED_AGE_DAYS,
        };
        self.push_service(org.id, draft, rng);
    }

    /// Fictional premises a few km from the town's centre.
    fn location(&self, ctx: &CountryCtx<'_>, place: &PlaceRecord, rng: &mut ChaCha8Rng) -> Location {
        let street = pick(rng, &ctx.profile.primary.streets, "{n}");
        let number = (1 + index(rng, 2_999)).to_string();
        Location {
            point: places::jitter(place.point, place.population, rng),
            address: Some(fill(street, &[("n", &number)])),
            locality: Some(place.name.clone()),
            region: (!place.admin1_name.is_empty()).then(|| place.admin1_name.clone()),
            country: ctx.record.iso2,
        }
    }

    /// Sets id, organisation and times, and stores the service.
    fn push_service(&mut self, organization_id: Uuid, draft: Draft, rng: &mut ChaCha8Rng) {
        let id = self.id("service", self.services.len());
        // Skewed towards recent checks; about three in ten are older than 180 days (stale).
        let max_minutes = draft.max_verified_days * 1440.0 - 1.0;
        let verified_minutes = (unit(rng).powf(2.2) * max_minutes) as i64 + 1;
        let last_verified_at = self.ago(verified_minutes);
        let created_at = last_verified_at - TimeDelta::days(30 + index(rng, 1_200) as i64);
        let updated_at = if chance(rng, 0.6) {
            last_verified_at
        } else {
            self.ago(1 + index(rng, verified_minutes as usize) as i64)
        };
        let Draft {
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
            confidential,
            location,
            country,
            max_verified_days: _,
        } = draft;
        self.services.push(Service {
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
            last_verified_at: Some(last_verified_at),
            confidential,
            demo: true,
            location,
            country,
            created_at,
            updated_at,
        });
    }

    /// One service (and its organisation) that reaches several countries.
    fn multi_country(
        &mut self,
        spec: &MultiCountry,
        record: &CountryRecord,
        capital: &PlaceRecord,
        all: &[CountryCode],
        rng: &mut ChaCha8Rng,
    ) {
        let localized = |pairs: &[(&str, &str)]| -> Localized {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let slug = format!(
            "{}-regional",
            fold(spec.org_name.trim_end_matches(" (demo)")).replace(' ', "-")
        );
        let org = self.push_org(
            spec.org_name.to_owned(),
            localized(spec.org_descriptions),
            &slug,
            rng,
        );
        let countries = match spec.reach {
            Reach::Countries(codes) => codes.iter().filter_map(|c| CountryCode::parse(c).ok()).collect(),
            Reach::AllSovereign => all.to_vec(),
        };
        let profile = profile(record.iso2.as_str());
        let lex = profile.primary;
        let label = if spec.always_open {
            lex.labels.line24
        } else {
            lex.labels.reception
        };
        let phones: Vec<Phone> = self
            .phone(
                record,
                vec![PhoneChannel::Voice, PhoneChannel::Whatsapp],
                Some(label),
            )
            .into_iter()
            .collect();
        let street = pick(rng, &lex.streets, "{n}");
        let location = Location {
            point: places::jitter(capital.point, capital.population, rng),
            address: Some(fill(street, &[("n", &(1 + index(rng, 2_999)).to_string())])),
            locality: Some(capital.name.clone()),
            region: (!capital.admin1_name.is_empty()).then(|| capital.admin1_name.clone()),
            country: record.iso2,
        };
        let plan = if spec.always_open {
            HoursPlan::Always
        } else {
            HoursPlan::Extended
        };
        let draft = Draft {
            names: localized(spec.names),
            descriptions: localized(spec.descriptions),
            kinds: spec.kinds.to_vec(),
            populations: sorted_populations(spec.populations.to_vec()),
            languages: language_codes(spec.languages),
            cost: Cost::Free,
            delivery: spec.delivery.to_vec(),
            hours: hours(plan, timezone_of(capital, record), rng),
            phones,
            area: ServiceArea {
                countries,
                regions: Vec::new(),
                polygon: None,
            },
            status: ServiceStatus::Active,
            capacity: Capacity::Unknown,
            capacity_updated_at: None,
            confidential: false,
            location: Some(location),
            country: record.iso2,
            max_verified_days: 150.0,
        };
        self.push_service(org, draft, rng);
    }
}

/// Unique names in every language: the pattern, then the other pattern, then with the town, then numbered.
fn names(
    state: &mut CountryState,
    langs: &[&'static Lexicon],
    key: NameKey,
    epithet: &str,
    town: Option<&str>,
    fallback_town: &str,
    variant: usize,
) -> Localized {
    let base = |lex: &Lexicon, variant: usize| -> String {
        let template = match key {
            NameKey::Kind(kind) => lex
                .kind_names
                .get(kind.index())
                .map_or("{e}", |pair| pair[variant % 2]),
            NameKey::Shelter(profile) => profile.name_template(lex, variant % 2),
            NameKey::Remote => lex.remote_names[variant % 2],
        };
        fill(template, &[("e", epithet)])
    };
    let suffixed = |text: String, suffix: &Option<String>| match suffix {
        Some(s) => format!("{text} – {s}"),
        None => text,
    };
    let primary = langs.first().copied().unwrap_or(&ES);
    let mut attempts: Vec<(usize, Option<String>)> = vec![
        (variant, town.map(str::to_owned)),
        (variant + 1, town.map(str::to_owned)),
        (variant, Some(fallback_town.to_owned())),
    ];
    attempts.extend((2..50).map(|k| (variant, Some(format!("{fallback_town} {k}")))));
    let (variant, suffix) = attempts
        .into_iter()
        .find(|(v, s)| !state.service_names.contains(&suffixed(base(primary, *v), s)))
        .unwrap_or((
            variant,
            Some(format!("{fallback_town} {}", state.service_names.len())),
        ));
    state
        .service_names
        .insert(suffixed(base(primary, variant), &suffix));
    langs
        .iter()
        .map(|l| {
            (
                l.tag.to_owned(),
                format!("{} (demo)", suffixed(base(l, variant), &suffix)),
            )
        })
        .collect()
}

/// A phone number no subscriber can have: `+1 NPA 555 01XX` (the range reserved for fiction) in the North
/// American plan, otherwise the country code followed by a national number starting with 0.
fn fictional_number(record: &CountryRecord, k: u32) -> Option<E164> {
    let code = record.calling_code.as_str();
    let areas = &record.nanp_area_codes;
    let text = if code == "1" && !areas.is_empty() {
        let len = areas.len() as u32;
        let area = areas.get((k % len) as usize)?;
        format!("+1{area}55501{:02}", (k / len) % 100)
    } else {
        let width = if code.len() >= 3 { 7 } else { 8 };
        format!("+{code}0{:0width$}", 100 + k)
    };
    E164::parse(&text).ok()
}

/// One to three kinds, the main one first.
fn pick_kinds(migrant_context: bool, rng: &mut ChaCha8Rng) -> Vec<ServiceKind> {
    use ServiceKind as K;
    let documents = if migrant_context { 12.0 } else { 5.0 };
    let repatriation = if migrant_context { 4.5 } else { 2.5 };
    // In declaration order: shelter, psychosocial, hotline, legal, health, food & clothing, employment,
    // education, documents & migration, repatriation, financial aid, other.
    let weights = [
        15.0,
        24.0,
        0.0,
        17.0,
        14.0,
        4.0,
        6.0,
        4.0,
        documents,
        repatriation,
        3.0,
        2.0,
    ];
    let primary = K::ALL
        .get(weighted(rng, &weights))
        .copied()
        .unwrap_or(K::Psychosocial);
    let companions: &[K] = match primary {
        K::Shelter => &[K::FoodClothing, K::Psychosocial, K::Health, K::Education],
        K::Psychosocial => &[K::Health, K::Legal, K::Other],
        K::Legal => &[K::DocumentsMigration, K::Psychosocial],
        K::Health => &[K::Psychosocial],
        K::FoodClothing => &[K::Other, K::FinancialAid],
        K::EmploymentTraining => &[K::Education, K::FinancialAid],
        K::Education => &[K::EmploymentTraining],
        K::DocumentsMigration => &[K::Legal, K::Repatriation],
        K::Repatriation => &[K::DocumentsMigration, K::Psychosocial],
        K::FinancialAid => &[K::EmploymentTraining, K::FoodClothing],
        K::Hotline | K::Other => &[K::Psychosocial, K::FoodClothing],
    };
    let extra = weighted(rng, &[55.0, 33.0, 12.0]);
    let mut kinds = vec![primary];
    for _ in 0..extra {
        let kind = pick(rng, companions, K::Other);
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

/// Who a non-shelter service is for; empty (everyone) for about three in ten.
fn other_populations(primary: ServiceKind, migrant_context: bool, rng: &mut ChaCha8Rng) -> Vec<Population> {
    use Population as P;
    let mut out = Vec::new();
    if chance(rng, 0.3) {
        return out;
    }
    let migration_kind = matches!(
        primary,
        ServiceKind::DocumentsMigration | ServiceKind::Repatriation
    );
    let migrants = 10.0 * if migrant_context { 3.0 } else { 1.0 } * if migration_kind { 3.0 } else { 1.0 };
    let options = [
        P::Women,
        P::Children,
        P::Adolescents,
        P::Families,
        P::Migrants,
        P::Men,
        P::Lgbtq,
        P::PeopleWithDisabilities,
    ];
    let weights = [30.0, 12.0, 12.0, 8.0, migrants, 6.0, 4.0, 4.0];
    for _ in 0..1 + weighted(rng, &[50.0, 35.0, 15.0]) {
        if let Some(p) = options.get(weighted(rng, &weights)) {
            out.push(*p);
        }
    }
    if chance(rng, 0.25) {
        out.push(P::SexualExploitation);
    }
    if chance(rng, 0.15) {
        out.push(P::LabourExploitation);
    }
    if chance(rng, 0.04) {
        out.push(P::OtherExploitation);
    }
    out
}

fn pick_cost(primary: ServiceKind, rng: &mut ChaCha8Rng) -> Cost {
    match primary {
        ServiceKind::Health
        | ServiceKind::Legal
        | ServiceKind::Psychosocial
        | ServiceKind::Education
        | ServiceKind::EmploymentTraining => match weighted(rng, &[76.0, 16.0, 8.0]) {
            0 => Cost::Free,
            1 => Cost::Low,
            _ => Cost::Paid,
        },
        ServiceKind::Other => {
            if chance(rng, 0.1) {
                Cost::Low
            } else {
                Cost::Free
            }
        }
        _ => Cost::Free,
    }
}

fn pick_delivery(primary: ServiceKind, rng: &mut ChaCha8Rng) -> Vec<DeliveryMode> {
    let (phone, video, chat) = match primary {
        ServiceKind::Shelter => (0.0, 0.0, 0.0),
        ServiceKind::Psychosocial => (0.35, 0.25, 0.1),
        ServiceKind::Legal => (0.25, 0.12, 0.03),
        ServiceKind::DocumentsMigration => (0.2, 0.03, 0.1),
        ServiceKind::Health => (0.1, 0.02, 0.0),
        _ => (0.1, 0.0, 0.04),
    };
    let mut delivery = vec![DeliveryMode::InPerson];
    for (mode, share) in [
        (DeliveryMode::Phone, phone),
        (DeliveryMode::Video, video),
        (DeliveryMode::Chat, chat),
    ] {
        if chance(rng, share) {
            delivery.push(mode);
        }
    }
    delivery
}
