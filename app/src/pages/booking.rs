//! Remote sessions with a counsellor, without an account: find a counsellor, choose a time in the phone's own
//! time zone, say how to talk (and, only if the person wants, a name and one way to be reached), read what is
//! kept and agree, then write down a reference and a secret. "My booking" opens it again with both, to see the
//! status, cancel, move it, or book again with the same counsellor.
//!
//! The secret lives in memory only (`AppState::held`): a reload or the quick exit forgets it.

use api_types::booking::{BookingChange, BookingInput, BookingView, ContactInput, CounsellorView, SlotList};
use api_types::{LanguageCode, Population};
use chrono::{DateTime, Utc};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};

use crate::api::{ApiFailure, download, get_json, json_body, request_value};
use crate::components::LoadError;
use crate::format::joined;
use crate::i18n::{
    booking_status_name, channel_name, failure_text, modality_name, population_name, speciality_name, t, tx,
};
use crate::intl;
use crate::state::{BookMode, HeldBooking, Screen, use_app};

/// The header that carries a booking's secret (never the URL, so no log or history holds it).
const SECRET_HEADER: &str = "X-Booking-Secret";

/// Specialities a person may ask for (the API's names; labelled as the populations they are).
const SPECIALITIES: [(&str, Population); 7] = [
    ("women", Population::Women),
    ("men", Population::Men),
    ("lgbtq", Population::Lgbtq),
    ("children", Population::Children),
    ("migrants", Population::Migrants),
    ("sexual_exploitation", Population::SexualExploitation),
    ("labour_exploitation", Population::LabourExploitation),
];

/// A fresh random key from the browser (`crypto.randomUUID`), for `Idempotency-Key`.
fn random_key() -> String {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).ok();
    let uuid = crypto.and_then(|crypto| {
        let make = js_sys::Reflect::get(&crypto, &JsValue::from_str("randomUUID")).ok()?;
        let make: js_sys::Function = make.dyn_into().ok()?;
        make.call0(&crypto).ok()?.as_string()
    });
    // Very old browsers: time and `Math.random` still make a retry of this very form recognisable.
    uuid.unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

/// Decodes an answer the API gave as JSON.
fn decode<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, ApiFailure> {
    serde_wasm_bindgen::from_value(value).map_err(|_| ApiFailure::code("internal"))
}

/// Reference and secret as the person may type them: spaces trimmed, lower case accepted.
fn normalize_code(code: &str) -> String {
    code.trim().to_uppercase()
}

fn appointment_url(reference: &str) -> String {
    let reference: String = form_urlencoded::byte_serialize(reference.as_bytes()).collect();
    format!("/api/v1/appointments/{reference}")
}

/// Counsellors and the filters: language, who, experience, how.
#[component]
pub fn Counsellors() -> impl IntoView {
    let state = use_app();
    let language = RwSignal::new(String::new());
    let gender = RwSignal::new(String::new());
    let speciality = RwSignal::new(String::new());
    let modality = RwSignal::new(String::new());
    let list = RwSignal::new(None::<Result<Vec<CounsellorView>, ApiFailure>>);
    // Every language some counsellor speaks, from the unfiltered list: the choices of the language filter.
    let spoken = RwSignal::new(Vec::<String>::new());
    let retry = RwSignal::new(0_u32);

    Effect::new(move |_| {
        retry.track();
        let mut params = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("language", language.get()),
            ("gender", gender.get()),
            ("speciality", speciality.get()),
            ("modality", modality.get()),
        ] {
            if !value.is_empty() {
                params.append_pair(key, &value);
            }
        }
        let unfiltered = params.finish();
        let url = format!("/api/v1/counsellors?{unfiltered}");
        spawn_local(async move {
            let answer = get_json::<Vec<CounsellorView>>(&url, None).await;
            if let Ok(counsellors) = &answer {
                if counsellors.iter().any(|c| c.demo) {
                    state.demo.set(true);
                }
                if unfiltered.is_empty() {
                    let mut codes: Vec<String> = counsellors
                        .iter()
                        .flat_map(|c| c.languages.iter().map(|l| l.primary().to_owned()))
                        .collect();
                    codes.sort();
                    codes.dedup();
                    spoken.set(codes);
                }
            }
            list.set(Some(answer));
        });
    });

    let select = move |id: &'static str, signal: RwSignal<String>, options: Vec<(String, String)>| {
        let options = options
            .into_iter()
            .map(|(value, label)| {
                let selected = value.clone();
                view! { <option value=value prop:selected=move || signal.get() == selected>{label}</option> }
            })
            .collect_view();
        view! {
            <select id=id on:change=move |ev| signal.set(event_target_value(&ev))>
                <option value="">{t!("booking-filter-any")}</option>
                {options}
            </select>
        }
    };
    let filters = move || {
        let lang = state.locale.get();
        let languages = spoken
            .get()
            .into_iter()
            .map(|code| {
                let name = intl::language_name(&code, lang);
                (code, name)
            })
            .collect();
        let genders = [
            ("woman", t!("booking-gender-woman")),
            ("man", t!("booking-gender-man")),
            ("non_binary", t!("booking-gender-non_binary")),
        ]
        .into_iter()
        .map(|(v, l)| (v.to_owned(), l))
        .collect();
        let specialities = SPECIALITIES
            .iter()
            .map(|(v, p)| ((*v).to_owned(), population_name(*p)))
            .collect();
        let modalities = ["video", "phone", "chat"]
            .into_iter()
            .map(|m| (m.to_owned(), modality_name(m)))
            .collect();
        view! {
            <div class="booking-filters">
                <label for="counsellor-language">{t!("booking-filter-language")}</label>
                {select("counsellor-language", language, languages)}
                <label for="counsellor-gender">{t!("booking-filter-gender")}</label>
                {select("counsellor-gender", gender, genders)}
                <label for="counsellor-speciality">{t!("booking-filter-speciality")}</label>
                {select("counsellor-speciality", speciality, specialities)}
                <label for="counsellor-modality">{t!("booking-filter-modality")}</label>
                {select("counsellor-modality", modality, modalities)}
            </div>
        }
    };
    let results = move || match list.get() {
        None => view! { <p class="status" role="status">{t!("service-loading")}</p> }.into_any(),
        Some(Err(failure)) => {
            let retry = Callback::new(move |()| retry.update(|n| *n = n.wrapping_add(1)));
            view! { <LoadError failure retry /> }.into_any()
        }
        Some(Ok(counsellors)) if counsellors.is_empty() => {
            view! { <p id="no-counsellors" class="notice" role="status">{t!("booking-none")}</p> }.into_any()
        }
        Some(Ok(counsellors)) => {
            let count = counsellors.len();
            let cards = counsellors
                .into_iter()
                .map(|c| view! { <CounsellorCard counsellor=c /> })
                .collect_view();
            view! {
                <p class="summary" role="status">{t!("booking-count", count = count)}</p>
                <ul id="counsellor-list" class="cards">{cards}</ul>
            }
            .into_any()
        }
    };

    view! {
        <main id="counsellors">
            <nav aria-label=tx!("nav-label")>
                <button type="button" class="back" on:click=move |_| state.screen.set(Screen::Home)>{tx!("booking-back")}</button>
            </nav>
            <h1 tabindex="-1">{tx!("booking-list-heading")}</h1>
            <p class="intro">{tx!("booking-list-intro")}</p>
            {filters}
            {results}
        </main>
    }
}

/// One counsellor in the list.
#[component]
fn CounsellorCard(counsellor: CounsellorView) -> impl IntoView {
    let state = use_app();
    let c = StoredValue::new(counsellor);
    let details = move || {
        let lang = state.locale.get();
        c.with_value(|c| {
            let soonest = match &c.soonest {
                Some(at) => t!("booking-soonest", when = intl::day_and_time(at, lang)),
                None => t!("booking-no-soonest"),
            };
            view! {
                <p>{t!("booking-languages", languages = joined(c.languages.iter().map(|l| intl::language_name(l.primary(), lang))))}</p>
                {(!c.specialities.is_empty()).then(|| view! {
                    <p>{t!("booking-specialities", list = joined(c.specialities.iter().map(|s| speciality_name(s))))}</p>
                })}
                <p>{t!("booking-modalities", list = joined(c.modalities.iter().map(|m| modality_name(m))))}</p>
                <p class="hint">{t!("booking-session-length", minutes = usize::try_from(c.session_minutes).unwrap_or(0))}</p>
                <p class="soonest">{soonest}</p>
            }
        })
    };
    let choose = move |_| {
        let id = c.with_value(|c| c.id);
        state.counsellor.set(Some(c.get_value()));
        state.screen.set(Screen::Book {
            counsellor: id,
            mode: BookMode::New,
        });
    };
    view! {
        <li class="card counsellor">
            <h2>{c.with_value(|c| c.display_name.clone())}</h2>
            {details}
            <button type="button" class="choose-time" on:click=choose>{tx!("booking-choose-time")}</button>
        </li>
    }
}

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
            if let Ok(list) = get_json::<Vec<CounsellorView>>("/api/v1/counsellors", None).await
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
        let mut params = form_urlencoded::Serializer::new(String::new());
        if let Some(start) = page_starts
            .with_value(|p| p.get(index.saturating_sub(1)).copied())
            .filter(|_| index > 0)
        {
            params.append_pair("from", &start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        }
        let query = params.finish();
        let without_zone = format!("/api/v1/counsellors/{counsellor}/slots?{query}");
        let url = match &zone_for_request {
            Some(zone) => {
                let zone: String = form_urlencoded::byte_serialize(zone.as_bytes()).collect();
                let separator = if query.is_empty() { "" } else { "&" };
                format!("{without_zone}{separator}tz={zone}")
            }
            None => without_zone.clone(),
        };
        slots.set(None);
        spawn_local(async move {
            let mut answer = get_json::<SlotList>(&url, None).await;
            // A zone name the server does not know (an unusual browser): the times are shown in the phone's zone
            // anyway, so ask without it.
            if matches!(&answer, Err(ApiFailure::Api { field: Some(f), .. }) if f == "tz") {
                answer = get_json::<SlotList>(&without_zone, None).await;
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
        let city = crate::format::zone_city(&z);
        move || t!("booking-times-zone", zone = city.clone())
    });
    let times = move || match slots.get() {
        None => view! { <p class="status" role="status">{t!("service-loading")}</p> }.into_any(),
        Some(Err(failure)) => {
            view! { <p class="notice" role="alert">{failure_text(&failure)}</p> }.into_any()
        }
        Some(Ok(list)) if list.slots.is_empty() => {
            view! { <p id="no-times" class="notice">{t!("booking-times-none")}</p> }.into_any()
        }
        Some(Ok(list)) => {
            let lang = state.locale.get();
            // Days as the phone shows them (its own zone), so a time never sits under another day's heading.
            let mut days: Vec<(String, Vec<DateTime<Utc>>)> = Vec::new();
            for slot in &list.slots {
                let day = intl::day_heading(&slot.start, lang);
                match days.last_mut() {
                    Some((d, starts)) if *d == day => starts.push(slot.start),
                    _ => days.push((day, vec![slot.start])),
                }
            }
            days.into_iter()
                .map(|(heading, starts)| {
                    let buttons = starts
                        .into_iter()
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
                            <h2>{heading}</h2>
                            <div class="slots">{buttons}</div>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    let back = move |_| {
        state.screen.set(match mode {
            BookMode::New => Screen::Counsellors,
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
            <nav aria-label=tx!("nav-label")>
                <button type="button" class="back" on:click=back>{tx!("booking-back")}</button>
            </nav>
            <h1 tabindex="-1">{heading}</h1>
            {zone_line.map(|line| view! { <p class="hint">{line}</p> })}
            <div id="times" aria-live="polite">{times}</div>
            <div class="pager">
                <Show when=move || { page.get() > 0 }>
                    <button type="button" class="secondary" on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{tx!("booking-times-earlier")}</button>
                </Show>
                <button id="later-times" type="button" class="secondary" on:click=move |_| page.update(|p| *p += 1)>{tx!("booking-times-later")}</button>
            </div>
            {form}
        </main>
    }
}

/// The booking form: how, language, optional name and contact, and the consent.
#[component]
fn BookingForm(
    counsellor: Uuid,
    start: DateTime<Utc>,
    mode: BookMode,
    profile: Signal<Option<CounsellorView>>,
    delete_days: i64,
) -> impl IntoView {
    let state = use_app();
    let modality = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    let alias = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // A retried request after a lost answer must not book twice: one key per form.
    let idempotency_key = random_key();

    // Defaults: the first way the counsellor offers; the interface language if they speak it.
    Effect::new(move |_| {
        if let Some(p) = profile.get() {
            if modality.get_untracked().is_empty()
                && let Some(first) = p.modalities.first()
            {
                modality.set(first.clone());
            }
            if language.get_untracked().is_empty() {
                let ui = state.locale.get_untracked();
                let primary = ui.tag().split('-').next().unwrap_or("es");
                let pick = p
                    .languages
                    .iter()
                    .find(|l| l.primary() == primary)
                    .or_else(|| p.languages.first());
                if let Some(pick) = pick {
                    language.set(pick.as_str().to_owned());
                }
            }
        }
    });

    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if !consent.get_untracked() {
            problem.set(Some(t!("booking-consent-needed")));
            return;
        }
        let Ok(language_code) = LanguageCode::parse(&language.get_untracked()) else {
            problem.set(Some(failure_text(&ApiFailure::Api {
                code: "invalid_field".into(),
                field: Some("language".into()),
            })));
            return;
        };
        let optional =
            |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|s| !s.is_empty());
        let contact_input = optional(channel).and_then(|channel| {
            optional(contact).map(|value| ContactInput {
                channel,
                value,
                notes: optional(notes),
            })
        });
        let previous = (mode == BookMode::Again)
            .then(|| state.held.get_untracked())
            .flatten();
        let input = BookingInput {
            counsellor_id: counsellor,
            start,
            modality: modality.get_untracked(),
            language: language_code,
            alias: optional(alias),
            contact: contact_input,
            consent: true,
            previous_reference: previous.as_ref().map(|h| h.booking.reference.clone()),
            previous_secret: previous.map(|h| h.secret),
        };
        let key = idempotency_key.clone();
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let answer = request_value(
                "POST",
                "/api/v1/appointments",
                json_body(&input),
                &[("Idempotency-Key", &key)],
            )
            .await
            .and_then(decode::<BookingView>);
            busy.set(false);
            match answer {
                Ok(booking) => {
                    let secret = booking.secret.clone().unwrap_or_default();
                    state.held.set(Some(HeldBooking { booking, secret }));
                    state.screen.set(Screen::Booked);
                }
                Err(ApiFailure::Api { code, .. }) if code == "slot_taken" => {
                    problem.set(Some(t!("booking-slot-taken")));
                }
                Err(failure) => problem.set(Some(failure_text(&failure))),
            }
        });
    };

    let modalities = move || {
        profile.get().map(|p| {
            p.modalities
                .into_iter()
                .map(|m| {
                    let value = m.clone();
                    let checked = m.clone();
                    view! {
                        <label class="choice">
                            <input type="radio" name="modality" value=m.clone()
                                prop:checked=move || modality.get() == checked
                                on:change=move |_| modality.set(value.clone()) />
                            <span>{modality_name(&m)}</span>
                        </label>
                    }
                })
                .collect_view()
        })
    };
    let languages = move || {
        let lang = state.locale.get();
        profile.get().map(|p| {
            p.languages
                .into_iter()
                .map(|l| {
                    let value = l.as_str().to_owned();
                    let selected = value.clone();
                    view! {
                        <option value=value prop:selected=move || language.get() == selected>
                            {intl::language_name(l.primary(), lang)}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let channels = ["phone", "whatsapp", "signal", "email"]
        .into_iter()
        .map(|c| {
            view! { <option value=c prop:selected=move || channel.get() == c>{move || channel_name(c)}</option> }
        })
        .collect_view();
    let lang_now = move || state.locale.get();
    view! {
        <form id="booking-form" class="booking-form" on:submit=submit novalidate>
            <h2>{tx!("booking-form-heading")}</h2>
            <p id="chosen-time" class="chosen">{move || t!("booking-time-chosen", when = intl::day_and_time(&start, lang_now()))}</p>
            <fieldset>
                <legend>{tx!("booking-modality")}</legend>
                {modalities}
            </fieldset>
            <label for="booking-language">{tx!("booking-language")}</label>
            <select id="booking-language" on:change=move |ev| language.set(event_target_value(&ev))>{languages}</select>
            <label for="booking-alias">{tx!("booking-alias")}</label>
            <input id="booking-alias" type="text" autocomplete="off" maxlength="60" aria-describedby="booking-alias-hint"
                prop:value=move || alias.get() on:input=move |ev| alias.set(event_target_value(&ev)) />
            <p id="booking-alias-hint" class="hint">{tx!("booking-alias-hint")}</p>
            <label for="booking-channel">{tx!("booking-contact-channel")}</label>
            <select id="booking-channel" on:change=move |ev| channel.set(event_target_value(&ev))>
                <option value="" prop:selected=move || channel.get().is_empty()>{tx!("booking-contact-none")}</option>
                {channels}
            </select>
            <Show when=move || !channel.get().is_empty()>
                <label for="booking-contact">{tx!("booking-contact-value")}</label>
                <input id="booking-contact" type="text" autocomplete="off" maxlength="200"
                    prop:value=move || contact.get() on:input=move |ev| contact.set(event_target_value(&ev)) />
                <label for="booking-notes">{tx!("booking-contact-notes")}</label>
                <input id="booking-notes" type="text" autocomplete="off" maxlength="200" aria-describedby="booking-notes-hint"
                    prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev)) />
                <p id="booking-notes-hint" class="hint">{tx!("booking-contact-notes-hint")}</p>
            </Show>
            <section id="consent" class="consent" aria-labelledby="consent-heading">
                <h3 id="consent-heading">{tx!("booking-consent-heading")}</h3>
                <ul>
                    <li>{tx!("booking-consent-stored")}</li>
                    <li>{tx!("booking-consent-who")}</li>
                    <li>{move || t!("booking-consent-deleted", days = usize::try_from(delete_days).unwrap_or(0))}</li>
                    <li>{tx!("booking-consent-optional")}</li>
                </ul>
                <label class="choice">
                    <input id="booking-consent" type="checkbox" prop:checked=move || consent.get()
                        on:change=move |ev| consent.set(event_target_checked(&ev)) />
                    <span>{tx!("booking-consent-agree")}</span>
                </label>
            </section>
            {move || problem.get().map(|p| view! { <p id="booking-problem" class="notice" role="alert">{p}</p> })}
            <button id="booking-submit" type="submit" prop:disabled=move || busy.get()>
                {move || if busy.get() { t!("booking-sending") } else { t!("booking-submit") }}
            </button>
        </form>
    }
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
            let url = appointment_url(&held.booking.reference);
            let answer = request_value(
                "PATCH",
                &url,
                json_body(&change),
                &[(SECRET_HEADER, &held.secret)],
            )
            .await
            .and_then(decode::<BookingView>);
            busy.set(false);
            match answer {
                Ok(booking) => {
                    state.held.set(Some(HeldBooking {
                        booking,
                        secret: held.secret,
                    }));
                    state.screen.set(Screen::MyBooking);
                }
                Err(ApiFailure::Api { code, .. }) if code == "slot_taken" => {
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

/// The facts of a booking: when, with whom, how, status, link, deletion date.
#[component]
fn BookingFacts(booking: BookingView) -> impl IntoView {
    let state = use_app();
    let b = StoredValue::new(booking);
    move || {
        let lang = state.locale.get();
        b.with_value(|b| {
            let next = match b.modality.as_str() {
                "video" => t!("booking-next-video"),
                "phone" => t!("booking-next-phone", name = b.counsellor_name.clone()),
                _ => t!("booking-next-chat"),
            };
            let link = b
                .room_url
                .clone()
                .filter(|_| b.status == "confirmed" || b.status == "requested")
                .map(|url| {
                    let label = if b.modality == "chat" { t!("booking-chat-link") } else { t!("booking-room-link") };
                    view! { <p><a id="room-link" href=url rel="noreferrer">{label}</a></p> }
                });
            view! {
                <dl class="facts">
                    <dt>{t!("booking-status-label")}</dt>
                    <dd id="booking-status" class=format!("status-{}", b.status)>{booking_status_name(&b.status)}</dd>
                    <dt>{t!("booking-when-label")}</dt>
                    <dd>{intl::day_and_time(&b.start, lang)}</dd>
                    <dt>{t!("booking-with-label")}</dt>
                    <dd>{b.counsellor_name.clone()}</dd>
                    <dt>{t!("booking-how-label")}</dt>
                    <dd>{modality_name(&b.modality)}{" · "}{intl::language_name(b.language.primary(), lang)}</dd>
                </dl>
                {b.returning.then(|| view! { <p class="hint">{t!("booking-returning")}</p> })}
                {(b.status == "declined").then(|| view! { <p class="notice">{t!("booking-declined-hint")}</p> })}
                {(b.status == "requested" || b.status == "confirmed").then(|| view! { <p>{next}</p> })}
                {link}
                <p class="hint">{t!("booking-deleted-on", date = intl::long_date(&b.delete_after, lang))}</p>
            }
        })
    }
}

/// The calendar file of the held booking, downloaded through the page (the secret goes in a header).
#[component]
fn CalendarButton(held: HeldBooking) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let held = StoredValue::new(held);
    let fetch = move |_| {
        let held = held.get_value();
        spawn_local(async move {
            let url = format!("{}/calendar.ics", appointment_url(&held.booking.reference));
            if let Err(failure) = download(&url, &[(SECRET_HEADER, &held.secret)], "appointment.ics").await {
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

/// "My booking": open with reference and secret; see, cancel, move, book again.
#[component]
pub fn MyBooking() -> impl IntoView {
    let state = use_app();
    let reference = RwSignal::new(String::new());
    let secret = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let asking_cancel = RwSignal::new(false);

    let open = move |reference: String, secret: String| {
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let answer = request_value(
                "GET",
                &appointment_url(&reference),
                None,
                &[(SECRET_HEADER, &secret)],
            )
            .await
            .and_then(decode::<BookingView>);
            busy.set(false);
            match answer {
                Ok(booking) => state.held.set(Some(HeldBooking { booking, secret })),
                Err(ApiFailure::Api { code, .. }) if code == "not_found" => {
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
            normalize_code(&reference.get_untracked()),
            normalize_code(&secret.get_untracked()),
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
            let answer = request_value(
                "PATCH",
                &appointment_url(&held.booking.reference),
                json_body(&change),
                &[(SECRET_HEADER, &held.secret)],
            )
            .await
            .and_then(decode::<BookingView>);
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
            let status = held.booking.status.clone();
            let active = status == "requested" || status == "confirmed";
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
            <nav aria-label=tx!("nav-label")>
                <button type="button" class="back" on:click=move |_| state.screen.set(Screen::Home)>{tx!("booking-back")}</button>
            </nav>
            <h1 tabindex="-1">{tx!("booking-mine-heading")}</h1>
            <Show when=move || state.held.with(Option::is_none)>
                <p>{tx!("booking-mine-intro")}</p>
            </Show>
            <form id="open-booking" on:submit=submit>
                <label for="lookup-reference">{tx!("booking-reference")}</label>
                <input id="lookup-reference" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    prop:value=move || reference.get() on:input=move |ev| reference.set(event_target_value(&ev)) />
                <label for="lookup-secret">{tx!("booking-secret")}</label>
                <input id="lookup-secret" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    prop:value=move || secret.get() on:input=move |ev| secret.set(event_target_value(&ev)) />
                <button id="lookup-submit" type="submit" prop:disabled=move || busy.get()>{tx!("booking-mine-open")}</button>
            </form>
            {move || problem.get().map(|p| view! { <p id="booking-problem" class="notice" role="alert">{p}</p> })}
            {move || done.get().map(|d| view! { <p id="booking-done" class="notice" role="status">{d}</p> })}
            {shown}
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_trimmed_and_upper_cased() {
        assert_eq!(normalize_code("  r-7k3q-9mxd \n"), "R-7K3Q-9MXD");
    }

    #[test]
    fn a_reference_is_escaped_in_the_path() {
        assert_eq!(appointment_url("R-7K3Q-9MXD"), "/api/v1/appointments/R-7K3Q-9MXD");
        assert_eq!(appointment_url("a/b"), "/api/v1/appointments/a%2Fb");
    }
}
