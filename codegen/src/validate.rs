//! Checks raw catalogs and turns them into the model, collecting every problem of every catalog
//! (with file:line:col, what is wrong and how to fix it) before anything is written.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::RangeInclusive;

use proc_macro2::{Ident, Span};

use crate::catalog::{RawCatalog, RawCode, RawStatusRule};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::ident::{self, NameError};
use crate::locate::{Locator, Step};
use crate::model::{Bilingual, Catalog, Category, CodeDef, StatusRule};

/// The statuses a code or status rule may name; `#[cloud_error]` checks the same range.
pub const HTTP_STATUSES: RangeInclusive<u16> = 100..=599;

/// A code as the service sends it: not empty, no surrounding white space, no control characters
/// (a line break or carriage return would break the doc comment naming it), no text-direction
/// characters (see `direction_control`). `#[cloud_error]` checks its codes with this too.
pub fn is_wire_code(code: &str) -> bool {
    wire_code_problem(code).is_none()
}

/// What keeps `code` from being a wire code (see `is_wire_code`), said after "the code …".
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
pub fn describe_direction_control(c: char) -> String {
    format!(
        "U+{:04X}, an invisible character that changes the direction of text",
        u32::from(c)
    )
}

/// `text` as a message shows it: with its direction controls written as escapes, so that the
/// message reads as it is (a code with one is reported, and named again by other findings).
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if direction_control(text).is_none() {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if is_direction_control(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// The finding for `what` (a text, named as a message names it) holding the direction control `c`.
fn direction_control_finding(at: Location, what: &str, c: char) -> Diagnostic {
    Diagnostic::new(at, format!("{what} contains {}", describe_direction_control(c))).help(
        "remove it: the text would read differently from what it is, and rustc rejects the character in the doc comment the text becomes",
    )
}

/// A catalog file's path (as shown in messages) and text.
#[derive(Clone, Debug)]
pub struct Source {
    pub path: String,
    pub text: String,
}

/// Parses and checks every catalog; `Err` lists every problem found in all of them.
pub fn check_catalogs(sources: &[Source]) -> Result<Vec<Catalog>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut catalogs = Vec::new();
    // Kept for the checks between catalogs, which place their findings with them.
    let mut checkers = Vec::new();
    let mut unreadable_modules = Vec::new();
    for source in sources {
        match parse(source) {
            Ok(raw) => {
                let checker = Checker::new(source);
                catalogs.push(checker.catalog(raw, &mut diagnostics));
                checkers.push(checker);
            }
            Err((errors, module)) => {
                for error in errors {
                    diagnostics.push(error);
                }
                unreadable_modules.extend(module);
            }
        }
    }
    check_across(&catalogs, &checkers, &unreadable_modules, &mut diagnostics);
    diagnostics.finish(catalogs)
}

/// Reads a catalog file into its raw form, or reports every structural problem found in it,
/// with the file's module name when it can still be read (so that catalogs extending it are not
/// told it does not exist).
///
/// serde stops at a file's first problem. To report a problem in every entry at once, each entry
/// of `codes` and `status_rules` is also read on its own: re-serialized from the parsed
/// `serde_yaml::Value`, whose errors name the key at fault, which `Locator` then finds in the
/// original text (a `Value` keeps no positions).
fn parse(source: &Source) -> Result<RawCatalog, (Vec<Diagnostic>, Option<String>)> {
    let first = match serde_yaml::from_str::<RawCatalog>(&source.text) {
        Ok(raw) => return Ok(raw),
        Err(error) => error,
    };
    let value = match serde_yaml::from_str::<serde_yaml::Value>(&source.text) {
        Ok(serde_yaml::Value::Null) => {
            let diagnostic = Diagnostic::new(location(source, 1, 1), "the file holds no catalog")
                .help("write a catalog (see catalogs/README.md), or remove the file");
            return Err((vec![diagnostic], None));
        }
        Ok(value) => value,
        Err(_) => return Err((vec![syntax_error(source, &first)], None)),
    };
    let locator = Locator::new(&source.text);
    let mut diagnostics = vec![structure_error(source, &locator, &value, &[], &first)];
    for (list, key) in [("codes", "code"), ("status_rules", "status")] {
        let Some(entries) = value.get(list).and_then(serde_yaml::Value::as_sequence) else {
            continue;
        };
        for (index, entry) in entries.iter().enumerate() {
            let Ok(text) = serde_yaml::to_string(entry) else {
                continue;
            };
            let error = if key == "code" {
                serde_yaml::from_str::<RawCode>(&text).err()
            } else {
                serde_yaml::from_str::<RawStatusRule>(&text).err()
            };
            if let Some(error) = error {
                let prefix = [Step::Key(list), Step::Item(index)];
                let diagnostic = structure_error(source, &locator, &value, &prefix, &error);
                // The file's first error is one of these, found again.
                if !diagnostics.contains(&diagnostic) {
                    diagnostics.push(diagnostic);
                }
            }
        }
    }
    let module = value
        .get("module")
        .and_then(serde_yaml::Value::as_str)
        .map(str::to_owned);
    Err((diagnostics, module))
}

/// A YAML syntax error, placed where the construct at fault starts when the scanner only noticed
/// at the end of the file (an unclosed quote or bracket).
fn syntax_error(source: &Source, error: &serde_yaml::Error) -> Diagnostic {
    let text = error.to_string();
    let (problem, context) = match text.split_once(", while ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (text.as_str(), None),
    };
    let (problem, problem_at) = split_position(problem);
    let problem_at = problem_at
        .or_else(|| error.location().map(|at| (at.line(), at.column())))
        .unwrap_or((1, 1));
    let last_line = source.text.lines().count().max(1);
    let help =
        "check the quotes, brackets and indentation here; a value containing `: ` or ` #` must be quoted";
    let diagnostic = match context.map(split_position) {
        // The problem is past the end of the file: the context is what was left open.
        Some((context, Some(context_at))) if problem_at.0 > last_line => Diagnostic::new(
            location(source, context_at.0, context_at.1),
            format!("YAML syntax error: {problem} while {context}"),
        ),
        Some((context, Some(context_at))) => Diagnostic::new(
            location(source, problem_at.0, problem_at.1),
            format!("YAML syntax error: {problem}"),
        )
        .note(
            location(source, context_at.0, context_at.1),
            format!("while {context}"),
        ),
        _ => {
            let (line, column) = if problem_at.0 > last_line {
                (last_line, 1)
            } else {
                problem_at
            };
            let problem = match context {
                Some(context) => format!("{problem}, while {context}"),
                None => problem.to_owned(),
            };
            Diagnostic::new(
                location(source, line, column),
                format!("YAML syntax error: {problem}"),
            )
        }
    };
    diagnostic.help(help)
}

/// `"… at line 3 column 7"` → `("…", Some((3, 7)))`.
fn split_position(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some((before, position)) = text.rsplit_once(" at line ") else {
        return (text, None);
    };
    let parsed = position
        .split_once(" column ")
        .and_then(|(line, column)| Some((line.trim().parse().ok()?, column.trim().parse().ok()?)));
    match parsed {
        Some(at) => (before, Some(at)),
        None => (text, None),
    }
}

/// A YAML value of the wrong shape (unknown or missing key, wrong type, value outside the
/// vocabulary), placed by the path serde_yaml names, under `prefix`.
fn structure_error(
    source: &Source,
    locator: &Locator<'_>,
    document: &serde_yaml::Value,
    prefix: &[Step<'_>],
    error: &serde_yaml::Error,
) -> Diagnostic {
    let text = error.to_string();
    let (text, _) = split_position(&text);
    // serde_yaml writes `codes[0].retry: unknown variant …`, or no path at the top level.
    let (path, problem) = match text.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.contains('`') => (path, rest),
        _ => (".", text),
    };
    let mut steps: Vec<Step<'_>> = prefix.to_vec();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(key, rest)| (key, rest));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        for index in indices.split('[') {
            if let Ok(index) = index.trim_end_matches(']').parse() {
                steps.push(Step::Item(index));
            }
        }
    }
    let owner = describe_owner(document, &steps);
    let field = match steps.as_slice() {
        [.., Step::Key(key)] => format!("`{key}`"),
        [.., Step::Key(key), Step::Item(index)] => format!("item {} of `{key}`", index + 1),
        _ => "the value".to_owned(),
    };
    let status_field = matches!(
        steps.as_slice(),
        [.., Step::Key("status")] | [.., Step::Key("status"), Step::Item(_)]
    );
    let backticked = |text: &str| text.split('`').nth(1).unwrap_or_default().to_owned();

    let (message, help, at) = if let Some(rest) = problem.strip_prefix("unknown field ") {
        let unknown = backticked(rest);
        let expected: Vec<&str> = rest
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let mut at = steps.clone();
        at.push(Step::Key(&unknown));
        (
            format!("{owner} has an unknown key `{unknown}`"),
            unknown_key_help(&unknown, &expected),
            locator.find_key(&at),
        )
    } else if let Some(rest) = problem.strip_prefix("missing field ") {
        let missing = backticked(rest);
        (
            format!("{owner} has no `{missing}`"),
            missing_key_help(&missing),
            locator.find(&steps),
        )
    } else if let Some(rest) = problem.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, "nothing"));
        (
            format!("{field} of {owner} cannot be {value}"),
            format!("write {expected} (see catalogs/README.md for what each means)"),
            locator.find(&steps),
        )
    } else if let Some(rest) = problem
        .strip_prefix("invalid type: ")
        .or_else(|| problem.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        let verb = if problem.starts_with("invalid value") {
            "cannot be"
        } else {
            "has the wrong type:"
        };
        let help = if status_field {
            "write an HTTP status, a number from 100 to 599, or a list of them: `[404, 400]`".to_owned()
        } else {
            format!("write {expected} (see catalogs/README.md for the type of each key)")
        };
        (
            format!("{field} of {owner} {verb} {found}"),
            help,
            locator.find(&steps),
        )
    } else {
        (
            format!("{owner}: {problem}"),
            "see catalogs/README.md for the format".to_owned(),
            locator.find(&steps),
        )
    };
    Diagnostic::new(location(source, at.0, at.1), message).help(help)
}

/// What a path points into, for messages: "the code `NotFound`", "status rule 2", "the catalog".
fn describe_owner(document: &serde_yaml::Value, steps: &[Step<'_>]) -> String {
    match steps {
        [Step::Key("codes"), Step::Item(index), ..] => {
            let code = document
                .get("codes")
                .and_then(|codes| codes.get(*index))
                .and_then(|entry| entry.get("code"))
                .and_then(serde_yaml::Value::as_str);
            let owner = match code {
                Some(code) => format!("the code `{code}`"),
                None => format!("code entry {}", index + 1),
            };
            match steps.get(2) {
                Some(Step::Key("help")) => format!("the help of {owner}"),
                _ => owner,
            }
        }
        [Step::Key("status_rules"), Step::Item(index), ..] => format!("status rule {}", index + 1),
        _ => "the catalog".to_owned(),
    }
}

/// What to write for a missing required key.
fn missing_key_help(key: &str) -> String {
    match key {
        "module" => "add `module:`, the snake_case module name (`cloud_errors::<module>`)".to_owned(),
        "provider" => "add `provider:`, the provider's or service's display name".to_owned(),
        "docs" => "add `docs:`, the URL of the page the codes come from".to_owned(),
        "envelope" => "add `envelope:`, one of `oci`, `ibm`, `alibaba`, `tencent`".to_owned(),
        "codes" => "add `codes:`, the list of error codes".to_owned(),
        "code" => "add `code:`, the code exactly as the service sends it".to_owned(),
        "status" => "add `status:`, the HTTP status (100 to 599)".to_owned(),
        "retry" => "add `retry:`, one of `never`, `backoff`, `after_fix`".to_owned(),
        "en" => "add `en:`, the English text".to_owned(),
        "ja" => "add `ja:`, the Japanese text".to_owned(),
        _ => format!("add `{key}:` (see catalogs/README.md)"),
    }
}

/// "did you mean" for an unknown key, from serde's list of expected keys.
fn unknown_key_help(unknown: &str, expected: &[&str]) -> String {
    let closest = expected
        .iter()
        .map(|key| (edit_distance(unknown, key), *key))
        .filter(|(distance, key)| *distance <= key.len().max(unknown.len()) / 3 + 1)
        .min();
    let known = expected
        .iter()
        .map(|key| format!("`{key}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest {
        Some((_, key)) => format!("did you mean `{key}`? (the keys here are {known})"),
        None => format!("remove it; the keys here are {known}"),
    }
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

fn location(source: &Source, line: usize, column: usize) -> Location {
    Location {
        file: source.path.clone(),
        line,
        column,
    }
}

/// Checks one catalog, knowing where its keys are.
struct Checker<'a> {
    source: &'a Source,
    /// Made at the first finding: indexing a 100,000-code file's lines is not free.
    locator: OnceCell<Locator<'a>>,
}

impl<'a> Checker<'a> {
    fn new(source: &'a Source) -> Self {
        Checker {
            source,
            locator: OnceCell::new(),
        }
    }

    fn locator(&self) -> &Locator<'a> {
        self.locator.get_or_init(|| Locator::new(&self.source.text))
    }

    fn at(&self, path: &[Step<'_>]) -> Location {
        let (line, column) = self.locator().find(path);
        location(self.source, line, column)
    }

    /// Where entry `index`'s `code:` is. Found only for a finding: the search is cheap, but not
    /// at 100,000 codes.
    fn code_at(&self, index: usize) -> Location {
        self.at(&[Step::Key("codes"), Step::Item(index), Step::Key("code")])
    }

    fn catalog(&self, raw: RawCatalog, diagnostics: &mut Diagnostics) -> Catalog {
        if let Err(error) = ident::check_module(&raw.module) {
            diagnostics.push(
                Diagnostic::new(
                    self.at(&[Step::Key("module")]),
                    format!(
                        "`{}` cannot be a module name: {}",
                        raw.module,
                        error.describe(&raw.module)
                    ),
                )
                .help("use a snake_case identifier such as `tencent_redis`"),
            );
        }
        for (key, value) in [("provider", &raw.provider), ("docs", &raw.docs)] {
            if value.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::new(self.at(&[Step::Key(key)]), format!("`{key}` is empty"))
                        .help("every catalog names its provider and the page its codes come from"),
                );
            } else if value.chars().any(char::is_control) {
                diagnostics.push(
                    Diagnostic::new(
                        self.at(&[Step::Key(key)]),
                        format!("`{key}` {value:?} contains a line break or another control character"),
                    )
                    .help("write it on one line"),
                );
            } else if let Some(c) = direction_control(value) {
                diagnostics.push(direction_control_finding(
                    self.at(&[Step::Key(key)]),
                    &format!("`{key}`"),
                    c,
                ));
            }
        }
        if !raw.docs.trim().is_empty() && !is_page_url(&raw.docs) {
            diagnostics.push(
                Diagnostic::new(
                    self.at(&[Step::Key("docs")]),
                    format!("`docs` {:?} is not a web address", raw.docs),
                )
                .help("write the page's address, starting with `https://`, with no spaces, `<` or `>`"),
            );
        }
        if raw.codes.is_empty() {
            diagnostics.push(
                Diagnostic::new(self.at(&[Step::Key("codes")]), "the catalog has no codes")
                    .help("add at least one entry under `codes:`, or remove the file"),
            );
        }

        // Each entry's variant name, derived (heck) or checked independently of the others: most
        // of the checks' own time at 100,000 codes, so the entries are split between two threads.
        let names = map_on_two_threads(&raw.codes, entry_name);
        // The first entry of each repeated code, and of each variant name two codes would share
        // (a repeated code is reported as such, not again as a repeated name).
        let mut first_with_code: HashMap<&str, usize> = HashMap::with_capacity(raw.codes.len());
        let mut first_with_name: HashMap<&str, usize> = HashMap::with_capacity(raw.codes.len());
        let repeats: Vec<Repeat> = raw
            .codes
            .iter()
            .zip(&names)
            .enumerate()
            .map(|(index, (entry, name))| {
                if let Some(&first) = first_with_code.get(entry.code.as_str()) {
                    return Repeat::Code(first);
                }
                first_with_code.insert(&entry.code, index);
                match name {
                    Some(Ok(name)) => match first_with_name.get(name.as_str()) {
                        Some(&first) => Repeat::Name(first),
                        None => {
                            first_with_name.insert(name, index);
                            Repeat::None
                        }
                    },
                    _ => Repeat::None,
                }
            })
            .collect();
        drop((first_with_code, first_with_name));

        let mut codes: Vec<CodeDef> = Vec::with_capacity(raw.codes.len());
        for (index, ((entry, name), repeat)) in raw.codes.into_iter().zip(names).zip(repeats).enumerate() {
            if let Repeat::Code(first) = repeat {
                diagnostics.push(
                    Diagnostic::new(
                        self.code_at(index),
                        format!("the code `{}` is defined twice", shown(&entry.code)),
                    )
                    .note(self.code_at(first), "first defined here")
                    .help("merge the two entries: one entry can list several statuses and messages"),
                );
            }
            let name = self.name(&entry, index, name, diagnostics);
            if let (Some(name), Repeat::Name(first)) = (&name, repeat) {
                diagnostics.push(
                    Diagnostic::new(
                        self.code_at(index),
                        format!(
                            "the codes `{}` and `{}` both become the variant `{name}`",
                            shown(&codes[first].wire),
                            shown(&entry.code)
                        ),
                    )
                    .note(self.code_at(first), "the other code is here")
                    .help("give one of them an explicit `name:`"),
                );
            }
            codes.push(self.code(entry, index, name, diagnostics));
        }
        // Keep indices of `codes` equal to entry indices even when a name failed: the model is
        // discarded anyway once a diagnostic exists.

        let mut status_rules: Vec<StatusRule> = Vec::new();
        for (index, rule) in raw.status_rules.into_iter().enumerate() {
            let status_at =
                |index| self.at(&[Step::Key("status_rules"), Step::Item(index), Step::Key("status")]);
            let owner = || format!("status rule {}", index + 1);
            self.status(rule.status, owner, || status_at(index), diagnostics);
            if let Some(first) = status_rules.iter().position(|seen| seen.status == rule.status) {
                diagnostics.push(
                    Diagnostic::new(
                        status_at(index),
                        format!("status {} has two status rules", rule.status),
                    )
                    .note(status_at(first), "the first rule is here")
                    .help("keep one rule per status"),
                );
            }
            let path = [Step::Key("status_rules"), Step::Item(index)];
            let description = self.bilingual(
                rule.en,
                rule.ja,
                &path,
                || format!("the text of {}", owner()),
                diagnostics,
            );
            status_rules.push(StatusRule {
                status: rule.status,
                retry: rule.retry,
                category: rule
                    .category
                    .unwrap_or_else(|| Category::from_http_status(rule.status)),
                description,
            });
        }

        Catalog {
            source: self.source.path.clone(),
            module: raw.module,
            provider: raw.provider,
            docs: raw.docs,
            envelope: raw.envelope,
            extends: raw.extends,
            codes,
            status_rules,
        }
    }

    /// The variant name of an entry (`entry_name`'s result); `None` after reporting why not.
    fn name(
        &self,
        entry: &RawCode,
        index: usize,
        name: Option<Result<String, NameError>>,
        diagnostics: &mut Diagnostics,
    ) -> Option<String> {
        let result = name?;
        let (path_key, named) = match &entry.name {
            Some(name) => ("name", name),
            None => ("code", &entry.code),
        };
        match result {
            Ok(name) => Some(name),
            Err(error) => {
                let at = self.at(&[Step::Key("codes"), Step::Item(index), Step::Key(path_key)]);
                let help = match (&entry.name, suggest_name(&entry.code)) {
                    (Some(_), _) => "choose an UpperCamelCase ASCII identifier that is not a keyword, `Unknown` or `Base`, e.g. `PermissionDenied`".to_owned(),
                    (None, Some(name)) => format!("give the entry a variant name: `name: {name}`"),
                    (None, None) => "give the entry an UpperCamelCase ASCII variant name that says what the code means, e.g. `name: PermissionDenied`".to_owned(),
                };
                let message = match (&entry.name, &error) {
                    (Some(_), _) => format!(
                        "`name` of the code `{}`: {}",
                        shown(&entry.code),
                        error.describe(named)
                    ),
                    // These already name the code.
                    (None, NameError::NotAscii | NameError::Punctuation(_) | NameError::LeadingDigit) => {
                        error.describe(named)
                    }
                    (None, _) => format!("the code `{}`: {}", shown(&entry.code), error.describe(named)),
                };
                diagnostics.push(Diagnostic::new(at, message).help(help));
                None
            }
        }
    }

    fn code(
        &self,
        entry: RawCode,
        index: usize,
        name: Option<String>,
        diagnostics: &mut Diagnostics,
    ) -> CodeDef {
        let path = [Step::Key("codes"), Step::Item(index)];
        if let Some(problem) = wire_code_problem(&entry.code) {
            diagnostics.push(
                Diagnostic::new(
                    self.code_at(index),
                    format!("the code {:?} {problem}", entry.code),
                )
                .help("write the code exactly as the service sends it, on one line"),
            );
        }
        // Messages and positions are made only for a mistake: a catalog can have 100,000 codes.
        let owner = || format!("the code `{}`", shown(&entry.code));
        let status_path = [path[0], path[1], Step::Key("status")];
        for (i, &status) in entry.status.0.iter().enumerate() {
            let status_at = || {
                let (line, column) = self.locator().find_item(&status_path, i);
                location(self.source, line, column)
            };
            self.status(status, owner, status_at, diagnostics);
            if entry.status.0[..i].contains(&status) {
                diagnostics.push(
                    Diagnostic::new(
                        status_at(),
                        format!("status {status} is listed twice for {}", owner()),
                    )
                    .help("list each status once"),
                );
            }
        }
        for (i, message) in entry.messages.iter().enumerate() {
            let at = || self.at(&[path[0], path[1], Step::Key("messages"), Step::Item(i)]);
            if message.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::new(
                        at(),
                        format!("message {} of `{}` is empty", i + 1, shown(&entry.code)),
                    )
                    .help("remove the empty message"),
                );
            } else if let Some(c) = direction_control(message) {
                diagnostics.push(direction_control_finding(
                    at(),
                    &format!("message {} of `{}`", i + 1, shown(&entry.code)),
                    c,
                ));
            }
        }
        let description = self.bilingual(
            entry.en,
            entry.ja,
            &path,
            || format!("the description of {}", owner()),
            diagnostics,
        );
        let help = entry.help.map(|help| {
            let help_path = [path[0], path[1], Step::Key("help")];
            self.bilingual(
                help.en,
                help.ja,
                &help_path,
                || format!("the help of {}", owner()),
                diagnostics,
            )
        });
        let category = entry
            .category
            .unwrap_or_else(|| crate::model::default_category(&entry.status.0));
        CodeDef {
            wire: entry.code,
            // An invalid name was reported; this placeholder never reaches emission.
            name: Ident::new(name.as_deref().unwrap_or("Invalid"), Span::call_site()),
            statuses: entry.status.0,
            retry: entry.retry,
            category,
            description,
            help,
            messages: entry.messages,
            overrides: entry.overrides,
        }
    }

    fn status(
        &self,
        status: u16,
        owner: impl Fn() -> String,
        at: impl Fn() -> Location,
        diagnostics: &mut Diagnostics,
    ) {
        if !HTTP_STATUSES.contains(&status) {
            diagnostics.push(
                Diagnostic::new(at(), format!("status {status} of {} is not an HTTP status", owner()))
                    .help("HTTP statuses are between 100 and 599; leave `status` out if the provider documents none"),
            );
        }
    }

    fn bilingual(
        &self,
        en: String,
        ja: String,
        path: &[Step<'_>],
        what: impl Fn() -> String,
        diagnostics: &mut Diagnostics,
    ) -> Bilingual {
        for (key, text, language) in [("en", &en, "English"), ("ja", &ja, "Japanese")] {
            let at = || {
                let mut full: Vec<Step<'_>> = path.to_vec();
                full.push(Step::Key(key));
                self.at(&full)
            };
            if text.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::new(
                        at(),
                        format!("the {language} text (`{key}`) of {} is empty", what()),
                    )
                    .help("every description and help text is written in both English and Japanese"),
                );
            } else if let Some(c) = direction_control(text) {
                diagnostics.push(direction_control_finding(
                    at(),
                    &format!("the {language} text (`{key}`) of {}", what()),
                    c,
                ));
            }
        }
        Bilingual { en, ja }
    }
}

/// An entry's variant name: its explicit `name`, checked, or one derived from its code. `None`
/// when the code itself is malformed: `Checker::code` reports that, and a name would only repeat it.
fn entry_name(entry: &RawCode) -> Option<Result<String, NameError>> {
    match &entry.name {
        Some(name) => Some(ident::check_name(name).map(|()| name.clone())),
        None if !is_wire_code(&entry.code) => None,
        None => Some(ident::variant_name(&entry.code)),
    }
}

/// `f` of every item, in order, computed on two threads when there are enough items to pay for
/// the second one.
fn map_on_two_threads<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    const WORTH_A_THREAD: usize = 4096;
    if items.len() < WORTH_A_THREAD {
        return items.iter().map(&f).collect();
    }
    let (first, second) = items.split_at(items.len() / 2);
    std::thread::scope(|scope| {
        let second = scope.spawn(|| second.iter().map(&f).collect::<Vec<U>>());
        let mut all = Vec::with_capacity(items.len());
        all.extend(first.iter().map(&f));
        match second.join() {
            Ok(rest) => all.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        all
    })
}

/// How an entry repeats an earlier one, by the earlier one's index.
#[derive(Clone, Copy)]
enum Repeat {
    None,
    /// The same code.
    Code(usize),
    /// Another code that becomes the same variant name.
    Name(usize),
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
    if ident::check_name(&name).is_ok() {
        Some(name)
    } else {
        Some(format!("Code{name}"))
    }
}

/// Whether `docs` can be shown as a link: an http(s) address with nothing that would end it.
fn is_page_url(docs: &str) -> bool {
    (docs.starts_with("https://") || docs.starts_with("http://"))
        && !docs
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`'))
}

/// Checks between catalogs: unique modules, `extends` that resolves without cycles, and codes
/// repeated from the base only with `overrides: true`.
///
/// `unreadable` are the modules of catalogs that could not be read: extending one of them is not
/// reported as extending nothing, since its own errors say what to fix.
fn check_across(
    catalogs: &[Catalog],
    checkers: &[Checker<'_>],
    unreadable: &[String],
    diagnostics: &mut Diagnostics,
) {
    let mut by_module: HashMap<&str, usize> = HashMap::new();
    for (index, catalog) in catalogs.iter().enumerate() {
        if let Some(&first) = by_module.get(catalog.module.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    checkers[index].at(&[Step::Key("module")]),
                    format!("two catalogs are both `module: {}`", catalog.module),
                )
                .note(
                    checkers[first].at(&[Step::Key("module")]),
                    "the other one is here",
                )
                .help("module names must be unique: rename one"),
            );
        } else {
            by_module.insert(&catalog.module, index);
        }
    }
    for (index, catalog) in catalogs.iter().enumerate() {
        let Some(base_name) = &catalog.extends else {
            for (code_index, code) in catalog.codes.iter().enumerate() {
                if code.overrides {
                    diagnostics.push(
                        Diagnostic::new(
                            checkers[index].code_at(code_index),
                            format!(
                                "`{}` has `overrides: true`, but the catalog extends nothing",
                                shown(&code.wire)
                            ),
                        )
                        .help("remove `overrides: true`"),
                    );
                }
            }
            continue;
        };
        let Some(&base_index) = by_module.get(base_name.as_str()) else {
            if unreadable.contains(base_name) {
                continue;
            }
            let mut others: Vec<&str> = by_module
                .keys()
                .copied()
                .filter(|module| *module != catalog.module)
                .collect();
            others.sort_unstable();
            let closest = others
                .iter()
                .map(|module| (edit_distance(base_name, module), *module))
                .filter(|(distance, module)| *distance <= module.len().max(base_name.len()) / 3 + 1)
                .min();
            let help = match (closest, others.is_empty()) {
                (Some((_, module)), _) => format!(
                    "did you mean `{module}`? (the other catalogs are {})",
                    others.join(", ")
                ),
                (None, true) => {
                    "there is no other catalog: add the base catalog, or remove `extends`".to_owned()
                }
                (None, false) => format!("name one of the other catalogs: {}", others.join(", ")),
            };
            diagnostics.push(
                Diagnostic::new(
                    checkers[index].at(&[Step::Key("extends")]),
                    format!("`extends: {base_name}` names no catalog"),
                )
                .help(help),
            );
            continue;
        };
        // Follow the chain: reaching this catalog again is a cycle.
        let mut chain = vec![catalog.module.as_str()];
        let mut next = Some(base_index);
        let mut cycle = false;
        while let Some(current) = next {
            chain.push(&catalogs[current].module);
            if current == index {
                cycle = true;
                diagnostics.push(
                    Diagnostic::new(
                        checkers[index].at(&[Step::Key("extends")]),
                        format!("`extends` forms a cycle: {}", chain.join(" → ")),
                    )
                    .help("a service catalog extends a common catalog, which extends nothing"),
                );
                break;
            }
            if chain.len() > catalogs.len() {
                break;
            }
            next = catalogs[current]
                .extends
                .as_deref()
                .and_then(|module| by_module.get(module).copied());
        }
        // In a cycle, "repeats a code of the base" would only be noise.
        if cycle {
            continue;
        }
        let base = &catalogs[base_index];
        let in_base: HashMap<&str, usize> = base
            .codes
            .iter()
            .enumerate()
            .map(|(base_code, code)| (code.wire.as_str(), base_code))
            .collect();
        for (code_index, code) in catalog.codes.iter().enumerate() {
            let at = || checkers[index].code_at(code_index);
            match (in_base.get(code.wire.as_str()), code.overrides) {
                (Some(&base_code), false) => diagnostics.push(
                    Diagnostic::new(at(), format!("`{}` repeats a code of the base catalog `{}`", shown(&code.wire), base.module))
                        .note(checkers[base_index].code_at(base_code), "the base catalog defines it here")
                        .help("add `overrides: true` to redefine it for this service, or remove the entry to reuse the base's definition"),
                ),
                (None, true) => diagnostics.push(
                    Diagnostic::new(at(), format!("`{}` has `overrides: true`, but `{}` has no such code", shown(&code.wire), base.module))
                        .help("remove `overrides: true`"),
                ),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(path: &str, text: &str) -> Source {
        Source {
            path: path.to_owned(),
            text: text.to_owned(),
        }
    }

    const HEADER: &str = "provider: P\ndocs: https://example.com\nenvelope: tencent\n";

    fn messages(sources: &[Source]) -> Vec<String> {
        match check_catalogs(sources) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics
                .0
                .iter()
                .map(|d| format!("{}: {}", d.location, d.message))
                .collect(),
        }
    }

    #[test]
    fn splits_serde_positions_off_messages() {
        assert_eq!(split_position("bad at line 3 column 7"), ("bad", Some((3, 7))));
        assert_eq!(split_position("no position"), ("no position", None));
        assert_eq!(split_position("at line x column y"), ("at line x column y", None));
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
    fn docs_must_be_a_plain_web_address() {
        assert!(is_page_url("https://example.com/a?b=c#d"));
        assert!(!is_page_url("example.com"));
        assert!(!is_page_url("https://example.com/a b"));
        assert!(!is_page_url("https://example.com/>"));
    }

    #[test]
    fn did_you_mean_only_when_close() {
        assert!(unknown_key_help("statsu", &["status", "retry"]).starts_with("did you mean `status`?"));
        assert!(unknown_key_help("maintainer", &["status", "retry"]).starts_with("remove it"));
    }

    #[test]
    fn reports_a_structure_error_in_every_entry_of_a_file() {
        let text = format!(
            "module: a\n{HEADER}codes:\n  - code: A\n    retry: sometimes\n    en: a\n    ja: あ\n  - code: B\n    retry: never\n    en: b\n  - {{code: C, retry: never, en: c, ja: し, colour: red}}\n"
        );
        assert_eq!(
            messages(&[source("a.yaml", &text)]),
            [
                "a.yaml:7:12: `retry` of the code `A` cannot be `sometimes`",
                "a.yaml:10:3: the code `B` has no `ja`",
                // A flow-style entry has no key lines: its errors point at the entry.
                "a.yaml:13:3: the code `C` has an unknown key `colour`",
            ]
        );
    }

    #[test]
    fn a_base_catalog_with_errors_is_not_reported_missing() {
        let base = format!("module: base\n{HEADER}codes:\n  - code: A\n    retry: never\n    en: a\n");
        let service = format!(
            "module: service\nextends: base\n{HEADER}codes:\n  - code: B\n    retry: never\n    en: b\n    ja: び\n"
        );
        assert_eq!(
            messages(&[source("base.yaml", &base), source("service.yaml", &service)]),
            ["base.yaml:6:3: the code `A` has no `ja`"]
        );
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

    #[test]
    fn good_catalogs_pass() {
        let text = format!(
            "module: a\n{HEADER}codes:\n  - code: A.B-c_d\n    retry: never\n    en: a\n    ja: あ\n"
        );
        let catalogs = check_catalogs(&[source("a.yaml", &text)]).expect("a good catalog");
        assert_eq!(catalogs[0].codes[0].name.to_string(), "ABCD");
    }

    /// Names are derived on two threads from 4,096 entries on: what is found, and where, must
    /// not depend on which thread derived a name.
    #[test]
    fn a_large_catalog_gets_the_findings_of_a_small_one() {
        let entry = |code: &str| format!("  - code: {code}\n    retry: never\n    en: a\n    ja: あ\n");
        let mut text = format!("module: a\n{HEADER}codes:\n");
        for index in 0..5_000 {
            text += &entry(&format!("Code{index}"));
        }
        // In the second thread's half: a code of the first half again, a code that becomes a
        // variant name of the first half, and a code with no name to derive.
        for code in ["Code17", "code_42", "ü"] {
            text += &entry(code);
        }
        // Entry `i`'s code is on line 6 + 4i, its value at column 11.
        let at = |entry: usize| format!("a.yaml:{}:11", 6 + 4 * entry);
        let found: Vec<String> = match check_catalogs(&[source("a.yaml", &text)]) {
            Ok(_) => panic!("the catalog has mistakes"),
            Err(diagnostics) => diagnostics.0.iter().map(|d| d.to_string()).collect(),
        };
        let expected = [
            format!(
                "{}: error: the code `Code17` is defined twice\n  --> {}: note: first defined here",
                at(5_000),
                at(17)
            ),
            format!(
                "{}: error: the codes `Code42` and `code_42` both become the variant `Code42`\n  --> {}: note: the other code is here",
                at(5_001),
                at(42)
            ),
            format!("{}: error: cannot derive a variant name from `ü`: it is not ASCII", at(5_002)),
        ];
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        for (found, expected) in found.iter().zip(&expected) {
            assert!(
                found.starts_with(expected.as_str()),
                "{found}\n does not start with\n{expected}"
            );
        }
    }
}
