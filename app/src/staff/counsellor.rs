//! A counsellor's screens (being built).

use leptos::prelude::*;

/// Requests and upcoming sessions.
#[component]
pub fn Sessions() -> impl IntoView {
    view! { <main id="sessions"></main> }
}

/// Weekly availability and time off.
#[component]
pub fn Availability() -> impl IntoView {
    view! { <main id="availability"></main> }
}
