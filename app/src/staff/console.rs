//! The hotline operator's console (being built).

use leptos::prelude::*;

/// The console screen.
#[component]
pub fn Console() -> impl IntoView {
    view! { <main id="console"></main> }
}
