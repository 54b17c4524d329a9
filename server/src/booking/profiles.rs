//! A counsellor's profile and availability as staff send them, checked into the stored form — every problem a
//! 422 naming the field (`timezone`, `weekly[2].from`, `time_off[0].until`, `languages[0]`) — and the profile as
//! the API shows it back. Pure: no store, no clock read.

use api_types::booking::{
    AvailabilityWindow, COUNSELLOR_SPECIALITIES, CounsellorInput, CounsellorProfile, TimeOffInput,
    TimeOffView,
};
use api_types::{Gender, LanguageCode};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::{Counsellor, Modality, StoredWindow};
use crate::domain::slots::{Availability, WeeklyWindow};
use crate::domain::{ETag, Invalid};

/// At most this many weekly windows.
pub const MAX_WINDOWS: usize = 70;
/// At most this many periods of time off.
pub const MAX_TIME_OFF: usize = 100;

/// A span of time, UTC, half-open.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// `value` if it lies in `min..=max`, else a 422 naming `field`.
pub fn within(value: i64, field: &'static str, (min, max): (i64, i64), unit: &str) -> Result<i64, Invalid> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Invalid::new(field, format!("from {min} to {max} {unit}")))
    }
}

/// Session length, buffer, notice and horizon, each in its range.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Length of a session; [`Rules::with`] takes 15 to 240 minutes.
    pub session: Duration,
    /// Free time kept after each session.
    pub buffer: Duration,
    /// How long before a session it can still be booked.
    pub notice: Duration,
    /// How far ahead sessions can be booked.
    pub horizon: Duration,
}

impl Rules {
    pub fn of(a: &Availability) -> Self {
        Self {
            session: a.session,
            buffer: a.buffer,
            notice: a.min_notice,
            horizon: a.horizon,
        }
    }

    /// From the wire; each `None` keeps `self`'s value.
    pub fn with(
        self,
        session_minutes: Option<i64>,
        buffer_minutes: Option<i64>,
        notice_minutes: Option<i64>,
        horizon_days: Option<i64>,
    ) -> Result<Self, Invalid> {
        let minutes = |v: Option<i64>, field, range, keep: Duration| -> Result<Duration, Invalid> {
            v.map(|v| within(v, field, range, "minutes").map(Duration::minutes))
                .unwrap_or(Ok(keep))
        };
        Ok(Self {
            session: minutes(session_minutes, "session_minutes", (15, 240), self.session)?,
            buffer: minutes(buffer_minutes, "buffer_minutes", (0, 240), self.buffer)?,
            notice: minutes(notice_minutes, "notice_minutes", (0, 20_160), self.notice)?,
            horizon: horizon_days
                .map(|d| within(d, "horizon_days", (1, 365), "days").map(Duration::days))
                .unwrap_or(Ok(self.horizon))?,
        })
    }
}

pub fn parse_timezone(name: &str) -> Result<Tz, Invalid> {
    name.trim()
        .parse()
        .map_err(|_| Invalid::new("timezone", "an IANA time zone such as America/Lima"))
}

pub fn hh_mm(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    (text.len() == 5)
        .then(|| NaiveTime::parse_from_str(text, "%H:%M").ok())
        .flatten()
}

/// Weekly windows, checked: valid `HH:MM` times, `from < until` with room for a session, no two overlapping on
/// one day. Sorted by day and time.
pub fn weekly_windows(
    weekly: &[AvailabilityWindow],
    session: Duration,
) -> Result<Vec<WeeklyWindow>, Invalid> {
    if weekly.len() > MAX_WINDOWS {
        return Err(Invalid::new("weekly", format!("at most {MAX_WINDOWS} windows")));
    }
    let mut windows: Vec<WeeklyWindow> = Vec::with_capacity(weekly.len());
    for (i, w) in weekly.iter().enumerate() {
        let time = |text: &str, part: &str| {
            hh_mm(text).ok_or_else(|| {
                Invalid::new(format!("weekly[{i}].{part}"), "a local time HH:MM such as 09:00")
            })
        };
        let (from, until) = (time(&w.from, "from")?, time(&w.until, "until")?);
        if until <= from {
            return Err(Invalid::new(
                format!("weekly[{i}].until"),
                "later than from, on the same day",
            ));
        }
        if until - from < session {
            return Err(Invalid::new(
                format!("weekly[{i}].until"),
                format!(
                    "leave room for at least one {}-minute session",
                    session.num_minutes()
                ),
            ));
        }
        if let Some(j) = windows
            .iter()
            .position(|o| o.day == w.day && o.from < until && from < o.until)
        {
            return Err(Invalid::new(
                format!("weekly[{i}].from"),
                format!("overlaps weekly[{j}] on the same day"),
            ));
        }
        windows.push(WeeklyWindow {
            day: w.day,
            from,
            until,
        });
    }
    windows.sort_by_key(|w| (w.day, w.from));
    Ok(windows)
}

/// The UTC instant of a local wall-clock time in `tz`: in a daylight-saving gap, the first minute after it; in a
/// repeated hour, the first occurrence, or the second one for the end of a period (so it covers the whole hour).
pub fn wall_clock(tz: Tz, local: NaiveDateTime, end: bool) -> Option<DateTime<Utc>> {
    (0..=120)
        .find_map(|m| {
            let at = tz.from_local_datetime(&local.checked_add_signed(Duration::minutes(m))?);
            if end { at.latest() } else { at.earliest() }
        })
        .map(|t| t.with_timezone(&Utc))
}

/// `YYYY-MM-DD` (the start of that day, or for an `end` the start of the next) or `YYYY-MM-DDTHH:MM`, local.
pub fn local_instant(text: &str, tz: Tz, end: bool) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let local = match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if end => date.succ_opt()?.and_time(NaiveTime::MIN),
        Ok(date) => date.and_time(NaiveTime::MIN),
        Err(_) => NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").ok()?,
    };
    if !super::service::PLAUSIBLE_YEARS.contains(&local.year()) {
        return None;
    }
    wall_clock(tz, local, end)
}

/// Time off, checked and turned into UTC spans; periods already over at `now` are dropped.
pub fn time_off(list: &[TimeOffInput], tz: Tz, now: DateTime<Utc>) -> Result<Vec<Span>, Invalid> {
    if list.len() > MAX_TIME_OFF {
        return Err(Invalid::new(
            "time_off",
            format!("at most {MAX_TIME_OFF} periods"),
        ));
    }
    let mut spans = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let instant = |text: &str, part: &str, end: bool| {
            local_instant(text, tz, end).ok_or_else(|| {
                Invalid::new(
                    format!("time_off[{i}].{part}"),
                    "a local date YYYY-MM-DD or date and time YYYY-MM-DDTHH:MM (years 2000 to 2100)",
                )
            })
        };
        let (start, end) = (
            instant(&t.from, "from", false)?,
            instant(&t.until, "until", true)?,
        );
        if end <= start {
            return Err(Invalid::new(format!("time_off[{i}].until"), "later than from"));
        }
        spans.push((start, end));
    }
    spans.retain(|(_, end)| *end > now);
    spans.sort();
    Ok(spans)
}

/// Whether a session lies inside the availability: within one weekly window and clear of time off.
pub fn inside(a: &Availability, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
    if a.time_off.iter().any(|off| start < off.1 && off.0 < end) {
        return false;
    }
    let tz = a.timezone;
    let day = start.with_timezone(&tz).date_naive();
    [day.pred_opt(), Some(day)].into_iter().flatten().any(|date| {
        let weekday = api_types::Weekday::ALL[date.weekday().num_days_from_monday() as usize];
        a.windows.iter().filter(|w| w.day == weekday).any(|w| {
            let from = wall_clock(tz, date.and_time(w.from), false);
            let until = wall_clock(tz, date.and_time(w.until), false);
            matches!((from, until), (Some(f), Some(u)) if f <= start && end <= u)
        })
    })
}

/// The profile fields of a [`CounsellorInput`], checked.
#[derive(Debug)]
pub struct Checked {
    pub display_name: String,
    pub gender: Gender,
    pub languages: Vec<LanguageCode>,
    pub specialities: Vec<String>,
    pub modalities: Vec<Modality>,
    pub timezone: Tz,
    pub rules: Rules,
    pub windows: Option<Vec<WeeklyWindow>>,
    pub time_off: Option<Vec<Span>>,
}

pub fn check_profile(input: &CounsellorInput, now: DateTime<Utc>) -> Result<Checked, Invalid> {
    let display_name = input.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 80 {
        return Err(Invalid::new(
            "display_name",
            "the name survivors see, 1 to 80 characters",
        ));
    }
    if input.languages.is_empty() || input.languages.len() > 20 {
        return Err(Invalid::new("languages", "from 1 to 20 languages"));
    }
    let mut languages: Vec<LanguageCode> = Vec::new();
    for l in &input.languages {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    let mut specialities: Vec<String> = Vec::new();
    for (i, s) in input.specialities.iter().enumerate() {
        if !COUNSELLOR_SPECIALITIES.contains(&s.as_str()) {
            return Err(Invalid::new(
                format!("specialities[{i}]"),
                COUNSELLOR_SPECIALITIES.join(", "),
            ));
        }
        if !specialities.contains(s) {
            specialities.push(s.clone());
        }
    }
    if input.modalities.is_empty() {
        return Err(Invalid::new("modalities", "at least one of video, phone or chat"));
    }
    let mut modalities: Vec<Modality> = Vec::new();
    for m in &input.modalities {
        if !modalities.contains(m) {
            modalities.push(*m);
        }
    }
    let timezone = parse_timezone(&input.timezone)?;
    let defaults = Rules {
        session: Duration::zero(),
        buffer: Duration::zero(),
        notice: Duration::zero(),
        horizon: Duration::zero(),
    };
    let rules = defaults.with(
        Some(input.session_minutes),
        Some(input.buffer_minutes),
        Some(input.notice_minutes),
        Some(input.horizon_days),
    )?;
    let windows = input
        .weekly
        .as_deref()
        .map(|list| weekly_windows(list, rules.session))
        .transpose()?;
    let time_off = input
        .time_off
        .as_deref()
        .map(|list| time_off(list, timezone, now))
        .transpose()?;
    Ok(Checked {
        display_name: display_name.to_owned(),
        gender: input.gender,
        languages,
        specialities,
        modalities,
        timezone,
        rules,
        windows,
        time_off,
    })
}

/// A profile's entity tag: the hash of the profile as the API shows it (every stored field of the counsellor, and
/// the linked account's email), the same after a restart and on every replica. The editors' screen and the
/// counsellor's own share it: both change the one stored profile.
pub fn etag(profile: &CounsellorProfile) -> ETag {
    ETag::of(profile)
}

/// A counsellor's whole profile on the wire.
pub fn profile(c: &Counsellor, user_email: Option<String>) -> CounsellorProfile {
    let a = &c.availability;
    let local = |t: DateTime<Utc>| t.with_timezone(&a.timezone).format("%Y-%m-%dT%H:%M").to_string();
    let mut time_off: Vec<TimeOffView> = a
        .time_off
        .iter()
        .map(|(start, end)| TimeOffView {
            from: local(*start),
            until: local(*end),
            start: *start,
            end: *end,
        })
        .collect();
    time_off.sort_by_key(|t| t.start);
    let mut windows = a.windows.clone();
    windows.sort_by_key(|w| (w.day, w.from));
    CounsellorProfile {
        id: c.id,
        organization_id: c.organization_id,
        user_id: c.user_id,
        user_email,
        display_name: c.display_name.clone(),
        gender: c.gender(),
        languages: c.languages.clone(),
        specialities: c.specialities.clone(),
        modalities: c.modalities.clone(),
        timezone: a.timezone.name().to_owned(),
        session_minutes: a.session.num_minutes(),
        buffer_minutes: a.buffer.num_minutes(),
        notice_minutes: a.min_notice.num_minutes(),
        horizon_days: a.horizon.num_days(),
        weekly: windows
            .iter()
            .map(|w| {
                let s = StoredWindow::of(w);
                AvailabilityWindow {
                    day: s.day,
                    from: s.from,
                    until: s.until,
                }
            })
            .collect(),
        time_off,
        active: c.active,
        demo: c.demo,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn time_off_dates_cover_whole_local_days_and_times_are_local() {
        let lima = chrono_tz::America::Lima; // −05, no daylight saving
        let now = utc("2026-12-01T15:00:00Z");
        let spans = time_off(
            &[
                TimeOffInput {
                    from: "2026-12-24".into(),
                    until: "2026-12-25".into(),
                },
                TimeOffInput {
                    from: "2026-12-02T13:00".into(),
                    until: "2026-12-02T15:30".into(),
                },
                TimeOffInput {
                    from: "2026-11-01".into(),
                    until: "2026-11-02".into(),
                },
            ],
            lima,
            now,
        )
        .unwrap_or_default();
        assert_eq!(
            spans,
            vec![
                (utc("2026-12-02T18:00:00Z"), utc("2026-12-02T20:30:00Z")),
                (utc("2026-12-24T05:00:00Z"), utc("2026-12-26T05:00:00Z")),
            ],
            "sorted; the period already over is not kept"
        );
        let err = |from: &str, until: &str| {
            time_off(
                &[TimeOffInput {
                    from: from.into(),
                    until: until.into(),
                }],
                lima,
                now,
            )
            .err()
            .map(|e| e.to_string())
        };
        assert!(err("2026-12-24", "2026-12-23").is_some_and(|e| e.starts_with("time_off[0].until")));
        assert!(err("24/12/2026", "2026-12-25").is_some_and(|e| e.starts_with("time_off[0].from")));
        assert!(err("2026-12-24T25:00", "2026-12-25").is_some());
        assert!(err("3026-12-24", "3026-12-25").is_some());
    }

    #[test]
    fn time_off_in_a_daylight_saving_gap_starts_after_it() {
        // Santiago skips 00:00–01:00 on 2026-09-06.
        let spans = time_off(
            &[TimeOffInput {
                from: "2026-09-06".into(),
                until: "2026-09-06".into(),
            }],
            chrono_tz::America::Santiago,
            utc("2026-09-01T00:00:00Z"),
        )
        .unwrap_or_default();
        assert_eq!(
            spans,
            vec![(utc("2026-09-06T04:00:00Z"), utc("2026-09-07T03:00:00Z"))]
        );
    }

    #[test]
    fn windows_must_be_valid_long_enough_and_not_overlap() {
        let w = |day, from: &str, until: &str| AvailabilityWindow {
            day,
            from: from.into(),
            until: until.into(),
        };
        use api_types::Weekday::{Mon, Tue};
        let session = Duration::minutes(50);
        let ok = weekly_windows(
            &[
                w(Tue, "09:00", "12:00"),
                w(Mon, "14:00", "16:00"),
                w(Mon, "09:00", "12:00"),
            ],
            session,
        )
        .unwrap_or_default();
        assert_eq!(
            ok.first().map(|w| (w.day, w.from.to_string())),
            Some((Mon, "09:00:00".into()))
        );
        let field = |list: &[AvailabilityWindow]| match weekly_windows(list, session) {
            Err(Invalid { field, .. }) => field,
            other => format!("{other:?}"),
        };
        assert_eq!(field(&[w(Mon, "9h", "12:00")]), "weekly[0].from");
        assert_eq!(field(&[w(Mon, "09:00", "24:00")]), "weekly[0].until");
        assert_eq!(field(&[w(Mon, "12:00", "09:00")]), "weekly[0].until");
        assert_eq!(field(&[w(Mon, "09:00", "09:30")]), "weekly[0].until");
        assert_eq!(
            field(&[
                w(Mon, "09:00", "12:00"),
                w(Tue, "09:00", "12:00"),
                w(Mon, "11:00", "13:00")
            ]),
            "weekly[2].from"
        );
    }

    #[test]
    fn a_session_is_inside_when_a_window_holds_it_and_no_time_off_touches_it() {
        let hour = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        let mut a = Availability::usual(
            chrono_tz::America::Lima,
            &[api_types::Weekday::Wed],
            hour(9),
            hour(12),
        );
        // Wednesday 2026-12-02, 10:00–10:50 in Lima.
        let (start, end) = (utc("2026-12-02T15:00:00Z"), utc("2026-12-02T15:50:00Z"));
        assert!(inside(&a, start, end));
        assert!(
            !inside(&a, utc("2026-12-02T16:30:00Z"), utc("2026-12-02T17:20:00Z")),
            "ends after 12:00"
        );
        assert!(
            !inside(&a, utc("2026-12-03T15:00:00Z"), utc("2026-12-03T15:50:00Z")),
            "Thursday"
        );
        a.time_off
            .push((utc("2026-12-02T15:30:00Z"), utc("2026-12-02T16:00:00Z")));
        assert!(!inside(&a, start, end));
    }
}
