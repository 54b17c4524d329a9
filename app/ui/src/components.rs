//! Pieces shared by the screens: the demo notice, call/text/WhatsApp links, error
//! messages with "try again", the SVG locator, and focus after a screen change.

use api_types::{Phone, PhoneChannel};
use leptos::leptos_dom::helpers::request_animation_frame;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{ApiFailure, DeliveryFilter};
use crate::format::{locator_markup, sms_href, tel_href, whatsapp_href};
use crate::i18n::{failure_text, t, tx};
use crate::state::{AppState, Screen, use_app};

/// Shown on every screen once any answer said `"demo": true`.
#[component]
pub fn DemoNotice() -> impl IntoView {
    let state = use_app();
    move || {
        state
            .demo
            .get()
            .then(|| view! { <p id="demo-notice" role="note">{tx!("demo-notice")}</p> })
    }
}

/// Which classes the call/text/WhatsApp links get: the service screen's `call`/`sms`/`whatsapp`, or
/// `contact-*` elsewhere (emergency block, remote help), so each screen's actions can be told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// The service screen's main actions.
    Service,
    /// Every other block's links (emergency numbers, remote help): the `contact-*` classes.
    Elsewhere,
}

/// The delivery filter's choices ("any", in person, remote) as `<option>`s, `chosen` selected: the survivor's
/// filters and the operator's console offer the same.
pub fn delivery_options(chosen: DeliveryFilter) -> impl IntoView {
    [
        (DeliveryFilter::Any, t!("filter-delivery-any")),
        (DeliveryFilter::InPerson, t!("filter-delivery-in-person")),
        (DeliveryFilter::Remote, t!("filter-delivery-remote")),
    ]
    .into_iter()
    .map(|(value, label)| view! { <option value=value.as_str() selected=chosen == value>{label}</option> })
    .collect_view()
}

/// The way back, first on a screen: a button labelled `label` (a `tx!` text) that runs `back`.
pub fn back_nav(
    label: impl Fn() -> String + Copy + Send + Sync + 'static,
    back: Callback<()>,
) -> impl IntoView {
    view! {
        <nav aria-label=tx!("nav-label")>
            <button type="button" class="back" on:click=move |_| back.run(())>{label}</button>
        </nav>
    }
}

/// A service's numbers as large links, one per channel, with a note when WhatsApp is among them.
#[component]
pub fn PhoneLinks(phones: Vec<Phone>, style: LinkStyle) -> impl IntoView {
    let (call, sms, whatsapp) = match style {
        LinkStyle::Service => ("call", "sms", "whatsapp"),
        LinkStyle::Elsewhere => ("contact-call", "contact-sms", "contact-whatsapp"),
    };
    let has_whatsapp = phones
        .iter()
        .any(|p| p.channels.contains(&PhoneChannel::Whatsapp));
    let items = phones
        .into_iter()
        .map(|phone| {
            let links = phone
                .channels
                .iter()
                .map(|channel| {
                    let number = phone.number.as_str().to_owned();
                    match channel {
                        PhoneChannel::Voice => view! {
                            <a class=call href=tel_href(&phone.number)>
                                {move || t!("action-call", number = number.clone())}
                            </a>
                        }
                        .into_any(),
                        PhoneChannel::Sms => view! {
                            <a class=sms href=sms_href(&phone.number)>
                                {move || t!("action-sms", number = number.clone())}
                            </a>
                        }
                        .into_any(),
                        PhoneChannel::Whatsapp => view! {
                            <a class=whatsapp href=whatsapp_href(&phone.number) rel="noopener noreferrer">
                                {move || t!("action-whatsapp", number = number.clone())}
                            </a>
                        }
                        .into_any(),
                    }
                })
                .collect_view();
            view! {
                <li class="phone">
                    {phone.label.map(|label| view! { <span class="phone-label">{label}</span> })}
                    <span class="phone-links">{links}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="phones">{items}</ul>
        {has_whatsapp.then(|| view! { <p class="whatsapp-note">{tx!("whatsapp-note")}</p> })}
    }
}

/// What went wrong, calmly, with "Try again" when trying again can help.
#[component]
pub fn LoadError(failure: ApiFailure, retry: Callback<()>) -> impl IntoView {
    let retryable = failure.is_retryable();
    view! {
        <div class="load-error" role="alert">
            <p>{move || failure_text(&failure)}</p>
            {retryable
                .then(|| {
                    view! {
                        <button type="button" class="retry" on:click=move |_| retry.run(())>
                            {tx!("retry")}
                        </button>
                    }
                })}
        </div>
    }
}

/// A chart of where the results are: the search origin at the centre, rings at round distances, each place a
/// numbered dot (the number of the list) placed by bearing and distance. Drawn with SVG presentation
/// attributes only (the CSP allows no inline styles) and from nothing but the answer: no map tiles.
///
/// The drawing is one string of markup made from numbers and the app's own labels (escaped): built as views it
/// cost several times more wasm for a picture that never changes once drawn.
/// `points` are the `(distance_m, bearing_degrees)` of each result, in list order.
pub fn locator(points: &[(u32, u16)]) -> impl IntoView + use<> {
    let markup = locator_markup(points, &t!("compass-n"), &crate::i18n::distance_text);
    view! {
        <svg
            id="locator"
            role="img"
            aria-label=t!("locator-label")
            viewBox="-110 -110 220 220"
            xmlns="http://www.w3.org/2000/svg"
            inner_html=markup
        ></svg>
    }
}

/// After moving to another screen: back to the top, focus on its heading (so screen readers announce it).
pub fn focus_on_screen_change(state: AppState) {
    Effect::new(move |previous: Option<Screen>| {
        let screen = state.screen.get();
        if previous.is_some_and(|p| p != screen) {
            request_animation_frame(|| {
                let Some(window) = web_sys::window() else { return };
                window.scroll_to_with_x_and_y(0.0, 0.0);
                let heading = window
                    .document()
                    .and_then(|d| d.query_selector("main h1").ok().flatten())
                    .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(heading) = heading {
                    let _ = heading.focus();
                }
            });
        }
        screen
    });
}
