//! Remote help within one country: counselling by video and phone for the whole country (from an office in
//! the capital), and phone and chat lines for single regions.

use std::collections::BTreeSet;

use api_types::{
    Capacity, Cost, DeliveryMode, Localized, PhoneChannel, Population, ServiceArea, ServiceKind,
    ServiceStatus,
};
use rand_chacha::ChaCha8Rng;

use crate::hours::{HoursPlan, hours, timezone_of};
use crate::lexicon::fill;
use crate::organizations::OrgRef;
use crate::places::{chance, index};
use crate::services::{Draft, MAX_VERIFIED_AGE_DAYS, language_codes, whole_countries};
use crate::texts::{NameKey, names};
use crate::{Builder, CountryCtx, CountryState};

impl Builder {
    /// Counselling by video and phone for the whole country, from an office in the capital.
    pub(super) fn remote_counselling(
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
            area: whole_countries(vec![record.iso2]),
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
    pub(super) fn regional_lines(
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
}
