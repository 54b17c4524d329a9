//! Tolerant readers for what real directories publish: text in the wrong encoding, weekday names in several
//! languages, "9:00am", decimal commas, swapped coordinates, local phone numbers, language names instead of
//! codes. Each reader returns `None` for what it cannot read; the caller reports it.

use std::collections::HashMap;
use std::sync::LazyLock;

use api_types::{CountryCode, E164, LanguageCode, LatLon, Weekday};
use serde_json::Value;

use crate::domain::text::fold;

/// Repairs UTF-8 that was read as Windows-1252 or Latin-1 once or twice ("Ã©" → "é", "â€™" → "’"), or as the
/// DOS code page 437 ("├í" → "á", "ΓÇÖ" → "’", also with the Γ folded to G: "DivisionGÇÖs" → "Division’s").
/// `None` when the text has nothing to repair.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::fix_mojibake;
/// assert_eq!(fix_mojibake("RefugÃ©e").as_deref(), Some("Refugée"));
/// assert_eq!(fix_mojibake("DivisionGÇÖs").as_deref(), Some("Division’s"));
/// assert_eq!(fix_mojibake("Atenci├│n").as_deref(), Some("Atención"));
/// assert_eq!(fix_mojibake("Peña"), None);
/// assert_eq!(fix_mojibake("Ça va, Γιώργος"), None);
/// ```
pub fn fix_mojibake(text: &str) -> Option<String> {
    fix_windows_1252(text).or_else(|| fix_cp437(text))
}

/// The DOS code page 437, bytes 0x80 to 0xFF.
const CP437_HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', '¢', '£', '¥', '₧', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '⌐', '¬', '½', '¼', '¡', '«', '»', //
    '░', '▒', '▓', '│', '┤', '╡', '╢', '╖', '╕', '╣', '║', '╗', '╝', '╜', '╛', '┐', //
    '└', '┴', '┬', '├', '─', '┼', '╞', '╟', '╚', '╔', '╩', '╦', '╠', '═', '╬', '╧', //
    '╨', '╤', '╥', '╙', '╘', '╒', '╓', '╫', '╪', '┘', '┌', '█', '▄', '▌', '▐', '▀', //
    'α', 'ß', 'Γ', 'π', 'Σ', 'σ', 'µ', 'τ', 'Φ', 'Θ', 'Ω', 'δ', '∞', 'φ', 'ε', '∩', //
    '≡', '±', '≥', '≤', '⌠', '⌡', '÷', '≈', '°', '∙', '·', '√', 'ⁿ', '²', '■', '\u{a0}',
];

fn fix_cp437(text: &str) -> Option<String> {
    // A UTF-8 lead byte read as CP437 is one of these (0xC2–0xF4).
    let leads = &CP437_HIGH[0x42..=0x74];
    let folded = text.contains("GÇ").then(|| text.replace("GÇ", "ΓÇ"));
    let input = folded.as_deref().unwrap_or(text);
    if !input.chars().any(|c| leads.contains(&c)) {
        return None;
    }
    let mut bytes = Vec::with_capacity(input.len());
    for c in input.chars() {
        if c.is_ascii() {
            bytes.push(c as u8);
        } else {
            let at = CP437_HIGH.iter().position(|h| *h == c)?;
            bytes.push(0x80 + u8::try_from(at).ok()?);
        }
    }
    let repaired = String::from_utf8(bytes).ok()?;
    (repaired != text).then_some(repaired)
}

fn fix_windows_1252(text: &str) -> Option<String> {
    let mut current: Option<String> = None;
    for _ in 0..2 {
        let input = current.as_deref().unwrap_or(text);
        // Mojibake of UTF-8 always holds a lead byte read as one of these.
        if !input.chars().any(|c| matches!(c, '\u{00C2}'..='\u{00F4}')) {
            break;
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(input);
        if unmappable {
            break;
        }
        match std::str::from_utf8(&bytes) {
            Ok(repaired) if repaired != input => current = Some(repaired.to_owned()),
            _ => break,
        }
    }
    current
}

/// Text of a file: UTF-8 (a byte-order mark dropped), or else Windows-1252 (a superset of Latin-1 for printable
/// text). The second value says which, when it was not UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Some("Windows-1252"))
        }
    }
}

/// Literal escapes a database export left in text (`\n`, `\r\n`, `\t` as two characters) turned into what they stood for.
/// `None` when there are none.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::unescape_literals;
/// assert_eq!(unescape_literals(r"Lunes a viernes.\nSábados con cita.").as_deref(), Some("Lunes a viernes.\nSábados con cita."));
/// assert_eq!(unescape_literals(r"C:\datos"), None);
/// ```
pub fn unescape_literals(text: &str) -> Option<String> {
    if !text.contains("\\n") && !text.contains("\\t") {
        return None;
    }
    Some(
        text.replace("\\r\\n", "\n")
            .replace("\\n", "\n")
            .replace("\\t", " "),
    )
}

/// A web address, with `https://` when it was written without a scheme ("www.example.org"); `None` for what
/// is not one (text with spaces, an email address). The second value says whether the scheme was added.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::web_address;
/// assert_eq!(web_address("www.ejemplo.org"), Some(("https://www.ejemplo.org".into(), true)));
/// assert_eq!(web_address("http://ejemplo.org/a"), Some(("http://ejemplo.org/a".into(), false)));
/// assert_eq!(web_address("ver folleto"), None);
/// assert_eq!(web_address("info@ejemplo.org"), None);
/// ```
pub fn web_address(text: &str) -> Option<(String, bool)> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return (!text.contains(char::is_whitespace)).then(|| (text.to_owned(), false));
    }
    let host = text.split(['/', '?', '#']).next().unwrap_or("");
    let looks_like_host = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    (looks_like_host && !text.contains(char::is_whitespace) && !text.contains('@'))
        .then(|| (format!("https://{text}"), true))
}

/// Splits a cell holding several values: commas, semicolons, vertical bars, slashes or new lines.
pub fn split_multi(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '|', '/', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

static WEEKDAY_WORDS: LazyLock<HashMap<&'static str, Weekday>> = LazyLock::new(|| {
    use Weekday::*;
    #[rustfmt::skip]
    let table: &[(Weekday, &[&str])] = &[
        (Mon, &["mo", "mon", "monday", "lunes", "lu", "lun", "segunda", "segunda feira", "seg", "lundi"]),
        (Tue, &["tu", "tue", "tues", "tuesday", "martes", "ma", "mar", "terca", "terca feira", "ter",
            "mardi"]),
        (Wed, &["we", "wed", "weds", "wednesday", "miercoles", "mi", "mie", "quarta", "quarta feira",
            "qua", "mercredi", "mer"]),
        (Thu, &["th", "thu", "thur", "thurs", "thursday", "jueves", "ju", "jue", "quinta", "quinta feira",
            "qui", "jeudi", "jeu"]),
        (Fri, &["fr", "fri", "friday", "viernes", "vi", "vie", "sexta", "sexta feira", "sex", "vendredi",
            "ven"]),
        (Sat, &["sa", "sat", "saturday", "sabado", "sab", "samedi", "sam"]),
        (Sun, &["su", "sun", "sunday", "domingo", "do", "dom", "dimanche", "dim"]),
    ];
    table
        .iter()
        .flat_map(|(day, words)| words.iter().map(move |w| (*w, *day)))
        .collect()
});

/// One weekday from a name or abbreviation in English, Spanish, Portuguese or French (any case, accents
/// optional), an iCalendar code (`MO`), or a number (1 = Monday … 7 = Sunday, 0 = Sunday).
///
/// # Example
/// ```
/// use api_types::Weekday;
/// use ruta_server::hsds::import::tolerant::weekday;
/// assert_eq!(weekday("Monday"), Some(Weekday::Mon));
/// assert_eq!(weekday("miércoles"), Some(Weekday::Wed));
/// assert_eq!(weekday("7"), Some(Weekday::Sun));
/// ```
pub fn weekday(text: &str) -> Option<Weekday> {
    let folded = fold(text);
    let folded = folded.trim_end_matches(" feira").trim();
    if let Ok(n) = folded.parse::<u8>() {
        return match n {
            0 | 7 => Some(Weekday::Sun),
            1..=6 => Weekday::ALL.get(usize::from(n - 1)).copied(),
            _ => None,
        };
    }
    WEEKDAY_WORDS
        .get(folded)
        .or_else(|| WEEKDAY_WORDS.get(folded.trim_end_matches('s')))
        .copied()
}

/// Days from a cell: one day, a list (`MO,TU`, `Monday, Tuesday`), a range (`Mon-Fri`, `lunes a viernes`,
/// `Monday through Friday`), or every day (`daily`, `todos los días`). `None` when any part is not a day.
///
/// # Example
/// ```
/// use api_types::Weekday::*;
/// use ruta_server::hsds::import::tolerant::weekdays;
/// assert_eq!(weekdays("lunes a viernes"), Some(vec![Mon, Tue, Wed, Thu, Fri]));
/// assert_eq!(weekdays("SA,SU"), Some(vec![Sat, Sun]));
/// ```
pub fn weekdays(text: &str) -> Option<Vec<Weekday>> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    const EVERY_DAY: &[&str] = &[
        "daily",
        "every day",
        "everyday",
        "all days",
        "7 days",
        "todos los dias",
        "diario",
        "diariamente",
        "todos os dias",
        "tous les jours",
    ];
    if EVERY_DAY.contains(&folded.as_str()) {
        return Some(Weekday::ALL.to_vec());
    }
    let mut days = Vec::new();
    for part in text.split([',', ';', '|', '/', '&', '\n']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let folded = fold(part);
        if let Some(day) = weekday(part) {
            days.push(day);
            continue;
        }
        if let Some(day) = folded.strip_prefix("and ").or_else(|| folded.strip_prefix("y ")) {
            days.push(weekday(day)?);
            continue;
        }
        let range = [
            "-",
            "–",
            " to ",
            " through ",
            " thru ",
            " a ",
            " al ",
            " hasta ",
            " ate ",
            " au ",
        ]
        .iter()
        .find_map(|sep| {
            let (a, b) = if *sep == "-" || *sep == "–" {
                part.split_once(*sep)?
            } else {
                folded.split_once(*sep)?
            };
            Some((weekday(a)?, weekday(b)?))
        });
        let (from, to) = match range {
            Some(range) => range,
            None => {
                // "Mon Tue Wed" or "lunes y martes".
                let words: Vec<&str> = folded
                    .split_whitespace()
                    .filter(|w| !matches!(*w, "and" | "y" | "e" | "et"))
                    .collect();
                let parsed: Option<Vec<Weekday>> = words.iter().map(|w| weekday(w)).collect();
                days.extend(parsed.filter(|p| !p.is_empty())?);
                continue;
            }
        };
        let mut day = from;
        for _ in 0..7 {
            days.push(day);
            if day == to {
                break;
            }
            day = Weekday::ALL[(day.number_from_monday() as usize + 1) % 7];
        }
    }
    days.dedup();
    (!days.is_empty()).then_some(days)
}

/// A time of day as minutes after midnight: `17:30`, `09:00:00`, `9:00am`, `9am`, `9 a.m.`, `9.30`, `0930`,
/// `9h30`, `noon`, `midnight` (0), `24:00` (1440). A trailing zone (`Z`, `+05:00`) is ignored: hours are local.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::time_of_day;
/// assert_eq!(time_of_day("9:00am"), Some(540));
/// assert_eq!(time_of_day("5:30 PM"), Some(1050));
/// assert_eq!(time_of_day("noon"), Some(720));
/// assert_eq!(time_of_day("25:00"), None);
/// ```
pub fn time_of_day(text: &str) -> Option<u16> {
    let mut t = text.trim().to_ascii_lowercase().replace(['.', ' '], "");
    match t.as_str() {
        "noon" | "midday" | "mediodia" | "mediodía" | "12m" => return Some(720),
        "midnight" | "medianoche" => return Some(0),
        _ => {}
    }
    // A zone suffix: Z, or +hh:mm / -hh:mm after the time.
    if let Some(stripped) = t.strip_suffix('z') {
        t = stripped.to_owned();
    }
    if let Some(at) = t.rfind(['+', '-'])
        && at > 0
    {
        t.truncate(at);
    }
    let (body, meridiem) = if let Some(b) = t.strip_suffix("am") {
        (b.to_owned(), Some(false))
    } else if let Some(b) = t.strip_suffix("pm") {
        (b.to_owned(), Some(true))
    } else if let Some(b) = t.strip_suffix('a') {
        (b.to_owned(), Some(false))
    } else if let Some(b) = t.strip_suffix('p') {
        (b.to_owned(), Some(true))
    } else {
        (t.clone(), None)
    };
    let body = body.trim_end_matches('h');
    let (h, m) = if let Some((h, rest)) = body.split_once([':', 'h']) {
        let m = rest.split(':').next().unwrap_or("0");
        (h, if m.is_empty() { "0" } else { m })
    } else if body.len() == 4 && body.chars().all(|c| c.is_ascii_digit()) {
        body.split_at(2)
    } else {
        (body, "0")
    };
    // `9.30` was turned into `930` above; a 3-digit number is H MM.
    let (h, m) = if h.len() == 3 && h.bytes().all(|b| b.is_ascii_digit()) && m == "0" {
        h.split_at(1)
    } else {
        (h, m)
    };
    let mut h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    if m >= 60 {
        return None;
    }
    match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        None if h > 24 || (h == 24 && m != 0) => return None,
        None => {}
    }
    Some(h * 60 + m)
}

/// `HH:MM` of minutes after midnight (1440 is `24:00`).
pub fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A number from a JSON number or text: `14.08`, `14,08` (decimal comma), `"14.08 N"`, `"87.2 W"` (negative).
pub fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => {
            let mut t = s.trim().trim_end_matches('°').trim().to_owned();
            let mut sign = 1.0;
            if let Some(last) = t.chars().last()
                && matches!(last.to_ascii_uppercase(), 'N' | 'S' | 'E' | 'W' | 'O')
            {
                if matches!(last.to_ascii_uppercase(), 'S' | 'W' | 'O') {
                    sign = -1.0;
                }
                t.pop();
                t = t.trim().trim_end_matches('°').trim().to_owned();
            }
            if t.matches(',').count() == 1 && !t.contains('.') {
                t = t.replace(',', ".");
            }
            t.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| n * sign)
        }
        _ => None,
    }
}

/// Within Latin America and the Caribbean (a generous box from northern Mexico to Tierra del Fuego, the Pacific
/// islands of Ecuador and Chile's Easter Island excluded, to the eastern tip of Brazil).
pub fn in_region(lat: f64, lon: f64) -> bool {
    (-56.5..=33.0).contains(&lat) && (-118.5..=-28.0).contains(&lon)
}

/// How a pair of coordinates was read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Coordinates {
    /// A valid point as given: in the region, or outside it when swapping would not bring it in.
    AsGiven(LatLon),
    /// Latitude and longitude were swapped; swapping back gives a point in the region.
    Swapped(LatLon),
    /// Out of range either way.
    OutOfRange,
    /// `0, 0`: a placeholder, not a place.
    Zero,
}

/// Checks a latitude and longitude, swapping them when that turns an impossible or out-of-region point into
/// a point in Latin America and the Caribbean.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::{Coordinates, coordinates};
/// // Tegucigalpa with latitude and longitude swapped.
/// assert!(matches!(coordinates(-87.2068, 14.0818), Coordinates::Swapped(p) if p.lat() == 14.0818));
/// assert!(matches!(coordinates(14.0818, -87.2068), Coordinates::AsGiven(_)));
/// assert_eq!(coordinates(100.0, 101.0), Coordinates::OutOfRange);
/// ```
pub fn coordinates(lat: f64, lon: f64) -> Coordinates {
    if lat == 0.0 && lon == 0.0 {
        return Coordinates::Zero;
    }
    let given = LatLon::new(lat, lon).ok();
    let swapped = LatLon::new(lon, lat).ok();
    match (given, swapped) {
        (Some(p), _) if in_region(lat, lon) => Coordinates::AsGiven(p),
        (_, Some(s)) if in_region(lon, lat) => Coordinates::Swapped(s),
        (Some(p), _) => Coordinates::AsGiven(p),
        (None, _) => Coordinates::OutOfRange,
    }
}

/// How a phone number was read.
#[derive(Debug, Clone, PartialEq)]
pub enum PhoneNumber {
    /// Already in international form.
    International(E164),
    /// A local number, now in E.164 with the country's calling code.
    Localised(E164),
    /// Not a number of that country (or no country to read it in).
    Unreadable,
}

/// An extension typed in the number ("305-233-7131 x2257", "2222-0000 ext. 12", "anexo 204", "ramal 3"):
/// the number and the extension apart. The number must keep at least seven digits, so a short code is left
/// as it is.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::split_extension;
/// assert_eq!(split_extension("305-233-7131 x2257"), ("305-233-7131".into(), Some("2257".into())));
/// assert_eq!(split_extension("(01) 419-7000 anexo 204"), ("(01) 419-7000".into(), Some("204".into())));
/// assert_eq!(split_extension("+504 2222-0000"), ("+504 2222-0000".into(), None));
/// ```
pub fn split_extension(text: &str) -> (String, Option<String>) {
    let lower = text.to_ascii_lowercase();
    for marker in ["extension", "ext.", "ext", "anexo", "ramal", "poste", "x", "#"] {
        let Some(at) = lower.rfind(marker) else {
            continue;
        };
        let rest = lower[at + marker.len()..]
            .trim_start_matches([' ', '.', ':'])
            .trim();
        let head = &text[..at];
        let digits = head.bytes().filter(u8::is_ascii_digit).count();
        if !rest.is_empty() && rest.len() <= 6 && rest.bytes().all(|b| b.is_ascii_digit()) && digits >= 7 {
            let number = head.trim_end_matches([' ', ',', ';', '-', '/']).trim().to_owned();
            return (number, Some(rest.to_owned()));
        }
    }
    (text.to_owned(), None)
}

/// A phone number in E.164: as given when it starts with `+` (quotes and separators dropped), else read as a
/// number of `country` with libphonenumber's rules and kept only when valid there.
///
/// # Example
/// ```
/// use api_types::CountryCode;
/// use ruta_server::hsds::import::tolerant::{PhoneNumber, phone};
/// let hn = CountryCode::parse("HN").ok();
/// assert!(matches!(phone("2222-0000", hn), PhoneNumber::Localised(n) if n.as_str() == "+50422220000"));
/// assert!(matches!(phone("\"+504 2222 0000\"", None), PhoneNumber::International(_)));
/// assert_eq!(phone("12", hn), PhoneNumber::Unreadable);
/// ```
pub fn phone(text: &str, country: Option<CountryCode>) -> PhoneNumber {
    let cleaned: String = text
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim()
        .to_owned();
    let cleaned = cleaned.strip_prefix("tel:").unwrap_or(&cleaned).trim();
    let cleaned = cleaned
        .strip_prefix("00")
        .map_or_else(|| cleaned.to_owned(), |rest| format!("+{rest}"));
    if cleaned.starts_with('+') {
        // Ruta's own rule (E.164 shape) rather than libphonenumber's: reserved test numbers stay as they are.
        return match E164::parse(&cleaned) {
            Ok(n) => PhoneNumber::International(n),
            Err(_) => PhoneNumber::Unreadable,
        };
    }
    country
        .and_then(|country| crate::domain::phone::national_phone(&cleaned, country))
        .map_or(PhoneNumber::Unreadable, PhoneNumber::Localised)
}

/// ISO 639-2/3 codes directories use for languages that have a two-letter code.
#[rustfmt::skip]
const THREE_TO_TWO: &[(&str, &str)] = &[
    ("eng", "en"), ("spa", "es"), ("por", "pt"), ("fra", "fr"), ("fre", "fr"), ("hat", "ht"), ("que", "qu"),
    ("grn", "gn"), ("aym", "ay"), ("nld", "nl"), ("dut", "nl"), ("deu", "de"), ("ger", "de"), ("ita", "it"),
    ("zho", "zh"), ("chi", "zh"), ("ara", "ar"), ("jpn", "ja"), ("kor", "ko"), ("rus", "ru"), ("urd", "ur"),
    ("pol", "pl"), ("slk", "sk"), ("slo", "sk"),
];

/// Folded language names in English, Spanish, Portuguese and French, and autonyms → code, from the CLDR table the
/// app shows (`ruta-names`) plus common local names.
static LANGUAGE_NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut names: HashMap<String, &'static str> = HashMap::new();
    for code in ruta_names::language_codes() {
        let autonym = ruta_names::autonym(code);
        for name in ["en", "es", "pt-BR", "fr"]
            .into_iter()
            .filter_map(|locale| ruta_names::language(code, locale))
            .chain(autonym)
        {
            names.entry(fold(name)).or_insert(code);
        }
    }
    for (name, code) in [
        ("espanol", "es"),
        ("castellano", "es"),
        ("castilian", "es"),
        ("ingles", "en"),
        ("portugues", "pt"),
        ("frances", "fr"),
        ("kreyol", "ht"),
        ("kreyol ayisyen", "ht"),
        ("creole", "ht"),
        ("haitian", "ht"),
        ("criollo haitiano", "ht"),
        ("quechua", "qu"),
        ("kichwa", "qu"),
        ("guarani", "gn"),
        ("aymara", "ay"),
        ("kiche", "quc"),
        ("k iche", "quc"),
        ("miskito", "miq"),
        ("garifuna", "cab"),
        ("papiamento", "pap"),
        ("papiamentu", "pap"),
        ("nahuatl", "nah"),
        ("mapudungun", "arn"),
        ("wayuu", "guc"),
        ("urdu", "ur"),
        ("polish", "pl"),
        ("slovak", "sk"),
        ("russian", "ru"),
        ("sign language", "sgn"),
        ("lengua de senas", "sgn"),
    ] {
        names.entry(name.to_owned()).or_insert(code);
    }
    names
});

/// A language from a BCP 47 tag (`es`, `pt-BR`), an ISO 639-2 code (`spa`), or a name in English, Spanish,
/// Portuguese or French (`Spanish`, `español`, `Kreyòl`). The second value is true when it was not a tag.
///
/// # Example
/// ```
/// use ruta_server::hsds::import::tolerant::language;
/// assert_eq!(language("Español").map(|(l, _)| l.to_string()).as_deref(), Some("es"));
/// assert_eq!(language("spa").map(|(l, _)| l.to_string()).as_deref(), Some("es"));
/// assert_eq!(language("pt_BR").map(|(l, _)| l.to_string()).as_deref(), Some("pt-BR"));
/// ```
pub fn language(text: &str) -> Option<(LanguageCode, bool)> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    if let Some((_, two)) = THREE_TO_TWO.iter().find(|(three, _)| *three == lower) {
        return LanguageCode::parse(two).ok().map(|l| (l, true));
    }
    if let Some(code) = LANGUAGE_NAMES.get(&fold(trimmed)) {
        return LanguageCode::parse(code).ok().map(|l| (l, true));
    }
    // A tag: letters only in its first part, at most 3 of them (a name like "Mam" is caught above).
    LanguageCode::parse(trimmed).ok().map(|l| (l, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_repaired_once_or_twice_and_good_text_is_left_alone() {
        assert_eq!(fix_mojibake("AtenciÃ³n").as_deref(), Some("Atención"));
        assert_eq!(fix_mojibake("niÃ±os").as_deref(), Some("niños"));
        assert_eq!(fix_mojibake("Itâ€™s").as_deref(), Some("It’s"));
        // Encoded twice.
        assert_eq!(fix_mojibake("AtenciÃƒÂ³n").as_deref(), Some("Atención"));
        for good in ["Atención", "São Paulo", "Ñandú", "plain", "Âme"] {
            assert_eq!(fix_mojibake(good), None, "{good}");
        }
    }

    #[test]
    fn latin_1_files_are_read() {
        let (text, how) = decode(b"Asunci\xf3n,Se\xf1or\n");
        assert_eq!(text, "Asunción,Señor\n");
        assert_eq!(how, Some("Windows-1252"));
        let (text, how) = decode("\u{feff}id,name".as_bytes());
        assert_eq!((text.as_str(), how), ("id,name", None));
    }

    #[test]
    fn weekdays_in_many_spellings() {
        use Weekday::*;
        for (text, day) in [
            ("monday", Mon),
            ("Mon", Mon),
            ("MO", Mon),
            ("lunes", Mon),
            ("Sábado", Sat),
            ("sabado", Sat),
            ("domingo", Sun),
            ("segunda-feira", Mon),
            ("jeudi", Thu),
            ("1", Mon),
            ("0", Sun),
        ] {
            assert_eq!(weekday(text), Some(day), "{text}");
        }
        assert_eq!(weekday("someday"), None);
        assert_eq!(weekdays("Mon-Fri"), Some(vec![Mon, Tue, Wed, Thu, Fri]));
        assert_eq!(weekdays("Friday to Monday"), Some(vec![Fri, Sat, Sun, Mon]));
        assert_eq!(
            weekdays("Monday, Wednesday and Friday"),
            Some(vec![Mon, Wed, Fri])
        );
        assert_eq!(weekdays("lunes y martes"), Some(vec![Mon, Tue]));
        assert_eq!(weekdays("daily").map(|d| d.len()), Some(7));
        assert_eq!(weekdays("MO,TU,WE"), Some(vec![Mon, Tue, Wed]));
        assert_eq!(weekdays("holidays"), None);
    }

    #[test]
    fn times_in_many_spellings() {
        for (text, minutes) in [
            ("9:00am", 540),
            ("9am", 540),
            ("9 AM", 540),
            ("9 a.m.", 540),
            ("12am", 0),
            ("12:30pm", 750),
            ("5pm", 1020),
            ("17:30", 1050),
            ("09:00:00", 540),
            ("9.30", 570),
            ("0930", 570),
            ("9h30", 570),
            ("9h", 540),
            ("noon", 720),
            ("Midnight", 0),
            ("24:00", 1440),
            ("08:00Z", 480),
            ("08:00-05:00", 480),
        ] {
            assert_eq!(time_of_day(text), Some(minutes), "{text}");
        }
        for bad in ["", "25:00", "13pm", "9:75", "late", "24:30"] {
            assert_eq!(time_of_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_with_decimal_commas_and_hemispheres() {
        assert_eq!(number(&Value::from("14,0818")), Some(14.0818));
        assert_eq!(number(&Value::from(" -87.2 ")), Some(-87.2));
        assert_eq!(number(&Value::from("87.2 W")), Some(-87.2));
        assert_eq!(number(&Value::from("12.5°S")), Some(-12.5));
        assert_eq!(number(&Value::from(14.5)), Some(14.5));
        assert_eq!(number(&Value::from("1,234.5")), None);
        assert_eq!(number(&Value::Null), None);
    }

    #[test]
    fn swapped_coordinates_are_swapped_back_only_when_that_lands_in_the_region() {
        assert_eq!(coordinates(0.0, 0.0), Coordinates::Zero);
        // Lima, given lon first: -77 is a valid latitude but in Antarctica.
        assert!(matches!(coordinates(-77.04, -12.05), Coordinates::Swapped(p) if p.lat() == -12.05));
        // Madrid stays Madrid: valid, and swapping does not help.
        assert!(matches!(coordinates(40.4, -3.7), Coordinates::AsGiven(_)));
        assert_eq!(coordinates(200.0, 14.0), Coordinates::OutOfRange);
    }

    #[test]
    fn languages_from_codes_and_names() {
        let code = |t: &str| language(t).map(|(l, _)| l.to_string());
        assert_eq!(code("es").as_deref(), Some("es"));
        assert_eq!(code("Spanish").as_deref(), Some("es"));
        assert_eq!(code("english").as_deref(), Some("en"));
        assert_eq!(code("Portugués").as_deref(), Some("pt"));
        assert_eq!(code("Haitian Creole").as_deref(), Some("ht"));
        assert_eq!(code("K'iche'").as_deref(), Some("quc"));
        assert_eq!(code("eng").as_deref(), Some("en"));
        assert_eq!(code("quc").as_deref(), Some("quc"));
        assert_eq!(code("Klingon"), None);
    }

    #[test]
    fn local_phone_numbers_get_the_country_code() {
        let hn = CountryCode::parse("HN").ok();
        assert!(
            matches!(phone("(504) 2222-0000", hn), PhoneNumber::Localised(n) if n.as_str() == "+50422220000")
        );
        assert!(
            matches!(phone("00504 2222 0000", None), PhoneNumber::International(n) if n.as_str() == "+50422220000")
        );
        assert_eq!(phone("2222-0000", None), PhoneNumber::Unreadable);
        assert_eq!(phone("+0", hn), PhoneNumber::Unreadable);
    }
}
