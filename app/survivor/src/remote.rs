//! Remote sessions from the survivor app: the entry on the home screen, and the host that loads the booking
//! screens (a bundle of their own, `ruta-book`) only when someone opens them, so the first visit of everyone
//! else stays light. The URL never changes: the booking screens mount inside this page. How they are loaded
//! and what they answer is the mount contract described in `app/book/src/lib.rs` (`ruta_ui::booking`).

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::ApiFailure;
use ruta_ui::booking::{self, Entry};
use ruta_ui::components::LoadError;
use ruta_ui::i18n::{t, tx};
use ruta_ui::state::{Screen, use_app};

/// The entry on the home screen: book a remote session, or open a booking.
#[component]
pub fn BookingEntry() -> impl IntoView {
    let state = use_app();
    view! {
        <section class="booking-entry" aria-labelledby="booking-entry-heading">
            <h2 id="booking-entry-heading">{tx!("remote-session-heading")}</h2>
            <p>{tx!("remote-session-intro")}</p>
            <button id="open-counsellors" type="button" class="secondary" on:click=move |_| state.screen.set(Screen::Counsellors { organization: None })>
                {tx!("remote-session-book")}
            </button>
            <button id="open-my-booking" type="button" class="link" on:click=move |_| state.screen.set(Screen::MyBooking)>
                {tx!("remote-session-have-booking")}
            </button>
        </section>
    }
}

/// Where the booking bundle stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loading {
    Waiting,
    Shown,
    Failed,
}

/// Loads the booking screens into this page ([`booking::open`]) and mounts them at `entry`.
#[component]
pub fn BookingHost(entry: Entry) -> impl IntoView {
    let state = use_app();
    let root = NodeRef::<html::Div>::new();
    let loading = RwSignal::new(Loading::Waiting);
    let attempt = RwSignal::new(0_u32);
    Effect::new(move |_| {
        attempt.track();
        let Some(element) = root.get() else { return };
        let lang = state.locale.get_untracked();
        loading.set(Loading::Waiting);
        spawn_local(async move {
            let shown = booking::open(&element, lang, entry).await;
            loading.set(if shown.is_ok() {
                Loading::Shown
            } else {
                Loading::Failed
            });
        });
    });
    let status = move || match loading.get() {
        Loading::Waiting => Some(
            view! { <p id="booking-loading" class="status" role="status">{t!("service-loading")}</p> }
                .into_any(),
        ),
        Loading::Failed => {
            let retry = Callback::new(move |()| attempt.update(|n| *n = n.wrapping_add(1)));
            Some(view! { <main><LoadError failure=ApiFailure::Network retry /></main> }.into_any())
        }
        Loading::Shown => None,
    };
    view! {
        {status}
        <div id="booking-root" node_ref=root></div>
    }
}
