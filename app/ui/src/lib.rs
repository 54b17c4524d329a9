//! What Ruta's three app bundles share: the survivor app (`ruta-app`), the booking screens it loads on demand
//! (`ruta-book`) and the staff screens (`ruta-staff`) each are a thin crate over this one.
//!
//! The modules depend on each other one way only:
//! `lang` ← `format` ← `intl` ← `i18n`, and `api` ← `state` ← `components` (which also use `i18n`).
//! Nothing here starts a bundle or mounts a screen: a bundle's own code does, and whatever one bundle does not
//! call stays out of its wasm.
//!
//! The booking bundle's mount contract (how the survivor app loads and mounts it) is in [`booking`].

pub mod api;
pub mod booking;
pub mod components;
pub mod format;
pub mod i18n;
pub mod intl;
pub mod lang;
pub mod safety;
pub mod state;
