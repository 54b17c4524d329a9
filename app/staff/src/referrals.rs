//! Warm referrals: an NGO editor's inbox (what the person agreed to share, how to reach them, what is needed and
//! how soon; accept, decline with a reason from the list, mark contacted, close) and, for whoever sends them,
//! the referrals they sent with their status — never more.
//!
//! Alias, contact and note are shown in the inbox only: the server opens them for the receiving organisation and
//! nobody else, and deletes everything some days after the referral is closed.

use api_types::referral::{ReceivedReferral, ReferralStatusInput, SentReferral};
use api_types::{DeclineReason, ReferralStatus, Role, Urgency};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{manage, referrals};
use ruta_ui::i18n::{self, channel_name, kind_name, t, tx};
use ruta_ui::intl;
use uuid::Uuid;

use super::{Part, Refresh, changed_elsewhere, comma_list, read_on_open, use_staff};

/// A referral's status in words.
pub fn status_name(status: ReferralStatus) -> String {
    match status {
        ReferralStatus::New => t!("staff-referral-status-new"),
        ReferralStatus::Accepted => t!("staff-referral-status-accepted"),
        ReferralStatus::Declined => t!("staff-referral-status-declined"),
        ReferralStatus::Contacted => t!("staff-referral-status-contacted"),
        ReferralStatus::Closed => t!("staff-referral-status-closed"),
        ReferralStatus::Unknown => t!("staff-referral-status-unknown"),
    }
}

/// How soon, in words.
pub fn urgency_name(urgency: Urgency) -> String {
    match urgency {
        Urgency::Routine => t!("staff-referral-urgency-routine"),
        Urgency::Soon => t!("staff-referral-urgency-soon"),
        Urgency::Urgent => t!("staff-referral-urgency-urgent"),
    }
}

/// Why it was declined, in words.
pub fn reason_name(reason: DeclineReason) -> String {
    match reason {
        DeclineReason::NoCapacity => t!("staff-referral-reason-no_capacity"),
        DeclineReason::OutsideArea => t!("staff-referral-reason-outside_area"),
        DeclineReason::NotEligible => t!("staff-referral-reason-not_eligible"),
        DeclineReason::NeedNotOffered => t!("staff-referral-reason-need_not_offered"),
        DeclineReason::ServedElsewhere => t!("staff-referral-reason-served_elsewhere"),
    }
}

/// The moves a referral in `status` can make, as buttons: (new status, button id, label).
fn moves(status: ReferralStatus) -> Vec<(ReferralStatus, &'static str, String)> {
    match status {
        ReferralStatus::New => vec![(ReferralStatus::Accepted, "accept", t!("staff-referral-accept"))],
        ReferralStatus::Accepted => vec![
            (
                ReferralStatus::Contacted,
                "contacted",
                t!("staff-referral-contacted"),
            ),
            (ReferralStatus::Closed, "close", t!("staff-referral-close")),
        ],
        ReferralStatus::Contacted | ReferralStatus::Declined => {
            vec![(ReferralStatus::Closed, "close", t!("staff-referral-close"))]
        }
        _ => Vec::new(),
    }
}

/// One received referral, with what can be done next.
fn received_card(
    r: &ReceivedReferral,
    on_move: Callback<(Uuid, ReferralStatusInput)>,
) -> impl IntoView + use<> {
    let staff = use_staff();
    let lang = staff.locale.get();
    let id = r.id;
    let needs = comma_list(&r.needs, |k| kind_name(*k));
    let contact = r.contact.clone().map(|c| {
        view! {
            <p class="contact">{t!("staff-sessions-contact", channel = channel_name(c.channel), value = c.value)}</p>
            {c.notes.map(|notes| view! { <p class="notes">{t!("staff-sessions-notes", notes = notes)}</p> })}
        }
    });
    let buttons = moves(r.status)
        .into_iter()
        .map(|(to, class, label)| {
            view! {
                <button type="button" class=format!("secondary {class}")
                    on:click=move |_| on_move.run((id, ReferralStatusInput { status: to, reason: None }))>
                    {label}
                </button>
            }
        })
        .collect_view();
    let reason = RwSignal::new(DeclineReason::NoCapacity);
    let decline = (r.status == ReferralStatus::New).then(|| {
        let options = DeclineReason::ALL
            .iter()
            .map(|d| view! { <option value=d.as_str()>{reason_name(*d)}</option> })
            .collect_view();
        let select_id = format!("reason-{id}");
        view! {
            <label for=select_id.clone()>{t!("staff-referral-reason")}</label>
            <select id=select_id class="decline-reason" on:change=move |ev| {
                if let Ok(d) = event_target_value(&ev).parse() {
                    reason.set(d);
                }
            }>{options}</select>
            <button type="button" class="secondary decline" on:click=move |_| on_move.run((
                id,
                ReferralStatusInput { status: ReferralStatus::Declined, reason: Some(reason.get_untracked()) },
            ))>{t!("staff-referral-decline")}</button>
        }
    });
    let urgent = r.urgency == Urgency::Urgent;
    view! {
        <li class="card referral" class:urgent=urgent data-id=id.to_string() data-status=r.status.as_str()>
            <h3>{r.alias.clone().unwrap_or_else(|| t!("staff-sessions-no-alias"))}</h3>
            <p class="referral-status">
                <strong>{status_name(r.status)}</strong>
                {r.decline_reason.map(|d| format!(" · {}", reason_name(d)))}
                {" · "}{urgency_name(r.urgency)}
            </p>
            <p>{t!("staff-referral-for", service = r.service_name.clone(), needs = needs)}</p>
            <p>
                {t!("staff-referral-from", from = if r.from == "hotline" { t!("staff-referral-from-hotline") } else { r.from.clone() })}
                {" · "}{i18n::language_name(r.language.primary(), lang)}
                {" · "}{intl::day_and_time(&r.created_at, lang)}
            </p>
            {contact}
            {r.note.clone().map(|note| view! { <p class="referral-note">{note}</p> })}
            <div class="actions">{buttons}{decline}</div>
            {r.delete_after.map(|at| view! { <p class="hint">{t!("staff-referral-deleted-on", date = intl::long_date(&at, lang))}</p> })}
        </li>
    }
}

/// The inbox of the signed-in editor's organisation.
#[component]
fn Inbox(organization: Uuid) -> impl IntoView {
    let staff = use_staff();
    let (inbox, load) = read_on_open(move || manage::referral_inbox(organization));
    let on_move = Callback::new(move |(id, input): (Uuid, ReferralStatusInput)| {
        spawn_local(async move {
            match manage::move_referral_on(id, &input).await {
                Ok(moved) => {
                    inbox.update(|i| {
                        if let Some(item) = i
                            .iter_mut()
                            .flat_map(|i| i.referrals.iter_mut())
                            .find(|r| r.id == moved.id)
                        {
                            *item = moved;
                        }
                    });
                    staff.notice.set(Some(t!("staff-saved")));
                }
                Err(failure) if changed_elsewhere(&failure) => {
                    staff.notice.set(Some(t!("staff-referral-changed")));
                    load();
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    });
    let body = move || {
        inbox.get().map(|answer| {
            let days = answer.delete_after_days;
            if answer.referrals.is_empty() {
                return view! { <p id="no-referrals">{t!("staff-referral-inbox-empty")}</p> }.into_any();
            }
            let cards = answer
                .referrals
                .into_iter()
                .map(|r| received_card(&r, on_move))
                .collect_view();
            view! {
                <p class="hint">{t!("staff-referral-inbox-kept", days = days.to_string())}</p>
                <ul id="referral-inbox" class="cards">{cards}</ul>
            }
            .into_any()
        })
    };
    view! {
        <Part id="inbox" heading_id="inbox-heading" heading=tx!("staff-referral-inbox")>
            <Refresh id="refresh-inbox" on_refresh=load />
            {body}
        </Part>
    }
}

/// The referrals the signed-in account sent: where each went and where it stands.
#[component]
pub fn Sent() -> impl IntoView {
    let staff = use_staff();
    let (sent, load) = read_on_open(referrals::sent_referrals);
    let row = move |r: SentReferral| {
        let lang = staff.locale.get();
        view! {
            <li class="card sent-referral" data-id=r.id.to_string() data-status=r.status.as_str()>
                <h3>{r.service_name.clone()}</h3>
                <p class="referral-status">
                    <strong>{status_name(r.status)}</strong>
                    {r.decline_reason.map(|d| format!(" · {}", reason_name(d)))}
                </p>
                <p class="hint">{t!("staff-referral-sent-on", date = intl::day_and_time(&r.created_at, lang))}</p>
            </li>
        }
    };
    let body = move || {
        sent.get().map(|answer| {
            if answer.referrals.is_empty() {
                return view! { <p id="no-sent-referrals">{t!("staff-referral-sent-empty")}</p> }.into_any();
            }
            let rows = answer.referrals.into_iter().map(row).collect_view();
            view! { <ul id="sent-referrals" class="cards">{rows}</ul> }.into_any()
        })
    };
    view! {
        <Part id="sent" heading_id="sent-heading" heading=tx!("staff-referral-sent")>
            <Refresh id="refresh-sent" on_refresh=load />
            {body}
        </Part>
    }
}

/// The referrals screen: the organisation's inbox (editors), then what this account sent.
#[component]
pub fn Referrals() -> impl IntoView {
    let staff = use_staff();
    let user = staff.user.get_untracked();
    let inbox = user
        .as_ref()
        .filter(|u| u.role == Role::NgoEditor)
        .and_then(|u| u.organization_id)
        .map(|organization| view! { <Inbox organization /> });
    view! {
        <main id="referrals">
            <h1 tabindex="-1">{tx!("staff-referral-heading")}</h1>
            <p>{tx!("staff-referral-intro")}</p>
            {inbox}
            <Sent />
        </main>
    }
}
