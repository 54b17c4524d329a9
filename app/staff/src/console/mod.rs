//! The hotline operator's console: on a call, find the right service in seconds and hand over what the person
//! needs. Keyboard first (desktop), still usable on a 360 px phone:
//! - `/` goes to the place box; typing a town lists places, ↑/↓ pick one and Enter searches from it;
//! - ↑/↓ (or `j`/`k`) move through the results, Enter opens one, Esc goes back to the list;
//! - `c` composes the referral in the caller's language and copies it (it is also shown selected, so Ctrl+C
//!   works where the clipboard is refused), `s` opens a text message with it;
//! - `?` shows the list of keys, which the help line under the heading also gives.
//!
//! Operators see what the public never does: the exact address of confidential shelters and how intake works.
//! The warm-handoff note lives in this page's memory only: it is never sent, and a new search clears it. A warm
//! referral, with the caller's consent, is the one thing sent to the organisation ([`warm`]).

mod dom;
mod form;
mod found;
mod language_box;
mod need;
mod place_box;
mod results;
mod ui;
mod warm;

use leptos::ev;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::operator;
use ruta_ui::i18n::{t, tx};

use self::dom::focus_soon;
use self::form::{search_form, shortcuts};
use self::results::{detail_view, results_view};
use self::ui::Ui;
use crate::use_staff;

#[component]
pub fn Console() -> impl IntoView {
    let staff = use_staff();
    let ui = Ui::new(staff);
    let interface = staff.locale.get_untracked().tag();
    ui.caller
        .set(interface.split('-').next().unwrap_or(interface).to_owned());
    // Every language of the directory, for the caller's language and the "language spoken" filter; until the
    // answer comes (or if it fails) the pickers offer the interface's languages.
    spawn_local(async move {
        match operator::list_languages().await {
            Ok(list) => ui.languages.set(list.languages),
            Err(failure) => staff.failed(&failure),
        }
    });
    // The operator starts with the place: the focus is there as the console opens (after signing in too).
    focus_soon("console-place".to_owned());

    Effect::new(move |_| {
        let lang = staff.locale.get();
        let need = ui.need.get();
        if let Some(place) = ui.place.get() {
            ui.run_search(place, &need, lang);
        }
    });
    let keys = window_event_listener(ev::keydown, move |ev| ui.key(&ev));
    on_cleanup(move || keys.remove());

    let form = move || search_form(ui, staff.locale.get());
    let results = move || {
        let lang = staff.locale.get();
        ui.found.get().map(|found| results_view(ui, &found, lang))
    };
    let detail = move || {
        let lang = staff.locale.get();
        let i = ui.open.get()?;
        let row = ui
            .found
            .with(|f| f.as_ref().and_then(|f| f.rows.get(i).cloned()))?;
        Some(detail_view(ui, i, &row, lang))
    };
    let prompt = move || {
        (ui.place.with(Option::is_none) && !ui.loading.get())
            .then(|| view! { <p id="console-prompt" class="hint">{t!("staff-console-prompt")}</p> })
    };
    view! {
        <main id="console" class:detail-open=move || ui.open.get().is_some()>
            <h1 tabindex="-1">{tx!("staff-console-heading")}</h1>
            <p id="console-keys-line" class="hint console-keys">
                {tx!("staff-console-keys-line")} " "
                <button type="button" id="console-keys-toggle" class="link"
                    aria-expanded=move || if ui.show_keys.get() { "true" } else { "false" }
                    aria-controls="console-shortcuts"
                    on:click=move |_| ui.show_keys.update(|s| *s = !*s)>
                    {tx!("staff-console-keys-heading")}
                </button>
            </p>
            {move || ui.show_keys.get().then(shortcuts)}
            <p id="console-status" class="status" role="status" aria-live="polite">{move || ui.said.get()}</p>
            <div class="console-layout">
                <div class="console-form">{form}</div>
                <section id="console-found" class="console-found" aria-busy=move || ui.loading.get().to_string()
                    class:stale=move || ui.loading.get()>
                    {prompt}
                    {results}
                </section>
                <div class="console-side">{detail}</div>
            </div>
        </main>
    }
}
