//! Ruta's survivor app: find help near a town on a cheap, possibly watched phone.
//!
//! A client-side-rendered Leptos app served by the Ruta server from the same origin. Safety shapes it:
//! - navigation is a signal ([`state::Screen`]), never the URL or the history, so Back reveals nothing;
//! - a quick exit on every screen (button, or Escape three times) blanks the page and `location.replace`s it;
//! - nothing is stored unless the person ticks "Remember my language" (then only `ruta.lang`) or "neutral name
//!   and icon" (then only that), and "Clear this device" removes everything the origin may hold;
//! - geolocation only on a tap, rounded to ~1 km before it leaves the phone; every request goes to the app's own
//!   origin (relative URLs), so no third party learns anything.
//!
//! Every visible string is a Fluent message (`locales/<lang>/ruta_app.ftl`), Spanish first.
//!
//! This crate holds the survivor's screens (home, results, service, and the host of the booking screens);
//! what the bundles share is in `ruta-ui`. The remote-session booking screens are a bundle of their own
//! (`ruta-book`), loaded only when someone opens them (see [`remote`]).

mod home;
mod lifelines;
mod remote;
mod results;
mod service;

use leptos::ev;
use leptos::leptos_dom::helpers::{window_event_listener, window_event_listener_untyped};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{Latest, public};
use ruta_ui::booking::{Entry, HOME_EVENT};
use ruta_ui::components::{DemoNotice, focus_on_screen_change};
use ruta_ui::format::{ExitGesture, ExitKey};
use ruta_ui::i18n::{self, Lang, messages, tx};
use ruta_ui::safety;
use ruta_ui::state::{AppState, LoadStatus, Screen};

use crate::home::Home;
use crate::lifelines::{LifeLinesBar, LifeLinesPage};
use crate::remote::BookingHost;
use crate::results::Results;
use crate::service::ServicePage;

/// How long after start (or a change of language) every country's life lines are asked for.
const LIFELINES_DELAY: std::time::Duration = std::time::Duration::from_millis(1500);

/// Mounts the app to `<body>` when the wasm module starts.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // What the page showed while the app loaded (quick exit, the emergency sentence) gives way to the app.
    if let Some(preboot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("preboot"))
    {
        preboot.remove();
    }
    // The neutral name and icon if the person asked for them on this phone (index.html's own script has
    // usually done it already, before the first paint).
    if safety::discreet() {
        safety::show_identity(safety::DISCREET_IDENTITY);
    }
    leptos::mount::mount_to_body(App);
}

/// Switches the language of every text, and keeps it on the phone only if the person asked for that.
fn set_language(state: AppState, lang: Lang) {
    i18n::activate(lang);
    state.locale.set(lang);
    if state.remember.get_untracked() {
        safety::store_language(lang);
    }
}

/// Leaves now: blank page, neutral site in place of this one, state dropped.
fn exit(state: AppState) {
    safety::quick_exit(move || state.forget());
}

/// The root: header with the quick exit and demo notice, emergency numbers, and the current screen.
#[component]
pub fn App() -> impl IntoView {
    // The language saved on this phone if the person chose to save one; else the first of the browser's
    // languages the app speaks (pt-PT → Brazilian Portuguese); else Spanish. The picker is on the first screen.
    let stored = safety::stored_language();
    let lang = stored.unwrap_or_else(safety::browser_language);
    i18n::activate(lang);
    let state = AppState::new(lang, stored.is_some());
    i18n::install(state.locale, messages::SURVIVOR);
    provide_context(state);

    // Is this the demo directory? Asked once, so the notice shows before any search.
    spawn_local(async move {
        if let Ok(health) = public::get_health().await
            && health.demo
        {
            state.demo.set(true);
        }
    });
    // Every country's life lines, in the reader's language, a moment after start (so they never slow the first
    // screen on a slow link) and again when the language changes. With no connection the service worker answers
    // with the copy it keeps (`app/survivor/sw.js`), so any country's numbers show and nothing says which one
    // was looked at.
    Effect::new(move |_| {
        let lang = state.locale.get();
        set_timeout(
            move || {
                spawn_local(async move {
                    if let Ok(document) = public::list_lifelines(Some(lang.tag())).await {
                        state.lifelines.set(Some(document));
                    }
                });
            },
            LIFELINES_DELAY,
        );
    });

    run_searches(state);
    keyboard_exit(state);
    // The booking screens (their own bundle) say "back to the start" with an event.
    let home = window_event_listener_untyped(HOME_EVENT, move |_| state.screen.set(Screen::Home));
    on_cleanup(move || home.remove());
    focus_on_screen_change(state);

    view! {
        // The bar stays at the top as the page scrolls, and the quick exit is in it: it always has its own room
        // and never covers a heading or a button.
        <header class="topbar exit-bar">
            <button id="quick-exit" type="button" on:click=move |_| exit(state)>
                {tx!("quick-exit")}
            </button>
            <p class="app-name">{tx!("app-name")}</p>
        </header>
        <DemoNotice />
        <LifeLinesBar />
        {move || match state.screen.get() {
            Screen::Home => view! { <Home /> }.into_any(),
            Screen::Results => view! { <Results /> }.into_any(),
            Screen::Service(id) => view! { <ServicePage id /> }.into_any(),
            Screen::Counsellors { organization } => {
                let country = state.country.with_untracked(|c| c.as_ref().map(|c| c.iso2));
                view! { <BookingHost entry=Entry::Counsellors { organization, country } /> }.into_any()
            }
            // Only the booking bundle shows these; they are never set here.
            Screen::Book { .. } | Screen::Booked => ().into_any(),
            Screen::MyBooking => view! { <BookingHost entry=Entry::MyBooking /> }.into_any(),
            Screen::LifeLines => view! { <LifeLinesPage /> }.into_any(),
        }}
    }
}

/// Runs the current search whenever it, the language or "try again" changes; only the newest answer is shown.
fn run_searches(state: AppState) {
    let latest = Latest::new();
    Effect::new(move |_| {
        let lang = state.locale.get();
        state.search_retry.track();
        let Some(query) = state.query.get() else {
            latest.cancel();
            return;
        };
        state.search_status.set(LoadStatus::Loading);
        latest.run(
            |signal| public::search_services(&query, lang.tag(), signal),
            move |result| match result {
                Ok(answer) => {
                    if answer.demo {
                        state.demo.set(true);
                    }
                    if let Some(country) = &answer.country {
                        state.country.set(Some(country.clone()));
                    } else if answer.origin.country.is_none() {
                        state.country.set(None);
                    }
                    state.results.set(Some(answer));
                    state.search_status.set(LoadStatus::Idle);
                }
                Err(failure) => state.search_status.set(LoadStatus::Failed(failure)),
            },
        );
    });
}

/// Escape (or Shift) three times in a row within two seconds, anywhere: the keyboard quick exit. And a page
/// restored from the back/forward cache starts over.
fn keyboard_exit(state: AppState) {
    let gesture = StoredValue::new(ExitGesture::default());
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.repeat() {
            return;
        }
        let key = ExitKey::from_key(&event.key());
        let now_ms = js_sys::Date::now();
        if gesture.try_update_value(|g| g.press(key, now_ms)) == Some(true) {
            exit(state);
        }
    });
    // Coming Back to a page the browser kept in memory (back/forward cache) must not show what was looked at.
    let restored = window_event_listener(ev::pageshow, move |event| {
        if event.persisted() {
            state.forget();
        }
    });
    on_cleanup(move || {
        handle.remove();
        restored.remove();
    });
}
