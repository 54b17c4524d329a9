//! Remote sessions from the survivor app: the entry on the home screen, and the host that loads the booking
//! screens (a bundle of their own, `--features book`) only when someone opens them, so the first visit of
//! everyone else stays light. The URL never changes: the booking screens mount inside this page.

use js_sys::{Function, Promise, Reflect};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::api::ApiFailure;
use crate::components::LoadError;
use crate::i18n::{t, tx};
use crate::state::{Screen, use_app};

/// The entry on the home screen: book a remote session, or open a booking.
#[component]
pub fn BookingEntry() -> impl IntoView {
    let state = use_app();
    view! {
        <section class="booking-entry" aria-labelledby="booking-entry-heading">
            <h2 id="booking-entry-heading">{tx!("remote-session-heading")}</h2>
            <p>{tx!("remote-session-intro")}</p>
            <button id="open-counsellors" type="button" class="secondary" on:click=move |_| state.screen.set(Screen::Counsellors)>
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

/// Loads the booking screens into this page (`window.rutaBooking`, defined by the boot script with the
/// bundle's content-hashed names) and mounts them at `entry`: `counsellors` or `my-booking`.
#[component]
pub fn BookingHost(entry: &'static str) -> impl IntoView {
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
            let shown = mount(&element, lang.tag(), entry).await;
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

async fn mount(element: &web_sys::HtmlDivElement, lang: &str, entry: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let load: Function = Reflect::get(&window, &JsValue::from_str("rutaBooking"))?.dyn_into()?;
    let promise: Promise = load
        .call3(
            &JsValue::NULL,
            element,
            &JsValue::from_str(lang),
            &JsValue::from_str(entry),
        )?
        .dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}
