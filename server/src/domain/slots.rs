//! Appointment slots: generated from a counsellor's weekly rules in their own time zone, and offered in UTC
//! (each person's app shows them in its own zone). Daylight-saving changes are followed through chrono-tz: a
//! local start time that does not exist that day (clocks jump forward) is skipped, one that happens twice
//! (clocks go back) is offered once, at its first occurrence; a slot's length is real elapsed time.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use api_types::Weekday;

/// One weekly availability window, in the counsellor's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklyWindow {
    pub day: Weekday,
    /// First possible start, local.
    pub from: NaiveTime,
    /// Every session ends by then, local (`from < until`, same day).
    pub until: NaiveTime,
}

/// How a counsellor books.
#[derive(Debug, Clone, PartialEq)]
pub struct Availability {
    /// Their IANA zone, the one the windows are local to.
    pub timezone: Tz,
    /// When they take sessions, week by week.
    pub windows: Vec<WeeklyWindow>,
    /// Time off (UTC, half-open `[start, end)`).
    pub time_off: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    /// Session length, in real elapsed time across clock changes.
    pub session: Duration,
    /// Free time kept between two sessions.
    pub buffer: Duration,
    /// Shortest notice for a booking.
    pub min_notice: Duration,
    /// How far ahead bookings open.
    pub horizon: Duration,
}

impl Availability {
    /// The same hours on each of `days`, with the rules most counsellors keep: 50-minute sessions, 10 minutes
    /// between two, two hours' notice, four weeks ahead; no time off.
    pub fn usual(timezone: Tz, days: &[Weekday], from: NaiveTime, until: NaiveTime) -> Self {
        Self {
            timezone,
            windows: days
                .iter()
                .map(|&day| WeeklyWindow { day, from, until })
                .collect(),
            time_off: Vec::new(),
            session: Duration::minutes(50),
            buffer: Duration::minutes(10),
            min_notice: Duration::hours(2),
            horizon: Duration::days(28),
        }
    }
}

/// A bookable slot, UTC, half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    /// First instant of the session, inclusive.
    pub start: DateTime<Utc>,
    /// End (start + session length).
    pub end: DateTime<Utc>,
}

fn weekday_of(date: NaiveDate) -> Weekday {
    Weekday::ALL[date.weekday().num_days_from_monday() as usize]
}

/// The first UTC instant of local `date` `time` in `tz`: `None` in a spring-forward gap.
fn local(tz: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|dt| dt.with_timezone(&Utc))
}

fn overlaps(a: (DateTime<Utc>, DateTime<Utc>), b: (DateTime<Utc>, DateTime<Utc>)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The free slots in `[from, to)`: inside a weekly window, at least `min_notice` after `now`, before
/// `now + horizon`, outside time off, and at least `buffer` away from every `booked` session. Starts step by
/// session + buffer from each window's start, so two offered slots never overlap and keep the buffer.
pub fn free_slots(
    availability: &Availability,
    booked: &[(DateTime<Utc>, DateTime<Utc>)],
    now: DateTime<Utc>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<Slot> {
    let session = availability.session;
    let step = session + availability.buffer;
    if session <= Duration::zero() || step <= Duration::zero() {
        return Vec::new();
    }
    let earliest = from.max(now + availability.min_notice);
    let latest = to.min(now + availability.horizon);
    if earliest >= latest {
        return Vec::new();
    }
    let tz = availability.timezone;
    // Local dates that can hold a slot in range (one day of margin on each side for zone offsets).
    let first_day = earliest.with_timezone(&tz).date_naive() - Duration::days(1);
    let last_day = latest.with_timezone(&tz).date_naive() + Duration::days(1);
    let mut slots = Vec::new();
    let mut day = first_day;
    while day <= last_day {
        for window in availability.windows.iter().filter(|w| w.day == weekday_of(day)) {
            let (Some(window_start), Some(window_end)) =
                (local(tz, day, window.from), local(tz, day, window.until))
            else {
                // A window edge inside a daylight-saving gap: take the next valid minute.
                let start = (0..120).find_map(|m| local(tz, day, window.from + Duration::minutes(m)));
                let end = (0..120).find_map(|m| local(tz, day, window.until + Duration::minutes(m)));
                if let (Some(s), Some(e)) = (start, end) {
                    push_window(&mut slots, availability, booked, (s, e), step, (earliest, latest));
                }
                continue;
            };
            push_window(
                &mut slots,
                availability,
                booked,
                (window_start, window_end),
                step,
                (earliest, latest),
            );
        }
        day += Duration::days(1);
    }
    slots.sort();
    slots.dedup();
    slots
}

fn push_window(
    slots: &mut Vec<Slot>,
    availability: &Availability,
    booked: &[(DateTime<Utc>, DateTime<Utc>)],
    (window_start, window_end): (DateTime<Utc>, DateTime<Utc>),
    step: Duration,
    (earliest, latest): (DateTime<Utc>, DateTime<Utc>),
) {
    let buffer = availability.buffer;
    let mut start = window_start;
    while start + availability.session <= window_end {
        let slot = Slot {
            start,
            end: start + availability.session,
        };
        let free = slot.start >= earliest
            && slot.end <= latest
            && !availability
                .time_off
                .iter()
                .any(|off| overlaps((slot.start, slot.end), *off))
            && !booked
                .iter()
                .any(|b| overlaps((slot.start - buffer, slot.end + buffer), *b));
        if free {
            slots.push(slot);
        }
        start += step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    fn every_day(tz: Tz, from: NaiveTime, until: NaiveTime) -> Availability {
        Availability::usual(tz, &Weekday::ALL, from, until)
    }

    #[test]
    fn slots_follow_the_counsellors_wall_clock_across_chiles_dst_change() {
        // Chile (America/Santiago) moves clocks forward on 2026-09-06 at 00:00 (−04 → −03).
        let a = every_day(chrono_tz::America::Santiago, t(9, 0), t(12, 0));
        let now = utc("2026-09-01T00:00:00Z");
        let slots = free_slots(
            &a,
            &[],
            now,
            utc("2026-09-05T00:00:00Z"),
            utc("2026-09-07T00:00:00Z"),
        );
        let starts: Vec<String> = slots.iter().map(|s| s.start.to_rfc3339()).collect();
        assert_eq!(
            starts,
            [
                "2026-09-05T13:00:00+00:00",
                "2026-09-05T14:00:00+00:00",
                "2026-09-05T15:00:00+00:00",
                "2026-09-06T12:00:00+00:00",
                "2026-09-06T13:00:00+00:00",
                "2026-09-06T14:00:00+00:00",
            ],
            "09:00, 10:00, 11:00 local both days"
        );
    }

    #[test]
    fn a_start_in_the_spring_forward_gap_is_skipped_and_a_repeated_hour_is_offered_once() {
        // Cuba (America/Havana) jumps 00:00 → 01:00 on 2026-03-08, and goes back 01:00 → 00:00 on 2026-11-01.
        let mut a = every_day(chrono_tz::America::Havana, t(0, 0), t(3, 0));
        a.session = Duration::minutes(30);
        a.buffer = Duration::minutes(30);
        let now = utc("2026-03-01T00:00:00Z");
        let spring = free_slots(
            &a,
            &[],
            now,
            utc("2026-03-08T04:00:00Z"),
            utc("2026-03-08T10:00:00Z"),
        );
        let local: Vec<u32> = spring
            .iter()
            .map(|s| s.start.with_timezone(&chrono_tz::America::Havana).hour())
            .collect();
        assert_eq!(
            local,
            [1, 2],
            "00:00 does not exist that night; the window starts at 01:00"
        );
        a.horizon = Duration::days(400);
        let autumn = free_slots(
            &a,
            &[],
            now,
            utc("2026-11-01T03:00:00Z"),
            utc("2026-11-01T10:00:00Z"),
        );
        let mut seen = std::collections::HashSet::new();
        assert!(autumn.iter().all(|s| seen.insert(s.start)), "no slot twice");
        assert!(
            autumn.windows(2).all(|w| w[0].end <= w[1].start),
            "no overlap in the repeated hour"
        );
    }

    #[test]
    fn booked_sessions_time_off_notice_and_horizon_are_respected() {
        let a = every_day(chrono_tz::America::Tegucigalpa, t(9, 0), t(17, 0));
        let now = utc("2026-12-01T14:00:00Z"); // 08:00 in Tegucigalpa (−06)
        let day = free_slots(&a, &[], now, now, utc("2026-12-02T06:00:00Z"));
        assert_eq!(
            day.first().map(|s| s.start),
            Some(utc("2026-12-01T16:00:00Z")),
            "2 h notice: 10:00 first"
        );
        // A session booked off the grid (by the counsellor), 12:05–12:55 local.
        let booked = [(utc("2026-12-01T18:05:00Z"), utc("2026-12-01T18:55:00Z"))];
        let with_booking = free_slots(&a, &booked, now, now, utc("2026-12-02T06:00:00Z"));
        let has = |at: &str| with_booking.iter().any(|s| s.start == utc(at));
        assert!(
            has("2026-12-01T17:00:00Z"),
            "11:00–11:50 leaves the 10-minute buffer before 12:05"
        );
        assert!(!has("2026-12-01T18:00:00Z"), "overlaps");
        assert!(
            !has("2026-12-01T19:00:00Z"),
            "13:00 is within the buffer after 12:55"
        );
        assert!(has("2026-12-01T20:00:00Z"));
        let far = free_slots(
            &a,
            &[],
            now,
            utc("2027-02-01T00:00:00Z"),
            utc("2027-02-02T00:00:00Z"),
        );
        assert!(far.is_empty(), "beyond the 28-day horizon");
    }
}
