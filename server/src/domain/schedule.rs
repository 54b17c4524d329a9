//! Weekly opening hours in a service's own IANA time zone, and "is it open now?".

use api_types::{OpeningInterval, Weekday, WeeklyHours};
use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;

const MINUTES_PER_DAY: u16 = 24 * 60;

/// Checked opening hours. Times are minutes after local midnight.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    timezone: Tz,
    always_open: bool,
    /// (day, opens, closes) with `closes` in 1..=1440; an interval past midnight is stored split in two.
    intervals: Vec<(Weekday, u16, u16)>,
    wire: WeeklyHours,
}

/// Why hours were refused; names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// Not an IANA zone name.
    #[error("'{0}' is not an IANA time zone such as 'America/Lima'")]
    TimeZone(String),
    /// Not `HH:MM`.
    #[error("'{0}' is not a time of day as HH:MM")]
    Time(String),
    /// Opens and closes at the same minute.
    #[error("an opening on {0:?} opens and closes at the same time")]
    Empty(Weekday),
}

impl ScheduleError {
    /// The field at fault, for the API's error.
    pub fn field(&self) -> &'static str {
        match self {
            ScheduleError::TimeZone(_) => "hours.timezone",
            ScheduleError::Time(_) | ScheduleError::Empty(_) => "hours.intervals",
        }
    }
}

fn parse_minutes(text: &str, allow_24: bool) -> Result<u16, ScheduleError> {
    let bad = || ScheduleError::Time(text.chars().take(16).collect());
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.parse().map_err(|_| bad())?;
    if m >= 60 || h > 24 || (h == 24 && (m != 0 || !allow_24)) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn next_day(day: Weekday) -> Weekday {
    Weekday::ALL[(day.number_from_monday() as usize + 1) % 7]
}

fn to_weekday(day: chrono::Weekday) -> Weekday {
    Weekday::ALL[day.num_days_from_monday() as usize]
}

impl Schedule {
    /// Checks wire hours.
    ///
    /// # Example
    /// ```
    /// use api_types::{OpeningInterval, Weekday, WeeklyHours};
    /// use ruta_server::domain::Schedule;
    /// let hours = WeeklyHours {
    ///     timezone: "America/Lima".into(),
    ///     always_open: false,
    ///     intervals: vec![OpeningInterval { day: Weekday::Mon, opens: "09:00".into(), closes: "17:00".into() }],
    /// };
    /// let schedule = Schedule::parse(&hours).unwrap();
    /// // Monday 2026-11-30 15:00 UTC is 10:00 in Lima.
    /// let now = "2026-11-30T15:00:00Z".parse().unwrap();
    /// assert!(schedule.is_open_at(now));
    /// ```
    pub fn parse(hours: &WeeklyHours) -> Result<Self, ScheduleError> {
        let timezone: Tz = hours
            .timezone
            .parse()
            .map_err(|_| ScheduleError::TimeZone(hours.timezone.clone()))?;
        let mut intervals = Vec::with_capacity(hours.intervals.len() + 1);
        for OpeningInterval { day, opens, closes } in &hours.intervals {
            let start = parse_minutes(opens, false)?;
            let end = parse_minutes(closes, true)?;
            if start == end {
                return Err(ScheduleError::Empty(*day));
            }
            if end > start {
                intervals.push((*day, start, end));
            } else {
                intervals.push((*day, start, MINUTES_PER_DAY));
                if end > 0 {
                    intervals.push((next_day(*day), 0, end));
                }
            }
        }
        Ok(Self {
            timezone,
            always_open: hours.always_open,
            intervals,
            wire: hours.clone(),
        })
    }

    /// Open around the clock.
    pub fn always_open(&self) -> bool {
        self.always_open
    }

    /// The zone the hours are in.
    pub fn timezone(&self) -> Tz {
        self.timezone
    }

    /// The hours as given.
    pub fn to_wire(&self) -> &WeeklyHours {
        &self.wire
    }

    /// Whether hours were given at all (always open, or at least one opening).
    pub fn is_known(&self) -> bool {
        self.always_open || !self.intervals.is_empty()
    }

    /// Whether the service is open at `now`, judged on the local clock of its zone (so daylight-saving changes
    /// are followed).
    pub fn is_open_at(&self, now: DateTime<Utc>) -> bool {
        if self.always_open {
            return true;
        }
        let local = now.with_timezone(&self.timezone);
        let day = to_weekday(local.weekday());
        let minute = (local.hour() * 60 + local.minute()) as u16;
        self.intervals
            .iter()
            .any(|&(d, start, end)| d == day && start <= minute && minute < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(zone: &str, intervals: &[(Weekday, &str, &str)]) -> WeeklyHours {
        WeeklyHours {
            timezone: zone.into(),
            always_open: false,
            intervals: intervals
                .iter()
                .map(|(d, o, c)| OpeningInterval {
                    day: *d,
                    opens: (*o).into(),
                    closes: (*c).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_night_shift_is_open_after_midnight_the_next_day() {
        let s = Schedule::parse(&hours("America/Mexico_City", &[(Weekday::Fri, "20:00", "06:00")])).unwrap();
        // Saturday 2026-12-05 03:00 in Mexico City (UTC-6) = 09:00 UTC.
        assert!(s.is_open_at("2026-12-05T09:00:00Z".parse().unwrap()));
        // Saturday 07:00 local = 13:00 UTC: closed.
        assert!(!s.is_open_at("2026-12-05T13:00:00Z".parse().unwrap()));
    }

    #[test]
    fn santiago_summer_time_moves_the_opening_hour_in_utc() {
        let s = Schedule::parse(&hours("America/Santiago", &[(Weekday::Mon, "09:00", "10:00")])).unwrap();
        // In December Chile is UTC-3: 09:30 local = 12:30 UTC.
        assert!(s.is_open_at("2026-12-07T12:30:00Z".parse().unwrap()));
        // In July Chile is UTC-4: 09:30 local = 13:30 UTC, and 12:30 UTC is 08:30 local.
        assert!(s.is_open_at("2026-07-06T13:30:00Z".parse().unwrap()));
        assert!(!s.is_open_at("2026-07-06T12:30:00Z".parse().unwrap()));
    }

    #[test]
    fn bad_zone_and_bad_times_are_refused_with_their_field() {
        let err = Schedule::parse(&hours("Mars/Olympus", &[])).unwrap_err();
        assert_eq!(err.field(), "hours.timezone");
        let err = Schedule::parse(&hours("America/Lima", &[(Weekday::Mon, "25:00", "26:00")])).unwrap_err();
        assert_eq!(err.field(), "hours.intervals");
    }
}
