//! Both sides of the booking bundle's mount contract, as the survivor app and the booking bundle name it.
//! The contract itself (who defines what, and when) is described once, in `app/book/src/lib.rs`.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::lang::Lang;

/// `window.rutaBooking(root, lang, entry)`: defined by the survivor app's boot script (scripts/build-app.sh),
/// which knows the booking bundle's content-hashed file names; fetches the bundle once and calls its
/// `mount_booking(root, lang, entry)`.
pub const LOADER: &str = "rutaBooking";

/// The window event the booking screens send for "back to the start"; the survivor app shows its home screen.
pub const HOME_EVENT: &str = "ruta-home";

/// The screen the booking screens open on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Counsellors who take remote sessions: `counsellors`.
    Counsellors,
    /// "My booking", opened with its reference and secret: `my-booking`.
    MyBooking,
}

impl Entry {
    /// The `entry` argument's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Entry::Counsellors => "counsellors",
            Entry::MyBooking => "my-booking",
        }
    }

    /// From the `entry` argument: `my-booking`, else the counsellors.
    pub fn from_arg(entry: &str) -> Self {
        if entry == Entry::MyBooking.as_str() {
            Entry::MyBooking
        } else {
            Entry::Counsellors
        }
    }
}

/// The survivor app's side: loads the booking bundle (through [`LOADER`]) and mounts it into `root` at `entry`.
pub async fn open(root: &web_sys::HtmlElement, lang: Lang, entry: Entry) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let load: Function = Reflect::get(&window, &JsValue::from_str(LOADER))?.dyn_into()?;
    let promise: Promise = load
        .call3(
            &JsValue::NULL,
            root,
            &JsValue::from_str(lang.tag()),
            &JsValue::from_str(entry.as_str()),
        )?
        .dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

/// The booking bundle's side: asks the survivor app for its home screen ([`HOME_EVENT`]).
pub fn go_home() {
    if let Some(window) = web_sys::window()
        && let Ok(event) = web_sys::Event::new(HOME_EVENT)
    {
        let _ = window.dispatch_event(&event);
    }
}
