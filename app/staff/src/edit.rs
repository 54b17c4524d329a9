//! The listing form: names and descriptions in several languages, what, for whom, how, hours, phones, place.
//! Works on a phone: one column, native inputs. The server checks everything and names the field at fault; a
//! rejected save changes nothing.

use std::collections::BTreeMap;

use api_types::manage::ServiceRecord;
use api_types::{Capacity, Cost, DeliveryMode, ErrorCode, Population, ServiceKind, ServiceStatus, Weekday};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use ruta_ui::api::{Tagged, manage};
use ruta_ui::i18n::{
    capacity_name, cost_name, delivery_name, kind_name, population_name, t, tx, weekday_name,
};
use serde::Serialize;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use super::{ChangedElsewhere, Saving, StaffScreen, Subscreen, comma_list, editable_record, use_staff};

const DAYS: [Weekday; 7] = Weekday::ALL;

/// A number if it reads as one, else the text as typed (the server then names the field).
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
enum NumberOrText {
    Number(f64),
    Text(String),
}

#[derive(Debug, Clone, Serialize)]
struct PhoneForm {
    number: String,
    channels: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct IntervalForm {
    day: String,
    opens: String,
    closes: String,
}

#[derive(Debug, Clone, Serialize)]
struct HoursForm {
    timezone: String,
    always_open: bool,
    intervals: Vec<IntervalForm>,
}

#[derive(Debug, Clone, Serialize)]
struct LocationForm {
    lat: NumberOrText,
    lon: NumberOrText,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_code: Option<String>,
    country: String,
}

#[derive(Debug, Clone, Serialize)]
struct AreaForm {
    countries: Vec<String>,
    regions: Vec<String>,
}

/// What the form sends: the shape of `ServiceInput`, with text where a person types.
#[derive(Debug, Clone, Serialize)]
struct FormInput {
    names: BTreeMap<String, String>,
    descriptions: BTreeMap<String, String>,
    kinds: Vec<String>,
    populations: Vec<String>,
    languages: Vec<String>,
    cost: String,
    delivery: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours: Option<HoursForm>,
    phones: Vec<PhoneForm>,
    area: AreaForm,
    status: String,
    capacity: String,
    confidential: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<LocationForm>,
    /// The form shows every branch, so what it sends is the whole list (a row left empty removes one).
    other_locations: Vec<LocationForm>,
    country: String,
    details: api_types::ServiceDetails,
}

/// Reads a form's fields.
pub(crate) struct Fields(pub(crate) web_sys::FormData);

impl Fields {
    pub(super) fn text(&self, name: &str) -> String {
        self.0
            .get(name)
            .as_string()
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    }
    pub(super) fn optional(&self, name: &str) -> Option<String> {
        Some(self.text(name)).filter(|s| !s.is_empty())
    }
    pub(super) fn all(&self, name: &str) -> Vec<String> {
        self.0
            .get_all(name)
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    }
    pub(super) fn list(&self, name: &str) -> Vec<String> {
        self.text(name)
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
    pub(super) fn checked(&self, name: &str) -> bool {
        self.0.has(name)
    }
}

fn number(text: String) -> NumberOrText {
    text.replace(',', ".")
        .parse::<f64>()
        .map(NumberOrText::Number)
        .unwrap_or(NumberOrText::Text(text))
}

/// Rows of a per-language text: `{prefix}-lang-{i}` and `{prefix}-text-{i}`.
fn texts(fields: &Fields, prefix: &str, rows: usize) -> BTreeMap<String, String> {
    (0..rows)
        .filter_map(|i| {
            let lang = fields.text(&format!("{prefix}-lang-{i}"));
            let text = fields.text(&format!("{prefix}-text-{i}"));
            (!lang.is_empty() && !text.is_empty()).then_some((lang, text))
        })
        .collect()
}

fn read_form(form: &web_sys::HtmlFormElement, rows: Rows) -> Option<FormInput> {
    let fields = Fields(web_sys::FormData::new_with_form(form).ok()?);
    let phones = (0..rows.phones)
        .filter_map(|i| {
            let number = fields.text(&format!("phone-{i}"));
            (!number.is_empty()).then(|| PhoneForm {
                number,
                channels: fields.all(&format!("phone-{i}-channel")),
                label: fields.optional(&format!("phone-{i}-label")),
            })
        })
        .collect();
    let intervals: Vec<IntervalForm> = (0..rows.hours)
        .filter_map(|i| {
            let opens = fields.text(&format!("opens-{i}"));
            let closes = fields.text(&format!("closes-{i}"));
            (!opens.is_empty() || !closes.is_empty()).then(|| IntervalForm {
                day: fields.text(&format!("day-{i}")),
                opens,
                closes,
            })
        })
        .collect();
    let always_open = fields.checked("always-open");
    let timezone = fields.text("timezone");
    let hours = (always_open || !intervals.is_empty() || !timezone.is_empty()).then_some(HoursForm {
        timezone,
        always_open,
        intervals,
    });
    let place = |prefix: &str, country: String| {
        let lat = fields.text(&format!("{prefix}lat"));
        let lon = fields.text(&format!("{prefix}lon"));
        (!lat.is_empty() || !lon.is_empty()).then(|| LocationForm {
            lat: number(lat),
            lon: number(lon),
            address: fields.optional(&format!("{prefix}address")),
            locality: fields.optional(&format!("{prefix}locality")),
            region: fields.optional(&format!("{prefix}region")),
            postal_code: fields.optional(&format!("{prefix}postal-code")),
            country: country.to_uppercase(),
        })
    };
    let location = place("", fields.text("country"));
    let other_locations = (0..rows.branches)
        .filter_map(|i| {
            let country = fields
                .optional(&format!("branch-{i}-country"))
                .unwrap_or_else(|| fields.text("country"));
            place(&format!("branch-{i}-"), country)
        })
        .collect();
    Some(FormInput {
        names: texts(&fields, "name", rows.names),
        descriptions: texts(&fields, "description", rows.names),
        kinds: fields.all("kind"),
        populations: fields.all("population"),
        languages: fields.list("languages"),
        cost: fields.text("cost"),
        delivery: fields.all("delivery"),
        hours,
        phones,
        area: AreaForm {
            countries: fields
                .list("area-countries")
                .into_iter()
                .map(|c| c.to_uppercase())
                .collect(),
            regions: fields
                .list("area-regions")
                .into_iter()
                .map(|c| c.to_uppercase())
                .collect(),
        },
        status: fields.text("status"),
        capacity: fields.text("capacity"),
        confidential: fields.checked("confidential"),
        location,
        other_locations,
        country: fields.text("country").to_uppercase(),
        details: api_types::ServiceDetails {
            alternate_name: fields.optional("alternate-name"),
            application_process: fields.optional("application-process"),
            eligibility: fields.optional("eligibility"),
            fees: fields.optional("fees"),
            url: fields.optional("service-url"),
        },
    })
}

/// How many rows of each repeated part the form has (the existing ones plus room to add).
#[derive(Debug, Clone, Copy)]
struct Rows {
    names: usize,
    phones: usize,
    hours: usize,
    /// Other locations: the stored ones and one empty to add.
    branches: usize,
}

/// The label of a field path from the API (`phones[0].number` → "Phones"), for the error line.
pub(super) fn field_label(path: &str) -> String {
    let top = path.split(['.', '[']).next().unwrap_or(path);
    match top {
        "names" => t!("staff-names"),
        "descriptions" => t!("staff-descriptions"),
        "kinds" => t!("filter-kind"),
        "populations" => t!("service-populations"),
        "languages" => t!("service-languages"),
        "cost" => t!("service-cost"),
        "delivery" => t!("service-delivery"),
        "hours" => t!("service-hours"),
        "phones" => t!("service-contact-heading"),
        "location" | "confidential" => t!("service-location"),
        "other_locations" => t!("staff-other-locations"),
        "area" => t!("staff-area"),
        "country" => t!("staff-country"),
        "status" => t!("staff-status"),
        "capacity" | "capacity_updated_at" => t!("service-capacity"),
        "details" => t!("staff-details"),
        "last_verified_at" => t!("staff-action-verify"),
        _ => t!("staff-form"),
    }
}

fn checkbox(name: &'static str, value: &'static str, label: String, checked: bool) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" name=name value=value checked=checked />
            {label}
        </label>
    }
}

/// The edit screen for `id`, or a new listing.
#[component]
pub fn Edit(id: Option<Uuid>) -> impl IntoView {
    // The listing with its entity tag, which the save sends back: a change someone else saved since is never
    // overwritten (the save is refused and the screen offers to read the listing again).
    let (record, on_reload) = editable_record(id, manage::read_service);
    view! {
        <Subscreen id="staff-edit" back=StaffScreen::Listings back_label=tx!("staff-back")
            heading=move || if id.is_some() { t!("staff-edit-heading") } else { t!("staff-new-heading") }>
            {move || record.get().map(|r| view! { <EditForm id record=r on_reload /> })}
        </Subscreen>
    }
}

#[component]
fn EditForm(
    id: Option<Uuid>,
    record: Option<Tagged<ServiceRecord>>,
    on_reload: Callback<()>,
) -> impl IntoView {
    let staff = use_staff();
    let form_ref = NodeRef::<html::Form>::new();
    let error_field = RwSignal::new(None::<String>);
    let saving = Saving::new(record.as_ref().and_then(|r| r.etag.clone()));
    let Saving {
        busy, changed, etag, ..
    } = saving;
    let record = record.map(|r| r.value);
    let input = record.as_ref().map(|r| r.input.clone());
    let mut names: Vec<(String, String, String)> = Vec::new();
    if let Some(input) = &input {
        let mut langs: Vec<&String> = input.names.keys().chain(input.descriptions.keys()).collect();
        langs.sort();
        langs.dedup();
        for lang in langs {
            names.push((
                lang.clone(),
                input.names.get(lang).cloned().unwrap_or_default(),
                input.descriptions.get(lang).cloned().unwrap_or_default(),
            ));
        }
    }
    if names.is_empty() {
        names.push(("es".to_owned(), String::new(), String::new()));
    }
    names.push((String::new(), String::new(), String::new()));
    let phones = input.as_ref().map(|i| i.phones.clone()).unwrap_or_default();
    let intervals = input
        .as_ref()
        .and_then(|i| i.hours.as_ref())
        .map(|h| h.intervals.clone())
        .unwrap_or_default();
    let branches = input
        .as_ref()
        .and_then(|i| i.other_locations.clone())
        .unwrap_or_default();
    let rows = Rows {
        names: names.len(),
        phones: phones.len() + 1,
        hours: intervals.len() + 2,
        branches: branches.len() + 1,
    };
    let has = |f: &dyn Fn(&api_types::manage::ServiceInput) -> bool| input.as_ref().is_some_and(f);

    let name_rows = names
        .into_iter()
        .enumerate()
        .map(|(i, (lang, name, description))| {
            view! {
                <fieldset class="translation">
                    <legend>{t!("staff-translation", number = i + 1)}</legend>
                    <label for=format!("name-lang-{i}")>{tx!("staff-language-code")}</label>
                    <input id=format!("name-lang-{i}") name=format!("name-lang-{i}") value=lang.clone() size="6" autocomplete="off" />
                    <label for=format!("name-text-{i}")>{tx!("staff-name")}</label>
                    <input id=format!("name-text-{i}") name=format!("name-text-{i}") value=name />
                    <input type="hidden" name=format!("description-lang-{i}") value=lang />
                    <label for=format!("description-text-{i}")>{tx!("staff-description")}</label>
                    <textarea id=format!("description-text-{i}") name=format!("description-text-{i}") rows="3">{description}</textarea>
                </fieldset>
            }
        })
        .collect_view();
    let kinds = ServiceKind::ALL
        .iter()
        .map(|k| checkbox("kind", k.as_str(), kind_name(*k), has(&|i| i.kinds.contains(k))))
        .collect_view();
    let populations = Population::ALL
        .iter()
        .map(|p| {
            checkbox(
                "population",
                p.as_str(),
                population_name(*p),
                has(&|i| i.populations.contains(p)),
            )
        })
        .collect_view();
    let delivery = DeliveryMode::ALL
        .iter()
        .map(|d| {
            checkbox(
                "delivery",
                d.as_str(),
                delivery_name(*d),
                has(&|i| i.delivery.contains(d)),
            )
        })
        .collect_view();
    let cost_now = input.as_ref().map_or(Cost::Free, |i| i.cost);
    let costs = Cost::ALL
        .iter()
        .map(|c| view! { <option value=c.as_str() selected=*c == cost_now>{cost_name(*c)}</option> })
        .collect_view();
    let capacity_now = input.as_ref().map_or(Capacity::Unknown, |i| i.capacity);
    let capacities = Capacity::ALL
        .iter()
        .map(|c| view! { <option value=c.as_str() selected=*c == capacity_now>{capacity_name(*c)}</option> })
        .collect_view();
    let status_now = input.as_ref().map_or(ServiceStatus::Active, |i| i.status);
    let statuses = [
        (ServiceStatus::Active, t!("staff-status-active")),
        (ServiceStatus::TemporarilyClosed, t!("status-temporarily_closed")),
        (ServiceStatus::Defunct, t!("staff-deactivated")),
    ]
    .into_iter()
    .map(|(s, label)| view! { <option value=s.as_str() selected=s == status_now>{label}</option> })
    .collect_view();
    let languages = input
        .as_ref()
        .map(|i| comma_list(&i.languages, |l| l.as_str().to_owned()))
        .unwrap_or_else(|| "es".to_owned());
    let phone_rows = (0..rows.phones)
        .map(|i| {
            let phone = phones.get(i);
            let number = phone.map(|p| p.number.as_str().to_owned()).unwrap_or_default();
            let label = phone.and_then(|p| p.label.clone()).unwrap_or_default();
            let channel = |value: &'static str, text: String| {
                let on = phone.is_some_and(|p| p.channels.iter().any(|c| c.as_str() == value))
                    || (phone.is_none() && value == "voice");
                view! {
                    <label class="check">
                        <input type="checkbox" name=format!("phone-{i}-channel") value=value checked=on />
                        {text}
                    </label>
                }
            };
            view! {
                <fieldset class="phone">
                    <legend>{t!("staff-phone", number = i + 1)}</legend>
                    <label for=format!("phone-{i}")>{tx!("staff-phone-number")}</label>
                    <input id=format!("phone-{i}") name=format!("phone-{i}") type="tel" inputmode="tel" value=number placeholder="+50400000000" />
                    {channel("voice", t!("staff-channel-voice"))}
                    {channel("sms", t!("staff-channel-sms"))}
                    {channel("whatsapp", t!("staff-channel-whatsapp"))}
                    <label for=format!("phone-{i}-label")>{tx!("staff-phone-label")}</label>
                    <input id=format!("phone-{i}-label") name=format!("phone-{i}-label") value=label />
                </fieldset>
            }
        })
        .collect_view();
    let hour_rows = (0..rows.hours)
        .map(|i| {
            let interval = intervals.get(i);
            let day_now = interval.map_or(Weekday::Mon, |h| h.day);
            let days = DAYS
                .iter()
                .map(|d| view! { <option value=d.as_str() selected=*d == day_now>{weekday_name(*d)}</option> })
                .collect_view();
            view! {
                <div class="interval">
                    <label for=format!("day-{i}") class="visually-hidden">{tx!("staff-day")}</label>
                    <select id=format!("day-{i}") name=format!("day-{i}")>{days}</select>
                    <label for=format!("opens-{i}") class="visually-hidden">{tx!("staff-opens")}</label>
                    <input id=format!("opens-{i}") name=format!("opens-{i}") type="time" value=interval.map(|h| h.opens.clone()).unwrap_or_default() />
                    <label for=format!("closes-{i}") class="visually-hidden">{tx!("staff-closes")}</label>
                    <input id=format!("closes-{i}") name=format!("closes-{i}") type="time" value=interval.map(|h| h.closes.clone()).unwrap_or_default() />
                </div>
            }
        })
        .collect_view();
    let branch_rows = (0..rows.branches)
        .map(|i| {
            let branch = branches.get(i);
            let text = |f: &dyn Fn(&api_types::manage::LocationInput) -> Option<String>| {
                branch.and_then(f).unwrap_or_default()
            };
            let coordinate = |v: f64| ruta_ui::format::fixed(v, 5);
            let id = |part: &str| format!("branch-{i}-{part}");
            view! {
                <fieldset class="branch">
                    <legend>{t!("staff-branch", number = i + 1)}</legend>
                    <label for=id("lat")>{tx!("staff-lat")}</label>
                    <input id=id("lat") name=id("lat") inputmode="decimal" value=branch.map(|l| coordinate(l.lat)).unwrap_or_default() />
                    <label for=id("lon")>{tx!("staff-lon")}</label>
                    <input id=id("lon") name=id("lon") inputmode="decimal" value=branch.map(|l| coordinate(l.lon)).unwrap_or_default() />
                    <label for=id("address")>{tx!("staff-address")}</label>
                    <input id=id("address") name=id("address") value=text(&|l| l.address.clone()) />
                    <label for=id("locality")>{tx!("staff-locality")}</label>
                    <input id=id("locality") name=id("locality") value=text(&|l| l.locality.clone()) />
                    <label for=id("region")>{tx!("staff-region")}</label>
                    <input id=id("region") name=id("region") value=text(&|l| l.region.clone()) />
                    <label for=id("postal-code")>{tx!("staff-postal-code")}</label>
                    <input id=id("postal-code") name=id("postal-code") value=text(&|l| l.postal_code.clone()) autocomplete="off" />
                    <label for=id("country")>{tx!("staff-country")}</label>
                    <input id=id("country") name=id("country") value=branch.map(|l| l.country.as_str().to_owned()).unwrap_or_default() maxlength="2" size="3" autocomplete="off" />
                </fieldset>
            }
        })
        .collect_view();
    let hours = input.as_ref().and_then(|i| i.hours.clone());
    let location = input.as_ref().and_then(|i| i.location.clone());
    let text_of = |f: &dyn Fn(&api_types::manage::LocationInput) -> Option<String>| {
        location.as_ref().and_then(f).unwrap_or_default()
    };
    let details = input.as_ref().and_then(|i| i.details.clone()).unwrap_or_default();
    let source_terms = record
        .as_ref()
        .map(|r| r.source_terms.clone())
        .unwrap_or_default();
    let source_terms = (!source_terms.is_empty()).then(|| {
        let items = source_terms
            .into_iter()
            .map(|t| {
                let of = [t.code, Some(t.taxonomy)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ");
                view! { <li>{t.name}" "<small>{of}</small></li> }
            })
            .collect_view();
        view! {
            <h3>{tx!("staff-source-terms")}</h3>
            <p class="hint">{tx!("staff-source-terms-hint")}</p>
            <ul id="source-terms">{items}</ul>
        }
    });
    let detail = |f: &dyn Fn(&api_types::ServiceDetails) -> Option<String>| f(&details).unwrap_or_default();
    let country = input
        .as_ref()
        .map(|i| i.country.as_str().to_owned())
        .unwrap_or_default();
    let area = input.as_ref().map(|i| i.area.clone()).unwrap_or_default();
    let area_countries: Vec<&str> = area.countries.iter().map(|c| c.as_str()).collect();
    let area_countries = area_countries.join(", ");
    let area_regions = area.regions.join(", ");

    let submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = form_ref.get_untracked() else {
            return;
        };
        let form: &web_sys::HtmlFormElement = form.unchecked_ref();
        let Some(data) = read_form(form, rows) else { return };
        error_field.set(None);
        let save = async move {
            match id {
                Some(id) => manage::update_service(id, &data, etag.get_value().as_deref())
                    .await
                    .map(|_| ()),
                None => manage::create_service(&data).await.map(|_| ()),
            }
        };
        let done = move |()| {
            staff.go(StaffScreen::Listings);
            staff.notice.set(Some(t!("staff-saved")));
        };
        saving.run(save, done, &[ErrorCode::InvalidField], move |field| {
            staff
                .notice
                .set(Some(t!("error-invalid_field", field = field_label(&field))));
            error_field.set(Some(field));
        });
    };

    view! {
        <form id="listing-form" node_ref=form_ref on:submit=submit novalidate>
            <p id="form-error" class="form-error" role="alert">
                {move || error_field.get().map(|f| t!("error-invalid_field", field = field_label(&f)))}
            </p>
            <h2>{tx!("staff-names")}</h2>
            <p class="hint">{tx!("staff-names-hint")}</p>
            {name_rows}
            <fieldset>
                <legend>{tx!("filter-kind")}</legend>
                {kinds}
            </fieldset>
            <fieldset>
                <legend>{tx!("service-populations")}</legend>
                <p class="hint">{tx!("staff-populations-hint")}</p>
                {populations}
            </fieldset>
            <label for="languages">{tx!("service-languages")}</label>
            <p class="hint">{tx!("staff-languages-hint")}</p>
            <input id="languages" name="languages" value=languages autocomplete="off" />
            <label for="cost">{tx!("service-cost")}</label>
            <select id="cost" name="cost">{costs}</select>
            <fieldset>
                <legend>{tx!("service-delivery")}</legend>
                {delivery}
            </fieldset>
            <h2>{tx!("service-contact-heading")}</h2>
            {phone_rows}
            <h2>{tx!("service-hours")}</h2>
            <label for="timezone">{tx!("staff-timezone")}</label>
            <input id="timezone" name="timezone" value=hours.as_ref().map(|h| h.timezone.clone()).unwrap_or_default() placeholder="America/Tegucigalpa" autocomplete="off" />
            <label class="check">
                <input type="checkbox" name="always-open" checked=hours.as_ref().is_some_and(|h| h.always_open) />
                {tx!("hours-always")}
            </label>
            {hour_rows}
            <h2>{tx!("service-location")}</h2>
            <label for="lat">{tx!("staff-lat")}</label>
            <input id="lat" name="lat" inputmode="decimal" value=location.as_ref().map(|l| ruta_ui::format::fixed(l.lat, 5)).unwrap_or_default() />
            <label for="lon">{tx!("staff-lon")}</label>
            <input id="lon" name="lon" inputmode="decimal" value=location.as_ref().map(|l| ruta_ui::format::fixed(l.lon, 5)).unwrap_or_default() />
            <label for="address">{tx!("staff-address")}</label>
            <input id="address" name="address" value=text_of(&|l| l.address.clone()) />
            <label for="locality">{tx!("staff-locality")}</label>
            <input id="locality" name="locality" value=text_of(&|l| l.locality.clone()) />
            <label for="region">{tx!("staff-region")}</label>
            <input id="region" name="region" value=text_of(&|l| l.region.clone()) />
            <label for="postal-code">{tx!("staff-postal-code")}</label>
            <input id="postal-code" name="postal-code" value=text_of(&|l| l.postal_code.clone()) autocomplete="off" />
            <label for="country">{tx!("staff-country")}</label>
            <input id="country" name="country" value=country maxlength="2" size="3" autocomplete="off" placeholder="HN" />
            <label class="check">
                <input type="checkbox" name="confidential" checked=input.as_ref().is_some_and(|i| i.confidential) />
                {tx!("staff-confidential-check")}
            </label>
            <h2>{tx!("staff-other-locations")}</h2>
            <p class="hint">{tx!("staff-other-locations-hint")}</p>
            {branch_rows}
            <h2>{tx!("staff-area")}</h2>
            <p class="hint">{tx!("staff-area-hint")}</p>
            <label for="area-countries">{tx!("staff-area-countries")}</label>
            <input id="area-countries" name="area-countries" value=area_countries autocomplete="off" />
            <label for="area-regions">{tx!("staff-area-regions")}</label>
            <input id="area-regions" name="area-regions" value=area_regions autocomplete="off" />
            <h2>{tx!("staff-details")}</h2>
            <p class="hint">{tx!("staff-details-hint")}</p>
            <label for="alternate-name">{tx!("staff-alternate-name")}</label>
            <input id="alternate-name" name="alternate-name" value=detail(&|d| d.alternate_name.clone()) />
            <label for="application-process">{tx!("service-apply")}</label>
            <textarea id="application-process" name="application-process" rows="3">{detail(&|d| d.application_process.clone())}</textarea>
            <label for="eligibility">{tx!("staff-eligibility")}</label>
            <textarea id="eligibility" name="eligibility" rows="2">{detail(&|d| d.eligibility.clone())}</textarea>
            <label for="fees">{tx!("staff-fees")}</label>
            <input id="fees" name="fees" value=detail(&|d| d.fees.clone()) />
            <label for="service-url">{tx!("staff-service-url")}</label>
            <input id="service-url" name="service-url" type="url" inputmode="url" value=detail(&|d| d.url.clone()) placeholder="https://" />
            {source_terms}
            <h2>{tx!("staff-status")}</h2>
            <label for="status">{tx!("staff-status")}</label>
            <select id="status" name="status">{statuses}</select>
            <label for="capacity">{tx!("service-capacity")}</label>
            <select id="capacity" name="capacity">{capacities}</select>
            {move || changed.get().then(|| view! { <ChangedElsewhere message=t!("staff-changed-listing") on_reload /> })}
            <button type="submit" class="primary" prop:disabled=move || busy.get() || changed.get()>{tx!("staff-save")}</button>
        </form>
    }
}
