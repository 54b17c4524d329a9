//! Right after booking: the reference and the secret, once, what happens next, and the calendar file.

use api_types::booking::BookingView;
use api_types::{BookingStatus, Modality};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::booking;
use ruta_ui::i18n::{self, booking_status_name, failure_text, modality_name, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{HeldBooking, Screen, use_app};

/// The facts of a booking: when, with whom, how, status, link, deletion date.
#[component]
pub(crate) fn BookingFacts(booking: BookingView) -> impl IntoView {
    let state = use_app();
    let b = StoredValue::new(booking);
    move || {
        let lang = state.locale.get();
        b.with_value(|b| {
            let next = match b.modality {
                Modality::Video => t!("booking-next-video"),
                Modality::Phone => t!("booking-next-phone", name = b.counsellor_name.clone()),
                Modality::Chat => t!("booking-next-chat"),
            };
            let link = b
                .room_url
                .clone()
                .filter(|_| b.status.holds_slot())
                .map(|url| {
                    let label = if b.modality == Modality::Chat { t!("booking-chat-link") } else { t!("booking-room-link") };
                    view! { <p><a id="room-link" href=url rel="noreferrer">{label}</a></p> }
                });
            view! {
                <dl class="facts">
                    <dt>{t!("booking-status-label")}</dt>
                    <dd id="booking-status" class=format!("status-{}", b.status)>{booking_status_name(b.status)}</dd>
                    <dt>{t!("booking-when-label")}</dt>
                    <dd>{intl::day_and_time(&b.start, lang)}</dd>
                    <dt>{t!("booking-with-label")}</dt>
                    <dd>{b.counsellor_name.clone()}</dd>
                    <dt>{t!("booking-how-label")}</dt>
                    <dd>{modality_name(b.modality)}{" · "}{i18n::language_name(b.language.primary(), lang)}</dd>
                </dl>
                {b.returning.then(|| view! { <p class="hint">{t!("booking-returning")}</p> })}
                {(b.status == BookingStatus::Declined).then(|| view! { <p class="notice">{t!("booking-declined-hint")}</p> })}
                {b.status.holds_slot().then(|| view! { <p>{next}</p> })}
                {link}
                <p class="hint">{t!("booking-deleted-on", date = intl::long_date(&b.delete_after, lang))}</p>
            }
        })
    }
}

/// The calendar file of the held booking, downloaded through the page (the secret goes in a header).
#[component]
pub(crate) fn CalendarButton(held: HeldBooking) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let held = StoredValue::new(held);
    let fetch = move |_| {
        let held = held.get_value();
        spawn_local(async move {
            let reference = &held.booking.reference;
            if let Err(failure) = booking::download_calendar(reference, &held.secret, "appointment.ics").await
            {
                problem.set(Some(failure_text(&failure)));
            }
        });
    };
    view! {
        <button id="download-ics" type="button" class="secondary" on:click=fetch>{tx!("booking-calendar")}</button>
        <p class="hint">{tx!("booking-calendar-hint")}</p>
        {move || problem.get().map(|p| view! { <p class="notice" role="alert">{p}</p> })}
    }
}

/// Right after booking: the reference and the secret, once, and what happens next.
#[component]
pub fn Booked() -> impl IntoView {
    let state = use_app();
    let Some(held) = state.held.get_untracked() else {
        return view! { <main id="booked"><h1 tabindex="-1">{tx!("booking-mine-heading")}</h1></main> }
            .into_any();
    };
    let reference = held.booking.reference.clone();
    let secret = held.secret.clone();
    view! {
        <main id="booked">
            <h1 tabindex="-1">{tx!("booking-done-heading")}</h1>
            <p>{tx!("booking-done-intro")}</p>
            {held.booking.returning.then(|| view! { <p id="new-codes" class="notice">{t!("booking-again-new-codes")}</p> })}
            <dl class="codes">
                <dt>{tx!("booking-reference")}</dt>
                <dd id="booking-reference" class="code">{reference}</dd>
                <dt>{tx!("booking-secret")}</dt>
                <dd id="booking-secret" class="code">{secret}</dd>
            </dl>
            <h2>{tx!("booking-next-heading")}</h2>
            <p>{move || t!("booking-next-confirm", name = state.held.with(|h| h.as_ref().map(|h| h.booking.counsellor_name.clone()).unwrap_or_default()))}</p>
            <BookingFacts booking=held.booking.clone() />
            <CalendarButton held />
            <button id="see-my-booking" type="button" class="link" on:click=move |_| state.screen.set(Screen::MyBooking)>
                {tx!("remote-session-have-booking")}
            </button>
        </main>
    }
    .into_any()
}
