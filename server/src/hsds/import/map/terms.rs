//! Taxonomy terms → kinds of service, populations and delivery modes: Ruta's own taxonomies exactly; other
//! taxonomies' terms by their code or exact name in a table (the import's own, then Ruta's built-in one,
//! [`super::term_table`]); any other by keywords in several languages. What each term became is reported once,
//! so a dry run shows the mapping's effect; a term that names nothing is reported once too.

use api_types::manage::SourceTerm;
use api_types::{DeliveryMode, Population, ServiceKind};
use serde_json::Value;

use super::fields::{Obj, first_raw, list, matches_any, push_unique, raw, uuid_of};
use super::term_table::TermTable;
use super::{At, Mapper};
use crate::domain::text::fold;
use crate::hsds::export::{RutaTaxonomy, UNNAMED_SOURCE_TAXONOMY, source_taxonomy_id, source_term_id};

#[rustfmt::skip]
const KIND_WORDS: &[(ServiceKind, &[&str])] = &[
    (ServiceKind::Shelter, &["shelter*", "refugio*", "refuge", "albergue*", "acogida", "safe house*",
        "casa segura", "housing", "alojamiento*", "abrigo*", "hebergement*", "accommodation*",
        "hogar de paso", "casa de paso"]),
    (ServiceKind::Psychosocial, &["psychosocial", "psicosocial", "psicossocial", "mental health",
        "salud mental", "saude mental", "sante mentale", "counsel*", "consejer*", "psycholog*",
        "psicolog*", "psychotherap*", "psicoterap*", "therap*", "terap*", "apoyo emocional",
        "emotional support", "support group*"]),
    (ServiceKind::Hotline, &["hotline*", "helpline*", "help line*", "crisis line*", "linea de ayuda",
        "linea de emergencia*", "linea gratuita", "linha de ajuda", "linha direta", "ligne d ecoute",
        "telefono de ayuda", "call center"]),
    (ServiceKind::Legal, &["legal", "lawyer*", "attorney*", "law", "abogad*", "juridic*", "juridique*",
        "asesoria legal", "assistance juridique", "advogad*"]),
    (ServiceKind::Health, &["health*", "salud", "saude", "sante", "medic*", "clinic*", "clinica*",
        "hospital*", "nurs*", "enfermer*", "dental", "sexual and reproductive*"]),
    (ServiceKind::FoodClothing, &["food*", "aliment*", "comida*", "clothing", "clothes", "ropa", "roupa*",
        "vetement*", "basic needs", "necesidades basicas", "meal*", "despensa*"]),
    (ServiceKind::EmploymentTraining, &["employ*", "empleo*", "emprego*", "job", "jobs", "vocational",
        "training", "capacitacion*", "formacion profesional", "formacao profissional", "livelihood*",
        "medios de vida", "emprendimiento*", "insercion laboral", "reinsercion laboral"]),
    (ServiceKind::Education, &["educat*", "educacion*", "educacao", "school*", "escuela*", "escola*",
        "ecole*", "literacy", "alfabetizacion", "tutoring"]),
    (ServiceKind::DocumentsMigration, &["document*", "migration*", "migracion*", "migracao", "migrator*",
        "migratori*", "immigration*", "inmigracion*", "asylum", "asilo", "visa*", "regulariza*",
        "identity document*", "civil registr*", "registro civil"]),
    (ServiceKind::Repatriation, &["repatri*", "return home", "voluntary return", "retorno*", "retour*"]),
    (ServiceKind::FinancialAid, &["financial*", "financier*", "financiera*", "cash", "cash transfer*",
        "economic support", "apoyo economico", "ayuda economica", "money", "dinero", "subsid*",
        "expense assistance", "rent assistance", "rental assistance", "help pay*", "ayuda para el alquiler",
        "ayuda con la renta", "auxilio aluguel"]),
];

#[rustfmt::skip]
const POPULATION_WORDS: &[(Population, &[&str])] = &[
    (Population::Women, &["women", "woman", "female*", "mujer*", "mulher*", "femme*", "girls and women"]),
    (Population::Men, &["men", "man", "male", "males", "hombre*", "homem", "homens", "varon*", "masculin*"]),
    (Population::Lgbtq, &["lgbt*", "lgtb*", "glbt*", "transgender*", "trans", "gay", "lesbian*", "queer",
        "intersex*", "diversidad sexual", "sexual diversity"]),
    (Population::Children, &["child*", "nino*", "nina*", "infan*", "crianca*", "enfant*", "kids", "minor*",
        "menores", "boys", "girls"]),
    (Population::Adolescents, &["adolescen*", "teen*", "youth*", "joven*", "juventud*", "juvenil*",
        "jeunes"]),
    (Population::Families, &["famil*"]),
    (Population::Migrants, &["migrant*", "immigrant*", "inmigrante*", "refugee*", "refugiad*",
        "asylum seeker*", "displaced", "desplazad*", "solicitantes de asilo"]),
    (Population::IndigenousPeoples, &["indigen*", "first nation*", "pueblos originarios",
        "povos indigenas"]),
    (Population::PeopleWithDisabilities, &["disab*", "discapacidad*", "deficien*", "handicap*",
        "special needs"]),
    (Population::SexualExploitation, &["sexual exploitation", "explotacion sexual", "exploracao sexual",
        "sex trafficking", "commercial sexual*", "trata con fines sexuales", "trafficking for sexual*"]),
    (Population::LabourExploitation, &["labour exploitation", "labor exploitation", "forced labo*",
        "trabajo forzoso", "explotacion laboral", "trabalho escravo", "trabalho forcado",
        "labor trafficking", "labour trafficking", "servidumbre"]),
    (Population::OtherExploitation, &["forced marriage*", "matrimonio forzado", "forced begging",
        "mendicidad", "forced criminality"]),
];

#[rustfmt::skip]
const DELIVERY_WORDS: &[(DeliveryMode, &[&str])] = &[
    (DeliveryMode::InPerson, &["in person", "presencial*", "walk in", "drop in", "face to face"]),
    (DeliveryMode::Phone, &["phone*", "telephon*", "telefon*", "by phone", "llamada*", "ligacao"]),
    (DeliveryMode::Video, &["video*", "videollamada*", "video call*", "telehealth", "telemedic*",
        "teleconsult*", "online", "virtual*"]),
    (DeliveryMode::Chat, &["chat*", "whatsapp", "text message*", "sms", "messenger", "mensajeria"]),
];

const MENTAL_HEALTH: &[&str] = &["mental health", "salud mental", "saude mental", "sante mentale"];

/// Phrases with a shelter word that are not a place to stay for people: paying for a home, sheltering animals.
const NOT_SHELTER: &[&str] = &[
    "housing expense",
    "help pay for housing",
    "rent assistance",
    "rental assistance",
    "ayuda para el alquiler",
    "animal shelter",
    "animal refuge",
    "pet shelter",
    "refugio de animales",
    "refugio animal",
    "albergue de animales",
    "abrigo de animais",
    "refuge pour animaux",
];

/// Words for human trafficking in general: a service for its survivors that names no form serves those of
/// sexual, labour and other exploitation alike (so a filter by any form finds it).
const TRAFFICKING: &[&str] = &[
    "human trafficking",
    "trafficking in persons",
    "trafficked person*",
    "victims of trafficking",
    "trafficking survivor*",
    "survivors of trafficking",
    "trata de personas",
    "trata de seres humanos",
    "victimas de trata",
    "sobrevivientes de trata",
    "trafico de pessoas",
    "trafico de personas",
    "traite des personnes",
    "traite des etres humains",
];

/// Kinds, populations and delivery modes a term's words name.
fn classify(text: &str) -> (Vec<ServiceKind>, Vec<Population>, Vec<DeliveryMode>) {
    let folded = format!(" {} ", fold(text));
    let without = |phrases: &[&str]| {
        phrases
            .iter()
            .fold(folded.clone(), |text, phrase| text.replace(phrase, " "))
    };
    let (without_mental, without_not_shelter) = (without(MENTAL_HEALTH), without(NOT_SHELTER));
    let kinds = KIND_WORDS
        .iter()
        .filter(|(kind, words)| {
            let text = match kind {
                ServiceKind::Health => &without_mental,
                ServiceKind::Shelter => &without_not_shelter,
                _ => &folded,
            };
            matches_any(text, words)
        })
        .map(|(k, _)| *k)
        .collect();
    let mut populations: Vec<Population> = POPULATION_WORDS
        .iter()
        .filter(|(_, words)| matches_any(&folded, words))
        .map(|(p, _)| *p)
        .collect();
    let forms = [
        Population::SexualExploitation,
        Population::LabourExploitation,
        Population::OtherExploitation,
    ];
    if matches_any(&folded, TRAFFICKING) && !populations.iter().any(|p| forms.contains(p)) {
        populations.extend(forms);
    }
    let delivery = DELIVERY_WORDS
        .iter()
        .filter(|(_, words)| matches_any(&folded, words))
        .map(|(d, _)| *d)
        .collect();
    (kinds, populations, delivery)
}

/// `'Emergency Shelter' of taxonomy 'Open Eligibility'`, for the report.
fn term_label(name: &str, taxonomy: &str) -> String {
    if taxonomy.is_empty() {
        format!("'{name}'")
    } else {
        format!("'{name}' of taxonomy '{taxonomy}'")
    }
}

/// Most terms kept from the source per service; more are reported and left out.
pub const MAX_SOURCE_TERMS: usize = 50;
/// Longest taxonomy name, code or term name kept, in characters.
const MAX_TERM_TEXT: usize = 200;

/// What a service's terms say: Ruta's kinds, populations and delivery modes, and the source's own terms.
#[derive(Debug, Default)]
pub(super) struct Terms {
    pub kinds: Vec<ServiceKind>,
    pub populations: Vec<Population>,
    pub delivery: Vec<DeliveryMode>,
    pub source: Vec<SourceTerm>,
}

impl Terms {
    fn add(&mut self, kinds: &[ServiceKind], populations: &[Population], delivery: &[DeliveryMode]) {
        kinds.iter().for_each(|k| push_unique(&mut self.kinds, *k));
        populations
            .iter()
            .for_each(|p| push_unique(&mut self.populations, *p));
        delivery.iter().for_each(|d| push_unique(&mut self.delivery, *d));
    }
}

/// A term of another taxonomy as the file gives it, or nothing when it has neither name nor code. Its taxonomy
/// and ids are completed as the export gives them (a name for an unnamed taxonomy, UUIDv5 ids where the file
/// gave none), so that what is stored is what an export says and a re-import of that export stores the same.
fn source_term(a: &Obj, t: &Obj) -> Option<SourceTerm> {
    let code = raw(t, "code");
    let name = first_raw(t, &["name", "term"]).or_else(|| code.clone())?;
    let mut term = SourceTerm {
        taxonomy: first_raw(t, &["taxonomy_detail_name", "taxonomy", "vocabulary"]).unwrap_or_default(),
        taxonomy_id: uuid_of(t, "taxonomy_id"),
        id: uuid_of(a, "taxonomy_term_id").or_else(|| uuid_of(t, "id")),
        code,
        name,
    };
    let (taxonomy_id, id) = (source_taxonomy_id(&term), source_term_id(&term));
    if term.taxonomy.is_empty() {
        UNNAMED_SOURCE_TAXONOMY.clone_into(&mut term.taxonomy);
    }
    term.taxonomy_id = Some(taxonomy_id);
    term.id = Some(id);
    Some(term)
}

impl Mapper<'_> {
    /// A service's terms: Ruta's own taxonomies' terms exactly; the others kept as they came and, unless the
    /// service carries Ruta's own terms (a Ruta export, where they already say what the others meant), mapped
    /// by a table or by keywords.
    pub(super) fn terms(&mut self, at: &At, v: &Obj) -> Terms {
        let mut terms = Terms::default();
        let mut others: Vec<(At, &Obj, &Obj)> = Vec::new();
        for a in list(v, "attributes") {
            let Some(a) = a.as_object() else {
                continue;
            };
            let a_at = self.at_of("attribute", a, at);
            self.read("attribute");
            let term = a.get("taxonomy_term").and_then(Value::as_object);
            let term_id = uuid_of(a, "taxonomy_term_id").or_else(|| term.and_then(|t| uuid_of(t, "id")));
            let mut exact = term_id.and_then(|id| self.ruta_terms.get(&id).copied());
            if exact.is_none()
                && let Some(t) = term
                && let (Some(taxonomy), Some(code)) = (uuid_of(t, "taxonomy_id"), raw(t, "code"))
                && let Some(taxonomy) = self.ruta_taxonomies.get(&taxonomy).copied()
            {
                exact = taxonomy
                    .codes()
                    .iter()
                    .find(|c| **c == code)
                    .map(|c| (taxonomy, *c));
            }
            if let Some((taxonomy, code)) = exact {
                match taxonomy {
                    RutaTaxonomy::Kind => code
                        .parse()
                        .into_iter()
                        .for_each(|k| push_unique(&mut terms.kinds, k)),
                    RutaTaxonomy::Population => code
                        .parse()
                        .into_iter()
                        .for_each(|p| push_unique(&mut terms.populations, p)),
                    RutaTaxonomy::Delivery => code
                        .parse()
                        .into_iter()
                        .for_each(|d| push_unique(&mut terms.delivery, d)),
                }
            } else if let Some(t) = term {
                others.push((a_at, a, t));
            } else {
                self.report
                    .skipped_row(&a_at, "its taxonomy term is not given and is not one of Ruta's");
            }
        }
        let ruta_own = !(terms.kinds.is_empty() && terms.populations.is_empty() && terms.delivery.is_empty());
        let mut words: Vec<(At, String, String)> = Vec::new();
        for (a_at, a, t) in others {
            if let Some(kept) = source_term(a, t) {
                self.keep_source_term(&a_at, &mut terms.source, kept);
            }
            if ruta_own {
                continue;
            }
            let name = first_raw(t, &["name", "term", "code"]).unwrap_or_default();
            let taxonomy =
                first_raw(t, &["taxonomy_detail_name", "taxonomy", "vocabulary"]).unwrap_or_default();
            let (code, term_name) = (raw(t, "code"), first_raw(t, &["name", "term"]));
            // The options outlive this borrow of the mapper: the rows are read in place, not copied per term.
            let options = self.ctx.options;
            let found = options
                .terms
                .as_deref()
                .into_iter()
                .chain(options.kept_terms.as_deref())
                .chain([TermTable::built_in()])
                .find_map(|table| {
                    let row = table.find(code.as_deref(), term_name.as_deref(), Some(&taxonomy))?;
                    Some((&table.label, row))
                });
            if let Some((table, row)) = found {
                terms.add(&row.kinds, &row.populations, &row.delivery);
                let label = term_label(&name, &taxonomy);
                if self.mapped_terms.insert(label.clone()) {
                    self.report.fixed(
                        &a_at,
                        "taxonomy_term",
                        format!("term {label}: {} by {table} (reported once)", row.meaning()),
                    );
                }
                continue;
            }
            let text = [raw(t, "name"), raw(t, "term"), raw(t, "code"), raw(a, "value")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            words.push((a_at, text, term_label(&name, &taxonomy)));
        }
        for e in list(v, "x_import_eligibility") {
            if let Some(text) = e.as_str() {
                words.push((at.clone(), text.to_owned(), format!("eligibility '{text}'")));
            }
        }
        for (a_at, text, label) in words {
            let (k, p, d) = classify(&text);
            if k.is_empty() && p.is_empty() && d.is_empty() {
                if self.unmatched_terms.insert(label.clone()) {
                    self.report.skipped_field(
                        &a_at,
                        "taxonomy_term",
                        format!(
                            "term {label} names no Ruta kind, population or delivery mode (kept as the \
                             source's term; reported once)"
                        ),
                    );
                }
                continue;
            }
            if self.mapped_terms.insert(label.clone()) {
                let meaning: Vec<&str> = k
                    .iter()
                    .map(|k| k.as_str())
                    .chain(p.iter().map(|p| p.as_str()))
                    .chain(d.iter().map(|d| d.as_str()))
                    .collect();
                self.report.fixed(
                    &a_at,
                    "taxonomy_term",
                    format!("term {label}: {} by keywords (reported once)", meaning.join(", ")),
                );
            }
            terms.add(&k, &p, &d);
        }
        terms
    }

    /// Keeps a source term once, within the limits of length and number.
    fn keep_source_term(&mut self, at: &At, kept: &mut Vec<SourceTerm>, term: SourceTerm) {
        let too_long = [Some(&term.taxonomy), term.code.as_ref(), Some(&term.name)]
            .into_iter()
            .flatten()
            .any(|t| t.chars().count() > MAX_TERM_TEXT);
        if too_long {
            self.report.skipped_field(
                at,
                "taxonomy_term",
                format!("a term longer than {MAX_TERM_TEXT} characters is not kept"),
            );
        } else if kept.contains(&term) {
        } else if kept.len() == MAX_SOURCE_TERMS {
            self.report.skipped_field(
                at,
                "taxonomy_term",
                format!("more than {MAX_SOURCE_TERMS} terms: '{}' is not kept", term.name),
            );
        } else {
            kept.push(term);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_of_other_taxonomies_map_by_keyword() {
        let (k, p, d) = classify("Refugio para mujeres");
        assert_eq!(k, vec![ServiceKind::Shelter]);
        assert_eq!(p, vec![Population::Women]);
        assert!(d.is_empty());
        let (k, _, _) = classify("Mental Health Counseling");
        assert_eq!(
            k,
            vec![ServiceKind::Psychosocial],
            "mental health is not health care here"
        );
        let (k, _, _) = classify("Asesoría legal");
        assert_eq!(k, vec![ServiceKind::Legal]);
        let (_, p, _) = classify("Men's shelter");
        assert_eq!(p, vec![Population::Men]);
        let (_, p, _) = classify("Women");
        assert_eq!(p, vec![Population::Women], "'women' is not 'men'");
        let (k, p, d) = classify("name code");
        assert!(k.is_empty() && p.is_empty() && d.is_empty());
    }

    /// The words of real 211 exports that were mapped wrong (issue 15).
    #[test]
    fn paying_for_a_home_and_animal_shelters_are_not_shelters_and_trafficking_is_every_form() {
        let (k, _, _) = classify("Housing Expense Assistance");
        assert_eq!(k, vec![ServiceKind::FinancialAid]);
        let (k, p, d) = classify("Animal Shelters");
        assert!(k.is_empty() && p.is_empty() && d.is_empty(), "{k:?}");
        let (k, _, _) = classify("Refugio de animales");
        assert!(k.is_empty(), "{k:?}");
        let (k, _, _) = classify("Emergency Shelter");
        assert_eq!(k, vec![ServiceKind::Shelter], "a shelter still is one");
        let every_form = vec![
            Population::SexualExploitation,
            Population::LabourExploitation,
            Population::OtherExploitation,
        ];
        for term in [
            "Victims of Human Trafficking",
            "Atención a víctimas de trata de personas",
            "Tráfico de pessoas",
            "Traite des êtres humains",
        ] {
            let (_, p, _) = classify(term);
            assert_eq!(p, every_form, "{term}");
        }
        let (_, p, _) = classify("Sex trafficking survivors");
        assert_eq!(
            p,
            vec![Population::SexualExploitation],
            "a named form is that form only"
        );
    }
}
