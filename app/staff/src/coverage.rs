//! The coverage-gap report, as an NGO would put it in a report: for one kind of service, the share of people
//! within 25, 50 and 100 km of an in-person service, per country of the region or per first-level division of
//! one country — as bars drawn here in SVG (no chart library, nothing from elsewhere) and as a table with the
//! same numbers; the places with most people far from help; the rows as a CSV file. Admins also see the
//! referral counts, where groups under 5 are never shown.

use api_types::{
    CountryCode, CoverageArea, CoverageReport, FarPlace, ReferralCountRow, ReferralDimension, Role,
    ServiceKind,
};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use ruta_ui::api::coverage::{self as api, CoverageScope};
use ruta_ui::api::{Latest, referrals};
use ruta_ui::format::{escape_markup, fixed};
use ruta_ui::i18n::{self, Lang, failure_text, kind_name, t, tx};
use ruta_ui::intl;

use super::{Part, Staff, column_heads, read_on_open, use_staff};

/// The chart's width in SVG units (it scales to the screen).
const CHART_WIDTH: f64 = 640.0;
/// Where the bars start, after the "25 km" labels.
const BAR_X: f64 = 64.0;
/// The longest bar (100 %), leaving room for the value after it.
const BAR_MAX: f64 = 500.0;
/// Height of one bar, and the step between bars.
const BAR_HEIGHT: f64 = 14.0;
const BAR_STEP: f64 = 19.0;
/// Height of an area's name line above its bars.
const LABEL_HEIGHT: f64 = 22.0;
/// Space below each area.
const ROW_GAP: f64 = 12.0;
/// Height of the legend at the top.
const LEGEND_HEIGHT: f64 = 34.0;
/// The three distances and their colours (each at least 4.5:1 against white, and each bar also has its label
/// and value in text, so colour is never the only cue).
const BANDS: [(u32, &str); 3] = [(25, "#1e3a8a"), (50, "#2563eb"), (100, "#0f766e")];

/// One bar group of the chart and one row of the table.
#[derive(Debug, Clone, PartialEq)]
struct Bar {
    label: String,
    shares: [f64; 3],
}

/// A share (0–1) as a percentage in the interface language: "45 %".
fn percent(share: f64, lang: Lang) -> String {
    t!(
        "staff-coverage-percent",
        value = intl::number((share * 100.0).clamp(0.0, 100.0), 0, lang)
    )
}

fn whole(value: u64, lang: Lang) -> String {
    intl::number(value as f64, 0, lang)
}

fn km(value: f64, lang: Lang) -> String {
    let decimals = if value < 10.0 { 1 } else { 0 };
    t!("distance-kilometres", value = intl::number(value, decimals, lang))
}

/// How far the nearest service is, in km, or that there is none at all.
fn nearest(km_away: Option<f64>, lang: Lang) -> String {
    km_away
        .map(|d| km(d, lang))
        .unwrap_or_else(|| t!("staff-coverage-none-at-all"))
}

/// The chart's height for `rows` bar groups.
fn chart_height(rows: usize) -> f64 {
    LEGEND_HEIGHT + rows as f64 * (LABEL_HEIGHT + 3.0 * BAR_STEP + ROW_GAP)
}

/// The inside of the chart's `<svg>`: a legend, then for each area its name and three horizontal bars (within
/// 25, 50 and 100 km) with their values. Made from numbers and escaped text only; `legend` are the three
/// band names and `values` writes a share.
fn chart_markup(
    bars: &[Bar],
    legend: &[String; 3],
    band_labels: &[String; 3],
    value: &dyn Fn(f64) -> String,
) -> String {
    use std::fmt::Write as _;
    let mut svg = String::with_capacity(512 + bars.len() * 700);
    let mut x = 0.0;
    for (i, (_, colour)) in BANDS.iter().enumerate() {
        let _ = write!(
            svg,
            r##"<rect class="legend-key" x="{}" y="6" width="14" height="14" fill="{colour}"/><text x="{}" y="18" font-size="14" fill="#111827">{}</text>"##,
            fixed(x, 1),
            fixed(x + 20.0, 1),
            escape_markup(&legend[i])
        );
        x += 28.0 + 8.0 * legend[i].chars().count() as f64;
    }
    // Light guides at 50 % and 100 %.
    let bottom = chart_height(bars.len());
    for share in [0.5, 1.0] {
        let gx = fixed(BAR_X + BAR_MAX * share, 1);
        let _ = write!(
            svg,
            r##"<line x1="{gx}" y1="{}" x2="{gx}" y2="{}" stroke="#d1d5db" stroke-width="1"/>"##,
            fixed(LEGEND_HEIGHT - 4.0, 1),
            fixed(bottom - ROW_GAP / 2.0, 1)
        );
    }
    let mut y = LEGEND_HEIGHT;
    for bar in bars {
        let _ = write!(
            svg,
            r##"<text x="0" y="{}" font-size="15" font-weight="bold" fill="#111827">{}</text>"##,
            fixed(y + 16.0, 1),
            escape_markup(&bar.label)
        );
        y += LABEL_HEIGHT;
        for (i, share) in bar.shares.iter().enumerate() {
            let share = share.clamp(0.0, 1.0);
            let width = BAR_MAX * share;
            let _ = write!(
                svg,
                r##"<text x="0" y="{}" font-size="13" fill="#4b5563">{}</text><rect class="bar" data-share="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"/><text x="{}" y="{}" font-size="13" fill="#111827">{}</text>"##,
                fixed(y + 11.5, 1),
                escape_markup(&band_labels[i]),
                fixed(share, 4),
                fixed(BAR_X, 1),
                fixed(y, 1),
                fixed(width.max(1.0), 1),
                fixed(BAR_HEIGHT, 1),
                BANDS[i].1,
                fixed(BAR_X + width + 6.0, 1),
                fixed(y + 11.5, 1),
                escape_markup(&value(share))
            );
            y += BAR_STEP;
        }
        y += ROW_GAP;
    }
    svg
}

/// The areas the chart and table show, least covered first.
fn areas_shown(
    report: &CoverageReport,
    country: Option<CountryCode>,
    area: Option<&str>,
    kind: ServiceKind,
) -> Vec<CoverageArea> {
    let mut shown: Vec<CoverageArea> = match (country, area) {
        (None, _) => report
            .countries
            .iter()
            .filter(|a| a.kind == kind)
            .cloned()
            .collect(),
        (Some(c), None) => report
            .areas
            .iter()
            .filter(|a| a.kind == kind && a.country == c)
            .cloned()
            .collect(),
        (Some(c), Some(code)) => report
            .areas
            .iter()
            .filter(|a| a.kind == kind && a.country == c && a.admin_area.as_deref() == Some(code))
            .chain(
                report
                    .countries
                    .iter()
                    .filter(|a| a.kind == kind && a.country == c),
            )
            .cloned()
            .collect(),
    };
    if area.is_none() {
        shown.sort_by(|a, b| {
            a.share_within_25_km
                .total_cmp(&b.share_within_25_km)
                .then(a.share_within_50_km.total_cmp(&b.share_within_50_km))
                .then(a.share_within_100_km.total_cmp(&b.share_within_100_km))
        });
    }
    shown
}

fn area_label(area: &CoverageArea, lang: Lang) -> String {
    match &area.admin_area_name {
        Some(name) if area.admin_area.is_some() => name.clone(),
        _ => intl::country_name(area.country.as_str(), lang),
    }
}

/// The chart, with a text alternative naming what it shows (the table below has every number).
fn chart(shown: &[CoverageArea], kind: ServiceKind, scope: String, lang: Lang) -> impl IntoView + use<> {
    let bars: Vec<Bar> = shown
        .iter()
        .map(|a| Bar {
            label: area_label(a, lang),
            shares: [a.share_within_25_km, a.share_within_50_km, a.share_within_100_km],
        })
        .collect();
    let legend = [
        t!("staff-coverage-within-25"),
        t!("staff-coverage-within-50"),
        t!("staff-coverage-within-100"),
    ];
    let bands = BANDS.map(|(km_, _)| t!("distance-kilometres", value = km_.to_string()));
    let markup = chart_markup(&bars, &legend, &bands, &|share| percent(share, lang));
    let height = fixed(chart_height(bars.len()), 0);
    let label = t!(
        "staff-coverage-chart-label",
        kind = kind_name(kind),
        scope = scope
    );
    view! {
        <svg id="coverage-chart" role="img" aria-label=label
            viewBox=format!("0 0 {} {height}", fixed(CHART_WIDTH, 0))
            xmlns="http://www.w3.org/2000/svg" inner_html=markup></svg>
    }
}

fn table(shown: &[CoverageArea], lang: Lang) -> impl IntoView + use<> {
    let rows = shown
        .iter()
        .map(|a| {
            let median = nearest(a.median_nearest_km, lang);
            view! {
                <tr>
                    <th scope="row">{area_label(a, lang)}</th>
                    <td>{whole(a.population, lang)}</td>
                    <td>{percent(a.share_within_25_km, lang)}</td>
                    <td>{percent(a.share_within_50_km, lang)}</td>
                    <td>{percent(a.share_within_100_km, lang)}</td>
                    <td>{percent(a.share_remote_covered, lang)}</td>
                    <td>{percent(a.share_uncovered, lang)}</td>
                    <td>{median}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ReportTable id="coverage-table" caption=t!("staff-coverage-table-caption") columns=&AREA_COLUMNS>
            {rows}
        </ReportTable>
    }
}

/// The column headings (message ids) of the table of areas, of the farthest places, and of the referral counts
/// (the groupings in [`COUNTS_BY`]'s order, then the count).
pub(crate) const AREA_COLUMNS: [&str; 8] = [
    "staff-coverage-area",
    "staff-coverage-population",
    "staff-coverage-within-25",
    "staff-coverage-within-50",
    "staff-coverage-within-100",
    "staff-coverage-remote",
    "staff-coverage-uncovered",
    "staff-coverage-median",
];
pub(crate) const FARTHEST_COLUMNS: [&str; 6] = [
    "staff-coverage-place",
    "staff-coverage-admin-area",
    "staff-coverage-country",
    "staff-coverage-population",
    "staff-coverage-distance",
    "staff-coverage-remote",
];
pub(crate) const COUNTS_COLUMNS: [&str; 6] = [
    "staff-coverage-month",
    "staff-coverage-country",
    "staff-coverage-admin-area",
    "staff-coverage-kind",
    "staff-coverage-language",
    "staff-coverage-referrals",
];

/// A report's table, which scrolls sideways on a narrow screen: its caption (`{id}-caption`, which names the
/// scrolled region; without one, `labelled_by` does), the column headings, and the rows.
#[component]
fn ReportTable(
    id: &'static str,
    #[prop(optional, into)] caption: Option<String>,
    #[prop(optional)] labelled_by: Option<&'static str>,
    columns: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = labelled_by.map_or_else(|| caption_id.clone(), str::to_owned);
    let caption = caption.map(|text| view! { <caption id=caption_id>{text}</caption> });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table id=id class="report-table">
                {caption}
                <thead>{column_heads(columns)}</thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

fn farthest(places: &[FarPlace], kind: ServiceKind, lang: Lang) -> impl IntoView + use<> {
    let places: Vec<&FarPlace> = places.iter().filter(|p| p.kind == kind).collect();
    if places.is_empty() {
        return view! { <p id="coverage-no-farthest">{t!("staff-coverage-no-farthest")}</p> }.into_any();
    }
    let rows = places
        .into_iter()
        .map(|p| {
            let distance = nearest(p.distance_km, lang);
            let remote = if p.remote_covered {
                t!("staff-coverage-yes")
            } else {
                t!("staff-coverage-no")
            };
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td>{p.admin_area_name.clone()}</td>
                    <td>{intl::country_name(p.country.as_str(), lang)}</td>
                    <td>{whole(p.population, lang)}</td>
                    <td>{distance}</td>
                    <td>{remote}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = t!("staff-coverage-farthest-caption", kind = kind_name(kind));
    view! { <ReportTable id="coverage-farthest" caption columns=&FARTHEST_COLUMNS>{rows}</ReportTable> }
        .into_any()
}

/// How the referral counts are grouped, in the table's column order.
const COUNTS_BY: [ReferralDimension; 5] = [
    ReferralDimension::Month,
    ReferralDimension::Country,
    ReferralDimension::AdminArea,
    ReferralDimension::Kind,
    ReferralDimension::Language,
];

/// Referral counts (admins): groups under the minimum never appear, only how many there were.
#[component]
fn ReferralCountsTable() -> impl IntoView {
    let staff = use_staff();
    let (counts, _) = read_on_open(|| referrals::referral_counts(&COUNTS_BY));
    let body = move || {
        let lang = staff.locale.get();
        let answer = counts.get()?;
        let cell = |text: Option<String>| text.unwrap_or_else(|| "—".to_owned());
        let rows = answer
            .rows
            .iter()
            .map(|r: &ReferralCountRow| {
                let area = r
                    .admin_area_name
                    .clone()
                    .or_else(|| r.admin_area.clone())
                    .filter(|a| !a.is_empty());
                view! {
                    <tr>
                        <td>{cell(r.period.clone())}</td>
                        <td>{cell(r.country.map(|c| intl::country_name(c.as_str(), lang)))}</td>
                        <td>{cell(area)}</td>
                        <td>{cell(r.kind.map(kind_name))}</td>
                        <td>{cell(r.language.as_deref().map(|l| i18n::language_name(l, lang)))}</td>
                        <td class="number">{whole(r.count, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let suppressed = (answer.suppressed > 0).then(|| {
            view! {
                <tr class="suppressed">
                    <td colspan="5">{t!("staff-coverage-suppressed", groups = usize::try_from(answer.suppressed).unwrap_or(usize::MAX))}</td>
                    <td class="number">{t!("staff-coverage-fewer-than", min = usize::try_from(answer.min_count).unwrap_or(5))}</td>
                </tr>
            }
        });
        let empty = (answer.rows.is_empty() && answer.suppressed == 0)
            .then(|| view! { <p id="referral-counts-empty">{t!("staff-coverage-no-referrals")}</p> });
        Some(view! {
            <p class="hint">{t!("staff-coverage-counts-period", from = answer.from.clone(), to = answer.to.clone())}</p>
            {empty}
            <ReportTable id="referral-counts" labelled_by="referral-counts-heading" columns=&COUNTS_COLUMNS>
                {rows}{suppressed}
            </ReportTable>
        })
    };
    view! {
        <Part id="referral-counts-box" heading_id="referral-counts-heading" heading=tx!("staff-coverage-counts-heading")>
            <p class="hint">{tx!("staff-coverage-counts-intro")}</p>
            {body}
        </Part>
    }
}

/// The CSV file's name: the scope in it, with only the characters every file system takes.
fn file_name(scope: &CoverageScope) -> String {
    let mut name = String::from("ruta-coverage");
    for part in [
        scope.country.map(|c| c.as_str().to_owned()),
        scope.admin_area.clone(),
        Some(scope.kind.as_str().to_owned()),
    ]
    .into_iter()
    .flatten()
    {
        name.push('-');
        name.extend(
            part.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_'),
        );
    }
    name.push_str(".csv");
    name
}

fn download_csv(staff: Staff, scope: CoverageScope, said: RwSignal<String>, busy: RwSignal<bool>) {
    busy.set(true);
    said.set(t!("staff-coverage-downloading"));
    spawn_local(async move {
        let result = api::download_coverage(&scope, &file_name(&scope)).await;
        busy.set(false);
        match result {
            Ok(()) => said.set(t!("staff-coverage-downloaded")),
            Err(failure) => {
                said.set(failure_text(&failure));
                staff.failed(&failure);
            }
        }
    });
}

#[component]
pub fn Coverage() -> impl IntoView {
    let staff = use_staff();
    let scope = RwSignal::new(CoverageScope {
        country: None,
        admin_area: None,
        kind: ServiceKind::Shelter,
    });
    let report = RwSignal::new(None::<CoverageReport>);
    let loading = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // The choices, kept from the answers: every country (from the whole-region report), the chosen country's
    // divisions (from its report).
    let countries = RwSignal::new(Vec::<CountryCode>::new());
    let divisions = RwSignal::new(Vec::<(String, String)>::new());
    let latest = Latest::new();

    Effect::new(move |_| {
        let current = scope.get();
        loading.set(true);
        let asked = current.clone();
        latest.run(
            move |signal| api::coverage_report(&asked, signal),
            move |result| {
                loading.set(false);
                match result {
                    Ok(answer) => {
                        if current.country.is_none() {
                            let mut list: Vec<CountryCode> =
                                answer.countries.iter().map(|a| a.country).collect();
                            list.dedup();
                            countries.set(list);
                        } else if current.admin_area.is_none() {
                            let mut list: Vec<(String, String)> = answer
                                .areas
                                .iter()
                                .filter_map(|a| {
                                    Some((
                                        a.admin_area.clone()?,
                                        a.admin_area_name.clone().unwrap_or_default(),
                                    ))
                                })
                                .collect();
                            list.sort_by(|a, b| a.1.cmp(&b.1));
                            list.dedup();
                            divisions.set(list);
                        }
                        said.set(String::new());
                        report.set(Some(answer));
                    }
                    Err(failure) => {
                        said.set(failure_text(&failure));
                        staff.failed(&failure);
                    }
                }
            },
        );
    });

    let on_country = move |ev: ev::Event| {
        let value = event_target_value(&ev);
        let country = CountryCode::parse(&value).ok();
        divisions.set(Vec::new());
        scope.update(|s| {
            s.country = country;
            s.admin_area = None;
        });
    };
    let on_area = move |ev: ev::Event| {
        let value = event_target_value(&ev);
        scope.update(|s| s.admin_area = Some(value).filter(|v| !v.is_empty()));
    };
    let on_kind = move |ev: ev::Event| {
        if let Ok(kind) = event_target_value(&ev).parse::<ServiceKind>() {
            scope.update(|s| s.kind = kind);
        }
    };

    let country_options = move || {
        let lang = staff.locale.get();
        let chosen = scope.with(|s| s.country);
        let mut list: Vec<(CountryCode, String)> = countries
            .get()
            .into_iter()
            .map(|c| (c, intl::country_name(c.as_str(), lang)))
            .collect();
        list.sort_by(|a, b| a.1.cmp(&b.1));
        list.into_iter()
            .map(|(c, name)| view! { <option value=c.as_str().to_owned() selected=chosen == Some(c)>{name}</option> })
            .collect_view()
    };
    let area_options = move || {
        let chosen = scope.with(|s| s.admin_area.clone());
        divisions
            .get()
            .into_iter()
            .map(|(code, name)| {
                let selected = chosen.as_deref() == Some(code.as_str());
                view! { <option value=code selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let kind_options = move || {
        staff.locale.track();
        let chosen = scope.with(|s| s.kind);
        ServiceKind::ALL
            .iter()
            .map(|k| view! { <option value=k.as_str() selected=*k == chosen>{kind_name(*k)}</option> })
            .collect_view()
    };

    let body = move || {
        let lang = staff.locale.get();
        let current = scope.get();
        let answer = report.get()?;
        let shown = areas_shown(
            &answer,
            current.country,
            current.admin_area.as_deref(),
            current.kind,
        );
        let scope_name = match (current.country, &current.admin_area) {
            (None, _) => t!("staff-coverage-by-country"),
            (Some(c), None) => t!(
                "staff-coverage-by-area",
                country = intl::country_name(c.as_str(), lang)
            ),
            (Some(c), Some(_)) => t!(
                "staff-coverage-one-area",
                area = shown.first().map(|a| area_label(a, lang)).unwrap_or_default(),
                country = intl::country_name(c.as_str(), lang)
            ),
        };
        let demo = answer
            .demo
            .then(|| view! { <p class="notice">{t!("demo-notice")}</p> });
        let picture = if shown.is_empty() {
            view! { <p id="coverage-empty">{t!("staff-coverage-empty")}</p> }.into_any()
        } else {
            view! {
                <figure class="coverage-figure">
                    {chart(&shown, current.kind, scope_name.clone(), lang)}
                    <figcaption class="hint">{t!("staff-coverage-order")}</figcaption>
                </figure>
                {table(&shown, lang)}
            }
            .into_any()
        };
        Some(view! {
            {demo}
            <h2 id="coverage-chart-heading">{t!("staff-coverage-chart-heading", kind = kind_name(current.kind), scope = scope_name)}</h2>
            {picture}
            <h2 id="coverage-farthest-heading">{t!("staff-coverage-farthest-heading")}</h2>
            <p class="hint">{t!("staff-coverage-farthest-intro")}</p>
            {farthest(&answer.farthest, current.kind, lang)}
        })
    };
    let is_admin = move || {
        staff
            .user
            .with(|u| u.as_ref().is_some_and(|u| u.role == Role::Admin))
    };

    view! {
        <main id="coverage">
            <h1 tabindex="-1">{tx!("staff-coverage-heading")}</h1>
            <p>{tx!("staff-coverage-intro")}</p>
            <form id="coverage-filters" class="coverage-filters" on:submit=|ev: ev::SubmitEvent| ev.prevent_default()>
                <div>
                    <label for="coverage-country">{tx!("staff-coverage-country")}</label>
                    <select id="coverage-country" on:change=on_country>
                        <option value="">{tx!("staff-coverage-all-countries")}</option>
                        {country_options}
                    </select>
                </div>
                <div>
                    <label for="coverage-area">{tx!("staff-coverage-admin-area")}</label>
                    <select id="coverage-area" on:change=on_area prop:disabled=move || scope.with(|s| s.country.is_none())>
                        <option value="">{tx!("staff-coverage-whole-country")}</option>
                        {area_options}
                    </select>
                </div>
                <div>
                    <label for="coverage-kind">{tx!("staff-coverage-kind")}</label>
                    <select id="coverage-kind" on:change=on_kind>{kind_options}</select>
                </div>
            </form>
            <div class="actions">
                <button type="button" id="coverage-csv" class="secondary" prop:disabled=move || busy.get()
                    on:click=move |_| download_csv(staff, scope.get_untracked(), said, busy)>
                    {tx!("staff-coverage-download")}
                </button>
            </div>
            <p class="hint">{tx!("staff-coverage-download-hint")}</p>
            <p id="coverage-status" class="status" role="status">{move || said.get()}</p>
            <section id="coverage-report" aria-busy=move || loading.get().to_string() class:stale=move || loading.get()>
                {move || (report.with(Option::is_none) && loading.get()).then(|| view! { <p>{t!("service-loading")}</p> })}
                {body}
            </section>
            {move || is_admin().then(|| view! { <ReferralCountsTable /> })}
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_draws_three_bars_per_area_in_proportion_with_escaped_labels() {
        let bars = [
            Bar {
                label: "Gracias a Dios <norte>".to_owned(),
                shares: [0.0, 0.25, 1.0],
            },
            Bar {
                label: "Cortés".to_owned(),
                shares: [0.5, 0.75, 1.5],
            },
        ];
        let legend = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let bands = ["25 km".to_owned(), "50 km".to_owned(), "100 km".to_owned()];
        let svg = chart_markup(&bars, &legend, &bands, &|s| format!("{} %", fixed(s * 100.0, 0)));
        assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 6);
        assert!(svg.contains("Gracias a Dios &lt;norte&gt;"));
        // 25 % of the 500-unit bar is 125 units; a share over 1 is drawn as 100 %.
        assert!(
            svg.contains(r#"data-share="0.2500" x="64.0" y="75.0" width="125.0""#),
            "{svg}"
        );
        assert!(svg.contains(r#"data-share="1.0000""#));
        assert!(!svg.contains("1.5000"));
        assert!(svg.contains(">75 %<"));
        assert_eq!(
            chart_height(2),
            LEGEND_HEIGHT + 2.0 * (LABEL_HEIGHT + 3.0 * BAR_STEP + ROW_GAP)
        );
    }
}
