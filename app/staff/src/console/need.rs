//! What the caller needs, as the search form says it, and the operators' search it makes.

use std::collections::BTreeSet;

use api_types::{Place, Population, ServiceKind};
use ruta_ui::api::operator::OperatorQuery;
use ruta_ui::api::{DeliveryFilter, Filters, SearchOrigin, SearchQuery};

/// What the caller needs, as the form says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Need {
    pub(super) kind: Option<ServiceKind>,
    pub(super) language: Option<String>,
    pub(super) population: Option<Population>,
    pub(super) free: bool,
    pub(super) open_now: bool,
    pub(super) delivery: DeliveryFilter,
    /// Places free, at least (0: any).
    pub(super) min_beds: u32,
    /// Confirmed within this many days.
    pub(super) verified_within_days: Option<u32>,
}

impl Need {
    /// The operators' search from `place`.
    pub(super) fn query(&self, place: &Place) -> OperatorQuery {
        let mut query = SearchQuery::new(SearchOrigin::Place {
            id: place.id,
            name: place.name.clone(),
        });
        query.filters = Filters {
            kinds: self.kind.into_iter().collect::<BTreeSet<_>>(),
            populations: self.population.into_iter().collect::<BTreeSet<_>>(),
            language: self.language.clone(),
            free: self.free,
            open_now: self.open_now,
            delivery: self.delivery,
        };
        OperatorQuery {
            search: query,
            min_beds: self.min_beds,
            verified_within_days: self.verified_within_days,
        }
    }
}

/// The need as the form's fields say it (all but the language).
pub(super) fn read_need(form: &web_sys::HtmlFormElement) -> Option<Need> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let text = |name: &str| {
        data.get(name)
            .as_string()
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    let number = |name: &str| text(name).parse::<u32>().ok();
    Some(Need {
        kind: text("kind").parse().ok(),
        // Set by its own picker (`language_box`), not a form field.
        language: None,
        population: text("population").parse().ok(),
        free: data.has("free"),
        open_now: data.has("open_now"),
        delivery: DeliveryFilter::from_value(&text("delivery")),
        min_beds: number("min_beds").unwrap_or(0).min(999),
        verified_within_days: number("verified_within_days")
            .filter(|d| *d > 0)
            .map(|d| d.min(3650)),
    })
}
