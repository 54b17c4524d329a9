//! The coverage-gap report (being built).

use leptos::prelude::*;

/// The coverage screen.
#[component]
pub fn Coverage() -> impl IntoView {
    view! { <main id="coverage"></main> }
}
