//! Checks raw catalogs and turns them into the model, collecting every problem of every catalog
//! (with file:line:col, what is wrong and how to fix it) before anything is written.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use proc_macro2::{Ident, Span};

use crate::catalog::{RawCatalog, RawCode};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::ident;
use crate::locate::{Locator, Step};
use crate::model::{Bilingual, Catalog, Category, CodeDef, StatusRule};

/// The statuses a code or status rule may name; `#[cloud_error]` checks the same range.
pub const HTTP_STATUSES: RangeInclusive<u16> = 100..=599;

/// A code as the service sends it: not empty, no surrounding white space. `#[cloud_error]`
/// checks its codes with this too.
pub fn is_wire_code(code: &str) -> bool {
    !code.is_empty() && code.trim() == code
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
    let mut positions = Vec::new();
    for source in sources {
        match serde_yaml::from_str::<RawCatalog>(&source.text) {
            Ok(raw) => {
                let checker = Checker::new(source);
                let (catalog, code_locations) = checker.catalog(raw, &mut diagnostics);
                catalogs.push(catalog);
                positions.push(Positions {
                    module: checker.at(&[Step::Key("module")]),
                    extends: checker.at(&[Step::Key("extends")]),
                    codes: code_locations,
                });
            }
            Err(error) => diagnostics.push(yaml_error(source, &error)),
        }
    }
    check_across(&catalogs, &positions, &mut diagnostics);
    diagnostics.finish(catalogs)
}

/// A serde_yaml error, which knows its own position (syntax, types, missing and unknown keys).
fn yaml_error(source: &Source, error: &serde_yaml::Error) -> Diagnostic {
    let (line, column) = error.location().map_or((1, 1), |at| (at.line(), at.column()));
    let mut message = error.to_string();
    if let Some(cut) = message.find(" at line ") {
        message.truncate(cut);
    }
    let help = if message.contains("unknown field") {
        Some(unknown_key_help(&message))
    } else if message.starts_with("missing field") {
        Some("every code needs `code`, `retry`, `en` and `ja`; a catalog needs `module`, `provider`, `docs`, `envelope` and `codes` (see catalogs/README.md)".to_owned())
    } else if message.contains("unknown variant") {
        Some("use one of the values listed above".to_owned())
    } else if message.contains("invalid type") {
        Some("see catalogs/README.md for the type of each key".to_owned())
    } else {
        None
    };
    let diagnostic = Diagnostic::new(location(source, line, column), message);
    match help {
        Some(help) => diagnostic.help(help),
        None => diagnostic,
    }
}

/// "did you mean" for an unknown key, from serde's list of expected keys.
fn unknown_key_help(message: &str) -> String {
    let unknown = message.split('`').nth(1).unwrap_or_default().to_owned();
    let expected: Vec<&str> = message
        .split_once("expected")
        .map(|(_, rest)| rest.split('`').skip(1).step_by(2).collect())
        .unwrap_or_default();
    let closest = expected
        .iter()
        .map(|key| (edit_distance(&unknown, key), *key))
        .filter(|(distance, key)| *distance <= key.len().max(unknown.len()) / 3 + 1)
        .min();
    match closest {
        Some((_, key)) => format!("did you mean `{key}`?"),
        None => "remove it, or see catalogs/README.md for the known keys".to_owned(),
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
    locator: Locator<'a>,
}

impl<'a> Checker<'a> {
    fn new(source: &'a Source) -> Self {
        Checker {
            source,
            locator: Locator::new(&source.text),
        }
    }

    fn at(&self, path: &[Step<'_>]) -> Location {
        let (line, column) = self.locator.find(path);
        location(self.source, line, column)
    }

    fn catalog(&self, raw: RawCatalog, diagnostics: &mut Diagnostics) -> (Catalog, Vec<Location>) {
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
            }
        }
        if raw.codes.is_empty() {
            diagnostics.push(
                Diagnostic::new(self.at(&[Step::Key("codes")]), "the catalog has no codes")
                    .help("add at least one entry under `codes:`, or remove the file"),
            );
        }

        let mut codes = Vec::with_capacity(raw.codes.len());
        let mut locations = Vec::with_capacity(raw.codes.len());
        let mut by_wire: HashMap<String, usize> = HashMap::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (index, entry) in raw.codes.into_iter().enumerate() {
            let entry_path = [Step::Key("codes"), Step::Item(index)];
            let code_at = self.at(&[entry_path[0], entry_path[1], Step::Key("code")]);
            locations.push(code_at.clone());
            if let Some(&first) = by_wire.get(&entry.code) {
                diagnostics.push(
                    Diagnostic::new(
                        code_at.clone(),
                        format!("the code `{}` is defined twice", entry.code),
                    )
                    .note(locations[first].clone(), "first defined here")
                    .help("merge the two entries: one entry can list several statuses and messages"),
                );
            } else {
                by_wire.insert(entry.code.clone(), index);
            }
            let name = self.name(&entry, index, diagnostics);
            if let Some(name) = &name {
                if let Some(&first) = by_name.get(name) {
                    diagnostics.push(
                        Diagnostic::new(
                            code_at.clone(),
                            format!(
                                "the codes `{}` and `{}` both become the variant `{name}`",
                                codes.get(first).map_or("", |c: &CodeDef| c.wire.as_str()),
                                entry.code
                            ),
                        )
                        .note(locations[first].clone(), "the other code is here")
                        .help("give one of them an explicit `name:`"),
                    );
                } else {
                    by_name.insert(name.clone(), index);
                }
            }
            codes.push(self.code(entry, index, name, diagnostics));
        }
        // Keep indices of `codes` equal to entry indices even when a name failed: the model is
        // discarded anyway once a diagnostic exists.

        let mut status_rules: Vec<StatusRule> = Vec::new();
        for (index, rule) in raw.status_rules.into_iter().enumerate() {
            let status_at = self.at(&[Step::Key("status_rules"), Step::Item(index), Step::Key("status")]);
            self.status(rule.status, status_at.clone(), diagnostics);
            if status_rules.iter().any(|seen| seen.status == rule.status) {
                diagnostics.push(
                    Diagnostic::new(status_at, format!("status {} has two rules", rule.status))
                        .help("keep one rule per status"),
                );
            }
            let path = [Step::Key("status_rules"), Step::Item(index)];
            let description = self.bilingual(rule.en, rule.ja, &path, diagnostics);
            status_rules.push(StatusRule {
                status: rule.status,
                retry: rule.retry,
                category: rule
                    .category
                    .unwrap_or_else(|| Category::from_http_status(rule.status)),
                description,
            });
        }

        let catalog = Catalog {
            source: self.source.path.clone(),
            module: raw.module,
            provider: raw.provider,
            docs: raw.docs,
            envelope: raw.envelope,
            extends: raw.extends,
            codes,
            status_rules,
        };
        (catalog, locations)
    }

    /// The variant name of an entry, derived or explicit; `None` after reporting why not.
    fn name(&self, entry: &RawCode, index: usize, diagnostics: &mut Diagnostics) -> Option<String> {
        let (result, path_key) = match &entry.name {
            Some(name) => (ident::check_name(name).map(|()| name.clone()), "name"),
            None => (ident::variant_name(&entry.code), "code"),
        };
        match result {
            Ok(name) => Some(name),
            Err(error) => {
                let at = self.at(&[Step::Key("codes"), Step::Item(index), Step::Key(path_key)]);
                let help = if entry.name.is_some() {
                    "choose an UpperCamelCase identifier that is not a keyword, `Unknown` or `Base`"
                        .to_owned()
                } else {
                    format!(
                        "give the entry a variant name, e.g. `name: {}`",
                        suggest_name(&entry.code)
                    )
                };
                diagnostics.push(Diagnostic::new(at, error.describe(&entry.code)).help(help));
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
        if !is_wire_code(&entry.code) {
            diagnostics.push(
                Diagnostic::new(
                    self.at(&[path[0], path[1], Step::Key("code")]),
                    format!(
                        "the code {:?} is empty or has surrounding white space",
                        entry.code
                    ),
                )
                .help("write the code exactly as the service sends it"),
            );
        }
        let status_at = self.at(&[path[0], path[1], Step::Key("status")]);
        for (i, &status) in entry.status.0.iter().enumerate() {
            self.status(status, status_at.clone(), diagnostics);
            if entry.status.0[..i].contains(&status) {
                diagnostics.push(
                    Diagnostic::new(status_at.clone(), format!("status {status} is listed twice"))
                        .help("list each status once"),
                );
            }
        }
        for (i, message) in entry.messages.iter().enumerate() {
            if message.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::new(
                        self.at(&[path[0], path[1], Step::Key("messages"), Step::Item(i)]),
                        format!("message {} of `{}` is empty", i + 1, entry.code),
                    )
                    .help("remove the empty message"),
                );
            }
        }
        let description = self.bilingual(entry.en, entry.ja, &path, diagnostics);
        let help = entry.help.map(|help| {
            let help_path = [path[0], path[1], Step::Key("help")];
            self.bilingual(help.en, help.ja, &help_path, diagnostics)
        });
        let category = entry
            .category
            .unwrap_or_else(|| Category::default_for(&entry.status.0));
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

    fn status(&self, status: u16, at: Location, diagnostics: &mut Diagnostics) {
        if !HTTP_STATUSES.contains(&status) {
            diagnostics.push(
                Diagnostic::new(at, format!("{status} is not an HTTP status"))
                    .help("HTTP statuses are between 100 and 599; leave `status` out if the provider documents none"),
            );
        }
    }

    fn bilingual(
        &self,
        en: String,
        ja: String,
        path: &[Step<'_>],
        diagnostics: &mut Diagnostics,
    ) -> Bilingual {
        for (key, text, language) in [("en", &en, "English"), ("ja", &ja, "Japanese")] {
            if text.trim().is_empty() {
                let mut full: Vec<Step<'_>> = path.to_vec();
                full.push(Step::Key(key));
                diagnostics.push(
                    Diagnostic::new(self.at(&full), format!("the {language} text (`{key}`) is empty"))
                        .help("every description and help text is written in both English and Japanese"),
                );
            }
        }
        Bilingual { en, ja }
    }
}

/// A name to propose for a code that has none: its ASCII letters and digits, camel-cased.
fn suggest_name(code: &str) -> String {
    use heck::ToUpperCamelCase;
    let ascii: String = code
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let name = ascii.to_upper_camel_case();
    match name.chars().next() {
        Some(first) if first.is_ascii_alphabetic() && ident::check_name(&name).is_ok() => name,
        Some(_) => format!("Code{name}"),
        None => "SomeName".to_owned(),
    }
}

/// Where a checked catalog's parts are, for the checks between catalogs.
struct Positions {
    module: Location,
    extends: Location,
    codes: Vec<Location>,
}

/// Checks between catalogs: unique modules, `extends` that resolves without cycles, and codes
/// repeated from the base only with `overrides: true`.
fn check_across(catalogs: &[Catalog], positions: &[Positions], diagnostics: &mut Diagnostics) {
    let mut by_module: HashMap<&str, usize> = HashMap::new();
    for (index, catalog) in catalogs.iter().enumerate() {
        if let Some(&first) = by_module.get(catalog.module.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    positions[index].module.clone(),
                    format!("two catalogs are both `module: {}`", catalog.module),
                )
                .note(positions[first].module.clone(), "the other one is here")
                .help("module names must be unique: rename one"),
            );
        } else {
            by_module.insert(&catalog.module, index);
        }
    }
    for (index, catalog) in catalogs.iter().enumerate() {
        let Some(base_name) = &catalog.extends else {
            for (code, at) in catalog.codes.iter().zip(&positions[index].codes) {
                if code.overrides {
                    diagnostics.push(
                        Diagnostic::new(
                            at.clone(),
                            format!(
                                "`{}` has `overrides: true`, but the catalog extends nothing",
                                code.wire
                            ),
                        )
                        .help("remove `overrides: true`"),
                    );
                }
            }
            continue;
        };
        let Some(&base_index) = by_module.get(base_name.as_str()) else {
            let mut known: Vec<&str> = by_module.keys().copied().collect();
            known.sort_unstable();
            diagnostics.push(
                Diagnostic::new(
                    positions[index].extends.clone(),
                    format!("`extends: {base_name}` names no catalog"),
                )
                .help(format!("the catalogs are: {}", known.join(", "))),
            );
            continue;
        };
        // Follow the chain: reaching this catalog again is a cycle.
        let mut chain = vec![catalog.module.as_str()];
        let mut next = Some(base_index);
        while let Some(current) = next {
            chain.push(&catalogs[current].module);
            if current == index {
                diagnostics.push(
                    Diagnostic::new(
                        positions[index].extends.clone(),
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
        let base = &catalogs[base_index];
        for (code, at) in catalog.codes.iter().zip(&positions[index].codes) {
            let in_base = base.codes.iter().position(|b| b.wire == code.wire);
            match (in_base, code.overrides) {
                (Some(base_code), false) => diagnostics.push(
                    Diagnostic::new(at.clone(), format!("`{}` repeats a code of the base catalog `{}`", code.wire, base.module))
                        .note(positions[base_index].codes[base_code].clone(), "the base catalog defines it here")
                        .help("add `overrides: true` to redefine it for this service, or remove the entry to reuse the base's definition"),
                ),
                (None, true) => diagnostics.push(
                    Diagnostic::new(at.clone(), format!("`{}` has `overrides: true`, but `{}` has no such code", code.wire, base.module))
                        .help("remove `overrides: true`"),
                ),
                _ => {}
            }
        }
    }
}
