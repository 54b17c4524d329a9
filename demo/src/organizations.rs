//! Organisations: one national organisation per country (it runs the hotline), then local ones in the towns;
//! every name unique in its country, every web and email address under example.org.

use api_types::Localized;
use rand_chacha::ChaCha8Rng;
use ruta_server::domain::Organization;
use ruta_server::domain::text::fold;
use ruta_server::reference::PlaceRecord;
use uuid::Uuid;

use crate::lexicon::{Lexicon, fill};
use crate::places::{chance, index, pick, unit};
use crate::{Builder, CountryCtx, CountryState};

/// The organisation a service belongs to, and what its listings share.
#[derive(Debug, Clone)]
pub(super) struct OrgRef {
    pub(super) id: Uuid,
    pub(super) epithet: &'static str,
    pub(super) home: u32,
    /// Languages its listings are written in.
    pub(super) langs: Vec<&'static Lexicon>,
}

impl Builder {
    /// A new organisation based in `place`.
    pub(super) fn new_org(
        &mut self,
        ctx: &CountryCtx<'_>,
        state: &mut CountryState,
        place: &PlaceRecord,
        national: bool,
        rng: &mut ChaCha8Rng,
    ) -> OrgRef {
        let lex = ctx.profile.primary;
        let unused: Vec<&'static str> = lex
            .epithets
            .iter()
            .copied()
            .filter(|e| !state.used_epithets.contains(e))
            .collect();
        let epithet = if unused.is_empty() {
            pick(rng, lex.epithets, "Demo")
        } else {
            pick(rng, &unused, "Demo")
        };
        state.used_epithets.insert(epithet);
        let template = if national {
            lex.national_org
        } else {
            pick(rng, &lex.org_templates, "{e}")
        };
        let mut base = fill(template, &[("e", epithet)]);
        if state.org_names.contains(&base) {
            base = format!("{base} – {}", place.name);
        }
        let mut k = 2;
        while state.org_names.contains(&base) {
            base = format!("{} – {} {k}", fill(template, &[("e", epithet)]), place.name);
            k += 1;
        }
        state.org_names.insert(base.clone());

        let langs = self.text_langs(&ctx.profile, national, rng);
        let descriptions = langs
            .iter()
            .map(|l| {
                let line = if national {
                    l.org_national_desc.to_owned()
                } else {
                    fill(l.org_local_desc, &[("place", &place.name)])
                };
                (l.tag.to_owned(), format!("{} {line}", l.demo_org))
            })
            .collect();
        let slug = format!(
            "{}-{}",
            fold(&base).replace(' ', "-"),
            ctx.record.iso2.as_str().to_ascii_lowercase()
        );
        let org = self.push_org(format!("{base} (demo)"), descriptions, &slug, rng);
        let org = OrgRef {
            id: org,
            epithet,
            home: place.id,
            langs,
        };
        if !national {
            state.local_orgs.push(org.clone());
        }
        org
    }

    pub(super) fn push_org(
        &mut self,
        name: String,
        descriptions: Localized,
        slug: &str,
        rng: &mut ChaCha8Rng,
    ) -> Uuid {
        let id = self.id("organization", self.organizations.len());
        let website = chance(rng, 0.55).then(|| format!("https://example.org/{slug}"));
        let email = chance(rng, 0.5).then(|| format!("{slug}@example.org"));
        let verified_at = chance(rng, 0.85)
            .then(|| self.ago((unit(rng) * 500.0 * 1440.0) as i64 + index(rng, 1440) as i64));
        self.organizations.push(Organization {
            id,
            name,
            descriptions,
            website,
            email,
            verified_at,
            demo: true,
        });
        id
    }
}
