//! An organisation's counsellors, for its editors (and admins): who takes remote sessions, in which languages,
//! how, and the account they sign in with. Each counsellor then keeps their own hours and time off.

use api_types::booking::{COUNSELLOR_SPECIALITIES, CounsellorInput, CounsellorProfile};
use api_types::{ErrorCode, Gender, LanguageCode, Modality, Role};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use ruta_ui::api::{Tagged, manage};
use ruta_ui::i18n::{self, modality_name, speciality_name, t, tx};
use uuid::Uuid;
use wasm_bindgen::JsCast;

use super::edit::Fields;
use super::{
    ChangedElsewhere, Saving, StaffScreen, Subscreen, comma_list, editable_record, items_or_none,
    read_on_open, use_staff,
};

/// The organisation's counsellors.
#[component]
pub fn Team() -> impl IntoView {
    let staff = use_staff();
    let (list, _) = read_on_open(manage::list_counsellors);
    let items = items_or_none(list, "no-counsellors", tx!("staff-team-none"), move |c, lang| {
        let id = c.id;
        let languages = comma_list(&c.languages, |l| i18n::language_name(l.primary(), lang));
        let modalities = comma_list(&c.modalities, |m| modality_name(*m));
        view! {
            <li class="card counsellor-profile">
                <h2>{c.display_name.clone()}</h2>
                <p>{languages}" · "{modalities}</p>
                <p class="hint">{c.timezone.clone()}</p>
                <p>{c.user_email.clone().map_or_else(|| t!("staff-team-no-account"), |e| t!("staff-team-account-is", email = e))}</p>
                {(!c.active).then(|| view! { <p class="notice">{t!("staff-team-inactive")}</p> })}
                <button type="button" class="secondary edit-counsellor" on:click=move |_| staff.go(StaffScreen::TeamEdit(Some(id)))>
                    {t!("staff-edit")}
                </button>
            </li>
        }
    });
    view! {
        <main id="team">
            <h1 tabindex="-1">{tx!("staff-team-heading")}</h1>
            <p>{tx!("staff-team-intro")}</p>
            <button type="button" id="new-counsellor" class="secondary" on:click=move |_| staff.go(StaffScreen::TeamEdit(None))>
                {tx!("staff-team-add")}
            </button>
            <ul class="cards">{items}</ul>
        </main>
    }
}

/// Creating or editing a counsellor's profile.
#[component]
pub fn TeamEdit(id: Option<Uuid>) -> impl IntoView {
    // With its entity tag: the save sends it back, so a change saved meanwhile (by another editor, or the
    // counsellor's own hours) is not overwritten.
    let (record, on_reload) = editable_record(id, manage::read_counsellor);
    view! {
        <Subscreen id="team-edit" back=StaffScreen::Team back_label=tx!("staff-team-back")
            heading=move || if id.is_some() { t!("staff-team-edit-heading") } else { t!("staff-team-new-heading") }>
            {move || record.get().map(|r| view! { <ProfileForm id record=r on_reload /> })}
        </Subscreen>
    }
}

/// The form as the API takes it; `Err` says, translated, which field holds what no `CounsellorInput` can (the
/// choices offer only the API's gender and modality names, so in practice a language code that is not one).
fn read(form: &web_sys::HtmlFormElement) -> Result<CounsellorInput, String> {
    let fields = Fields(web_sys::FormData::new_with_form(form).map_err(|_| t!("field-form"))?);
    // Numbers that do not parse go as -1, so the server names the field.
    let number = |name: &str| fields.text(name).parse::<i64>().unwrap_or(-1);
    let languages = fields
        .list("languages")
        .iter()
        .map(|code| LanguageCode::parse(code))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| t!("service-languages"))?;
    let gender = fields
        .text("gender")
        .parse::<Gender>()
        .map_err(|_| t!("staff-team-gender"))?;
    let modalities = fields
        .all("modalities")
        .iter()
        .map(|m| m.parse::<Modality>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| t!("booking-filter-modality"))?;
    Ok(CounsellorInput {
        organization_id: fields
            .optional("organization_id")
            .and_then(|s| Uuid::parse_str(&s).ok()),
        display_name: fields.text("display_name"),
        gender,
        languages,
        specialities: fields.all("specialities"),
        modalities,
        timezone: fields.text("timezone"),
        session_minutes: number("session_minutes"),
        buffer_minutes: number("buffer_minutes"),
        notice_minutes: number("notice_minutes"),
        horizon_days: number("horizon_days"),
        // The counsellor keeps their hours and time off: left out, the server keeps what is stored (sending them
        // back would undo a change the counsellor made meanwhile, or move time off with a new time zone).
        weekly: None,
        time_off: None,
        active: fields.checked("active"),
        user_email: fields.optional("user_email"),
        user_id: None,
    })
}

#[component]
fn ProfileForm(
    id: Option<Uuid>,
    record: Option<Tagged<CounsellorProfile>>,
    on_reload: Callback<()>,
) -> impl IntoView {
    let staff = use_staff();
    let form_ref = NodeRef::<html::Form>::new();
    let error = RwSignal::new(None::<String>);
    let saving = Saving::new(record.as_ref().and_then(|r| r.etag.clone()));
    let Saving {
        busy, changed, etag, ..
    } = saving;
    let record = record.map(|r| r.value);
    let is_admin = staff
        .user
        .with_untracked(|u| u.as_ref().is_some_and(|u| u.role == Role::Admin));
    let r = record.clone();
    let get = move |f: &dyn Fn(&CounsellorProfile) -> String, default: &str| {
        r.as_ref().map_or_else(|| default.to_owned(), f)
    };
    let name = get(&|p| p.display_name.clone(), "");
    let gender = record.as_ref().map_or(Gender::Unspecified, |p| p.gender);
    let languages = get(&|p| comma_list(&p.languages, |l| l.as_str().to_owned()), "es");
    let timezone = get(&|p| p.timezone.clone(), "");
    let session = get(&|p| p.session_minutes.to_string(), "50");
    let buffer = get(&|p| p.buffer_minutes.to_string(), "10");
    let notice = get(&|p| p.notice_minutes.to_string(), "120");
    let horizon = get(&|p| p.horizon_days.to_string(), "28");
    let email = get(&|p| p.user_email.clone().unwrap_or_default(), "");
    let organization = get(&|p| p.organization_id.to_string(), "");
    let active = record.as_ref().is_none_or(|p| p.active);
    let has = |list: Option<&Vec<String>>, value: &str| list.is_some_and(|l| l.iter().any(|v| v == value));
    let specialities = COUNSELLOR_SPECIALITIES
        .iter()
        .map(|s| {
            let checked = has(record.as_ref().map(|p| &p.specialities), s);
            view! { <label class="check"><input type="checkbox" name="specialities" value=*s checked=checked />{speciality_name(s)}</label> }
        })
        .collect_view();
    // A new profile offers video and phone; chat is a choice.
    let modalities = Modality::ALL
        .iter()
        .map(|&m| {
            let checked = record.as_ref().map_or(m != Modality::Chat, |p| p.modalities.contains(&m));
            view! { <label class="check"><input type="checkbox" name="modalities" value=m.as_str() checked=checked />{modality_name(m)}</label> }
        })
        .collect_view();
    let genders = [
        (Gender::Unspecified, t!("staff-team-gender-unspecified")),
        (Gender::Woman, t!("booking-gender-woman")),
        (Gender::Man, t!("booking-gender-man")),
        (Gender::NonBinary, t!("booking-gender-non_binary")),
    ]
    .into_iter()
    .map(|(value, label)| view! { <option value=value.as_str() selected=gender == value>{label}</option> })
    .collect_view();
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = form_ref.get_untracked() else {
            return;
        };
        let form: &web_sys::HtmlFormElement = form.unchecked_ref();
        let input = match read(form) {
            Ok(input) => input,
            Err(field) => {
                error.set(Some(t!("error-invalid_field", field = field)));
                return;
            }
        };
        error.set(None);
        let save = async move {
            match id {
                Some(id) => manage::update_counsellor(id, &input, etag.get_value().as_deref())
                    .await
                    .map(|_| ()),
                None => manage::create_counsellor(&input).await.map(|_| ()),
            }
        };
        let done = move |()| {
            staff.go(StaffScreen::Team);
            staff.notice.set(Some(t!("staff-saved")));
        };
        let field_codes = &[ErrorCode::InvalidField, ErrorCode::Conflict];
        saving.run(save, done, field_codes, move |field| {
            error.set(Some(t!("error-invalid_field", field = field)));
        });
    };
    view! {
        <form id="counsellor-form" class="staff-form" node_ref=form_ref on:submit=submit novalidate>
            <p id="form-error" class="form-error" role="alert">{move || error.get()}</p>
            {is_admin.then(|| view! {
                <label for="organization_id">{t!("staff-team-organization")}</label>
                <input id="organization_id" name="organization_id" value=organization.clone() autocomplete="off" />
            })}
            <label for="display_name">{tx!("staff-team-name")}</label>
            <p class="hint">{tx!("staff-team-name-hint")}</p>
            <input id="display_name" name="display_name" value=name autocomplete="off" />
            <label for="gender">{tx!("staff-team-gender")}</label>
            <select id="gender" name="gender">{genders}</select>
            <label for="languages">{tx!("service-languages")}</label>
            <p class="hint">{tx!("staff-languages-hint")}</p>
            <input id="languages" name="languages" value=languages autocomplete="off" />
            <fieldset>
                <legend>{tx!("booking-filter-speciality")}</legend>
                {specialities}
            </fieldset>
            <fieldset>
                <legend>{tx!("booking-filter-modality")}</legend>
                {modalities}
            </fieldset>
            <label for="timezone">{tx!("staff-team-timezone")}</label>
            <p class="hint">{tx!("staff-team-timezone-hint")}</p>
            <input id="timezone" name="timezone" value=timezone autocomplete="off" />
            <label for="session_minutes">{tx!("staff-availability-session")}</label>
            <input id="session_minutes" name="session_minutes" type="number" min="15" value=session />
            <label for="buffer_minutes">{tx!("staff-availability-buffer")}</label>
            <input id="buffer_minutes" name="buffer_minutes" type="number" min="0" value=buffer />
            <label for="notice_minutes">{tx!("staff-availability-notice")}</label>
            <input id="notice_minutes" name="notice_minutes" type="number" min="0" value=notice />
            <label for="horizon_days">{tx!("staff-availability-horizon")}</label>
            <input id="horizon_days" name="horizon_days" type="number" min="1" value=horizon />
            <label for="user_email">{tx!("staff-team-account")}</label>
            <p class="hint">{tx!("staff-team-account-hint")}</p>
            <input id="user_email" name="user_email" type="email" value=email autocomplete="off" />
            <label class="check"><input type="checkbox" name="active" checked=active />{tx!("staff-team-active")}</label>
            <p class="hint">{tx!("staff-team-hours-hint")}</p>
            {move || changed.get().then(|| view! { <ChangedElsewhere message=t!("staff-changed-profile") on_reload /> })}
            <button type="submit" prop:disabled=move || busy.get() || changed.get()>{tx!("staff-team-save")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_speciality_has_a_population_label() {
        for s in api_types::booking::COUNSELLOR_SPECIALITIES {
            assert!(s.parse::<api_types::Population>().is_ok(), "{s}");
        }
    }
}
