//! What the app holds in memory: the screen, the search, what the API said. Nothing here is ever written to
//! the URL, the history or storage, so Back and a reload reveal nothing.

use std::collections::BTreeSet;

use api_types::booking::{BookingView, CounsellorView};
use api_types::{CountryInfo, Population, SearchResponse, ServiceKind};
use leptos::prelude::*;
use uuid::Uuid;

use crate::api::ApiFailure;
use crate::format::coordinate_param;
use crate::i18n::Lang;

/// The screens. Navigation sets this signal; it never touches `location` or `history`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Search by town or location, language, privacy.
    Home,
    /// Help near the chosen place.
    Results,
    /// One service in full.
    Service(Uuid),
    /// Counsellors who take remote sessions, with filters.
    Counsellors,
    /// Choosing a time with a counsellor (and, for a new booking, the form).
    #[cfg_attr(
        not(feature = "book"),
        expect(dead_code, reason = "only the booking bundle opens these screens")
    )]
    Book {
        /// The counsellor.
        counsellor: Uuid,
        /// New booking, the same counsellor again, or moving the held booking.
        mode: BookMode,
    },
    /// The booking just made: reference, secret, calendar file, what happens next.
    #[cfg_attr(
        not(feature = "book"),
        expect(dead_code, reason = "only the booking bundle opens these screens")
    )]
    Booked,
    /// "My booking": look one up with its reference and secret; status, cancel, move, book again.
    MyBooking,
}

/// Why a time is being chosen.
#[cfg_attr(
    not(feature = "book"),
    expect(dead_code, reason = "only the booking bundle books")
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookMode {
    /// A first booking.
    New,
    /// Another session with the counsellor of the held booking (the reference links them).
    Again,
    /// Moving the held booking to another time.
    Reschedule,
}

/// A booking this page knows the secret of. Memory only: gone with a reload or the quick exit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBooking {
    /// What the server says about it.
    pub booking: BookingView,
    /// The secret that opens it.
    pub secret: String,
}

/// Where to search from.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchOrigin {
    /// A gazetteer place picked from the suggestions.
    Place {
        /// GeoNames id.
        id: u32,
        /// Its name, for the heading until the answer arrives.
        name: String,
    },
    /// The phone's location, already rounded to 2 decimals.
    Point {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        lon: f64,
    },
}

/// How help is given, as the filter offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeliveryFilter {
    /// No filter.
    #[default]
    Any,
    /// Premises to go to.
    InPerson,
    /// Phone, video or chat.
    Remote,
}

impl DeliveryFilter {
    /// The `<select>` value and the API's `delivery` value (`""` for any).
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryFilter::Any => "",
            DeliveryFilter::InPerson => "in_person",
            DeliveryFilter::Remote => "remote",
        }
    }

    /// From the `<select>` value.
    pub fn from_value(value: &str) -> Self {
        match value {
            "in_person" => DeliveryFilter::InPerson,
            "remote" => DeliveryFilter::Remote,
            _ => DeliveryFilter::Any,
        }
    }
}

/// The results' filters. Several kinds (or populations) mean "any of them"; different filters combine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Kinds of service.
    pub kinds: BTreeSet<ServiceKind>,
    /// Who it is for.
    pub populations: BTreeSet<Population>,
    /// A language staff speak (ISO 639 code).
    pub language: Option<String>,
    /// Free of charge only.
    pub free: bool,
    /// Open at this moment only.
    pub open_now: bool,
    /// In person or remote.
    pub delivery: DeliveryFilter,
}

/// One search: where from, how far, which filters.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    /// Where from.
    pub origin: SearchOrigin,
    /// Filters.
    pub filters: Filters,
    /// Radius in metres; `None` for the API's default (50 km).
    pub radius_m: Option<u32>,
}

impl SearchQuery {
    /// A new search with no filters.
    pub fn new(origin: SearchOrigin) -> Self {
        Self {
            origin,
            filters: Filters::default(),
            radius_m: None,
        }
    }

    /// The query string for `/api/v1/search`, names shown in `lang`.
    pub fn to_query_string(&self, lang: &str) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        match &self.origin {
            SearchOrigin::Place { id, .. } => {
                params.append_pair("place", &id.to_string());
            }
            SearchOrigin::Point { lat, lon } => {
                params.append_pair("lat", &coordinate_param(*lat));
                params.append_pair("lon", &coordinate_param(*lon));
            }
        }
        if let Some(radius) = self.radius_m {
            params.append_pair("radius_m", &radius.to_string());
        }
        let filters = &self.filters;
        for kind in &filters.kinds {
            params.append_pair("kind", kind.as_str());
        }
        for population in &filters.populations {
            params.append_pair("population", population.as_str());
        }
        if let Some(language) = &filters.language {
            params.append_pair("language", language);
        }
        if filters.free {
            params.append_pair("cost", "free");
        }
        if filters.open_now {
            params.append_pair("open_now", "true");
        }
        if filters.delivery != DeliveryFilter::Any {
            params.append_pair("delivery", filters.delivery.as_str());
        }
        params.append_pair("lang", lang);
        params.finish()
    }
}

/// Progress of a request whose answer a screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LoadStatus {
    /// Nothing asked, or the answer is shown.
    #[default]
    Idle,
    /// Waiting for the answer.
    Loading,
    /// It failed; the screen says why.
    Failed(ApiFailure),
}

/// A message for the person after something they did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// "Clear this device" finished.
    DeviceCleared,
}

/// Where geolocation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locating {
    /// Not asked.
    #[default]
    Idle,
    /// Asked; waiting for the phone.
    Finding,
    /// The person or the browser refused.
    Denied,
    /// No fix (no GPS, timeout, no API).
    Unavailable,
}

/// The app's state, shared by context. All signals: copying it is free.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// The language of the texts.
    pub locale: RwSignal<Lang>,
    /// The person opted in to keeping the language in `localStorage`.
    pub remember: RwSignal<bool>,
    /// Some answer said `"demo": true`.
    pub demo: RwSignal<bool>,
    /// What was typed in the town field (kept so Back from the results shows it again).
    pub town: RwSignal<String>,
    /// Where geolocation stands.
    pub locating: RwSignal<Locating>,
    /// The current search.
    pub query: RwSignal<Option<SearchQuery>>,
    /// The last answer to it.
    pub results: RwSignal<Option<SearchResponse>>,
    /// The search request's progress.
    pub search_status: RwSignal<LoadStatus>,
    /// Bumped to send the same search again after a failure.
    pub search_retry: RwSignal<u32>,
    /// The country of the last search, for the emergency numbers.
    pub country: RwSignal<Option<CountryInfo>>,
    /// A message after an action.
    pub notice: RwSignal<Option<Notice>>,
    /// The counsellor being booked.
    pub counsellor: RwSignal<Option<CounsellorView>>,
    /// The booking made or opened here.
    pub held: RwSignal<Option<HeldBooking>>,
}

impl AppState {
    /// Fresh state in `lang`.
    pub fn new(lang: Lang, remember: bool) -> Self {
        Self {
            screen: RwSignal::new(Screen::Home),
            locale: RwSignal::new(lang),
            remember: RwSignal::new(remember),
            demo: RwSignal::new(false),
            town: RwSignal::new(String::new()),
            locating: RwSignal::new(Locating::Idle),
            query: RwSignal::new(None),
            results: RwSignal::new(None),
            search_status: RwSignal::new(LoadStatus::Idle),
            search_retry: RwSignal::new(0),
            country: RwSignal::new(None),
            notice: RwSignal::new(None),
            counsellor: RwSignal::new(None),
            held: RwSignal::new(None),
        }
    }

    /// Starts a new search from `origin` and shows the results.
    pub fn search_from(&self, origin: SearchOrigin) {
        self.results.set(None);
        self.query.set(Some(SearchQuery::new(origin)));
        self.notice.set(None);
        self.screen.set(Screen::Results);
    }

    /// Changes the current search (filters, radius); the search runs again.
    pub fn update_query(&self, change: impl FnOnce(&mut SearchQuery)) {
        self.query.update(|query| {
            if let Some(query) = query {
                change(query);
            }
        });
    }

    /// Forgets everything the person searched for or looked at. The language stays as it is shown.
    pub fn forget(&self) {
        self.screen.set(Screen::Home);
        self.town.set(String::new());
        self.locating.set(Locating::Idle);
        self.query.set(None);
        self.results.set(None);
        self.search_status.set(LoadStatus::Idle);
        self.country.set(None);
        self.notice.set(None);
        self.counsellor.set(None);
        self.held.set(None);
    }
}

/// The shared state from context. The root component provides it before anything else renders.
pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| AppState::new(Lang::Es, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_search_sends_the_id_filters_and_language() {
        let mut query = SearchQuery::new(SearchOrigin::Place {
            id: 3_600_949,
            name: "Tegucigalpa".into(),
        });
        assert_eq!(query.to_query_string("es"), "place=3600949&lang=es");
        query.filters.kinds.insert(ServiceKind::Legal);
        query.filters.kinds.insert(ServiceKind::Shelter);
        query.filters.populations.insert(Population::Women);
        query.filters.language = Some("ht".into());
        query.filters.free = true;
        query.filters.open_now = true;
        query.filters.delivery = DeliveryFilter::Remote;
        query.radius_m = Some(100_000);
        assert_eq!(
            query.to_query_string("en"),
            "place=3600949&radius_m=100000&kind=shelter&kind=legal&population=women&language=ht&cost=free\
             &open_now=true&delivery=remote&lang=en"
        );
    }

    #[test]
    fn a_location_search_sends_coordinates_rounded_to_2_decimals() {
        let query = SearchQuery::new(SearchOrigin::Point {
            lat: 14.081_83,
            lon: -87.206_81,
        });
        assert_eq!(query.to_query_string("es"), "lat=14.08&lon=-87.21&lang=es");
    }
}
