//! A search's answer as the console lists it: nearby services, then remote ones, with what only operators see.

use api_types::{
    Cost, DeliveryMode, LanguageCode, OperatorDetails, OperatorHit, OperatorRemoteHit,
    OperatorSearchResponse, Phone, Population, ServiceKind, ServiceStatus,
};
use uuid::Uuid;

/// One service in the results, nearby or remote, with what only operators see.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) name_lang: String,
    pub(super) kinds: Vec<ServiceKind>,
    /// Distance to the door (or to the approximate area when the exact one is missing); `None` for remote help.
    pub(super) distance_m: Option<u32>,
    pub(super) open_now: Option<bool>,
    pub(super) always_open: bool,
    pub(super) confidential: bool,
    pub(super) demo: bool,
    pub(super) languages: Vec<LanguageCode>,
    pub(super) populations: Vec<Population>,
    pub(super) cost: Cost,
    pub(super) delivery: Vec<DeliveryMode>,
    pub(super) status: ServiceStatus,
    pub(super) phones: Vec<Phone>,
    pub(super) operator: OperatorDetails,
}

impl Row {
    fn nearby(found: OperatorHit) -> Self {
        let OperatorHit { hit, operator } = found;
        Self {
            id: hit.id,
            name: hit.name,
            name_lang: hit.name_lang,
            kinds: hit.kinds,
            distance_m: Some(operator.distance_m.unwrap_or(hit.distance_m)),
            open_now: hit.open_now,
            always_open: operator.hours.as_ref().is_some_and(|h| h.always_open),
            confidential: hit.confidential,
            demo: hit.demo,
            languages: hit.languages,
            populations: hit.populations,
            cost: hit.cost,
            delivery: hit.delivery,
            status: hit.status,
            phones: hit.phones,
            operator,
        }
    }

    fn remote(found: OperatorRemoteHit) -> Self {
        let OperatorRemoteHit { hit, operator } = found;
        Self {
            id: hit.id,
            name: hit.name,
            name_lang: hit.name_lang,
            kinds: hit.kinds,
            distance_m: None,
            open_now: hit.open_now,
            always_open: hit.always_open,
            // Remote help has no door to keep secret.
            confidential: false,
            demo: hit.demo,
            languages: hit.languages,
            populations: hit.populations,
            cost: hit.cost,
            delivery: hit.delivery,
            status: ServiceStatus::Active,
            phones: hit.phones,
            operator,
        }
    }
}

/// A search's answer, flattened: nearby services first, then remote ones (one list for ↑/↓).
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) rows: Vec<Row>,
    pub(super) nearby: usize,
    pub(super) radius_m: u32,
    pub(super) demo: bool,
}

impl Found {
    pub(super) fn from(answer: OperatorSearchResponse) -> Self {
        let nearby = answer.results.len();
        let rows = answer
            .results
            .into_iter()
            .map(Row::nearby)
            .chain(answer.remote.into_iter().map(Row::remote))
            .collect();
        Self {
            rows,
            nearby,
            radius_m: answer.radius_m,
            demo: answer.demo,
        }
    }
}
