//! Pieces shared by the screens: the demo notice, the emergency numbers, call/text/WhatsApp links, error
//! messages with "try again", and the SVG locator.

use api_types::{CountryInfo, Phone, PhoneChannel};
use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::format::{
    LOCATOR_RADIUS, fixed, local_tel_href, locator_point, locator_radius, locator_scale, ring_label,
    sms_href, tel_href, whatsapp_href,
};
use crate::i18n::{Lang, failure_text, t, tx};
use crate::intl;
use crate::state::use_app;

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
    /// Everywhere else.
    Elsewhere,
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

fn country_display_name(country: &CountryInfo, lang: Lang) -> String {
    country
        .names
        .get(lang.tag())
        .or_else(|| country.names.get("es"))
        .cloned()
        .unwrap_or_else(|| intl::country_name(country.iso2.as_str(), lang))
}

/// The country's emergency numbers and national hotlines, on every screen once a country is known.
#[component]
pub fn Emergency() -> impl IntoView {
    let state = use_app();
    move || {
        let lang = state.locale.get();
        state.country.get().map(|country| {
            let name = country_display_name(&country, lang);
            let numbers = country
                .emergency_numbers
                .iter()
                .map(|e| {
                    view! {
                        <li>
                            <a class="emergency-call" href=local_tel_href(&e.number)>
                                {t!("emergency-call", number = e.number.clone())}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let hotlines = (!country.hotlines.is_empty()).then(|| {
                let items = country
                    .hotlines
                    .into_iter()
                    .map(|h| {
                        view! {
                            <li class="hotline">
                                <p class="hotline-name" lang=h.name_lang>{h.name}</p>
                                <PhoneLinks phones=h.phones style=LinkStyle::Elsewhere />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{t!("hotlines-heading")}</h3>
                    <ul class="hotlines">{items}</ul>
                }
            });
            view! {
                <section id="emergency" aria-labelledby="emergency-heading">
                    <h2 id="emergency-heading">{t!("emergency-heading", country = name)}</h2>
                    <ul class="emergency-numbers">{numbers}</ul>
                    {hotlines}
                </section>
            }
        })
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
#[component]
pub fn Locator(
    /// `(distance_m, bearing_degrees)` of each result, in list order.
    points: Vec<(u32, u16)>,
) -> impl IntoView {
    let farthest = points.iter().map(|p| p.0).max().unwrap_or(0);
    let scale = locator_scale(farthest);
    let rings = scale
        .rings_m
        .iter()
        .map(|&ring| {
            let r = locator_radius(ring, scale.edge_m);
            view! {
                <circle cx="0" cy="0" r=fixed(r, 1) fill="none" stroke="#8792a2" stroke-width="0.8" />
                <text x="2" y=fixed(-r - 2.0, 1) font-size="8" fill="#3d4654">
                    {ring_label(ring)}
                </text>
            }
        })
        .collect_view();
    // Farthest first, so the nearest places are drawn on top.
    let dots = points
        .into_iter()
        .enumerate()
        .rev()
        .map(|(i, (distance, bearing))| {
            let (x, y) = locator_point(distance, bearing, scale.edge_m);
            let (x, y) = (fixed(x, 1), fixed(y, 1));
            view! {
                <g class="locator-dot">
                    <circle cx=x.clone() cy=y.clone() r="7" fill="#1d4ed8" stroke="#ffffff" stroke-width="1.5" />
                    <text
                        x=x
                        y=y
                        text-anchor="middle"
                        dominant-baseline="central"
                        font-size="8"
                        font-weight="bold"
                        fill="#ffffff"
                    >
                        {i + 1}
                    </text>
                </g>
            }
        })
        .collect_view();
    let north_y = fixed(-LOCATOR_RADIUS - 8.0, 1);
    view! {
        <svg
            id="locator"
            role="img"
            aria-label=tx!("locator-label")
            viewBox="-110 -110 220 220"
            xmlns="http://www.w3.org/2000/svg"
        >
            {rings}
            <text x="0" y=north_y text-anchor="middle" font-size="10" font-weight="bold" fill="#1a202c">
                {tx!("compass-n")}
            </text>
            <line x1="-6" y1="0" x2="6" y2="0" stroke="#b91c1c" stroke-width="1.5" />
            <line x1="0" y1="-6" x2="0" y2="6" stroke="#b91c1c" stroke-width="1.5" />
            <circle cx="0" cy="0" r="3" fill="#b91c1c" />
            {dots}
        </svg>
    }
}
