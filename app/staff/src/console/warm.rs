//! The warm referral form under an open result: with the caller's consent, the operator hands the minimum to
//! act on to the organisation that runs the service — an alias, what is needed and how soon, one safe contact
//! and a short note. Nothing is sent until both consent boxes that apply are ticked; the organisation answers in
//! its inbox, and the operator follows the status under Referrals.

use api_types::booking::ContactInput;
use api_types::referral::{ConsentInput, WarmReferralInput};
use api_types::{ConsentScope, ContactChannel, CountryCode, LanguageCode, ServiceKind, Urgency};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::referrals;
use ruta_ui::i18n::{channel_name, kind_name, t};
use uuid::Uuid;

use crate::referrals::urgency_name;

use super::ui::Ui;

/// What the form holds; reset after a referral is sent.
#[derive(Debug, Clone, Copy)]
struct Fields {
    consent: RwSignal<bool>,
    alias: RwSignal<String>,
    urgency: RwSignal<Urgency>,
    needs: RwSignal<Vec<ServiceKind>>,
    channel: RwSignal<Option<ContactChannel>>,
    contact: RwSignal<String>,
    contact_notes: RwSignal<String>,
    contact_consent: RwSignal<bool>,
    note: RwSignal<String>,
    sending: RwSignal<bool>,
    sent: RwSignal<Option<String>>,
}

impl Fields {
    fn new(first_need: Option<ServiceKind>) -> Self {
        Self {
            consent: RwSignal::new(false),
            alias: RwSignal::new(String::new()),
            urgency: RwSignal::new(Urgency::Soon),
            needs: RwSignal::new(first_need.into_iter().collect()),
            channel: RwSignal::new(None),
            contact: RwSignal::new(String::new()),
            contact_notes: RwSignal::new(String::new()),
            contact_consent: RwSignal::new(false),
            note: RwSignal::new(String::new()),
            sending: RwSignal::new(false),
            sent: RwSignal::new(None),
        }
    }

    fn input(
        &self,
        service_id: Uuid,
        language: LanguageCode,
        country: Option<CountryCode>,
    ) -> WarmReferralInput {
        let text = |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|v| !v.is_empty());
        let contact = self.channel.get_untracked().and_then(|channel| {
            text(self.contact).map(|value| ContactInput {
                channel,
                value,
                country,
                notes: text(self.contact_notes),
            })
        });
        let mut agreed_to = Vec::new();
        if self.consent.get_untracked() {
            agreed_to.push(ConsentScope::ShareDetails);
        }
        if contact.is_some() && self.contact_consent.get_untracked() {
            agreed_to.push(ConsentScope::BeContacted);
        }
        WarmReferralInput {
            service_id,
            consent: ConsentInput {
                given: self.consent.get_untracked(),
                agreed_to,
            },
            alias: text(self.alias),
            language,
            contact,
            needs: self.needs.get_untracked(),
            urgency: self.urgency.get_untracked(),
            note: text(self.note),
        }
    }
}

/// The form for the open result: `service_id` run by `organization`, offering `kinds`.
pub(super) fn warm_form(
    ui: Ui,
    service_id: Uuid,
    organization: String,
    kinds: Vec<ServiceKind>,
) -> impl IntoView {
    let staff = ui.staff;
    let fields = Fields::new(kinds.first().copied());
    let on_send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(language) =
            LanguageCode::parse(&ui.caller.get_untracked()).or_else(|_| LanguageCode::parse("es"))
        else {
            return;
        };
        let country = ui.place.get_untracked().map(|p| p.country);
        let input = fields.input(service_id, language, country);
        fields.sending.set(true);
        spawn_local(async move {
            match referrals::send_referral(&input).await {
                Ok(sent) => {
                    let said = t!("staff-warm-sent", service = sent.service_name);
                    staff.notice.set(Some(said.clone()));
                    fields.sent.set(Some(said));
                    for s in [fields.alias, fields.contact, fields.contact_notes, fields.note] {
                        s.set(String::new());
                    }
                    fields.consent.set(false);
                    fields.contact_consent.set(false);
                    fields.channel.set(None);
                }
                Err(failure) => staff.failed(&failure),
            }
            fields.sending.set(false);
        });
    };
    let need_boxes = kinds
        .into_iter()
        .map(|kind| {
            let id = format!("warm-need-{}", kind.as_str());
            let label_for = id.clone();
            view! {
                <label class="check" for=label_for>
                    <input type="checkbox" id=id prop:checked=move || fields.needs.get().contains(&kind)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            fields.needs.update(|n| {
                                n.retain(|k| *k != kind);
                                if on {
                                    n.push(kind);
                                }
                            });
                        } />
                    {kind_name(kind)}
                </label>
            }
        })
        .collect_view();
    let urgencies = Urgency::ALL
        .iter()
        .map(|u| {
            let u = *u;
            view! { <option value=u.as_str() prop:selected=move || fields.urgency.get() == u>{urgency_name(u)}</option> }
        })
        .collect_view();
    let channels = ContactChannel::ALL
        .iter()
        .map(|c| view! { <option value=c.as_str()>{channel_name(*c)}</option> })
        .collect_view();
    let has_contact = move || fields.channel.get().is_some();
    let ready = move || {
        fields.consent.get()
            && !fields.needs.get().is_empty()
            && (!has_contact() || fields.contact.get().trim().is_empty() || fields.contact_consent.get())
            && !fields.sending.get()
    };
    view! {
        <form id="warm-referral" class="warm-referral" on:submit=on_send>
            <h3>{t!("staff-warm-heading")}</h3>
            <p class="hint">{t!("staff-warm-intro", organization = organization.clone())}</p>
            <label class="check" for="warm-consent">
                <input type="checkbox" id="warm-consent" prop:checked=move || fields.consent.get()
                    on:change=move |ev| fields.consent.set(event_target_checked(&ev)) />
                {t!("staff-warm-consent", organization = organization)}
            </label>
            <fieldset>
                <legend>{t!("staff-warm-needs")}</legend>
                {need_boxes}
            </fieldset>
            <label for="warm-urgency">{t!("staff-warm-urgency")}</label>
            <select id="warm-urgency" on:change=move |ev| {
                if let Ok(u) = event_target_value(&ev).parse() {
                    fields.urgency.set(u);
                }
            }>{urgencies}</select>
            <label for="warm-alias">{t!("staff-warm-alias")}</label>
            <input id="warm-alias" type="text" maxlength="60" autocomplete="off" prop:value=move || fields.alias.get()
                on:input=move |ev| fields.alias.set(event_target_value(&ev)) />
            <label for="warm-channel">{t!("staff-warm-channel")}</label>
            <select id="warm-channel" on:change=move |ev| fields.channel.set(event_target_value(&ev).parse().ok())>
                <option value="" prop:selected=move || fields.channel.get().is_none()>{t!("staff-warm-no-contact")}</option>
                {channels}
            </select>
            <Show when=has_contact>
                <label for="warm-contact">{t!("staff-warm-contact")}</label>
                <input id="warm-contact" type="text" autocomplete="off" prop:value=move || fields.contact.get()
                    on:input=move |ev| fields.contact.set(event_target_value(&ev)) />
                <label for="warm-contact-notes">{t!("staff-warm-contact-notes")}</label>
                <input id="warm-contact-notes" type="text" maxlength="200" autocomplete="off"
                    prop:value=move || fields.contact_notes.get()
                    on:input=move |ev| fields.contact_notes.set(event_target_value(&ev)) />
                <label class="check" for="warm-consent-contact">
                    <input type="checkbox" id="warm-consent-contact" prop:checked=move || fields.contact_consent.get()
                        on:change=move |ev| fields.contact_consent.set(event_target_checked(&ev)) />
                    {t!("staff-warm-consent-contact")}
                </label>
            </Show>
            <label for="warm-note">{t!("staff-warm-note")}</label>
            <p id="warm-note-hint" class="hint">{t!("staff-warm-note-hint")}</p>
            <textarea id="warm-note" rows="3" maxlength="500" aria-describedby="warm-note-hint" autocomplete="off"
                spellcheck="false" prop:value=move || fields.note.get()
                on:input=move |ev| fields.note.set(event_target_value(&ev))></textarea>
            <button type="submit" id="warm-send" class="primary" prop:disabled=move || !ready()>
                {t!("staff-warm-send")}
            </button>
            {move || fields.sent.get().map(|said| view! { <p id="warm-sent" class="status">{said}</p> })}
        </form>
    }
}
