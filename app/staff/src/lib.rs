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

    /// `draw`, drawn again when the language changes (as well as when what it reads does).
    pub fn in_language<V>(
        self,
        draw: impl Fn() -> V + Send + Sync + 'static,
    ) -> impl Fn() -> V + Send + Sync + 'static {
        move || {
            self.locale.track();
            draw()
        }
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

/// An edit form's saves: `busy` while one runs (the save button is disabled), `changed` once one was refused
/// because someone else saved the record since this form read it, and the entity tag of the version the form
/// shows, which a save sends back.
#[derive(Debug, Clone, Copy)]
pub struct Saving {
    pub busy: RwSignal<bool>,
    pub changed: RwSignal<bool>,
    pub etag: StoredValue<Option<String>>,
    staff: Staff,
}

impl Saving {
    /// A form showing the version with entity tag `etag`.
    pub fn new(etag: Option<String>) -> Self {
        Self {
            busy: RwSignal::new(false),
            changed: RwSignal::new(false),
            etag: StoredValue::new(etag),
            staff: use_staff(),
        }
    }

    /// Runs `save` and hands its answer to `done`. A save refused as changed elsewhere sets `changed`; one
    /// refused with a code in `field_codes` and a field goes to `wrong_field` (for the form to point at it); any
    /// other failure to the status line.
    pub fn run<T, Fut>(
        self,
        save: Fut,
        done: impl FnOnce(T) + 'static,
        field_codes: &'static [ErrorCode],
        wrong_field: impl FnOnce(String) + 'static,
    ) where
        Fut: Future<Output = Result<T, ApiFailure>> + 'static,
    {
        let staff = self.staff;
        self.busy.set(true);
        self.changed.set(false);
        spawn_local(async move {
            let answer = save.await;
            self.busy.set(false);
            match answer {
                Ok(saved) => done(saved),
                Err(failure) if changed_elsewhere(&failure) => self.changed.set(true),
                Err(ApiFailure::Api {
                    code,
                    field: Some(field),
                }) if field_codes.contains(&code) => wrong_field(field),
                Err(failure) => staff.failed(&failure),
            }
        });
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

/// What a screen shows, read as it opens: `None` until `read` answers; a failure goes to the status line (a lost
/// session back to the sign-in form). The function returned reads it again (a refresh button, or after a change).
pub fn read_on_open<T, F, Fut>(read: F) -> (RwSignal<Option<T>>, impl Fn() + Copy + Send + Sync + 'static)
where
    T: Send + Sync + 'static,
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let staff = use_staff();
    let shown = RwSignal::new(None);
    let load = move || {
        spawn_local(async move {
            match read().await {
                Ok(answer) => shown.set(Some(answer)),
                Err(failure) => staff.failed(&failure),
            }
        });
    };
    load();
    (shown, load)
}

/// A screen opened from another: the way back to it (`back`, the button saying `back_label`), its heading, then
/// what it shows.
#[component]
pub fn Subscreen(
    id: &'static str,
    back: StaffScreen,
    back_label: impl Fn() -> String + Send + Sync + 'static,
    heading: impl Fn() -> String + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    let staff = use_staff();
    view! {
        <main id=id>
            <button type="button" class="link back" on:click=move |_| staff.go(back)>{back_label}</button>
            <h1 tabindex="-1">{heading}</h1>
            {children()}
        </main>
    }
}

/// A table's header row: a column heading for each message id in `columns`.
pub fn column_heads(columns: &'static [&'static str]) -> impl IntoView + use<> {
    let cells = columns
        .iter()
        .map(|&id| view! { <th scope="col">{i18n::text(id)}</th> })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// The items of a list a screen read (`read`), each drawn by `item` in the interface language: nothing until the
/// list comes, and the line `<p id=empty_id>` saying `none` when it is empty; drawn again when either changes.
pub fn items_or_none<T, V>(
    read: impl Into<Signal<Option<Vec<T>>>>,
    empty_id: &'static str,
    none: impl Fn() -> String + Send + Sync + 'static,
    item: impl Fn(T, Lang) -> V + Send + Sync + 'static,
) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let staff = use_staff();
    let read = read.into();
    move || {
        let lang = staff.locale.get();
        let all = read.get()?;
        if all.is_empty() {
            return Some(view! { <p id=empty_id>{none()}</p> }.into_any());
        }
        Some(
            all.into_iter()
                .map(|one| item(one, lang))
                .collect_view()
                .into_any(),
        )
    }
}

/// Each of `items` in words, separated by commas: "video, phone".
pub fn comma_list<T>(items: &[T], word: impl Fn(&T) -> String) -> String {
    items.iter().map(word).collect::<Vec<_>>().join(", ")
}

/// A part of a screen under its own heading, the `<h2 id=heading_id>` that names the section.
#[component]
pub fn Part(
    #[prop(optional)] id: Option<&'static str>,
    heading_id: &'static str,
    heading: impl Fn() -> String + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <section id=id aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            {children()}
        </section>
    }
}

/// The button that reads a list again.
#[component]
pub fn Refresh(id: &'static str, on_refresh: impl Fn() + 'static) -> impl IntoView {
    view! {
        <button type="button" id=id class="secondary" on:click=move |_| on_refresh()>{tx!("staff-sessions-refresh")}</button>
    }
}

/// The staff state from context.
pub fn use_staff() -> Staff {
    use_context::<Staff>().unwrap_or_else(|| Staff::new(Lang::Es))
}

/// The screens an account's role opens, as tabs, in the order they show.
fn tabs(role: Role) -> &'static [StaffScreen] {
    use StaffScreen::*;
    match role {
        Role::Admin => &[
            Listings,
            Team,
            Console,
            Referrals,
            Notifications,
            Coverage,
            LifeLines,
            Admin,
        ],
        Role::Operator => &[Console, Referrals, Coverage],
        Role::Counsellor => &[Sessions, Availability],
        Role::NgoEditor => &[Listings, Referrals, Notifications, Team],
    }
}

/// A tab's button id and label; `None` for a screen reached from another screen, never from a tab.
fn tab(screen: StaffScreen) -> Option<(&'static str, impl Fn() -> String + Copy + Send + Sync + 'static)> {
    let tab = match screen {
        StaffScreen::Listings => ("nav-listings", tx!("staff-nav-listings")),
        StaffScreen::Team => ("nav-team", tx!("staff-nav-team")),
        StaffScreen::Console => ("nav-console", tx!("staff-nav-console")),
        StaffScreen::Referrals => ("nav-referrals", tx!("staff-nav-referrals")),
        StaffScreen::Notifications => ("nav-notifications", tx!("staff-nav-notifications")),
        StaffScreen::Coverage => ("nav-coverage", tx!("staff-nav-coverage")),
        StaffScreen::LifeLines => ("nav-lifelines", tx!("staff-nav-lifelines")),
        StaffScreen::Admin => ("nav-admin", tx!("staff-nav-admin")),
        StaffScreen::Sessions => ("nav-sessions", tx!("staff-nav-sessions")),
        StaffScreen::Availability => ("nav-availability", tx!("staff-nav-availability")),
        StaffScreen::Loading
        | StaffScreen::SignIn
        | StaffScreen::Edit(_)
        | StaffScreen::History(_)
        | StaffScreen::Reports
        | StaffScreen::Import
        | StaffScreen::TeamEdit(_) => return None,
    };
    Some(tab)
}

/// The screens an account's role opens, as tabs.
#[component]
fn StaffNav(role: Role) -> impl IntoView {
    let staff = use_staff();
    let buttons = tabs(role)
        .iter()
        .filter_map(|&screen| {
            let (id, label) = tab(screen)?;
            Some(view! {
                <button type="button" id=id class="tab"
                    aria-current=move || (staff.screen.get() == screen).then_some("page")
                    on:click=move |_| staff.go(screen)>
                    {label}
                </button>
            })
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

#[cfg(test)]
mod tests {
    #[test]
    fn every_column_heading_is_a_staff_message() {
        let spanish = ruta_ui::i18n::messages::STAFF
            .iter()
            .find(|(tag, _)| *tag == "es")
            .map(|(_, messages)| *messages)
            .unwrap_or_default();
        let columns = [
            &crate::coverage::AREA_COLUMNS[..],
            &crate::coverage::FARTHEST_COLUMNS,
            &crate::coverage::COUNTS_COLUMNS,
            &crate::import::COLUMNS,
        ];
        for id in columns.concat() {
            assert!(spanish.iter().any(|(message, _)| *message == id), "{id}");
        }
    }
}
