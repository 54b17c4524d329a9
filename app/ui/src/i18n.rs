//! Fluent messages: the `locales/<lang>/ruta_app.ftl` files, the current language, and `t!`.
//!
//! Every visible string goes through `t!("id")` / `t!("id", arg = value)` (or `tx!("id")` for a reactive text).
//! `fl!` (i18n-embed-fl) checks each id and its arguments against the Spanish file at compile time; `build.rs`
//! compiles the files into static tables ([`Piece`]s) that [`format`] renders at run time, with Spanish as the
//! fallback for any message a language lacks. Reading the language signal makes the text follow a switch.
//!
//! Each bundle carries only its own screens' messages: its root passes its set of [`messages`] to [`install`].
//! `fl!` reads the `i18n.toml` of the crate that calls `t!`, so every app crate has one (all alike).

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

use api_types::{
    BookingStatus, Capacity, Compass, ContactChannel, Cost, DeliveryMode, ErrorCode, Modality, Population,
    ServiceKind, Weekday,
};
use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::format::capitalize_first;
use crate::intl;
pub use crate::lang::Lang;

/// One part of a compiled message.
#[derive(Debug)]
pub enum Piece {
    /// Literal text.
    Text(&'static str),
    /// `{ $name }`.
    Var(&'static str),
    /// `{ $var -> [one] … *[other] … }`: the first case whose key matches, else `cases[default]`.
    Select {
        /// The number selected on.
        var: &'static str,
        /// Keys and their patterns, in file order.
        cases: &'static [(Key, &'static [Piece])],
        /// Index of the `*` default case.
        default: usize,
    },
}

/// A select variant's key.
#[derive(Debug)]
pub enum Key {
    /// A CLDR plural category: `one`, `other`…
    Category(&'static str),
    /// An exact number, `[0]` (supported for translators; the current files happen not to use it).
    Exact(i64),
}

/// One language's messages: `(id, pattern)`, sorted by id.
pub type Messages = &'static [(&'static str, &'static [Piece])];

/// Every language's messages, by folder name (BCP 47 tag).
pub type Tables = &'static [(&'static str, Messages)];

/// The compiled messages, one set per bundle (made by `build.rs`): a bundle's wasm holds only the set it
/// installs.
pub mod messages {
    use super::{Key, Messages, Piece, Tables};

    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// A value for a message argument.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, shown as is.
    Str(Cow<'a, str>),
    /// A whole number: shown in digits, and selects plural variants.
    Num(i64),
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Str(Cow::Owned(value))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

impl From<usize> for Arg<'_> {
    fn from(value: usize) -> Self {
        Arg::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// What `fl!` expands to call: `get` for messages without arguments. The call with arguments only appears in a
/// closure that is never run (`t!` formats through [`format`]), so it just has to type-check.
#[derive(Debug)]
pub struct Catalog;

impl Catalog {
    /// The message `id` in the current language.
    pub fn get(&self, id: &str) -> String {
        format(id, &[])
    }

    /// `fl!`'s form with arguments, for the compile-time check.
    pub fn get_args_concrete(&self, id: &str, args: HashMap<&str, Arg<'_>>) -> String {
        let args: Vec<(&str, Arg<'_>)> = args.into_iter().collect();
        format(id, &args)
    }
}

static CATALOG: Catalog = Catalog;

thread_local! {
    /// The language signal, installed once by the root component (which lives as long as the page).
    static LOCALE: Cell<Option<RwSignal<Lang>>> = const { Cell::new(None) };
    /// The language messages are rendered in.
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Es) };
    /// The bundle's messages, installed by its root component.
    static TABLES: Cell<Tables> = const { Cell::new(&[]) };
}

/// What `fl!` is given.
pub fn loader() -> &'static Catalog {
    &CATALOG
}

/// Subscribes the current reactive closure to language changes.
pub fn track() {
    if let Some(signal) = LOCALE.with(Cell::get) {
        signal.track();
    }
}

/// A translated message that follows the current language; `t!("id")` or `t!("id", name = value, …)`.
///
/// With arguments, `fl!` checks the id and the argument names (in a closure that is never called); the
/// formatting goes through the one non-generic [`format`], so each call site stays a few bytes of wasm.
#[doc(hidden)]
#[macro_export]
macro_rules! __t {
    ($id:literal) => {{
        $crate::i18n::track();
        $crate::i18n::fl!($crate::i18n::loader(), $id)
    }};
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let _checked_at_compile_time = || $crate::i18n::fl!($crate::i18n::loader(), $id, $($key = ""),+);
        $crate::i18n::format($id, &[$((stringify!($key), $crate::i18n::Arg::from($value))),+])
    }};
}
pub use __t as t;

/// A message without arguments as a reactive text, for a view or an attribute: `tx!("id")`.
///
/// Same check as `t!`, but every call site shares the one closure type of [`text`]: a closure per message would
/// make Leptos instantiate its rendering code once per message, which weighs on the wasm a survivor downloads.
#[doc(hidden)]
#[macro_export]
macro_rules! __tx {
    ($id:literal) => {{
        let _checked_at_compile_time = || $crate::i18n::fl!($crate::i18n::loader(), $id);
        $crate::i18n::text($id)
    }};
}
pub use __tx as tx;

/// What `t!` and `tx!` expand to, so the crates that call them need not name i18n-embed-fl.
#[doc(hidden)]
pub use i18n_embed_fl::fl;

/// The reactive text of message `id` (see `tx!`).
pub fn text(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || format(id, &[])
}

/// Message `id` in the current language (Spanish when the language lacks it), with `args`. An unknown id shows
/// as itself, which `fl!` makes impossible for the ids in the code.
pub fn format(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    track();
    let lang = CURRENT.with(Cell::get);
    let pieces = lookup(lang, id).or_else(|| lookup(Lang::Es, id));
    let mut out = String::new();
    match pieces {
        Some(pieces) => render(pieces, args, lang, &mut out),
        None => out.push_str(id),
    }
    out
}

fn lookup(lang: Lang, id: &str) -> Option<&'static [Piece]> {
    let tables = TABLES.with(Cell::get);
    let (_, messages) = tables.iter().find(|(tag, _)| *tag == lang.tag())?;
    messages
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|i| messages[i].1)
}

fn render(pieces: &[Piece], args: &[(&str, Arg<'_>)], lang: Lang, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(key, _)| *key == name).map(|(_, value)| value);
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => match arg(name) {
                Some(Arg::Str(text)) => out.push_str(text),
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                // Fluent's own way of showing a missing argument.
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select { var, cases, default } => {
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => cases.iter().position(|(key, _)| match key {
                        Key::Exact(exact) => exact == n,
                        Key::Category(category) => *category == plural_category(lang, *n),
                    }),
                    _ => None,
                };
                if let Some((_, pattern)) = cases.get(chosen.unwrap_or(*default)) {
                    render(pattern, args, lang, out);
                }
            }
        }
    }
}

/// The CLDR cardinal plural category of a whole number (CLDR 46 `plurals.xml`, integers only):
/// - Spanish, French, Portuguese: `one` for 1 (French and Brazilian Portuguese also 0), `many` for a non-zero
///   multiple of a million ("1 million de…"), else `other`;
/// - English, Dutch: `one` for 1;
/// - Haitian Creole, Quechua and Guaraní have no CLDR rules; their files use `one` for 1, like Spanish.
fn plural_category(lang: Lang, n: i64) -> &'static str {
    let million = n != 0 && n % 1_000_000 == 0;
    match lang {
        Lang::Fr | Lang::PtBr if n == 0 || n == 1 => "one",
        Lang::Es | Lang::Fr | Lang::PtBr if million => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

/// Makes `signal` the language `t!` follows, and `tables` (the bundle's set of [`messages`]) what it shows.
pub fn install(signal: RwSignal<Lang>, tables: Tables) {
    LOCALE.with(|cell| cell.set(Some(signal)));
    TABLES.with(|cell| cell.set(tables));
}

/// Renders messages in `lang` (Spanish for any it lacks) and sets `<html lang>`. Call before setting
/// the language signal, so the texts re-render with the new bundle.
pub fn activate(lang: Lang) {
    load(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Renders messages in `lang` from now on.
fn load(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// A distance in the current language: "3.2 km", "3,2 km", "850 m".
pub fn distance_text(distance_m: u32) -> String {
    let distance = crate::format::Distance::new(distance_m);
    let value = intl::number(distance.value, distance.decimals, CURRENT.with(Cell::get));
    if distance.kilometres {
        t!("distance-kilometres", value = value)
    } else {
        t!("distance-metres", value = value)
    }
}

/// A language's name in the interface language (`bzj` → "Kriol beliceño"): from the CLDR table every part of
/// Ruta shares (`ruta-names`, with hand-written names where CLDR has none), so every language the directory
/// indexes is named in every interface language; the browser's name only for a language outside the table (a
/// code an imported directory brought), and the code only where the browser has no name either.
pub fn language_name(code: &str, lang: Lang) -> String {
    if let Some(name) = ruta_names::language(code, lang.tag()) {
        return name.to_owned();
    }
    intl::display_name("language", code, lang)
        .map(|name| capitalize_first(&name))
        .unwrap_or_else(|| code.to_owned())
}

/// The purpose of an emergency number, as a label in the reader's language.
pub fn purpose_label(purpose: api_types::EmergencyPurpose) -> String {
    match purpose {
        api_types::EmergencyPurpose::General => t!("purpose-general"),
        api_types::EmergencyPurpose::Police => t!("purpose-police"),
        api_types::EmergencyPurpose::Ambulance => t!("purpose-ambulance"),
        api_types::EmergencyPurpose::Fire => t!("purpose-fire"),
        api_types::EmergencyPurpose::Women => t!("purpose-women"),
        api_types::EmergencyPurpose::Children => t!("purpose-children"),
        api_types::EmergencyPurpose::HumanRights => t!("purpose-human_rights"),
        api_types::EmergencyPurpose::Migrants => t!("purpose-migrants"),
        api_types::EmergencyPurpose::CoastGuard => t!("purpose-coast_guard"),
        api_types::EmergencyPurpose::CivilProtection => t!("purpose-civil_protection"),
    }
}

/// Who a line is for, as a label in the reader's language.
pub fn focus_label(focus: api_types::LineFocus) -> String {
    match focus {
        api_types::LineFocus::Trafficking => t!("focus-trafficking"),
        api_types::LineFocus::Women => t!("focus-women"),
        api_types::LineFocus::Children => t!("focus-children"),
        api_types::LineFocus::HumanRights => t!("focus-human_rights"),
        api_types::LineFocus::Migrants => t!("focus-migrants"),
        api_types::LineFocus::Labour => t!("focus-labour"),
        api_types::LineFocus::Lgbtq => t!("focus-lgbtq"),
        api_types::LineFocus::MentalHealth => t!("focus-mental_health"),
    }
}

/// Why someone reports a listing as wrong, translated.
pub fn report_reason(reason: api_types::manage::ProblemReason) -> String {
    use api_types::manage::ProblemReason::*;
    match reason {
        NoAnswer => t!("report-no_answer"),
        WrongNumber => t!("report-wrong_number"),
        Closed => t!("report-closed"),
        WrongAddress => t!("report-wrong_address"),
        WrongHours => t!("report-wrong_hours"),
        NotAsDescribed => t!("report-not_as_described"),
        Other => t!("report-other"),
    }
}

/// A kind of service, translated.
pub fn kind_name(kind: ServiceKind) -> String {
    match kind {
        ServiceKind::Shelter => t!("kind-shelter"),
        ServiceKind::Psychosocial => t!("kind-psychosocial"),
        ServiceKind::Hotline => t!("kind-hotline"),
        ServiceKind::Legal => t!("kind-legal"),
        ServiceKind::Health => t!("kind-health"),
        ServiceKind::FoodClothing => t!("kind-food_clothing"),
        ServiceKind::EmploymentTraining => t!("kind-employment_training"),
        ServiceKind::Education => t!("kind-education"),
        ServiceKind::DocumentsMigration => t!("kind-documents_migration"),
        ServiceKind::Repatriation => t!("kind-repatriation"),
        ServiceKind::FinancialAid => t!("kind-financial_aid"),
        ServiceKind::Other => t!("kind-other"),
    }
}

/// A population served, translated.
pub fn population_name(population: Population) -> String {
    match population {
        Population::Women => t!("population-women"),
        Population::Men => t!("population-men"),
        Population::Lgbtq => t!("population-lgbtq"),
        Population::Children => t!("population-children"),
        Population::Adolescents => t!("population-adolescents"),
        Population::Families => t!("population-families"),
        Population::Migrants => t!("population-migrants"),
        Population::IndigenousPeoples => t!("population-indigenous_peoples"),
        Population::PeopleWithDisabilities => t!("population-people_with_disabilities"),
        Population::SexualExploitation => t!("population-sexual_exploitation"),
        Population::LabourExploitation => t!("population-labour_exploitation"),
        Population::OtherExploitation => t!("population-other_exploitation"),
    }
}

/// Cost, translated.
pub fn cost_name(cost: Cost) -> String {
    match cost {
        Cost::Free => t!("cost-free"),
        Cost::Low => t!("cost-low"),
        Cost::Unknown => t!("cost-unknown"),
        Cost::Paid => t!("cost-paid"),
    }
}

/// A delivery mode, translated.
pub fn delivery_name(mode: DeliveryMode) -> String {
    match mode {
        DeliveryMode::InPerson => t!("delivery-in_person"),
        DeliveryMode::Phone => t!("delivery-phone"),
        DeliveryMode::Video => t!("delivery-video"),
        DeliveryMode::Chat => t!("delivery-chat"),
    }
}

/// Places available, translated.
pub fn capacity_name(capacity: Capacity) -> String {
    match capacity {
        Capacity::Available => t!("capacity-available"),
        Capacity::Limited => t!("capacity-limited"),
        Capacity::Full => t!("capacity-full"),
        Capacity::Unknown => t!("capacity-unknown"),
    }
}

/// "Open now" / "Closed now" / "Hours not given".
pub fn open_now_text(open_now: Option<bool>) -> String {
    match open_now {
        Some(true) => t!("open-now"),
        Some(false) => t!("closed-now"),
        None => t!("hours-unknown"),
    }
}

/// A compass point, abbreviated and translated (`NE`, `SO`…).
pub fn compass_name(compass: Compass) -> String {
    match compass {
        Compass::N => t!("compass-n"),
        Compass::NE => t!("compass-ne"),
        Compass::E => t!("compass-e"),
        Compass::SE => t!("compass-se"),
        Compass::S => t!("compass-s"),
        Compass::SW => t!("compass-sw"),
        Compass::W => t!("compass-w"),
        Compass::NW => t!("compass-nw"),
    }
}

/// A day of the week, translated.
pub fn weekday_name(day: Weekday) -> String {
    match day {
        Weekday::Mon => t!("weekday-mon"),
        Weekday::Tue => t!("weekday-tue"),
        Weekday::Wed => t!("weekday-wed"),
        Weekday::Thu => t!("weekday-thu"),
        Weekday::Fri => t!("weekday-fri"),
        Weekday::Sat => t!("weekday-sat"),
        Weekday::Sun => t!("weekday-sun"),
    }
}

/// A week's opening hours as lines of (days, times): "lunes a viernes", "08:00–17:00"; a day that is closed says
/// so.
pub fn week_lines(intervals: &[api_types::OpeningInterval]) -> Vec<(String, String)> {
    crate::format::group_hours(intervals)
        .into_iter()
        .map(|group| {
            let days = if group.first == group.last {
                weekday_name(group.first)
            } else {
                t!(
                    "day-range",
                    first = weekday_name(group.first),
                    last = weekday_name(group.last)
                )
            };
            let spans = if group.spans.is_empty() {
                t!("hours-closed")
            } else {
                group.spans.join(", ")
            };
            (days, spans)
        })
        .collect()
}

/// What a failed request means for the person, from the API's error code.
pub fn failure_text(failure: &ApiFailure) -> String {
    match failure {
        ApiFailure::Network => t!("error-network"),
        ApiFailure::Declined(reason) => t!("error-registration_declined", reason = reason.clone()),
        ApiFailure::Api { code, field } => {
            let field = field_name(field.as_deref());
            match code {
                ErrorCode::InvalidParameter => t!("error-invalid_parameter", field = field),
                ErrorCode::MissingParameter => t!("error-missing_parameter", field = field),
                ErrorCode::NotFound => t!("error-not_found"),
                ErrorCode::NoRoute => t!("error-no_route"),
                ErrorCode::InvalidField => t!("error-invalid_field", field = field),
                ErrorCode::Conflict => t!("error-conflict", field = field),
                ErrorCode::Unauthorized => t!("error-unauthorized"),
                ErrorCode::Forbidden => t!("error-forbidden"),
                ErrorCode::AccountPending => t!("error-account_pending"),
                ErrorCode::RegistrationDeclined => t!("error-registration_declined", reason = String::new()),
                ErrorCode::CrossOrigin => t!("error-cross_origin"),
                ErrorCode::RateLimited => t!("error-rate_limited"),
                ErrorCode::PayloadTooLarge => t!("error-payload_too_large"),
                ErrorCode::ImportRunning => t!("error-import_running"),
                ErrorCode::PreconditionRequired => t!("error-precondition_required"),
                ErrorCode::PreconditionFailed => t!("error-precondition_failed"),
                ErrorCode::MethodNotAllowed => t!("error-method_not_allowed"),
                ErrorCode::Unavailable => t!("error-unavailable"),
                // The screens that can meet `slot_taken` say it themselves; a code from a newer server gets
                // the generic message, as before.
                ErrorCode::Internal | ErrorCode::SlotTaken | ErrorCode::Unknown => t!("error-internal"),
            }
        }
    }
}

/// The API's parameter names, in words.
fn field_name(field: Option<&str>) -> String {
    match field {
        Some("place") => t!("field-place"),
        Some("lat" | "lon") => t!("field-location"),
        Some("radius_m") => t!("field-radius"),
        Some("id") => t!("field-service"),
        Some("email") => t!("field-email"),
        Some("password") => t!("field-password"),
        Some(
            "kind" | "language" | "population" | "cost" | "delivery" | "open_now" | "q" | "lang" | "limit"
            | "remote_limit",
        )
        | None => t!("field-filters"),
        Some(_) => t!("field-form"),
    }
}

/// How a remote session happens, translated (the words of the matching delivery mode).
pub fn modality_name(modality: Modality) -> String {
    match modality {
        Modality::Video => delivery_name(DeliveryMode::Video),
        Modality::Phone => delivery_name(DeliveryMode::Phone),
        Modality::Chat => delivery_name(DeliveryMode::Chat),
    }
}

/// A counsellor's speciality (named as the population it is), translated.
pub fn speciality_name(speciality: &str) -> String {
    speciality
        .parse::<Population>()
        .map_or_else(|_| speciality.to_owned(), population_name)
}

/// A booking's status as the person who booked reads it; nothing for a status from a newer server (there are no
/// words for it in this build, and its wire name would mean nothing to the reader).
pub fn booking_status_name(status: BookingStatus) -> String {
    match status {
        BookingStatus::Requested => t!("booking-status-requested"),
        BookingStatus::Confirmed => t!("booking-status-confirmed"),
        BookingStatus::Declined => t!("booking-status-declined"),
        BookingStatus::Cancelled => t!("booking-status-cancelled"),
        BookingStatus::Completed => t!("booking-status-completed"),
        BookingStatus::NoShow => t!("booking-status-no_show"),
        BookingStatus::Unknown => String::new(),
    }
}

/// A contact channel, translated.
pub fn channel_name(channel: ContactChannel) -> String {
    match channel {
        ContactChannel::Phone => t!("booking-channel-phone"),
        ContactChannel::Whatsapp => t!("booking-channel-whatsapp"),
        ContactChannel::Signal => t!("booking-channel-signal"),
        ContactChannel::Email => t!("booking-channel-email"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr_for_whole_numbers() {
        assert_eq!(plural_category(Lang::Es, 0), "other");
        assert_eq!(plural_category(Lang::Es, 1), "one");
        assert_eq!(plural_category(Lang::Fr, 0), "one");
        assert_eq!(plural_category(Lang::PtBr, 0), "one");
        assert_eq!(plural_category(Lang::PtBr, 2), "other");
        assert_eq!(plural_category(Lang::Es, 2_000_000), "many");
        assert_eq!(plural_category(Lang::En, 2_000_000), "other");
        assert_eq!(plural_category(Lang::Nl, 1), "one");
        assert_eq!(plural_category(Lang::Qu, 3), "other");
    }

    #[test]
    fn messages_render_in_the_current_language_with_their_arguments() {
        TABLES.with(|cell| cell.set(messages::STAFF));
        for lang in Lang::ALL {
            load(lang);
            assert_ne!(kind_name(ServiceKind::Shelter), "kind-shelter");
            assert_eq!(
                t!("result-distance", distance = "3.2 km", direction = "NE"),
                "3.2 km NE"
            );
        }
        load(Lang::En);
        assert_eq!(
            t!("results-count", count = 1_usize, radius = "50 km"),
            "One place within 50 km"
        );
        assert_eq!(
            t!("results-count", count = 7_usize, radius = "50 km"),
            "7 places within 50 km"
        );
        assert_eq!(compass_name(Compass::SW), "SW");
        assert_eq!(t!("home-heading"), "Find help near…");
        load(Lang::Es);
        assert_eq!(compass_name(Compass::SW), "SO");
        assert_eq!(
            t!("results-count", count = 1_usize, radius = "5 km"),
            "Un lugar a menos de 5 km"
        );
        assert_eq!(text("quick-exit")(), "Salir rápido");
    }

    #[test]
    fn every_language_has_a_table_with_every_spanish_message_sorted() {
        let ids = |messages: &'static [(&'static str, &'static [Piece])]| {
            messages.iter().map(|m| m.0).collect::<Vec<_>>()
        };
        for tables in [messages::SURVIVOR, messages::BOOKING, messages::STAFF] {
            let spanish = tables.iter().find(|(tag, _)| *tag == "es").map(|t| ids(t.1));
            for lang in Lang::ALL {
                let table = tables.iter().find(|(tag, _)| *tag == lang.tag());
                assert!(table.is_some(), "locales/{} is missing", lang.tag());
                let table = table.map(|t| t.1).unwrap_or_default();
                assert_eq!(Some(ids(table)), spanish, "{}", lang.tag());
                assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
            }
            assert_eq!(
                tables.len(),
                Lang::ALL.len(),
                "a locales/ folder the app does not offer"
            );
        }
    }

    #[test]
    fn each_bundle_carries_only_the_messages_of_its_screens() {
        let carries = |tables: Tables, prefix: &str| {
            tables
                .iter()
                .all(|(_, messages)| messages.iter().any(|(id, _)| id.starts_with(prefix)))
        };
        assert!(!carries(messages::SURVIVOR, "staff-") && !carries(messages::SURVIVOR, "booking-"));
        assert!(!carries(messages::BOOKING, "staff-") && carries(messages::BOOKING, "booking-"));
        assert!(carries(messages::STAFF, "staff-") && carries(messages::STAFF, "booking-"));
    }

    #[test]
    fn selects_pick_exact_numbers_then_plural_categories_then_the_default() {
        static CASES: &[(Key, &[Piece])] = &[
            (Key::Exact(0), &[Piece::Text("none")]),
            (Key::Category("one"), &[Piece::Text("one")]),
            (Key::Category("other"), &[Piece::Var("n"), Piece::Text(" many")]),
        ];
        let pieces = [Piece::Select {
            var: "n",
            cases: CASES,
            default: 2,
        }];
        let say = |args: &[(&str, Arg<'_>)]| {
            let mut out = String::new();
            render(&pieces, args, Lang::En, &mut out);
            out
        };
        assert_eq!(say(&[("n", Arg::Num(0))]), "none");
        assert_eq!(say(&[("n", Arg::Num(1))]), "one");
        assert_eq!(say(&[("n", Arg::Num(5))]), "5 many");
        assert_eq!(say(&[("n", Arg::from("x"))]), "x many");
        assert_eq!(say(&[]), "{$n} many");
    }
}
