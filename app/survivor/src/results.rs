//! Results: services with premises near the origin (list and locator), remote help, filters.

use std::collections::BTreeSet;

use api_types::{DeliveryMode, Population, RemoteHit, SearchHit, SearchResponse, ServiceKind, ServiceStatus};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use ruta_ui::api::{DeliveryFilter, Filters, SearchOrigin};
use ruta_ui::components::{LinkStyle, LoadError, PhoneLinks, back_nav, delivery_options, locator};
use ruta_ui::format::joined;
use ruta_ui::format::{POPULATION_FILTERS, filter_languages, wider_radius};
use ruta_ui::i18n::{
    self, Lang, capacity_name, compass_name, cost_name, delivery_name, distance_text, kind_name,
    open_now_text, population_name, t, tx,
};
use ruta_ui::intl;
use ruta_ui::state::{LoadStatus, Screen, use_app};
use wasm_bindgen::JsCast;

use crate::remote::BookingEntry;

/// The API's default `limit`: a full page means widening the radius would not show more.
const PAGE_SIZE: usize = 20;

fn kinds_text(kinds: &[ServiceKind]) -> String {
    joined(kinds.iter().map(|k| kind_name(*k)))
}

fn languages_text(codes: impl IntoIterator<Item = String>, lang: Lang) -> String {
    joined(codes.into_iter().map(|code| i18n::language_name(&code, lang)))
}

#[component]
pub fn Results() -> impl IntoView {
    let state = use_app();
    let filters_form = NodeRef::<html::Form>::new();
    let heading = NodeRef::<html::H1>::new();
    let show_filters = move |_| {
        if let Some(form) = filters_form.get_untracked() {
            form.scroll_into_view();
            if let Ok(Some(first)) = form.query_selector("input")
                && let Ok(first) = first.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = first.focus();
            }
        }
    };
    let see_results = move || {
        if let Some(heading) = heading.get_untracked() {
            heading.scroll_into_view();
            let _ = heading.focus();
        }
    };
    let heading_text = move || {
        state.query.with(|query| match query.as_ref().map(|q| &q.origin) {
            Some(SearchOrigin::Place { name, .. }) => t!("results-heading-place", place = name.clone()),
            _ => t!("results-heading-location"),
        })
    };
    let summary = move || {
        if state.search_status.get() == LoadStatus::Loading {
            return t!("results-loading");
        }
        state.results.with(|answer| match answer {
            Some(answer) => t!(
                "results-count",
                count = answer.results.len(),
                radius = distance_text(answer.radius_m)
            ),
            None => String::new(),
        })
    };
    let failure = move || match state.search_status.get() {
        LoadStatus::Failed(failure) => {
            let retry = Callback::new(move |()| state.search_retry.update(|n| *n = n.wrapping_add(1)));
            Some(view! { <LoadError failure retry /> })
        }
        _ => None,
    };

    view! {
        <main id="results">
            {back_nav(tx!("results-back"), Callback::new(move |()| state.screen.set(Screen::Home)))}
            <h1 tabindex="-1" node_ref=heading>{heading_text}</h1>
            <div class="summary-bar">
                <p class="summary" role="status">{summary}</p>
                <button id="show-filters" type="button" class="secondary" on:click=show_filters>
                    {tx!("show-filters")}
                </button>
            </div>
            {failure}
            <div
                class="answer"
                class:stale=move || state.search_status.get() == LoadStatus::Loading
                aria-busy=move || (state.search_status.get() == LoadStatus::Loading).to_string()
            >
                {move || state.results.get().map(|answer| view! { <Nearby answer /> })}
                {move || state.results.get().map(|answer| view! { <Beyond hits=answer.beyond radius_m=answer.radius_m /> })}
                {move || state.results.get().map(|answer| view! { <Remote hits=answer.remote /> })}
            </div>
            <FiltersForm form_ref=filters_form on_done=Callback::new(move |()| see_results()) />
            <BookingEntry />
        </main>
    }
}

/// The list of nearby services and the locator, or what to try when there are none.
#[component]
fn Nearby(answer: SearchResponse) -> impl IntoView {
    let state = use_app();
    let next_radius = wider_radius(answer.radius_m);
    let wider = move |show: bool| {
        next_radius.filter(|_| show).map(|next| {
            view! {
                <button
                    id="wider-radius"
                    type="button"
                    class="secondary"
                    on:click=move |_| state.update_query(|q| q.radius_m = Some(next))
                >
                    {move || t!("wider-radius", radius = distance_text(next))}
                </button>
            }
        })
    };
    if answer.results.is_empty() {
        let radius = distance_text(answer.radius_m);
        return view! {
            <div class="no-results">
                <p id="no-results">
                    {move || t!("no-results", radius = radius.clone())} " " {tx!("no-results-try")}
                </p>
                {wider(true)}
            </div>
        }
        .into_any();
    }
    let full_page = answer.results.len() >= PAGE_SIZE;
    let points: Vec<(u32, u16)> = answer
        .results
        .iter()
        .map(|h| (h.distance_m, h.bearing.degrees))
        .collect();
    let items = answer
        .results
        .into_iter()
        .enumerate()
        .map(|(i, hit)| view! { <ResultItem number=i + 1 hit /> })
        .collect_view();
    view! {
        <ol id="result-list" aria-label=tx!("results-list-label")>
            {items}
        </ol>
        {wider(!full_page)}
        <section class="locator-box" aria-labelledby="locator-heading">
            <h2 id="locator-heading">{tx!("locator-heading")}</h2>
            {locator(&points)}
        </section>
    }
    .into_any()
}

/// The nearest services that match beyond the radius, when few matched within it: shown with the remote help on
/// the same screen, so nobody has to widen the search again and again to learn where help is.
#[component]
fn Beyond(hits: Vec<SearchHit>, radius_m: u32) -> impl IntoView {
    (!hits.is_empty()).then(|| {
        let radius = distance_text(radius_m);
        let items = hits
            .into_iter()
            .enumerate()
            .map(|(i, hit)| view! { <ResultItem number=i + 1 hit /> })
            .collect_view();
        view! {
            <section id="beyond" aria-labelledby="beyond-heading">
                <h2 id="beyond-heading">{move || t!("beyond-heading", radius = radius.clone())}</h2>
                <ol id="beyond-list">{items}</ol>
            </section>
        }
    })
}

/// One nearby service. Built once: the language cannot change while the results are shown (the picker is on
/// the home screen), and a new answer builds new items.
#[component]
fn ResultItem(number: usize, hit: SearchHit) -> impl IntoView {
    let state = use_app();
    let lang = state.locale.get_untracked();
    let id = hit.id;
    let distance = distance_text(hit.distance_m);
    let direction = compass_name(hit.bearing.compass);
    let distance = if hit.confidential || hit.location.approximate {
        t!(
            "result-distance-approximate",
            distance = distance,
            direction = direction
        )
    } else {
        t!("result-distance", distance = distance, direction = direction)
    };
    let open_class = match hit.open_now {
        Some(true) => "open-state open",
        Some(false) => "open-state closed",
        None => "open-state unknown",
    };
    let languages = languages_text(hit.languages.iter().map(|l| l.as_str().to_owned()), lang);
    let closed = (hit.status == ServiceStatus::TemporarilyClosed).then(|| t!("status-temporarily_closed"));
    let confidential = hit.confidential.then(|| t!("result-confidential"));
    // Places (beds) only where people come in person.
    let capacity = hit
        .delivery
        .contains(&DeliveryMode::InPerson)
        .then(|| view! { <p class="capacity">{capacity_name(hit.capacity)}</p> });
    // Why a listing can rank below a farther one: the ranking demotes those not checked for six months.
    let checked = match &hit.last_verified_at {
        Some(at) => t!("result-checked", date = intl::month_year(at, lang)),
        None => t!("result-not-checked"),
    };
    view! {
        <li class="result">
            <span class="result-number" aria-hidden="true">{number}</span>
            <div class="result-body">
                <h2 class="result-name">
                    <button
                        type="button"
                        class="open-service"
                        lang=hit.name_lang
                        on:click=move |_| state.screen.set(Screen::Service(id))
                    >
                        {hit.name}
                    </button>
                </h2>
                <p class="kinds">{kinds_text(&hit.kinds)}</p>
                <p class="distance">{distance}</p>
                {closed.map(|text| view! { <p class="status-closed">{text}</p> })}
                <p class=open_class>{open_now_text(hit.open_now)}</p>
                <p class="languages">{t!("result-languages", languages = languages)}</p>
                <p class="cost">{cost_name(hit.cost)}</p>
                {capacity}
                {confidential.map(|text| view! { <p class="confidential">{text}</p> })}
                <p class="checked">{checked}</p>
            </div>
        </li>
    }
}

/// "Help you can get from here remotely".
#[component]
fn Remote(hits: Vec<RemoteHit>) -> impl IntoView {
    let state = use_app();
    let lang = state.locale.get_untracked();
    let body = if hits.is_empty() {
        view! { <p class="remote-none">{tx!("remote-none")}</p> }.into_any()
    } else {
        let items = hits
            .into_iter()
            .map(|hit| {
                let id = hit.id;
                let open = if hit.always_open {
                    t!("open-always")
                } else {
                    open_now_text(hit.open_now)
                };
                let languages = languages_text(hit.languages.iter().map(|l| l.as_str().to_owned()), lang);
                view! {
                    <li class="remote-item">
                        <h3 class="remote-name" lang=hit.name_lang>{hit.name}</h3>
                        <p class="kinds">{kinds_text(&hit.kinds)}</p>
                        <p class="delivery">{joined(hit.delivery.iter().map(|d| delivery_name(*d)))}</p>
                        <p class="open-state">{open}</p>
                        <p class="languages">{t!("result-languages", languages = languages)}</p>
                        <p class="cost">{cost_name(hit.cost)}</p>
                        <PhoneLinks phones=hit.phones style=LinkStyle::Elsewhere />
                        <button
                            type="button"
                            class="remote-details secondary"
                            on:click=move |_| state.screen.set(Screen::Service(id))
                        >
                            {tx!("remote-details")}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="remote-list">{items}</ul> }.into_any()
    };
    view! {
        <section id="remote" aria-labelledby="remote-heading">
            <h2 id="remote-heading">{tx!("remote-heading")}</h2>
            <p class="hint">{tx!("remote-intro")}</p>
            {body}
        </section>
    }
}

/// The filters: a plain form whose one `change` handler reads every field back (no reactive binding per box,
/// which cost a lot of wasm); every change runs the search again. The fields start from the current search, so
/// coming back from a service shows the filters that were set.
#[component]
fn FiltersForm(form_ref: NodeRef<html::Form>, on_done: Callback<()>) -> impl IntoView {
    let state = use_app();
    let lang = state.locale.get_untracked();
    let initial = state
        .query
        .with_untracked(|q| q.as_ref().map(|q| q.filters.clone()).unwrap_or_default());
    let on_change = move |_: ev::Event| {
        if let Some(form) = form_ref.get_untracked() {
            let filters = read_filters(&form);
            state.update_query(|q| q.filters = filters);
        }
    };
    let clear = move |_| {
        if let Some(form) = form_ref.get_untracked() {
            clear_form(&form);
        }
        state.update_query(|q| q.filters = Filters::default());
    };
    let kinds = checkboxes(
        "kind",
        ServiceKind::ALL,
        ServiceKind::as_str,
        kind_name,
        &initial.kinds,
    );
    let populations = checkboxes(
        "population",
        &POPULATION_FILTERS,
        Population::as_str,
        population_name,
        &initial.populations,
    );
    let country_languages = state
        .country
        .with_untracked(|c| c.as_ref().map(|c| c.languages.clone()).unwrap_or_default());
    let language_options = filter_languages(&country_languages)
        .into_iter()
        .map(|code| {
            let selected = initial.language.as_deref() == Some(code.as_str());
            let name = i18n::language_name(&code, lang);
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    let deliveries = delivery_options(initial.delivery);

    view! {
        <form
            id="filters"
            node_ref=form_ref
            aria-labelledby="filters-heading"
            on:submit=|ev| ev.prevent_default()
            on:change=on_change
        >
            <h2 id="filters-heading">{t!("filters-heading")}</h2>
            <fieldset>
                <legend>{t!("filter-kind")}</legend>
                <div class="choices">{kinds}</div>
            </fieldset>
            <label for="filter-language">{t!("filter-language")}</label>
            <select id="filter-language" name="language">
                <option value="" selected=initial.language.is_none()>{t!("filter-language-any")}</option>
                {language_options}
            </select>
            <fieldset>
                <legend>{t!("filter-population")}</legend>
                <div class="choices">{populations}</div>
            </fieldset>
            {choice("free", "true", t!("filter-free"), initial.free)}
            {choice("open_now", "true", t!("filter-open-now"), initial.open_now)}
            <label for="filter-delivery">{t!("filter-delivery")}</label>
            <select id="filter-delivery" name="delivery">{deliveries}</select>
            <div class="form-actions">
                <button type="button" class="clear-filters secondary" on:click=clear>{t!("filters-clear")}</button>
                <button type="button" class="see-results" on:click=move |_| on_done.run(())>
                    {t!("filters-see-results")}
                </button>
            </div>
        </form>
    }
}

/// The filters as the form shows them.
fn read_filters(form: &web_sys::HtmlFormElement) -> Filters {
    let mut filters = Filters::default();
    for input in form_fields::<web_sys::HtmlInputElement>(form, "input[type=checkbox]:checked") {
        let value = input.value();
        match input.name().as_str() {
            "kind" => filters.kinds.extend(value.parse::<ServiceKind>()),
            "population" => filters.populations.extend(value.parse::<Population>()),
            "free" => filters.free = true,
            "open_now" => filters.open_now = true,
            _ => {}
        }
    }
    for select in form_fields::<web_sys::HtmlSelectElement>(form, "select") {
        let value = select.value();
        match select.name().as_str() {
            "language" => filters.language = (!value.is_empty()).then_some(value),
            "delivery" => filters.delivery = DeliveryFilter::from_value(&value),
            _ => {}
        }
    }
    filters
}

/// Unticks every box and sets every menu back to its first choice ("any").
fn clear_form(form: &web_sys::HtmlFormElement) {
    for input in form_fields::<web_sys::HtmlInputElement>(form, "input[type=checkbox]") {
        input.set_checked(false);
    }
    for select in form_fields::<web_sys::HtmlSelectElement>(form, "select") {
        select.set_selected_index(0);
    }
}

fn form_fields<T: JsCast>(form: &web_sys::HtmlFormElement, selector: &str) -> Vec<T> {
    let Ok(list) = form.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<T>().ok())
        .collect()
}

/// A filter's checkbox: `name=value`, worded `label`.
fn choice(name: &'static str, value: &'static str, label: String, checked: bool) -> impl IntoView + use<> {
    view! {
        <label class="choice">
            <input type="checkbox" name=name value=value checked=checked />
            <span>{label}</span>
        </label>
    }
}

/// A checkbox for each of `all` (its `value`, worded by `label`), checked when it is in `checked`.
fn checkboxes<T: Copy + Ord>(
    name: &'static str,
    all: &[T],
    value: fn(T) -> &'static str,
    label: fn(T) -> String,
    checked: &BTreeSet<T>,
) -> impl IntoView + use<T> {
    all.iter()
        .map(|&one| choice(name, value(one), label(one), checked.contains(&one)))
        .collect_view()
}
