//! Both sides of the booking bundle's mount contract, as the survivor app and the booking bundle name it.
//! The contract itself (who defines what, and when) is described once, in `app/book/src/lib.rs`.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use api_types::CountryCode;
use uuid::Uuid;

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
    /// Counsellors who take remote sessions: `counsellors`, or `counsellors?organization={uuid}&country={XX}`.
    Counsellors {
        /// Only this organisation's (booking from one of its services' pages), until the person asks for all.
        organization: Option<Uuid>,
        /// The person's country (of their last search): its counsellors first, and the country of a phone
        /// number they leave.
        country: Option<CountryCode>,
    },
    /// "My booking", opened with its reference and secret: `my-booking`.
    MyBooking,
}

const COUNSELLORS: &str = "counsellors";
const MY_BOOKING: &str = "my-booking";

impl Entry {
    /// The `entry` argument's value.
    pub fn to_arg(self) -> String {
        match self {
            Entry::MyBooking => MY_BOOKING.to_owned(),
            Entry::Counsellors {
                organization,
                country,
            } => {
                let mut params = Vec::new();
                if let Some(organization) = organization {
                    params.push(format!("organization={organization}"));
                }
                if let Some(country) = country {
                    params.push(format!("country={}", country.as_str()));
                }
                if params.is_empty() {
                    COUNSELLORS.to_owned()
                } else {
                    format!("{COUNSELLORS}?{}", params.join("&"))
                }
            }
        }
    }

    /// From the `entry` argument: `my-booking`, else the counsellors (parameters that do not parse are left out).
    pub fn from_arg(entry: &str) -> Self {
        if entry == MY_BOOKING {
            return Entry::MyBooking;
        }
        let query = entry.split_once('?').map_or("", |(_, q)| q);
        let param = |name: &str| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value)
        };
        Entry::Counsellors {
            organization: param("organization").and_then(|v| Uuid::parse_str(v).ok()),
            country: param("country").and_then(|v| CountryCode::parse(v).ok()),
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
            &JsValue::from_str(&entry.to_arg()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_survives_the_trip_through_its_argument() {
        let organization = Some(Uuid::from_u128(7));
        for entry in [
            Entry::MyBooking,
            Entry::Counsellors {
                organization: None,
                country: None,
            },
            Entry::Counsellors {
                organization,
                country: CountryCode::parse("PE").ok(),
            },
            Entry::Counsellors {
                organization: None,
                country: CountryCode::parse("HT").ok(),
            },
        ] {
            assert_eq!(Entry::from_arg(&entry.to_arg()), entry);
        }
        assert_eq!(
            Entry::from_arg("counsellors?organization=nonsense&country=XYZ"),
            Entry::Counsellors {
                organization: None,
                country: None
            }
        );
    }
}
