//! The booking form: how, language, an optional name and at most one contact with safe-contact notes, and the
//! consent that says what is kept, who reads it and when it is deleted.

use api_types::booking::{BookingInput, ContactInput, CounsellorView};
use api_types::{ContactChannel, CountryCode, ErrorCode, LanguageCode, Modality};
use chrono::{DateTime, Utc};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, booking};
use ruta_ui::i18n::{self, channel_name, failure_text, modality_name, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{BookMode, HeldBooking, Screen, use_app};
use uuid::Uuid;

use crate::client::random_key;
use crate::counsellors::use_scope;

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
    let scope = use_scope();
    let modality = RwSignal::new(None::<Modality>);
    let language = RwSignal::new(String::new());
    let alias = RwSignal::new(String::new());
    let channel = RwSignal::new(None::<ContactChannel>);
    let contact = RwSignal::new(String::new());
    // The country of a number written without its country code: the person's, unless they say otherwise.
    let contact_country = RwSignal::new(scope.country.get_untracked());
    let notes = RwSignal::new(String::new());
    // Booking again: the name and way to be reached left last time are kept unless the person removes them.
    let earlier_channel = (mode == BookMode::Again)
        .then(|| {
            state
                .held
                .with_untracked(|h| h.as_ref().and_then(|h| h.booking.contact_channel))
        })
        .flatten();
    let keep_contact = RwSignal::new(earlier_channel.is_some());
    // Reminders are off unless asked for: a message on a watched phone can put someone at risk.
    let reminders = RwSignal::new(false);
    let reminders_possible = move || {
        let way = if keep_contact.get() {
            earlier_channel
        } else {
            channel.get()
        };
        way.is_some_and(|c| c != ContactChannel::Signal)
    };
    let consent = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // A retried request after a lost answer must not book twice: one key per form.
    let idempotency_key = random_key();

    // Defaults: the first way the counsellor offers; the language the person filtered the list by, else the
    // interface language, if the counsellor speaks it.
    Effect::new(move |_| {
        if let Some(p) = profile.get() {
            if modality.get_untracked().is_none()
                && let Some(first) = p.modalities.first()
            {
                modality.set(Some(*first));
            }
            if language.get_untracked().is_empty() {
                let ui = state.locale.get_untracked();
                let filtered = scope.language.get_untracked();
                let speaks = |code: &str| p.languages.iter().find(|l| l.primary() == code);
                let pick = speaks(filtered.split('-').next().unwrap_or_default())
                    .or_else(|| speaks(ui.tag().split('-').next().unwrap_or("es")))
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
                country: contact_country
                    .get_untracked()
                    .filter(|_| channel.is_phone_number()),
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
            reminders: reminders.get_untracked() && reminders_possible(),
            time_zone: intl::time_zone(),
            previous_reference: previous.as_ref().map(|h| h.booking.reference.clone()),
            previous_secret: previous.map(|h| h.secret),
            keep_contact: keep_contact.get_untracked(),
        };
        let key = idempotency_key.clone();
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let answer = booking::create_appointment(&input, &key).await;
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
                Err(ApiFailure::Api {
                    code: ErrorCode::InvalidField,
                    field: Some(field),
                }) if field == "contact.value" => {
                    let phone = channel
                        .get_untracked()
                        .is_some_and(ContactChannel::is_phone_number);
                    problem.set(Some(if phone {
                        t!("booking-contact-phone-invalid")
                    } else {
                        t!("booking-contact-email-invalid")
                    }));
                    focus("booking-contact");
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
    let channels = move || {
        ContactChannel::ALL
            .iter()
            .map(|&c| {
                view! { <option value=c.as_str() prop:selected=move || channel.get() == Some(c)>{move || channel_name(c)}</option> }
            })
            .collect_view()
    };
    let lang_now = move || state.locale.get();
    view! {
        <form id="booking-form" class="booking-form" on:submit=submit novalidate>
            <h2 tabindex="-1">{tx!("booking-form-heading")}</h2>
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
            <Show when=move || keep_contact.get()>
                <p id="kept-contact" class="notice">
                    {move || t!("booking-contact-kept", channel = earlier_channel.map(channel_name).unwrap_or_default())}" "
                    <button id="remove-contact" type="button" class="link" on:click=move |_| keep_contact.set(false)>
                        {tx!("booking-contact-remove")}
                    </button>
                </p>
            </Show>
            <Show when=move || !keep_contact.get()>
            <label for="booking-channel">{tx!("booking-contact-channel")}</label>
            <select id="booking-channel" on:change=move |ev| channel.set(event_target_value(&ev).parse().ok())>
                <option value="" prop:selected=move || channel.get().is_none()>{tx!("booking-contact-none")}</option>
                {channels()}
            </select>
            </Show>
            <Show when=move || !keep_contact.get() && channel.get().is_some()>
                <label for="booking-contact">{tx!("booking-contact-value")}</label>
                <input id="booking-contact" type="text" autocomplete="off" maxlength="200"
                    inputmode=move || if channel.get().is_some_and(ContactChannel::is_phone_number) { "tel" } else { "email" }
                    aria-describedby="booking-contact-hint"
                    prop:value=move || contact.get() on:input=move |ev| contact.set(event_target_value(&ev)) />
                <Show when=move || channel.get().is_some_and(ContactChannel::is_phone_number)>
                    <p id="booking-contact-hint" class="hint">{tx!("booking-contact-phone-hint")}</p>
                    <label for="booking-contact-country">{tx!("booking-contact-country")}</label>
                    <select id="booking-contact-country"
                        on:change=move |ev| contact_country.set(CountryCode::parse(&event_target_value(&ev)).ok())>
                        <option value="" prop:selected=move || contact_country.get().is_none()>{tx!("booking-contact-country-none")}</option>
                        {country_options(contact_country)}
                    </select>
                </Show>
                <label for="booking-notes">{tx!("booking-contact-notes")}</label>
                <input id="booking-notes" type="text" autocomplete="off" maxlength="200" aria-describedby="booking-notes-hint"
                    prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev)) />
                <p id="booking-notes-hint" class="hint">{tx!("booking-contact-notes-hint")}</p>
            </Show>
            <Show when=reminders_possible>
                <label class="choice">
                    <input id="booking-reminders" type="checkbox" aria-describedby="booking-reminders-hint"
                        prop:checked=move || reminders.get()
                        on:change=move |ev| reminders.set(event_target_checked(&ev)) />
                    <span>{tx!("booking-reminders")}</span>
                </label>
                <p id="booking-reminders-hint" class="hint">{tx!("booking-reminders-hint")}</p>
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

/// Countries and territories of Latin America and the Caribbean, for the country of a phone number (a number
/// from elsewhere is written with its `+` code).
const COUNTRIES: [&str; 50] = [
    "AG", "AI", "AR", "AW", "BB", "BL", "BO", "BQ", "BR", "BS", "BZ", "CL", "CO", "CR", "CU", "CW", "DM",
    "DO", "EC", "FK", "GD", "GF", "GP", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS",
    "MX", "NI", "PA", "PE", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "UY", "VC", "VE", "VG", "VI",
];

/// The countries as options, by name in the interface language.
fn country_options(chosen: RwSignal<Option<CountryCode>>) -> impl IntoView {
    let state = use_app();
    move || {
        let lang = state.locale.get();
        let mut named: Vec<(String, CountryCode)> = COUNTRIES
            .iter()
            .filter_map(|code| CountryCode::parse(code).ok())
            .map(|code| (intl::country_name(code.as_str(), lang), code))
            .collect();
        named.sort();
        named
            .into_iter()
            .map(|(name, code)| {
                view! { <option value=code.as_str().to_owned() prop:selected=move || chosen.get() == Some(code)>{name}</option> }
            })
            .collect_view()
    }
}

/// Moves the focus to the element with this id (after the page has drawn it).
fn focus(id: &'static str) {
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
