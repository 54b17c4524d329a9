//! Import an Open Referral HSDS file (JSON, or a zip of CSVs): first a check that writes nothing and says, reason
//! by reason (the biggest losses first, with how often and in which rows), what would be imported, fixed or
//! skipped; then the import itself, all or nothing. The upload shows its
//! progress (large packages on slow links). A file that never says its country or time zone (a national
//! directory's export) is given them here: they apply only where the file is silent. Shelters that arrive with a
//! street address are listed after the check, each ticked to be kept confidential (its address never public)
//! unless the person unticks it.

use std::collections::BTreeSet;

use api_types::CountryCode;
use api_types::import::{ImportReport, Outcome, ShelterAtAddress};
use api_types::lifelines::LifeLinesDocument;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::manage::import::{ImportOptions, import_file, template_url};
use ruta_ui::api::{ApiFailure, public};
use ruta_ui::i18n::{failure_text, t, tx};
use ruta_ui::intl;

use super::{Part, StaffScreen, Subscreen, column_heads, use_staff};

/// Where the import stands.
#[derive(Debug, Clone)]
enum Stage {
    Idle,
    Uploading(u32),
    Working,
    Done(Box<ImportReport>),
    Failed(ApiFailure),
}

/// Where and when a file is, for the services it does not say (chosen on the screen; empty: the file says).
#[derive(Debug, Clone, Default)]
struct Silent {
    country: Option<CountryCode>,
    timezone: Option<String>,
}

fn outcome_text(outcome: Outcome) -> String {
    match outcome {
        Outcome::Fixed => t!("staff-outcome-fixed"),
        Outcome::Skipped => t!("staff-outcome-skipped"),
        Outcome::Fatal => t!("staff-outcome-fatal"),
        Outcome::Warning => t!("staff-outcome-warning"),
    }
}

/// The report table's column headings (message ids).
pub(crate) const COLUMNS: [&str; 5] = [
    "staff-import-table",
    "staff-import-read",
    "staff-import-imported",
    "staff-outcome-fixed",
    "staff-outcome-skipped",
];

fn report_view(report: &ImportReport) -> impl IntoView {
    let summary = match (report.dry_run, report.written) {
        (true, _) => t!(
            "staff-import-would",
            organizations = report.organizations.total() as usize,
            services = report.services.total() as usize
        ),
        (false, true) => t!(
            "staff-import-done",
            organizations = report.organizations.total() as usize,
            services = report.services.total() as usize
        ),
        (false, false) => t!("staff-import-nothing-written"),
    };
    let rows = report
        .tables
        .iter()
        .map(|(table, c)| {
            view! {
                <tr>
                    <th scope="row">{table.clone()}</th>
                    <td>{c.read.to_string()}</td>
                    <td>{c.imported.to_string()}</td>
                    <td>{c.fixed.to_string()}</td>
                    <td>{c.skipped.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let groups = report
        .groups
        .iter()
        .map(|g| {
            let place = match &g.field {
                Some(field) => format!("{} · {}", g.table, field),
                None => g.table.clone(),
            };
            let rows: Vec<String> = g.examples.iter().filter_map(|e| e.row).map(|r| r.to_string()).collect();
            let examples = (!rows.is_empty()).then(|| {
                view! { " " <span class="examples">{t!("staff-import-examples", rows = rows.join(", "))}</span> }
            });
            view! {
                <li class=format!("issue {}", g.outcome.as_str())>
                    <strong>{outcome_text(g.outcome)}</strong>" "
                    <span class="count">{format!("× {}", g.count)}</span>" "
                    <code>{place}</code>" "
                    <span lang="en">{g.message.clone()}</span>
                    {examples}
                </li>
            }
        })
        .collect_view();
    let total = report.services.total() as usize;
    let nothing = (total == 0 && !report.has_fatal())
        .then(|| view! { <p class="warning" role="alert">{tx!("staff-import-no-services")}</p> });
    let format = report.format.clone();
    let issues = t!("staff-import-issues", count = report.issue_count as usize);
    view! {
        <Part id="import-report" heading_id="import-report-heading" heading=tx!("staff-import-report")>
            <p class="summary">{summary}</p>
            {nothing}
            <p class="hint">{format}</p>
            <table class="import-tables">
                <thead>{column_heads(&COLUMNS)}</thead>
                <tbody>{rows}</tbody>
            </table>
            <h3>{issues}</h3>
            <ul id="import-issues">{groups}</ul>
        </Part>
    }
}

#[component]
pub fn Import() -> impl IntoView {
    let staff = use_staff();
    let file_input = NodeRef::<html::Input>::new();
    let stage = RwSignal::new(Stage::Idle);
    let checked = RwSignal::new(false);
    let silent = RwSignal::new(Silent::default());
    // The check's shelters with a street address, and those ticked to be kept confidential (all, at first).
    let shelters = RwSignal::new(Vec::<ShelterAtAddress>::new());
    let confidential = RwSignal::new(BTreeSet::<uuid::Uuid>::new());
    // The region's countries, named in the screen's language; the chosen one's time zones.
    let document = RwSignal::new(None::<LifeLinesDocument>);
    spawn_local(async move {
        if let Ok(doc) = public::list_lifelines(None).await {
            document.set(Some(doc));
        }
    });
    let countries = move || {
        let lang = staff.locale.get();
        let mut all: Vec<(String, CountryCode)> = document.with(|d| {
            d.iter()
                .flat_map(|d| &d.countries)
                .map(|c| (intl::country_name(c.iso2.as_str(), lang), c.iso2))
                .collect()
        });
        all.sort();
        all
    };
    let zones = RwSignal::new(Vec::<String>::new());
    let choose_country = move |code: Option<CountryCode>| {
        checked.set(false);
        silent.set(Silent {
            country: code,
            timezone: None,
        });
        zones.set(Vec::new());
        let Some(code) = code else {
            return;
        };
        spawn_local(async move {
            if let Ok(info) = public::find_country(code.as_str(), None).await
                && silent.with_untracked(|s| s.country == Some(code))
            {
                // One zone (most of the region): it is the answer.
                if let [only] = info.timezones.as_slice() {
                    silent.update(|s| s.timezone = Some(only.clone()));
                }
                zones.set(info.timezones);
            }
        });
    };
    let start = move |dry_run: bool| {
        let file = file_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Silent { country, timezone } = silent.get_untracked();
        let options = ImportOptions {
            dry_run,
            country,
            timezone,
            confidential_shelters: if dry_run {
                Vec::new()
            } else {
                confidential.get_untracked().into_iter().collect()
            },
        };
        match file {
            Some(file) => import_file(
                &file,
                &options,
                move |percent| {
                    stage.set(if percent >= 100 {
                        Stage::Working
                    } else {
                        Stage::Uploading(percent)
                    });
                },
                move |answer| {
                    stage.set(match answer {
                        Ok(report) => Stage::Done(Box::new(report)),
                        Err(failure) => Stage::Failed(failure),
                    });
                },
            ),
            None => staff.notice.set(Some(t!("staff-import-choose"))),
        }
    };
    Effect::new(move |_| {
        if let Stage::Done(report) = stage.get() {
            checked.set(report.dry_run && !report.has_fatal());
            if report.dry_run {
                confidential.set(report.shelters_with_address.iter().map(|s| s.id).collect());
                shelters.set(report.shelters_with_address.clone());
            }
        }
    });
    let status = move || match stage.get() {
        Stage::Idle => ().into_any(),
        Stage::Uploading(percent) => view! {
            <p role="status">{t!("staff-import-uploading", percent = percent as usize)}</p>
            <progress max="100" value=percent.to_string()></progress>
        }
        .into_any(),
        Stage::Working => {
            view! { <p role="status">{t!("staff-import-working")}</p><progress></progress> }.into_any()
        }
        Stage::Done(report) => report_view(&report).into_any(),
        Stage::Failed(failure) => {
            view! { <p role="alert" class="form-error">{failure_text(&failure)}</p> }.into_any()
        }
    };
    view! {
        <Subscreen id="staff-import" back=StaffScreen::Listings back_label=tx!("staff-back") heading=tx!("staff-import-heading")>
            <p>{tx!("staff-import-intro")}</p>
            <p class="hint">{tx!("staff-import-template-hint")}" "
                <a id="import-template" href=move || template_url(staff.locale.get().tag()) download="">
                    {tx!("staff-import-template")}
                </a>
            </p>
            <p class="hint" id="import-terms-hint">{tx!("staff-import-terms-hint")}</p>
            <label for="import-file">{tx!("staff-import-file")}</label>
            <input id="import-file" type="file" accept=".json,.zip,.xlsx,.ods,.csv,application/json,application/zip,text/csv" node_ref=file_input
                on:change=move |_| {
                    checked.set(false);
                    stage.set(Stage::Idle);
                    shelters.set(Vec::new());
                    confidential.set(BTreeSet::new());
                } />
            <label for="import-country">{tx!("staff-import-country")}</label>
            <select id="import-country" on:change=move |ev| choose_country(CountryCode::parse(&event_target_value(&ev)).ok())>
                <option value="">{tx!("staff-import-file-says")}</option>
                {move || countries().into_iter().map(|(name, code)| view! {
                    <option value=code.as_str().to_owned()>{name}</option>
                }).collect_view()}
            </select>
            <label for="import-timezone">{tx!("staff-import-timezone")}</label>
            <select id="import-timezone" prop:disabled=move || zones.with(Vec::is_empty)
                on:change=move |ev| {
                    let zone = event_target_value(&ev);
                    checked.set(false);
                    silent.update(|s| s.timezone = (!zone.is_empty()).then_some(zone));
                }>
                <option value="" selected=move || silent.with(|s| s.timezone.is_none())>{tx!("staff-import-file-says")}</option>
                {move || zones.get().into_iter().map(|zone| {
                    let chosen = zone.clone();
                    let label = zone.clone();
                    view! { <option value=zone selected=move || silent.with(|s| s.timezone.as_deref() == Some(chosen.as_str()))>{label}</option> }
                }).collect_view()}
            </select>
            <p class="hint">{tx!("staff-import-silent-hint")}</p>
            <div class="actions">
                <button type="button" id="import-check" class="secondary" on:click=move |_| start(true)>
                    {tx!("staff-import-check")}
                </button>
                <button type="button" id="import-run" class="primary" prop:disabled=move || !checked.get()
                    on:click=move |_| start(false)>
                    {tx!("staff-import-run")}
                </button>
            </div>
            {move || shelters.with(|list| (!list.is_empty()).then(|| {
                let items = list.iter().map(|shelter| {
                    let id = shelter.id;
                    view! {
                        <li><label class="choice">
                            <input type="checkbox" class="shelter-choice" value=id.to_string()
                                prop:checked=move || confidential.with(|c| c.contains(&id))
                                on:change=move |ev| {
                                    let keep = event_target_checked(&ev);
                                    confidential.update(|c| { if keep { c.insert(id); } else { c.remove(&id); } });
                                } />
                            <span>{shelter.name.clone()}</span>
                        </label></li>
                    }
                }).collect_view();
                view! {
                    <section id="import-shelters" class="notice" aria-labelledby="import-shelters-heading">
                        <h2 id="import-shelters-heading">{t!("staff-import-shelters-heading")}</h2>
                        <p>{t!("staff-import-shelters-intro")}</p>
                        <ul>{items}</ul>
                    </section>
                }
            }))}
            {status}
        </Subscreen>
    }
}
