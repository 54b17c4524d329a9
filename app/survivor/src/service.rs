//! One service in full: what it offers, for whom, in which languages, when, where (or why the address is not
//! shown), and large links to call, text or WhatsApp it.

use api_types::{DeliveryMode, PublicLocation, ServiceDetail, ServiceStatus, WeeklyHours};
use leptos::prelude::*;
use ruta_ui::api::{Latest, public};
use ruta_ui::components::{LinkStyle, LoadError, PhoneLinks, back_nav};
use ruta_ui::format::joined;
use ruta_ui::format::{safe_web_url, zone_city};
use ruta_ui::i18n::{
    self, Lang, capacity_name, cost_name, delivery_name, kind_name, open_now_text, population_name,
    report_reason, t, tx, week_lines,
};
use ruta_ui::intl;
use ruta_ui::state::{LoadStatus, Screen, use_app};
use uuid::Uuid;

#[component]
pub fn ServicePage(id: Uuid) -> impl IntoView {
    let state = use_app();
    let detail = RwSignal::new(None::<ServiceDetail>);
    let status = RwSignal::new(LoadStatus::Loading);
    let retry = RwSignal::new(0_u32);
    let latest = Latest::new();

    Effect::new(move |_| {
        let lang = state.locale.get();
        retry.track();
        status.set(LoadStatus::Loading);
        latest.run(
            |signal| public::find_service(id, lang.tag(), signal),
            move |result| match result {
                Ok(service) => {
                    if service.demo || service.organization.demo {
                        state.demo.set(true);
                    }
                    detail.set(Some(service));
                    status.set(LoadStatus::Idle);
                }
                Err(failure) => status.set(LoadStatus::Failed(failure)),
            },
        );
    });

    let back_to = move || {
        if state.query.with(Option::is_some) {
            Screen::Results
        } else {
            Screen::Home
        }
    };
    let heading = move || {
        detail.with(|d| match d {
            Some(service) => service.name.clone(),
            None => t!("service-loading"),
        })
    };
    let heading_lang = move || detail.with(|d| d.as_ref().map(|s| s.name_lang.clone()));
    let failure = move || match status.get() {
        LoadStatus::Failed(failure) => {
            let retry = Callback::new(move |()| retry.update(|n| *n = n.wrapping_add(1)));
            Some(view! { <LoadError failure retry /> })
        }
        _ => None,
    };

    view! {
        <main id="service">
            {back_nav(tx!("service-back"), Callback::new(move |()| state.screen.set(back_to())))}
            <h1 tabindex="-1" lang=heading_lang>{heading}</h1>
            {failure}
            {move || detail.get().map(|service| view! { <Details service /> })}
        </main>
    }
}

/// Everything below the name. Built once: the language cannot change while a service is shown (the picker is
/// on the home screen), and a new answer builds a new `Details`.
#[component]
fn Details(service: ServiceDetail) -> impl IntoView {
    let state = use_app();
    let lang = state.locale.get_untracked();
    let shown_in = (primary(&service.description_lang) != primary(lang.tag())).then(|| {
        let language = i18n::language_name(&service.description_lang, lang);
        view! { <p class="shown-in">{t!("shown-in", language = language)}</p> }
    });
    let website = service
        .organization
        .website
        .as_deref()
        .and_then(safe_web_url)
        .map(|url| {
            view! {
                <a class="website" href=url.to_owned() rel="noopener noreferrer">
                    {t!("service-website")}
                </a>
            }
        });
    // The directory's own words, shown as it gave them (in its language): who may come, fees, how to apply.
    let details = &service.details;
    let own = |text: &Option<String>| {
        text.clone()
            .map(|text| view! { <dd class="own-words">{text}</dd> })
    };
    let (eligibility, fees) = (own(&details.eligibility), own(&details.fees));
    let apply = own(&details.application_process).map(|text| view! { <dt>{t!("service-apply")}</dt> {text} });
    let populations = if service.populations.is_empty() {
        t!("service-populations-all")
    } else {
        joined(service.populations.iter().map(|p| population_name(*p)))
    };
    let languages = joined(
        service
            .languages
            .iter()
            .map(|l| i18n::language_name(l.as_str(), lang)),
    );
    let remote = service.delivery.iter().any(|d| d.is_remote());
    let area = (remote && !service.service_area.countries.is_empty()).then(|| {
        let places = joined(
            service
                .service_area
                .countries
                .iter()
                .map(|c| intl::country_name(c.as_str(), lang)),
        );
        view! { <p class="service-area">{t!("service-area", places = places)}</p> }
    });
    // Places (beds) only mean something where people come in person: a remote-only service has none to give.
    let capacity = service.delivery.contains(&DeliveryMode::InPerson).then(|| {
        let updated = service.capacity_updated_at.map(|at| {
            view! { <span class="capacity-updated">" · " {t!("capacity-updated", date = intl::long_date(&at, lang))}</span> }
        });
        view! {
            <dt>{t!("service-capacity")}</dt>
            <dd class="capacity">{capacity_name(service.capacity)} {updated}</dd>
        }
    });
    // "Open now" above "open 24 hours, every day" would say the same twice.
    let always_open = service.hours.as_ref().is_some_and(|h| h.always_open);
    let open_state = (!(always_open && service.open_now == Some(true)))
        .then(|| view! { <p class="open-state">{open_now_text(service.open_now)}</p> });
    let verified = service.last_verified_at.map(|at| {
        view! { <p class="verified">{t!("service-verified", date = intl::long_date(&at, lang))}</p> }
    });
    let contact = if service.phones.is_empty() {
        view! { <p>{t!("service-no-phone")}</p> }.into_any()
    } else {
        view! {
            <PhoneLinks phones=service.phones.clone() style=LinkStyle::Service />
            <p class="hint">{t!("phone-trace-note")}</p>
        }
        .into_any()
    };
    // Remote sessions with this organisation's counsellors, when it has any (booked without an account).
    let sessions = (service.counsellors > 0).then(|| {
        let organization = Some(service.organization.id);
        view! {
            <section class="sessions" aria-labelledby="sessions-heading">
                <h2 id="sessions-heading">{t!("service-sessions-heading")}</h2>
                <p>{t!("service-sessions-intro")}</p>
                <button id="book-with-organization" type="button" class="secondary"
                    on:click=move |_| state.screen.set(Screen::Counsellors { organization })>
                    {t!("service-sessions-book")}
                </button>
            </section>
        }
    });
    view! {
        <p class="organization">{t!("service-organization", organization = service.organization.name.clone())}</p>
        {(service.status == ServiceStatus::TemporarilyClosed)
            .then(|| view! { <p class="status-closed">{t!("status-temporarily_closed")}</p> })}
        <section class="actions" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t!("service-contact-heading")}</h2>
            {contact}
        </section>
        {sessions}
        <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t!("service-about")}</h2>
            <p class="kinds">{joined(service.kinds.iter().map(|k| kind_name(*k)))}</p>
            <p class="description" lang=service.description_lang.clone()>{service.description.clone()}</p>
            {shown_in}
            <dl class="facts">
                <dt>{t!("service-populations")}</dt>
                <dd class="populations">{populations}</dd>
                {eligibility}
                <dt>{t!("service-languages")}</dt>
                <dd class="languages">{languages}</dd>
                <dt>{t!("service-cost")}</dt>
                <dd class="cost">{cost_name(service.cost)}</dd>
                {fees}
                {apply}
                <dt>{t!("service-delivery")}</dt>
                <dd class="delivery">{joined(service.delivery.iter().map(|d| delivery_name(*d)))}</dd>
                {capacity}
            </dl>
            {area}
            {website}
        </section>
        <section class="hours" aria-labelledby="hours-heading">
            <h2 id="hours-heading">{t!("service-hours")}</h2>
            {open_state}
            {hours_view(service.hours.as_ref())}
        </section>
        <section class="location" aria-labelledby="location-heading">
            <h2 id="location-heading">{t!("service-location")}</h2>
            {location_view(&service, lang)}
        </section>
        {verified}
        <ReportProblem id=service.id />
    }
}

/// "Something is wrong here": a reason from a fixed list, nothing about the person; it reaches the organisation.
#[component]
fn ReportProblem(id: uuid::Uuid) -> impl IntoView {
    use api_types::manage::ProblemReason::{self, *};
    let sent = RwSignal::new(None::<bool>);
    let send = move |reason: ProblemReason| {
        leptos::task::spawn_local(async move {
            let ok = public::report_service(id, reason).await.is_ok();
            sent.set(Some(ok));
        });
    };
    let reasons = [NoAnswer, WrongNumber, Closed, WrongAddress, WrongHours, NotAsDescribed, Other]
        .into_iter()
        .map(|reason| {
            view! {
                <li>
                    <button type="button" class="secondary" data-reason=reason.as_str() on:click=move |_| send(reason)>
                        {report_reason(reason)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details id="report-problem">
            <summary>{t!("report-heading")}</summary>
            <p class="hint">{t!("report-intro")}</p>
            {move || match sent.get() {
                None => view! { <ul class="report-reasons">{reasons.clone()}</ul> }.into_any(),
                Some(true) => view! { <p role="status" class="report-thanks">{t!("report-thanks")}</p> }.into_any(),
                Some(false) => view! { <p role="status">{t!("error-rate_limited")}</p> }.into_any(),
            }}
        </details>
    }
}

/// `es-419` → `es`.
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The week, in the service's own time zone.
fn hours_view(hours: Option<&WeeklyHours>) -> AnyView {
    let Some(hours) = hours else {
        return view! { <p>{t!("hours-none")}</p> }.into_any();
    };
    let zone = view! { <p class="hint">{t!("hours-timezone", zone = zone_city(&hours.timezone))}</p> };
    if hours.always_open {
        return view! {
            <p class="always-open">{t!("hours-always")}</p>
            {zone}
        }
        .into_any();
    }
    if hours.intervals.is_empty() {
        return view! { <p>{t!("hours-none")}</p> }.into_any();
    }
    let rows = week_lines(&hours.intervals)
        .into_iter()
        .map(|(days, spans)| {
            view! {
                <tr>
                    <th scope="row">{days}</th>
                    <td>{spans}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="week">
            <tbody>{rows}</tbody>
        </table>
        {zone}
    }
    .into_any()
}

/// Address, or for a confidential shelter why it is not shown and only the area; then its other branches.
fn location_view(service: &ServiceDetail, lang: Lang) -> AnyView {
    let Some(location) = &service.location else {
        let remote_only = service.delivery.iter().all(|d| *d != DeliveryMode::InPerson);
        return remote_only
            .then(|| view! { <p>{t!("service-no-premises")}</p> })
            .into_any();
    };
    let area = area_of(location, lang);
    if service.confidential {
        return view! {
            <p class="confidential">{t!("service-confidential")}</p>
            <p class="area">{t!("service-area-approximate", area = area)}</p>
        }
        .into_any();
    }
    // An address imported without coordinates: shown as given, its distance counted from its town's centre.
    let approximate = location.approximate;
    // Each branch on one line: street, town, region, country (kept plain: this page is in the first download).
    let others: Vec<String> = service
        .other_locations
        .iter()
        .map(|l| {
            joined(
                l.address
                    .clone()
                    .into_iter()
                    .chain(std::iter::once(area_of(l, lang))),
            )
        })
        .collect();
    view! {
        <p class="address">
            {location.address.clone().map(|a| view! { <span class="street">{a}</span> <br /> })}
            <span class="area">{area}</span>
        </p>
        {approximate.then(|| view! { <p class="point-approximate">{t!("service-point-approximate")}</p> })}
        {(!others.is_empty()).then(|| view! {
            <h3 id="other-locations-heading">{t!("service-other-locations")}</h3>
            <ul class="other-locations" aria-labelledby="other-locations-heading">
                {others.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

/// Town, region and country, in the reader's language.
fn area_of(location: &PublicLocation, lang: Lang) -> String {
    joined(
        [location.locality.clone(), location.region.clone()]
            .into_iter()
            .flatten()
            .chain(std::iter::once(intl::country_name(
                location.country.as_str(),
                lang,
            ))),
    )
}
