//! The administrator's screen: organisations waiting for approval (approve, or decline with a reason the
//! applicant reads), and every account (search by email, role and organisation; create with a one-time password
//! shown once; disable, reactivate, change role, end all sessions), the audit log across organisations (filters,
//! per-field differences, CSV) and open problem reports, oldest first. Every change asks to be confirmed first.
//! Only admins are offered it; the API refuses everyone else whatever the screen does.

use api_types::manage::{AuditView, DeclineInput, NewUserInput, OrganizationName, RoleInput, UserView};
use api_types::{AuditAction, ErrorCode, Role};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::admin::{self as api, AuditFilter};
use ruta_ui::api::{ApiFailure, manage};
use ruta_ui::i18n::{t, tx};
use ruta_ui::intl;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use super::listings::resolve_report;
use super::{Part, items_or_none, read_on_open, use_staff};

/// A part of the admin screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Registrations waiting and accounts.
    Accounts,
    /// The audit log across organisations.
    Audit,
    /// Open problem reports across organisations.
    Reports,
    /// The imports' term table.
    Terms,
}

/// The admin screen: its parts as tabs.
#[component]
pub fn Admin() -> impl IntoView {
    let staff = use_staff();
    let organizations = RwSignal::new(Vec::<OrganizationName>::new());
    let load_organizations = move || {
        spawn_local(async move {
            match api::list_organizations().await {
                Ok(all) => organizations.set(all),
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    load_organizations();
    let on_approved = Callback::new(move |()| load_organizations());
    let part = RwSignal::new(Part::Accounts);
    let tab = move |p: Part, id: &'static str, label: String| {
        view! {
            <button type="button" id=id class="tab"
                aria-current=move || (part.get() == p).then_some("page")
                on:click=move |_| { staff.notice.set(None); part.set(p) }>
                {label}
            </button>
        }
    };
    view! {
        <main id="admin">
            <h1 tabindex="-1">{tx!("staff-admin-heading")}</h1>
            <nav class="staff-nav admin-parts" aria-label=tx!("staff-admin-parts")>
                {move || {
                    staff.locale.track();
                    (
                        tab(Part::Accounts, "admin-part-accounts", t!("staff-admin-accounts")),
                        tab(Part::Audit, "admin-part-audit", t!("staff-audit-heading")),
                        tab(Part::Reports, "admin-part-reports", t!("staff-reports-heading")),
                        tab(Part::Terms, "admin-part-terms", t!("staff-terms-heading")),
                    )
                }}
            </nav>
            {move || match part.get() {
                Part::Accounts => view! { <Registrations on_approved /> <Accounts organizations /> }.into_any(),
                Part::Audit => view! { <AuditLog organizations /> }.into_any(),
                Part::Reports => view! { <OpenReports organizations /> }.into_any(),
                Part::Terms => view! { <super::terms::TermTable /> }.into_any(),
            }}
        </main>
    }
}

/// Moves the keyboard focus, once the screen has drawn it, to the first element matching `css` (an opened
/// confirmation's first control), so the question is where a keyboard or screen-reader user already is.
fn focus_later(css: String) {
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&css).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// What an open confirmation is about to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Approve(Uuid),
    Decline(Uuid),
}

impl Pending {
    /// The organisation it is about.
    fn organization(self) -> Uuid {
        match self {
            Pending::Approve(id) | Pending::Decline(id) => id,
        }
    }
}

/// Organisations waiting for approval.
#[component]
fn Registrations(on_approved: Callback<()>) -> impl IntoView {
    let staff = use_staff();
    let (list, load) = read_on_open(api::pending_organizations);
    let open = RwSignal::new(None::<Pending>);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let decide = move |decision: Pending, name: String| {
        // A decline carries its reason; an approval nothing.
        let (id, decline, done) = match decision {
            Pending::Approve(id) => (id, None, t!("staff-admin-approved", name = name)),
            Pending::Decline(id) => {
                let text = reason.get_untracked();
                if text.trim().is_empty() {
                    error.set(Some(t!("staff-admin-reason-needed")));
                    return;
                }
                (
                    id,
                    Some(DeclineInput { reason: text }),
                    t!("staff-admin-declined", name = name),
                )
            }
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let answer = match decline {
                Some(input) => api::decline_organization(id, &input).await,
                None => api::approve_organization(id).await,
            };
            busy.set(false);
            match answer {
                Ok(()) => {
                    open.set(None);
                    reason.set(String::new());
                    staff.notice.set(Some(done));
                    load();
                    on_approved.run(());
                }
                Err(ApiFailure::Api {
                    field: Some(field), ..
                }) if field == "reason" => {
                    error.set(Some(t!("staff-admin-reason-needed")));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    let items = move || {
        let lang = staff.locale.get();
        list.get().map(|all| {
            if all.is_empty() {
                return view! { <p id="no-registrations">{t!("staff-admin-no-registrations")}</p> }.into_any();
            }
            let cards = all
                .into_iter()
                .map(|o| {
                    let id = o.id;
                    let name = o.name.clone();
                    let asked = if o.applicants.is_empty() {
                        t!("staff-admin-no-applicant")
                    } else {
                        t!("staff-admin-asked-by", emails = o.applicants.join(", "))
                    };
                    let when = o
                        .registered_at
                        .map(|at| t!("staff-admin-registered-on", date = intl::long_date(&at, lang)));
                    let on_cancel = Callback::new(move |()| open.set(None));
                    let confirm = move || {
                        let decision = open.get().filter(|d| d.organization() == id)?;
                        let name = name.clone();
                        let question = match decision {
                            Pending::Approve(_) => t!("staff-admin-confirm-approve", name = name.clone()),
                            Pending::Decline(_) => t!("staff-admin-confirm-decline", name = name.clone()),
                        };
                        let on_yes = Callback::new(move |()| decide(decision, name.clone()));
                        Some(match decision {
                            Pending::Approve(_) => view! {
                                <Confirm id=format!("confirm-approve-{id}") question yes_class="confirm-approve"
                                    yes=t!("staff-admin-approve-yes") busy on_yes on_cancel />
                            }.into_any(),
                            Pending::Decline(_) => view! {
                                <Confirm id=format!("confirm-decline-{id}") question yes_class="confirm-decline"
                                    yes=t!("staff-admin-decline-yes") busy on_yes on_cancel>
                                    <label for="decline-reason">{t!("staff-admin-reason")}</label>
                                    <p class="hint">{t!("staff-admin-reason-hint")}</p>
                                    <textarea id="decline-reason" maxlength="500" bind:value=reason></textarea>
                                    <p class="form-error" role="alert">{move || error.get()}</p>
                                </Confirm>
                            }.into_any(),
                        })
                    };
                    view! {
                        <li class="card registration">
                            <h3>{o.name.clone()}</h3>
                            {o.website.map(|w| view! { <p>{t!("staff-admin-website", url = w)}</p> })}
                            <p>{asked}</p>
                            {when.map(|w| view! { <p class="hint">{w}</p> })}
                            <div class="actions">
                                <button type="button" class="secondary approve-org"
                                    on:click=move |_| {
                                        error.set(None);
                                        open.set(Some(Pending::Approve(id)));
                                        focus_later(format!("[aria-labelledby='confirm-approve-{id}'] button"));
                                    }>
                                    {t!("staff-admin-approve")}
                                </button>
                                <button type="button" class="secondary decline-org"
                                    on:click=move |_| {
                                        error.set(None);
                                        open.set(Some(Pending::Decline(id)));
                                        focus_later("#decline-reason".to_owned());
                                    }>
                                    {t!("staff-admin-decline")}
                                </button>
                            </div>
                            {confirm}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="cards" id="registrations">{cards}</ul> }.into_any()
        })
    };
    view! {
        <Part heading_id="registrations-heading" heading=tx!("staff-admin-registrations")>{items}</Part>
    }
}

/// A change waiting to be confirmed: the question (its id names the group), what else it asks (`children`), the
/// button that goes ahead (`yes`, with class `yes_class`), disabled while `busy`, and one that cancels.
#[component]
fn Confirm(
    id: String,
    question: String,
    yes_class: &'static str,
    yes: String,
    busy: RwSignal<bool>,
    on_yes: Callback<()>,
    on_cancel: Callback<()>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let labelled_by = id.clone();
    view! {
        <div class="confirm" role="group" aria-labelledby=labelled_by>
            <p id=id>{question}</p>
            {children.map(|children| children())}
            <button type="button" class=format!("primary {yes_class}") prop:disabled=move || busy.get()
                on:click=move |_| on_yes.run(())>
                {yes}
            </button>
            <button type="button" class="secondary cancel" on:click=move |_| on_cancel.run(())>{t!("staff-admin-cancel")}</button>
        </div>
    }
}

/// What an account's confirmation is about to do.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Change {
    Disable,
    Activate,
    Revoke,
    Role(Role, Option<Uuid>),
}

fn role_name(role: Role) -> String {
    match role {
        Role::Admin => t!("staff-role-admin"),
        Role::NgoEditor => t!("staff-role-ngo_editor"),
        Role::Operator => t!("staff-role-operator"),
        Role::Counsellor => t!("staff-role-counsellor"),
    }
}

fn status_name(status: &str) -> String {
    match status {
        "active" => t!("staff-account-active"),
        "disabled" => t!("staff-account-disabled"),
        _ => t!("staff-account-pending"),
    }
}

const ROLES: [Role; 4] = [Role::Admin, Role::NgoEditor, Role::Operator, Role::Counsellor];

/// `<option>`s of the roles, `selected` chosen.
fn role_options(selected: Option<Role>) -> impl IntoView {
    ROLES
        .into_iter()
        .map(|r| view! { <option value=r.as_str() selected=selected == Some(r)>{role_name(r)}</option> })
        .collect_view()
}

/// `<option>`s of the organisations, with "none" first.
fn organization_options(
    all: &[OrganizationName],
    selected: Option<Uuid>,
    none: String,
) -> impl IntoView + use<> {
    let first = view! { <option value="" selected=selected.is_none()>{none}</option> };
    let rest = all
        .iter()
        .map(|o| {
            view! { <option value=o.id.to_string() selected=selected == Some(o.id)>{o.name.clone()}</option> }
        })
        .collect_view();
    (first, rest)
}

/// Every account: search, create, change.
#[component]
fn Accounts(organizations: RwSignal<Vec<OrganizationName>>) -> impl IntoView {
    let staff = use_staff();
    let (users, load) = read_on_open(api::list_users);
    let query = RwSignal::new(String::new());
    let role_filter = RwSignal::new(String::new());
    let org_filter = RwSignal::new(String::new());
    let open = RwSignal::new(None::<(Uuid, Change)>);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let org_name = move |id: Option<Uuid>| {
        id.map(|id| {
            organizations
                .with(|all| all.iter().find(|o| o.id == id).map(|o| o.name.clone()))
                .unwrap_or_else(|| id.to_string())
        })
    };
    let apply = move |user: UserView, change: Change| {
        let id = user.id;
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let changed = |_: UserView| t!("staff-admin-changed", email = user.email.clone());
            let answer = match change {
                Change::Disable => api::disable_user(id).await.map(changed),
                Change::Activate => api::activate_user(id).await.map(changed),
                Change::Role(role, organization_id) => {
                    let input = RoleInput {
                        role,
                        organization_id,
                    };
                    api::change_role(id, &input).await.map(changed)
                }
                Change::Revoke => api::revoke_sessions(id).await.map(|r| {
                    t!(
                        "staff-admin-revoked",
                        email = user.email.clone(),
                        count = usize::try_from(r.revoked).unwrap_or(usize::MAX)
                    )
                }),
            };
            busy.set(false);
            match answer {
                Ok(done) => {
                    open.set(None);
                    staff.notice.set(Some(done));
                    load();
                }
                // The screen offers only valid roles and no "disable" on one's own account: a refused role or
                // account is the last active administrator.
                Err(ApiFailure::Api {
                    code: ErrorCode::InvalidField,
                    field: Some(field),
                }) if field == "role" || field == "id" => {
                    error.set(Some(t!("staff-admin-last-admin")));
                }
                Err(failure @ ApiFailure::Api { field: Some(_), .. }) => {
                    error.set(Some(ruta_ui::i18n::failure_text(&failure)));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    let filtered = Signal::derive(move || {
        let q = query.get().trim().to_lowercase();
        let role = role_filter.get();
        let org = org_filter.get();
        users.get().map(|all| {
            all.into_iter()
                .filter(|u| q.is_empty() || u.email.contains(&q))
                .filter(|u| role.is_empty() || u.role.as_str() == role)
                .filter(|u| org.is_empty() || u.organization_id.is_some_and(|o| o.to_string() == org))
                .collect::<Vec<_>>()
        })
    });
    let rows = items_or_none(
        filtered,
        "no-accounts",
        tx!("staff-admin-no-accounts"),
        move |u, _| {
            let me = staff.user.with_untracked(|u| u.as_ref().map(|u| u.id));
            let id = u.id;
            let active = u.status == "active";
            let (u1, u2, u3) = (u.clone(), u.clone(), u.clone());
            let role_choice = RwSignal::new(u.role.as_str().to_owned());
            let org_choice = RwSignal::new(u.organization_id.map(|o| o.to_string()).unwrap_or_default());
            let confirm = move || {
                let (_, change) = open.get().filter(|(o, _)| *o == id)?;
                let question = match &change {
                    Change::Disable => t!("staff-admin-confirm-disable", email = u1.email.clone()),
                    Change::Activate => t!("staff-admin-confirm-activate", email = u1.email.clone()),
                    Change::Revoke => t!("staff-admin-confirm-revoke", email = u1.email.clone()),
                    Change::Role(role, _) => t!(
                        "staff-admin-confirm-role",
                        email = u1.email.clone(),
                        role = role_name(*role)
                    ),
                };
                let user = u1.clone();
                let on_yes = Callback::new(move |()| apply(user.clone(), change.clone()));
                let on_cancel = Callback::new(move |()| open.set(None));
                Some(view! {
                    <Confirm id=format!("confirm-{id}") question yes_class="confirm-yes" yes=t!("staff-admin-yes") busy on_yes on_cancel>
                        <p class="form-error" role="alert">{move || error.get()}</p>
                    </Confirm>
                })
            };
            let ask = move |change: Change| {
                error.set(None);
                open.set(Some((id, change)));
                focus_later(format!("[aria-labelledby='confirm-{id}'] button"));
            };
            let ask_role = move |_| {
                let Ok(role) = role_choice.get_untracked().parse::<Role>() else {
                    return;
                };
                let org = Uuid::parse_str(&org_choice.get_untracked()).ok();
                ask(Change::Role(role, org));
            };
            let orgs = organizations.get_untracked();
            let mine = me == Some(id);
            view! {
                <li class="card account" data-email=u.email>
                    <h3>{u.email.clone()}</h3>
                    <p>{role_name(u.role)}" · "{status_name(&u.status)}</p>
                    {org_name(u.organization_id).map(|n| view! { <p>{n}</p> })}
                    <div class="actions">
                        {(active && !mine).then(|| view! {
                            <button type="button" class="secondary disable-account" on:click=move |_| ask(Change::Disable)>{t!("staff-admin-disable")}</button>
                        })}
                        {(!active).then(|| view! {
                            <button type="button" class="secondary activate-account" on:click=move |_| ask(Change::Activate)>{t!("staff-admin-activate")}</button>
                        })}
                        <button type="button" class="secondary revoke-sessions" on:click=move |_| ask(Change::Revoke)>{t!("staff-admin-revoke")}</button>
                    </div>
                    <details class="role-change">
                        <summary>{t!("staff-admin-change-role")}</summary>
                        <label for=format!("role-{id}")>{t!("staff-admin-role")}</label>
                        <select id=format!("role-{id}") class="role-choice"
                            on:change=move |ev| role_choice.set(event_target_value(&ev))>
                            {role_options(Some(u2.role))}
                        </select>
                        <label for=format!("org-{id}")>{t!("staff-admin-organization")}</label>
                        <select id=format!("org-{id}") class="org-choice"
                            on:change=move |ev| org_choice.set(event_target_value(&ev))>
                            {organization_options(&orgs, u3.organization_id, t!("staff-admin-no-organization"))}
                        </select>
                        <button type="button" class="secondary change-role" on:click=ask_role>{t!("staff-admin-change-role")}</button>
                    </details>
                    {confirm}
                </li>
            }
        },
    );
    let on_created = Callback::new(move |()| load());
    view! {
        <Part heading_id="accounts-heading" heading=tx!("staff-admin-accounts")>
            <NewAccount organizations on_created />
            <form class="staff-form account-filter" on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
                <label for="account-search">{tx!("staff-admin-search")}</label>
                <input id="account-search" type="search" autocomplete="off" bind:value=query />
                <label for="account-role">{tx!("staff-admin-role")}</label>
                <select id="account-role" on:change=move |ev| role_filter.set(event_target_value(&ev))>
                    <option value="">{tx!("staff-admin-any")}</option>
                    {move || { staff.locale.track(); role_options(None) }}
                </select>
                <label for="account-organization">{tx!("staff-admin-organization")}</label>
                <select id="account-organization" on:change=move |ev| org_filter.set(event_target_value(&ev))>
                    {move || organization_options(&organizations.get(), None, t!("staff-admin-any"))}
                </select>
            </form>
            <ul class="cards" id="accounts">{rows}</ul>
        </Part>
    }
}

/// Creating an account: the server chooses its password and it is shown here once.
#[component]
fn NewAccount(organizations: RwSignal<Vec<OrganizationName>>, on_created: Callback<()>) -> impl IntoView {
    let staff = use_staff();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::NgoEditor.as_str().to_owned());
    let organization = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let created = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(chosen) = role.get_untracked().parse::<Role>() else {
            return;
        };
        let input = NewUserInput {
            email: email.get_untracked(),
            password: String::new(),
            role: chosen,
            organization_id: Uuid::parse_str(&organization.get_untracked()).ok(),
        };
        busy.set(true);
        error.set(None);
        created.set(None);
        spawn_local(async move {
            let answer = api::create_user(&input).await;
            busy.set(false);
            match answer {
                Ok(user) => {
                    created.set(Some((
                        user.email.clone(),
                        user.one_time_password.unwrap_or_default(),
                    )));
                    email.set(String::new());
                    on_created.run(());
                }
                Err(failure @ ApiFailure::Api { field: Some(_), .. }) => {
                    error.set(Some(ruta_ui::i18n::failure_text(&failure)));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    view! {
        <details class="new-account">
            <summary id="new-account">{tx!("staff-admin-new-account")}</summary>
            <form id="new-account-form" class="staff-form" on:submit=submit novalidate>
                <p class="form-error" role="alert">{move || error.get()}</p>
                <label for="new-email">{tx!("staff-email")}</label>
                <input id="new-email" type="email" autocomplete="off" bind:value=email />
                <label for="new-role">{tx!("staff-admin-role")}</label>
                <select id="new-role" on:change=move |ev| role.set(event_target_value(&ev))>
                    {move || { staff.locale.track(); role_options(Some(Role::NgoEditor)) }}
                </select>
                <label for="new-organization">{tx!("staff-admin-organization")}</label>
                <p class="hint">{tx!("staff-admin-organization-hint")}</p>
                <select id="new-organization" on:change=move |ev| organization.set(event_target_value(&ev))>
                    {move || organization_options(&organizations.get(), None, t!("staff-admin-no-organization"))}
                </select>
                <button type="submit" class="primary" prop:disabled=move || busy.get()>{tx!("staff-admin-create")}</button>
            </form>
            {move || created.get().map(|(who, password)| view! {
                <div id="one-time-password" class="notice" role="status">
                    <p>{t!("staff-admin-created", email = who)}</p>
                    <p><code id="new-password">{password}</code></p>
                    <p class="hint">{t!("staff-admin-password-once")}</p>
                </div>
            })}
        </details>
    }
}

/// An audit entry's action, in words.
fn action_name(action: AuditAction) -> String {
    match action {
        AuditAction::Create => t!("staff-action-create"),
        AuditAction::Update => t!("staff-action-update"),
        AuditAction::Capacity => t!("staff-action-capacity"),
        AuditAction::Verify => t!("staff-action-verify"),
        AuditAction::Deactivate => t!("staff-action-deactivate"),
        AuditAction::Approve => t!("staff-audit-action-approve"),
        AuditAction::Disable => t!("staff-audit-action-disable"),
        AuditAction::Activate => t!("staff-audit-action-activate"),
        AuditAction::Register => t!("staff-audit-action-register"),
        AuditAction::Import => t!("staff-audit-action-import"),
        AuditAction::Availability => t!("staff-audit-action-availability"),
        AuditAction::Correct => t!("staff-audit-action-correct"),
        AuditAction::Revert => t!("staff-audit-action-revert"),
        AuditAction::Decline => t!("staff-audit-action-decline"),
        AuditAction::ChangeRole => t!("staff-audit-action-change_role"),
        AuditAction::RevokeSessions => t!("staff-audit-action-revoke_sessions"),
        AuditAction::ReferralStatus => t!("staff-audit-action-referral_status"),
        AuditAction::Other => t!("staff-audit-action-other"),
    }
}

const ACTIONS: [AuditAction; 17] = [
    AuditAction::Create,
    AuditAction::Update,
    AuditAction::Capacity,
    AuditAction::Verify,
    AuditAction::Deactivate,
    AuditAction::Approve,
    AuditAction::Disable,
    AuditAction::Activate,
    AuditAction::Register,
    AuditAction::Import,
    AuditAction::Availability,
    AuditAction::Correct,
    AuditAction::Revert,
    AuditAction::Decline,
    AuditAction::ChangeRole,
    AuditAction::RevokeSessions,
    AuditAction::ReferralStatus,
];

/// The kind of record an entry is about, in words.
fn entity_name(entity: &str) -> String {
    match entity {
        "service" => t!("staff-audit-entity-service"),
        "organization" => t!("staff-audit-entity-organization"),
        "user" => t!("staff-audit-entity-user"),
        "import" => t!("staff-audit-entity-import"),
        "counsellor" => t!("staff-audit-entity-counsellor"),
        "lifelines" => t!("staff-audit-entity-lifelines"),
        "referral" => t!("staff-audit-entity-referral"),
        "term_table" => t!("staff-terms-heading"),
        other => other.to_owned(),
    }
}

/// A field's name in words where the screens have one; the API's name otherwise.
fn audit_field(field: &str) -> String {
    match field {
        "email" => t!("staff-email"),
        "role" => t!("staff-admin-role"),
        "status" => t!("staff-status"),
        "organization_id" => t!("staff-admin-organization"),
        other => {
            let label = super::edit::field_label(other);
            if label == t!("staff-form") {
                other.to_owned()
            } else {
                label
            }
        }
    }
}

/// A JSON value as a person reads it: text as is, nothing as a dash, anything else compact and cut at 300
/// characters.
fn readable(value: Option<&serde_json::Value>) -> String {
    let text = match value {
        None | Some(serde_json::Value::Null) => "—".to_owned(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Bool(b)) => {
            if *b {
                t!("staff-audit-yes")
            } else {
                t!("staff-audit-no")
            }
        }
        Some(other) => other.to_string(),
    };
    if text.chars().count() > 300 {
        format!("{}…", text.chars().take(300).collect::<String>())
    } else {
        text
    }
}

/// The per-field differences of an entry: the changed fields, or every field of what was created.
fn diff_rows(entry: &AuditView) -> Vec<(String, String, String)> {
    let field = |side: &Option<serde_json::Value>, key: &str| side.as_ref().and_then(|v| v.get(key)).cloned();
    let mut keys = entry.changed.clone();
    if keys.is_empty() {
        keys = entry
            .after
            .as_ref()
            .and_then(|a| a.as_object())
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
    }
    keys.into_iter()
        .map(|k| {
            let before = field(&entry.before, &k);
            let after = field(&entry.after, &k);
            (
                audit_field(&k),
                readable(before.as_ref()),
                readable(after.as_ref()),
            )
        })
        .collect()
}

/// The audit log across organisations: filters, entries with their per-field differences, a CSV download.
#[component]
fn AuditLog(organizations: RwSignal<Vec<OrganizationName>>) -> impl IntoView {
    let staff = use_staff();
    let organization = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let record = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let entries = RwSignal::new(None::<Vec<AuditView>>);
    let error = RwSignal::new(None::<String>);
    let filter = move || AuditFilter {
        organization_id: organization.get_untracked(),
        person: person.get_untracked(),
        record: record.get_untracked(),
        action: action.get_untracked(),
        from: from.get_untracked(),
        to: to.get_untracked(),
    };
    let load = move || {
        error.set(None);
        let filter = filter();
        spawn_local(async move {
            match api::audit(&filter).await {
                Ok(list) => entries.set(Some(list)),
                Err(failure @ ApiFailure::Api { field: Some(_), .. }) => {
                    error.set(Some(ruta_ui::i18n::failure_text(&failure)));
                }
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    load();
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        load();
    };
    let csv = move |_| {
        let filter = filter();
        spawn_local(async move {
            if let Err(failure) = api::download_audit(&filter, "ruta-audit.csv").await {
                staff.failed(&failure);
            }
        });
    };
    let org_name = move |id: Option<Uuid>| {
        id.and_then(|id| organizations.with(|all| all.iter().find(|o| o.id == id).map(|o| o.name.clone())))
    };
    let items = items_or_none(entries, "no-audit", tx!("staff-audit-none"), move |e, lang| {
        let rows = diff_rows(&e)
            .into_iter()
            .map(|(field, before, after)| {
                view! {
                    <tr><th scope="row">{field}</th><td>{before}</td><td>{after}</td></tr>
                }
            })
            .collect_view();
        view! {
            <li class="change audit-entry" data-action=e.action.as_str()>
                <p><strong>{action_name(e.action)}</strong>" · "{entity_name(&e.entity)}
                    {org_name(e.organization_id).map(|n| format!(" · {n}"))}</p>
                <p>{t!("staff-change-by", who = e.actor.clone(), date = intl::day_and_time(&e.at, lang))}</p>
                <p class="hint record-id">{e.entity_id.to_string()}</p>
                <table class="diff">
                    <thead><tr>
                        <th scope="col">{t!("staff-audit-field")}</th>
                        <th scope="col">{t!("staff-audit-before")}</th>
                        <th scope="col">{t!("staff-audit-after")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </li>
        }
    });
    view! {
        <Part heading_id="audit-heading" heading=tx!("staff-audit-heading")>
            <form id="audit-filter" class="staff-form" on:submit=submit novalidate>
                <p class="form-error" role="alert">{move || error.get()}</p>
                <label for="audit-organization">{tx!("staff-admin-organization")}</label>
                <select id="audit-organization" on:change=move |ev| organization.set(event_target_value(&ev))>
                    {move || organization_options(&organizations.get(), None, t!("staff-admin-any"))}
                </select>
                <label for="audit-person">{tx!("staff-audit-person")}</label>
                <input id="audit-person" type="search" autocomplete="off" bind:value=person />
                <label for="audit-record">{tx!("staff-audit-record")}</label>
                <input id="audit-record" autocomplete="off" bind:value=record />
                <label for="audit-action">{tx!("staff-audit-action")}</label>
                <select id="audit-action" on:change=move |ev| action.set(event_target_value(&ev))>
                    <option value="">{tx!("staff-admin-any")}</option>
                    {move || {
                        staff.locale.track();
                        ACTIONS.into_iter().map(|a| view! { <option value=a.as_str()>{action_name(a)}</option> }).collect_view()
                    }}
                </select>
                <label for="audit-from">{tx!("staff-audit-from")}</label>
                <input id="audit-from" type="date" bind:value=from />
                <label for="audit-to">{tx!("staff-audit-to")}</label>
                <input id="audit-to" type="date" bind:value=to />
                <div class="actions">
                    <button type="submit" id="audit-show" class="primary">{tx!("staff-audit-show")}</button>
                    <button type="button" id="audit-csv" class="secondary" on:click=csv>{tx!("staff-audit-csv")}</button>
                </div>
            </form>
            <ol id="audit" class="cards">{items}</ol>
        </Part>
    }
}

/// Open problem reports across organisations, oldest first (the longest waiting at the top).
#[component]
fn OpenReports(organizations: RwSignal<Vec<OrganizationName>>) -> impl IntoView {
    let staff = use_staff();
    let (reports, _) = read_on_open(|| async {
        let mut list = manage::list_reports().await?;
        list.retain(|r| r.resolved_at.is_none());
        list.sort_by_key(|r| r.created_at);
        Ok(list)
    });
    let resolve = move |id: Uuid| resolve_report(staff, reports, id);
    let items = items_or_none(reports, "no-reports", tx!("staff-no-reports"), move |r, lang| {
        let id = r.id;
        let org = organizations.with(|all| {
            all.iter()
                .find(|o| o.id == r.organization_id)
                .map(|o| o.name.clone())
        });
        view! {
            <li class="report" data-service=r.service_id.to_string()>
                <p><strong>{org.unwrap_or_else(|| r.organization_id.to_string())}</strong></p>
                <p>{ruta_ui::i18n::report_reason(r.reason)}" · "{intl::long_date(&r.created_at, lang)}</p>
                <p class="hint">{t!("staff-audit-record")}": "{r.service_id.to_string()}</p>
                <button type="button" class="secondary resolve" on:click=move |_| resolve(id)>
                    {t!("staff-report-resolved")}
                </button>
            </li>
        }
    });
    view! {
        <Part heading_id="admin-reports-heading" heading=tx!("staff-reports-heading")>
            <p>{tx!("staff-admin-reports-intro")}</p>
            <ul id="admin-reports" class="cards">{items}</ul>
        </Part>
    }
}
