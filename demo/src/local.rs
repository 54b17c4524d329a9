//! Services with premises in towns, the bulk of the directory: what each offers (a main kind and companions),
//! to whom, at what cost, how (in person, some also remotely), its phones, hours, capacity and premises.
//! Shelters are among them (see `shelters`).

use api_types::{
    Capacity, Cost, DeliveryMode, Localized, PhoneChannel, Population, ServiceArea, ServiceKind,
    ServiceStatus,
};
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::Location;
use ruta_server::reference::PlaceRecord;

use crate::hours::{HoursPlan, hours, timezone_of};
use crate::lexicon::{fill, join_and};
use crate::organizations::OrgRef;
use crate::places::{self, chance, index, pick, weighted};
use crate::profile::is_colonial_or_creole;
use crate::services::{Draft, MAX_VERIFIED_AGE_DAYS, language_codes, sorted_populations, whole_countries};
use crate::shelters::{CONFIDENTIAL_SHARE, ShelterProfile};
use crate::texts::{NameKey, names};
use crate::{Builder, CountryCtx, CountryState};

impl Builder {
    /// `count` services in one town, grouped into organisations of one to six services; some towns' services
    /// belong to an organisation from elsewhere in the country (a branch office).
    pub(super) fn city(
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
    pub(super) fn local_service(
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
            whole_countries(vec![record.iso2])
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
    pub(super) fn location(
        &self,
        ctx: &CountryCtx<'_>,
        place: &PlaceRecord,
        rng: &mut ChaCha8Rng,
    ) -> Location {
        let street = pick(rng, &ctx.profile.primary.streets, "{n}");
        let number = (1 + index(rng, 2_999)).to_string();
        Location {
            point: places::jitter(place.point, place.population, rng),
            address: Some(fill(street, &[("n", &number)])),
            locality: Some(place.name.clone()),
            region: (!place.admin1_name.is_empty()).then(|| place.admin1_name.clone()),
            postal_code: None,
            country: ctx.record.iso2,
            approximate: false,
        }
    }
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
