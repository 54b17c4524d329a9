//! Life lines as served: the shipped files (`data/lifelines/`) with admins' corrections laid over them. A
//! correction replaces one country's whole set, is checked by the same rules as the files, is audited, and is
//! served at once; taking it back serves the shipped set again. A country's set has an entity tag ([`etag`]):
//! a correction made with one is written only if the set is still that version.

use std::sync::{Arc, RwLock, RwLockReadGuard};

use api_types::{AuditAction, CountryCode, CountryLifeLines, LifeLinesDocument, LifeLinesInput};
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::{Actor, AuditEntry, ETag, Invalid, Precondition};
use crate::reference::LifeLineBook;
use crate::storage::StoreError;
use crate::storage::lifelines::{LifeLineStore, StoredCorrection};

/// Why a correction was not saved.
#[derive(Debug, thiserror::Error)]
pub enum LifeLineError {
    /// A field breaks a rule.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// Not a country of the reference data.
    #[error("unknown country")]
    UnknownCountry,
    /// Nothing to take back.
    #[error("no correction")]
    NoCorrection,
    /// The country's set changed since the admin read it (its entity tag is not the one given).
    #[error("changed by someone else")]
    Changed,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The life lines every handler reads, and their one write path.
#[derive(Debug, Clone)]
pub struct LifeLines {
    shipped: Arc<LifeLineBook>,
    current: Arc<RwLock<LifeLineBook>>,
    store: Arc<dyn LifeLineStore>,
    writes: Arc<tokio::sync::Mutex<()>>,
}

/// The entity tag of a country's life lines as served (`None`: Ruta serves none for it): the hash of the set's
/// JSON, which follows the shipped file and the stored correction, so it is the same after a restart and on every
/// replica.
pub fn etag(lines: Option<&CountryLifeLines>) -> ETag {
    ETag::of(&lines)
}

/// The audit log's id for a country's life lines: stable, derived from the code.
pub fn audit_id(country: CountryCode) -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_OID,
        format!("ruta:lifelines:{country}").as_bytes(),
    )
}

impl LifeLines {
    /// The shipped set with the stored corrections laid over it. A stored correction that no longer passes the
    /// rules (a number retired since) is left out, with a warning in the log, and the shipped set is served.
    pub async fn load(shipped: Arc<LifeLineBook>, store: Arc<dyn LifeLineStore>) -> Result<Self, StoreError> {
        let mut current = (*shipped).clone();
        for stored in store.lifeline_corrections().await? {
            match shipped.check(stored.country, stored.body) {
                Ok(mut lines) => {
                    lines.correction = Some(correction_of(stored.corrected_at));
                    current.put(lines);
                }
                Err(e) => {
                    tracing::warn!(country = %stored.country, error = %e, "life-line correction no longer valid");
                }
            }
        }
        Ok(Self {
            shipped,
            current: Arc::new(RwLock::new(current)),
            store,
            writes: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// The set served now: the shipped one with the stored corrections laid over it.
    pub fn read(&self) -> RwLockReadGuard<'_, LifeLineBook> {
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A country's set as served now, with its entity tag.
    pub fn current(&self, country: CountryCode) -> (Option<CountryLifeLines>, ETag) {
        let lines = self.read().get(country).cloned();
        let tag = etag(lines.as_ref());
        (lines, tag)
    }

    /// Every country's as a reader needs them (see [`for_reader`]): the app's copy, kept for use with no
    /// connection.
    pub fn document(&self, lang: Option<&str>) -> LifeLinesDocument {
        LifeLinesDocument {
            countries: self.read().iter().map(|lines| for_reader(lines, lang)).collect(),
        }
    }

    /// Replaces `country`'s set with `input`, audited, and serves it at once. With a `precondition`, only if the
    /// set served now still has that entity tag, checked under the write lock with the write (else
    /// [`LifeLineError::Changed`]); the audit entry's `before` is read under the same lock.
    pub async fn correct(
        &self,
        actor: &Actor,
        country: CountryCode,
        input: LifeLinesInput,
        known: impl Fn(CountryCode) -> bool,
        precondition: Option<&Precondition>,
        now: DateTime<Utc>,
    ) -> Result<(CountryLifeLines, ETag), LifeLineError> {
        if !known(country) {
            return Err(LifeLineError::UnknownCountry);
        }
        let mut lines = self.shipped.check(country, input.clone())?;
        let _write = self.writes.lock().await;
        let (before, tag) = self.current(country);
        if !Precondition::holds_if_given(precondition, &tag) {
            return Err(LifeLineError::Changed);
        }
        // A source read "after today" is a typo (or a wrong clock): refused for what this correction adds; sources
        // already served keep their dates.
        if let Some(field) = checked_after(&lines, before.as_ref(), now.date_naive()) {
            return Err(Invalid::new(field, "a source cannot be checked after today").into());
        }
        lines.correction = Some(correction_of(now));
        let audit = entry(
            actor,
            country,
            AuditAction::Correct,
            before.as_ref(),
            Some(&lines),
            now,
        );
        let stored = StoredCorrection {
            country,
            body: input,
            corrected_at: now,
        };
        self.store.save_lifeline_correction(&stored, &audit).await?;
        self.current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .put(lines.clone());
        let tag = etag(Some(&lines));
        Ok((lines, tag))
    }

    /// Takes `country`'s correction back: the shipped set is served again. With a `precondition`, only if the
    /// corrected set still has that entity tag (else [`LifeLineError::Changed`]).
    pub async fn revert(
        &self,
        actor: &Actor,
        country: CountryCode,
        precondition: Option<&Precondition>,
        now: DateTime<Utc>,
    ) -> Result<(Option<CountryLifeLines>, ETag), LifeLineError> {
        let _write = self.writes.lock().await;
        let (before, tag) = self.current(country);
        if before.as_ref().and_then(|b| b.correction.as_ref()).is_none() {
            return Err(LifeLineError::NoCorrection);
        }
        if !Precondition::holds_if_given(precondition, &tag) {
            return Err(LifeLineError::Changed);
        }
        let shipped = self.shipped.get(country).cloned();
        let audit = entry(
            actor,
            country,
            AuditAction::Revert,
            before.as_ref(),
            shipped.as_ref(),
            now,
        );
        if !self.store.remove_lifeline_correction(country, &audit).await? {
            return Err(LifeLineError::NoCorrection);
        }
        let mut current = self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match &shipped {
            Some(lines) => current.put(lines.clone()),
            None => current.remove(country),
        }
        let tag = etag(shipped.as_ref());
        Ok((shipped, tag))
    }
}

/// What the every-country document holds of a country's life lines, small enough for a slow link: maintainers'
/// notes and the sources' pages left out (each source keeps its checked date and status; `/countries/{iso2}` has
/// the pages), and the route's texts only in `lang` (its primary subtag, else English) when one is given.
pub fn for_reader(lines: &CountryLifeLines, lang: Option<&str>) -> CountryLifeLines {
    let mut lines = lines.clone();
    let bare = |source: &mut api_types::Source| {
        source.url.clear();
        source.title.clear();
        source.published = None;
    };
    lines.emergency.iter_mut().for_each(|e| {
        e.note = None;
        bare(&mut e.source);
    });
    lines.lines.iter_mut().for_each(|l| {
        l.note = None;
        bare(&mut l.source);
    });
    if let Some(route) = lines.route.as_mut() {
        route.law_source_url = None;
        route.steps.iter_mut().for_each(|s| bare(&mut s.source));
    }
    lines.gaps.iter_mut().for_each(|g| g.note.clear());
    if let (Some(route), Some(lang)) = (lines.route.as_mut(), lang) {
        let primary = lang.split('-').next().unwrap_or(lang);
        let keep = |texts: &mut std::collections::BTreeMap<String, String>| {
            let chosen = [lang, primary, "en"]
                .iter()
                .find_map(|tag| texts.get_key_value(*tag).map(|(k, v)| (k.clone(), v.clone())))
                .or_else(|| {
                    texts
                        .iter()
                        .find(|(k, _)| k.split('-').next() == Some(primary))
                        .map(|(k, v)| (k.clone(), v.clone()))
                });
            texts.clear();
            texts.extend(chosen);
        };
        for step in &mut route.steps {
            keep(&mut step.title);
            keep(&mut step.text);
        }
    }
    lines
}

fn correction_of(at: DateTime<Utc>) -> api_types::lifelines::LifeLinesCorrection {
    api_types::lifelines::LifeLinesCorrection {
        corrected_on: at.date_naive(),
    }
}

/// The first field whose source is new (not among those `served` already shows) and says it was checked after
/// `today`.
fn checked_after(
    lines: &CountryLifeLines,
    served: Option<&CountryLifeLines>,
    today: chrono::NaiveDate,
) -> Option<String> {
    let known: Vec<&api_types::Source> = served
        .map(|s| {
            s.emergency
                .iter()
                .map(|e| &e.source)
                .chain(s.lines.iter().map(|l| &l.source))
                .collect()
        })
        .unwrap_or_default();
    let emergency = lines
        .emergency
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("emergency[{i}].source.checked_on"), &e.source));
    let others = lines
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| (format!("lines[{i}].source.checked_on"), &l.source));
    emergency
        .chain(others)
        .find(|(_, source)| source.checked_on > today && !known.contains(source))
        .map(|(field, _)| field)
}

fn entry(
    actor: &Actor,
    country: CountryCode,
    action: AuditAction,
    before: Option<&CountryLifeLines>,
    after: Option<&CountryLifeLines>,
    now: DateTime<Utc>,
) -> AuditEntry {
    AuditEntry {
        before: before.and_then(|b| serde_json::to_value(b).ok()),
        after: after.and_then(|a| serde_json::to_value(a).ok()),
        ..actor.entry(now, action, "lifelines", audit_id(country))
    }
}
