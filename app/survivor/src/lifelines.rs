//! Life lines: the bar above every screen (the country's emergency number, labelled, and its line against
//! trafficking first) and the screen with every number, the person's rights and the country's route of care.
//!
//! Every country's life lines arrive at start in one document (`/api/v1/lifelines`), which the service worker
//! keeps for use with no connection: it names every country alike, so keeping it leaves no trace of a search.

use api_types::{
    CountryCode, CountryLifeLines, E164, EmergencyNumber, LifeLine, LineChannel, LineFocus, Source,
    SourceStatus,
};
use leptos::prelude::*;
use ruta_ui::api::{Latest, public};
use ruta_ui::components::back_nav;
use ruta_ui::format::{local_tel_href, safe_web_url, whatsapp_href};
use ruta_ui::i18n::{Lang, focus_label, language_name, purpose_label, t, tx};
use ruta_ui::intl;
use ruta_ui::state::{AppState, Screen, use_app};

/// The country whose life lines show: the last search's, else none.
fn current_country(state: AppState) -> Option<CountryCode> {
    state.country.with(|c| c.as_ref().map(|c| c.iso2))
}

/// A country's life lines: from the document every country shares when it has arrived, else from the search
/// answer's country block.
fn lifelines_of(state: AppState, code: CountryCode) -> Option<CountryLifeLines> {
    state
        .lifelines
        .with(|doc| {
            doc.as_ref()
                .and_then(|d| d.countries.iter().find(|c| c.iso2 == code).cloned())
        })
        .or_else(|| {
            state
                .country
                .with(|c| c.as_ref().filter(|c| c.iso2 == code).map(|c| c.lifelines.clone()))
        })
}

fn country_name(code: CountryCode, lang: Lang) -> String {
    intl::country_name(code.as_str(), lang)
}

/// "Emergencias: 911" as a call link.
fn emergency_link(number: &EmergencyNumber) -> impl IntoView + use<> {
    let text = t!(
        "lifeline-link",
        label = purpose_label(number.purpose),
        number = number.number.clone()
    );
    view! {
        <a class="emergency-call" href=local_tel_href(&number.number)>{text}</a>
    }
}

/// "free · 24 hours" and the like: what the source states about a line, nothing more.
fn line_facts(line: &LifeLine) -> String {
    let mut facts = Vec::new();
    if line.free == Some(true) {
        facts.push(t!("lifeline-free"));
    }
    if line.open_24h == Some(true) {
        facts.push(t!("lifeline-24h"));
    }
    facts.join(" · ")
}

/// A line's ways in: call, WhatsApp, text, web chat — only those its source states.
fn line_links(line: &LifeLine) -> impl IntoView + use<> {
    let label = focus_label(line.focus);
    let mut links = Vec::new();
    for channel in &line.channels {
        let link = match channel {
            LineChannel::Voice => line.number.as_ref().map(|number| {
                let text = t!("lifeline-link", label = label.clone(), number = number.clone());
                view! { <a class="lifeline-call" href=local_tel_href(number)>{text}</a> }.into_any()
            }),
            LineChannel::Whatsapp => line.whatsapp.as_ref().and_then(|n| E164::parse(n).ok()).map(|number| {
                let text = t!("lifeline-whatsapp", number = number.as_str().to_owned());
                view! {
                    <a class="lifeline-whatsapp" href=whatsapp_href(&number) rel="noopener noreferrer">{text}</a>
                }
                .into_any()
            }),
            LineChannel::Sms => line.sms.as_ref().map(|number| {
                let text = t!("lifeline-sms", number = number.clone());
                view! { <a class="lifeline-sms" href=format!("sms:{number}")>{text}</a> }.into_any()
            }),
            LineChannel::WebChat => line
                .web_chat
                .as_deref()
                .and_then(safe_web_url)
                .map(|url| {
                    view! {
                        <a class="lifeline-chat" href=url.to_owned() rel="noopener noreferrer">
                            {t!("lifeline-web-chat")}
                        </a>
                    }
                    .into_any()
                }),
        };
        links.extend(link);
    }
    view! { <span class="lifeline-links">{links}</span> }
}

/// The bar above every screen once a country is known: the general emergency number, labelled, and the line
/// against trafficking first; a link to every number and the person's rights, which also works with no country.
#[component]
pub fn LifeLinesBar() -> impl IntoView {
    let state = use_app();
    let open = move |_| state.screen.set(Screen::LifeLines);
    move || {
        // The life-lines screen shows all of it already.
        if state.screen.get() == Screen::LifeLines {
            return None;
        }
        let lang = state.locale.get();
        let code = current_country(state);
        let lines = code.and_then(|c| lifelines_of(state, c));
        let body = match (code, lines) {
            (Some(code), Some(lines)) => {
                let first = lines.first_emergency().map(emergency_link);
                let trafficking = lines
                    .lines
                    .iter()
                    .find(|l| l.focus == LineFocus::Trafficking && l.source.status == SourceStatus::Verified)
                    .map(|line| {
                        // One link and one short line, so the first result stays on a small phone's first screen;
                        // every way in is on the life-lines screen.
                        let mut facts = vec![line_facts(line)];
                        if line.channels.contains(&LineChannel::Whatsapp) {
                            facts.push("WhatsApp".to_owned());
                        }
                        let facts = facts.into_iter().filter(|f| !f.is_empty()).collect::<Vec<_>>().join(" · ");
                        let label = focus_label(line.focus);
                        let link = match &line.number {
                            Some(number) => {
                                let text = t!("lifeline-link", label = label, number = number.clone());
                                view! { <a class="lifeline-call" href=local_tel_href(number)>{text}</a> }.into_any()
                            }
                            None => line_links(line).into_any(),
                        };
                        view! {
                            <p class="lifeline-first">
                                {link}
                                {(!facts.is_empty()).then(|| view! { <span class="lifeline-facts">{facts}</span> })}
                            </p>
                        }
                    });
                let none = lines
                    .emergency
                    .is_empty()
                    .then(|| view! { <p class="lifelines-none">{t!("lifelines-no-emergency")}</p> });
                view! {
                    <div class="emergency-row">
                        // For screen readers; the labelled numbers say it for everyone else.
                        <h2 id="emergency-heading" class="visually-hidden">
                            {t!("emergency-heading", country = country_name(code, lang))}
                        </h2>
                        <p class="emergency-numbers">{first}</p>
                        <button type="button" class="link lifelines-open" on:click=open>{t!("lifelines-open")}</button>
                    </div>
                    {trafficking}
                    {none}
                }
                .into_any()
            }
            _ => view! {
                <button type="button" class="link lifelines-open" on:click=open>
                    {t!("lifelines-open-anywhere")}
                </button>
            }
            .into_any(),
        };
        Some(view! { <section id="emergency" aria-labelledby="emergency-heading">{body}</section> })
    }
}

/// "Source: … Checked on …", and a warning when the source is weak.
fn source_note(source: &Source, lang: Lang) -> impl IntoView + use<> {
    let date = intl::long_date(
        &source
            .checked_on
            .and_hms_opt(12, 0, 0)
            .unwrap_or_default()
            .and_utc(),
        lang,
    );
    // The every-country document leaves the page out; the country's own answer has it.
    let text = if source.title.is_empty() {
        t!("lifeline-checked", date = date)
    } else {
        t!("lifeline-source", title = source.title.clone(), date = date)
    };
    let unverified = (source.status == SourceStatus::Unverified)
        .then(|| view! { <p class="lifeline-unverified" role="note">{t!("lifeline-unverified")}</p> });
    let href = safe_web_url(&source.url).map(str::to_owned);
    view! {
        {unverified}
        <p class="lifeline-source">
            {match href {
                Some(href) => view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any(),
                None => text.into_any(),
            }}
        </p>
    }
}

/// One country's numbers in full.
fn country_lines(lines: &CountryLifeLines, lang: Lang) -> impl IntoView + use<> {
    let general = lines.first_emergency().map(|e| e.number.clone());
    let emergency = lines
        .emergency
        .iter()
        .map(|e| {
            view! {
                <li class="lifeline-emergency">
                    {emergency_link(e)}
                    {source_note(&e.source, lang)}
                </li>
            }
        })
        .collect_view();
    let no_emergency = lines
        .emergency
        .is_empty()
        .then(|| view! { <p class="lifelines-none">{t!("lifelines-no-emergency")}</p> });
    let no_trafficking = (!lines.lines.iter().any(|l| l.focus == LineFocus::Trafficking))
        .then_some(general)
        .flatten()
        .map(|number| view! { <p class="lifelines-gap">{t!("lifelines-no-trafficking-line", number = number)}</p> });
    let help = lines
        .lines
        .iter()
        .map(|line| {
            let facts = line_facts(line);
            let hours = line
                .hours_text
                .clone()
                .filter(|_| line.open_24h != Some(true))
                .map(|h| view! { <p class="lifeline-hours">{t!("lifeline-hours", hours = h)}</p> });
            let languages = (!line.languages.is_empty()).then(|| {
                let names: Vec<String> = line.languages.iter().map(|l| language_name(l, lang)).collect();
                view! { <p class="lifeline-languages">{t!("lifeline-languages", languages = names.join(", "))}</p> }
            });
            view! {
                <li class="lifeline">
                    <h3>{focus_label(line.focus)}</h3>
                    <p class="lifeline-name">{line.name.clone()}</p>
                    {line_links(line)}
                    {(!facts.is_empty()).then(|| view! { <p class="lifeline-facts">{facts}</p> })}
                    {hours}
                    {languages}
                    <p class="lifeline-org">{t!("lifeline-run-by", organisation = line.organisation.clone())}</p>
                    {source_note(&line.source, lang)}
                </li>
            }
        })
        .collect_view();
    let corrected = lines.correction.as_ref().map(|c| {
        let date = intl::long_date(
            &c.corrected_on.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc(),
            lang,
        );
        view! { <p class="lifelines-corrected">{t!("lifelines-corrected", date = date)}</p> }
    });
    view! {
        {corrected}
        <h2>{t!("lifelines-emergency-heading")}</h2>
        {no_emergency}
        <ul class="lifelines-emergency">{emergency}</ul>
        <h2>{t!("lifelines-lines-heading")}</h2>
        {no_trafficking}
        <ul class="lifelines">{help}</ul>
    }
}

/// The rights every survivor has, the same for every country.
fn rights() -> impl IntoView {
    const RIGHTS: [&str; 8] = [
        "rights-help",
        "rights-free",
        "rights-private",
        "rights-interpreter",
        "rights-time",
        "rights-not-punished",
        "rights-consulate",
        "rights-go-or-stay",
    ];
    view! {
        <section class="rights" aria-labelledby="rights-heading">
            <h2 id="rights-heading">{t!("rights-heading")}</h2>
            <p>{t!("rights-intro")}</p>
            <ul>{RIGHTS.iter().map(|id| view! { <li>{ruta_ui::i18n::format(id, &[])}</li> }).collect_view()}</ul>
        </section>
    }
}

/// A text by language: the reader's, else English, else any.
fn in_language(texts: &std::collections::BTreeMap<String, String>, lang: Lang) -> (String, String) {
    let primary = lang.tag().split('-').next().unwrap_or("es");
    texts
        .iter()
        .find(|(tag, _)| tag.as_str() == lang.tag() || tag.split('-').next() == Some(primary))
        .or_else(|| texts.get_key_value("en"))
        .or_else(|| texts.iter().next())
        .map(|(tag, text)| (tag.clone(), text.clone()))
        .unwrap_or_default()
}

/// The country's route of care, where a public source describes it.
fn route(lines: &CountryLifeLines, code: CountryCode, lang: Lang) -> impl IntoView + use<> {
    let heading = t!("route-heading", country = country_name(code, lang));
    let body = match &lines.route {
        Some(route) => {
            let law = route
                .law
                .clone()
                .map(|law| view! { <p class="route-law">{t!("route-law", law = law)}</p> });
            let steps = route
                .steps
                .iter()
                .map(|step| {
                    let (title_lang, title) = in_language(&step.title, lang);
                    let (text_lang, text) = in_language(&step.text, lang);
                    let bodies = (!step.bodies.is_empty()).then(|| {
                        view! { <p class="route-bodies">{t!("route-bodies", bodies = step.bodies.join(", "))}</p> }
                    });
                    let contact = step.contact.clone().map(|contact| {
                        let href = if contact.bytes().all(|b| b.is_ascii_digit() || b == b'*') {
                            Some(local_tel_href(&contact))
                        } else {
                            safe_web_url(&contact).map(str::to_owned)
                        };
                        view! {
                            <p class="route-contact">
                                {t!("route-contact", contact = String::new())}
                                {href.map(|href| view! { <a href=href rel="noopener noreferrer">{contact.clone()}</a> })}
                            </p>
                        }
                    });
                    view! {
                        <li class="route-step">
                            <h3 lang=title_lang>{title}</h3>
                            <p lang=text_lang>{text}</p>
                            {bodies}
                            {contact}
                            {source_note(&step.source, lang)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{t!("route-intro")}</p>
                {law}
                <ol class="route-steps">{steps}</ol>
            }
            .into_any()
        }
        None => view! { <p class="route-none">{t!("route-none")}</p> }.into_any(),
    };
    view! {
        <section class="route" aria-labelledby="route-heading">
            <h2 id="route-heading">{heading}</h2>
            {body}
        </section>
    }
}

/// Every number of a country, the person's rights and the route of care; a country picker so any country's
/// numbers show, with no connection too.
#[component]
pub fn LifeLinesPage() -> impl IntoView {
    let state = use_app();
    let chosen = RwSignal::new(current_country(state));
    // The chosen country's own answer (every source page, the route in every language) when the server answers;
    // the every-country document until then, and with no connection.
    let full = RwSignal::new(None::<CountryLifeLines>);
    let latest = Latest::new();
    Effect::new(move |_| {
        let Some(code) = chosen.get() else {
            latest.cancel();
            return;
        };
        latest.run(
            |signal| public::find_country(code.as_str(), signal),
            move |answer| {
                if let Ok(info) = answer {
                    full.set(Some(info.lifelines));
                }
            },
        );
    });
    let shown = move |code: CountryCode| {
        full.get()
            .filter(|f| f.iso2 == code)
            .or_else(|| lifelines_of(state, code))
    };
    let countries = move || {
        let lang = state.locale.get();
        let mut all: Vec<(String, CountryCode)> = state.lifelines.with(|doc| {
            doc.as_ref()
                .map(|d| {
                    d.countries
                        .iter()
                        .map(|c| (country_name(c.iso2, lang), c.iso2))
                        .collect()
                })
                .unwrap_or_default()
        });
        all.sort();
        all
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        chosen.set(CountryCode::parse(&value).ok());
    };
    view! {
        <main id="lifelines">
            {back_nav(tx!("results-back"), Callback::new(move |()| state.screen.set(Screen::Home)))}
            <h1 id="lifelines-heading" tabindex="-1">
                {move || match chosen.get() {
                    Some(code) => t!("lifelines-heading", country = country_name(code, state.locale.get())),
                    None => t!("lifelines-heading-none"),
                }}
            </h1>
            <label for="lifelines-country">{tx!("lifelines-country-label")}</label>
            <select id="lifelines-country" on:change=on_change>
                <option value="" selected=move || chosen.get().is_none()>{tx!("lifelines-country-choose")}</option>
                {move || {
                    countries()
                        .into_iter()
                        .map(|(name, code)| {
                            view! {
                                <option value=code.as_str().to_owned() selected=move || chosen.get() == Some(code)>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p class="lifelines-offline-note">{tx!("lifelines-offline-note")}</p>
            {move || {
                let lang = state.locale.get();
                chosen.get().and_then(|code| shown(code).map(|lines| (code, lines))).map(|(code, lines)| {
                    let route = route(&lines, code, lang);
                    view! {
                        <div class="lifelines-country">
                            {country_lines(&lines, lang)}
                            {route}
                        </div>
                    }
                })
            }}
            {rights()}
        </main>
    }
}
