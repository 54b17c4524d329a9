//! Referrals: the message an operator sends or reads to the person on the line, composed in that person's
//! language, and the anonymous counts kept of them.
//!
//! A referral is counted by kind of service, country, first-level division, language and day — nothing else:
//! no person, no free text, no service and no operator. Counts below [`MIN_COUNT`] are never shown.

use std::collections::{BTreeMap, HashMap};

use api_types::{
    CountryCode, OpeningInterval, ReferralCountRow, ReferralDimension, ServiceKind, Weekday, WeeklyHours,
};
use chrono::Datelike;

use crate::domain::Service;
pub use crate::domain::referral::DayCount;
use crate::domain::text::{fallback_chain, pick};

/// The smallest count a report shows: a smaller group could point at a person.
pub const MIN_COUNT: u64 = 5;

/// A message by id with arguments, in one language: how the composer reads Fluent without depending on it.
pub trait Words {
    /// The message `id` with `args`.
    fn get(&self, id: &str, args: &[(&str, &str)]) -> String;
}

impl Words for ruta_locales::Localizer {
    fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        ruta_locales::Localizer::get(self, id, args)
    }
}

/// A composed referral: lines to read aloud, and the same for a text message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// One line per item.
    pub text: String,
    /// The items on one line.
    pub sms_body: String,
}

/// Writes the referral for a service in the language of `words`; `language` (the caller's) picks the name.
///
/// Lines: the name (in the caller's language when the listing has it), the phones, the hours in short form, and
/// the address — or, for a confidential shelter, that the address is confidential and the intake line to call.
pub fn compose(service: &Service, language: &str, words: &dyn Words) -> Composed {
    let chain = fallback_chain(Some(language));
    let name = pick(&service.names, &chain).map(|(_, n)| n).unwrap_or_default();
    let mut lines = vec![words.get("referral-service", &[("name", name)])];
    let phones = service
        .phones
        .iter()
        .map(|p| p.number.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if service.confidential {
        if !phones.is_empty() {
            lines.push(words.get("referral-confidential", &[("phones", &phones)]));
        }
    } else if !phones.is_empty() {
        lines.push(words.get("referral-phones", &[("phones", &phones)]));
    }
    if let Some(hours) = service.hours.as_ref().map(|h| h.to_wire())
        && let Some(short) = hours_short(hours, words)
    {
        lines.push(words.get("referral-hours", &[("hours", &short)]));
    }
    if !service.confidential
        && let Some(location) = service.location()
    {
        let address = [&location.address, &location.locality, &location.region]
            .into_iter()
            .flatten()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if !address.is_empty() {
            lines.push(words.get("referral-address", &[("address", &address)]));
        }
    }
    if service.demo {
        lines.push(words.get("referral-demo", &[]));
    }
    let sms_body = lines
        .iter()
        .map(|l| l.trim().trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(". ");
    Composed {
        text: lines.join("\n"),
        sms_body,
    }
}

/// Opening hours in short form, days with the same openings together: "lun–vie 08:00–17:00; sáb 09:00–13:00".
/// `None` when the hours say nothing (by appointment).
pub fn hours_short(hours: &WeeklyHours, words: &dyn Words) -> Option<String> {
    if hours.always_open {
        return Some(words.get("referral-hours-always", &[]));
    }
    if hours.intervals.is_empty() {
        return None;
    }
    let day_text = |day: Weekday| -> String {
        let mut openings: Vec<&OpeningInterval> = hours.intervals.iter().filter(|i| i.day == day).collect();
        openings.sort_by(|a, b| a.opens.cmp(&b.opens));
        openings
            .iter()
            .map(|i| format!("{}–{}", i.opens, i.closes))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let day_name = |day: Weekday| words.get(&format!("referral-day-{}", day.as_str()), &[]);
    let mut groups: Vec<(Weekday, Weekday, String)> = Vec::new();
    for day in Weekday::ALL {
        let text = day_text(day);
        if text.is_empty() {
            continue;
        }
        match groups.last_mut() {
            Some((_, last, same))
                if *same == text && last.number_from_monday() + 1 == day.number_from_monday() =>
            {
                *last = day;
            }
            _ => groups.push((day, day, text)),
        }
    }
    Some(
        groups
            .into_iter()
            .map(|(first, last, text)| {
                if first == last {
                    format!("{} {text}", day_name(first))
                } else {
                    format!("{}–{} {text}", day_name(first), day_name(last))
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
    )
}

type GroupKey = (
    Option<ServiceKind>,
    Option<CountryCode>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Sums day counts into the groups `by` asks for; groups below `min_count` are left out and counted in the
/// second value. Rows: largest first, then by group.
pub fn group(
    days: &[DayCount],
    by: &[ReferralDimension],
    min_count: u64,
    admin_area_names: &HashMap<String, String>,
) -> (Vec<ReferralCountRow>, u64) {
    let has = |d: ReferralDimension| by.contains(&d);
    let mut groups: BTreeMap<GroupKey, u64> = BTreeMap::new();
    for d in days {
        let key = (
            has(ReferralDimension::Kind).then_some(d.kind),
            has(ReferralDimension::Country).then_some(d.country),
            has(ReferralDimension::AdminArea).then(|| d.admin_area.clone()),
            has(ReferralDimension::Language).then(|| d.language.clone()),
            has(ReferralDimension::Month).then(|| format!("{:04}-{:02}", d.day.year(), d.day.month())),
        );
        *groups.entry(key).or_default() += d.count;
    }
    let mut suppressed = 0;
    let mut rows: Vec<ReferralCountRow> = Vec::new();
    for ((kind, country, admin_area, language, period), count) in groups {
        if count < min_count {
            suppressed += 1;
            continue;
        }
        rows.push(ReferralCountRow {
            kind,
            country,
            admin_area_name: admin_area.as_ref().and_then(|a| admin_area_names.get(a).cloned()),
            admin_area,
            language,
            period,
            count,
        });
    }
    // Stable: equal counts keep the groups' order.
    rows.sort_by_key(|r| std::cmp::Reverse(r.count));
    (rows, suppressed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    struct English;
    impl Words for English {
        fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
            let arg = args.first().map(|(_, v)| *v).unwrap_or("");
            match id {
                "referral-hours-always" => "24 h".to_owned(),
                day if day.starts_with("referral-day-") => day.trim_start_matches("referral-day-").to_owned(),
                _ => format!("{id}:{arg}"),
            }
        }
    }

    fn interval(day: Weekday, opens: &str, closes: &str) -> OpeningInterval {
        OpeningInterval {
            day,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    #[test]
    fn days_with_the_same_hours_read_as_one_range() {
        use Weekday::*;
        let mut intervals: Vec<_> = [Mon, Tue, Wed, Thu, Fri]
            .into_iter()
            .map(|d| interval(d, "08:00", "17:00"))
            .collect();
        intervals.push(interval(Sat, "09:00", "13:00"));
        intervals.push(interval(Sun, "09:00", "13:00"));
        intervals.push(interval(Wed, "18:00", "20:00"));
        let hours = WeeklyHours {
            timezone: "America/Lima".into(),
            always_open: false,
            intervals,
        };
        assert_eq!(
            hours_short(&hours, &English).as_deref(),
            Some(
                "mon–tue 08:00–17:00; wed 08:00–17:00, 18:00–20:00; thu–fri 08:00–17:00; sat–sun 09:00–13:00"
            )
        );
        let always = WeeklyHours {
            timezone: "America/Lima".into(),
            always_open: true,
            intervals: Vec::new(),
        };
        assert_eq!(hours_short(&always, &English).as_deref(), Some("24 h"));
    }

    #[test]
    fn groups_below_five_are_left_out_and_counted() {
        let hn = CountryCode::parse("HN").unwrap();
        let day = |d: u32, kind, count| DayCount {
            day: NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
            kind,
            country: hn,
            admin_area: "HN-FM".into(),
            language: "es".into(),
            count,
        };
        let days = [
            day(1, ServiceKind::Shelter, 3),
            day(2, ServiceKind::Shelter, 2),
            day(2, ServiceKind::Legal, 4),
        ];
        let (rows, suppressed) = group(&days, &[ReferralDimension::Kind], MIN_COUNT, &HashMap::new());
        assert_eq!(suppressed, 1);
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].kind, rows[0].count), (Some(ServiceKind::Shelter), 5));
        assert_eq!(rows[0].country, None);
        let (rows, suppressed) = group(&days, &[ReferralDimension::Month], MIN_COUNT, &HashMap::new());
        assert_eq!(
            (rows[0].period.as_deref(), rows[0].count, suppressed),
            (Some("2026-11"), 9, 0)
        );
    }
}
