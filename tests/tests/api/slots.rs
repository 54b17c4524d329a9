//! Appointment slots across daylight-saving changes (property tests, fixed clock and seed): never overlapping,
//! always inside the counsellor's availability, respecting notice, horizon, buffers, bookings and time off.

use api_types::Weekday;
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use ruta_server::domain::slots::{Availability, WeeklyWindow, free_slots};

/// Zones with daylight-saving time (or a recent change) in the region, and two without.
const ZONES: [Tz; 8] = [
    chrono_tz::America::Santiago,
    chrono_tz::America::Asuncion,
    chrono_tz::America::Havana,
    chrono_tz::America::Tijuana,
    chrono_tz::America::Matamoros,
    chrono_tz::America::PortauPrince,
    chrono_tz::America::Mexico_City,
    chrono_tz::America::Lima,
];

fn time(minutes: u32) -> NaiveTime {
    NaiveTime::from_num_seconds_from_midnight_opt(minutes * 60, 0).unwrap()
}

prop_compose! {
    fn availability()(
        zone in 0..ZONES.len(),
        windows in proptest::collection::vec((0..7_usize, 0..(20 * 60_u32), 30..(8 * 60_u32)), 1..6),
        session in 20..90_i64,
        buffer in 0..30_i64,
        notice in 0..(48 * 60_i64),
        horizon in 1..60_i64,
    ) -> Availability {
        // One window per weekday at most (the first drawn), so windows never overlap.
        let mut taken = [false; 7];
        let windows = windows
            .into_iter()
            .filter(|(day, _, _)| !std::mem::replace(&mut taken[*day], true))
            .map(|(day, from, length)| WeeklyWindow {
                day: Weekday::ALL[day],
                from: time(from),
                until: time((from + length).min(24 * 60 - 1)),
            })
            .collect();
        Availability {
            timezone: ZONES[zone],
            windows,
            time_off: Vec::new(),
            session: Duration::minutes(session),
            buffer: Duration::minutes(buffer),
            min_notice: Duration::minutes(notice),
            horizon: Duration::days(horizon),
        }
    }
}

/// Start of the test period: days that include DST changes in several of the zones (March, April, September,
/// October, November 2026).
fn starts() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        Just("2026-03-05T00:00:00Z"),
        Just("2026-04-01T00:00:00Z"),
        Just("2026-09-03T00:00:00Z"),
        Just("2026-10-01T00:00:00Z"),
        Just("2026-10-29T00:00:00Z"),
    ]
    .prop_map(|t| t.parse().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, rng_seed: proptest::test_runner::RngSeed::Fixed(20261129), ..ProptestConfig::default() })]

    #[test]
    fn slots_are_free_inside_availability_and_never_overlap(
        mut a in availability(),
        now in starts(),
        booked_offsets in proptest::collection::vec((0..(20 * 24 * 60_i64), 15..120_i64), 0..8),
        off in proptest::option::of((0..(20 * 24 * 60_i64), 60..(3 * 24 * 60_i64))),
    ) {
        let booked: Vec<(DateTime<Utc>, DateTime<Utc>)> = booked_offsets
            .iter()
            .map(|(at, len)| (now + Duration::minutes(*at), now + Duration::minutes(at + len)))
            .collect();
        if let Some((at, len)) = off {
            a.time_off.push((now + Duration::minutes(at), now + Duration::minutes(at + len)));
        }
        let to = now + Duration::days(21);
        let slots = free_slots(&a, &booked, now, now, to);
        let tz = a.timezone;
        for (i, slot) in slots.iter().enumerate() {
            prop_assert_eq!(slot.end - slot.start, a.session, "real elapsed length");
            prop_assert!(slot.start >= now + a.min_notice, "notice");
            prop_assert!(slot.end <= now + a.horizon && slot.end <= to, "horizon");
            for b in &booked {
                prop_assert!(slot.end + a.buffer <= b.0 || b.1 + a.buffer <= slot.start, "buffer around a booking");
            }
            for off in &a.time_off {
                prop_assert!(slot.end <= off.0 || off.1 <= slot.start, "time off");
            }
            if let Some(next) = slots.get(i + 1) {
                prop_assert!(slot.end <= next.start, "no overlap");
            }
            // Inside a window of its local day, judged in real time from the window's local edges.
            let local = slot.start.with_timezone(&tz);
            let day = Weekday::ALL[chrono::Datelike::weekday(&local).num_days_from_monday() as usize];
            let inside = a.windows.iter().filter(|w| w.day == day).any(|w| {
                let edge = |t: NaiveTime| {
                    (0..120).find_map(|m| tz.from_local_datetime(&local.date_naive().and_time(t + Duration::minutes(m))).earliest())
                };
                match (edge(w.from), edge(w.until)) {
                    (Some(from), Some(until)) => from <= slot.start && slot.end <= until,
                    _ => false,
                }
            });
            prop_assert!(inside, "slot {} not inside availability in {}", slot.start, tz);
        }
    }
}
