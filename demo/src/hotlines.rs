//! Each country's demo network support line (24 hours, free, by phone and chat, in the country's languages and
//! English). Not a national life line: those are product data (`data/lifelines/`), never demo.

use api_types::{Capacity, Cost, DeliveryMode, Localized, PhoneChannel, ServiceKind, ServiceStatus};
use rand_chacha::ChaCha8Rng;

use crate::hours::{HoursPlan, hours, timezone_of};
use crate::organizations::OrgRef;
use crate::services::{Draft, language_codes, whole_countries};
use crate::{Builder, CountryCtx};

impl Builder {
    /// The national 24-hour hotline.
    pub(super) fn hotline(&mut self, ctx: &CountryCtx<'_>, org: &OrgRef, rng: &mut ChaCha8Rng) {
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
            area: whole_countries(vec![record.iso2]),
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
}
