//! Organisations: their records (kept descriptions when the file repeats one), and which organisation a service
//! belongs to.

use std::collections::HashMap;

use api_types::Localized;
use uuid::Uuid;

use super::fields::{Obj, first_raw, flag, instant, raw, truncate};
use super::services::MAX_NAME;
use super::{At, Mapper};
use crate::domain::Organization;

/// Organisations as read, before their services are known.
pub(super) struct OrgDraft {
    pub(super) at: At,
    pub(super) id: Uuid,
    pub(super) value: Obj,
}

impl Mapper<'_> {
    pub(super) fn organization_of(
        &mut self,
        at: &At,
        v: &Obj,
        org_by_raw: &HashMap<String, Option<Uuid>>,
        only_org: Option<Uuid>,
    ) -> Option<Uuid> {
        let given = raw(v, "organization_id");
        if let Some(given) = &given {
            match org_by_raw.get(given) {
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
        if let Some(only) = only_org {
            let why = if given.is_some() {
                "organization_id matches no organisation: attached to the file's only organisation"
            } else {
                "no organization_id: attached to the file's only organisation"
            };
            self.report.fixed(at, "organization_id", why);
            return Some(only);
        }
        let why = if given.is_some() {
            "its organization_id matches no organisation in the file or in Ruta"
        } else {
            "no organization_id, and the file has several organisations (or none)"
        };
        self.report.skipped_row(at, why);
        None
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
        let website = first_raw(v, &["website", "url"]);
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
