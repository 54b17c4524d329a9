//! The organisation's listings with one-tap updates, and the problem-report inbox.

use api_types::manage::{CapacityInput, RecordPage, ReportView, ServiceRecord};
use api_types::{Capacity, ServiceStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, manage};
use ruta_ui::i18n::{Lang, capacity_name, t, tx};
use ruta_ui::intl;
use uuid::Uuid;

use super::{Staff, StaffScreen, Subscreen, read_on_open, use_staff};

/// Listings asked for at once: an organisation's every listing, on one page.
const PER_PAGE: usize = 200;

/// A listing's name in the reader's language, else Spanish, else any.
pub fn name_of(record: &ServiceRecord, lang: Lang) -> String {
    let primary = lang.tag().split('-').next().unwrap_or("es");
    let names = &record.input.names;
    names
        .get(lang.tag())
        .or_else(|| names.get(primary))
        .or_else(|| names.get("es"))
        .or_else(|| names.values().next())
        .cloned()
        .unwrap_or_default()
}

/// Runs a one-tap action and puts the updated record in the list.
fn act(
    staff: Staff,
    list: RwSignal<Option<RecordPage>>,
    action: impl Future<Output = Result<ServiceRecord, ApiFailure>> + 'static,
    done: &'static str,
) {
    spawn_local(async move {
        match action.await {
            Ok(record) => {
                list.update(|page| {
                    if let Some(page) = page
                        && let Some(item) = page.items.iter_mut().find(|i| i.id == record.id)
                    {
                        *item = record;
                    }
                });
                staff.notice.set(Some(ruta_ui::i18n::format(done, &[])));
            }
            Err(failure) => staff.failed(&failure),
        }
    });
}

fn card(staff: Staff, list: RwSignal<Option<RecordPage>>, record: &ServiceRecord) -> impl IntoView {
    let lang = staff.locale.get_untracked();
    let id = record.id;
    let name = name_of(record, lang);
    let checked = match record.last_verified_at {
        Some(at) => t!("staff-last-checked", date = intl::long_date(&at, lang)),
        None => t!("staff-never-checked"),
    };
    let stale = record
        .stale
        .then(|| view! { <p class="stale">{tx!("staff-stale")}</p> });
    let defunct = (record.input.status == ServiceStatus::Defunct)
        .then(|| view! { <p class="defunct">{tx!("staff-deactivated")}</p> });
    let confidential = record
        .input
        .confidential
        .then(|| view! { <p class="confidential-note">{tx!("staff-confidential")}</p> });
    let current = record.input.capacity;
    let capacity_button = move |capacity: Capacity| {
        let pressed = current == capacity;
        view! {
            <button type="button" class=if pressed { "capacity-choice chosen" } else { "capacity-choice" }
                aria-pressed=if pressed { "true" } else { "false" }
                data-capacity=capacity.as_str()
                on:click=move |_| act(staff, list, manage::set_capacity(id, &CapacityInput { capacity }), "staff-saved")>
                {capacity_name(capacity)}
            </button>
        }
    };
    view! {
        <li class="listing" data-id=id.to_string()>
            <h2>{name}</h2>
            {stale}
            {defunct}
            {confidential}
            <p class="checked">{checked}</p>
            <fieldset class="capacity">
                <legend>{tx!("staff-capacity-question")}</legend>
                {capacity_button(Capacity::Available)}
                {capacity_button(Capacity::Limited)}
                {capacity_button(Capacity::Full)}
            </fieldset>
            <div class="actions">
                <button type="button" class="primary still-correct"
                    on:click=move |_| act(staff, list, manage::verify_service(id), "staff-confirmed")>
                    {tx!("staff-still-correct")}
                </button>
                <button type="button" class="secondary edit" on:click=move |_| staff.go(StaffScreen::Edit(Some(id)))>
                    {tx!("staff-edit")}
                </button>
                <button type="button" class="link history" on:click=move |_| staff.go(StaffScreen::History(id))>
                    {tx!("staff-history")}
                </button>
            </div>
        </li>
    }
}

#[component]
pub fn Listings() -> impl IntoView {
    let staff = use_staff();
    let (list, _) = read_on_open(|| manage::list_services(PER_PAGE));
    let body = loaded(list, move |page| {
        if page.items.is_empty() {
            return view! { <p id="no-listings">{t!("staff-no-listings")}</p> }.into_any();
        }
        let count = t!("staff-listings-count", count = page.total);
        let cards = page
            .items
            .into_iter()
            .map(|r| card(staff, list, &r).into_any())
            .collect_view();
        view! {
            <p class="count">{count}</p>
            <ul id="listings">{cards}</ul>
        }
        .into_any()
    });
    view! {
        <main id="staff-listings">
            <h1 tabindex="-1">{tx!("staff-listings-heading")}</h1>
            <p>{tx!("staff-listings-intro")}</p>
            <div class="actions">
                <button type="button" id="new-listing" class="secondary" on:click=move |_| staff.go(StaffScreen::Edit(None))>
                    {tx!("staff-new-listing")}
                </button>
                <button type="button" id="open-reports" class="secondary" on:click=move |_| staff.go(StaffScreen::Reports)>
                    {tx!("staff-reports")}
                </button>
                <button type="button" id="open-import" class="secondary" on:click=move |_| staff.go(StaffScreen::Import)>
                    {tx!("staff-import")}
                </button>
            </div>
            {body}
        </main>
    }
}

/// Marks report `id` resolved and takes it off `reports` (an inbox screen's list).
pub(crate) fn resolve_report(staff: Staff, reports: RwSignal<Option<Vec<ReportView>>>, id: Uuid) {
    spawn_local(async move {
        match manage::resolve_report(id).await {
            Ok(()) => {
                reports.update(|list| {
                    if let Some(list) = list {
                        list.retain(|r| r.id != id);
                    }
                });
                staff.notice.set(Some(t!("staff-saved")));
            }
            Err(failure) => staff.failed(&failure),
        }
    });
}

/// The problem-report inbox.
#[component]
pub fn Reports() -> impl IntoView {
    let staff = use_staff();
    let names = RwSignal::new(Vec::<(Uuid, String)>::new());
    let (reports, _) = read_on_open(move || async move {
        let lang = staff.locale.get_untracked();
        if let Ok(page) = manage::list_services(PER_PAGE).await {
            names.set(page.items.iter().map(|r| (r.id, name_of(r, lang))).collect());
        }
        manage::list_reports().await
    });
    let resolve = move |id: Uuid| resolve_report(staff, reports, id);
    let body = loaded(reports, move |list| {
        let open: Vec<ReportView> = list.into_iter().filter(|r| r.resolved_at.is_none()).collect();
        if open.is_empty() {
            return view! { <p id="no-reports">{t!("staff-no-reports")}</p> }.into_any();
        }
        let lang = staff.locale.get_untracked();
        let items = open
            .into_iter()
            .map(|r| {
                let name = names.with_untracked(|n| {
                    n.iter()
                        .find(|(id, _)| *id == r.service_id)
                        .map(|(_, n)| n.clone())
                });
                let id = r.id;
                view! {
                    <li class="report">
                        <p><strong>{name.unwrap_or_default()}</strong></p>
                        <p>{ruta_ui::i18n::report_reason(r.reason)}" · "{intl::long_date(&r.created_at, lang)}</p>
                        <button type="button" class="secondary resolve" on:click=move |_| resolve(id)>
                            {tx!("staff-report-resolved")}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul id="reports">{items}</ul> }.into_any()
    });
    view! {
        <Subscreen id="staff-reports" back=StaffScreen::Listings back_label=tx!("staff-back") heading=tx!("staff-reports-heading")>
            <p>{tx!("staff-reports-intro")}</p>
            {body}
        </Subscreen>
    }
}

/// What a screen read, shown by `show`: "Loading…" until it comes, and shown again when the language changes.
pub(crate) fn loaded<T, V>(
    read: RwSignal<Option<T>>,
    show: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + 'static
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    use_staff().in_language(move || match read.get() {
        None => view! { <p>{t!("service-loading")}</p> }.into_any(),
        Some(value) => show(value).into_any(),
    })
}
