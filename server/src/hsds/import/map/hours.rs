//! Opening hours: weekly schedules (days and times read tolerantly) and their IANA time zone, given or found
//! from the place, the description or the country.

use api_types::{CountryCode, OpeningInterval, Weekday, WeeklyHours};
use chrono::Offset;
use chrono_tz::Tz;
use serde_json::Value;

use super::fields::{Obj, first_raw, list, raw};
use super::places::Place;
use super::tolerant;
use super::{At, Mapper};
use crate::domain::Schedule;

impl Mapper<'_> {
    /// The IANA zone of a service's hours, and how it was found (`None`: given).
    fn zone(
        &mut self,
        schedules: &[&Obj],
        place: Option<&Place>,
        country: CountryCode,
    ) -> Option<(Tz, Option<&'static str>)> {
        for s in schedules {
            if let Some(zone) = raw(s, "x_ruta_timezone").and_then(|z| z.parse::<Tz>().ok()) {
                return Some((zone, None));
            }
        }
        for s in schedules {
            let Some(description) = raw(s, "description") else {
                continue;
            };
            let zone = description
                .split(|c: char| c.is_whitespace() || "(),;".contains(c))
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| w.contains('/'))
                .find_map(|w| w.parse::<Tz>().ok());
            if let Some(zone) = zone {
                return Some((zone, Some("read from the schedule's description")));
            }
        }
        if let Some(zone) = self.ctx.options.timezone {
            return Some((zone, Some("given with the import")));
        }
        if let Some(zone) = place
            .and_then(|p| p.timezone.as_deref())
            .and_then(|z| z.parse::<Tz>().ok())
        {
            return Some((zone, Some("the zone of the place")));
        }
        let zones: Vec<Tz> = self
            .ctx
            .countries
            .get(country)?
            .timezones
            .iter()
            .filter_map(|z| z.parse::<Tz>().ok())
            .collect();
        let offset_h = schedules
            .iter()
            .find_map(|s| s.get("timezone").and_then(tolerant::number));
        let now = self.ctx.options.now;
        let matching = offset_h.and_then(|h| {
            zones.iter().copied().find(|z| {
                let seconds = now.with_timezone(z).offset().fix().local_minus_utc();
                (f64::from(seconds) / 3600.0 - h).abs() < 0.01
            })
        });
        matching
            .map(|z| (z, Some("the country's zone with the schedule's UTC offset")))
            .or_else(|| zones.first().map(|z| (*z, Some("the country's main zone"))))
    }

    pub(super) fn hours(
        &mut self,
        at: &At,
        v: &Obj,
        place: Option<&Place>,
        country: CountryCode,
    ) -> Option<Schedule> {
        let mut schedules: Vec<&Obj> = list(v, "schedules").iter().filter_map(Value::as_object).collect();
        if schedules.is_empty() {
            for sal in list(v, "service_at_locations") {
                if let Some(sal) = sal.as_object() {
                    schedules.extend(list(sal, "schedules").iter().filter_map(Value::as_object));
                }
            }
        }
        if schedules.is_empty()
            && let Some(place) = place
        {
            schedules.extend(
                list(&place.location, "schedules")
                    .iter()
                    .filter_map(Value::as_object),
            );
        }
        if schedules.is_empty() {
            return None;
        }
        let Some((zone, how)) = self.zone(&schedules, place, country) else {
            for s in &schedules {
                self.read("schedule");
                let s_at = self.at_of("schedule", s, at);
                self.report.skipped_row(
                    &s_at,
                    format!(
                        "no time zone: the schedule gives none and {country}'s is not known; hours left out"
                    ),
                );
            }
            return None;
        };
        if let Some(how) = how {
            self.report.fixed(
                at,
                "schedules",
                format!("time zone not given: {} ({how})", zone.name()),
            );
        }
        let mut intervals: Vec<(Weekday, u16, u16)> = Vec::new();
        for s in &schedules {
            self.read("schedule");
            let s_at = self.at_of("schedule", s, at);
            if let Some(freq) = raw(s, "freq")
                && !freq.eq_ignore_ascii_case("weekly")
            {
                self.report.skipped_row(&s_at, "only weekly hours are kept");
                continue;
            }
            let days = match first_raw(s, &["byday", "weekday", "days", "day"]) {
                Some(text) => match tolerant::weekdays(&text) {
                    Some(days) => {
                        if !is_ical_days(&text) {
                            self.report.fixed(&s_at, "byday", "weekday names read as days");
                        }
                        days
                    }
                    None => {
                        self.report
                            .skipped_row(&s_at, "its days are not weekdays Ruta can read");
                        continue;
                    }
                },
                None => {
                    self.report
                        .fixed(&s_at, "byday", "no day given: taken as every day");
                    Weekday::ALL.to_vec()
                }
            };
            let mut times = [0u16; 2];
            let mut ok = true;
            for (slot, field) in times.iter_mut().zip(["opens_at", "closes_at"]) {
                match raw(s, field).map(|t| (tolerant::time_of_day(&t), t)) {
                    Some((Some(minutes), text)) => {
                        if !is_hh_mm(&text) {
                            let shown = if field == "closes_at" && minutes == 0 {
                                1440
                            } else {
                                minutes
                            };
                            self.report
                                .fixed(&s_at, field, format!("read as {}", tolerant::clock(shown)));
                        }
                        *slot = minutes;
                    }
                    Some((None, _)) => {
                        self.report
                            .skipped_row(&s_at, format!("{field} is not a time of day"));
                        ok = false;
                        break;
                    }
                    None => {
                        self.report.skipped_row(&s_at, format!("no {field}"));
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let [opens, mut closes] = times;
            if opens >= 1440 {
                self.report
                    .skipped_row(&s_at, "opens at midnight at the end of the day");
                continue;
            }
            if closes == 0 || (opens == 0 && closes == opens) {
                closes = 1440;
            } else if closes == opens {
                self.report
                    .skipped_row(&s_at, "opens and closes at the same time");
                continue;
            }
            for day in days {
                if !intervals.contains(&(day, opens, closes)) {
                    intervals.push((day, opens, closes));
                }
            }
        }
        if intervals.is_empty() {
            return None;
        }
        let always_open = Weekday::ALL.iter().all(|d| {
            intervals
                .iter()
                .any(|&(day, o, c)| day == *d && o == 0 && c >= 1439)
        });
        let wire = WeeklyHours {
            timezone: zone.name().to_owned(),
            always_open,
            intervals: if always_open {
                Vec::new()
            } else {
                intervals
                    .into_iter()
                    .map(|(day, o, c)| OpeningInterval {
                        day,
                        opens: tolerant::clock(o),
                        closes: tolerant::clock(c),
                    })
                    .collect()
            },
        };
        match Schedule::parse(&wire) {
            Ok(schedule) => Some(schedule),
            Err(e) => {
                self.report
                    .skipped_field(at, "schedules", format!("hours left out: {e}"));
                None
            }
        }
    }
}

fn is_ical_days(text: &str) -> bool {
    text.split(',')
        .all(|d| matches!(d.trim(), "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU"))
}

fn is_hh_mm(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    (t.len() == 5 || t.len() == 8)
        && b.get(2) == Some(&b':')
        && t.chars().all(|c| c.is_ascii_digit() || c == ':')
}
