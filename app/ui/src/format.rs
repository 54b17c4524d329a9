//! Pure helpers: distances, the locator's geometry, opening hours, links, the quick-exit key gesture.
//!
//! Nothing here touches the DOM or the network, so it is tested on the native target (`cargo test -p ruta-ui`).

use api_types::search::MAX_RADIUS_M;
use api_types::{E164, OpeningInterval, Population, Weekday};

/// A distance rounded for people: metres (to 10 m) under 1 km, one decimal under 10 km, whole kilometres above.
/// The interface writes the number its language's way (`i18n::distance_text`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    /// The rounded number, in kilometres or metres as `kilometres` says.
    pub value: f64,
    /// Decimals shown (0 or 1).
    pub decimals: u32,
    /// Kilometres rather than metres.
    pub kilometres: bool,
}

impl Distance {
    /// Rounds `distance_m` for display.
    pub fn new(distance_m: u32) -> Self {
        let metres = (distance_m.saturating_add(5) / 10 * 10).max(10);
        if metres < 1_000 {
            return Self {
                value: f64::from(metres),
                decimals: 0,
                kilometres: false,
            };
        }
        let tenths_of_km = (u64::from(distance_m) + 50) / 100;
        if tenths_of_km < 100 {
            Self {
                value: tenths_of_km as f64 / 10.0,
                decimals: 1,
                kilometres: true,
            }
        } else {
            Self {
                value: ((u64::from(distance_m) + 500) / 1_000) as f64,
                decimals: 0,
                kilometres: true,
            }
        }
    }
}

/// A distance with a decimal point, as in tests and logs: `3.2 km`, `850 m`.
///
/// # Example
/// ```
/// assert_eq!(ruta_ui::format::format_distance(3_240), "3.2 km");
/// assert_eq!(ruta_ui::format::format_distance(850), "850 m");
/// ```
pub fn format_distance(distance_m: u32) -> String {
    let d = Distance::new(distance_m);
    format!(
        "{} {}",
        fixed(d.value, d.decimals),
        if d.kilometres { "km" } else { "m" }
    )
}

/// The next radius to offer when nothing was found: double, up to the API's [`MAX_RADIUS_M`] (2,000 km); `None` at
/// the maximum.
pub fn wider_radius(current_m: u32) -> Option<u32> {
    (current_m < MAX_RADIUS_M).then(|| current_m.saturating_mul(2).min(MAX_RADIUS_M))
}

/// `value` written with exactly `decimals` decimals (at most 6), rounded half away from zero; never `-0.00`.
///
/// Integer arithmetic on purpose: Rust's float formatting (`{:.2}`) brings kilobytes of `core::fmt` float code
/// into the wasm, and this is all the app needs.
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10_u64.pow(decimals);
    let scaled = (value * scale as f64).round();
    let negative = scaled < 0.0;
    let magnitude = scaled.abs() as u64;
    let sign = if negative { "-" } else { "" };
    if decimals == 0 {
        return format!("{sign}{magnitude}");
    }
    let width = decimals as usize;
    format!("{sign}{}.{:0width$}", magnitude / scale, magnitude % scale)
}

/// A coordinate as sent to the API: rounded to 2 decimals (about 1 km), so the server never sees the exact spot.
pub fn coordinate_param(degrees: f64) -> String {
    fixed(degrees, 2)
}

/// Items as a list in running text: "a, b, c".
pub fn joined(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

/// `tel:` link for a number in E.164 form.
pub fn tel_href(number: &E164) -> String {
    format!("tel:{}", number.as_str())
}

/// `sms:` link for a number in E.164 form.
pub fn sms_href(number: &E164) -> String {
    format!("sms:{}", number.as_str())
}

/// `tel:` link for a number as dialled inside the country (emergency numbers such as `911`): digits, `+`, `*`
/// and `#` only, so data can never turn the link into something else.
pub fn local_tel_href(number: &str) -> String {
    let dialable: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#'))
        .collect();
    format!("tel:{dialable}")
}

/// WhatsApp's click-to-chat link: `https://wa.me/` and the number's digits without the `+`.
pub fn whatsapp_href(number: &E164) -> String {
    let digits: String = number.as_str().chars().filter(char::is_ascii_digit).collect();
    format!("https://wa.me/{digits}")
}

/// A website from the directory, only when it is plainly `http(s)://…` (never `javascript:` or other schemes).
pub fn safe_web_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let ok =
        (lower.starts_with("https://") || lower.starts_with("http://")) && !url.contains(char::is_whitespace);
    ok.then_some(url)
}

/// The neutral page the quick exit goes to: the `<meta name="ruta-exit-url">` content when it is an `http(s)://`
/// address or `about:blank`, else Google's home page.
pub fn choose_exit_url(meta_content: Option<&str>) -> String {
    meta_content
        .and_then(|url| {
            if url.trim() == "about:blank" {
                Some("about:blank")
            } else {
                safe_web_url(url)
            }
        })
        .unwrap_or("https://www.google.com/")
        .to_owned()
}

/// The city part of an IANA zone, as people know it: `America/Argentina/Buenos_Aires` → `Buenos Aires`.
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// Upper-cases a first ASCII letter (`Intl.DisplayNames` gives Spanish language names in lower case:
/// "español", "quechua", "criollo haitiano"). ASCII only: full Unicode case tables would add kilobytes to the
/// wasm for names that all start with a plain letter.
pub fn capitalize_first(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Languages offered in the results' language filter: the country's, then the ones the directory uses most
/// across the region, without repeats.
pub fn filter_languages(country_languages: &[String]) -> Vec<String> {
    const REGIONAL: [&str; 7] = ["es", "en", "pt", "fr", "ht", "qu", "gn"];
    let mut out: Vec<String> = Vec::new();
    for code in country_languages.iter().map(String::as_str).chain(REGIONAL) {
        let code = code.trim().to_ascii_lowercase();
        if !code.is_empty() && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// Days that share the same openings, Monday first: `Mon–Fri 08:00–17:00`, `Sat closed`…
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayGroup {
    /// First day of the run.
    pub first: Weekday,
    /// Last day of the run (equal to `first` for a single day).
    pub last: Weekday,
    /// Openings as `HH:MM–HH:MM`, in the order given; empty when closed.
    pub spans: Vec<String>,
}

/// Groups a week's openings into runs of consecutive days with the same hours.
pub fn group_hours(intervals: &[OpeningInterval]) -> Vec<DayGroup> {
    let mut groups: Vec<DayGroup> = Vec::new();
    for day in Weekday::ALL {
        let spans: Vec<String> = intervals
            .iter()
            .filter(|i| i.day == day)
            .map(|i| format!("{}–{}", i.opens, i.closes))
            .collect();
        match groups.last_mut() {
            Some(group) if group.spans == spans => group.last = day,
            _ => groups.push(DayGroup {
                first: day,
                last: day,
                spans,
            }),
        }
    }
    groups
}

/// The populations a search may be filtered on, in the survivor's results and the operator's console alike (the
/// forms of exploitation are shown on a service, not filtered on).
pub const POPULATION_FILTERS: [Population; 9] = [
    Population::Women,
    Population::Men,
    Population::Lgbtq,
    Population::Children,
    Population::Adolescents,
    Population::Families,
    Population::Migrants,
    Population::IndigenousPeoples,
    Population::PeopleWithDisabilities,
];

/// The locator's outer radius in SVG units (the view box is 220 × 220 around the origin).
pub const LOCATOR_RADIUS: f64 = 90.0;

/// Scale of the locator: the distance at its edge and the rings to draw, in metres.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatorScale {
    /// Distance at the outer edge.
    pub edge_m: u32,
    /// Rings at round distances, smallest first; the last is the edge.
    pub rings_m: Vec<u32>,
}

/// Picks the edge (the smallest round distance not below the farthest result, at least 1 km) and up to five
/// rings at round distances (1, 5, 10, 25, 50… km) inside it.
pub fn locator_scale(farthest_m: u32) -> LocatorScale {
    const ROUND_KM: [u32; 10] = [1, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_000];
    let edge_m = ROUND_KM
        .iter()
        .map(|km| km * 1_000)
        .find(|m| *m >= farthest_m)
        .unwrap_or(farthest_m);
    let mut rings_m: Vec<u32> = ROUND_KM
        .iter()
        .map(|km| km * 1_000)
        .filter(|m| *m <= edge_m && f64::from(*m) / f64::from(edge_m) >= 0.02)
        .collect();
    if rings_m.last() != Some(&edge_m) {
        rings_m.push(edge_m);
    }
    let skip = rings_m.len().saturating_sub(5);
    LocatorScale {
        edge_m,
        rings_m: rings_m.split_off(skip),
    }
}

/// Distance from the centre in SVG units, on a logarithmic scale (`ln(1 + d / 1 km)`): most help sits within a
/// few kilometres while one result may be 50 km away, and a linear scale would pile the near places onto the
/// centre. The order of distances is kept, and the rings show the scale.
pub fn locator_radius(distance_m: u32, edge_m: u32) -> f64 {
    if edge_m == 0 {
        return 0.0;
    }
    let scaled = |m: u32| (1.0 + f64::from(m) / 1_000.0).ln();
    LOCATOR_RADIUS * (scaled(distance_m) / scaled(edge_m)).min(1.0)
}

/// Sine of whole degrees 0–90, to six decimals: plenty for a chart, and no trigonometry code in the wasm.
const SIN_DEGREES: [f64; 91] = [
    0.000000,
    0.017452,
    0.034899,
    0.052336,
    0.069756,
    0.087156,
    0.104528,
    0.121869,
    0.139173,
    0.156434,
    0.173648,
    0.190809,
    0.207912,
    0.224951,
    0.241922,
    0.258819,
    0.275637,
    0.292372,
    0.309017,
    0.325568,
    0.342020,
    0.358368,
    0.374607,
    0.390731,
    0.406737,
    0.422618,
    0.438371,
    0.453990,
    0.469472,
    0.484810,
    0.500000,
    0.515038,
    0.529919,
    0.544639,
    0.559193,
    0.573576,
    0.587785,
    0.601815,
    0.615661,
    0.629320,
    0.642788,
    0.656059,
    0.669131,
    0.681998,
    0.694658,
    std::f64::consts::FRAC_1_SQRT_2,
    0.719340,
    0.731354,
    0.743145,
    0.754710,
    0.766044,
    0.777146,
    0.788011,
    0.798636,
    0.809017,
    0.819152,
    0.829038,
    0.838671,
    0.848048,
    0.857167,
    0.866025,
    0.874620,
    0.882948,
    0.891007,
    0.898794,
    0.906308,
    0.913545,
    0.920505,
    0.927184,
    0.933580,
    0.939693,
    0.945519,
    0.951057,
    0.956305,
    0.961262,
    0.965926,
    0.970296,
    0.974370,
    0.978148,
    0.981627,
    0.984808,
    0.987688,
    0.990268,
    0.992546,
    0.994522,
    0.996195,
    0.997564,
    0.998630,
    0.999391,
    0.999848,
    1.000000,
];

/// Sine and cosine of a whole number of degrees.
fn sin_cos_degrees(degrees: u16) -> (f64, f64) {
    let sin = |d: u16| -> f64 {
        let d = usize::from(d % 360);
        match d {
            0..=90 => SIN_DEGREES[d],
            91..=180 => SIN_DEGREES[180 - d],
            181..=270 => -SIN_DEGREES[d - 180],
            _ => -SIN_DEGREES[360 - d],
        }
    };
    (sin(degrees), sin(degrees % 360 + 90))
}

/// Where a place sits on the locator: `(x, y)` in SVG units, north up, bearing in degrees clockwise from north.
pub fn locator_point(distance_m: u32, bearing_degrees: u16, edge_m: u32) -> (f64, f64) {
    let r = locator_radius(distance_m, edge_m);
    let (sin, cos) = sin_cos_degrees(bearing_degrees);
    (r * sin, -r * cos)
}

/// Text made safe to put inside markup.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The inside of the locator's `<svg viewBox="-110 -110 220 220">`: rings with their distances, "north" at the
/// top, the origin as a red cross, and one numbered dot per place (nearest drawn last, on top). Only numbers and
/// the escaped labels (`north`, and `ring_label` of each ring's distance in metres) go into it.
pub fn locator_markup(points: &[(u32, u16)], north: &str, ring_label: &dyn Fn(u32) -> String) -> String {
    use std::fmt::Write as _;
    let farthest = points.iter().map(|p| p.0).max().unwrap_or(0);
    let scale = locator_scale(farthest);
    let mut svg = String::with_capacity(256 + points.len() * 200);
    for &ring in &scale.rings_m {
        let r = locator_radius(ring, scale.edge_m);
        let _ = write!(
            svg,
            r##"<circle cx="0" cy="0" r="{}" fill="none" stroke="#8792a2" stroke-width="0.8"/><text x="2" y="{}" font-size="8" fill="#3d4654" stroke="#ffffff" stroke-width="2.5" paint-order="stroke">{}</text>"##,
            fixed(r, 1),
            fixed(-r - 2.0, 1),
            escape_markup(&ring_label(ring))
        );
    }
    let _ = write!(
        svg,
        r##"<text x="0" y="{}" text-anchor="middle" font-size="10" font-weight="bold" fill="#1a202c">{}</text><path d="M-6 0H6M0-6V6" stroke="#b91c1c" stroke-width="1.5"/><circle cx="0" cy="0" r="3" fill="#b91c1c"/>"##,
        fixed(-LOCATOR_RADIUS - 8.0, 1),
        escape_markup(north)
    );
    for (i, &(distance, bearing)) in points.iter().enumerate().rev() {
        let (x, y) = locator_point(distance, bearing, scale.edge_m);
        let (x, y) = (fixed(x, 1), fixed(y, 1));
        let _ = write!(
            svg,
            r##"<g class="locator-dot"><circle cx="{x}" cy="{y}" r="7" fill="#1d4ed8" stroke="#ffffff" stroke-width="1.5"/><text x="{x}" y="{y}" text-anchor="middle" dominant-baseline="central" font-size="8" font-weight="bold" fill="#ffffff">{}</text></g>"##,
            i + 1
        );
    }
    svg
}

/// Keys that make up the keyboard quick exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKey {
    /// Escape (or the older `Esc`).
    Escape,
    /// Either Shift key (pressed and released on its own, not held for a capital letter).
    Shift,
    /// Anything else; breaks a run.
    Other,
}

impl ExitKey {
    /// From `KeyboardEvent.key`.
    pub fn from_key(key: &str) -> Self {
        match key {
            "Escape" | "Esc" => ExitKey::Escape,
            "Shift" => ExitKey::Shift,
            _ => ExitKey::Other,
        }
    }
}

/// Counts the keyboard quick exit: Escape (or Shift) three times in a row within two seconds. Any other key in
/// between starts over, so typing capital letters never triggers it.
#[derive(Debug, Clone, Default)]
pub struct ExitGesture {
    key: Option<ExitKey>,
    times_ms: Vec<f64>,
}

impl ExitGesture {
    /// How close together the three presses must be.
    pub const WINDOW_MS: f64 = 2_000.0;

    /// Records a key press at `now_ms` (any monotonic clock in milliseconds); true when it completes the gesture.
    pub fn press(&mut self, key: ExitKey, now_ms: f64) -> bool {
        if key == ExitKey::Other {
            *self = Self::default();
            return false;
        }
        if self.key != Some(key) {
            *self = Self {
                key: Some(key),
                times_ms: Vec::new(),
            };
        }
        self.times_ms.retain(|t| now_ms - t <= Self::WINDOW_MS);
        self.times_ms.push(now_ms);
        if self.times_ms.len() >= 3 {
            *self = Self::default();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_read_as_people_say_them() {
        for (metres, said) in [
            (0, "10 m"),
            (4, "10 m"),
            (846, "850 m"),
            (994, "990 m"),
            (996, "1.0 km"),
            (1_033, "1.0 km"),
            (3_240, "3.2 km"),
            (9_949, "9.9 km"),
            (9_950, "10 km"),
            (47_499, "47 km"),
            (50_000, "50 km"),
            (2_000_000, "2000 km"),
            (u32::MAX, "4294967 km"),
        ] {
            assert_eq!(format_distance(metres), said, "{metres} m");
        }
    }

    #[test]
    fn a_wider_search_doubles_up_to_2000_km() {
        assert_eq!(wider_radius(50_000), Some(100_000));
        assert_eq!(wider_radius(1_600_000), Some(2_000_000));
        assert_eq!(wider_radius(2_000_000), None);
    }

    #[test]
    fn coordinates_are_sent_rounded_to_about_a_kilometre() {
        assert_eq!(coordinate_param(14.081_83), "14.08");
        assert_eq!(coordinate_param(-87.206_81), "-87.21");
        assert_eq!(coordinate_param(-0.001), "0.00");
        assert_eq!(coordinate_param(0.1 + 0.2), "0.30");
    }

    #[test]
    fn links_dial_exactly_the_number() {
        let number = E164::parse("+504 0000-0102").unwrap();
        assert_eq!(tel_href(&number), "tel:+50400000102");
        assert_eq!(sms_href(&number), "sms:+50400000102");
        assert_eq!(whatsapp_href(&number), "https://wa.me/50400000102");
        assert_eq!(local_tel_href("1 9 9"), "tel:199");
        assert_eq!(local_tel_href("911\"><script>"), "tel:911");
    }

    #[test]
    fn only_plain_web_addresses_become_links() {
        assert_eq!(
            safe_web_url(" https://example.org/x "),
            Some("https://example.org/x")
        );
        assert_eq!(safe_web_url("HTTP://EXAMPLE.ORG"), Some("HTTP://EXAMPLE.ORG"));
        assert_eq!(safe_web_url("javascript:alert(1)"), None);
        assert_eq!(safe_web_url("https://a b"), None);
        assert_eq!(
            choose_exit_url(Some("https://weather.example/")),
            "https://weather.example/"
        );
        assert_eq!(choose_exit_url(Some("about:blank")), "about:blank");
        assert_eq!(
            choose_exit_url(Some("javascript:void 0")),
            "https://www.google.com/"
        );
        assert_eq!(choose_exit_url(None), "https://www.google.com/");
    }

    #[test]
    fn zones_and_language_names_read_well() {
        assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(zone_city("UTC"), "UTC");
        assert_eq!(capitalize_first("español"), "Español");
        assert_eq!(capitalize_first(""), "");
        assert_eq!(capitalize_first("élan"), "élan");
    }

    #[test]
    fn the_language_filter_lists_the_country_first_without_repeats() {
        let country = vec!["es".to_owned(), "cab".to_owned(), "miq".to_owned()];
        assert_eq!(
            filter_languages(&country),
            ["es", "cab", "miq", "en", "pt", "fr", "ht", "qu", "gn"]
        );
    }

    #[test]
    fn weekdays_with_the_same_hours_are_grouped() {
        let day = |day, opens: &str, closes: &str| OpeningInterval {
            day,
            opens: opens.to_owned(),
            closes: closes.to_owned(),
        };
        let week = [
            day(Weekday::Mon, "08:00", "17:00"),
            day(Weekday::Tue, "08:00", "17:00"),
            day(Weekday::Wed, "08:00", "12:00"),
            day(Weekday::Wed, "14:00", "18:00"),
            day(Weekday::Thu, "08:00", "17:00"),
            day(Weekday::Fri, "08:00", "17:00"),
        ];
        let groups = group_hours(&week);
        let summary: Vec<_> = groups.iter().map(|g| (g.first, g.last, g.spans.len())).collect();
        assert_eq!(
            summary,
            [
                (Weekday::Mon, Weekday::Tue, 1),
                (Weekday::Wed, Weekday::Wed, 2),
                (Weekday::Thu, Weekday::Fri, 1),
                (Weekday::Sat, Weekday::Sun, 0),
            ]
        );
        assert_eq!(groups[1].spans, ["08:00–12:00", "14:00–18:00"]);
    }

    #[test]
    fn the_locator_uses_round_rings_up_to_the_farthest_place() {
        let scale = locator_scale(47_000);
        assert_eq!(scale.edge_m, 50_000);
        assert_eq!(scale.rings_m, [1_000, 5_000, 10_000, 25_000, 50_000]);
        let scale = locator_scale(600);
        assert_eq!(scale.rings_m, [1_000]);
        let scale = locator_scale(1_900_000);
        assert_eq!(scale.rings_m, [100_000, 250_000, 500_000, 1_000_000, 2_000_000]);
        assert_eq!(locator_scale(3_000_000).edge_m, 3_000_000);
    }

    #[test]
    fn fixed_point_numbers_are_written_without_float_formatting() {
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(-3.05, 1), "-3.1");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(90.0, 1), "90.0");
        assert_eq!(fixed(7.5, 0), "8");
        assert_eq!(fixed(0.001, 2), "0.00");
    }

    #[test]
    fn the_sine_table_matches_the_library() {
        for degrees in 0..720_u16 {
            let (sin, cos) = sin_cos_degrees(degrees);
            let radians = f64::from(degrees).to_radians();
            assert!((sin - radians.sin()).abs() < 1e-6, "sin {degrees}");
            assert!((cos - radians.cos()).abs() < 1e-6, "cos {degrees}");
        }
    }

    #[test]
    fn places_sit_by_bearing_and_distance_north_up() {
        let (x, y) = locator_point(50_000, 90, 50_000);
        assert!(
            (x - LOCATOR_RADIUS).abs() < 1e-9 && y.abs() < 1e-9,
            "east is right"
        );
        let (x, y) = locator_point(50_000, 180, 50_000);
        assert!(
            x.abs() < 1e-9 && (y - LOCATOR_RADIUS).abs() < 1e-9,
            "south is down"
        );
        let (x, y) = locator_point(50_000, 0, 50_000);
        assert!(x.abs() < 1e-9 && (y + LOCATOR_RADIUS).abs() < 1e-9, "north is up");
        let near = locator_radius(5_000, 50_000);
        let far = locator_radius(25_000, 50_000);
        assert!(0.0 < near && near < far && far < LOCATOR_RADIUS);
        assert_eq!(locator_radius(80_000, 50_000), LOCATOR_RADIUS);
    }

    #[test]
    fn the_locator_is_made_of_numbers_and_escaped_labels_only() {
        let label = |m: u32| format!("{} <km>", m / 1_000);
        let svg = locator_markup(&[(1_033, 101), (47_000, 257)], "<N>", &label);
        assert!(svg.contains("&lt;N&gt;") && !svg.contains("<N>"));
        assert_eq!(svg.matches("class=\"locator-dot\"").count(), 2);
        // Ring labels come from the caller (the reader's language and number format), escaped too.
        assert!(svg.contains(">50 &lt;km&gt;</text>"));
        // The nearest place is drawn last, on top.
        assert!(svg.rfind(">1</text>") > svg.rfind(">2</text>"));
        assert!(!svg.contains("style"));
    }

    #[test]
    fn three_escapes_in_two_seconds_exit() {
        let mut gesture = ExitGesture::default();
        assert!(!gesture.press(ExitKey::Escape, 0.0));
        assert!(!gesture.press(ExitKey::Escape, 500.0));
        assert!(gesture.press(ExitKey::Escape, 1_000.0));
        // Too slow: the first press has expired by the third.
        assert!(!gesture.press(ExitKey::Escape, 0.0));
        assert!(!gesture.press(ExitKey::Escape, 1_500.0));
        assert!(!gesture.press(ExitKey::Escape, 2_500.0));
        assert!(gesture.press(ExitKey::Escape, 2_600.0));
    }

    #[test]
    fn typing_capitals_never_exits() {
        let mut gesture = ExitGesture::default();
        for t in [0.0, 100.0, 200.0] {
            assert!(!gesture.press(ExitKey::Shift, t));
            assert!(!gesture.press(ExitKey::Other, t + 50.0));
        }
        assert!(!gesture.press(ExitKey::Shift, 300.0));
        assert!(!gesture.press(ExitKey::Escape, 310.0));
        assert!(!gesture.press(ExitKey::Shift, 320.0));
        assert!(!gesture.press(ExitKey::Shift, 330.0));
        assert!(gesture.press(ExitKey::Shift, 340.0));
    }
}
