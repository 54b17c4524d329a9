//! The place box: what was typed, the places it matches (looked up after a pause, only the newest answer
//! shown), and the one the arrows are on.

use std::time::Duration;

use api_types::Place;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use ruta_ui::api::{Latest, public};
use ruta_ui::i18n::failure_text;

/// How long typing must pause before the places are looked up.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Where the place lookup stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Lookup {
    Idle,
    Searching,
    NoMatch,
    Failed(String),
}

/// The place box's state; all signals, so copying it is free.
#[derive(Debug, Clone, Copy)]
pub(super) struct PlaceBox {
    /// What was typed (or the name of the place picked).
    pub(super) typed: RwSignal<String>,
    /// The places matching it.
    pub(super) suggestions: RwSignal<Vec<Place>>,
    /// The suggestion the arrows are on.
    pub(super) highlighted: RwSignal<Option<usize>>,
    /// Where the lookup stands.
    pub(super) lookup: RwSignal<Lookup>,
    places: Latest,
    debounce: StoredValue<Option<TimeoutHandle>>,
}

impl PlaceBox {
    /// An empty box, owned by the current component.
    pub(super) fn new() -> Self {
        Self {
            typed: RwSignal::new(String::new()),
            suggestions: RwSignal::new(Vec::new()),
            highlighted: RwSignal::new(None),
            lookup: RwSignal::new(Lookup::Idle),
            places: Latest::new(),
            debounce: StoredValue::new(None),
        }
    }

    /// Looks the typed town up after a pause.
    pub(super) fn typing(self, text: &str) {
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
                self.places.run(
                    |signal| public::list_places(&query, signal),
                    move |result| match result {
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
                    },
                );
            },
            DEBOUNCE,
        )
        .ok();
        self.debounce.set_value(handle);
    }

    /// Drops the suggestions and the lookup in flight (Esc).
    pub(super) fn dismiss(self) {
        self.places.cancel();
        self.suggestions.set(Vec::new());
        self.highlighted.set(None);
    }

    /// Moves the highlight one suggestion down (or up), round the `count` of them.
    pub(super) fn highlight_next(self, down: bool, count: usize) {
        self.highlighted.update(|h| {
            *h = Some(match (*h, down) {
                (None, true) => 0,
                (None, false) => count - 1,
                (Some(i), true) => (i + 1) % count,
                (Some(i), false) => (i + count - 1) % count,
            });
        });
    }
}
