//! The booking bundle (`--features book`): the remote-session screens, mounted by the survivor app into its own
//! page when someone opens them (see `pages::remote::BookingHost`). Same rules as the app: memory only, relative
//! URLs, every text a Fluent message. "Back to the start" is an event the survivor app listens to.

use std::any::Any;
use std::cell::RefCell;

use leptos::leptos_dom::helpers::request_animation_frame;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::i18n::{self, Lang};
use crate::pages::booking;
use crate::state::{AppState, Screen};

thread_local! {
    /// The screens mounted last time: unmounted before mounting again.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Mounts the booking screens into `root` in language `lang` (a BCP 47 tag the app ships), at `entry`:
/// `counsellors` or `my-booking`.
#[wasm_bindgen]
pub fn mount_booking(root: web_sys::HtmlElement, lang: &str, entry: &str) {
    let lang = Lang::from_tag(lang).unwrap_or(Lang::Es);
    let screen = if entry == "my-booking" {
        Screen::MyBooking
    } else {
        Screen::Counsellors
    };
    drop(MOUNTED.with(|m| m.borrow_mut().take()));
    let handle = leptos::mount::mount_to(root, move || view! { <BookingApp lang screen /> });
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(handle)));
}

/// The booking screens' root.
#[component]
fn BookingApp(lang: Lang, screen: Screen) -> impl IntoView {
    i18n::activate(lang);
    let state = AppState::new(lang, false);
    state.screen.set(screen);
    i18n::install(state.locale);
    provide_context(state);
    crate::focus_on_screen_change(state);
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
        if state.screen.get() == Screen::Home
            && let Some(window) = web_sys::window()
            && let Ok(event) = web_sys::Event::new("ruta-home")
        {
            let _ = window.dispatch_event(&event);
        }
    });
    move || match state.screen.get() {
        Screen::Counsellors => view! { <booking::Counsellors /> }.into_any(),
        Screen::Book { counsellor, mode } => view! { <booking::Book counsellor mode /> }.into_any(),
        Screen::Booked => view! { <booking::Booked /> }.into_any(),
        Screen::MyBooking => view! { <booking::MyBooking /> }.into_any(),
        _ => ().into_any(),
    }
}
