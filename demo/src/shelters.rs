//! Shelters: who they are for (mostly women and children; very few for men or LGBTQ+ people, but findable),
//! and how many are confidential safe houses.

use api_types::Population;
use rand_chacha::ChaCha8Rng;

use crate::lexicon::Lexicon;
use crate::places::{chance, weighted};

/// Share of shelters that are confidential safe houses.
pub(super) const CONFIDENTIAL_SHARE: f64 = 0.34;
/// Countries whose capital always has one LGBTQ+ shelter (they are scarce, but must exist to be findable).
pub(super) const LGBTQ_SHELTER_COUNTRIES: [&str; 5] = ["MX", "BR", "CO", "AR", "GT"];
/// Countries whose capital always has one shelter for men.
pub(super) const MEN_SHELTER_COUNTRIES: [&str; 6] = ["MX", "BR", "CO", "PE", "DO", "HN"];

/// Who a shelter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ShelterProfile {
    Women,
    WomenChildren,
    Children,
    Adolescents,
    Families,
    Migrants,
    Mixed,
    Men,
    Lgbtq,
}

impl ShelterProfile {
    pub(super) fn random(rng: &mut ChaCha8Rng, migrant_context: bool) -> Self {
        use ShelterProfile::*;
        let migrants = if migrant_context { 14.0 } else { 3.0 };
        // Each profile with its weight.
        let options = [
            (Women, 28.0),
            (WomenChildren, 20.0),
            (Children, 18.0),
            (Adolescents, 8.0),
            (Families, 6.0),
            (Migrants, migrants),
            (Mixed, 5.0),
            (Men, 2.5),
            (Lgbtq, 1.0),
        ];
        let weights = options.map(|(_, weight)| weight);
        options
            .get(weighted(rng, &weights))
            .map_or(Women, |(profile, _)| *profile)
    }

    pub(super) fn populations(self, rng: &mut ChaCha8Rng) -> Vec<Population> {
        use Population as P;
        let mut out = match self {
            ShelterProfile::Women => vec![P::Women],
            ShelterProfile::WomenChildren => vec![P::Women, P::Children],
            ShelterProfile::Children => vec![P::Children, P::Adolescents],
            ShelterProfile::Adolescents => vec![P::Adolescents],
            ShelterProfile::Families => vec![P::Families, P::Women, P::Children],
            ShelterProfile::Migrants => vec![P::Migrants, P::Women, P::Children],
            ShelterProfile::Mixed => vec![P::Women, P::Men],
            ShelterProfile::Men => vec![P::Men],
            ShelterProfile::Lgbtq => vec![P::Lgbtq],
        };
        let sexual = match self {
            ShelterProfile::Women | ShelterProfile::Lgbtq => 0.55,
            ShelterProfile::Adolescents | ShelterProfile::WomenChildren => 0.35,
            ShelterProfile::Men => 0.1,
            _ => 0.15,
        };
        let labour = match self {
            ShelterProfile::Men => 0.7,
            ShelterProfile::Mixed | ShelterProfile::Migrants => 0.4,
            _ => 0.08,
        };
        if chance(rng, sexual) {
            out.push(P::SexualExploitation);
        }
        if chance(rng, labour) {
            out.push(P::LabourExploitation);
        }
        if chance(rng, 0.05) {
            out.push(P::PeopleWithDisabilities);
        }
        out
    }

    pub(super) fn name_template(self, lex: &Lexicon, variant: usize) -> &'static str {
        let names = &lex.shelter_names;
        match self {
            ShelterProfile::Women | ShelterProfile::WomenChildren => names.women,
            ShelterProfile::Children | ShelterProfile::Adolescents => names.children,
            ShelterProfile::Men => names.men,
            ShelterProfile::Lgbtq => names.lgbtq,
            _ => names.general.get(variant).copied().unwrap_or(names.general[0]),
        }
    }
}
