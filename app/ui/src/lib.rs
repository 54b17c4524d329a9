//! What Ruta's three app bundles share: the survivor app (`ruta-app`), the booking screens it loads on demand
//! (`ruta-book`) and the staff screens (`ruta-staff`) each are a thin crate over this one.
//!
//! The modules depend on each other one way only, from the leaves up:
//! - `lang` (the languages) and `format` (pure formatting, tested natively) depend on nothing here;
//! - `intl` (the browser's `Intl`) on `lang` and `format`; `safety` on `lang` and `format`;
//! - `api` (the typed client) on `format`; `state` on `api` and `lang`;
//! - `i18n` (messages, `t!`) on `lang`, `format`, `intl` and `api` (to word a failure);
//! - `components` on all of them; `booking` (the mount contract) on `lang`.
//!
//! Nothing here starts a bundle or mounts a screen: a bundle's own code does, and whatever one bundle does not
//! call stays out of its wasm.
//!
//! The names in the booking bundle's mount contract are in [`booking`]; the contract is described once, in
//! `app/book/src/lib.rs`.

pub mod api;
pub mod booking;
pub mod components;
pub mod format;
pub mod i18n;
pub mod intl;
pub mod lang;
pub mod safety;
pub mod state;
