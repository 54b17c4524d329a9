//! What the app holds in memory: the screen, the search, what the API said. Nothing here is ever written to
//! the URL, the history or storage, so Back and a reload reveal nothing.

use api_types::booking::{BookingView, CounsellorView};
use api_types::{CountryInfo, LifeLinesDocument, SearchResponse};
use leptos::prelude::*;
use uuid::Uuid;

use crate::api::{ApiFailure, SearchOrigin, SearchQuery};
use crate::lang::Lang;

/// The screens. Navigation sets this signal; it never touches `location` or `history`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Search by town or location, language, privacy.
    Home,
    /// Help near the chosen place.
    Results,
    /// One service in full.
    Service(Uuid),
    /// Counsellors who take remote sessions, with filters; only one organisation's when opened from one of its
    /// services (the person can then ask for all).
    Counsellors {
        /// The organisation whose counsellors are listed; `None` for every organisation's.
        organization: Option<Uuid>,
    },
    /// Choosing a time with a counsellor (and, for a new booking, the form).
    Book {
        counsellor: Uuid,
        /// New booking, the same counsellor again, or moving the held booking.
        mode: BookMode,
    },
    /// The booking just made: reference, secret, calendar file, what happens next.
    Booked,
    /// "My booking": look one up with its reference and secret; status, cancel, move, book again.
    MyBooking,
    /// Every number of a country, the person's rights and the route of care.
    LifeLines,
}

/// Why a time is being chosen.
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
    /// The screen shown; never written to the URL or the history.
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
    /// The search made, with its filters; `None` before the first and after [`AppState::forget`].
    pub query: RwSignal<Option<SearchQuery>>,
    /// The last answer to it.
    pub results: RwSignal<Option<SearchResponse>>,
    /// The search request's progress.
    pub search_status: RwSignal<LoadStatus>,
    /// Bumped to send the same search again after a failure.
    pub search_retry: RwSignal<u32>,
    /// The country of the last search, for the emergency numbers.
    pub country: RwSignal<Option<CountryInfo>>,
    /// Every country's life lines, asked for once at start (kept by the service worker for use offline).
    pub lifelines: RwSignal<Option<LifeLinesDocument>>,
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
            lifelines: RwSignal::new(None),
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
