//! Counsellors who take remote sessions, with the filters: language, who, experience, how.

use api_types::booking::CounsellorView;
use api_types::{CountryCode, Gender, Modality, Population};
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::ApiFailure;
use ruta_ui::api::booking::{self, CounsellorFilter};
use ruta_ui::components::{LoadError, back_nav};
use ruta_ui::format::joined;
use ruta_ui::i18n::{self, modality_name, population_name, speciality_name, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{BookMode, Screen, use_app};
use uuid::Uuid;

/// Specialities a person may ask for (the API's names; labelled as the populations they are).
const SPECIALITIES: [(&str, Population); 7] = [
    ("women", Population::Women),
    ("men", Population::Men),
    ("lgbtq", Population::Lgbtq),
    ("children", Population::Children),
    ("migrants", Population::Migrants),
    ("sexual_exploitation", Population::SexualExploitation),
    ("labour_exploitation", Population::LabourExploitation),
];

/// What the list was opened with and what the person chose in it, kept while the booking screens are mounted
/// (back from a counsellor's times shows the same list).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ListScope {
    /// Only this organisation's counsellors (opened from one of its services), until the person asks for all.
    pub organization: RwSignal<Option<Uuid>>,
    /// The person's country (of their last search): its counsellors come first, and a phone number they leave
    /// is read as one of its numbers unless they say otherwise.
    pub country: RwSignal<Option<CountryCode>>,
    /// The language the person filtered by: the session's language when the counsellor speaks it.
    pub language: RwSignal<String>,
}

impl ListScope {
    /// Nothing chosen.
    pub fn new() -> Self {
        Self {
            organization: RwSignal::new(None),
            country: RwSignal::new(None),
            language: RwSignal::new(String::new()),
        }
    }
}

/// The list's scope from context (provided when the booking screens mount).
pub(crate) fn use_scope() -> ListScope {
    use_context::<ListScope>().unwrap_or_else(ListScope::new)
}

/// Counsellors and the filters: language, who, experience, how.
#[component]
pub fn Counsellors() -> impl IntoView {
    let state = use_app();
    let scope = use_scope();
    let language = scope.language;
    let gender = RwSignal::new(String::new());
    let speciality = RwSignal::new(String::new());
    let modality = RwSignal::new(String::new());
    let list = RwSignal::new(None::<Result<Vec<CounsellorView>, ApiFailure>>);
    // Every language some counsellor speaks, from the unfiltered list: the choices of the language filter.
    let spoken = RwSignal::new(Vec::<String>::new());
    let retry = RwSignal::new(0_u32);

    Effect::new(move |_| {
        retry.track();
        let filter = CounsellorFilter {
            language: language.get(),
            gender: gender.get(),
            speciality: speciality.get(),
            modality: modality.get(),
            organization: scope.organization.get(),
            // Never a filter: the person's language and country only put those counsellors first.
            lang: state
                .locale
                .get()
                .tag()
                .split('-')
                .next()
                .unwrap_or("es")
                .to_owned(),
            country: scope.country.get(),
        };
        let all_languages = language.with(String::is_empty);
        spawn_local(async move {
            let answer = booking::list_counsellors(Some(&filter)).await;
            if let Ok(counsellors) = &answer {
                if counsellors.iter().any(|c| c.demo) {
                    state.demo.set(true);
                }
                if all_languages {
                    let mut codes: Vec<String> = counsellors
                        .iter()
                        .flat_map(|c| c.languages.iter().map(|l| l.primary().to_owned()))
                        .collect();
                    codes.sort();
                    codes.dedup();
                    spoken.set(codes);
                }
            }
            list.set(Some(answer));
        });
    });

    let select = move |id: &'static str, signal: RwSignal<String>, options: Vec<(String, String)>| {
        let options = options
            .into_iter()
            .map(|(value, label)| {
                let selected = value.clone();
                view! { <option value=value prop:selected=move || signal.get() == selected>{label}</option> }
            })
            .collect_view();
        view! {
            <select id=id on:change=move |ev| signal.set(event_target_value(&ev))>
                <option value="">{t!("booking-filter-any")}</option>
                {options}
            </select>
        }
    };
    let filters = move || {
        let lang = state.locale.get();
        let languages = spoken
            .get()
            .into_iter()
            .map(|code| {
                let name = i18n::language_name(&code, lang);
                (code, name)
            })
            .collect();
        // `unspecified` is no filter: anyone may leave it unsaid.
        let genders = [
            (Gender::Woman, t!("booking-gender-woman")),
            (Gender::Man, t!("booking-gender-man")),
            (Gender::NonBinary, t!("booking-gender-non_binary")),
        ]
        .into_iter()
        .map(|(g, l)| (g.as_str().to_owned(), l))
        .collect();
        let specialities = SPECIALITIES
            .iter()
            .map(|(v, p)| ((*v).to_owned(), population_name(*p)))
            .collect();
        let modalities = Modality::ALL
            .iter()
            .map(|m| (m.as_str().to_owned(), modality_name(*m)))
            .collect();
        view! {
            <div class="booking-filters">
                <label for="counsellor-language">{t!("booking-filter-language")}</label>
                {select("counsellor-language", language, languages)}
                <label for="counsellor-gender">{t!("booking-filter-gender")}</label>
                {select("counsellor-gender", gender, genders)}
                <label for="counsellor-speciality">{t!("booking-filter-speciality")}</label>
                {select("counsellor-speciality", speciality, specialities)}
                <label for="counsellor-modality">{t!("booking-filter-modality")}</label>
                {select("counsellor-modality", modality, modalities)}
            </div>
        }
    };
    let results = move || match list.get() {
        None => view! { <p class="status" role="status">{t!("service-loading")}</p> }.into_any(),
        Some(Err(failure)) => {
            let retry = Callback::new(move |()| retry.update(|n| *n = n.wrapping_add(1)));
            view! { <LoadError failure retry /> }.into_any()
        }
        Some(Ok(counsellors)) if counsellors.is_empty() => {
            view! { <p id="no-counsellors" class="notice" role="status">{t!("booking-none")}</p> }.into_any()
        }
        Some(Ok(counsellors)) => {
            let count = counsellors.len();
            let cards = counsellors
                .into_iter()
                .map(|c| view! { <CounsellorCard counsellor=c /> })
                .collect_view();
            view! {
                <p class="summary" role="status">{t!("booking-count", count = count)}</p>
                <ul id="counsellor-list" class="cards">{cards}</ul>
            }
            .into_any()
        }
    };

    view! {
        <main id="counsellors">
            {back_nav(tx!("booking-back"), Callback::new(move |()| state.screen.set(Screen::Home)))}
            <h1 tabindex="-1">{tx!("booking-list-heading")}</h1>
            <p class="intro">{tx!("booking-list-intro")}</p>
            {move || scope.organization.get().is_some().then(|| view! {
                <p id="one-organization" class="notice">
                    {t!("booking-one-organization")}" "
                    <button id="all-counsellors" type="button" class="link" on:click=move |_| scope.organization.set(None)>
                        {t!("booking-all-counsellors")}
                    </button>
                </p>
            })}
            {filters}
            {results}
        </main>
    }
}

/// One counsellor in the list.
#[component]
fn CounsellorCard(counsellor: CounsellorView) -> impl IntoView {
    let state = use_app();
    let c = StoredValue::new(counsellor);
    let details = move || {
        let lang = state.locale.get();
        c.with_value(|c| {
            let soonest = match &c.soonest {
                Some(at) => t!("booking-soonest", when = intl::day_and_time(at, lang)),
                None => t!("booking-no-soonest"),
            };
            let organization = match c.country {
                Some(country) => format!(
                    "{} · {}",
                    c.organization_name,
                    intl::country_name(country.as_str(), lang)
                ),
                None => c.organization_name.clone(),
            };
            view! {
                <p class="organization">{organization}</p>
                <p>{t!("booking-languages", languages = joined(c.languages.iter().map(|l| i18n::language_name(l.primary(), lang))))}</p>
                {(!c.specialities.is_empty()).then(|| view! {
                    <p>{t!("booking-specialities", list = joined(c.specialities.iter().map(|s| speciality_name(s))))}</p>
                })}
                <p>{t!("booking-modalities", list = joined(c.modalities.iter().map(|m| modality_name(*m))))}</p>
                <p class="hint">{t!("booking-session-length", minutes = usize::try_from(c.session_minutes).unwrap_or(0))}</p>
                <p class="soonest">{soonest}</p>
            }
        })
    };
    let choose = move |_| {
        let id = c.with_value(|c| c.id);
        state.counsellor.set(Some(c.get_value()));
        state.screen.set(Screen::Book {
            counsellor: id,
            mode: BookMode::New,
        });
    };
    view! {
        <li class="card counsellor">
            <h2>{c.with_value(|c| c.display_name.clone())}</h2>
            {details}
            <button type="button" class="choose-time" on:click=choose>{tx!("booking-choose-time")}</button>
        </li>
    }
}
