//! Organisations: their records (kept descriptions when the file repeats one), and which organisation a service
//! belongs to.

use std::collections::HashMap;

use api_types::Localized;
use uuid::Uuid;

use super::fields::{Obj, first_raw, flag, instant, raw, truncate};
use super::services::MAX_NAME;
use super::{At, Mapper, tolerant};
use crate::domain::Organization;
use crate::domain::text::fold;
use crate::hsds::derive_id;

/// Organisations as read, before their services are known.
pub(super) struct OrgDraft {
    pub(super) at: At,
    pub(super) id: Uuid,
    pub(super) value: Obj,
}

/// The organisations a run knows by the file's ids, and the placeholders it made for services whose
/// organisation the file does not hold.
pub(super) struct Orgs {
    /// Organisations of the file, then placeholders.
    pub(super) drafts: Vec<OrgDraft>,
    /// The file's id → Ruta's id (`None`: the organisation was left out, and so are its services).
    pub(super) by_raw: HashMap<String, Option<Uuid>>,
    /// The file's only organisation, when it has exactly one.
    pub(super) only: Option<Uuid>,
}

/// Columns some directories name a service's organisation by, when they give no id.
const ORG_NAME_COLUMNS: [&str; 4] = ["organization_name", "agency_name", "agency", "provider_name"];

impl Mapper<'_> {
    /// The organisation a service belongs to. A service whose `organization_id` matches nothing, or that names
    /// its organisation only by name, gets a placeholder organisation (reported, to review) rather than being
    /// left out: a shelter is not dropped because its directory's organisations table is incomplete.
    pub(super) fn organization_of(&mut self, at: &At, v: &Obj, orgs: &mut Orgs) -> Option<Uuid> {
        let given = raw(v, "organization_id");
        if let Some(given) = &given {
            match orgs.by_raw.get(given) {
                Some(Some(id)) => return Some(*id),
                Some(None) => {
                    self.report.skipped_row(at, "its organisation was left out");
                    return None;
                }
                None => {}
            }
            if let Ok(uuid) = Uuid::parse_str(given)
                && self.ctx.known.organization(&uuid).is_some()
            {
                return Some(uuid);
            }
        }
        let named = first_raw(v, &ORG_NAME_COLUMNS);
        if given.is_none()
            && named.is_none()
            && let Some(only) = orgs.only
        {
            self.report.fixed(
                at,
                "organization_id",
                "no organization_id: attached to the file's only organisation",
            );
            return Some(only);
        }
        // A placeholder: keyed by the file's id (so a later file with that organisation updates it), else by
        // the name the service gives, else one for the whole file.
        let key = match (&given, &named) {
            (Some(id), _) => format!("organization/{id}"),
            (None, Some(name)) => format!("organization#name/{}", fold(name)),
            (None, None) => "organization#unnamed".to_owned(),
        };
        let raw_key = given.clone().unwrap_or_else(|| key.clone());
        let why = if given.is_some() {
            "its organization_id matches no organisation in the file or in Ruta: attached to a placeholder \
             organisation made from it (review its name)"
        } else {
            "no organization_id: attached to a placeholder organisation (review its name)"
        };
        self.report.fixed(at, "organization_id", why);
        if let Some(Some(id)) = orgs.by_raw.get(&raw_key) {
            return Some(*id);
        }
        let id = match given.as_deref().map(Uuid::parse_str) {
            Some(Ok(uuid)) => uuid,
            _ => derive_id(&self.ns, &key),
        };
        let name = match (&named, &given) {
            (Some(name), _) => name.clone(),
            (None, Some(id)) => format!("Organisation {id} of {} (to review)", self.ctx.options.source),
            (None, None) => format!(
                "Services of {} without an organisation (to review)",
                self.ctx.options.source
            ),
        };
        let placeholder_at = At::new("organization", None, given);
        self.report.warning(
            &placeholder_at,
            Some("name"),
            "a placeholder organisation: the file does not hold this organisation, so it was made from the \
             services that point to it; review its name, website and contacts",
        );
        let mut value = Obj::new();
        value.insert("name".into(), serde_json::Value::String(name));
        orgs.by_raw.insert(raw_key, Some(id));
        orgs.drafts.push(OrgDraft {
            at: placeholder_at,
            id,
            value,
        });
        Some(id)
    }

    pub(super) fn organization(&mut self, draft: &OrgDraft, lang: Option<String>) -> Organization {
        let v = &draft.value;
        let at = &draft.at;
        let existing = self.ctx.known.organization(&draft.id).cloned();
        let name = self.text(at, v, "name").unwrap_or_default();
        let name = truncate(&name, MAX_NAME).unwrap_or(name);
        let description = self.text(at, v, "description");
        let descriptions = match (description, &existing) {
            (None, Some(e)) => e.descriptions.clone(),
            (None, None) => Localized::new(),
            (Some(d), Some(e)) if e.descriptions.values().any(|t| *t == d) => e.descriptions.clone(),
            (Some(d), _) => {
                let mut texts = Localized::new();
                texts.insert(lang.unwrap_or_else(|| "es".to_owned()), d);
                texts
            }
        };
        let website = first_raw(v, &["website", "url"]).and_then(|w| match tolerant::web_address(&w) {
            Some((address, added)) => {
                if added {
                    self.report
                        .fixed(at, "website", "no http:// or https://: https:// added");
                }
                Some(address)
            }
            None => {
                self.report
                    .skipped_field(at, "website", "not a web address: left out");
                None
            }
        });
        let email = raw(v, "email");
        let verified_at = raw(v, "x_ruta_verified_at")
            .and_then(|t| instant(&t))
            .or_else(|| existing.as_ref().and_then(|e| e.verified_at));
        Organization {
            id: draft.id,
            name,
            descriptions,
            website,
            email,
            verified_at,
            demo: flag(v, "x_ruta_demo") || existing.is_some_and(|e| e.demo),
        }
    }
}
