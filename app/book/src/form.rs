//! The booking form: how, language, an optional name and at most one contact with safe-contact notes, and the
//! consent that says what is kept, who reads it and when it is deleted.

use api_types::booking::{BookingInput, BookingView, ContactInput, CounsellorView};
use api_types::{ContactChannel, ErrorCode, LanguageCode, Modality};
use chrono::{DateTime, Utc};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, json_body, request_value};
use ruta_ui::i18n::{self, channel_name, failure_text, modality_name, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{BookMode, HeldBooking, Screen, use_app};
use uuid::Uuid;

use crate::client::{decode, random_key};

/// The booking form: how, language, optional name and contact, and the consent.
#[component]
pub(crate) fn BookingForm(
    counsellor: Uuid,
    start: DateTime<Utc>,
    mode: BookMode,
    profile: Signal<Option<CounsellorView>>,
    delete_days: i64,
) -> impl IntoView {
    let state = use_app();
    let modality = RwSignal::new(None::<Modality>);
    let language = RwSignal::new(String::new());
    let alias = RwSignal::new(String::new());
    let channel = RwSignal::new(None::<ContactChannel>);
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
            if modality.get_untracked().is_none()
                && let Some(first) = p.modalities.first()
            {
                modality.set(Some(*first));
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
        let Some(chosen_modality) = modality.get_untracked() else {
            problem.set(Some(failure_text(&ApiFailure::Api {
                code: ErrorCode::InvalidField,
                field: Some("modality".into()),
            })));
            return;
        };
        let Ok(language_code) = LanguageCode::parse(&language.get_untracked()) else {
            problem.set(Some(failure_text(&ApiFailure::Api {
                code: ErrorCode::InvalidField,
                field: Some("language".into()),
            })));
            return;
        };
        let optional =
            |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|s| !s.is_empty());
        let contact_input = channel.get_untracked().and_then(|channel| {
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
            modality: chosen_modality,
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

    let modalities = move || {
        profile.get().map(|p| {
            p.modalities
                .into_iter()
                .map(|m| {
                    view! {
                        <label class="choice">
                            <input type="radio" name="modality" value=m.as_str()
                                prop:checked=move || modality.get() == Some(m)
                                on:change=move |_| modality.set(Some(m)) />
                            <span>{modality_name(m)}</span>
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
                            {i18n::language_name(l.primary(), lang)}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let channels = ContactChannel::ALL
        .iter()
        .map(|&c| {
            view! { <option value=c.as_str() prop:selected=move || channel.get() == Some(c)>{move || channel_name(c)}</option> }
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
            <select id="booking-channel" on:change=move |ev| channel.set(event_target_value(&ev).parse().ok())>
                <option value="" prop:selected=move || channel.get().is_none()>{tx!("booking-contact-none")}</option>
                {channels}
            </select>
            <Show when=move || channel.get().is_some()>
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
