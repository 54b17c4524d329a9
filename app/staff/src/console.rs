//! The hotline operator's console: on a call, find the right service in seconds and hand over what the person
//! needs. Keyboard first (desktop), still usable on a 360 px phone:
//! - `/` goes to the place box; typing a town lists places, ↑/↓ pick one and Enter searches from it;
//! - ↑/↓ (or `j`/`k`) move through the results, Enter opens one, Esc goes back to the list;
//! - `c` composes the referral in the caller's language and copies it (it is also shown selected, so Ctrl+C
//!   works where the clipboard is refused), `s` opens a text message with it;
//! - `?` shows the list of keys, which the help line under the heading also gives.
//!
//! Operators see what the public never does: the exact address of confidential shelters and how intake works.
//! The warm-handoff note lives in this page's memory only: it is never sent, and a new search clears it.

use std::collections::BTreeSet;
use std::time::Duration;

use api_types::{
    Capacity, Cost, DeliveryMode, LanguageCode, OperatorDetails, OperatorHit, OperatorRemoteHit,
    OperatorSearchResponse, Phone, Place, Population, ReferralInput, ReferralMessage, ServiceKind,
    ServiceStatus, WeeklyHours,
};
use js_sys::{Function, Promise, Reflect};
use leptos::ev;
use leptos::html;
use leptos::leptos_dom::helpers::{TimeoutHandle, request_animation_frame, window_event_listener};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{DeliveryFilter, Filters, SearchOrigin, SearchQuery};
use ruta_ui::api::{Latest, json_body, lookup_places, send};
use ruta_ui::components::{LinkStyle, PhoneLinks};
use ruta_ui::format::{filter_languages, group_hours};
use ruta_ui::i18n;
use ruta_ui::i18n::{
    Lang, capacity_name, cost_name, delivery_name, distance_text, failure_text, kind_name, open_now_text,
    population_name, t, tx, weekday_name,
};
use ruta_ui::intl;
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{Staff, use_staff};

/// How long typing must pause before the places are looked up.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// The populations offered as a filter, as in the public results.
const POPULATIONS: [Population; 9] = [
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

/// What the caller needs, as the form says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Need {
    kind: Option<ServiceKind>,
    language: Option<String>,
    population: Option<Population>,
    free: bool,
    open_now: bool,
    delivery: DeliveryFilter,
    /// Places free, at least (0: any).
    min_beds: u32,
    /// Confirmed within this many days.
    verified_within_days: Option<u32>,
}

impl Need {
    /// `/api/v1/operator/search?…` from `place`, names in `lang`.
    fn url(&self, place: &Place, lang: Lang) -> String {
        let mut query = SearchQuery::new(SearchOrigin::Place {
            id: place.id,
            name: place.name.clone(),
        });
        query.filters = Filters {
            kinds: self.kind.into_iter().collect::<BTreeSet<_>>(),
            populations: self.population.into_iter().collect::<BTreeSet<_>>(),
            language: self.language.clone(),
            free: self.free,
            open_now: self.open_now,
            delivery: self.delivery,
        };
        let mut url = format!("/api/v1/operator/search?{}", query.to_query_string(lang.tag()));
        if self.min_beds > 0 {
            url.push_str(&format!("&min_beds={}", self.min_beds));
        }
        if let Some(days) = self.verified_within_days {
            url.push_str(&format!("&verified_within_days={days}"));
        }
        url
    }
}

/// One service in the results, nearby or remote, with what only operators see.
#[derive(Debug, Clone)]
struct Row {
    id: Uuid,
    name: String,
    name_lang: String,
    kinds: Vec<ServiceKind>,
    /// Distance to the door (or to the approximate area when the exact one is missing); `None` for remote help.
    distance_m: Option<u32>,
    open_now: Option<bool>,
    always_open: bool,
    confidential: bool,
    demo: bool,
    languages: Vec<LanguageCode>,
    populations: Vec<Population>,
    cost: Cost,
    delivery: Vec<DeliveryMode>,
    status: ServiceStatus,
    phones: Vec<Phone>,
    operator: OperatorDetails,
}

impl Row {
    fn nearby(found: OperatorHit) -> Self {
        let OperatorHit { hit, operator } = found;
        Self {
            id: hit.id,
            name: hit.name,
            name_lang: hit.name_lang,
            kinds: hit.kinds,
            distance_m: Some(operator.distance_m.unwrap_or(hit.distance_m)),
            open_now: hit.open_now,
            always_open: operator.hours.as_ref().is_some_and(|h| h.always_open),
            confidential: hit.confidential,
            demo: hit.demo,
            languages: hit.languages,
            populations: hit.populations,
            cost: hit.cost,
            delivery: hit.delivery,
            status: hit.status,
            phones: hit.phones,
            operator,
        }
    }

    fn remote(found: OperatorRemoteHit) -> Self {
        let OperatorRemoteHit { hit, operator } = found;
        Self {
            id: hit.id,
            name: hit.name,
            name_lang: hit.name_lang,
            kinds: hit.kinds,
            distance_m: None,
            open_now: hit.open_now,
            always_open: hit.always_open,
            // Remote help has no door to keep secret.
            confidential: false,
            demo: hit.demo,
            languages: hit.languages,
            populations: hit.populations,
            cost: hit.cost,
            delivery: hit.delivery,
            status: ServiceStatus::Active,
            phones: hit.phones,
            operator,
        }
    }
}

/// A search's answer, flattened: nearby services first, then remote ones (one list for ↑/↓).
#[derive(Debug, Clone)]
struct Found {
    rows: Vec<Row>,
    nearby: usize,
    radius_m: u32,
    demo: bool,
}

impl Found {
    fn from(answer: OperatorSearchResponse) -> Self {
        let nearby = answer.results.len();
        let rows = answer
            .results
            .into_iter()
            .map(Row::nearby)
            .chain(answer.remote.into_iter().map(Row::remote))
            .collect();
        Self {
            rows,
            nearby,
            radius_m: answer.radius_m,
            demo: answer.demo,
        }
    }
}

/// Where the place lookup stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lookup {
    Idle,
    Searching,
    NoMatch,
    Failed(String),
}

/// The console's state; all signals, so copying it is free.
#[derive(Debug, Clone, Copy)]
struct Ui {
    staff: Staff,
    typed: RwSignal<String>,
    suggestions: RwSignal<Vec<Place>>,
    highlighted: RwSignal<Option<usize>>,
    lookup: RwSignal<Lookup>,
    place: RwSignal<Option<Place>>,
    need: RwSignal<Need>,
    caller: RwSignal<Lang>,
    found: RwSignal<Option<Found>>,
    loading: RwSignal<bool>,
    /// The result the arrows are on.
    cursor: RwSignal<Option<usize>>,
    /// The result whose details are open.
    open: RwSignal<Option<usize>>,
    /// The last referral composed: for which service, in which language.
    referral: RwSignal<Option<(Uuid, Lang, ReferralMessage)>>,
    composing: RwSignal<bool>,
    /// The warm-handoff note: memory only.
    note: RwSignal<String>,
    show_keys: RwSignal<bool>,
    /// What the live region says (results count, "copied").
    said: RwSignal<String>,
    /// Focus the results when the next answer arrives (after picking a place).
    focus_results: StoredValue<bool>,
    places: Latest,
    search: Latest,
    debounce: StoredValue<Option<TimeoutHandle>>,
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Focuses the element with `id` once the view has caught up with the state.
fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = element(&id) {
            let _ = el.focus();
        }
    });
}

fn hit_id(i: usize) -> String {
    format!("console-hit-{i}")
}

/// Whether keys typed at `target` are text (a field), not shortcuts. Read-only fields (the referral) are not.
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let readonly = el.has_attribute("readonly");
    match tag.as_str() {
        "textarea" => !readonly,
        "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !readonly && !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit")
        }
        _ => el.get_attribute("contenteditable").is_some_and(|v| v != "false"),
    }
}

/// `navigator.clipboard.writeText(text)`; false where the browser has no clipboard or refuses.
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let promise = (|| {
        let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return None;
        }
        let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    })();
    match promise {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// `sms:?&body=…`: the phone's messaging app with the referral, recipient left for the operator to fill.
fn sms_link(body: &str) -> String {
    format!("sms:?&body={}", String::from(js_sys::encode_uri_component(body)))
}

impl Ui {
    fn new(staff: Staff) -> Self {
        Self {
            staff,
            typed: RwSignal::new(String::new()),
            suggestions: RwSignal::new(Vec::new()),
            highlighted: RwSignal::new(None),
            lookup: RwSignal::new(Lookup::Idle),
            place: RwSignal::new(None),
            need: RwSignal::new(Need::default()),
            caller: RwSignal::new(Lang::Es),
            found: RwSignal::new(None),
            loading: RwSignal::new(false),
            cursor: RwSignal::new(None),
            open: RwSignal::new(None),
            referral: RwSignal::new(None),
            composing: RwSignal::new(false),
            note: RwSignal::new(String::new()),
            show_keys: RwSignal::new(false),
            said: RwSignal::new(String::new()),
            focus_results: StoredValue::new(false),
            places: Latest::new(),
            search: Latest::new(),
            debounce: StoredValue::new(None),
        }
    }

    fn rows_len(self) -> usize {
        self.found
            .with_untracked(|f| f.as_ref().map_or(0, |f| f.rows.len()))
    }

    fn row(self, i: usize) -> Option<Row> {
        self.found
            .with_untracked(|f| f.as_ref().and_then(|f| f.rows.get(i).cloned()))
    }

    /// Looks the typed town up after a pause.
    fn typing(self, text: &str) {
        self.typed.set(text.to_owned());
        if let Some(Some(handle)) = self.debounce.try_update_value(Option::take) {
            handle.clear();
        }
        let query = text.trim().to_owned();
        if query.chars().count() < 2 {
            self.places.cancel();
            self.suggestions.set(Vec::new());
            self.highlighted.set(None);
            self.lookup.set(Lookup::Idle);
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                self.lookup.set(Lookup::Searching);
                lookup_places(self.places, &query, move |result| match result {
                    Ok(list) => {
                        self.lookup.set(if list.places.is_empty() {
                            Lookup::NoMatch
                        } else {
                            Lookup::Idle
                        });
                        self.highlighted.set(None);
                        self.suggestions.set(list.places);
                    }
                    Err(failure) => {
                        self.suggestions.set(Vec::new());
                        self.lookup.set(Lookup::Failed(failure_text(&failure)));
                    }
                });
            },
            DEBOUNCE,
        )
        .ok();
        self.debounce.set_value(handle);
    }

    /// Searches from `place`: a new search, so the handoff note and the last referral go.
    fn pick(self, place: Place) {
        self.places.cancel();
        self.suggestions.set(Vec::new());
        self.highlighted.set(None);
        self.lookup.set(Lookup::Idle);
        self.typed.set(place.name.clone());
        self.note.set(String::new());
        self.referral.set(None);
        self.open.set(None);
        self.cursor.set(None);
        self.focus_results.set_value(true);
        self.place.set(Some(place));
    }

    /// Runs the search for the current place and need (the effect calls it).
    fn run_search(self, place: Place, need: &Need, lang: Lang) {
        self.loading.set(true);
        self.said.set(t!("results-loading"));
        self.search
            .run::<OperatorSearchResponse, _>(need.url(&place, lang), move |result| {
                self.loading.set(false);
                match result {
                    Ok(answer) => {
                        let found = Found::from(answer);
                        let remote = found.rows.len() - found.nearby;
                        self.said.set(t!(
                            "staff-console-results",
                            count = found.nearby,
                            remote = remote,
                            radius = distance_text(found.radius_m),
                            place = place.name.clone()
                        ));
                        // The same search again (another filter, another language): the result that was open
                        // or under the cursor stays so, wherever the new list puts it.
                        let id_at = |i: Option<usize>| i.and_then(|i| self.row(i)).map(|r| r.id);
                        let (open, cursor) = (
                            id_at(self.open.get_untracked()),
                            id_at(self.cursor.get_untracked()),
                        );
                        let index_of =
                            |id: Option<Uuid>| id.and_then(|id| found.rows.iter().position(|r| r.id == id));
                        self.cursor.set(index_of(cursor));
                        self.open.set(index_of(open));
                        self.found.set(Some(found));
                        if self.focus_results.try_update_value(std::mem::take) == Some(true) {
                            focus_soon("console-results".to_owned());
                        }
                    }
                    Err(failure) => {
                        self.said.set(failure_text(&failure));
                        self.staff.failed(&failure);
                    }
                }
            });
    }

    /// Moves the arrow cursor by `step` and focuses that result.
    fn step(self, step: isize) {
        let len = self.rows_len();
        if len == 0 {
            return;
        }
        let next = match self.cursor.get_untracked() {
            None if step > 0 => 0,
            None => len - 1,
            Some(i) => i.saturating_add_signed(step).min(len - 1),
        };
        self.open.set(None);
        self.cursor.set(Some(next));
        focus_soon(hit_id(next));
    }

    fn open_row(self, i: usize) {
        if i >= self.rows_len() {
            return;
        }
        self.cursor.set(Some(i));
        self.open.set(Some(i));
        focus_soon("console-detail-name".to_owned());
    }

    fn close(self) {
        if let Some(i) = self.open.get_untracked() {
            self.open.set(None);
            focus_soon(hit_id(i));
        }
    }

    /// The result the keys act on: the open one, else the one the cursor is on.
    fn current(self) -> Option<usize> {
        self.open.get_untracked().or(self.cursor.get_untracked())
    }

    /// Composes the referral for result `i` (once per service and language: each one is counted), shows it
    /// selected, copies it; with `sms`, then opens the text message.
    fn compose(self, i: usize, sms: bool) {
        let Some(row) = self.row(i) else { return };
        if self.open.get_untracked() != Some(i) {
            self.cursor.set(Some(i));
            self.open.set(Some(i));
        }
        let caller = self.caller.get_untracked();
        let known = self.referral.with_untracked(|r| {
            r.as_ref()
                .filter(|(id, lang, _)| *id == row.id && *lang == caller)
                .cloned()
        });
        if let Some((_, _, message)) = known {
            self.deliver(message, sms);
            return;
        }
        if self.composing.get_untracked() {
            return;
        }
        let Ok(language) = LanguageCode::parse(caller.tag()) else {
            return;
        };
        let kind = self.need.get_untracked().kind.filter(|k| row.kinds.contains(k));
        let input = ReferralInput {
            service_id: row.id,
            language,
            place_id: self.place.with_untracked(|p| p.as_ref().map(|p| p.id)),
            kind,
        };
        self.composing.set(true);
        self.said.set(t!("staff-console-composing"));
        spawn_local(async move {
            let answer = send::<ReferralMessage>("POST", "/api/v1/referrals", json_body(&input)).await;
            self.composing.set(false);
            match answer {
                Ok(message) => {
                    self.referral.set(Some((row.id, caller, message.clone())));
                    self.deliver(message, sms);
                }
                Err(failure) => {
                    self.said.set(failure_text(&failure));
                    self.staff.failed(&failure);
                }
            }
        });
    }

    /// Shows the referral selected in its box, copies it, and opens the text message if asked.
    fn deliver(self, message: ReferralMessage, sms: bool) {
        request_animation_frame(move || {
            if let Some(el) = element("referral-text") {
                let _ = el.focus();
                if let Ok(select) = Reflect::get(&el, &JsValue::from_str("select"))
                    && let Ok(select) = select.dyn_into::<Function>()
                {
                    let _ = select.call0(&el);
                }
            }
            if sms && let Some(link) = element("referral-sms") {
                link.click();
            }
        });
        if sms {
            self.said.set(t!("staff-console-sms-opened"));
            return;
        }
        spawn_local(async move {
            let copied = copy_to_clipboard(&message.text).await;
            self.said.set(if copied {
                t!("staff-console-copied")
            } else {
                t!("staff-console-copy-yourself")
            });
        });
    }

    /// The console's keys, wherever the focus is (letters only outside text fields).
    fn key(self, ev: &web_sys::KeyboardEvent) {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.is_composing() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            if self.open.get_untracked().is_some() {
                ev.prevent_default();
                self.close();
            } else if self.show_keys.get_untracked() {
                self.show_keys.set(false);
            }
            return;
        }
        if is_typing(ev.target()) {
            return;
        }
        match key.as_str() {
            "/" => {
                ev.prevent_default();
                if let Some(input) = element("console-place") {
                    let _ = input.focus();
                    if let Ok(select) = Reflect::get(&input, &JsValue::from_str("select"))
                        && let Ok(select) = select.dyn_into::<Function>()
                    {
                        let _ = select.call0(&input);
                    }
                }
            }
            "?" => {
                ev.prevent_default();
                self.show_keys.update(|s| *s = !*s);
            }
            "ArrowDown" | "j" if self.rows_len() > 0 => {
                ev.prevent_default();
                self.step(1);
            }
            "ArrowUp" | "k" if self.rows_len() > 0 => {
                ev.prevent_default();
                self.step(-1);
            }
            "c" | "s" => {
                if let Some(i) = self.current() {
                    ev.prevent_default();
                    self.compose(i, key == "s");
                }
            }
            _ => {}
        }
    }

    /// Keys in the place box: the suggestions are a list box the arrows move through.
    fn place_key(self, ev: &web_sys::KeyboardEvent) {
        let count = self.suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                self.highlighted.update(|h| {
                    *h = Some(match (*h, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                });
            }
            "ArrowDown" if self.rows_len() > 0 => {
                ev.prevent_default();
                self.step(1);
            }
            "Enter" => {
                ev.prevent_default();
                let chosen = self.highlighted.get_untracked().unwrap_or(0);
                if let Some(place) = self.suggestions.with_untracked(|s| s.get(chosen).cloned()) {
                    self.pick(place);
                }
            }
            "Escape" if count > 0 => {
                ev.prevent_default();
                self.places.cancel();
                self.suggestions.set(Vec::new());
                self.highlighted.set(None);
            }
            _ => {}
        }
    }
}

/// The need as the form says it.
fn read_need(form: &web_sys::HtmlFormElement) -> Option<Need> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let text = |name: &str| {
        data.get(name)
            .as_string()
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    let number = |name: &str| text(name).parse::<u32>().ok();
    Some(Need {
        kind: text("kind").parse().ok(),
        language: Some(text("language")).filter(|l| !l.is_empty()),
        population: text("population").parse().ok(),
        free: data.has("free"),
        open_now: data.has("open_now"),
        delivery: DeliveryFilter::from_value(&text("delivery")),
        min_beds: number("min_beds").unwrap_or(0).min(999),
        verified_within_days: number("verified_within_days")
            .filter(|d| *d > 0)
            .map(|d| d.min(3650)),
    })
}

fn joined(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

/// A week's hours on one line: "lunes a viernes 08:00–17:00; sábado Cerrado".
fn hours_line(hours: Option<&WeeklyHours>) -> String {
    let Some(hours) = hours else {
        return t!("hours-unknown");
    };
    if hours.always_open {
        return t!("open-always");
    }
    if hours.intervals.is_empty() {
        return t!("hours-unknown");
    }
    group_hours(&hours.intervals)
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
            format!("{days} {spans}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The exact address, as operators see it.
fn address_line(details: &OperatorDetails, lang: Lang) -> Option<String> {
    let location = details.location.as_ref()?;
    let parts: Vec<String> = [
        location.address.clone(),
        location.locality.clone(),
        location.region.clone(),
        Some(intl::country_name(location.country.as_str(), lang)),
    ]
    .into_iter()
    .flatten()
    .filter(|p| !p.trim().is_empty())
    .collect();
    Some(parts.join(", "))
}

fn verified_line(details: &OperatorDetails, lang: Lang) -> String {
    match details.last_verified_at {
        Some(at) => t!("staff-last-checked", date = intl::long_date(&at, lang)),
        None => t!("staff-never-checked"),
    }
}

fn languages_line(codes: &[LanguageCode], lang: Lang) -> String {
    joined(codes.iter().map(|c| i18n::language_name(c.as_str(), lang)))
}

/// One result in the list: its name is the button Enter opens; the facts describe it to screen readers.
fn row_view(ui: Ui, i: usize, row: &Row, lang: Lang) -> impl IntoView + use<> {
    let facts_id = format!("console-hit-{i}-facts");
    let mut facts = vec![joined(row.kinds.iter().map(|k| kind_name(*k)))];
    match row.distance_m {
        Some(d) => facts.push(distance_text(d)),
        None => facts.push(joined(row.delivery.iter().map(|d| delivery_name(*d)))),
    }
    facts.push(if row.always_open {
        t!("open-always")
    } else {
        open_now_text(row.open_now)
    });
    facts.push(capacity_name(row.operator.capacity));
    facts.push(t!(
        "result-languages",
        languages = languages_line(&row.languages, lang)
    ));
    facts.push(verified_line(&row.operator, lang));
    let address = address_line(&row.operator, lang)
        .map(|a| view! { <p class="console-address">{t!("staff-console-address", address = a)}</p> });
    let confidential = row
        .confidential
        .then(|| view! { <span class="badge confidential-badge">{t!("staff-console-confidential")}</span> });
    let closed = (row.status == ServiceStatus::TemporarilyClosed)
        .then(|| view! { <span class="badge closed-badge">{t!("status-temporarily_closed")}</span> });
    let stale = row
        .operator
        .stale
        .then(|| view! { <span class="badge stale-badge">{t!("staff-console-stale")}</span> });
    let id = hit_id(i);
    view! {
        <li class="console-hit" class:current=move || ui.cursor.get() == Some(i) data-id=row.id.to_string()>
            <h3 class="console-hit-name">
                <button type="button" id=id class="console-open" aria-describedby=facts_id.clone()
                    lang=row.name_lang.clone() on:click=move |_| ui.open_row(i)>
                    {row.name.clone()}
                </button>
            </h3>
            <p class="console-badges">{confidential}{closed}{stale}</p>
            <p id=facts_id class="console-facts">{facts.join(" · ")}</p>
            {address}
        </li>
    }
}

/// The open result in full, with the referral and the handoff note.
fn detail_view(ui: Ui, i: usize, row: &Row, lang: Lang) -> impl IntoView + use<> {
    let details = &row.operator;
    let fact = |label: String, value: String, id: &'static str| {
        view! {
            <dt>{label}</dt>
            <dd id=id>{value}</dd>
        }
    };
    let location = match (address_line(details, lang), row.distance_m) {
        (Some(address), Some(d)) => format!("{address} · {}", distance_text(d)),
        (Some(address), None) => address,
        (None, _) => t!("service-no-premises"),
    };
    let capacity = match details.capacity_updated_at {
        Some(at) if details.capacity != Capacity::Unknown => t!(
            "staff-console-capacity-on",
            capacity = capacity_name(details.capacity),
            date = intl::long_date(&at, lang)
        ),
        _ => capacity_name(details.capacity),
    };
    let open = if row.always_open {
        t!("open-always")
    } else {
        open_now_text(row.open_now)
    };
    let populations = if row.populations.is_empty() {
        t!("service-populations-all")
    } else {
        joined(row.populations.iter().map(|p| population_name(*p)))
    };
    let confidential = row
        .confidential
        .then(|| view! { <p class="badge confidential-badge">{t!("staff-console-confidential-detail")}</p> });
    let description = (!details.description.trim().is_empty()).then(|| {
        view! {
            <h3>{t!("staff-console-intake")}</h3>
            <p class="console-description" lang=details.description_lang.clone()>{details.description.clone()}</p>
        }
    });
    let demo = row
        .demo
        .then(|| view! { <p class="hint">{t!("demo-notice")}</p> });
    let id = row.id;
    let referral = move || {
        let caller = ui.caller.get();
        ui.referral
            .get()
            .filter(|(rid, rlang, _)| *rid == id && *rlang == caller)
            .map(|(_, _, message)| {
                let sms = sms_link(&message.sms_body);
                view! {
                    <div class="referral-box">
                        <label for="referral-text">{t!("staff-console-referral-label", language = caller.autonym())}</label>
                        <textarea id="referral-text" readonly rows="7" lang=message.language.clone()
                            prop:value=message.text></textarea>
                        <a id="referral-sms" class="sms" href=sms>{t!("staff-console-sms")}</a>
                    </div>
                }
            })
    };
    view! {
        <section id="console-detail" aria-labelledby="console-detail-name" data-id=row.id.to_string()>
            <button type="button" id="console-back" class="back" on:click=move |_| ui.close()>
                {t!("staff-console-back")}
            </button>
            <h2 id="console-detail-name" tabindex="-1" lang=row.name_lang.clone()>{row.name.clone()}</h2>
            {confidential}
            {demo}
            <p class="console-organization">{t!("service-organization", organization = details.organization.name.clone())}</p>
            <dl class="console-facts-list">
                {fact(t!("filter-kind"), joined(row.kinds.iter().map(|k| kind_name(*k))), "console-detail-kinds")}
                {fact(t!("service-location"), location, "console-detail-address")}
                {fact(t!("service-hours"), format!("{open} · {}", hours_line(details.hours.as_ref())), "console-detail-hours")}
                {fact(t!("service-capacity"), capacity, "console-detail-capacity")}
                {fact(t!("service-languages"), languages_line(&row.languages, lang), "console-detail-languages")}
                {fact(t!("service-populations"), populations, "console-detail-populations")}
                {fact(t!("service-cost"), cost_name(row.cost), "console-detail-cost")}
                {fact(t!("staff-console-checked"), verified_line(details, lang), "console-detail-verified")}
            </dl>
            {description}
            <h3>{t!("service-contact-heading")}</h3>
            <PhoneLinks phones=row.phones.clone() style=LinkStyle::Elsewhere />
            <div class="actions">
                <button type="button" id="console-compose" class="primary"
                    prop:disabled=move || ui.composing.get() on:click=move |_| ui.compose(i, false)>
                    {t!("staff-console-compose")}
                </button>
                <button type="button" id="console-compose-sms" class="secondary"
                    prop:disabled=move || ui.composing.get() on:click=move |_| ui.compose(i, true)>
                    {t!("staff-console-compose-sms")}
                </button>
            </div>
            {referral}
            <label for="handoff-note">{t!("staff-console-note")}</label>
            <p id="handoff-note-hint" class="hint">{t!("staff-console-note-hint")}</p>
            <textarea id="handoff-note" rows="4" aria-describedby="handoff-note-hint" autocomplete="off"
                spellcheck="false" prop:value=move || ui.note.get()
                on:input=move |ev| ui.note.set(event_target_value(&ev))></textarea>
        </section>
    }
}

/// The keys, as a list `?` shows and hides.
fn shortcuts() -> impl IntoView {
    let keys = [
        ("/".to_owned(), t!("staff-console-key-place")),
        ("↑ ↓ · j k".to_owned(), t!("staff-console-key-move")),
        (t!("staff-console-kbd-enter"), t!("staff-console-key-open")),
        ("c".to_owned(), t!("staff-console-key-copy")),
        ("s".to_owned(), t!("staff-console-key-sms")),
        ("Esc".to_owned(), t!("staff-console-key-back")),
        ("?".to_owned(), t!("staff-console-key-help")),
    ]
    .into_iter()
    .map(|(key, what)| {
        view! {
            <dt><kbd>{key}</kbd></dt>
            <dd>{what}</dd>
        }
    })
    .collect_view();
    view! {
        <section id="console-shortcuts" aria-labelledby="console-shortcuts-heading">
            <h2 id="console-shortcuts-heading">{t!("staff-console-keys-heading")}</h2>
            <dl>{keys}</dl>
        </section>
    }
}

/// The search form: place box and need.
fn search_form(ui: Ui, lang: Lang) -> impl IntoView {
    let form_ref = NodeRef::<html::Form>::new();
    let on_change = move |_: ev::Event| {
        if let Some(form) = form_ref.get_untracked()
            && let Some(need) = read_need(&form)
            && ui.need.with_untracked(|n| *n != need)
        {
            ui.need.set(need);
        }
    };
    // Built again when the interface language changes: the fields start from the need already set.
    let need = ui.need.get_untracked();
    let kinds = ServiceKind::ALL
        .iter()
        .map(|k| view! { <option value=k.as_str() selected=need.kind == Some(*k)>{kind_name(*k)}</option> })
        .collect_view();
    let languages = filter_languages(&[])
        .into_iter()
        .map(|code| {
            let name = i18n::language_name(&code, lang);
            let selected = need.language.as_deref() == Some(code.as_str());
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    let populations = POPULATIONS
        .iter()
        .map(|p| {
            view! { <option value=p.as_str() selected=need.population == Some(*p)>{population_name(*p)}</option> }
        })
        .collect_view();
    let deliveries = [
        (DeliveryFilter::Any, t!("filter-delivery-any")),
        (DeliveryFilter::InPerson, t!("filter-delivery-in-person")),
        (DeliveryFilter::Remote, t!("filter-delivery-remote")),
    ]
    .into_iter()
    .map(|(value, label)| view! { <option value=value.as_str() selected=need.delivery == value>{label}</option> })
    .collect_view();
    let callers = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.tag() lang=l.tag() prop:selected=move || ui.caller.get() == l>{l.autonym()}</option>
            }
        })
        .collect_view();
    let on_caller = move |ev: ev::Event| {
        ev.stop_propagation();
        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
            ui.caller.set(l);
        }
    };
    let suggestions = move || {
        let lang = ui.staff.locale.get();
        let places = ui.suggestions.get();
        let items = places
            .into_iter()
            .enumerate()
            .map(|(i, place)| {
                let label = t!(
                    "place-name",
                    name = place.name.clone(),
                    admin1 = place.admin1.clone(),
                    country = intl::country_name(place.country.as_str(), lang)
                );
                let label = match &place.matched_name {
                    Some(matched) => format!("{label} ({matched})"),
                    None => label,
                };
                view! {
                    <li role="option" id=format!("console-place-{i}") class="console-place"
                        aria-selected=move || if ui.highlighted.get() == Some(i) { "true" } else { "false" }
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| ui.pick(place.clone())>
                        {label}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul id="console-places" role="listbox" aria-label=t!("town-suggestions-label")
                hidden=move || ui.suggestions.with(Vec::is_empty)>
                {items}
            </ul>
        }
    };
    let lookup = move || match ui.lookup.get() {
        Lookup::Idle => String::new(),
        Lookup::Searching => t!("town-searching"),
        Lookup::NoMatch => t!("town-no-match"),
        Lookup::Failed(text) => text,
    };
    view! {
        <form id="console-search" role="search" node_ref=form_ref on:change=on_change
            on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
            <label for="console-place">{t!("staff-console-place")}</label>
            <input id="console-place" type="search" autocomplete="off" spellcheck="false"
                role="combobox" aria-autocomplete="list" aria-controls="console-places"
                aria-describedby="console-place-status"
                aria-expanded=move || if ui.suggestions.with(Vec::is_empty) { "false" } else { "true" }
                aria-activedescendant=move || ui.highlighted.get().map(|i| format!("console-place-{i}"))
                prop:value=move || ui.typed.get()
                on:input=move |ev| ui.typing(&event_target_value(&ev))
                on:keydown=move |ev| ui.place_key(&ev) />
            <p id="console-place-status" class="status">{lookup}</p>
            {suggestions}
            <label for="console-caller">{t!("staff-console-caller")}</label>
            <select id="console-caller" on:change=on_caller>{callers}</select>
            <label for="console-kind">{t!("staff-console-need")}</label>
            <select id="console-kind" name="kind">
                <option value="" selected=need.kind.is_none()>{t!("staff-console-any-kind")}</option>
                {kinds}
            </select>
            <label for="console-language">{t!("filter-language")}</label>
            <select id="console-language" name="language">
                <option value="">{t!("filter-language-any")}</option>
                {languages}
            </select>
            <label for="console-population">{t!("filter-population")}</label>
            <select id="console-population" name="population">
                <option value="">{t!("staff-console-anyone")}</option>
                {populations}
            </select>
            <label for="console-delivery">{t!("filter-delivery")}</label>
            <select id="console-delivery" name="delivery">{deliveries}</select>
            <label class="choice">
                <input type="checkbox" name="free" value="true" checked=need.free />
                <span>{t!("filter-free")}</span>
            </label>
            <label class="choice">
                <input type="checkbox" name="open_now" value="true" checked=need.open_now />
                <span>{t!("filter-open-now")}</span>
            </label>
            <label for="console-min-beds">{t!("staff-console-min-beds")}</label>
            <input id="console-min-beds" name="min_beds" type="number" min="0" max="999" step="1"
                inputmode="numeric" value=(need.min_beds > 0).then(|| need.min_beds.to_string()) aria-describedby="console-min-beds-hint" />
            <p id="console-min-beds-hint" class="hint">{t!("staff-console-min-beds-hint")}</p>
            <label for="console-verified">{t!("staff-console-verified")}</label>
            <input id="console-verified" name="verified_within_days" type="number" min="1" max="3650" step="1"
                inputmode="numeric" value=need.verified_within_days.map(|d| d.to_string()) aria-describedby="console-verified-hint" />
            <p id="console-verified-hint" class="hint">{t!("staff-console-verified-hint")}</p>
        </form>
    }
}

/// The results: nearby services, then remote ones, in one list for the arrows.
fn results_view(ui: Ui, found: &Found, lang: Lang) -> impl IntoView + use<> {
    let nearby_rows = found
        .rows
        .iter()
        .take(found.nearby)
        .enumerate()
        .map(|(i, row)| row_view(ui, i, row, lang))
        .collect_view();
    let remote_rows = found
        .rows
        .iter()
        .enumerate()
        .skip(found.nearby)
        .map(|(i, row)| row_view(ui, i, row, lang))
        .collect_view();
    let none = (found.nearby == 0).then(
        || view! { <p id="console-none">{t!("no-results", radius = distance_text(found.radius_m))}</p> },
    );
    let remote = (found.rows.len() > found.nearby).then(|| {
        view! {
            <h2 id="console-remote-heading">{t!("staff-console-remote")}</h2>
            <ul id="console-remote" class="console-list" aria-labelledby="console-remote-heading">{remote_rows}</ul>
        }
    });
    let demo = found
        .demo
        .then(|| view! { <p class="hint">{t!("demo-notice")}</p> });
    view! {
        {demo}
        <h2 id="console-results-heading">{t!("staff-console-nearby")}</h2>
        {none}
        <ol id="console-results" class="console-list" tabindex="-1" aria-labelledby="console-results-heading">
            {nearby_rows}
        </ol>
        {remote}
    }
}

/// The console screen.
#[component]
pub fn Console() -> impl IntoView {
    let staff = use_staff();
    let ui = Ui::new(staff);
    ui.caller.set(staff.locale.get_untracked());

    Effect::new(move |_| {
        let lang = staff.locale.get();
        let need = ui.need.get();
        if let Some(place) = ui.place.get() {
            ui.run_search(place, &need, lang);
        }
    });
    let keys = window_event_listener(ev::keydown, move |ev| ui.key(&ev));
    on_cleanup(move || keys.remove());

    let form = move || search_form(ui, staff.locale.get());
    let results = move || {
        let lang = staff.locale.get();
        ui.found.get().map(|found| results_view(ui, &found, lang))
    };
    let detail = move || {
        let lang = staff.locale.get();
        let i = ui.open.get()?;
        let row = ui
            .found
            .with(|f| f.as_ref().and_then(|f| f.rows.get(i).cloned()))?;
        Some(detail_view(ui, i, &row, lang))
    };
    let prompt = move || {
        (ui.place.with(Option::is_none) && !ui.loading.get())
            .then(|| view! { <p id="console-prompt" class="hint">{t!("staff-console-prompt")}</p> })
    };
    view! {
        <main id="console" class:detail-open=move || ui.open.get().is_some()>
            <h1 tabindex="-1">{tx!("staff-console-heading")}</h1>
            <p id="console-keys-line" class="hint console-keys">
                {tx!("staff-console-keys-line")} " "
                <button type="button" id="console-keys-toggle" class="link"
                    aria-expanded=move || if ui.show_keys.get() { "true" } else { "false" }
                    aria-controls="console-shortcuts"
                    on:click=move |_| ui.show_keys.update(|s| *s = !*s)>
                    {tx!("staff-console-keys-heading")}
                </button>
            </p>
            {move || ui.show_keys.get().then(shortcuts)}
            <p id="console-status" class="status" role="status" aria-live="polite">{move || ui.said.get()}</p>
            <div class="console-layout">
                <div class="console-form">{form}</div>
                <section id="console-found" class="console-found" aria-busy=move || ui.loading.get().to_string()
                    class:stale=move || ui.loading.get()>
                    {prompt}
                    {results}
                </section>
                <div class="console-side">{detail}</div>
            </div>
        </main>
    }
}
