//! Opening hours: around the clock (hotlines, shelters), office weeks of several shapes, or the long weeks of
//! remote counselling, in the service's time zone.

use api_types::{OpeningInterval, Weekday, WeeklyHours};
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::Schedule;
use ruta_server::reference::{CountryRecord, PlaceRecord};

use crate::places::weighted;

/// How a service's hours are set.
#[derive(Debug, Clone, Copy)]
pub(super) enum HoursPlan {
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
pub(super) fn hours(plan: HoursPlan, timezone: &str, rng: &mut ChaCha8Rng) -> Option<Schedule> {
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

pub(super) fn timezone_of<'a>(place: &'a PlaceRecord, record: &'a CountryRecord) -> &'a str {
    if !place.timezone.is_empty() {
        &place.timezone
    } else {
        record.timezones.first().map_or("UTC", String::as_str)
    }
}
