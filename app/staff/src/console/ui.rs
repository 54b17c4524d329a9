//! The console's state and what it does: searching, moving through the results, composing
//! the referral, and the keys.

use api_types::{DirectoryLanguage, LanguageCode, Place, ReferralInput, ReferralMessage};
use js_sys::{Function, Reflect};
use leptos::leptos_dom::helpers::request_animation_frame;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{Latest, operator, referrals};
use ruta_ui::i18n::{Lang, distance_text, failure_text, t};
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};

use crate::Staff;

use super::dom::{copy_to_clipboard, element, focus_soon, hit_id, is_typing};
use super::found::{Found, Row};
use super::need::Need;
use super::place_box::{Lookup, PlaceBox};

/// The console's state; all signals, so copying it is free.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ui {
    pub(super) staff: Staff,
    /// The place box and its suggestions.
    pub(super) place_box: PlaceBox,
    pub(super) place: RwSignal<Option<Place>>,
    pub(super) need: RwSignal<Need>,
    /// The caller's language, as a language subtag (`quc`): any language of the directory, not only the
    /// interface's.
    pub(super) caller: RwSignal<String>,
    /// Every language the directory's services speak, as the server lists them (empty until it answers).
    pub(super) languages: RwSignal<Vec<DirectoryLanguage>>,
    pub(super) found: RwSignal<Option<Found>>,
    pub(super) loading: RwSignal<bool>,
    /// The result the arrows are on.
    pub(super) cursor: RwSignal<Option<usize>>,
    /// The result whose details are open.
    pub(super) open: RwSignal<Option<usize>>,
    /// The last referral composed: for which service, in which language.
    pub(super) referral: RwSignal<Option<(Uuid, String, ReferralMessage)>>,
    pub(super) composing: RwSignal<bool>,
    /// The warm-handoff note: memory only.
    pub(super) note: RwSignal<String>,
    pub(super) show_keys: RwSignal<bool>,
    /// What the live region says (results count, "copied").
    pub(super) said: RwSignal<String>,
    /// Focus the results when the next answer arrives (after picking a place).
    focus_results: StoredValue<bool>,
    search: Latest,
}

impl Ui {
    pub(super) fn new(staff: Staff) -> Self {
        Self {
            staff,
            place_box: PlaceBox::new(),
            place: RwSignal::new(None),
            need: RwSignal::new(Need::default()),
            caller: RwSignal::new("es".to_owned()),
            languages: RwSignal::new(Vec::new()),
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
            search: Latest::new(),
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

    /// Searches from `place`: a new search, so the handoff note and the last referral go.
    pub(super) fn pick(self, place: Place) {
        self.place_box.dismiss();
        self.place_box.lookup.set(Lookup::Idle);
        self.place_box.typed.set(place.name.clone());
        self.note.set(String::new());
        self.referral.set(None);
        self.open.set(None);
        self.cursor.set(None);
        self.focus_results.set_value(true);
        self.place.set(Some(place));
    }

    /// Runs the search for the current place and need (the effect calls it).
    pub(super) fn run_search(self, place: Place, need: &Need, lang: Lang) {
        self.loading.set(true);
        self.said.set(t!("results-loading"));
        let query = need.query(&place);
        self.search.run(
            move |signal| operator::search_operator(&query, lang.tag(), signal),
            move |result| {
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
            },
        );
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

    pub(super) fn open_row(self, i: usize) {
        if i >= self.rows_len() {
            return;
        }
        self.cursor.set(Some(i));
        self.open.set(Some(i));
        focus_soon("console-detail-name".to_owned());
    }

    pub(super) fn close(self) {
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
    pub(super) fn compose(self, i: usize, sms: bool) {
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
        // An interface language goes with its full tag (`pt-BR`); any other as it is (`quc`): the server writes
        // the referral in it when Ruta ships it, else in Spanish, and says which.
        let shipped = Lang::from_tag(&caller).filter(|l| l.tag().split('-').next() == Some(caller.as_str()));
        let tag = match shipped {
            Some(lang) => lang.tag(),
            None => caller.as_str(),
        };
        let Ok(language) = LanguageCode::parse(tag) else {
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
            let answer = referrals::create_referral(&input).await;
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
    pub(super) fn key(self, ev: &web_sys::KeyboardEvent) {
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
    pub(super) fn place_key(self, ev: &web_sys::KeyboardEvent) {
        let count = self.place_box.suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                self.place_box.highlight_next(ev.key() == "ArrowDown", count);
            }
            "ArrowDown" if self.rows_len() > 0 => {
                ev.prevent_default();
                self.step(1);
            }
            "Enter" => {
                ev.prevent_default();
                let chosen = self.place_box.highlighted.get_untracked().unwrap_or(0);
                if let Some(place) = self
                    .place_box
                    .suggestions
                    .with_untracked(|s| s.get(chosen).cloned())
                {
                    self.pick(place);
                }
            }
            "Escape" if count > 0 => {
                ev.prevent_default();
                self.place_box.dismiss();
            }
            _ => {}
        }
    }
}
