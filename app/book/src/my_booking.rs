//! "My booking": open one with its reference and secret; see its status, cancel it, move it, book again.

use api_types::ErrorCode;
use api_types::booking::BookingChange;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, booking};
use ruta_ui::components::back_nav;
use ruta_ui::i18n::{failure_text, t, tx};
use ruta_ui::state::{BookMode, HeldBooking, Screen, use_app};

use crate::booked::{BookingFacts, CalendarButton};
use crate::client::normalize_code;

/// "My booking": open with reference and secret; see, cancel, move, book again.
#[component]
pub fn MyBooking() -> impl IntoView {
    let state = use_app();
    let reference_field = RwSignal::new(String::new());
    let secret_field = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let asking_cancel = RwSignal::new(false);

    let open = move |reference: String, secret: String| {
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let answer = booking::read_appointment(&reference, &secret).await;
            busy.set(false);
            match answer {
                Ok(booking) => {
                    // The codes leave the fields once they have opened the booking: a glance at the phone
                    // should not find the secret sitting there.
                    reference_field.set(String::new());
                    secret_field.set(String::new());
                    state.held.set(Some(HeldBooking { booking, secret }));
                }
                Err(ApiFailure::Api {
                    code: ErrorCode::NotFound,
                    ..
                }) => {
                    problem.set(Some(t!("booking-not-found")));
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
        });
    };
    // Coming back to this screen with a booking in memory: ask for its status again.
    if let Some(held) = state.held.get_untracked() {
        open(held.booking.reference, held.secret);
    }
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        open(
            normalize_code(&reference_field.get_untracked()),
            normalize_code(&secret_field.get_untracked()),
        );
    };
    let cancel = move |_| {
        let Some(held) = state.held.get_untracked() else {
            return;
        };
        let change = BookingChange {
            action: "cancel".into(),
            start: None,
        };
        busy.set(true);
        spawn_local(async move {
            let answer = booking::change_appointment(&held.booking.reference, &held.secret, &change).await;
            busy.set(false);
            asking_cancel.set(false);
            match answer {
                Ok(booking) => {
                    state.held.set(Some(HeldBooking {
                        booking,
                        secret: held.secret,
                    }));
                    done.set(Some(t!("booking-cancelled-done")));
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
        });
    };
    let go = move |mode: BookMode| {
        if let Some(held) = state.held.get_untracked() {
            state.screen.set(Screen::Book {
                counsellor: held.booking.counsellor_id,
                mode,
            });
        }
    };
    let shown = move || {
        state.held.get().map(|held| {
            let active = held.booking.status.holds_slot();
            let name = held.booking.counsellor_name.clone();
            view! {
                <section id="my-booking" aria-live="polite">
                    <h2 class="code">{held.booking.reference.clone()}</h2>
                    <BookingFacts booking=held.booking.clone() />
                    {active.then(|| view! { <CalendarButton held=held.clone() /> })}
                    <div class="actions">
                        {active.then(|| view! {
                            <button id="move-booking" type="button" class="secondary" on:click=move |_| go(BookMode::Reschedule)>{t!("booking-move")}</button>
                            <button id="cancel-booking" type="button" class="secondary" on:click=move |_| asking_cancel.set(true)>{t!("booking-cancel")}</button>
                        })}
                        <button id="book-again" type="button" class="secondary" on:click=move |_| go(BookMode::Again)>
                            {t!("booking-again", name = name)}
                        </button>
                    </div>
                    <Show when=move || asking_cancel.get()>
                        <div class="confirm-box" role="alertdialog" aria-labelledby="cancel-question">
                            <p id="cancel-question">{tx!("booking-cancel-question")}</p>
                            <button id="cancel-yes" type="button" on:click=cancel>{tx!("booking-cancel-confirm")}</button>
                            <button type="button" class="secondary" on:click=move |_| asking_cancel.set(false)>{tx!("booking-cancel-keep")}</button>
                        </div>
                    </Show>
                </section>
            }
        })
    };

    view! {
        <main id="my-booking-screen">
            {back_nav(tx!("booking-back"), Callback::new(move |()| state.screen.set(Screen::Home)))}
            <h1 tabindex="-1">{tx!("booking-mine-heading")}</h1>
            <Show when=move || state.held.with(Option::is_none)>
                <p>{tx!("booking-mine-intro")}</p>
            </Show>
            <form id="open-booking" on:submit=submit>
                <label for="lookup-reference">{tx!("booking-reference")}</label>
                <input id="lookup-reference" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    prop:value=move || reference_field.get() on:input=move |ev| reference_field.set(event_target_value(&ev)) />
                <label for="lookup-secret">{tx!("booking-secret")}</label>
                <input id="lookup-secret" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    prop:value=move || secret_field.get() on:input=move |ev| secret_field.set(event_target_value(&ev)) />
                <button id="lookup-submit" type="submit" prop:disabled=move || busy.get()>{tx!("booking-mine-open")}</button>
            </form>
            {move || problem.get().map(|p| view! { <p id="booking-problem" class="notice" role="alert">{p}</p> })}
            {move || done.get().map(|d| view! { <p id="booking-done" class="notice" role="status">{d}</p> })}
            {shown}
        </main>
    }
}
