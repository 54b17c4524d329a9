//! The public list of counsellors: who fits what the person asked for, and in which order — first those who
//! speak the person's language, then those whose organisation works in the person's country, then the soonest
//! free; each with their organisation's name and country, so two counsellors called Ana can be told apart.

use std::collections::HashMap;

use api_types::booking::CounsellorView;
use api_types::{CountryCode, Gender, LanguageCode, Modality};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Counsellor;
use super::service::Bookings;
use crate::directory::Directory;
use crate::storage::StoreError;

/// What the person looks for, and what puts a counsellor first.
#[derive(Debug, Default, Clone)]
pub struct CounsellorQuery {
    /// Speaks one of these (none: any).
    pub languages: Vec<LanguageCode>,
    /// Is this gender.
    pub gender: Option<Gender>,
    /// Works with this (`children`, `men`…).
    pub speciality: Option<String>,
    /// Offers this way of meeting.
    pub modality: Option<Modality>,
    /// Belongs to this organisation (booking from one of its services' pages).
    pub organization: Option<Uuid>,
    /// The person's language (the app's): counsellors who speak it come first.
    pub prefer_language: Option<LanguageCode>,
    /// The person's country: then counsellors whose organisation works there.
    pub country: Option<CountryCode>,
}

impl CounsellorQuery {
    fn fits(&self, c: &Counsellor) -> bool {
        let speaks = self.languages.is_empty()
            || self
                .languages
                .iter()
                .any(|l| c.languages.iter().any(|k| k.primary() == l.primary()));
        speaks
            && self.gender.is_none_or(|g| c.gender() == g)
            && self
                .speciality
                .as_ref()
                .is_none_or(|s| c.specialities.iter().any(|k| k == s))
            && self.modality.is_none_or(|m| c.modalities.contains(&m))
            && self.organization.is_none_or(|o| c.organization_id == o)
    }
}

/// Organisations as the counsellor list names them: name, and the country most of their listed services are in.
#[derive(Debug, Default, Clone)]
pub struct Organisations(HashMap<Uuid, (String, Option<CountryCode>)>);

impl Organisations {
    /// Read from the directory (taken once, so no lock is held while the list is built).
    pub fn of(directory: &Directory) -> Self {
        let mut countries: HashMap<Uuid, HashMap<CountryCode, usize>> = HashMap::new();
        for entry in directory.entries().filter(|e| e.service.is_listed()) {
            *countries
                .entry(entry.service.organization_id)
                .or_default()
                .entry(entry.service.country)
                .or_default() += 1;
        }
        Self(
            directory
                .organizations()
                .map(|o| {
                    // The most services; ties to the first code, so the answer never flickers.
                    let country = countries.get(&o.id).and_then(|by_country| {
                        by_country
                            .iter()
                            .max_by_key(|(code, n)| (**n, std::cmp::Reverse(**code)))
                            .map(|(code, _)| *code)
                    });
                    (o.id, (o.name.clone(), country))
                })
                .collect(),
        )
    }

    fn name(&self, id: &Uuid) -> String {
        self.0.get(id).map(|o| o.0.clone()).unwrap_or_default()
    }

    fn country(&self, id: &Uuid) -> Option<CountryCode> {
        self.0.get(id).and_then(|o| o.1)
    }
}

/// A counsellor as the public list shows them, with their organisation and first free time.
pub fn counsellor_view(
    c: &Counsellor,
    organisations: &Organisations,
    soonest: Option<DateTime<Utc>>,
) -> CounsellorView {
    CounsellorView {
        id: c.id,
        display_name: c.display_name.clone(),
        organization_id: c.organization_id,
        organization_name: organisations.name(&c.organization_id),
        country: organisations.country(&c.organization_id),
        gender: c.gender(),
        languages: c.languages.clone(),
        specialities: c.specialities.clone(),
        modalities: c.modalities.clone(),
        timezone: c.availability.timezone.name().to_owned(),
        session_minutes: c.availability.session.num_minutes(),
        soonest,
        demo: c.demo,
    }
}

/// The order of the list: the person's language, then their country, then the soonest free time, then the name.
fn order(query: &CounsellorQuery, c: &CounsellorView) -> impl Ord + use<> {
    let speaks = query
        .prefer_language
        .as_ref()
        .is_none_or(|p| c.languages.iter().any(|l| l.primary() == p.primary()));
    let here = query.country.is_none_or(|country| c.country == Some(country));
    (
        !speaks,
        !here,
        c.soonest.is_none(),
        c.soonest,
        c.display_name.clone(),
    )
}

impl Bookings {
    /// Active counsellors who fit `query`, in the list's order.
    pub async fn list(
        &self,
        query: &CounsellorQuery,
        organisations: &Organisations,
        now: DateTime<Utc>,
    ) -> Result<Vec<CounsellorView>, StoreError> {
        let mut out = Vec::new();
        for c in self
            .store
            .counsellors()
            .await?
            .iter()
            .filter(|c| c.active && query.fits(c))
        {
            let soonest = self
                .open_slots(c, now, now, now + c.availability.horizon)
                .await?
                .first()
                .map(|s| s.start);
            out.push(counsellor_view(c, organisations, soonest));
        }
        out.sort_by_cached_key(|c| order(query, c));
        Ok(out)
    }

    /// How many active counsellors of an organisation take bookings.
    pub async fn count_of(&self, organization: Uuid) -> Result<usize, StoreError> {
        Ok(self
            .store
            .counsellors()
            .await?
            .iter()
            .filter(|c| c.active && c.organization_id == organization)
            .count())
    }
}
