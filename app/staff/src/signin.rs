//! Sign in with email and password.

use api_types::manage::LoginInput;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::auth;
use ruta_ui::i18n::tx;

use super::{StaffScreen, use_staff};

/// The sign-in form.
#[component]
pub fn SignIn() -> impl IntoView {
    let staff = use_staff();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let input = LoginInput {
            email: email.get_untracked(),
            password: password.get_untracked(),
        };
        spawn_local(async move {
            match auth::login(&input).await {
                Ok(user) => {
                    password.set(String::new());
                    let home = StaffScreen::home(&user);
                    staff.user.set(Some(user));
                    staff.go(home);
                }
                Err(failure) => staff.failed(&failure),
            }
            busy.set(false);
        });
    };
    view! {
        <main id="sign-in">
            <h1 tabindex="-1">{tx!("staff-sign-in-heading")}</h1>
            <p>{tx!("staff-sign-in-intro")}</p>
            <form on:submit=submit>
                <label for="email">{tx!("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required
                    bind:value=email />
                <label for="password">{tx!("staff-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                    bind:value=password />
                <button type="submit" class="primary" prop:disabled=move || busy.get()>{tx!("staff-sign-in")}</button>
            </form>
        </main>
    }
}
