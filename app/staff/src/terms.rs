//! Admins keep the imports' term table: how other directories' categories (their own, or corrections of the
//! ones Ruta knows) become Ruta's kinds, populations and delivery modes. Downloaded as CSV to edit in a
//! spreadsheet (this server's table, or Ruta's to start from) and uploaded whole with `PUT /api/v1/admin/terms`:
//! the server checks every cell first and names the wrong one by its line and column. The import screen's check
//! then shows what the table does to a file before anything is written.

use api_types::ErrorCode;
use api_types::manage::TermTableInput;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, admin};
use ruta_ui::i18n::{t, tx};
use ruta_ui::intl;

use crate::{read_on_open, use_staff};

/// `csv[3].kinds` (line 3, column `kinds`) in words; `csv` alone is a table too long.
fn cell_problem(field: &str) -> String {
    let cell = field.strip_prefix("csv[").and_then(|rest| rest.split_once(']'));
    match cell {
        Some((line, column)) => t!(
            "staff-terms-bad-cell",
            line = line.to_owned(),
            column = column.trim_start_matches('.').to_owned()
        ),
        None => t!("staff-terms-too-long"),
    }
}

/// The admin's term table part.
#[component]
pub fn TermTable() -> impl IntoView {
    let staff = use_staff();
    let (kept, _) = read_on_open(admin::term_table);
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let file_input = NodeRef::<html::Input>::new();
    let status = move || {
        let lang = staff.locale.get();
        kept.get().map(|v| match v.updated_at {
            Some(at) if v.rows > 0 => t!(
                "staff-terms-status",
                rows = v.rows.to_string(),
                date = intl::long_date(&at, lang)
            ),
            _ => t!("staff-terms-none", rows = v.built_in_rows.to_string()),
        })
    };
    let fetch = move |built_in: bool| {
        spawn_local(async move {
            let done = if built_in {
                admin::download_built_in_terms().await
            } else {
                admin::download_term_table().await
            };
            if let Err(failure) = done {
                staff.failed(&failure);
            }
        });
    };
    let save = move |_| {
        let file = file_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            problem.set(Some(t!("staff-terms-choose")));
            return;
        };
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text {
                None => problem.set(Some(t!("staff-terms-unreadable"))),
                Some(csv) => match admin::save_term_table(&TermTableInput { csv }).await {
                    Ok(v) => {
                        staff
                            .notice
                            .set(Some(t!("staff-terms-saved", rows = v.rows.to_string())));
                        kept.set(Some(v));
                    }
                    Err(ApiFailure::Api {
                        code: ErrorCode::InvalidField,
                        field: Some(field),
                    }) => problem.set(Some(cell_problem(&field))),
                    Err(failure) => staff.failed(&failure),
                },
            }
            busy.set(false);
        });
    };
    view! {
        <section id="term-table">
            <h2>{tx!("staff-terms-heading")}</h2>
            <p class="hint">{tx!("staff-terms-hint")}</p>
            <p id="terms-status">{status}</p>
            <button type="button" id="terms-download" on:click=move |_| fetch(false)>{tx!("staff-terms-download")}</button>
            <button type="button" id="terms-built-in" on:click=move |_| fetch(true)>{tx!("staff-terms-built-in")}</button>
            <label for="terms-file">{tx!("staff-terms-file")}</label>
            <input id="terms-file" type="file" accept=".csv,text/csv" node_ref=file_input />
            <p id="terms-problem" class="form-error" role="alert">{move || problem.get()}</p>
            <button type="button" id="terms-save" class="primary" prop:disabled=move || busy.get() on:click=save>{tx!("staff-terms-save")}</button>
        </section>
    }
}
