//! Fluent messages: the embedded `locales/<lang>/ruta_app.ftl` files, the current language, and `t!`.
//!
//! Every visible string goes through `t!("id", arg = value)`, which reads the current language signal (so the
//! text re-renders when the language changes) and calls `fl!`, which checks the id and its arguments against
//! the Spanish file at compile time.

use std::cell::Cell;
use std::sync::LazyLock;

use api_types::{Capacity, Compass, Cost, DeliveryMode, Population, ServiceKind, Weekday};
use fluent::{FluentArgs, FluentValue};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use leptos::prelude::*;
use rust_embed::RustEmbed;

use crate::api::ApiFailure;

#[derive(RustEmbed)]
#[folder = "../locales/"]
struct Localizations;

static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // Spanish is compiled in; if it failed to load every message would show its id, which is still usable.
    let _ = loader.load_fallback_language(&Localizations);
    loader.set_use_isolating(false);
    loader
});

thread_local! {
    /// The language signal, installed once by the root component (which lives as long as the page).
    static LOCALE: Cell<Option<RwSignal<Lang>>> = const { Cell::new(None) };
}

/// The loader `t!` reads from.
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

/// Subscribes the current reactive closure to language changes.
pub fn track() {
    if let Some(signal) = LOCALE.with(Cell::get) {
        signal.track();
    }
}

/// A translated message that follows the current language; `t!("id")` or `t!("id", name = value, …)`.
///
/// With arguments, `fl!` only checks the id and the argument names against the Spanish file at compile time (in a
/// closure that is never called); the formatting itself goes through the one non-generic [`format`], so each call
/// site stays a few bytes of wasm instead of an inlined hash map.
macro_rules! t {
    ($id:literal) => {{
        $crate::i18n::track();
        ::i18n_embed_fl::fl!(crate::i18n::loader(), $id)
    }};
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let _checked_at_compile_time = || ::i18n_embed_fl::fl!(crate::i18n::loader(), $id, $($key = ""),+);
        $crate::i18n::format($id, &[$((stringify!($key), ::fluent::FluentValue::from($value))),+])
    }};
}
pub(crate) use t;

/// A message without arguments as a reactive text, for a view or an attribute: `tx!("id")`.
///
/// Same check as `t!` (the `fl!` in the closure that is never called verifies the id at compile time), but every
/// call site shares the one closure type of [`text`]: a closure per message would make Leptos instantiate its
/// rendering code once per message, which weighs on the wasm a survivor downloads.
macro_rules! tx {
    ($id:literal) => {{
        let _checked_at_compile_time = || ::i18n_embed_fl::fl!(crate::i18n::loader(), $id);
        $crate::i18n::text($id)
    }};
}
pub(crate) use tx;

/// Formats message `id` with `args` in the current language (see `t!`).
pub fn format(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    track();
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (key, value) in args {
        fluent_args.set(*key, value.clone());
    }
    LOADER.get_args_fluent(id, Some(&fluent_args))
}

/// The reactive text of message `id` (see `tx!`).
pub fn text(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || {
        track();
        LOADER.get(id)
    }
}

/// A language the app is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish, the default.
    Es,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order of the picker.
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    /// BCP 47 tag, as sent in `lang=` and set on `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the picker. These are the same in every locale, so they are not
    /// Fluent messages.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
        }
    }

    /// From a tag such as `en-US`, by its primary language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    fn langid(self) -> Option<LanguageIdentifier> {
        self.tag().parse().ok()
    }
}

/// Makes `signal` the language `t!` follows.
pub fn install(signal: RwSignal<Lang>) {
    LOCALE.with(|cell| cell.set(Some(signal)));
}

/// Loads `lang`'s messages (Spanish stays loaded as the fallback) and sets `<html lang>`. Call before setting
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

/// Loads `lang`'s messages, Spanish staying loaded as the fallback.
fn load(lang: Lang) {
    if let Some(id) = lang.langid() {
        let _ = LOADER.load_languages(&Localizations, &[id]);
        // Bundles are rebuilt on every load; no Unicode isolation marks around arguments in plain HTML text.
        LOADER.set_use_isolating(false);
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

/// What a failed request means for the person, from the API's error code.
pub fn failure_text(failure: &ApiFailure) -> String {
    match failure {
        ApiFailure::Network => t!("error-network"),
        ApiFailure::Api { code, field } => {
            let field = field_name(field.as_deref());
            match code.as_str() {
                "invalid_parameter" => t!("error-invalid_parameter", field = field),
                "missing_parameter" => t!("error-missing_parameter", field = field),
                "not_found" => t!("error-not_found"),
                "no_route" => t!("error-no_route"),
                _ => t!("error-internal"),
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
        _ => t!("field-filters"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_app_languages() {
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ES_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt-BR"), None);
    }

    #[test]
    fn every_message_used_exists_in_both_languages() {
        for lang in Lang::ALL {
            load(lang);
            assert_eq!(loader().current_language().language.as_str(), lang.tag());
            assert_ne!(kind_name(ServiceKind::Shelter), "kind-shelter");
            assert_eq!(
                t!("result-distance", distance = "3.2 km", direction = "NE"),
                "3.2 km NE"
            );
        }
        load(Lang::En);
        assert_eq!(
            t!("results-count", count = 1, radius = "50 km"),
            "One place within 50 km"
        );
        assert_eq!(
            t!("results-count", count = 7, radius = "50 km"),
            "7 places within 50 km"
        );
        assert_eq!(compass_name(Compass::SW), "SW");
        load(Lang::Es);
        assert_eq!(compass_name(Compass::SW), "SO");
    }
}
