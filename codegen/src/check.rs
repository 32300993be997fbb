//! Every rule about a code, written once for both readers: catalogs (values located in a YAML
//! file) and `#[cloud_error]` (values located by token spans). Each reader turns its input into
//! [`Entry`] values, located by its own kind of location `L`; [`check_entries`] finds every
//! problem and names each entry's variant. The messages are the same for both readers; where the
//! fix is written differently (a catalog key, a macro option), the help follows the [`Origin`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::RangeInclusive;

use proc_macro2::{Ident, Span};

use crate::ident::{self, NameError};
use crate::model::{Bilingual, Category, CodeDef, Locale, Retry};

/// The statuses a code or status rule may name.
pub const HTTP_STATUSES: RangeInclusive<u16> = 100..=599;

/// `n` as a status of [`HTTP_STATUSES`], if it is one.
pub fn http_status(n: u64) -> Option<u16> {
    u16::try_from(n).ok().filter(|n| HTTP_STATUSES.contains(n))
}

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T, L> {
    pub value: T,
    pub at: L,
}

impl<T, L> Located<T, L> {
    pub fn new(value: T, at: L) -> Self {
        Located { value, at }
    }
}

/// A text and where it was written.
pub type Text<L> = Located<String, L>;

/// One problem: where, what is wrong, the other places involved, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<L> {
    pub at: L,
    pub message: String,
    pub notes: Vec<(L, String)>,
    pub help: String,
}

impl<L> Finding<L> {
    pub fn new(at: L, message: impl Into<String>, help: impl Into<String>) -> Self {
        Finding {
            at,
            message: message.into(),
            notes: Vec::new(),
            help: help.into(),
        }
    }

    pub fn note(mut self, at: L, note: impl Into<String>) -> Self {
        self.notes.push((at, note.into()));
        self
    }
}

/// Which reader the entries come from: a fix is written as a catalog key or a macro option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Catalog,
    Attribute,
}

/// One code as read, before any check of its values.
#[derive(Clone, Debug)]
pub struct Entry<L> {
    /// The wire code; `None` only in `#[cloud_error]`, whose reader reports a missing `#[code]`.
    pub code: Option<Located<String, L>>,
    /// The variant name when given (`name:`, or the variant itself); else derived from the code.
    pub name: Option<Located<String, L>>,
    pub statuses: Vec<Located<u64, L>>,
    /// `None` when not given: a catalog's code takes its family's class (`validate`), a
    /// `#[cloud_error]` code the documented default.
    pub retry: Option<Retry>,
    pub category: Option<Category>,
    /// The description in each language given. A catalog's reader checks that its entries
    /// have one in a language the catalog lists; `#[cloud_error]` always has the English one.
    pub description: Texts<L>,
    /// The help in each language given; `Some` when the entry has help at all.
    pub help: Option<Texts<L>>,
    pub messages: Vec<Located<String, L>>,
    pub overrides: bool,
    /// Where `empty_body: true` is: an answer at one of the code's statuses with an empty body is
    /// read as this code (S3's bodiless 404, which aws-sdk-rust names `NotFound`).
    pub empty_body: Option<L>,
}

/// A text in each language, where given.
#[derive(Clone, Debug)]
pub struct Texts<L> {
    pub en: Option<Text<L>>,
    pub ja: Option<Text<L>>,
    pub zh: Option<Text<L>>,
}

impl<L> Texts<L> {
    /// Each language's text as given, with the language.
    pub fn each(&self) -> [(Locale, Option<&Text<L>>); 3] {
        [
            (Locale::En, self.en.as_ref()),
            (Locale::Ja, self.ja.as_ref()),
            (Locale::Zh, self.zh.as_ref()),
        ]
    }

    /// The texts, "" for a language not given (the runtime's fallback chain answers for it).
    pub fn into_model(self) -> Bilingual {
        let text = |text: Option<Text<L>>| text.map(|text| text.value).unwrap_or_default();
        Bilingual {
            en: text(self.en),
            ja: text(self.ja),
            zh: text(self.zh),
        }
    }
}

/// A language's name in messages: "the Japanese description".
pub fn language_name(locale: Locale) -> &'static str {
    match locale {
        Locale::Ja => "Japanese",
        Locale::Zh => "Chinese",
        _ => "English",
    }
}

impl<L> Entry<L> {
    /// "the code `NotFound`", or the variant when the code is missing.
    pub fn owner(&self) -> String {
        match (&self.code, &self.name) {
            (Some(code), _) => format!("the code `{}`", shown(&code.value)),
            (None, Some(name)) => format!("the variant `{}`", name.value),
            (None, None) => "the entry".to_owned(),
        }
    }

    /// The checked code, with the documented default category (and retry class).
    pub fn into_code_def(self, name: Ident) -> CodeDef {
        let statuses: Vec<u16> = self
            .statuses
            .iter()
            .filter_map(|status| u16::try_from(status.value).ok())
            .collect();
        CodeDef {
            wire: self.code.map(|code| code.value).unwrap_or_default(),
            name,
            category: self
                .category
                .unwrap_or_else(|| crate::model::default_category(&statuses)),
            // A catalog code without `retry` gets its family's class in `validate`, which
            // reports (and so discards the model) a code that no family rule covers.
            retry: self
                .retry
                .unwrap_or_else(|| crate::model::default_retry(&statuses)),
            statuses,
            description: self.description.into_model(),
            help: self.help.map(Texts::into_model),
            messages: self.messages.into_iter().map(|message| message.value).collect(),
            overrides: self.overrides,
            empty_body: self.empty_body.is_some(),
        }
    }
}

impl<L: Clone> Entry<L> {
    /// Where its variant name comes from: its explicit name, else its code.
    fn name_at(&self) -> Option<L> {
        self.name.as_ref().or(self.code.as_ref()).map(|at| at.at.clone())
    }
}

/// Checks every entry and returns each one's variant name, `None` where a finding says why
/// there is none (or where it repeats an earlier entry's).
pub fn check_entries<L: Clone>(
    entries: &[Entry<L>],
    origin: Origin,
    findings: &mut Vec<Finding<L>>,
) -> Vec<Option<String>> {
    // Where each code is first defined, and which entry first has each name.
    let mut first_with_code: HashMap<&str, L> = HashMap::with_capacity(entries.len());
    let mut first_with_name: HashMap<String, usize> = HashMap::with_capacity(entries.len());
    let names: Vec<Option<String>> = entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let name_at = entry.name_at();
            let mut repeated_code = false;
            if let Some(code) = &entry.code {
                if let Some(problem) = wire_code_problem(&code.value) {
                    findings.push(Finding::new(
                        code.at.clone(),
                        format!("the code {:?} {problem}", code.value),
                        "write the code exactly as the service sends it, on one line",
                    ));
                }
                if let Some(first_at) = first_with_code.get(code.value.as_str()) {
                    repeated_code = true;
                    let merge = match origin {
                        Origin::Catalog => {
                            "merge the two entries: one entry can list several statuses and messages"
                        }
                        Origin::Attribute => {
                            "merge the two variants: one variant can list several statuses and messages"
                        }
                    };
                    findings.push(
                        Finding::new(
                            code.at.clone(),
                            format!("the code `{}` is defined twice", shown(&code.value)),
                            merge,
                        )
                        .note(first_at.clone(), "first defined here"),
                    );
                } else {
                    first_with_code.insert(&code.value, code.at.clone());
                }
            }
            let name = match entry_name(entry)? {
                Ok(name) => name,
                Err(error) => {
                    // A derived or explicit name has the place of its code or name.
                    if let Some(at) = name_at {
                        findings.push(name_finding(entry, &error, origin, at));
                    }
                    return None;
                }
            };
            if let Some(&first) = first_with_name.get(&name) {
                // A repeated code is reported as such, not again as a repeated name.
                if let (false, Some(at)) = (repeated_code, name_at) {
                    let other = &entries[first];
                    let label = |entry: &Entry<L>| match &entry.code {
                        Some(code) => shown(&code.value).into_owned(),
                        None => name.clone(),
                    };
                    let help = match origin {
                        Origin::Catalog => "give one of them an explicit `name:`",
                        Origin::Attribute => "rename one of the variants",
                    };
                    let other_at = other.name_at().unwrap_or_else(|| at.clone());
                    findings.push(
                        Finding::new(
                            at,
                            format!(
                                "the codes `{}` and `{}` both become the variant `{name}`",
                                label(other),
                                label(entry)
                            ),
                            help,
                        )
                        .note(other_at, "the other code is here"),
                    );
                }
                return None;
            }
            first_with_name.insert(name.clone(), index);
            Some(name)
        })
        .collect();
    for entry in entries {
        check_values(entry, origin, findings);
    }
    check_empty_body(entries, origin, findings);
    names
}

/// `empty_body: true` needs a status, and an empty answer at one status is read as one code.
fn check_empty_body<L: Clone>(entries: &[Entry<L>], origin: Origin, findings: &mut Vec<Finding<L>>) {
    let (flag, status) = match origin {
        Origin::Catalog => ("`empty_body: true`", "`status: 404`"),
        Origin::Attribute => ("`empty_body = true`", "`status = 404`"),
    };
    let mut first_at_status: HashMap<u64, (&Entry<L>, &L)> = HashMap::new();
    for entry in entries {
        let Some(at) = &entry.empty_body else {
            continue;
        };
        if entry.statuses.is_empty() {
            findings.push(Finding::new(
                at.clone(),
                format!("{} has {flag} but no status", entry.owner()),
                format!("write the status the empty answer comes with ({status}), or remove `empty_body`"),
            ));
        }
        for status in &entry.statuses {
            match first_at_status.get(&status.value) {
                Some((first, first_at)) => findings.push(
                    Finding::new(
                        at.clone(),
                        format!(
                            "an empty answer at HTTP {} is read as {} already, and {} has {flag} too",
                            status.value,
                            first.owner().trim_start_matches("the code "),
                            entry.owner()
                        ),
                        format!("keep {flag} on one code of each status"),
                    )
                    .note((*first_at).clone(), "the first is here"),
                ),
                None => {
                    first_at_status.insert(status.value, (entry, at));
                }
            }
        }
    }
}

/// An entry's variant name: its explicit name, checked, or one derived from its code. `None`
/// when the code itself is malformed, which is reported as such.
fn entry_name<L>(entry: &Entry<L>) -> Option<Result<String, NameError>> {
    match (&entry.name, &entry.code) {
        (Some(name), _) => Some(ident::check_name(&name.value).map(|()| name.value.clone())),
        (None, Some(code)) if wire_code_problem(&code.value).is_none() => {
            Some(ident::variant_name(&code.value))
        }
        (None, _) => None,
    }
}

fn name_finding<L: Clone>(entry: &Entry<L>, error: &NameError, origin: Origin, at: L) -> Finding<L> {
    let code = entry.code.as_ref().map(|code| code.value.as_str());
    let (named, message) = match (&entry.name, error) {
        (Some(name), _) => (name.value.as_str(), None),
        // These already name the code.
        (None, NameError::NotAscii | NameError::Punctuation(_) | NameError::LeadingDigit) => (
            code.unwrap_or_default(),
            Some(error.describe(code.unwrap_or_default())),
        ),
        (None, _) => (code.unwrap_or_default(), None),
    };
    let message = message.unwrap_or_else(|| match code {
        Some(code) => format!("the code `{}`: {}", shown(code), error.describe(named)),
        None => error.describe(named),
    });
    let help = match (&entry.name, origin, code.and_then(suggest_name)) {
        (Some(_), Origin::Catalog, _) => "choose an UpperCamelCase ASCII identifier that is not a keyword, `Unknown` or `Base`, e.g. `PermissionDenied`".to_owned(),
        (Some(_), Origin::Attribute, _) => "rename the variant: an UpperCamelCase ASCII identifier that is not a keyword, `Unknown` or `Base`".to_owned(),
        (None, _, Some(name)) => format!("give the entry a variant name: `name: {name}`"),
        (None, _, None) => "give the entry an UpperCamelCase ASCII variant name that says what the code means, e.g. `name: PermissionDenied`".to_owned(),
    };
    Finding::new(at, message, help)
}

/// The statuses and texts of one entry.
fn check_values<L: Clone>(entry: &Entry<L>, origin: Origin, findings: &mut Vec<Finding<L>>) {
    let owner = || entry.owner();
    for (i, status) in entry.statuses.iter().enumerate() {
        findings.extend(status_finding(status, owner));
        if entry.statuses[..i].iter().any(|seen| seen.value == status.value) {
            findings.push(Finding::new(
                status.at.clone(),
                format!("status {} is listed twice for {}", status.value, owner()),
                "list each status once",
            ));
        }
    }
    let blank = |doc_comment: bool| match origin {
        Origin::Catalog => BLANK_CATALOG_TEXT_HELP,
        Origin::Attribute if doc_comment => "write the description as the variant's `///` doc comment",
        Origin::Attribute => "write the text, or leave the option out",
    };
    let helps = entry.help.as_ref().map(Texts::each);
    let texts = entry
        .description
        .each()
        .into_iter()
        .map(|(locale, text)| (locale, text, "description", locale == Locale::En))
        .chain(
            helps
                .into_iter()
                .flatten()
                .map(|(locale, text)| (locale, text, "help", false)),
        );
    for (locale, text, what, doc_comment) in texts {
        if let Some(text) = text {
            findings.extend(text_finding(
                text,
                || format!("the {} {what} of {}", language_name(locale), owner()),
                blank(doc_comment),
            ));
        }
    }
    for (i, message) in entry.messages.iter().enumerate() {
        let what = || format!("message {} of {}", i + 1, owner());
        findings.extend(text_finding(message, what, "remove the empty message"));
    }
}

/// A status outside [`HTTP_STATUSES`]; `owner` says whose it is ("the code `NotFound`").
pub fn status_finding<L: Clone>(status: &Located<u64, L>, owner: impl Fn() -> String) -> Option<Finding<L>> {
    http_status(status.value).is_none().then(|| {
        Finding::new(
            status.at.clone(),
            format!("status {} of {} is not an HTTP status", status.value, owner()),
            "HTTP statuses are between 100 and 599; leave `status` out if the provider documents none",
        )
    })
}

/// What to do about a blank text in a catalog (a code's or a status rule's).
pub const BLANK_CATALOG_TEXT_HELP: &str =
    "write the text, or remove the key: a language without text falls back to English, then to the catalog's first language";

/// A text that is blank, or holds a direction control; `what` names it ("the English description
/// of the code `NotFound`") and `blank_help` says what to do about a blank one.
pub fn text_finding<L: Clone>(
    text: &Located<String, L>,
    what: impl Fn() -> String,
    blank_help: &str,
) -> Option<Finding<L>> {
    if text.value.trim().is_empty() {
        Some(Finding::new(
            text.at.clone(),
            format!("{} is empty", what()),
            blank_help,
        ))
    } else {
        direction_control(&text.value).map(|c| direction_control_finding(text.at.clone(), &what(), c))
    }
}

/// The finding for `what` (a text, named as a message names it) holding the direction control `c`.
pub fn direction_control_finding<L>(at: L, what: &str, c: char) -> Finding<L> {
    Finding::new(
        at,
        format!("{what} contains {}", describe_direction_control(c)),
        "remove it: the text would read differently from what it is, and rustc rejects the character in the doc comment the text becomes",
    )
}

/// What keeps `code` from being a wire code, said after "the code …": empty, white space around
/// it, control characters (a line break would break the doc comment naming it), or a
/// text-direction character (see [`direction_control`]).
pub fn wire_code_problem(code: &str) -> Option<String> {
    if code.is_empty() {
        Some("is empty".to_owned())
    } else if code.trim() != code {
        Some("has white space around it".to_owned())
    } else if let Some(c) = code.chars().find(|c| c.is_control()) {
        Some(format!("contains the control character {c:?}"))
    } else {
        direction_control(code).map(|c| format!("contains {}", describe_direction_control(c)))
    }
}

/// The first of Unicode's invisible characters that change the direction text is shown in
/// (embeddings, overrides, isolates) in `text`. A text with one reads differently from what it
/// is, and rustc rejects them in comments (`text_direction_codepoint_in_comment`), where a
/// catalog's texts end up: as doc comments of the generated crate, which would not compile.
pub fn direction_control(text: &str) -> Option<char> {
    // Each is encoded as E2 80 xx or E2 81 xx: most texts are skipped by one byte search.
    if !text.as_bytes().contains(&0xE2) {
        return None;
    }
    text.chars().find(|&c| is_direction_control(c))
}

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `U+202E, an invisible character that changes the direction of text`.
fn describe_direction_control(c: char) -> String {
    format!(
        "U+{:04X}, an invisible character that changes the direction of text",
        u32::from(c)
    )
}

/// `text` as a message shows it: with its direction controls written as escapes, so that the
/// message reads as it is (a code with one is reported, and named again by other findings).
pub fn shown(text: &str) -> Cow<'_, str> {
    if direction_control(text).is_none() {
        return text.into();
    }
    let escape = |c: char| {
        if is_direction_control(c) {
            c.escape_unicode().to_string()
        } else {
            c.to_string()
        }
    };
    text.chars().map(escape).collect::<String>().into()
}

/// A name to propose for a code that has none: its ASCII words, each capitalized and kept
/// otherwise as written (`404NotFound` → `Code404NotFound`); `None` when the code has no ASCII
/// word, since a transliteration would be a guess.
fn suggest_name(code: &str) -> Option<String> {
    if !code.is_ascii() {
        return None;
    }
    let name: String = code
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word[..1].to_ascii_uppercase() + &word[1..])
        .collect();
    if name.is_empty() {
        return None;
    }
    Some(if ident::check_name(&name).is_ok() {
        name
    } else {
        format!("Code{name}")
    })
}

/// The identifier of a checked name, or a stand-in where a finding was made: a model with
/// findings is never emitted.
pub fn name_ident(name: Option<&str>) -> Ident {
    Ident::new(name.unwrap_or("Invalid"), Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<T>(value: T, line: usize) -> Located<T, usize> {
        Located::new(value, line)
    }

    fn entry(code: &str, line: usize) -> Entry<usize> {
        Entry {
            code: Some(at(code.to_owned(), line)),
            name: None,
            statuses: Vec::new(),
            retry: Some(Retry::Never),
            category: None,
            description: Texts {
                en: Some(at("a".to_owned(), line + 1)),
                ja: Some(at("あ".to_owned(), line + 2)),
                zh: None,
            },
            help: None,
            messages: Vec::new(),
            overrides: false,
            empty_body: None,
        }
    }

    #[test]
    fn suggests_names_from_ascii_words() {
        assert_eq!(suggest_name("404NotFound").as_deref(), Some("Code404NotFound"));
        assert_eq!(suggest_name("Not Found").as_deref(), Some("NotFound"));
        assert_eq!(suggest_name("self").as_deref(), Some("CodeSelf"));
        assert_eq!(suggest_name("権限"), None);
        assert_eq!(suggest_name("!!"), None);
    }

    #[test]
    fn finds_exactly_the_direction_controls() {
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            assert_eq!(direction_control(&format!("a{c}b")), Some(c));
        }
        // Neighbours in the same encoding block, and texts without the byte E2.
        for text in [
            "…",
            "\u{2029}",
            "\u{202F}",
            "\u{2065}",
            "\u{206A}",
            "‘quoted’",
            "エラー",
            "plain",
        ] {
            assert_eq!(direction_control(text), None, "{text:?}");
        }
        assert_eq!(shown("A\u{202E}B…"), "A\\u{202e}B…");
        assert_eq!(shown("plain"), "plain");
    }

    /// Repeats are found across the whole list, each at its place, whatever its length.
    #[test]
    fn a_large_list_gets_the_findings_of_a_small_one() {
        let mut entries: Vec<Entry<usize>> = (0..5_000).map(|i| entry(&format!("Code{i}"), i)).collect();
        entries.extend(
            ["Code17", "code_42", "ü"]
                .iter()
                .enumerate()
                .map(|(i, code)| entry(code, 5_000 + i)),
        );
        let mut findings = Vec::new();
        let names = check_entries(&entries, Origin::Catalog, &mut findings);
        let found: Vec<(usize, &str, Vec<usize>)> = findings
            .iter()
            .map(|f| (f.at, f.message.as_str(), f.notes.iter().map(|n| n.0).collect()))
            .collect();
        assert_eq!(
            found,
            [
                (5_000, "the code `Code17` is defined twice", vec![17]),
                (
                    5_001,
                    "the codes `Code42` and `code_42` both become the variant `Code42`",
                    vec![42]
                ),
                (
                    5_002,
                    "cannot derive a variant name from `ü`: it is not ASCII",
                    vec![]
                ),
            ]
        );
        assert_eq!(names[4_999].as_deref(), Some("Code4999"));
        assert_eq!(names[5_000..], [None, None, None]);
    }

    #[test]
    fn statuses_texts_and_messages_are_checked_where_they_are() {
        let mut bad = entry("A", 10);
        bad.statuses = vec![at(404, 20), at(700, 21), at(404, 22)];
        bad.description.ja = Some(at(" ".to_owned(), 30));
        bad.messages = vec![at("ok".to_owned(), 40), at("\u{2066}x".to_owned(), 41)];
        let mut findings = Vec::new();
        check_entries(&[bad], Origin::Catalog, &mut findings);
        let found: Vec<(usize, &str)> = findings.iter().map(|f| (f.at, f.message.as_str())).collect();
        assert_eq!(
            found,
            [
                (21, "status 700 of the code `A` is not an HTTP status"),
                (22, "status 404 is listed twice for the code `A`"),
                (30, "the Japanese description of the code `A` is empty"),
                (41, "message 2 of the code `A` contains U+2066, an invisible character that changes the direction of text"),
            ]
        );
    }
}
