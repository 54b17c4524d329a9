//! What a notification says: a subject and a text per kind, from the Fluent messages `notify-<kind>-subject` and
//! `notify-<kind>-body` of `locales/<lang>/ruta_server.ftl`, written with the payload's arguments.
//!
//! Staff messages say what happened and "open Ruta", nothing about the person. Messages to the person who booked
//! (`booking_confirmed`, `booking_reminder`) are neutral in every language: no service, counselling, violence,
//! trafficking or shelter words, not even Ruta's name (the tests below check a list of words per language).

use std::collections::BTreeMap;

use crate::coverage::referral::Words;
use crate::domain::notification::NotificationKind;

/// A notification's words, ready to send.
#[derive(Clone, PartialEq, Eq)]
pub struct Message {
    /// The e-mail's subject (a text message leaves it out).
    pub subject: String,
    /// The body, from the Fluent message `notify-<kind>-body`.
    pub text: String,
}

/// Its words may carry a reference or a time: kept out of `Debug`, so out of logs.
impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Message([redacted])")
    }
}

/// Writes the message of `kind` in the language of `words`, with `args` (missing ones stay as Fluent shows them).
pub fn render(kind: NotificationKind, args: &BTreeMap<String, String>, words: &dyn Words) -> Message {
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let kind = kind.as_str();
    Message {
        subject: words.get(&format!("notify-{kind}-subject"), &args),
        text: words.get(&format!("notify-{kind}-body"), &args),
    }
}

/// Whether a message of `kind` goes to the person who booked (and must be neutral), rather than to staff.
pub fn to_the_person(kind: NotificationKind) -> bool {
    matches!(
        kind,
        NotificationKind::BookingConfirmed | NotificationKind::BookingReminder
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages() -> ruta_locales::Messages {
        match ruta_locales::Messages::load("ruta_server", "es") {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        }
    }

    fn args() -> BTreeMap<String, String> {
        [
            ("date", "2026-12-02"),
            ("time", "16:00"),
            ("reference", "R-7KQ2"),
            (
                "listings",
                "- Centro Demo: https://ruta.example/listings/confirm?token=abc",
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    /// Word stems a message to the person may not contain, per language: what would tell someone reading their
    /// phone what the appointment is for (a service, counselling, psychology, trafficking, violence, a shelter,
    /// help) or where it was made (Ruta, an NGO). A stem matches the start of any word.
    const FORBIDDEN: [(&str, &[&str]); 8] = [
        (
            "en",
            &[
                "service",
                "counsel",
                "psycholog",
                "therap",
                "traffick",
                "violen",
                "abuse",
                "shelter",
                "victim",
                "help",
                "support",
                "session",
                "exploit",
                "safe",
                "ruta",
                "ngo",
            ],
        ),
        (
            "es",
            &[
                "servicio", "consej", "asesor", "psicol", "terap", "trata", "tráfico", "violen", "abuso",
                "albergue", "refugio", "víctima", "ayuda", "apoyo", "sesión", "explota", "segur", "ruta",
                "ong",
            ],
        ),
        (
            "pt-BR",
            &[
                "serviço", "aconselh", "psicol", "terap", "tráfico", "violên", "abuso", "abrigo", "acolh",
                "vítima", "ajuda", "apoio", "sessão", "explora", "segur", "ruta", "ong",
            ],
        ),
        (
            "fr",
            &[
                "service",
                "conseil",
                "psycholog",
                "thérap",
                "traite",
                "trafic",
                "violen",
                "abus",
                "refuge",
                "foyer",
                "héberg",
                "victime",
                "aide",
                "soutien",
                "séance",
                "exploit",
                "sécur",
                "ruta",
                "ong",
            ],
        ),
        (
            "ht",
            &[
                "sèvis", "konsèy", "sikoloj", "terapi", "trafik", "vyolans", "abi", "refij", "viktim", "èd",
                "ede", "sipò", "seyans", "eksplwat", "sekirite", "ruta", "ong",
            ],
        ),
        (
            "nl",
            &[
                "dienst",
                "hulp",
                "psycholo",
                "therap",
                "mensenhandel",
                "handel",
                "geweld",
                "misbruik",
                "opvang",
                "slachtoffer",
                "steun",
                "sessie",
                "uitbuit",
                "veilig",
                "ruta",
                "ngo",
            ],
        ),
        (
            "qu",
            &[
                "yanapa", "psicolog", "terap", "trata", "maqa", "sesion", "ruta", "ong", "servicio", "wasi",
            ],
        ),
        (
            "gn",
            &[
                "pytyvõ",
                "psicolog",
                "terap",
                "trata",
                "violencia",
                "ñemongeta",
                "ñomongeta",
                "sesión",
                "ruta",
                "ong",
                "servicio",
                "tekoha",
            ],
        ),
    ];

    /// The words of `text` that start with one of `stems`.
    fn forbidden_in<'t>(text: &'t str, stems: &[&str]) -> Vec<&'t str> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| stems.iter().any(|stem| word.starts_with(stem)))
            .collect()
    }

    #[test]
    fn the_persons_messages_name_no_service_help_or_harm_in_any_language() {
        // The check itself catches what it is for.
        assert_eq!(
            forbidden_in("your counselling session at the shelter", FORBIDDEN[0].1),
            ["counselling", "session", "shelter"]
        );
        let messages = messages();
        let mut found = Vec::new();
        for (language, stems) in FORBIDDEN {
            let Some(words) = messages.negotiate(language) else {
                panic!("{language} is not shipped");
            };
            assert_eq!(words.language(), language);
            for kind in [
                NotificationKind::BookingConfirmed,
                NotificationKind::BookingReminder,
            ] {
                let message = render(kind, &args(), &words);
                let text = format!("{} {}", message.subject, message.text).to_lowercase();
                assert!(
                    text.contains("16:00") && text.contains("r-7kq2"),
                    "{language} {kind}: {text}"
                );
                for word in forbidden_in(&text, stems) {
                    found.push(format!("{language} {kind}: “{word}” in “{text}”"));
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn every_kind_has_a_subject_and_a_text_in_every_language_and_staff_ones_say_nothing_of_the_person() {
        let messages = messages();
        for language in ruta_locales::LANGUAGES {
            let Some(words) = messages.negotiate(language) else {
                panic!("{language} is not shipped");
            };
            for kind in NotificationKind::ALL {
                let message = render(*kind, &args(), &words);
                for part in [&message.subject, &message.text] {
                    assert!(
                        !part.is_empty() && !part.contains("notify-") && !part.contains('{'),
                        "{language} {kind}: {part}"
                    );
                }
                if !to_the_person(*kind) {
                    // Staff messages are written without the person's values; the listing check has its link.
                    assert!(!message.text.contains("R-7KQ2"), "{language} {kind}");
                }
            }
        }
    }
}
