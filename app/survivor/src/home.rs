//! Home: "Find help near…" by typing a town (gazetteer autocomplete) or, only on a tap, the phone's location;
//! language, "remember my language" and "clear this device".

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use api_types::{LatLon, Place};
use js_sys::Reflect;
use leptos::ev;
use leptos::html;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::SearchOrigin;
use ruta_ui::api::{ApiFailure, Latest, public};
use ruta_ui::i18n::{Lang, failure_text, t, tx};
use ruta_ui::intl;
use ruta_ui::safety::{self, clear_device, forget_language, has, store_language};
use ruta_ui::state::{Locating, Notice, use_app};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::remote::BookingEntry;

/// How long typing must pause before the places are looked up.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Where the town lookup stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lookup {
    Idle,
    Searching,
    NoMatch,
    Failed(ApiFailure),
}

#[component]
pub fn Home() -> impl IntoView {
    let state = use_app();
    let suggestions = RwSignal::new(Vec::<Place>::new());
    let lookup = RwSignal::new(Lookup::Idle);
    let latest = Latest::new();
    let debounce = StoredValue::new(None::<TimeoutHandle>);
    let town_input = NodeRef::<html::Input>::new();

    let schedule = move |text: String| {
        if let Some(Some(handle)) = debounce.try_update_value(Option::take) {
            handle.clear();
        }
        let query = text.trim().to_owned();
        if query.chars().count() < 2 {
            latest.cancel();
            suggestions.set(Vec::new());
            lookup.set(Lookup::Idle);
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                lookup.set(Lookup::Searching);
                latest.run(
                    |signal| public::list_places(&query, signal),
                    move |result| match result {
                        Ok(list) => {
                            lookup.set(if list.places.is_empty() {
                                Lookup::NoMatch
                            } else {
                                Lookup::Idle
                            });
                            suggestions.set(list.places);
                        }
                        Err(failure) => {
                            suggestions.set(Vec::new());
                            lookup.set(Lookup::Failed(failure));
                        }
                    },
                );
            },
            DEBOUNCE,
        )
        .ok();
        debounce.set_value(handle);
    };

    // Back from the results: show the suggestions for what was typed again.
    let typed = state.town.get_untracked();
    if !typed.is_empty() {
        schedule(typed);
    }

    let choose = move |place: Place| {
        latest.cancel();
        state.search_from(SearchOrigin::Place {
            id: place.id,
            name: place.name,
        });
    };
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(first) = suggestions.with_untracked(|s| s.first().cloned()) {
            choose(first);
        }
    };
    let focus_town = move || {
        if let Some(input) = town_input.get_untracked() {
            let _ = input.focus();
        }
    };
    let use_location = move |_| {
        state.locating.set(Locating::Finding);
        locate(move |result| match result {
            Ok((lat, lon)) => {
                state.locating.set(Locating::Idle);
                state.search_from(SearchOrigin::Point { lat, lon });
            }
            Err(why) => {
                state.locating.set(why);
                focus_town();
            }
        });
    };

    let suggestion_list = move || {
        let lang = state.locale.get();
        let places = suggestions.get();
        (!places.is_empty()).then(|| {
            let items = places
                .into_iter()
                .map(|place| {
                    let mut label = t!(
                        "place-name",
                        name = place.name.clone(),
                        admin1 = place.admin1.clone(),
                        country = intl::country_name(place.country.as_str(), lang)
                    );
                    if let Some(matched) = &place.matched_name {
                        label.push_str(&format!(" ({matched})"));
                    }
                    view! {
                        <li>
                            <button type="button" class="suggestion" on:click=move |_| choose(place.clone())>
                                {label}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul id="town-suggestions" aria-label=t!("town-suggestions-label")>
                    {items}
                </ul>
            }
        })
    };
    let lookup_status = move || match lookup.get() {
        Lookup::Idle => String::new(),
        Lookup::Searching => t!("town-searching"),
        Lookup::NoMatch => t!("town-no-match"),
        Lookup::Failed(failure) => failure_text(&failure),
    };
    let locating_status = move || {
        let (id, class, role, text) = match state.locating.get() {
            Locating::Idle => return None,
            Locating::Finding => ("location-status", "status", "status", t!("location-finding")),
            Locating::Denied => ("location-error", "notice", "alert", t!("location-denied")),
            Locating::Unavailable => ("location-error", "notice", "alert", t!("location-unavailable")),
        };
        Some(view! { <p id=id class=class role=role>{text}</p> })
    };

    view! {
        <main id="home">
            <h1 tabindex="-1">{tx!("home-heading")}</h1>
            <p class="intro">{tx!("home-intro")}</p>
            <form class="town-search" role="search" on:submit=on_submit>
                <label for="town">{tx!("town-label")}</label>
                <input
                    id="town"
                    type="search"
                    autocomplete="off"
                    autocapitalize="words"
                    spellcheck="false"
                    enterkeyhint="search"
                    aria-describedby="town-status"
                    node_ref=town_input
                    prop:value=move || state.town.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.town.set(text.clone());
                        schedule(text);
                    }
                />
                <p id="town-status" class="status" role="status">{lookup_status}</p>
                {suggestion_list}
            </form>
            <p class="or">{tx!("location-or")}</p>
            <button id="use-location" type="button" class="secondary" on:click=use_location>
                {tx!("use-location")}
            </button>
            <p class="hint">{tx!("use-location-hint")}</p>
            {locating_status}
            <BookingEntry />
            <Settings latest />
            <p class="hint">{tx!("quick-exit-hint")}</p>
        </main>
    }
}

/// Language, the opt-in to remember it, the neutral name and icon, and "clear this device".
#[component]
fn Settings(latest: Latest) -> impl IntoView {
    let state = use_app();
    let on_language = move |ev: ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            crate::set_language(state, lang);
        }
    };
    let on_remember = move |ev: ev::Event| {
        let remember = event_target_checked(&ev);
        state.remember.set(remember);
        if remember {
            store_language(state.locale.get_untracked());
        } else {
            forget_language();
        }
    };
    // The neutral name and icon: off unless the person turned them on on this phone.
    let discreet = RwSignal::new(safety::discreet());
    let on_discreet = move |ev: ev::Event| {
        let on = event_target_checked(&ev);
        discreet.set(on);
        safety::set_discreet(on);
    };
    let on_clear = move |_| {
        latest.cancel();
        spawn_local(async move {
            clear_device().await;
            // Nothing stored any more, so the page shows what it will show on the next visit.
            safety::show_identity(safety::OWN_IDENTITY);
            discreet.set(false);
            state.remember.set(false);
            state.forget();
            state.notice.set(Some(Notice::DeviceCleared));
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.tag() lang=lang.tag() prop:selected=move || state.locale.get() == lang>
                    {lang.autonym()}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{tx!("settings-heading")}</h2>
            <label for="language">{tx!("language-label")}</label>
            <select id="language" on:change=on_language>
                {options}
            </select>
            <label class="choice">
                <input
                    id="remember-language"
                    type="checkbox"
                    prop:checked=move || state.remember.get()
                    on:change=on_remember
                />
                <span>{tx!("remember-language")}</span>
            </label>
            <p class="hint">{tx!("remember-language-hint")}</p>
            <label class="choice">
                <input id="discreet" type="checkbox" aria-describedby="discreet-hint"
                    prop:checked=move || discreet.get() on:change=on_discreet />
                <span>{tx!("discreet-mode")}</span>
            </label>
            <p id="discreet-hint" class="hint">{tx!("discreet-mode-hint")}</p>
            <button id="clear-device" type="button" class="secondary" on:click=on_clear>
                {tx!("clear-device")}
            </button>
            <p class="hint">{tx!("clear-device-hint")}</p>
            {move || {
                (state.notice.get() == Some(Notice::DeviceCleared))
                    .then(|| view! { <p id="clear-done" class="notice" role="status">{t!("clear-device-done")}</p> })
            }}
        </section>
    }
}

/// Asks the browser for the position once (this is the only place that does, and only after a tap) and hands
/// back latitude and longitude rounded to 2 decimals (about 1 km), or why there is none.
fn locate(done: impl FnOnce(Result<(f64, f64), Locating>) + 'static) {
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = {
        let done = Rc::clone(&done);
        move |result: Result<(f64, f64), Locating>| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        }
    };
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        finish(Err(Locating::Unavailable));
        return;
    };
    let geolocation = match has(&navigator, "geolocation").then(|| navigator.geolocation()) {
        Some(Ok(geolocation)) => geolocation,
        _ => {
            finish(Err(Locating::Unavailable));
            return;
        }
    };
    let on_success = {
        let finish = finish.clone();
        Closure::once_into_js(move |position: JsValue| {
            let coords = Reflect::get(&position, &JsValue::from_str("coords")).ok();
            let read = |key: &str| {
                coords
                    .as_ref()
                    .and_then(|c| Reflect::get(c, &JsValue::from_str(key)).ok())
                    .and_then(|v| v.as_f64())
            };
            let point = match (read("latitude"), read("longitude")) {
                (Some(lat), Some(lon)) => LatLon::new(lat, lon).ok().map(|p| p.rounded(2)),
                _ => None,
            };
            finish(point.map(|p| (p.lat(), p.lon())).ok_or(Locating::Unavailable));
        })
    };
    let on_error = {
        let finish = finish.clone();
        Closure::once_into_js(move |error: JsValue| {
            // GeolocationPositionError.PERMISSION_DENIED is 1.
            let code = Reflect::get(&error, &JsValue::from_str("code"))
                .ok()
                .and_then(|v| v.as_f64());
            finish(Err(if code == Some(1.0) {
                Locating::Denied
            } else {
                Locating::Unavailable
            }));
        })
    };
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(false);
    options.set_timeout(20_000);
    options.set_maximum_age(300_000);
    if geolocation
        .get_current_position_with_error_callback_and_options(
            on_success.unchecked_ref(),
            Some(on_error.unchecked_ref()),
            &options,
        )
        .is_err()
    {
        finish(Err(Locating::Unavailable));
    }
}
