//! Opening hours as they travel on the wire. The server checks them (valid zone, valid times) before use.

use serde::{Deserialize, Serialize};

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the names are the days")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The wire name: `mon` … `sun`.
    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    /// Days since Monday, 0–6.
    pub fn number_from_monday(self) -> u32 {
        self as u32
    }
}

/// One opening on one day, in the service's own time zone. `closes` earlier than `opens` means the opening runs
/// past midnight into the next day; `"24:00"` means until midnight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningInterval {
    /// The day the opening starts.
    pub day: Weekday,
    /// Local time `HH:MM`.
    #[cfg_attr(feature = "openapi", schema(example = "09:00"))]
    pub opens: String,
    /// Local time `HH:MM` (`24:00` allowed).
    #[cfg_attr(feature = "openapi", schema(example = "17:00"))]
    pub closes: String,
}

/// When a service is open, week by week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeeklyHours {
    /// IANA time zone of the hours, e.g. `America/Tegucigalpa`.
    pub timezone: String,
    /// Open around the clock, every day (the intervals are then empty).
    #[serde(default)]
    pub always_open: bool,
    /// Openings; empty with `always_open: false` means "by appointment / hours not given".
    #[serde(default)]
    pub intervals: Vec<OpeningInterval>,
}
