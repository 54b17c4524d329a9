//! Choosing a time with a counsellor, in the phone's own time zone: for a new booking, another one with the same
//! counsellor, or moving the held booking.

use api_types::ErrorCode;
use api_types::booking::{BookingChange, SlotList};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, booking};
use ruta_ui::components::back_nav;
use ruta_ui::i18n::{failure_text, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{BookMode, HeldBooking, Screen, use_app};
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::form::BookingForm;

/// Choosing a time, then (for a new booking or a second one) the form with the consent.
#[component]
pub fn Book(counsellor: Uuid, mode: BookMode) -> impl IntoView {
    let state = use_app();
    let zone = intl::time_zone();
    let page = RwSignal::new(0_usize);
    let slots = RwSignal::new(None::<Result<SlotList, ApiFailure>>);
    let chosen = RwSignal::new(None::<DateTime<Utc>>);
    let known = state.counsellor.get_untracked().filter(|c| c.id == counsellor);
    let profile = RwSignal::new(known.clone());
    if known.is_none() {
        // Coming from "My booking": the counsellor's profile is asked for by name in the list.
        spawn_local(async move {
            if let Ok(list) = booking::list_counsellors(None).await
                && let Some(found) = list.into_iter().find(|c| c.id == counsellor)
            {
                profile.set(Some(found));
            }
        });
    }
    let zone_for_request = zone.clone();
    // Pages follow the server's clock, not the phone's (which may be wrong): the first page is "from now" as the
    // server sees it, each next one starts where the previous one ended.
    let page_starts = StoredValue::new(Vec::<DateTime<Utc>>::new());
    Effect::new(move |_| {
        let index = page.get();
        let from = page_starts
            .with_value(|p| p.get(index.saturating_sub(1)).copied())
            .filter(|_| index > 0);
        let zone = zone_for_request.clone();
        slots.set(None);
        spawn_local(async move {
            let mut answer = booking::counsellor_slots(counsellor, from, zone.as_deref()).await;
            // A zone name the server does not know (an unusual browser): the times are shown in the phone's zone
            // anyway, so ask without it.
            if matches!(&answer, Err(ApiFailure::Api { field: Some(f), .. }) if f == "tz") {
                answer = booking::counsellor_slots(counsellor, from, None).await;
            }
            if let Ok(list) = &answer {
                page_starts.update_value(|p| {
                    p.truncate(index);
                    p.push(list.to);
                });
            }
            slots.set(Some(answer));
        });
    });

    let name = move || profile.with(|p| p.as_ref().map(|p| p.display_name.clone()).unwrap_or_default());
    let heading = move || match mode {
        BookMode::Reschedule => t!("booking-move-heading", name = name()),
        _ => t!("booking-times-heading", name = name()),
    };
    let zone_line = zone.map(|z| {
        let city = ruta_ui::format::zone_city(&z);
        move || t!("booking-times-zone", zone = city.clone())
    });
    // One day at a time (a counsellor may have eighty free times in two weeks): `day` indexes the days of the
    // page shown, `usize::MAX` meaning its last (stepping back from the next page).
    let day = RwSignal::new(0_usize);
    let all_times = RwSignal::new(false);
    let days = Memo::new(move |_| {
        let lang = state.locale.get();
        slots.with(|s| match s {
            Some(Ok(list)) => days_of(list, lang),
            _ => Vec::new(),
        })
    });
    let shown_day = move || day.get().min(days.with(|d| d.len().saturating_sub(1)));
    let next_day = move |_| {
        all_times.set(false);
        if shown_day() + 1 < days.with(Vec::len) {
            day.set(shown_day() + 1);
        } else {
            day.set(0);
            page.update(|p| *p += 1);
        }
    };
    let earlier_day = move |_| {
        all_times.set(false);
        if shown_day() > 0 {
            day.set(shown_day() - 1);
        } else if page.get_untracked() > 0 {
            day.set(usize::MAX);
            page.update(|p| *p -= 1);
        }
    };
    let times = move || match slots.get() {
        None => view! { <p class="status" role="status">{t!("service-loading")}</p> }.into_any(),
        Some(Err(failure)) => {
            view! { <p class="notice" role="alert">{failure_text(&failure)}</p> }.into_any()
        }
        Some(Ok(list)) if list.slots.is_empty() => {
            view! { <p id="no-times" class="notice">{t!("booking-times-none")}</p> }.into_any()
        }
        Some(Ok(_)) => {
            let lang = state.locale.get();
            let Some((heading, starts)) = days.with(|d| d.get(shown_day()).cloned()) else {
                return ().into_any();
            };
            let count = starts.len();
            let shown = if all_times.get() {
                count
            } else {
                count.min(FIRST_TIMES)
            };
            let buttons = starts
                .into_iter()
                .take(shown)
                .map(|start| {
                    view! {
                        <button type="button" class="slot"
                            aria-pressed=move || (chosen.get() == Some(start)).to_string()
                            on:click=move |_| chosen.set(Some(start))>
                            {intl::time_of_day(&start, lang)}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <section class="day">
                    <h2 id="day-heading">{heading}</h2>
                    <div class="slots">{buttons}</div>
                    {(shown < count).then(|| view! {
                        <button id="more-times" type="button" class="link" on:click=move |_| all_times.set(true)>
                            {t!("booking-times-more", count = count - shown)}
                        </button>
                    })}
                </section>
            }
            .into_any()
        }
    };
    // The form (or the move button) comes into view and takes the focus as soon as a time is chosen.
    Effect::new(move |_| {
        if chosen.get().is_some() {
            leptos::leptos_dom::helpers::request_animation_frame(|| {
                let target = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector("#booking-form h2, #move-submit").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(target) = target {
                    target.scroll_into_view();
                    let _ = target.focus();
                }
            });
        }
    });
    let back = move |()| {
        state.screen.set(match mode {
            BookMode::New => Screen::Counsellors { organization: None },
            _ => Screen::MyBooking,
        });
    };
    let form = move || {
        chosen.get().map(|start| match mode {
            BookMode::Reschedule => view! { <MoveForm start /> }.into_any(),
            _ => {
                let delete_days = slots.with_untracked(|s| {
                    s.as_ref()
                        .and_then(|r| r.as_ref().ok())
                        .map_or(0, |l| l.delete_after_days)
                });
                view! { <BookingForm counsellor start mode profile=profile.into() delete_days /> }.into_any()
            }
        })
    };
    view! {
        <main id="book">
            {back_nav(tx!("booking-back"), Callback::new(back))}
            <h1 tabindex="-1">{heading}</h1>
            {zone_line.map(|line| view! { <p class="hint">{line}</p> })}
            <div id="times" aria-live="polite">{times}</div>
            <div class="pager">
                <Show when=move || { page.get() > 0 || shown_day() > 0 }>
                    <button id="earlier-day" type="button" class="secondary" on:click=earlier_day>{tx!("booking-times-earlier-day")}</button>
                </Show>
                <button id="next-day" type="button" class="secondary" on:click=next_day>{tx!("booking-times-next-day")}</button>
            </div>
            {form}
        </main>
    }
}

/// Times shown at first for a day; "more times" shows the rest.
const FIRST_TIMES: usize = 8;

/// The free times by day, as the phone shows days (its own zone), so a time never sits under another day's
/// heading.
fn days_of(list: &SlotList, lang: ruta_ui::i18n::Lang) -> Vec<(String, Vec<DateTime<Utc>>)> {
    let mut days: Vec<(String, Vec<DateTime<Utc>>)> = Vec::new();
    for slot in &list.slots {
        let day = intl::day_heading(&slot.start, lang);
        match days.last_mut() {
            Some((d, starts)) if *d == day => starts.push(slot.start),
            _ => days.push((day, vec![slot.start])),
        }
    }
    days
}

/// Moving the held booking to the chosen time.
#[component]
fn MoveForm(start: DateTime<Utc>) -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let submit = move |_| {
        let Some(held) = state.held.get_untracked() else {
            state.screen.set(Screen::MyBooking);
            return;
        };
        busy.set(true);
        problem.set(None);
        let change = BookingChange {
            action: "reschedule".into(),
            start: Some(start),
        };
        spawn_local(async move {
            let answer = booking::change_appointment(&held.booking.reference, &held.secret, &change).await;
            busy.set(false);
            match answer {
                Ok(booking) => {
                    state.held.set(Some(HeldBooking {
                        booking,
                        secret: held.secret,
                    }));
                    state.screen.set(Screen::MyBooking);
                }
                Err(ApiFailure::Api {
                    code: ErrorCode::SlotTaken,
                    ..
                }) => {
                    problem.set(Some(t!("booking-slot-taken")));
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
        });
    };
    let lang = move || state.locale.get();
    view! {
        <div class="booking-form">
            <p id="chosen-time" class="chosen">{move || t!("booking-time-chosen", when = intl::day_and_time(&start, lang()))}</p>
            {move || problem.get().map(|p| view! { <p id="booking-problem" class="notice" role="alert">{p}</p> })}
            <button id="move-submit" type="button" prop:disabled=move || busy.get() on:click=submit>{tx!("booking-move-submit")}</button>
        </div>
    }
}
