//! A listing's history: who changed what, and when.

use api_types::AuditAction;
use api_types::manage::AuditView;
use leptos::prelude::*;
use ruta_ui::api::manage;
use ruta_ui::i18n::{t, tx};
use ruta_ui::intl;
use uuid::Uuid;

use super::listings::loaded;
use super::{StaffScreen, Subscreen, read_on_open, use_staff};

/// What a listing's history says was done; the actions that never touch a listing (accounts, organisations,
/// imports, counsellors' hours, life lines), and one from a newer server, read as an update.
fn action_text(action: AuditAction) -> String {
    match action {
        AuditAction::Create => t!("staff-action-create"),
        AuditAction::Capacity => t!("staff-action-capacity"),
        AuditAction::Verify => t!("staff-action-verify"),
        AuditAction::Deactivate => t!("staff-action-deactivate"),
        AuditAction::Update
        | AuditAction::Approve
        | AuditAction::Disable
        | AuditAction::Activate
        | AuditAction::Register
        | AuditAction::Import
        | AuditAction::Availability
        | AuditAction::Correct
        | AuditAction::Revert
        | AuditAction::Decline
        | AuditAction::ChangeRole
        | AuditAction::RevokeSessions
        | AuditAction::ReferralStatus
        | AuditAction::Other => t!("staff-action-update"),
    }
}

#[component]
pub fn History(id: Uuid) -> impl IntoView {
    let staff = use_staff();
    let (entries, _) = read_on_open(move || manage::service_audit(id));
    let body = loaded(entries, move |list: Vec<AuditView>| {
        if list.is_empty() {
            return view! { <p id="no-history">{t!("staff-no-history")}</p> }.into_any();
        }
        let lang = staff.locale.get_untracked();
        let items = list
            .into_iter()
            .map(|e| {
                let changed = (!e.changed.is_empty()).then(|| {
                    let mut labels: Vec<String> =
                        e.changed.iter().map(|f| super::edit::field_label(f)).collect();
                    labels.dedup();
                    view! { <p class="changed">{t!("staff-changed-fields", fields = labels.join(", "))}</p> }
                });
                view! {
                    <li class="change">
                        <p><strong>{action_text(e.action)}</strong></p>
                        {changed}
                        <p>{t!("staff-change-by", who = e.actor, date = intl::long_date(&e.at, lang))}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol id="history">{items}</ol> }.into_any()
    });
    view! {
        <Subscreen id="staff-history" back=StaffScreen::Listings back_label=tx!("staff-back") heading=tx!("staff-history-heading")>
            {body}
        </Subscreen>
    }
}
