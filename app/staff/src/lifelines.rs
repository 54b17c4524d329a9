//! Admins correct a country's life lines when a number changes, without waiting for a release: every number
//! with its purpose and the public page it was read on. Read with `GET` and saved with `PUT /api/v1/admin/lifelines/{iso2}`
//! (the server checks the same rules as the shipped files, audits and serves it at once; `If-Match` carries the
//! entity tag the set was read with, so another admin's correction is never overwritten); "go back to the shipped
//! numbers" is `DELETE`. The country's gaps and route of care are kept as they are.

use std::collections::HashMap;

use api_types::{
    CountryCode, CountryLifeLines, EmergencyNumber, EmergencyPurpose, ErrorCode, LifeLine, LifeLinesInput,
    LineChannel, LineFocus, Source, SourceStatus,
};
use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{admin, public};
use ruta_ui::i18n::{focus_label, purpose_label, t, tx};
use ruta_ui::intl;

use crate::edit::Fields;
use crate::{ChangedElsewhere, Saving, changed_elsewhere, read_on_open, use_staff};

const PURPOSES: [EmergencyPurpose; 10] = [
    EmergencyPurpose::General,
    EmergencyPurpose::Police,
    EmergencyPurpose::Ambulance,
    EmergencyPurpose::Fire,
    EmergencyPurpose::Women,
    EmergencyPurpose::Children,
    EmergencyPurpose::HumanRights,
    EmergencyPurpose::Migrants,
    EmergencyPurpose::CoastGuard,
    EmergencyPurpose::CivilProtection,
];

const FOCUSES: [LineFocus; 8] = [
    LineFocus::Trafficking,
    LineFocus::Women,
    LineFocus::Children,
    LineFocus::HumanRights,
    LineFocus::Migrants,
    LineFocus::Labour,
    LineFocus::Lgbtq,
    LineFocus::MentalHealth,
];

const CHANNELS: [(LineChannel, &str, &str); 4] = [
    (LineChannel::Voice, "voice", "staff-lifelines-voice"),
    (
        LineChannel::Whatsapp,
        "whatsapp",
        "staff-lifelines-whatsapp-channel",
    ),
    (LineChannel::Sms, "sms", "staff-lifelines-sms-channel"),
    (
        LineChannel::WebChat,
        "web_chat",
        "staff-lifelines-web-chat-channel",
    ),
];

/// A value as the API writes it (`general`, `women`…), for the form's option values.
fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_wasm_bindgen::to_value(value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The value the API names `text`, if any.
fn from_wire<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(wasm_bindgen::JsValue::from_str(text)).ok()
}

/// A blank source for a new row: the admin fills in the page and the day.
fn blank_source() -> Source {
    Source {
        url: String::new(),
        title: String::new(),
        published: None,
        checked_on: NaiveDate::default(),
        status: SourceStatus::Verified,
    }
}

/// The life-lines screen (admins).
#[component]
pub fn LifeLines() -> impl IntoView {
    let staff = use_staff();
    let (document, _) = read_on_open(|| public::list_lifelines(None));
    let chosen = RwSignal::new(None::<CountryCode>);
    let countries = move || {
        let lang = staff.locale.get();
        let mut all: Vec<(String, CountryCode)> = document.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.countries
                        .iter()
                        .map(|c| (intl::country_name(c.iso2.as_str(), lang), c.iso2))
                        .collect()
                })
                .unwrap_or_default()
        });
        all.sort();
        all
    };
    // The form edits the country's set as served (every source page, the notes, the route in every language), not
    // the every-country document, which leaves those out; with its entity tag, which the save sends back so
    // another admin's correction made meanwhile is never overwritten.
    let current = RwSignal::new(None::<(CountryLifeLines, Option<String>)>);
    let load_country = move || {
        let Some(code) = chosen.get_untracked() else {
            current.set(None);
            return;
        };
        spawn_local(async move {
            match admin::read_lifelines(code).await {
                Ok(answer) => {
                    let lines = answer.value.unwrap_or_else(|| CountryLifeLines {
                        iso2: code,
                        emergency: Vec::new(),
                        lines: Vec::new(),
                        gaps: Vec::new(),
                        route: None,
                        correction: None,
                    });
                    current.set(Some((lines, answer.etag)));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    view! {
        <main id="staff-lifelines">
            <h1>{tx!("staff-lifelines-heading")}</h1>
            <p>{tx!("staff-lifelines-intro")}</p>
            <label for="lifelines-admin-country">{tx!("staff-lifelines-country")}</label>
            <select id="lifelines-admin-country" on:change=move |ev| {
                chosen.set(CountryCode::parse(&event_target_value(&ev)).ok());
                load_country();
            }>
                <option value="">{tx!("lifelines-country-choose")}</option>
                {move || countries().into_iter().map(|(name, code)| view! {
                    <option value=code.as_str().to_owned()>{name}</option>
                }).collect_view()}
            </select>
            {move || current.get().map(|(lines, etag)| view! { <CountryForm lines etag on_saved=Callback::new(move |()| load_country()) /> })}
        </main>
    }
}

/// One country's numbers and lines as a form; `on_saved` reads the country again (after a save, or to see
/// another admin's correction).
#[component]
fn CountryForm(lines: CountryLifeLines, etag: Option<String>, on_saved: Callback<()>) -> impl IntoView {
    let staff = use_staff();
    let code = lines.iso2;
    let form_ref = NodeRef::<html::Form>::new();
    let confirming = RwSignal::new(false);
    let saving = Saving::new(etag);
    let Saving {
        busy, changed, etag, ..
    } = saving;
    let mut next = 0_u32;
    let mut numbered = |count: usize| -> Vec<u32> {
        (0..count)
            .map(|_| {
                next += 1;
                next
            })
            .collect()
    };
    let number_keys = RwSignal::new(numbered(lines.emergency.len()));
    let line_keys = RwSignal::new(numbered(lines.lines.len()));
    let next_key = StoredValue::new(next);
    let numbers: HashMap<u32, EmergencyNumber> = number_keys
        .get_untracked()
        .into_iter()
        .zip(lines.emergency.clone())
        .collect();
    let help: HashMap<u32, LifeLine> = line_keys
        .get_untracked()
        .into_iter()
        .zip(lines.lines.clone())
        .collect();
    let numbers = StoredValue::new(numbers);
    let help = StoredValue::new(help);
    let kept = StoredValue::new((lines.gaps.clone(), lines.route.clone()));
    let fresh_key = move || {
        next_key.update_value(|k| *k += 1);
        next_key.get_value()
    };

    let status = {
        let lang = staff.locale.get_untracked();
        match &lines.correction {
            Some(c) => {
                let date = intl::long_date(
                    &c.corrected_on.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc(),
                    lang,
                );
                t!("staff-lifelines-corrected", date = date)
            }
            None => t!("staff-lifelines-shipped"),
        }
    };
    let corrected = lines.correction.is_some();

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = form_ref.get_untracked() else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        let fields = Fields(data);
        let (gaps, route) = kept.get_value();
        let input = match read(
            &fields,
            &number_keys.get_untracked(),
            &line_keys.get_untracked(),
            gaps,
            route,
        ) {
            Ok(input) => input,
            Err(field) => {
                staff
                    .notice
                    .set(Some(t!("staff-lifelines-bad-date", field = field)));
                return;
            }
        };
        let save = admin::correct_lifelines(code, &input, etag.get_value().as_deref());
        let done = move |_| {
            staff.notice.set(Some(t!("staff-saved")));
            on_saved.run(());
        };
        // The entry at fault by its path (`lines[2].number`), so the admin finds the row.
        saving.run(save, done, &[ErrorCode::InvalidField], move |field| {
            staff.notice.set(Some(t!("error-invalid_field", field = field)));
        });
    };
    let revert = move |_| {
        busy.set(true);
        spawn_local(async move {
            let tag = etag.get_value();
            match admin::revert_lifelines(code, tag.as_deref()).await {
                Ok(_) => {
                    staff.notice.set(Some(t!("staff-saved")));
                    on_saved.run(());
                }
                Err(failure) if changed_elsewhere(&failure) => changed.set(true),
                Err(failure) => staff.failed(&failure),
            }
            busy.set(false);
        });
    };

    view! {
        <form node_ref=form_ref id="lifelines-form" on:submit=save>
            <p class="lifelines-status">{status}</p>
            {corrected.then(|| view! {
                <p>
                    <Show when=move || confirming.get() fallback=move || view! {
                        <button type="button" id="lifelines-revert" class="secondary" on:click=move |_| confirming.set(true)>
                            {tx!("staff-lifelines-revert")}
                        </button>
                    }>
                        <button type="button" id="lifelines-revert-yes" disabled=move || busy.get() on:click=revert>
                            {tx!("staff-lifelines-revert-yes")}
                        </button>
                    </Show>
                </p>
            })}
            <RowsFieldset legend=tx!("staff-lifelines-emergency") keys=number_keys fresh_key
                add=("lifelines-add-number", tx!("staff-lifelines-add-number"))
                row=move |key, on_remove| view! { <NumberRow key number=numbers.with_value(|n| n.get(&key).cloned()) on_remove /> } />
            <RowsFieldset legend=tx!("staff-lifelines-lines") keys=line_keys fresh_key
                add=("lifelines-add-line", tx!("staff-lifelines-add-line"))
                row=move |key, on_remove| view! { <LineRow key line=help.with_value(|h| h.get(&key).cloned()) on_remove /> } />
            {move || changed.get().then(|| view! {
                <ChangedElsewhere message=t!("staff-changed-lifelines") on_reload=Callback::new(move |()| {
                    staff.notice.set(None);
                    on_saved.run(());
                }) />
            })}
            <button type="submit" id="lifelines-save" disabled=move || busy.get() || changed.get()>{tx!("staff-lifelines-save")}</button>
        </form>
    }
}

/// A fieldset of rows the admin adds and removes, each known by its key in `keys`: `row` draws one (with the
/// callback that removes it), and the button `add` (its id and label) adds an empty one with a `fresh_key`.
#[component]
fn RowsFieldset<L, V>(
    legend: L,
    keys: RwSignal<Vec<u32>>,
    fresh_key: impl Fn() -> u32 + Copy + Send + Sync + 'static,
    add: (&'static str, L),
    row: impl Fn(u32, Callback<()>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    L: Fn() -> String + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let (add_id, add_label) = add;
    let keyed_row = move |key: u32| {
        row(
            key,
            Callback::new(move |()| keys.update(|keys| keys.retain(|k| *k != key))),
        )
    };
    let add_row = move |_| {
        let key = fresh_key();
        keys.update(|keys| keys.push(key));
    };
    view! {
        <fieldset>
            <legend>{legend}</legend>
            <For each=move || keys.get() key=|k| *k children=keyed_row />
            <button type="button" id=add_id class="secondary" on:click=add_row>{add_label}</button>
        </fieldset>
    }
}

/// A labelled text input named `{prefix}-{name}`.
fn text_input(
    prefix: &str,
    name: &str,
    label: &'static str,
    value: String,
    kind: &'static str,
) -> impl IntoView + use<> {
    let id = format!("{prefix}-{name}");
    view! {
        <label for=id.clone()>{ruta_ui::i18n::text(label)}</label>
        <input id=id.clone() name=id type=kind value=value />
    }
}

/// The source fields every entry has.
fn source_inputs(prefix: &str, source: &Source) -> impl IntoView + use<> {
    let checked = if source.checked_on == NaiveDate::default() {
        String::new()
    } else {
        source.checked_on.format("%Y-%m-%d").to_string()
    };
    let status_id = format!("{prefix}-status");
    let verified = source.status == SourceStatus::Verified;
    view! {
        {text_input(prefix, "source-url", "staff-lifelines-source-url", source.url.clone(), "url")}
        {text_input(prefix, "source-title", "staff-lifelines-source-title", source.title.clone(), "text")}
        {text_input(prefix, "checked-on", "staff-lifelines-checked-on", checked, "date")}
        <input type="hidden" name=format!("{prefix}-published") value=source.published.clone().unwrap_or_default() />
        <label for=status_id.clone()>{tx!("staff-lifelines-status")}</label>
        <select id=status_id.clone() name=status_id>
            <option value="verified" selected=verified>{tx!("staff-lifelines-verified")}</option>
            <option value="unverified" selected=!verified>{tx!("staff-lifelines-unverified")}</option>
        </select>
    }
}

#[component]
fn NumberRow(key: u32, number: Option<EmergencyNumber>, on_remove: Callback<()>) -> impl IntoView {
    let prefix = format!("e{key}");
    let number = number.unwrap_or(EmergencyNumber {
        number: String::new(),
        purpose: EmergencyPurpose::General,
        source: blank_source(),
        note: None,
    });
    view! {
        <div class="lifeline-row" data-key=key.to_string()>
            {text_input(&prefix, "number", "staff-lifelines-number", number.number.clone(), "text")}
            {choice_select(&prefix, "purpose", "staff-lifelines-purpose", &PURPOSES, number.purpose, purpose_label)}
            <input type="hidden" name=format!("{prefix}-note") value=number.note.clone().unwrap_or_default() />
            {source_inputs(&prefix, &number.source)}
            <button type="button" class="secondary" on:click=move |_| on_remove.run(())>{tx!("staff-lifelines-remove")}</button>
        </div>
    }
}

/// A choice of one of `all`, named `{prefix}-{name}`, with `chosen` selected; `label` words each.
fn choice_select<T>(
    prefix: &str,
    name: &str,
    label_id: &'static str,
    all: &[T],
    chosen: T,
    label: fn(T) -> String,
) -> impl IntoView + use<T>
where
    T: Copy + PartialEq + serde::Serialize,
{
    let id = format!("{prefix}-{name}");
    let options = all
        .iter()
        .map(|&value| view! { <option value=wire(&value) selected=value == chosen>{label(value)}</option> })
        .collect_view();
    view! {
        <label for=id.clone()>{ruta_ui::i18n::text(label_id)}</label>
        <select id=id.clone() name=id>{options}</select>
    }
}

/// A yes / no / "the source does not say" choice.
fn maybe_select(prefix: &str, name: &str, label: &'static str, value: Option<bool>) -> impl IntoView + use<> {
    let id = format!("{prefix}-{name}");
    view! {
        <label for=id.clone()>{ruta_ui::i18n::text(label)}</label>
        <select id=id.clone() name=id>
            <option value="" selected=value.is_none()>{tx!("staff-lifelines-unknown")}</option>
            <option value="yes" selected=value == Some(true)>{tx!("staff-lifelines-yes")}</option>
            <option value="no" selected=value == Some(false)>{tx!("staff-lifelines-no")}</option>
        </select>
    }
}

#[component]
fn LineRow(key: u32, line: Option<LifeLine>, on_remove: Callback<()>) -> impl IntoView {
    let prefix = format!("l{key}");
    let line = line.unwrap_or(LifeLine {
        focus: LineFocus::Trafficking,
        name: String::new(),
        organisation: String::new(),
        number: None,
        whatsapp: None,
        sms: None,
        web_chat: None,
        channels: vec![LineChannel::Voice],
        open_24h: None,
        hours_text: None,
        free: None,
        languages: Vec::new(),
        source: blank_source(),
        note: None,
    });
    let channels = CHANNELS
        .iter()
        .map(|(channel, value, label)| {
            let id = format!("{prefix}-channel-{value}");
            view! {
                <label class="check" for=id>
                    <input type="checkbox" id=id.clone() name=format!("{prefix}-channels") value=*value
                        checked=line.channels.contains(channel) />
                    {ruta_ui::i18n::text(label)}
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="lifeline-row" data-key=key.to_string()>
            {choice_select(&prefix, "focus", "staff-lifelines-focus", &FOCUSES, line.focus, focus_label)}
            {text_input(&prefix, "name", "staff-lifelines-name", line.name.clone(), "text")}
            {text_input(&prefix, "organisation", "staff-lifelines-organisation", line.organisation.clone(), "text")}
            {text_input(&prefix, "number", "staff-lifelines-number", line.number.clone().unwrap_or_default(), "text")}
            {text_input(&prefix, "whatsapp", "staff-lifelines-whatsapp", line.whatsapp.clone().unwrap_or_default(), "tel")}
            {text_input(&prefix, "sms", "staff-lifelines-sms", line.sms.clone().unwrap_or_default(), "text")}
            {text_input(&prefix, "web-chat", "staff-lifelines-web-chat", line.web_chat.clone().unwrap_or_default(), "url")}
            <fieldset class="channels">
                <legend>{tx!("staff-lifelines-channels")}</legend>
                {channels}
            </fieldset>
            {maybe_select(&prefix, "open-24h", "staff-lifelines-open-24h", line.open_24h)}
            {maybe_select(&prefix, "free", "staff-lifelines-free", line.free)}
            {text_input(&prefix, "hours", "staff-lifelines-hours", line.hours_text.clone().unwrap_or_default(), "text")}
            {text_input(&prefix, "languages", "staff-lifelines-languages", line.languages.join(", "), "text")}
            <input type="hidden" name=format!("{prefix}-note") value=line.note.clone().unwrap_or_default() />
            {source_inputs(&prefix, &line.source)}
            <button type="button" class="secondary" on:click=move |_| on_remove.run(())>{tx!("staff-lifelines-remove")}</button>
        </div>
    }
}

/// The source of the row `prefix`; `Err(field)` when its checked day is missing or not a date.
fn read_source(fields: &Fields, prefix: &str, field: &str) -> Result<Source, String> {
    let checked_on = NaiveDate::parse_from_str(&fields.text(&format!("{prefix}-checked-on")), "%Y-%m-%d")
        .map_err(|_| format!("{field}.source.checked_on"))?;
    Ok(Source {
        url: fields.text(&format!("{prefix}-source-url")),
        title: fields.text(&format!("{prefix}-source-title")),
        published: fields.optional(&format!("{prefix}-published")),
        checked_on,
        status: from_wire(&fields.text(&format!("{prefix}-status"))).unwrap_or(SourceStatus::Unverified),
    })
}

fn maybe(fields: &Fields, name: &str) -> Option<bool> {
    match fields.text(name).as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The whole set as the form holds it, with the gaps and route kept as they were.
fn read(
    fields: &Fields,
    number_keys: &[u32],
    line_keys: &[u32],
    gaps: Vec<api_types::LifeLineGap>,
    route: Option<api_types::CareRoute>,
) -> Result<LifeLinesInput, String> {
    let emergency = number_keys
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let prefix = format!("e{key}");
            Ok(EmergencyNumber {
                number: fields.text(&format!("{prefix}-number")),
                purpose: from_wire(&fields.text(&format!("{prefix}-purpose")))
                    .unwrap_or(EmergencyPurpose::General),
                source: read_source(fields, &prefix, &format!("emergency[{i}]"))?,
                note: fields.optional(&format!("{prefix}-note")),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let lines = line_keys
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let prefix = format!("l{key}");
            let text = |name: &str| fields.optional(&format!("{prefix}-{name}"));
            Ok(LifeLine {
                focus: from_wire(&fields.text(&format!("{prefix}-focus"))).unwrap_or(LineFocus::Trafficking),
                name: fields.text(&format!("{prefix}-name")),
                organisation: fields.text(&format!("{prefix}-organisation")),
                number: text("number"),
                whatsapp: text("whatsapp"),
                sms: text("sms"),
                web_chat: text("web-chat"),
                channels: fields
                    .all(&format!("{prefix}-channels"))
                    .iter()
                    .filter_map(|c| from_wire(c))
                    .collect(),
                open_24h: maybe(fields, &format!("{prefix}-open-24h")),
                hours_text: text("hours"),
                free: maybe(fields, &format!("{prefix}-free")),
                languages: fields.list(&format!("{prefix}-languages")),
                source: read_source(fields, &prefix, &format!("lines[{i}]"))?,
                note: text("note"),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(LifeLinesInput {
        emergency,
        lines,
        gaps,
        route,
    })
}
