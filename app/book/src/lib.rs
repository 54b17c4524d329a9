//! The booking bundle (`ruta_book`): remote sessions with a counsellor, without an account. Find a counsellor,
//! choose a time in the phone's own time zone, say how to talk (and, only if the person wants, a name and one way
//! to be reached), read what is kept and agree, then write down a reference and a secret. "My booking" opens it
//! again with both, to see the status, cancel, move it, or book again with the same counsellor.
//!
//! Same rules as the survivor app: memory only (the secret lives in `AppState::held`: a reload or the quick exit
//! forgets it), relative URLs, every text a Fluent message.
//!
//! # The mount contract
//! This bundle is not a page of its own: the survivor app loads it into its page only when someone opens these
//! screens, so everyone else's first visit stays light, and the URL stays `/`. The three sides, named in
//! `ruta_ui::booking`:
//! - `window.rutaBooking(root, lang, entry)` (`booking::LOADER`) returns a promise. The survivor app's boot
//!   script defines it (scripts/build-app.sh), because only it knows this bundle's content-hashed file names: it
//!   imports this bundle's JS glue, initialises the wasm, and calls [`mount_booking`]. The survivor app calls it
//!   (`booking::open`, from its `BookingHost`) and shows "try again" if the promise fails.
//! - [`mount_booking`]`(root, lang, entry)` mounts these screens into `root` (an element of the survivor app's
//!   page), in `lang` (a BCP 47 tag the app ships), at `entry` (`booking::Entry`: `counsellors` or
//!   `my-booking`). Called again, it replaces what it mounted before.
//! - "Back to the start" is a `ruta-home` event on `window` (`booking::HOME_EVENT`, sent by `booking::go_home`);
//!   the survivor app shows its home screen.

mod booked;
mod client;
mod counsellors;
mod form;
mod my_booking;
mod times;

use std::any::Any;
use std::cell::RefCell;

use leptos::leptos_dom::helpers::request_animation_frame;
use leptos::prelude::*;
use ruta_ui::booking::{self, Entry};
use ruta_ui::components::focus_on_screen_change;
use ruta_ui::i18n::{self, Lang, messages};
use ruta_ui::state::{AppState, Screen};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::booked::Booked;
use crate::counsellors::{Counsellors, ListScope};
use crate::my_booking::MyBooking;
use crate::times::Book;

thread_local! {
    /// The screens mounted last time: unmounted before mounting again.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Mounts the booking screens into `root` in language `lang`, at `entry` (see the mount contract above).
#[wasm_bindgen]
pub fn mount_booking(root: web_sys::HtmlElement, lang: &str, entry: &str) {
    let lang = Lang::from_tag(lang).unwrap_or(Lang::Es);
    let entry = Entry::from_arg(entry);
    drop(MOUNTED.with(|m| m.borrow_mut().take()));
    let handle = leptos::mount::mount_to(root, move || view! { <BookingApp lang entry /> });
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(handle)));
}

/// The booking screens' root.
#[component]
fn BookingApp(lang: Lang, entry: Entry) -> impl IntoView {
    i18n::activate(lang);
    let state = AppState::new(lang, false);
    let scope = ListScope::new();
    state.screen.set(match entry {
        Entry::MyBooking => Screen::MyBooking,
        Entry::Counsellors {
            organization,
            country,
        } => {
            scope.organization.set(organization);
            scope.country.set(country);
            Screen::Counsellors { organization }
        }
    });
    i18n::install(state.locale, messages::BOOKING);
    provide_context(state);
    provide_context(scope);
    focus_on_screen_change(state);
    // The first screen gets the focus too, as any screen change does.
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#booking-root main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
    Effect::new(move |_| {
        if state.screen.get() == Screen::Home {
            booking::go_home();
        }
    });
    move || match state.screen.get() {
        Screen::Counsellors { .. } => view! { <Counsellors /> }.into_any(),
        Screen::Book { counsellor, mode } => view! { <Book counsellor mode /> }.into_any(),
        Screen::Booked => view! { <Booked /> }.into_any(),
        Screen::MyBooking => view! { <MyBooking /> }.into_any(),
        _ => ().into_any(),
    }
}
