//! A counsellor's screens: requests and upcoming sessions (confirm, decline with other times to offer,
//! complete, no-show), and their weekly availability and time off.
//!
//! The alias and contact a person left are shown here only: the server decrypts them for the assigned
//! counsellor and nobody else.

use api_types::booking::CounsellorSession;
use api_types::booking::{
    AvailabilityInput, AvailabilitySaved, AvailabilityWindow, CounsellorProfile, TimeOffInput,
};
use api_types::{BookingStatus, Modality, Weekday};
use chrono::DateTime;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::Tagged;
use ruta_ui::api::counsellor::{self as api};
use ruta_ui::i18n::{self, booking_status_name, channel_name, modality_name, t, tx, weekday_name};
use ruta_ui::intl;

use super::{ChangedElsewhere, Refresh, Saving, read_on_open, use_staff};

fn status_name(status: BookingStatus) -> String {
    match status {
        BookingStatus::Requested => t!("staff-sessions-status-requested"),
        BookingStatus::Declined => t!("staff-sessions-status-declined"),
        other => booking_status_name(other),
    }
}

/// The rows of `list`, each an `<li class=row_class>` with the fields `fields` draws for it (given its index)
/// and a button (`remove_class`) that takes it off; drawn again when the list or the language changes.
fn removable_rows<T, V>(
    list: RwSignal<Vec<T>>,
    row_class: &'static str,
    remove_class: &'static str,
    fields: impl Fn(usize, T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    use_staff().in_language(move || {
        let row = move |(i, item)| {
            let remove = move |_| list.update(|list| if i < list.len() { list.remove(i); });
            view! {
                <li class=row_class>
                    {fields(i, item)}
                    <button type="button" class=remove_class on:click=remove>{t!("staff-availability-remove")}</button>
                </li>
            }
        };
        list.get().into_iter().enumerate().map(row).collect_view()
    })
}

/// Requests and upcoming sessions.
#[component]
pub fn Sessions() -> impl IntoView {
    let staff = use_staff();
    let (list, load) = read_on_open(api::list_appointments);
    let decide = move |reference: String, action: &'static str| {
        spawn_local(async move {
            match api::decide(&reference, action).await {
                Ok(updated) => {
                    list.update(|l| {
                        if let Some(item) = l
                            .iter_mut()
                            .flatten()
                            .find(|s| s.booking.reference == updated.booking.reference)
                        {
                            *item = updated;
                        }
                    });
                    staff.notice.set(Some(t!("staff-saved")));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    let section = move |heading: String, id: &'static str, sessions: Vec<CounsellorSession>| {
        let lang = staff.locale.get();
        let now = DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
        let items = sessions
            .into_iter()
            .map(|s| {
                let reference = s.booking.reference.clone();
                let (r1, r2, r3, r4) = (reference.clone(), reference.clone(), reference.clone(), reference);
                let requested = s.booking.status == BookingStatus::Requested;
                let due = s.booking.status == BookingStatus::Confirmed && s.booking.start <= now;
                let contact = s.contact.clone().map(|c| {
                    view! {
                        <p class="contact">
                            {t!("staff-sessions-contact", channel = channel_name(c.channel), value = c.value)}
                        </p>
                        {c.notes.map(|notes| view! { <p class="notes">{t!("staff-sessions-notes", notes = notes)}</p> })}
                    }
                });
                let suggested = (!s.suggested.is_empty()).then(|| {
                    let times = s
                        .suggested
                        .iter()
                        .map(|x| intl::day_and_time(&x.start, lang))
                        .collect::<Vec<_>>()
                        .join(" · ");
                    view! { <p class="hint suggested">{t!("staff-sessions-suggested", times = times)}</p> }
                });
                view! {
                    <li class="card session" data-reference=s.booking.reference.clone()>
                        <h3>{intl::day_and_time(&s.booking.start, lang)}</h3>
                        <p class="session-status">{status_name(s.booking.status)}</p>
                        <p>
                            {modality_name(s.booking.modality)}{" · "}{i18n::language_name(s.booking.language.primary(), lang)}
                            {s.booking.returning.then(|| view! { " · "<strong>{t!("staff-sessions-returning")}</strong> })}
                        </p>
                        <p>{s.alias.clone().map_or_else(|| t!("staff-sessions-no-alias"), |a| t!("staff-sessions-alias", alias = a))}</p>
                        {contact}
                        {s.booking.room_url.clone().filter(|_| s.booking.status == BookingStatus::Confirmed).map(|url| view! {
                            <p><a href=url rel="noreferrer">{if s.booking.modality == Modality::Chat { t!("booking-chat-link") } else { t!("booking-room-link") }}</a></p>
                        })}
                        {suggested}
                        <div class="actions">
                            {requested.then(|| view! {
                                <button type="button" class="confirm" on:click=move |_| decide(r1.clone(), "confirm")>{t!("staff-sessions-confirm")}</button>
                                <button type="button" class="secondary decline" on:click=move |_| decide(r2.clone(), "decline")>{t!("staff-sessions-decline")}</button>
                            })}
                            {due.then(|| view! {
                                <button type="button" class="secondary complete" on:click=move |_| decide(r3.clone(), "complete")>{t!("staff-sessions-complete")}</button>
                                <button type="button" class="secondary no-show" on:click=move |_| decide(r4.clone(), "no_show")>{t!("staff-sessions-no-show")}</button>
                            })}
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section id=id>
                <h2>{heading}</h2>
                <ul class="cards">{items}</ul>
            </section>
        }
    };
    let body = move || {
        list.get().map(|sessions| {
            if sessions.is_empty() {
                return view! { <p id="no-sessions">{t!("staff-sessions-none")}</p> }.into_any();
            }
            let (requests, rest): (Vec<_>, Vec<_>) = sessions
                .into_iter()
                .partition(|s| s.booking.status == BookingStatus::Requested);
            let (upcoming, past): (Vec<_>, Vec<_>) = rest
                .into_iter()
                .partition(|s| s.booking.status == BookingStatus::Confirmed);
            view! {
                {(!requests.is_empty()).then(|| section(t!("staff-sessions-requests"), "requests", requests))}
                {(!upcoming.is_empty()).then(|| section(t!("staff-sessions-upcoming"), "upcoming", upcoming))}
                {(!past.is_empty()).then(|| section(t!("staff-sessions-past"), "past", past))}
            }
            .into_any()
        })
    };
    view! {
        <main id="sessions">
            <h1 tabindex="-1">{tx!("staff-sessions-heading")}</h1>
            <p>{tx!("staff-sessions-intro")}</p>
            <Refresh id="refresh-sessions" on_refresh=load />
            {body}
        </main>
    }
}

/// One row of time off being edited: from and until, each a date or a date and time in the counsellor's zone.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OffRow {
    from: String,
    until: String,
}

/// Weekly availability, time off, and the session rules, in the counsellor's own zone.
#[component]
pub fn Availability() -> impl IntoView {
    let staff = use_staff();
    let profile = RwSignal::new(None::<CounsellorProfile>);
    let weekly = RwSignal::new(Vec::<AvailabilityWindow>::new());
    let time_off = RwSignal::new(Vec::<OffRow>::new());
    let session = RwSignal::new(String::new());
    let buffer = RwSignal::new(String::new());
    let notice = RwSignal::new(String::new());
    let horizon = RwSignal::new(String::new());
    let outside = RwSignal::new(None::<u32>);
    // The profile's entity tag, sent back with the save: a change the organisation saved meanwhile is never
    // overwritten (the save is refused, and "Reload" reads the profile again).
    let saving = Saving::new(None);
    let Saving {
        busy, changed, etag, ..
    } = saving;
    let fill = move |p: CounsellorProfile| {
        weekly.set(p.weekly.clone());
        time_off.set(
            p.time_off
                .iter()
                .map(|t| OffRow {
                    from: t.from.clone(),
                    until: t.until.clone(),
                })
                .collect(),
        );
        session.set(p.session_minutes.to_string());
        buffer.set(p.buffer_minutes.to_string());
        notice.set(p.notice_minutes.to_string());
        horizon.set(p.horizon_days.to_string());
        profile.set(Some(p));
    };
    let load = move || {
        spawn_local(async move {
            match api::read_profile().await {
                Ok(p) => {
                    etag.set_value(p.etag);
                    changed.set(false);
                    fill(p.value);
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    load();
    let on_reload = Callback::new(move |()| {
        staff.notice.set(None);
        outside.set(None);
        load();
    });
    // Empty keeps the stored value; anything else that is not a number goes as -1, so the server names the field.
    let number = |s: RwSignal<String>| {
        let text = s.get_untracked();
        let text = text.trim();
        (!text.is_empty()).then(|| text.parse::<i64>().unwrap_or(-1))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = AvailabilityInput {
            weekly: weekly.get_untracked(),
            time_off: time_off
                .get_untracked()
                .into_iter()
                .filter(|r| !r.from.is_empty() || !r.until.is_empty())
                .map(|r| TimeOffInput {
                    from: r.from,
                    until: r.until,
                })
                .collect(),
            session_minutes: number(session),
            buffer_minutes: number(buffer),
            notice_minutes: number(notice),
            horizon_days: number(horizon),
        };
        outside.set(None);
        let save = api::save_availability(&input, etag.get_value().as_deref());
        let done = move |saved: Tagged<AvailabilitySaved>| {
            etag.set_value(saved.etag);
            outside.set(Some(saved.value.bookings_outside));
            fill(saved.value.profile);
            staff.notice.set(Some(t!("staff-saved")));
        };
        saving.run(save, done, &[], |_| {});
    };

    let day_options = move |selected: Weekday| {
        Weekday::ALL
            .into_iter()
            .map(|day| {
                view! { <option value=day.as_str() prop:selected=day == selected>{weekday_name(day)}</option> }
            })
            .collect_view()
    };
    let windows = removable_rows(weekly, "window-row", "link remove-window", move |i, w| {
        let set = move |change: Box<dyn Fn(&mut AvailabilityWindow)>| {
            weekly.update(|list| {
                if let Some(item) = list.get_mut(i) {
                    change(item);
                }
            });
        };
        view! {
            <div class="field">
                <label for=format!("window-day-{i}")>{t!("staff-availability-day")}</label>
                <select id=format!("window-day-{i}") on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(day) = Weekday::ALL.into_iter().find(|d| d.as_str() == value) {
                        set(Box::new(move |w| w.day = day));
                    }
                }>{day_options(w.day)}</select>
            </div>
            <div class="field">
                <label for=format!("window-from-{i}")>{t!("staff-availability-from")}</label>
                <input id=format!("window-from-{i}") type="time" prop:value=w.from.clone()
                    on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |w| w.from = v.clone())); } />
            </div>
            <div class="field">
                <label for=format!("window-until-{i}")>{t!("staff-availability-until")}</label>
                <input id=format!("window-until-{i}") type="time" prop:value=w.until
                    on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |w| w.until = v.clone())); } />
            </div>
        }
    });
    let offs = removable_rows(time_off, "off-row", "link remove-off", move |i, r| {
        let set = move |from: bool, value: String| {
            time_off.update(|list| {
                if let Some(item) = list.get_mut(i) {
                    if from {
                        item.from = value;
                    } else {
                        item.until = value;
                    }
                }
            });
        };
        view! {
            <div class="field">
                <label for=format!("off-from-{i}")>{t!("staff-availability-off-from")}</label>
                <input id=format!("off-from-{i}") type="datetime-local" prop:value=r.from.clone()
                    on:change=move |ev| set(true, event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for=format!("off-until-{i}")>{t!("staff-availability-off-until")}</label>
                <input id=format!("off-until-{i}") type="datetime-local" prop:value=r.until
                    on:change=move |ev| set(false, event_target_value(&ev)) />
            </div>
        }
    });
    let numbers = move || {
        let field = |id: &'static str, label: String, signal: RwSignal<String>| {
            view! {
                <label for=id>{label}</label>
                <input id=id type="number" inputmode="numeric" min="0" prop:value=move || signal.get()
                    on:change=move |ev| signal.set(event_target_value(&ev)) />
            }
        };
        view! {
            {field("session-minutes", t!("staff-availability-session"), session)}
            {field("buffer-minutes", t!("staff-availability-buffer"), buffer)}
            {field("notice-minutes", t!("staff-availability-notice"), notice)}
            {field("horizon-days", t!("staff-availability-horizon"), horizon)}
        }
    };
    let zone = move || {
        profile.with(|p| {
            p.as_ref()
                .map(|p| t!("staff-availability-zone", zone = p.timezone.clone()))
        })
    };
    let outside_text = move || {
        outside.get().filter(|n| *n > 0).map(|n| {
            view! { <p id="bookings-outside" class="notice" role="status">{t!("staff-availability-outside", count = usize::try_from(n).unwrap_or(0))}</p> }
        })
    };
    view! {
        <main id="availability">
            <h1 tabindex="-1">{tx!("staff-availability-heading")}</h1>
            <p>{zone}</p>
            {outside_text}
            <form id="availability-form" on:submit=save>
                <fieldset>
                    <legend>{tx!("staff-availability-weekly")}</legend>
                    <ul class="rows">{windows}</ul>
                    <button type="button" id="add-window" class="secondary"
                        on:click=move |_| weekly.update(|list| list.push(AvailabilityWindow { day: Weekday::Mon, from: "09:00".into(), until: "13:00".into() }))>
                        {tx!("staff-availability-add-window")}
                    </button>
                </fieldset>
                <fieldset>
                    <legend>{tx!("staff-availability-time-off")}</legend>
                    <p class="hint">{tx!("staff-availability-time-off-hint")}</p>
                    <ul class="rows">{offs}</ul>
                    <button type="button" id="add-off" class="secondary"
                        on:click=move |_| time_off.update(|list| list.push(OffRow { from: String::new(), until: String::new() }))>
                        {tx!("staff-availability-add-off")}
                    </button>
                </fieldset>
                <fieldset>
                    <legend>{tx!("staff-availability-rules")}</legend>
                    {numbers}
                </fieldset>
                {move || changed.get().then(|| view! { <ChangedElsewhere message=t!("staff-changed-profile") on_reload /> })}
                <button id="save-availability" type="submit" prop:disabled=move || busy.get() || changed.get()>{tx!("staff-availability-save")}</button>
            </form>
        </main>
    }
}
