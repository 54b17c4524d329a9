//! The staff screens: a bundle of their own (`ruta_staff`) served at `/staff/`, so a survivor's phone never
//! downloads them. NGO editors sign in, see their organisation's listings (stale ones first), set "places
//! tonight" and "still correct" with one tap, edit a listing and its translations, read its history and the
//! problem reports people sent, and see where each notification Ruta sends them stands. Operators and admins
//! use the same screens over every organisation.
//!
//! Same rules as the survivor app: every string a Fluent message, relative URLs only, nothing stored on the
//! device (the session is an HttpOnly cookie the page cannot read).

mod admin;
mod console;
mod counsellor;
mod coverage;
mod edit;
mod history;
mod import;
mod lifelines;
mod listings;
mod notifications;
mod referrals;
mod signin;
mod team;
mod terms;

use api_types::manage::UserView;
use api_types::{ErrorCode, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::{ApiFailure, Tagged, auth};
use ruta_ui::i18n::{self, Lang, failure_text, messages, t, tx};
use ruta_ui::safety;
use uuid::Uuid;

/// Which staff screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffScreen {
    /// Asking the server who is signed in.
    Loading,
    /// The sign-in form.
    SignIn,
    /// The organisation's listings.
    Listings,
    /// Editing one listing, or a new one (`None`).
    Edit(Option<Uuid>),
    /// A listing's history.
    History(Uuid),
    /// Problem reports sent by the public.
    Reports,
    /// Importing an HSDS file.
    Import,
    /// The hotline operator's console: search everything, compose a referral.
    Console,
    /// Coverage-gap report with charts.
    Coverage,
    /// A counsellor's requests and upcoming sessions.
    Sessions,
    /// A counsellor's weekly availability and time off.
    Availability,
    /// The organisation's counsellors (editors, admins).
    Team,
    /// Editing a counsellor's profile, or a new one (`None`).
    TeamEdit(Option<Uuid>),
    /// Correcting a country's life lines (admins).
    LifeLines,
    /// Warm referrals: the organisation's inbox (editors) and the ones this account sent.
    Referrals,
    /// The notification outbox: the channels configured, and where each delivery stands (editors, admins).
    Notifications,
    /// Approving organisations and managing accounts (admins only).
    Admin,
}

impl StaffScreen {
    /// Where an account lands after signing in.
    pub fn home(user: &UserView) -> Self {
        match user.role {
            Role::Operator => StaffScreen::Console,
            Role::Counsellor => StaffScreen::Sessions,
            Role::Admin | Role::NgoEditor => StaffScreen::Listings,
        }
    }
}

/// What the staff screens share.
#[derive(Debug, Clone, Copy)]
pub struct Staff {
    /// The signed-in account.
    pub user: RwSignal<Option<UserView>>,
    pub screen: RwSignal<StaffScreen>,
    /// The interface language.
    pub locale: RwSignal<Lang>,
    /// A status line ("Saved", an error), announced to screen readers.
    pub notice: RwSignal<Option<String>>,
}

impl Staff {
    fn new(lang: Lang) -> Self {
        Self {
            user: RwSignal::new(None),
            screen: RwSignal::new(StaffScreen::Loading),
            locale: RwSignal::new(lang),
            notice: RwSignal::new(None),
        }
    }

    /// Goes to `screen`, clearing the status line.
    pub fn go(self, screen: StaffScreen) {
        self.notice.set(None);
        self.screen.set(screen);
    }

    /// Shows what a failed request means; a lost session goes back to the sign-in form.
    pub fn failed(self, failure: &ApiFailure) {
        if matches!(
            failure,
            ApiFailure::Api {
                code: ErrorCode::Unauthorized,
                ..
            }
        ) {
            self.user.set(None);
            self.screen.set(StaffScreen::SignIn);
        }
        self.notice.set(Some(failure_text(failure)));
    }
}

/// Whether a save was refused because someone else saved the record since this screen read it (HTTP 412).
pub fn changed_elsewhere(failure: &ApiFailure) -> bool {
    matches!(
        failure,
        ApiFailure::Api {
            code: ErrorCode::PreconditionFailed,
            ..
        }
    )
}

/// What a screen shows when its save was refused because someone else changed the record meanwhile: what
/// happened, and a button that reads the record again (the edits made here are not kept: they were made to a
/// version that no longer exists). Beside the save button, where the person is looking, and announced.
#[component]
pub fn ChangedElsewhere(message: String, on_reload: Callback<()>) -> impl IntoView {
    view! {
        <div id="changed-elsewhere" class="notice changed-elsewhere" role="alert">
            <p>{message}</p>
            <button type="button" id="reload-record" class="secondary" on:click=move |_| on_reload.run(())>
                {tx!("staff-reload")}
            </button>
        </div>
    }
}

/// An edit screen's record with its entity tag: `None` while it is read, `Some(None)` for a new one.
pub type EditableRecord<T> = RwSignal<Option<Option<Tagged<T>>>>;

/// The record an edit screen shows (`id`, or a new one when `None`), read by `read` with its entity tag, which the
/// save sends back so that a change someone else saved since is never overwritten. The callback reads it again,
/// for a save refused as changed elsewhere.
pub fn editable_record<T, F, Fut>(id: Option<Uuid>, read: F) -> (EditableRecord<T>, Callback<()>)
where
    T: Send + Sync + 'static,
    F: Fn(Uuid) -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<Tagged<T>, ApiFailure>> + 'static,
{
    let staff = use_staff();
    let record = RwSignal::new(None);
    let load = move || match id {
        Some(id) => {
            record.set(None);
            spawn_local(async move {
                match read(id).await {
                    Ok(r) => record.set(Some(Some(r))),
                    Err(failure) => staff.failed(&failure),
                }
            });
        }
        None => record.set(Some(None)),
    };
    load();
    let on_reload = Callback::new(move |()| {
        staff.notice.set(None);
        load();
    });
    (record, on_reload)
}

/// The staff state from context.
pub fn use_staff() -> Staff {
    use_context::<Staff>().unwrap_or_else(|| Staff::new(Lang::Es))
}

/// The screens an account's role opens, as tabs.
#[component]
fn StaffNav(role: Role) -> impl IntoView {
    let staff = use_staff();
    let tabs = match role {
        Role::Admin => vec![
            (StaffScreen::Listings, "nav-listings", tx!("staff-nav-listings")),
            (StaffScreen::Team, "nav-team", tx!("staff-nav-team")),
            (StaffScreen::Console, "nav-console", tx!("staff-nav-console")),
            (
                StaffScreen::Referrals,
                "nav-referrals",
                tx!("staff-nav-referrals"),
            ),
            (
                StaffScreen::Notifications,
                "nav-notifications",
                tx!("staff-nav-notifications"),
            ),
            (StaffScreen::Coverage, "nav-coverage", tx!("staff-nav-coverage")),
            (
                StaffScreen::LifeLines,
                "nav-lifelines",
                tx!("staff-nav-lifelines"),
            ),
            (StaffScreen::Admin, "nav-admin", tx!("staff-nav-admin")),
        ],
        Role::Operator => vec![
            (StaffScreen::Console, "nav-console", tx!("staff-nav-console")),
            (
                StaffScreen::Referrals,
                "nav-referrals",
                tx!("staff-nav-referrals"),
            ),
            (StaffScreen::Coverage, "nav-coverage", tx!("staff-nav-coverage")),
        ],
        Role::Counsellor => vec![
            (StaffScreen::Sessions, "nav-sessions", tx!("staff-nav-sessions")),
            (
                StaffScreen::Availability,
                "nav-availability",
                tx!("staff-nav-availability"),
            ),
        ],
        Role::NgoEditor => vec![
            (StaffScreen::Listings, "nav-listings", tx!("staff-nav-listings")),
            (
                StaffScreen::Referrals,
                "nav-referrals",
                tx!("staff-nav-referrals"),
            ),
            (
                StaffScreen::Notifications,
                "nav-notifications",
                tx!("staff-nav-notifications"),
            ),
            (StaffScreen::Team, "nav-team", tx!("staff-nav-team")),
        ],
    };
    let buttons = tabs
        .into_iter()
        .map(|(screen, id, label)| {
            view! {
                <button type="button" id=id class="tab"
                    aria-current=move || (staff.screen.get() == screen).then_some("page")
                    on:click=move |_| staff.go(screen)>
                    {label}
                </button>
            }
        })
        .collect_view();
    view! { <nav class="staff-nav" aria-label=tx!("staff-nav-label")>{buttons}</nav> }
}

/// Mounts the staff screens to `<body>` when the wasm module starts.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(StaffApp);
}

/// The staff root: the signed-in account decides the screen.
#[component]
pub fn StaffApp() -> impl IntoView {
    let lang = safety::stored_language().unwrap_or_else(safety::browser_language);
    i18n::activate(lang);
    let staff = Staff::new(lang);
    i18n::install(staff.locale, messages::STAFF);
    provide_context(staff);
    spawn_local(async move {
        match auth::me().await {
            Ok(user) => {
                staff.screen.set(StaffScreen::home(&user));
                staff.user.set(Some(user));
            }
            Err(_) => staff.screen.set(StaffScreen::SignIn),
        }
    });
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = auth::logout().await;
            staff.user.set(None);
            staff.go(StaffScreen::SignIn);
        });
    };
    let language_picker = move || {
        Lang::ALL
            .into_iter()
            .map(|l| {
                view! {
                    <option value=l.tag() lang=l.tag() prop:selected=move || staff.locale.get() == l>
                        {l.autonym()}
                    </option>
                }
            })
            .collect_view()
    };
    let on_language = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n::activate(lang);
            staff.locale.set(lang);
        }
    };
    view! {
        <header class="topbar staff-bar">
            <p class="app-name">{tx!("staff-title")}</p>
            <label class="staff-language">
                <span class="visually-hidden">{tx!("language-label")}</span>
                <select id="staff-language" on:change=on_language>{language_picker}</select>
            </label>
            <Show when=move || staff.user.get().is_some()>
                <button id="sign-out" type="button" class="secondary" on:click=sign_out>{tx!("staff-sign-out")}</button>
            </Show>
        </header>
        {move || staff.user.get().map(|user| view! { <StaffNav role=user.role /> })}
        <p id="staff-notice" class="status" role="status">{move || staff.notice.get()}</p>
        {move || match staff.screen.get() {
            StaffScreen::Loading => view! { <main id="staff-loading"><p>{t!("service-loading")}</p></main> }.into_any(),
            StaffScreen::SignIn => view! { <signin::SignIn /> }.into_any(),
            StaffScreen::Listings => view! { <listings::Listings /> }.into_any(),
            StaffScreen::Edit(id) => view! { <edit::Edit id /> }.into_any(),
            StaffScreen::History(id) => view! { <history::History id /> }.into_any(),
            StaffScreen::Reports => view! { <listings::Reports /> }.into_any(),
            StaffScreen::Import => view! { <import::Import /> }.into_any(),
            StaffScreen::Console => view! { <console::Console /> }.into_any(),
            StaffScreen::Coverage => view! { <coverage::Coverage /> }.into_any(),
            StaffScreen::Sessions => view! { <counsellor::Sessions /> }.into_any(),
            StaffScreen::Availability => view! { <counsellor::Availability /> }.into_any(),
            StaffScreen::Team => view! { <team::Team /> }.into_any(),
            StaffScreen::TeamEdit(id) => view! { <team::TeamEdit id /> }.into_any(),
            StaffScreen::LifeLines => view! { <lifelines::LifeLines /> }.into_any(),
            StaffScreen::Referrals => view! { <referrals::Referrals /> }.into_any(),
            StaffScreen::Notifications => view! { <notifications::Notifications /> }.into_any(),
            // Only an admin's tabs lead here; anyone else who got here sees nothing (and the API refuses them).
            StaffScreen::Admin => match staff.user.get().map(|u| u.role) {
                Some(Role::Admin) => view! { <admin::Admin /> }.into_any(),
                _ => view! { <main id="admin-refused"><p>{t!("error-forbidden")}</p></main> }.into_any(),
            },
        }}
    }
}
