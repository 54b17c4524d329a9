//! Names and descriptions: a unique name in every language of a listing (the pattern, then the other pattern,
//! then with the town, then numbered), and short descriptions in Indigenous languages where staff speak them.

use api_types::{Localized, ServiceKind};
use rand_chacha::ChaCha8Rng;

use crate::lexicon::{ES, Lexicon, fill};
use crate::places::chance;
use crate::profile::Profile;
use crate::shelters::ShelterProfile;
use crate::{Builder, CountryState};

/// What a service's name is built from.
#[derive(Debug, Clone, Copy)]
pub(super) enum NameKey {
    Kind(ServiceKind),
    Shelter(ShelterProfile),
    Remote,
}

impl Builder {
    /// Short Indigenous-language descriptions for a service whose staff speak the language.
    pub(super) fn short_texts(
        profile: &Profile,
        spoken: &[&str],
        always_open: bool,
        share: f64,
        descriptions: &mut Localized,
        rng: &mut ChaCha8Rng,
    ) {
        for text in profile.short_texts {
            if spoken.contains(&text.tag) && chance(rng, share) {
                let mut parts = vec![text.demo, text.help];
                if always_open {
                    parts.push(text.day_and_night);
                }
                parts.push(text.closing);
                descriptions.insert(text.tag.to_owned(), parts.join(" "));
            }
        }
    }
}

/// Unique names in every language: the pattern, then the other pattern, then with the town, then numbered.
pub(super) fn names(
    state: &mut CountryState,
    langs: &[&'static Lexicon],
    key: NameKey,
    epithet: &str,
    town: Option<&str>,
    fallback_town: &str,
    variant: usize,
) -> Localized {
    let base = |lex: &Lexicon, variant: usize| -> String {
        let template = match key {
            NameKey::Kind(kind) => lex
                .kind_names
                .get(kind.index())
                .map_or("{e}", |pair| pair[variant % 2]),
            NameKey::Shelter(profile) => profile.name_template(lex, variant % 2),
            NameKey::Remote => lex.remote_names[variant % 2],
        };
        fill(template, &[("e", epithet)])
    };
    let suffixed = |text: String, suffix: &Option<String>| match suffix {
        Some(s) => format!("{text} – {s}"),
        None => text,
    };
    let primary = langs.first().copied().unwrap_or(&ES);
    let mut attempts: Vec<(usize, Option<String>)> = vec![
        (variant, town.map(str::to_owned)),
        (variant + 1, town.map(str::to_owned)),
        (variant, Some(fallback_town.to_owned())),
    ];
    attempts.extend((2..50).map(|k| (variant, Some(format!("{fallback_town} {k}")))));
    let (variant, suffix) = attempts
        .into_iter()
        .find(|(v, s)| !state.service_names.contains(&suffixed(base(primary, *v), s)))
        .unwrap_or((
            variant,
            Some(format!("{fallback_town} {}", state.service_names.len())),
        ));
    state
        .service_names
        .insert(suffixed(base(primary, variant), &suffix));
    langs
        .iter()
        .map(|l| {
            (
                l.tag.to_owned(),
                format!("{} (demo)", suffixed(base(l, variant), &suffix)),
            )
        })
        .collect()
}
