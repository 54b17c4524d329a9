//! Demo counsellors: one for each of up to 30 demo organisations that give remote psychosocial support, in
//! their countries' languages and time zones, weekday availability, so a new user can book right away. Every
//! name says "(demo)".

use api_types::{DeliveryMode, Population, ServiceKind, Weekday};
use chrono::NaiveTime;

use ruta_server::booking::{Counsellor, Modality};
use ruta_server::domain::Service;
use ruta_server::domain::slots::Availability;

const NAMES: [(&str, &str); 12] = [
    ("Ana", "woman"),
    ("Luis", "man"),
    ("Marisol", "woman"),
    ("Jean", "man"),
    ("Rosa", "woman"),
    ("Tomás", "man"),
    ("Camila", "woman"),
    ("Ixchel", "woman"),
    ("Mateo", "man"),
    ("Alex", "non_binary"),
    ("Fabiola", "woman"),
    ("Rafael", "man"),
];

/// Counsellors for the demo directory's remote psychosocial services.
pub fn counsellors(services: &[Service]) -> Vec<Counsellor> {
    let hours = |h: u32| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
    let mut eligible: Vec<&Service> = services
        .iter()
        .filter(|s| {
            s.demo
                && s.kinds.contains(&ServiceKind::Psychosocial)
                && s.delivery
                    .iter()
                    .any(|d| matches!(d, DeliveryMode::Video | DeliveryMode::Phone))
                && s.hours.is_some()
        })
        .collect();
    // Within a country, the most multilingual service first.
    eligible.sort_by_key(|s| {
        (
            s.country.as_str().to_owned(),
            std::cmp::Reverse(s.languages.len()),
            s.id,
        )
    });
    // One per country first (so every country's languages are there), then others; one per organisation and
    // country.
    let mut seen_countries = std::collections::HashSet::new();
    let (first, rest): (Vec<&Service>, Vec<&Service>) = eligible
        .into_iter()
        .partition(|s| seen_countries.insert(s.country));
    let mut seen_organizations = std::collections::HashSet::new();
    first
        .into_iter()
        .chain(rest)
        .filter(|s| seen_organizations.insert((s.organization_id, s.country)))
        .take(40)
        .enumerate()
        .filter_map(|(i, s)| {
            let (name, gender) = NAMES[i % NAMES.len()];
            let timezone = s.hours.as_ref()?.timezone();
            let mut specialities: Vec<String> = s
                .populations
                .iter()
                .filter_map(|p| match p {
                    Population::Women => Some("women"),
                    Population::Men => Some("men"),
                    Population::Lgbtq => Some("lgbtq"),
                    Population::Children | Population::Adolescents => Some("children"),
                    Population::SexualExploitation => Some("sexual_exploitation"),
                    Population::LabourExploitation => Some("labour_exploitation"),
                    Population::Migrants => Some("migrants"),
                    _ => None,
                })
                .map(str::to_owned)
                .collect();
            specialities.dedup();
            let mut modalities = vec![Modality::Video, Modality::Phone];
            if i % 3 == 0 {
                modalities.push(Modality::Chat);
            }
            let mut days = vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ];
            if i % 4 == 0 {
                days.push(Weekday::Sat);
            }
            let (from, until) = if i % 2 == 0 {
                (hours(9), hours(17))
            } else {
                (hours(12), hours(20))
            };
            Some(Counsellor {
                id: uuid::Uuid::new_v5(&s.id, b"demo counsellor"),
                organization_id: s.organization_id,
                user_id: None,
                display_name: format!("{name} (demo)"),
                gender: gender.to_owned(),
                languages: s.languages.clone(),
                specialities,
                modalities,
                availability: Availability::usual(timezone, &days, from, until),
                active: true,
                demo: true,
            })
        })
        .collect()
}
