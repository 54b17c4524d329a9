//! How each country writes and speaks: the languages of its listings' texts, and the languages its services'
//! staff speak (more Indigenous languages in some regions).

use api_types::Population;
use rand_chacha::ChaCha8Rng;
use ruta_server::reference::PlaceRecord;

use crate::lexicon::{EN, ES, FR, GN, HT, Lexicon, NL, PT, QU, QUC, ShortText};
use crate::places::chance;
use crate::{Builder, CountryCtx};

/// How a country writes and speaks.
#[derive(Debug)]
pub(super) struct Profile {
    /// The language of names, addresses and phone labels.
    pub(super) primary: &'static Lexicon,
    /// Languages every listing is also written in (French beside Creole in Haiti).
    pub(super) also: &'static [&'static Lexicon],
    /// Languages some listings are also written in, with the share of listings.
    pub(super) optional: &'static [(&'static Lexicon, f64)],
    /// Languages every service speaks.
    pub(super) spoken: &'static [&'static str],
    /// Languages some services speak, with the share of services.
    pub(super) spoken_optional: &'static [(&'static str, f64)],
    /// Short descriptions added when staff speak that language.
    pub(super) short_texts: &'static [&'static ShortText],
    /// A country many migrants cross or settle in.
    pub(super) migrant_hub: bool,
}

const ENGLISH_MOST: &[(&Lexicon, f64)] = &[(&EN, 0.8)];

pub(super) fn profile(iso: &str) -> Profile {
    let spanish = |spoken_optional: &'static [(&'static str, f64)], migrant_hub: bool| Profile {
        primary: &ES,
        also: &[],
        optional: ENGLISH_MOST,
        spoken: &["es"],
        spoken_optional,
        short_texts: &[],
        migrant_hub,
    };
    let english = |spoken_optional: &'static [(&'static str, f64)]| Profile {
        primary: &EN,
        also: &[],
        optional: &[],
        spoken: &["en"],
        spoken_optional,
        short_texts: &[],
        migrant_hub: false,
    };
    match iso {
        "BR" => Profile {
            primary: &PT,
            also: &[],
            optional: ENGLISH_MOST,
            spoken: &["pt"],
            spoken_optional: &[("en", 0.12), ("es", 0.06), ("ht", 0.02)],
            short_texts: &[],
            migrant_hub: false,
        },
        "HT" => Profile {
            primary: &HT,
            also: &[&FR],
            optional: &[(&EN, 0.75)],
            spoken: &["ht"],
            spoken_optional: &[("fr", 0.75), ("en", 0.15), ("es", 0.08)],
            short_texts: &[],
            migrant_hub: false,
        },
        "SR" => Profile {
            primary: &NL,
            also: &[],
            optional: ENGLISH_MOST,
            spoken: &["nl"],
            spoken_optional: &[("srn", 0.5), ("en", 0.25), ("hns", 0.08), ("jv", 0.08)],
            short_texts: &[],
            migrant_hub: false,
        },
        "BZ" => Profile {
            optional: &[(&ES, 0.5)],
            ..english(&[("es", 0.55), ("bzj", 0.3), ("kek", 0.06)])
        },
        "GY" => english(&[("es", 0.08), ("pt", 0.05)]),
        "TT" => Profile {
            migrant_hub: true,
            ..english(&[("es", 0.15)])
        },
        "BS" => english(&[("ht", 0.12)]),
        "JM" => english(&[("jam", 0.4)]),
        "LC" => english(&[("acf", 0.2)]),
        "AG" | "BB" | "DM" | "GD" | "KN" | "VC" => english(&[("es", 0.04)]),
        "BO" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.3), ("ay", 0.25), ("gn", 0.03), ("en", 0.1)], false)
        },
        "PE" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.22), ("ay", 0.05), ("en", 0.15)], true)
        },
        "EC" => Profile {
            short_texts: &[&QU],
            ..spanish(&[("qu", 0.18), ("en", 0.12)], true)
        },
        "GT" => Profile {
            short_texts: &[&QUC],
            ..spanish(
                &[
                    ("quc", 0.1),
                    ("kek", 0.08),
                    ("mam", 0.06),
                    ("cak", 0.1),
                    ("en", 0.1),
                ],
                false,
            )
        },
        "PY" => Profile {
            short_texts: &[&GN],
            ..spanish(&[("gn", 0.7), ("pt", 0.05), ("en", 0.1)], false)
        },
        "MX" => spanish(&[("nah", 0.05), ("yua", 0.03), ("en", 0.2)], true),
        "DO" => spanish(&[("ht", 0.14), ("en", 0.2)], true),
        "CL" => spanish(&[("ht", 0.07), ("arn", 0.05), ("en", 0.12)], true),
        "CO" => spanish(&[("en", 0.12), ("guc", 0.03)], true),
        "PA" => spanish(&[("en", 0.3), ("gym", 0.05)], true),
        "CR" => spanish(&[("en", 0.3)], true),
        "HN" => spanish(&[("miq", 0.03), ("cab", 0.03), ("en", 0.12)], false),
        "NI" => spanish(&[("miq", 0.05), ("en", 0.12)], false),
        "AR" => spanish(&[("en", 0.15), ("pt", 0.05), ("gn", 0.02)], false),
        "UY" => spanish(&[("pt", 0.08), ("en", 0.12)], false),
        _ => spanish(&[("en", 0.12)], false),
    }
}

/// Indigenous languages more often spoken in a region than in the country as a whole.
fn regional_languages(admin1_iso: &str) -> &'static [(&'static str, f64)] {
    match admin1_iso {
        "MX-YUC" | "MX-ROO" | "MX-CAM" => &[("yua", 0.4)],
        "MX-PUE" | "MX-VER" | "MX-HID" | "MX-SLP" | "MX-GRO" => &[("nah", 0.25)],
        "BO-L" | "BO-O" => &[("ay", 0.5), ("qu", 0.2)],
        "BO-C" | "BO-P" | "BO-H" => &[("qu", 0.5)],
        "PE-PUN" => &[("ay", 0.4), ("qu", 0.4)],
        "PE-CUS" | "PE-AYA" | "PE-APU" | "PE-HUV" => &[("qu", 0.6)],
        "EC-H" | "EC-X" | "EC-I" | "EC-T" => &[("qu", 0.45)],
        "GT-08" | "GT-09" | "GT-14" => &[("quc", 0.45)],
        "GT-16" => &[("kek", 0.5)],
        "GT-12" | "GT-13" => &[("mam", 0.4)],
        "GT-03" | "GT-04" | "GT-07" => &[("cak", 0.45)],
        _ => &[],
    }
}

/// True for the languages that are not Indigenous (for the "indigenous peoples" population).
pub(super) fn is_colonial_or_creole(tag: &str) -> bool {
    matches!(
        tag,
        "es" | "pt" | "en" | "fr" | "nl" | "ht" | "srn" | "jam" | "bzj" | "acf" | "hns" | "jv"
    )
}

impl Builder {
    /// The languages an organisation writes in.
    pub(super) fn text_langs(
        &self,
        profile: &Profile,
        all_optional: bool,
        rng: &mut ChaCha8Rng,
    ) -> Vec<&'static Lexicon> {
        let mut langs = vec![profile.primary];
        langs.extend(profile.also.iter().copied());
        for (lex, share) in profile.optional {
            if all_optional || chance(rng, *share) {
                langs.push(lex);
            }
        }
        langs
    }

    /// The languages a service in `place` speaks.
    pub(super) fn spoken(
        &self,
        ctx: &CountryCtx<'_>,
        place: &PlaceRecord,
        populations: &[Population],
        rng: &mut ChaCha8Rng,
    ) -> Vec<&'static str> {
        let mut tags: Vec<&'static str> = ctx.profile.spoken.to_vec();
        for (tag, share) in ctx
            .profile
            .spoken_optional
            .iter()
            .chain(regional_languages(&place.admin1_iso))
        {
            if chance(rng, *share) {
                tags.push(tag);
            }
        }
        // Haitian migrants in the Dominican Republic and Chile: services for migrants there more often speak Creole.
        let iso = ctx.record.iso2.as_str();
        if populations.contains(&Population::Migrants) && matches!(iso, "DO" | "CL") && chance(rng, 0.25) {
            tags.push("ht");
        }
        tags
    }
}
