//! The language pickers: the caller's language and "language spoken". They offer every language the directory's
//! services speak (K'iche' included, not only the interface's 8) and the languages referrals are written in,
//! found by name, autonym, another usual name or code as the operator types, and chosen with the keyboard: a
//! text box with a list box under it (`role="combobox"`), like the place box.

use api_types::DirectoryLanguage;
use leptos::ev;
use leptos::prelude::*;
use ruta_ui::i18n::{self, Lang, t};

use super::dom::{reveal_soon, select_text};
use super::ui::Ui;

/// Autonyms of languages of the region other than the interface's (those come from [`Lang::autonym`]), and other
/// names operators may type for them (older Spanish spellings), for finding them. Only names with a source in
/// the communities' own usage; a language not here is found by its name in the interface language and its code.
const OTHER_NAMES: &[(&str, &str, &[&str])] = &[
    ("quc", "K'iche'", &["Quiché", "Kiche"]),
    ("cak", "Kaqchikel", &["Cakchiquel"]),
    ("kek", "Q'eqchi'", &["Kekchí"]),
    ("ay", "Aymar aru", &["Aymara"]),
    ("yua", "Maaya t'aan", &["Maya"]),
    ("arn", "Mapudungun", &["Mapuche"]),
    ("miq", "Miskitu", &["Miskito", "Misquito"]),
    ("gym", "Ngäbere", &["Guaymí"]),
    ("guc", "Wayuunaiki", &["Guajiro", "Wayuu"]),
    ("pap", "Papiamentu", &[]),
    ("srn", "Sranan Tongo", &[]),
    ("pt", "Português", &[]),
];

/// Text as it is compared when searching: lower case, without accents, without the apostrophes and glottal
/// marks that are written several ways (`K'iche'`, `Kʼicheʼ`, `K’iche’` are all `kiche`).
pub(super) fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ˀ' | '`' | '´'))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ẽ' | 'ē' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ĩ' | 'ī' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ũ' | 'ū' => 'u',
            'ý' | 'ỹ' => 'y',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// One language as the pickers offer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LanguageOption {
    /// Language subtag, e.g. `quc`.
    pub(super) code: String,
    /// Its name in the interface language.
    pub(super) name: String,
    /// Its name in itself, when known and not the same as `name`.
    pub(super) autonym: Option<String>,
    /// Listed services that speak it; `None` before the server has said.
    pub(super) services: Option<u32>,
    /// The language a referral for a caller who speaks it is written in.
    pub(super) referral_language: String,
    /// What typing is compared with: name, autonym, other names and code, folded.
    keys: Vec<String>,
}

impl LanguageOption {
    fn new(code: &str, services: Option<u32>, referral_language: String, lang: Lang) -> Self {
        let name = i18n::language_name(code, lang);
        let known = OTHER_NAMES.iter().find(|(c, _, _)| *c == code);
        let autonym = Lang::from_tag(code)
            .filter(|l| l.tag().split('-').next() == Some(code))
            .map(|l| l.autonym())
            .or(known.map(|(_, autonym, _)| *autonym))
            .filter(|a| fold(a) != fold(&name))
            .map(str::to_owned);
        let mut keys = vec![fold(&name), code.to_owned()];
        keys.extend(autonym.as_deref().map(fold));
        keys.extend(
            known
                .into_iter()
                .flat_map(|(_, _, others)| others.iter().map(|o| fold(o))),
        );
        Self {
            code: code.to_owned(),
            name,
            autonym,
            services,
            referral_language,
            keys,
        }
    }

    /// "Quechua (Runasimi)", or the name alone.
    pub(super) fn label(&self) -> String {
        match &self.autonym {
            Some(autonym) => format!("{} ({autonym})", self.name),
            None => self.name.clone(),
        }
    }

    /// How well it matches the folded `query`: 0 when a name starts with it, 1 when a word does, 2 when it is
    /// inside a name; `None` when it does not match.
    fn rank(&self, query: &str) -> Option<u8> {
        if query.is_empty() {
            return Some(0);
        }
        self.keys
            .iter()
            .filter_map(|key| {
                if key.starts_with(query) {
                    Some(0)
                } else if key.split([' ', '-']).any(|w| w.starts_with(query)) {
                    Some(1)
                } else {
                    key.contains(query).then_some(2)
                }
            })
            .min()
    }
}

/// What the pickers offer: the server's list (every language of the directory), else the interface's
/// languages; by name in the interface language.
pub(super) fn options(languages: &[DirectoryLanguage], lang: Lang) -> Vec<LanguageOption> {
    let mut list: Vec<LanguageOption> = if languages.is_empty() {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let code = l.tag().split('-').next().unwrap_or(l.tag());
                LanguageOption::new(code, None, l.tag().to_owned(), lang)
            })
            .collect()
    } else {
        languages
            .iter()
            .map(|l| {
                LanguageOption::new(
                    l.code.primary(),
                    Some(l.services),
                    l.referral_language.clone(),
                    lang,
                )
            })
            .collect()
    };
    list.sort_by_cached_key(|o| fold(&o.name));
    list.dedup_by(|a, b| a.code == b.code);
    list
}

/// The options matching what was typed, best first.
fn matching(options: &[LanguageOption], typed: &str) -> Vec<LanguageOption> {
    let query = fold(typed.trim());
    let mut found: Vec<(u8, &LanguageOption)> = options
        .iter()
        .filter_map(|o| o.rank(&query).map(|r| (r, o)))
        .collect();
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, o)| o.clone()).collect()
}

/// Which of the console's two language pickers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    /// The caller's language: the referral is composed in it (or in the language it falls back to).
    Caller,
    /// "Language spoken": the search filter; empty means any language.
    Spoken,
}

impl Which {
    fn id(self) -> &'static str {
        match self {
            Which::Caller => "console-caller",
            Which::Spoken => "console-language",
        }
    }

    fn chosen(self, ui: Ui) -> Option<String> {
        match self {
            Which::Caller => Some(ui.caller.get()),
            Which::Spoken => ui.need.with(|n| n.language.clone()),
        }
    }

    fn choose(self, ui: Ui, code: Option<String>) {
        match self {
            Which::Caller => {
                if let Some(code) = code
                    && ui.caller.with_untracked(|c| *c != code)
                {
                    ui.caller.set(code);
                }
            }
            Which::Spoken => {
                if ui.need.with_untracked(|n| n.language != code) {
                    ui.need.update(|n| n.language = code);
                }
            }
        }
    }
}

/// A language picker: label, text box, the matching languages, and (for the caller) the language the referral
/// will be written in.
pub(super) fn language_box(ui: Ui, which: Which, lang: Lang) -> impl IntoView {
    let id = which.id();
    let list_id = format!("{id}-options");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    // `None` while not typing: the box shows the chosen language.
    let typed = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let highlighted = RwSignal::new(None::<usize>);
    let all = Memo::new(move |_| ui.languages.with(|l| options(l, lang)));
    let shown = Memo::new(move |_| {
        let text = typed.get().unwrap_or_default();
        all.with(|all| matching(all, &text))
    });
    let chosen_label = move || {
        let code = which.chosen(ui)?;
        Some(all.with(|all| {
            all.iter()
                .find(|o| o.code == code)
                .map_or_else(|| i18n::language_name(&code, lang), LanguageOption::label)
        }))
    };
    let close = move || {
        open.set(false);
        highlighted.set(None);
        typed.set(None);
    };
    let pick = move |option: Option<LanguageOption>| {
        which.choose(ui, option.map(|o| o.code));
        close();
    };
    let on_input = move |ev: ev::Event| {
        let text = event_target_value(&ev);
        typed.set(Some(text));
        open.set(true);
        highlighted.set(shown.with_untracked(|s| (!s.is_empty()).then_some(0)));
    };
    let on_keydown = move |ev: ev::KeyboardEvent| {
        let count = shown.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                }
                if count == 0 {
                    return;
                }
                let down = ev.key() == "ArrowDown";
                highlighted.update(|h| {
                    *h = Some(match (*h, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                });
                if let Some(i) = highlighted.get_untracked() {
                    reveal_soon(option_id(i));
                }
            }
            "Enter" => {
                ev.prevent_default();
                let text = typed.get_untracked();
                if which == Which::Spoken && text.as_deref().is_some_and(|t| t.trim().is_empty()) {
                    pick(None);
                    return;
                }
                if !open.get_untracked() {
                    return;
                }
                let at = highlighted.get_untracked().unwrap_or(0);
                if let Some(option) = shown.with_untracked(|s| s.get(at).cloned()) {
                    pick(Some(option));
                }
            }
            "Escape" if open.get_untracked() || typed.with_untracked(Option::is_some) => {
                ev.prevent_default();
                close();
            }
            _ => {}
        }
    };
    let on_blur = move |_: ev::FocusEvent| {
        if which == Which::Spoken
            && typed.with_untracked(|t| t.as_deref().is_some_and(|t| t.trim().is_empty()))
        {
            which.choose(ui, None);
        }
        close();
    };
    let items = move || {
        shown
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, option)| {
                let count = match (which, option.services) {
                    (Which::Spoken, Some(n)) => Some(view! {
                        <span class="language-count">{t!("staff-console-language-services", count = n as usize)}</span>
                    }),
                    _ => None,
                };
                // The autonym marked as the language it is in, for screen readers.
                let autonym = option
                    .autonym
                    .clone()
                    .map(|a| view! { " (" <span lang=option.code.clone()>{a}</span> ")" });
                let name = option.name.clone();
                let chosen = option.clone();
                view! {
                    <li role="option" id=option_id(i) class="console-language-option" data-code=option.code
                        aria-selected=move || if highlighted.get() == Some(i) { "true" } else { "false" }
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| pick(Some(chosen.clone()))>
                        <span>{name}{autonym}</span>
                        {count}
                    </li>
                }
            })
            .collect_view()
    };
    let hint = move || match which {
        Which::Caller => {
            let code = ui.caller.get();
            let written = all.with(|all| {
                all.iter()
                    .find(|o| o.code == code)
                    .map(|o| o.referral_language.clone())
            });
            let written = written
                .or_else(|| Lang::from_tag(&code).map(|l| l.tag().to_owned()))
                .unwrap_or_else(|| "es".to_owned());
            t!(
                "staff-console-referral-in",
                language = i18n::language_name(&written, lang)
            )
        }
        Which::Spoken => t!("staff-console-language-hint"),
    };
    let (label, placeholder) = match which {
        Which::Caller => (t!("staff-console-caller"), String::new()),
        Which::Spoken => (t!("filter-language"), t!("filter-language-any")),
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div class="language-box">
            <label for=id>{label}</label>
            <input id=id type="text" autocomplete="off" spellcheck="false" placeholder=placeholder
                role="combobox" aria-autocomplete="list" aria-controls=list_id.clone()
                aria-describedby=hint_id.clone()
                aria-expanded=move || if open.get() && !shown.with(Vec::is_empty) { "true" } else { "false" }
                aria-activedescendant=move || highlighted.get().filter(|_| open.get()).map(option_id)
                prop:value=move || typed.get().or_else(chosen_label).unwrap_or_default()
                on:focus=move |ev: ev::FocusEvent| select_text(ev.target())
                on:input=on_input
                on:keydown=on_keydown
                on:blur=on_blur />
            <ul id=list_id role="listbox" class="console-languages" aria-label=label_for(which)
                hidden=move || !open.get() || shown.with(Vec::is_empty)>
                {items}
            </ul>
            <p id=hint_id class="hint">{hint}</p>
        </div>
    }
}

fn label_for(which: Which) -> String {
    match which {
        Which::Caller => t!("staff-console-caller"),
        Which::Spoken => t!("filter-language"),
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn apostrophes_accents_and_case_do_not_matter() {
        for written in ["K'iche'", "Kʼicheʼ", "K’iche’", "KICHE"] {
            assert_eq!(fold(written), "kiche", "{written}");
        }
        assert_eq!(fold("Quiché"), "quiche");
        assert_eq!(fold("Avañe'ẽ"), "avanee");
    }
}
