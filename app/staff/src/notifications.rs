//! The notification outbox as staff see it: which channels this server delivers on (with none, notifications are
//! only listed here, "held"), and, newest first, what each notification tells of, how it travels and where its
//! delivery stands. A preview shows the message as it is sent, its recipient masked by the server: admins see
//! every organisation's, an NGO's editors their own.

use api_types::notification::{NotificationChannels, NotificationPreview, NotificationView};
use api_types::{NotificationChannel, NotificationKind, OutboxStatus, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::manage;
use ruta_ui::i18n::{self, t, tx};
use ruta_ui::intl;

use super::{Part, Refresh, read_on_open, use_staff};

/// What a notification tells of, in words.
pub fn kind_name(kind: NotificationKind) -> String {
    match kind {
        NotificationKind::ReferralNew => t!("staff-notify-kind-referral_new"),
        NotificationKind::BookingNew => t!("staff-notify-kind-booking_new"),
        NotificationKind::BookingChanged => t!("staff-notify-kind-booking_changed"),
        NotificationKind::BookingCancelled => t!("staff-notify-kind-booking_cancelled"),
        NotificationKind::BookingConfirmed => t!("staff-notify-kind-booking_confirmed"),
        NotificationKind::BookingReminder => t!("staff-notify-kind-booking_reminder"),
        NotificationKind::ListingCheck => t!("staff-notify-kind-listing_check"),
    }
}

/// Where a delivery stands, in words.
pub fn status_name(status: OutboxStatus) -> String {
    match status {
        OutboxStatus::Pending => t!("staff-notify-status-pending"),
        OutboxStatus::Sending => t!("staff-notify-status-sending"),
        OutboxStatus::Sent => t!("staff-notify-status-sent"),
        OutboxStatus::Failed => t!("staff-notify-status-failed"),
        OutboxStatus::Held => t!("staff-notify-status-held"),
        OutboxStatus::Cancelled => t!("staff-notify-status-cancelled"),
    }
}

/// How a notification travels, in words.
pub fn channel_name(channel: NotificationChannel) -> String {
    match channel {
        NotificationChannel::Email => t!("staff-notify-channel-email"),
        NotificationChannel::Sms => t!("staff-notify-channel-sms"),
        NotificationChannel::Whatsapp => t!("staff-notify-channel-whatsapp"),
    }
}

/// What this server sends and what it only lists, in words; whether something is left unsent.
fn channels_text(channels: NotificationChannels) -> (String, bool) {
    match (channels.email, channels.sms_gateway) {
        (false, false) => (t!("staff-notify-channels-none"), true),
        (true, false) => (t!("staff-notify-channels-email-only"), true),
        (false, true) => (t!("staff-notify-channels-gateway-only"), true),
        (true, true) => (t!("staff-notify-channels-all"), false),
    }
}

/// One notification's message as it is sent: to whom (masked), the subject of an e-mail, the text.
fn preview_view(p: NotificationPreview) -> impl IntoView {
    let lang = use_staff().locale.get();
    let primary = p.language.split('-').next().unwrap_or_default().to_owned();
    let language = i18n::language_name(&primary, lang);
    let subject = p.subject.map(|subject| {
        view! {
            <dt>{t!("staff-notify-preview-subject")}</dt>
            <dd class="preview-subject" lang=p.language.clone()>{subject}</dd>
        }
    });
    view! {
        <dl class="facts">
            <dt>{t!("staff-notify-preview-to")}</dt>
            <dd class="preview-to">{p.to}</dd>
            {subject}
            <dt>{t!("staff-notify-preview-text", language = language)}</dt>
            <dd class="preview-text" lang=p.language>{p.text}</dd>
        </dl>
    }
}

/// One notification: what, how, where it stands; its preview under it on demand. A plain function, not a
/// component, so that its words follow a language switch (a component's body is read untracked).
fn notification_row<R: Fn() + Copy + 'static>(n: &NotificationView, reload: R) -> impl IntoView + use<R> {
    let staff = use_staff();
    let lang = staff.locale.get();
    let id = n.id;
    let open = RwSignal::new(false);
    let preview = RwSignal::new(None::<NotificationPreview>);
    let toggle = move |_| {
        let opening = !open.get_untracked();
        open.set(opening);
        if opening && preview.with_untracked(Option::is_none) {
            spawn_local(async move {
                match manage::preview_notification(id).await {
                    Ok(answer) => preview.set(Some(answer)),
                    Err(failure) => {
                        open.set(false);
                        staff.failed(&failure);
                    }
                }
            });
        }
    };
    let preview_id = format!("preview-{id}");
    let shown = move || {
        open.get().then(|| match preview.get() {
            None => view! { <p>{t!("service-loading")}</p> }.into_any(),
            Some(p) => preview_view(p).into_any(),
        })
    };
    let sent = n.sent_at.map(
        |at| view! { <p class="hint">{t!("staff-notify-sent-at", date = intl::day_and_time(&at, lang))}</p> },
    );
    // A retry's time, while one is waiting.
    let next = (n.status == OutboxStatus::Pending && n.attempts > 0).then(|| {
        view! { <p class="hint">{t!("staff-notify-next-try", date = intl::day_and_time(&n.due_at, lang))}</p> }
    });
    let error = n.last_error.clone().map(|error| {
        view! { <p class="notification-error">{t!("staff-notify-last-error", error = error)}</p> }
    });
    let attempts = usize::try_from(n.attempts).unwrap_or(usize::MAX);
    // Admins try a failed one again (once its mail server or gateway is mended): pending, due now.
    let admin = staff
        .user
        .with_untracked(|u| u.as_ref().is_some_and(|u| u.role == Role::Admin));
    let retry = (admin && n.status == OutboxStatus::Failed).then(|| {
        let again = move |_| {
            spawn_local(async move {
                match manage::retry_notification(id).await {
                    Ok(_) => reload(),
                    Err(failure) => staff.failed(&failure),
                }
            });
        };
        view! {
            <button type="button" class="secondary retry" on:click=again>{t!("staff-notify-retry")}</button>
        }
    });
    view! {
        <li class="card notification" data-id=id.to_string() data-status=n.status.as_str()
            data-kind=n.kind.as_str()>
            <h3>{kind_name(n.kind)}</h3>
            <p class="notification-status">
                <strong>{status_name(n.status)}</strong>{" · "}{channel_name(n.channel)}
            </p>
            <p>{t!("staff-notify-attempts", count = attempts)}</p>
            <p class="hint">{t!("staff-notify-queued", date = intl::day_and_time(&n.created_at, lang))}</p>
            {sent}
            {next}
            {error}
            <div class="actions">
                <button type="button" class="secondary preview"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=preview_id.clone()
                    on:click=toggle>
                    {move || if open.get() { t!("staff-notify-preview-hide") } else { t!("staff-notify-preview") }}
                </button>
                {retry}
            </div>
            <div id=preview_id class="notification-preview" aria-live="polite">{shown}</div>
        </li>
    }
}

/// The notifications screen: the channels banner, then the newest notifications.
#[component]
pub fn Notifications() -> impl IntoView {
    let (list, load) = read_on_open(|| async {
        let mut answer = manage::list_notifications().await?;
        // Newest first, whatever order the server keeps.
        answer
            .notifications
            .sort_by_key(|n| std::cmp::Reverse(n.created_at));
        Ok(answer)
    });
    let banner = move || {
        list.get().map(|answer| {
            let (text, unsent) = channels_text(answer.channels);
            view! { <p id="notify-channels" class:notice=unsent class:hint=!unsent>{text}</p> }
        })
    };
    let body = move || {
        list.get().map(|answer| {
            if answer.notifications.is_empty() {
                return view! { <p id="no-notifications">{t!("staff-notify-empty")}</p> }.into_any();
            }
            let rows = answer
                .notifications
                .into_iter()
                .map(|n| notification_row(&n, load))
                .collect_view();
            view! { <ul id="notification-list" class="cards">{rows}</ul> }.into_any()
        })
    };
    view! {
        <main id="notifications">
            <h1 tabindex="-1">{tx!("staff-notify-heading")}</h1>
            <p>{tx!("staff-notify-intro")}</p>
            {banner}
            <Part heading_id="notifications-heading" heading=tx!("staff-notify-list")>
                <Refresh id="refresh-notifications" on_refresh=load />
                {body}
            </Part>
        </main>
    }
}
