//! The results list and the open result in full, with the referral and the handoff note.

use api_types::{Capacity, DeliveryMode, LanguageCode, OperatorDetails, ServiceStatus, WeeklyHours};
use leptos::prelude::*;
use ruta_ui::components::{LinkStyle, PhoneLinks};
use ruta_ui::format::joined;
use ruta_ui::i18n::{
    self, Lang, capacity_name, cost_name, delivery_name, distance_text, kind_name, open_now_text,
    population_name, t,
};
use ruta_ui::intl;

use super::dom::{hit_id, sms_link};
use super::found::{Found, Row};
use super::ui::Ui;

/// A week's hours on one line: "lunes a viernes 08:00–17:00; sábado Cerrado".
fn hours_line(hours: Option<&WeeklyHours>) -> String {
    let Some(hours) = hours else {
        return t!("hours-unknown");
    };
    if hours.always_open {
        return t!("open-always");
    }
    if hours.intervals.is_empty() {
        return t!("hours-unknown");
    }
    i18n::week_lines(&hours.intervals)
        .into_iter()
        .map(|(days, spans)| format!("{days} {spans}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The exact address, as operators see it.
fn address_line(details: &OperatorDetails, lang: Lang) -> Option<String> {
    let location = details.location.as_ref()?;
    let parts: Vec<String> = [
        location.address.clone(),
        location.locality.clone(),
        location.region.clone(),
        Some(intl::country_name(location.country.as_str(), lang)),
    ]
    .into_iter()
    .flatten()
    .filter(|p| !p.trim().is_empty())
    .collect();
    Some(parts.join(", "))
}

fn verified_line(details: &OperatorDetails, lang: Lang) -> String {
    match details.last_verified_at {
        Some(at) => t!("staff-last-checked", date = intl::long_date(&at, lang)),
        None => t!("staff-never-checked"),
    }
}

fn languages_line(codes: &[LanguageCode], lang: Lang) -> String {
    joined(codes.iter().map(|c| i18n::language_name(c.as_str(), lang)))
}

/// One result in the list: its name is the button Enter opens; the facts describe it to screen readers.
fn row_view(ui: Ui, i: usize, row: &Row, lang: Lang) -> impl IntoView + use<> {
    let facts_id = format!("console-hit-{i}-facts");
    let mut facts = vec![joined(row.kinds.iter().map(|k| kind_name(*k)))];
    match row.distance_m {
        Some(d) => facts.push(distance_text(d)),
        None => facts.push(joined(row.delivery.iter().map(|d| delivery_name(*d)))),
    }
    facts.push(if row.always_open {
        t!("open-always")
    } else {
        open_now_text(row.open_now)
    });
    // Places (beds) only where people come in person.
    if row.delivery.contains(&DeliveryMode::InPerson) {
        facts.push(capacity_name(row.operator.capacity));
    }
    facts.push(t!(
        "result-languages",
        languages = languages_line(&row.languages, lang)
    ));
    facts.push(verified_line(&row.operator, lang));
    let address = address_line(&row.operator, lang)
        .map(|a| view! { <p class="console-address">{t!("staff-console-address", address = a)}</p> });
    let confidential = row
        .confidential
        .then(|| view! { <span class="badge confidential-badge">{t!("staff-console-confidential")}</span> });
    let closed = (row.status == ServiceStatus::TemporarilyClosed)
        .then(|| view! { <span class="badge closed-badge">{t!("status-temporarily_closed")}</span> });
    let stale = row
        .operator
        .stale
        .then(|| view! { <span class="badge stale-badge">{t!("staff-console-stale")}</span> });
    let id = hit_id(i);
    view! {
        <li class="console-hit" class:current=move || ui.cursor.get() == Some(i) data-id=row.id.to_string()>
            <h3 class="console-hit-name">
                <button type="button" id=id class="console-open" aria-describedby=facts_id.clone()
                    lang=row.name_lang.clone() on:click=move |_| ui.open_row(i)
                    on:focus=move |_| ui.cursor.set(Some(i))>
                    {row.name.clone()}
                </button>
            </h3>
            <p class="console-badges">{confidential}{closed}{stale}</p>
            <p id=facts_id class="console-facts">{facts.join(" · ")}</p>
            {address}
        </li>
    }
}

/// The open result in full, with the referral and the handoff note.
pub(super) fn detail_view(ui: Ui, i: usize, row: &Row, lang: Lang) -> impl IntoView + use<> {
    let details = &row.operator;
    let fact = |label: String, value: String, id: &'static str| {
        view! {
            <dt>{label}</dt>
            <dd id=id>{value}</dd>
        }
    };
    let location = match (address_line(details, lang), row.distance_m) {
        (Some(address), Some(d)) => format!("{address} · {}", distance_text(d)),
        (Some(address), None) => address,
        (None, _) => t!("service-no-premises"),
    };
    let capacity = match details.capacity_updated_at {
        Some(at) if details.capacity != Capacity::Unknown => t!(
            "staff-console-capacity-on",
            capacity = capacity_name(details.capacity),
            date = intl::long_date(&at, lang)
        ),
        _ => capacity_name(details.capacity),
    };
    // Open around the clock says it once: the week's hours would only repeat it.
    let hours = if row.always_open {
        t!("open-always")
    } else {
        format!(
            "{} · {}",
            open_now_text(row.open_now),
            hours_line(details.hours.as_ref())
        )
    };
    let populations = if row.populations.is_empty() {
        t!("service-populations-all")
    } else {
        joined(row.populations.iter().map(|p| population_name(*p)))
    };
    let confidential = row
        .confidential
        .then(|| view! { <p class="badge confidential-badge">{t!("staff-console-confidential-detail")}</p> });
    let description = (!details.description.trim().is_empty()).then(|| {
        view! {
            <h3>{t!("staff-console-intake")}</h3>
            <p class="console-description" lang=details.description_lang.clone()>{details.description.clone()}</p>
        }
    });
    let demo = row
        .demo
        .then(|| view! { <p class="hint">{t!("demo-notice")}</p> });
    let id = row.id;
    let warm = super::warm::warm_form(ui, row.id, details.organization.name.clone(), row.kinds.clone());
    let referral = move || {
        let caller = ui.caller.get();
        ui.referral
            .get()
            .filter(|(rid, rlang, _)| *rid == id && *rlang == caller)
            .map(|(_, _, message)| {
                let sms = sms_link(&message.sms_body);
                // The language the text is in, which is the caller's only when Ruta writes in it.
                let written = i18n::language_name(
                    message.language.split('-').next().unwrap_or(&message.language),
                    lang,
                );
                view! {
                    <div class="referral-box">
                        <label for="referral-text">{t!("staff-console-referral-label", language = written)}</label>
                        <textarea id="referral-text" readonly rows="7" lang=message.language.clone()
                            prop:value=message.text></textarea>
                        <a id="referral-sms" class="sms" href=sms>{t!("staff-console-sms")}</a>
                    </div>
                }
            })
    };
    view! {
        <section id="console-detail" aria-labelledby="console-detail-name" data-id=row.id.to_string()>
            <button type="button" id="console-back" class="back" on:click=move |_| ui.close()>
                {t!("staff-console-back")}
            </button>
            <h2 id="console-detail-name" tabindex="-1" lang=row.name_lang.clone()>{row.name.clone()}</h2>
            {confidential}
            {demo}
            <p class="console-organization">{t!("service-organization", organization = details.organization.name.clone())}</p>
            <dl class="console-facts-list">
                {fact(t!("filter-kind"), joined(row.kinds.iter().map(|k| kind_name(*k))), "console-detail-kinds")}
                {fact(t!("service-location"), location, "console-detail-address")}
                {fact(t!("service-hours"), hours, "console-detail-hours")}
                {row.delivery.contains(&DeliveryMode::InPerson).then(|| fact(t!("service-capacity"), capacity, "console-detail-capacity"))}
                {fact(t!("service-languages"), languages_line(&row.languages, lang), "console-detail-languages")}
                {fact(t!("service-populations"), populations, "console-detail-populations")}
                {fact(t!("service-cost"), cost_name(row.cost), "console-detail-cost")}
                {fact(t!("staff-console-checked"), verified_line(details, lang), "console-detail-verified")}
            </dl>
            {description}
            <h3>{t!("service-contact-heading")}</h3>
            <PhoneLinks phones=row.phones.clone() style=LinkStyle::Elsewhere />
            <div class="actions">
                <button type="button" id="console-compose" class="primary"
                    prop:disabled=move || ui.composing.get() on:click=move |_| ui.compose(i, false)>
                    {t!("staff-console-compose")}
                </button>
                <button type="button" id="console-compose-sms" class="secondary"
                    prop:disabled=move || ui.composing.get() on:click=move |_| ui.compose(i, true)>
                    {t!("staff-console-compose-sms")}
                </button>
            </div>
            {referral}
            <label for="handoff-note">{t!("staff-console-note")}</label>
            <p id="handoff-note-hint" class="hint">{t!("staff-console-note-hint")}</p>
            <textarea id="handoff-note" rows="4" aria-describedby="handoff-note-hint" autocomplete="off"
                spellcheck="false" prop:value=move || ui.note.get()
                on:input=move |ev| ui.note.set(event_target_value(&ev))></textarea>
            {warm}
        </section>
    }
}

/// The results: nearby services, then remote ones, in one list for the arrows.
pub(super) fn results_view(ui: Ui, found: &Found, lang: Lang) -> impl IntoView + use<> {
    let nearby_rows = found
        .rows
        .iter()
        .take(found.nearby)
        .enumerate()
        .map(|(i, row)| row_view(ui, i, row, lang))
        .collect_view();
    let remote_rows = found
        .rows
        .iter()
        .enumerate()
        .skip(found.nearby)
        .map(|(i, row)| row_view(ui, i, row, lang))
        .collect_view();
    let none = (found.nearby == 0).then(
        || view! { <p id="console-none">{t!("no-results", radius = distance_text(found.radius_m))}</p> },
    );
    let remote = (found.rows.len() > found.nearby).then(|| {
        view! {
            <h2 id="console-remote-heading">{t!("staff-console-remote")}</h2>
            <ul id="console-remote" class="console-list" aria-labelledby="console-remote-heading">{remote_rows}</ul>
        }
    });
    let demo = found
        .demo
        .then(|| view! { <p class="hint">{t!("demo-notice")}</p> });
    view! {
        {demo}
        <h2 id="console-results-heading">{t!("staff-console-nearby")}</h2>
        {none}
        <ol id="console-results" class="console-list" tabindex="-1" aria-labelledby="console-results-heading">
            {nearby_rows}
        </ol>
        {remote}
    }
}
