//! The search form (place box and need) and the list of keys.

use api_types::ServiceKind;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use ruta_ui::components::delivery_options;
use ruta_ui::format::POPULATION_FILTERS;
use ruta_ui::i18n::{Lang, kind_name, population_name, t};
use ruta_ui::intl;

use super::language_box::{Which, language_box};
use super::need::read_need;
use super::place_box::Lookup;
use super::ui::Ui;

/// The keys, as a list `?` shows and hides.
pub(super) fn shortcuts() -> impl IntoView {
    let keys = [
        ("/".to_owned(), t!("staff-console-key-place")),
        ("↑ ↓ · j k".to_owned(), t!("staff-console-key-move")),
        (t!("staff-console-kbd-enter"), t!("staff-console-key-open")),
        ("c".to_owned(), t!("staff-console-key-copy")),
        ("s".to_owned(), t!("staff-console-key-sms")),
        ("Esc".to_owned(), t!("staff-console-key-back")),
        ("?".to_owned(), t!("staff-console-key-help")),
    ]
    .into_iter()
    .map(|(key, what)| {
        view! {
            <dt><kbd>{key}</kbd></dt>
            <dd>{what}</dd>
        }
    })
    .collect_view();
    view! {
        <section id="console-shortcuts" aria-labelledby="console-shortcuts-heading">
            <h2 id="console-shortcuts-heading">{t!("staff-console-keys-heading")}</h2>
            <dl>{keys}</dl>
        </section>
    }
}

/// The search form: place box and need.
pub(super) fn search_form(ui: Ui, lang: Lang) -> impl IntoView {
    let form_ref = NodeRef::<html::Form>::new();
    let on_change = move |_: ev::Event| {
        // The language comes from its picker, which sets it itself; the form's fields give the rest.
        let Some(mut need) = form_ref.get_untracked().and_then(|form| read_need(&form)) else {
            return;
        };
        need.language = ui.need.with_untracked(|n| n.language.clone());
        if ui.need.with_untracked(|n| *n != need) {
            ui.need.set(need);
        }
    };
    // Built again when the interface language changes: the fields start from the need already set.
    let need = ui.need.get_untracked();
    let kinds = ServiceKind::ALL
        .iter()
        .map(|k| view! { <option value=k.as_str() selected=need.kind == Some(*k)>{kind_name(*k)}</option> })
        .collect_view();
    let populations = POPULATION_FILTERS
        .iter()
        .map(|p| {
            view! { <option value=p.as_str() selected=need.population == Some(*p)>{population_name(*p)}</option> }
        })
        .collect_view();
    let deliveries = delivery_options(need.delivery);
    let suggestions = move || {
        let lang = ui.staff.locale.get();
        let places = ui.place_box.suggestions.get();
        let items = places
            .into_iter()
            .enumerate()
            .map(|(i, place)| {
                let label = t!(
                    "place-name",
                    name = place.name.clone(),
                    admin1 = place.admin1.clone(),
                    country = intl::country_name(place.country.as_str(), lang)
                );
                let label = match &place.matched_name {
                    Some(matched) => format!("{label} ({matched})"),
                    None => label,
                };
                view! {
                    <li role="option" id=format!("console-place-{i}") class="console-place"
                        aria-selected=move || if ui.place_box.highlighted.get() == Some(i) { "true" } else { "false" }
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| ui.pick(place.clone())>
                        {label}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul id="console-places" role="listbox" aria-label=t!("town-suggestions-label")
                hidden=move || ui.place_box.suggestions.with(Vec::is_empty)>
                {items}
            </ul>
        }
    };
    let lookup = move || match ui.place_box.lookup.get() {
        Lookup::Idle => String::new(),
        Lookup::Searching => t!("town-searching"),
        Lookup::NoMatch => t!("town-no-match"),
        Lookup::Failed(text) => text,
    };
    view! {
        <form id="console-search" role="search" node_ref=form_ref on:change=on_change
            on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
            <label for="console-place">{t!("staff-console-place")}</label>
            <input id="console-place" type="search" autocomplete="off" spellcheck="false"
                role="combobox" aria-autocomplete="list" aria-controls="console-places"
                aria-describedby="console-place-status"
                aria-expanded=move || if ui.place_box.suggestions.with(Vec::is_empty) { "false" } else { "true" }
                aria-activedescendant=move || ui.place_box.highlighted.get().map(|i| format!("console-place-{i}"))
                prop:value=move || ui.place_box.typed.get()
                on:input=move |ev| ui.place_box.typing(&event_target_value(&ev))
                on:keydown=move |ev| ui.place_key(&ev) />
            <p id="console-place-status" class="status">{lookup}</p>
            {suggestions}
            {language_box(ui, Which::Caller, lang)}
            <label for="console-kind">{t!("staff-console-need")}</label>
            <select id="console-kind" name="kind">
                <option value="" selected=need.kind.is_none()>{t!("staff-console-any-kind")}</option>
                {kinds}
            </select>
            {language_box(ui, Which::Spoken, lang)}
            <label for="console-population">{t!("filter-population")}</label>
            <select id="console-population" name="population">
                <option value="">{t!("staff-console-anyone")}</option>
                {populations}
            </select>
            <label for="console-delivery">{t!("filter-delivery")}</label>
            <select id="console-delivery" name="delivery">{deliveries}</select>
            <label class="choice">
                <input type="checkbox" name="free" value="true" checked=need.free />
                <span>{t!("filter-free")}</span>
            </label>
            <label class="choice">
                <input type="checkbox" name="open_now" value="true" checked=need.open_now />
                <span>{t!("filter-open-now")}</span>
            </label>
            <label for="console-min-beds">{t!("staff-console-min-beds")}</label>
            <input id="console-min-beds" name="min_beds" type="number" min="0" max="999" step="1"
                inputmode="numeric" value=(need.min_beds > 0).then(|| need.min_beds.to_string()) aria-describedby="console-min-beds-hint" />
            <p id="console-min-beds-hint" class="hint">{t!("staff-console-min-beds-hint")}</p>
            <label for="console-verified">{t!("staff-console-verified")}</label>
            <input id="console-verified" name="verified_within_days" type="number" min="1" max="3650" step="1"
                inputmode="numeric" value=need.verified_within_days.map(|d| d.to_string()) aria-describedby="console-verified-hint" />
            <p id="console-verified-hint" class="hint">{t!("staff-console-verified-hint")}</p>
        </form>
    }
}
