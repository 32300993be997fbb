//! The catalogs' pipeline: reads each file (`catalog`), checks its values (the rules about codes
//! are `check`'s, shared with `#[cloud_error]`; those about a catalog's own keys and between
//! catalogs are here), and turns them into the model, collecting every problem of every catalog
//! (with file:line:col, what is wrong and how to fix it) before anything is written.

use std::collections::HashMap;

use crate::catalog::{self, At, Pos, RawCatalog, RawFamily};
use crate::check::{self, direction_control, shown, Finding, Origin};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::generate::about_file;
use crate::ident;
use crate::model::{Catalog, Category, Retry, RetryPolicyDef, RetryWhen, StatusRule};

/// A catalog file's path (as shown in messages) and text.
#[derive(Clone, Debug)]
pub struct Source {
    pub path: String,
    pub text: String,
}

/// The suffix of a catalog's curation file: `tencent_cvm.curated.yaml` curates `tencent_cvm.yaml`.
pub const CURATED_SUFFIX: &str = ".curated.yaml";

/// Parses and checks every catalog, each with its curation file (a source whose path is the
/// catalog's with [`CURATED_SUFFIX`], never a catalog itself); `Err` lists every problem found in
/// all of them.
pub fn check_catalogs(sources: &[Source]) -> Result<Vec<Catalog>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut catalogs = Vec::new();
    // Kept for the checks between catalogs, which place their findings with them.
    let mut places = Vec::new();
    let mut unreadable_modules = Vec::new();
    let curation_of = |catalog: &str| {
        let stem = catalog.strip_suffix(".yaml")?;
        sources
            .iter()
            .find(|source| source.path.strip_suffix(CURATED_SUFFIX) == Some(stem))
    };
    for source in sources {
        if let Some(stem) = source.path.strip_suffix(CURATED_SUFFIX) {
            let catalog = format!("{stem}.yaml");
            if !sources.iter().any(|other| other.path == catalog) {
                let message = format!("`{}` curates `{catalog}`, which does not exist", source.path);
                diagnostics.push(about_file(&source.path, message).help(
                    "name the file after its catalog (`<catalog>.curated.yaml` beside `<catalog>.yaml`), or remove it",
                ));
            }
            continue;
        }
        let curated = curation_of(&source.path);
        let files = Files {
            catalog: source.path.clone(),
            curated: curated.map(|curated| curated.path.clone()),
        };
        let mut findings = Vec::new();
        match catalog::read_curated(&source.text, curated.map(|curated| curated.text.as_str())) {
            Ok(raw) => {
                places.push(Places {
                    files: files.clone(),
                    module: raw.module.at,
                    extends: raw.extends.as_ref().map_or(raw.module.at, |extends| extends.at),
                    codes: raw
                        .codes
                        .iter()
                        .map(|entry| entry.code.as_ref().map_or(raw.codes_at, |code| code.at))
                        .collect(),
                    given: raw
                        .codes
                        .iter()
                        .map(|entry| (entry.retry, entry.category))
                        .collect(),
                    families: raw.families.clone(),
                    retry_when: raw.retry_when.clone(),
                    retry_statuses: raw.retry_statuses.clone(),
                });
                catalogs.push(check_catalog(&files, raw, &mut findings));
            }
            Err((errors, module)) => {
                findings = errors;
                unreadable_modules.extend(module);
            }
        }
        for finding in findings {
            diagnostics.push(diagnostic(&files, finding));
        }
    }
    check_across(&catalogs, &places, &unreadable_modules, &mut diagnostics);
    apply_families(&mut catalogs, &places, &mut diagnostics);
    inherit_retry_policies(&mut catalogs, &places);
    check_by_status(&catalogs, &places, &mut diagnostics);
    diagnostics.finish(catalogs)
}

/// A catalog's file and its curation file's, where positions are.
#[derive(Clone, Debug)]
struct Files {
    catalog: String,
    curated: Option<String>,
}

impl Files {
    fn at(&self, at: Pos) -> Location {
        let file = match (&self.curated, at.curated) {
            (Some(curated), true) => curated,
            _ => &self.catalog,
        };
        Location {
            file: file.clone(),
            line: at.line,
            column: at.column,
        }
    }
}

/// A finding of a catalog, as a diagnostic of its file (or of its curation file).
fn diagnostic(files: &Files, finding: Finding<Pos>) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(files.at(finding.at), finding.message).help(finding.help);
    for (at, note) in finding.notes {
        diagnostic = diagnostic.note(files.at(at), note);
    }
    diagnostic
}

/// Where a checked catalog's module, `extends` and codes are, for the checks between catalogs,
/// and what needs `extends` resolved: the `retry` and `category` its codes were written with,
/// its family rules, and its codes' `retry_when` and `retry_when_status` (with which a catalog
/// inherits its base's policy).
struct Places {
    files: Files,
    module: Pos,
    extends: Pos,
    codes: Vec<Pos>,
    given: Vec<(Option<Retry>, Option<Category>)>,
    families: Vec<RawFamily>,
    retry_when: Vec<(String, At<RetryWhen>)>,
    retry_statuses: Vec<(String, At<Vec<u16>>)>,
}

impl Places {
    fn at(&self, at: Pos) -> Location {
        self.files.at(at)
    }
}

/// The checks of one catalog's values; the model it becomes (discarded when anything was found).
fn check_catalog(files: &Files, raw: RawCatalog, findings: &mut Vec<Finding<Pos>>) -> Catalog {
    if let Err(error) = ident::check_module(&raw.module.value) {
        findings.push(Finding::new(
            raw.module.at,
            format!(
                "`{}` cannot be a module name: {}",
                raw.module.value,
                error.describe(&raw.module.value)
            ),
            "use a snake_case identifier such as `tencent_redis`",
        ));
    }
    for (key, value) in [("provider", &raw.provider), ("docs", &raw.docs)] {
        let text = &value.value;
        if text.trim().is_empty() {
            findings.push(Finding::new(
                value.at,
                format!("`{key}` is empty"),
                "every catalog names its provider and the page its codes come from",
            ));
        } else if text.chars().any(char::is_control) {
            findings.push(Finding::new(
                value.at,
                format!("`{key}` {text:?} contains a line break or another control character"),
                "write it on one line",
            ));
        } else if let Some(c) = direction_control(text) {
            findings.push(check::direction_control_finding(value.at, &format!("`{key}`"), c));
        }
    }
    if !raw.docs.value.trim().is_empty() && !is_page_url(&raw.docs.value) {
        findings.push(Finding::new(
            raw.docs.at,
            format!("`docs` {:?} is not a web address", raw.docs.value),
            "write the page's address, starting with `https://`, with no spaces, `<` or `>`",
        ));
    }
    if raw.codes.is_empty() {
        findings.push(Finding::new(
            raw.codes_at,
            "the catalog has no codes",
            "add at least one entry under `codes:`, or remove the file",
        ));
    }
    let names = check::check_entries(&raw.codes, Origin::Catalog, findings);
    let codes: Vec<crate::model::CodeDef> = raw
        .codes
        .into_iter()
        .zip(names)
        .map(|(entry, name)| entry.into_code_def(check::name_ident(name.as_deref())))
        .collect();

    let mut first_rule: HashMap<u64, Pos> = HashMap::new();
    let mut status_rules = Vec::with_capacity(raw.status_rules.len());
    for (index, rule) in raw.status_rules.into_iter().enumerate() {
        let owner = || format!("status rule {}", index + 1);
        findings.extend(check::status_finding(&rule.status, owner));
        if let Some(&first) = first_rule.get(&rule.status.value) {
            findings.push(
                Finding::new(
                    rule.status.at,
                    format!("status {} has two status rules", rule.status.value),
                    "keep one rule per status",
                )
                .note(first, "the first rule is here"),
            );
        } else {
            first_rule.insert(rule.status.value, rule.status.at);
        }
        for (locale, text) in rule.description.each() {
            if let Some(text) = text {
                findings.extend(check::text_finding(
                    text,
                    || format!("the {} text of {}", check::language_name(locale), owner()),
                    check::BLANK_CATALOG_TEXT_HELP,
                ));
            }
        }
        let status = u16::try_from(rule.status.value).unwrap_or_default();
        status_rules.push(StatusRule {
            status,
            retry: rule.retry,
            category: rule
                .category
                .unwrap_or_else(|| Category::from_http_status(status)),
            description: rule.description.into_model(),
        });
    }

    if raw.retry_policy.is_none() && raw.extends.is_none() {
        if let Some((_, when)) = raw.retry_when.first() {
            findings.push(Finding::new(
                when.at,
                "`retry_when` needs a `retry_policy` in its catalog",
                "declare the provider SDK's `retry_policy` (see catalogs/README.md, \"Retry policy\")",
            ));
        }
    }
    let retry_policy = raw.retry_policy.map(|policy| RetryPolicyDef {
        code_conditions: by_code(&raw.retry_when),
        code_statuses: by_code(&raw.retry_statuses),
        ..policy
    });

    Catalog {
        source: files.catalog.clone(),
        curated: files.curated.clone(),
        module: raw.module.value,
        provider: raw.provider.value,
        docs: raw.docs.value,
        envelope: raw.envelope,
        languages: raw.languages,
        extends: raw.extends.map(|extends: At<String>| extends.value),
        codes,
        status_rules,
        retry_policy,
        retry_policy_of: None,
    }
}

/// A catalog's `retry_when` or `retry_when_status`, code by code, without the positions.
fn by_code<T: Clone>(located: &[(String, At<T>)]) -> Vec<(String, T)> {
    located
        .iter()
        .map(|(wire, value)| (wire.clone(), value.value.clone()))
        .collect()
}

/// Gives each code written without `retry` (or `category`) those of the family rule covering it
/// (catalogs/README.md, "Family rules"): the rules are the catalog's own and then those along its
/// `extends` chain; the longest covering prefix wins, and between equal prefixes (the same
/// prefix, written in two catalogs of the chain) the nearer catalog's. A `category` comes from
/// the longest covering rule that has one, else from the code's first status. A code with
/// `overrides: true` first takes the missing values from the code it redefines (the nearest
/// base's, as resolved there): an exact code is more specific than any prefix. Then checks each
/// `retry_when`, which needs the code's class. Runs once `extends` is checked.
fn apply_families(catalogs: &mut [Catalog], places: &[Places], diagnostics: &mut Diagnostics) {
    let chains = chains(catalogs);
    // Bases before the catalogs extending them, so a redefined code's values are final when an
    // overriding code takes them; whether each code's class is known (given, from a rule or
    // from its base's code), for the `retry_when` check.
    let mut order: Vec<usize> = (0..catalogs.len()).collect();
    order.sort_by_key(|&index| chains[index].0.len());
    let mut resolved: Vec<Vec<bool>> = places
        .iter()
        .map(|place| place.given.iter().map(|(retry, _)| retry.is_some()).collect())
        .collect();
    for index in order {
        // A chain that does not end `Ok` (a base missing or unreadable, or a loop: each reported
        // already) has rules that are unknown.
        let (chain, end) = &chains[index];
        // The values of the code each overriding code redefines, from the nearest base having it.
        let redefined: Vec<Option<(Retry, Category, bool)>> = catalogs[index]
            .codes
            .iter()
            .map(|code| {
                if !code.overrides {
                    return None;
                }
                chain[1..].iter().find_map(|&base| {
                    let at = catalogs[base]
                        .codes
                        .iter()
                        .position(|other| other.wire == code.wire)?;
                    let other = &catalogs[base].codes[at];
                    Some((other.retry, other.category, resolved[base][at]))
                })
            })
            .collect();
        // Longest prefix first; the sort is stable, so the nearer catalog's rule stays first
        // between equal prefixes.
        let mut rules: Vec<&RawFamily> = chain
            .iter()
            .flat_map(|&catalog| &places[catalog].families)
            .collect();
        rules.sort_by_key(|rule| std::cmp::Reverse(rule.prefix.value.len()));
        let place = &places[index];
        for (code_index, code) in catalogs[index].codes.iter_mut().enumerate() {
            let (retry, category) = place.given[code_index];
            let wire = code.wire.clone();
            let mut covering = rules.iter().filter(|rule| rule.covers(&wire));
            if let Some((base_retry, base_category, base_resolved)) = redefined[code_index] {
                if category.is_none() {
                    code.category = base_category;
                }
                if retry.is_none() {
                    code.retry = base_retry;
                    resolved[index][code_index] = base_resolved;
                }
                continue;
            }
            if category.is_none() {
                if let Some(rule_category) = covering.clone().find_map(|rule| rule.category) {
                    code.category = rule_category;
                }
            }
            if retry.is_some() {
                continue;
            }
            match covering.next() {
                Some(rule) => {
                    code.retry = rule.retry;
                    resolved[index][code_index] = true;
                }
                None if end.is_ok() => diagnostics.push(
                    Diagnostic::new(
                        place.at(place.codes[code_index]),
                        format!(
                            "the code `{}` has no `retry`, and no family rule covers it",
                            shown(&wire)
                        ),
                    )
                    .help(
                        "add `retry:` (`never`, `backoff` or `after_fix`) to the code, or a rule to the catalog's `families:` whose `prefix` is the code or a leading segment of it (catalogs/README.md, \"Family rules\")",
                    ),
                ),
                None => {}
            }
        }
        // A condition says when a transient code may be retried: only a `backoff` code has one,
        // unless it is bound to statuses (`retry_when_status`): then it also says that at other
        // statuses the status decides, which the SDK's policy follows (oci-go-sdk's
        // `(501, MethodNotImplemented)`: a 503 carrying that code is retried as a 503).
        for (wire, when) in &place.retry_when {
            if place.retry_statuses.iter().any(|(bound, _)| bound == wire) {
                continue;
            }
            let class = catalogs[index]
                .codes
                .iter()
                .position(|code| code.wire == *wire)
                // A code left without a class is reported above; its placeholder says nothing.
                .filter(|&code| resolved[index][code])
                .map(|code| catalogs[index].codes[code].retry);
            if let Some(class) = class.filter(|class| *class != Retry::Backoff) {
                diagnostics.push(
                    Diagnostic::new(
                        place.at(when.at),
                        format!(
                            "`retry_when` of the code `{}` has no effect: its `retry` is `{class}`",
                            shown(wire)
                        ),
                    )
                    .help("only a `backoff` code is ever retried; remove `retry_when`, or make the code `retry: backoff`"),
                );
            }
        }
    }
}

/// A code's `retry_when` (and `retry_when_status`) has no effect in a catalog whose policy, its own
/// or its base's, decides by status alone (`decide_by: status`). Runs once policies are inherited.
fn check_by_status(catalogs: &[Catalog], places: &[Places], diagnostics: &mut Diagnostics) {
    for (catalog, place) in catalogs.iter().zip(places) {
        if !catalog
            .retry_policy
            .as_ref()
            .is_some_and(|policy| policy.by_status)
        {
            continue;
        }
        let keys = place
            .retry_when
            .iter()
            .map(|(wire, when)| ("retry_when", wire, when.at))
            .chain(
                place
                    .retry_statuses
                    .iter()
                    .map(|(wire, statuses)| ("retry_when_status", wire, statuses.at)),
            );
        for (key, wire, at) in keys {
            diagnostics.push(
                Diagnostic::new(
                    place.at(at),
                    format!(
                        "`{key}` of the code `{}` has no effect: the catalog's `retry_policy` decides by status alone (`decide_by: status`)",
                        shown(wire)
                    ),
                )
                .help("remove it: `status_when` says which statuses are retried, whatever the code; or write `decide_by: code` if the SDK reads the code"),
            );
        }
    }
}

/// A catalog without a `retry_policy` of its own takes its base's (through `extends`), with its
/// own codes' conditions before the base's. Runs once `extends` is known to resolve.
fn inherit_retry_policies(catalogs: &mut [Catalog], places: &[Places]) {
    for (index, (chain, _)) in chains(catalogs).into_iter().enumerate() {
        if catalogs[index].retry_policy.is_some() {
            continue;
        }
        let mut conditions = by_code(&places[index].retry_when);
        let mut statuses = by_code(&places[index].retry_statuses);
        // A code the service redefines keeps its own condition: the nearer catalog's come first,
        // and `PolicyDefaults::code_condition` takes the first listed. A base inherits before
        // the catalogs after it, so a base listed earlier answers with its inherited policy.
        for &base in &chain[1..] {
            if let Some(policy) = &catalogs[base].retry_policy {
                let unchanged = conditions.is_empty();
                let nearer = |base_wire: &String| conditions.iter().any(|(wire, _)| wire == base_wire);
                let mut base_conditions = policy.code_conditions.clone();
                base_conditions.retain(|(wire, _)| !nearer(wire));
                // A code's bound statuses go with its condition: the nearer catalog's.
                let mut base_statuses = policy.code_statuses.clone();
                base_statuses.retain(|(wire, _)| !nearer(wire));
                conditions.extend(base_conditions);
                statuses.extend(base_statuses);
                let inherited = RetryPolicyDef {
                    code_conditions: conditions,
                    code_statuses: statuses,
                    ..policy.clone()
                };
                catalogs[index].retry_policy_of = unchanged.then(|| catalogs[base].module.clone());
                catalogs[index].retry_policy = Some(inherited);
                break;
            }
            conditions.extend(by_code(&places[base].retry_when));
            statuses.extend(by_code(&places[base].retry_statuses));
        }
    }
}

/// A catalog's `extends` chain and how it ends (see `chains`).
type Chain = (Vec<usize>, Result<(), Option<usize>>);

/// Each catalog's `extends` chain, itself first, and how it ends: `Ok` at a catalog extending
/// nothing, `Err(None)` at a module no catalog has, `Err(Some(catalog))` at a catalog met again
/// (a cycle). Two catalogs with one module (reported by `check_across`): the first is the one.
fn chains(catalogs: &[Catalog]) -> Vec<Chain> {
    let mut by_module: HashMap<&str, usize> = HashMap::new();
    for (index, catalog) in catalogs.iter().enumerate() {
        by_module.entry(&catalog.module).or_insert(index);
    }
    let chain = |index: usize| {
        let mut chain = vec![index];
        let mut next = catalogs[index].extends.as_deref();
        while let Some(module) = next {
            match by_module.get(module) {
                Some(&base) if chain.contains(&base) => return (chain, Err(Some(base))),
                Some(&base) => chain.push(base),
                None => return (chain, Err(None)),
            }
            next = catalogs[chain[chain.len() - 1]].extends.as_deref();
        }
        (chain, Ok(()))
    };
    (0..catalogs.len()).map(chain).collect()
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
    places: &[Places],
    unreadable: &[String],
    diagnostics: &mut Diagnostics,
) {
    let mut by_module: HashMap<&str, usize> = HashMap::new();
    for (index, catalog) in catalogs.iter().enumerate() {
        let first = *by_module.entry(&catalog.module).or_insert(index);
        if first != index {
            diagnostics.push(
                Diagnostic::new(
                    places[index].at(places[index].module),
                    format!("two catalogs are both `module: {}`", catalog.module),
                )
                .note(places[first].at(places[first].module), "the other one is here")
                .help("module names must be unique: rename one"),
            );
        }
    }
    let chains = chains(catalogs);
    for (index, catalog) in catalogs.iter().enumerate() {
        let Some(base_name) = &catalog.extends else {
            for (code_index, code) in catalog.codes.iter().enumerate() {
                if code.overrides {
                    diagnostics.push(
                        Diagnostic::new(
                            places[index].at(places[index].codes[code_index]),
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
        let (chain, end) = &chains[index];
        if let ([_], Err(None)) = (chain.as_slice(), end) {
            if unreadable.contains(base_name) {
                continue;
            }
            let mut others: Vec<&str> = by_module
                .keys()
                .copied()
                .filter(|module| *module != catalog.module)
                .collect();
            others.sort_unstable();
            let help = match (
                crate::catalog::closest(base_name, others.iter().copied()),
                others.is_empty(),
            ) {
                (Some(module), _) => format!(
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
                    places[index].at(places[index].extends),
                    format!("`extends: {base_name}` names no catalog"),
                )
                .help(help),
            );
            continue;
        }
        // Reaching this catalog again is a cycle; "repeats a code of the base" would be noise.
        if *end == Err(Some(index)) {
            let modules: Vec<&str> = chain
                .iter()
                .chain([&index])
                .map(|&at| catalogs[at].module.as_str())
                .collect();
            diagnostics.push(
                Diagnostic::new(
                    places[index].at(places[index].extends),
                    format!("`extends` forms a cycle: {}", modules.join(" → ")),
                )
                .help("a service catalog extends a common catalog, which extends nothing"),
            );
            continue;
        }
        let base_index = chain[1];
        let base = &catalogs[base_index];
        let in_base: HashMap<&str, usize> = base
            .codes
            .iter()
            .enumerate()
            .map(|(base_code, code)| (code.wire.as_str(), base_code))
            .collect();
        for (code_index, code) in catalog.codes.iter().enumerate() {
            let at = || places[index].at(places[index].codes[code_index]);
            match (in_base.get(code.wire.as_str()), code.overrides) {
                (Some(&base_code), false) => diagnostics.push(
                    Diagnostic::new(at(), format!("`{}` repeats a code of the base catalog `{}`", shown(&code.wire), base.module))
                        .note(places[base_index].at(places[base_index].codes[base_code]), "the base catalog defines it here")
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

    /// A service inherits its base's policy, its own conditions first: a code it redefines
    /// keeps the service's condition, the base's other conditions still apply.
    #[test]
    fn a_service_inherits_the_policy_and_its_own_conditions_win() {
        let base = format!(
            "module: base\n{HEADER}retry_policy: {{source: sdk, max_attempts: 3, backoff: {{base_ms: 1, cap_ms: 2}}}}\ncodes:\n  - {{code: Busy, retry: backoff, retry_when: always, en: b}}\n  - {{code: Slow, retry: backoff, retry_when: in_consistency_window, en: s}}\n"
        );
        let service = format!(
            "module: service\nextends: base\n{HEADER}codes:\n  - {{code: Busy, overrides: true, retry: backoff, retry_when: never, en: b}}\n"
        );
        let catalogs = check_catalogs(&[source("base.yaml", &base), source("service.yaml", &service)])
            .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
        let policy = catalogs[1].retry_policy.as_ref().expect("inherited");
        assert_eq!(policy.max_attempts, 3);
        assert_eq!(
            policy.code_conditions,
            [
                ("Busy".to_owned(), RetryWhen::Never),
                ("Slow".to_owned(), RetryWhen::InConsistencyWindow),
            ]
        );
        // Its own condition changes the policy: emitted in full, not as the base's constant.
        assert_eq!(catalogs[1].retry_policy_of, None);
    }

    /// A service (and a service of a service) adding no `retry_when` has its base's policy
    /// unchanged, and says whose it is, so that the emitter names that constant.
    #[test]
    fn a_policy_inherited_unchanged_names_the_catalog_that_declares_it() {
        let base = format!(
            "module: base\n{HEADER}retry_policy: {{source: sdk, max_attempts: 3, backoff: {{base_ms: 1, cap_ms: 2}}}}\ncodes:\n  - {{code: Busy, retry: backoff, retry_when: always, en: b}}\n"
        );
        let service = format!(
            "module: service\nextends: base\n{HEADER}codes:\n  - {{code: Other, retry: never, en: o}}\n"
        );
        let nested = format!(
            "module: nested\nextends: service\n{HEADER}codes:\n  - {{code: Third, retry: never, en: t}}\n"
        );
        let catalogs = check_catalogs(&[
            source("base.yaml", &base),
            source("nested.yaml", &nested),
            source("service.yaml", &service),
        ])
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
        let of = |module: &str| {
            let catalog = catalogs.iter().find(|c| c.module == module).expect("checked");
            (catalog.retry_policy_of.as_deref(), catalog.retry_policy.clone())
        };
        let (base_of, base_policy) = of("base");
        assert_eq!(base_of, None, "declared, not inherited");
        assert_eq!(of("service"), (Some("base"), base_policy.clone()));
        assert_eq!(of("nested"), (Some("base"), base_policy));
    }

    #[test]
    fn docs_must_be_a_plain_web_address() {
        assert!(is_page_url("https://example.com/a?b=c#d"));
        assert!(!is_page_url("example.com"));
        assert!(!is_page_url("https://example.com/a b"));
        assert!(!is_page_url("https://example.com/>"));
    }

    #[test]
    fn reports_every_structure_error_of_every_entry_where_it_is() {
        let text = format!(
            "module: a\n{HEADER}codes:\n  - code: A\n    retry: sometimes\n    en: a\n    ja: あ\n  - code: B\n    retry: never\n  - {{code: C, retry: never, en: c, ja: し, colour: red}}\n"
        );
        assert_eq!(
            messages(&[source("a.yaml", &text)]),
            [
                "a.yaml:7:12: `retry` of the code `A` cannot be `sometimes`",
                "a.yaml:10:5: the code `B` has no description",
                "a.yaml:12:43: the code `C` has an unknown key `colour`",
            ]
        );
    }

    #[test]
    fn plain_scalars_are_text_where_text_is_wanted() {
        let text =
            format!("module: a\n{HEADER}codes:\n- {{code: N, retry: never, en: yes, ja: 404, name: No}}\n");
        let catalogs = check_catalogs(&[source("a.yaml", &text)]).expect("a good catalog");
        let code = &catalogs[0].codes[0];
        assert_eq!(
            (
                code.wire.as_str(),
                code.description.en.as_str(),
                code.description.ja.as_str()
            ),
            ("N", "yes", "404")
        );
    }

    #[test]
    fn a_base_catalog_with_errors_is_not_reported_missing() {
        let base = format!("module: base\n{HEADER}codes:\n  - code: A\n    retry: never\n    zh: 甲\n");
        let service = format!(
            "module: service\nextends: base\n{HEADER}codes:\n  - code: B\n    retry: never\n    en: b\n    ja: び\n"
        );
        assert_eq!(
            messages(&[source("base.yaml", &base), source("service.yaml", &service)]),
            ["base.yaml:8:9: the code `A` has a Chinese description (`zh`), but the catalog's `languages` are `en`, `ja`"]
        );
    }

    #[test]
    fn a_prefix_covers_the_code_and_its_sub_codes_only() {
        let rule = |prefix: &str| RawFamily {
            prefix: crate::check::Located::new(
                prefix.to_owned(),
                Pos {
                    line: 1,
                    column: 1,
                    curated: false,
                },
            ),
            retry: Retry::Never,
            category: None,
        };
        assert!(rule("InternalError").covers("InternalError"));
        assert!(rule("InternalError").covers("InternalError.SYS_ERR"));
        assert!(!rule("InternalError").covers("InternalErrorX"));
        assert!(!rule("AuthFailure.").covers("AuthFailure"));
        assert!(rule("AuthFailure.").covers("AuthFailure.TokenFailure"));
        assert!(rule("A.B").covers("A.B.C"));
        assert!(!rule("A.B").covers("A"));
    }

    #[test]
    fn codes_without_retry_take_the_longest_covering_rule_along_extends() {
        let base = format!(
            "module: base\n{HEADER}families:\n  - {{prefix: Internal, retry: backoff, category: internal}}\n  - {{prefix: Auth., retry: after_fix, category: unauthenticated}}\n  - {{prefix: Limit, retry: never}}\ncodes:\n  - {{code: Internal, en: i, ja: い}}\n"
        );
        // The service's own `Auth.` wins over the base's equal prefix; `Auth.Token` is longer.
        let service = format!(
            "module: service\nextends: base\n{HEADER}families:\n  - {{prefix: Auth., retry: never}}\n  - {{prefix: Auth.Token, retry: backoff}}\ncodes:\n  - {{code: Internal.Db, en: a, ja: あ}}\n  - {{code: Auth.Key, en: b, ja: び}}\n  - {{code: Auth.Token.Old, en: c, ja: し}}\n  - {{code: Internal.Disk, retry: never, category: data_loss, en: d, ja: で}}\n  - {{code: Limit, status: 429, en: e, ja: え}}\n"
        );
        let catalogs = check_catalogs(&[source("base.yaml", &base), source("service.yaml", &service)])
            .expect("good catalogs");
        let classes: Vec<(&str, Retry, Category)> = catalogs
            .iter()
            .flat_map(|catalog| &catalog.codes)
            .map(|code| (code.wire.as_str(), code.retry, code.category))
            .collect();
        assert_eq!(
            classes,
            [
                ("Internal", Retry::Backoff, Category::Internal),
                ("Internal.Db", Retry::Backoff, Category::Internal),
                // The nearer rule's class; the category of the longest rule that has one.
                ("Auth.Key", Retry::Never, Category::Unauthenticated),
                ("Auth.Token.Old", Retry::Backoff, Category::Unauthenticated),
                // Values written on the code win.
                ("Internal.Disk", Retry::Never, Category::DataLoss),
                // A rule without a category leaves the status's.
                ("Limit", Retry::Never, Category::ResourceExhausted),
            ]
        );
    }

    #[test]
    fn an_overriding_code_without_values_takes_the_redefined_codes_before_any_rule() {
        // The base's exact code says `unimplemented`; its family rule says `failed_precondition`.
        let base = format!(
            "module: base\n{HEADER}families:\n  - {{prefix: Unsupported, retry: never, category: failed_precondition}}\n  - {{prefix: Internal, retry: backoff, category: internal}}\ncodes:\n  - {{code: Unsupported, retry: never, category: unimplemented, en: u}}\n  - {{code: Internal, en: i}}\n  - {{code: Old, retry: after_fix, category: aborted, en: o}}\n"
        );
        let service = format!(
            "module: service\nextends: base\n{HEADER}codes:\n  - {{code: Unsupported, overrides: true, en: a}}\n  - {{code: Unsupported.State, en: b}}\n  - {{code: Internal, overrides: true, category: data_loss, en: c}}\n  - {{code: Old, overrides: true, retry: never, en: d}}\n"
        );
        // The service first: the base's values must be final before the service takes them.
        let catalogs = check_catalogs(&[source("service.yaml", &service), source("base.yaml", &base)])
            .expect("good catalogs");
        let classes: Vec<(&str, Retry, Category)> = catalogs[0]
            .codes
            .iter()
            .map(|code| (code.wire.as_str(), code.retry, code.category))
            .collect();
        assert_eq!(
            classes,
            [
                ("Unsupported", Retry::Never, Category::Unimplemented),
                // A sub-code has no exact code in the base: the family rule.
                ("Unsupported.State", Retry::Never, Category::FailedPrecondition),
                // The base code's class came from its rule; a value written on the code wins.
                ("Internal", Retry::Backoff, Category::DataLoss),
                ("Old", Retry::Never, Category::Aborted),
            ]
        );
    }

    #[test]
    fn a_code_without_retry_or_covering_rule_is_reported_at_the_code() {
        let text = format!(
            "module: a\n{HEADER}families:\n  - {{prefix: Internal, retry: backoff}}\n  - {{prefix: Internal, retry: never}}\n  - {{prefix: '', retry: never}}\ncodes:\n  - {{code: InternalX, retry_when: always, en: x, ja: え}}\n"
        );
        assert_eq!(
            messages(&[source("a.yaml", &text)]),
            [
                "a.yaml:7:14: two family rules have the prefix `Internal`",
                "a.yaml:8:14: the `prefix` \"\" of family rule 3 matches no code",
            ]
        );
        let text = format!(
            "module: a\n{HEADER}families:\n  - {{prefix: Internal, retry: backoff}}\ncodes:\n  - {{code: InternalX, en: x, ja: え}}\n"
        );
        assert_eq!(
            messages(&[source("a.yaml", &text)]),
            ["a.yaml:8:12: the code `InternalX` has no `retry`, and no family rule covers it"]
        );
    }

    #[test]
    fn a_curation_file_layers_over_its_catalog_and_its_values_win() {
        let catalog = format!(
            "module: a\n{HEADER}codes:\n  - code: A\n    retry: never\n    en: a\n    ja: あ\n  - code: '404'\n    retry: never\n    en: b\n"
        );
        let curated = "codes:\n  - code: A\n    retry: backoff\n    category: unavailable\n    help: {en: wait}\n  - code: 404\n    name: NotFound\n    ja: び\n";
        let catalogs = check_catalogs(&[
            source("catalogs/a.yaml", &catalog),
            source("catalogs/a.curated.yaml", curated),
        ])
        .expect("a good curated catalog");
        assert_eq!(catalogs.len(), 1, "the curation file is no catalog");
        let a = &catalogs[0].codes[0];
        assert_eq!((a.retry, a.category), (Retry::Backoff, Category::Unavailable));
        assert_eq!(a.help.as_ref().map(|help| help.en.as_str()), Some("wait"));
        let b = &catalogs[0].codes[1];
        assert_eq!(
            (b.name.to_string(), b.description.ja.as_str()),
            ("NotFound".to_owned(), "び")
        );
    }

    /// An imported catalog holds no `retry_policy` (the SDK's policy is no fact of its source):
    /// the curation file gives it, replacing the catalog's, and a mistake in it is reported there.
    #[test]
    fn a_curation_file_gives_the_retry_policy() {
        let catalog = format!("module: a\n{HEADER}codes:\n  - {{code: A, retry: backoff, en: a}}\n");
        let policy = "retry_policy:\n  source: an SDK's retry.rs\n  max_attempts: 4\n  backoff: {base_ms: 100, cap_ms: 1000}\n";
        let curated = format!("{policy}codes:\n  - code: A\n    retry: never\n");
        let catalogs = check_catalogs(&[
            source("catalogs/a.yaml", &catalog),
            source("catalogs/a.curated.yaml", &curated),
        ])
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
        let given = catalogs[0].retry_policy.as_ref().expect("the curated policy");
        assert_eq!(
            (given.source.as_str(), given.max_attempts),
            ("an SDK's retry.rs", 4)
        );
        assert_eq!(catalogs[0].codes[0].retry, Retry::Never);
        // Over a catalog's own policy, the curated one wins.
        let own_policy = policy.replace("max_attempts: 4", "max_attempts: 9");
        let own = format!("module: a\n{HEADER}{own_policy}codes:\n  - {{code: A, retry: backoff, en: a}}\n");
        let catalogs = check_catalogs(&[
            source("catalogs/a.yaml", &own),
            source("catalogs/a.curated.yaml", &curated),
        ])
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
        assert_eq!(catalogs[0].retry_policy.as_ref().map(|p| p.max_attempts), Some(4));
        let wrong = curated.replace("max_attempts: 4", "max_attempts: many");
        let found = messages(&[
            source("catalogs/a.yaml", &catalog),
            source("catalogs/a.curated.yaml", &wrong),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("catalogs/a.curated.yaml:3:17: "),
            "{found:?}"
        );
    }

    #[test]
    fn curation_mistakes_are_reported_in_the_curation_file() {
        let catalog = format!(
            "module: a\nlanguages: [zh, en]\n{HEADER}codes:\n  - code: A\n    retry: never\n    zh: 甲\n"
        );
        let curated = "codes:\n  - code: Gone\n    retry: never\n  - code: A\n    retry: sometimes\n    ja: あ\n  - code: A\n    colour: red\n";
        assert_eq!(
            messages(&[
                source("catalogs/a.yaml", &catalog),
                source("catalogs/a.curated.yaml", curated),
                source("catalogs/b.curated.yaml", "codes: []\n"),
            ]),
            [
                "catalogs/a.curated.yaml:2:11: the curated code `Gone` is not in the catalog",
                "catalogs/a.curated.yaml:5:12: `retry` of the code `A` cannot be `sometimes`",
                "catalogs/a.curated.yaml:6:9: the code `A` has a Japanese description (`ja`), but the catalog's `languages` are `zh`, `en`",
                "catalogs/a.curated.yaml:7:11: the code `A` is curated twice",
                "catalogs/a.curated.yaml:8:5: curated entry 3 has an unknown key `colour`",
                "catalogs/b.curated.yaml:1:1: `catalogs/b.curated.yaml` curates `catalogs/b.yaml`, which does not exist",
            ]
        );
    }

    /// A code the source does not list, though the service sends it, is added by its curation
    /// (after the catalog's codes, checked as any entry); `added: true` on a code the catalog has
    /// is a mistake, at the curated code.
    #[test]
    fn curation_adds_codes_the_source_does_not_list() {
        let base = format!("module: base\n{HEADER}codes:\n  - {{code: Busy, retry: backoff, en: b}}\n");
        let catalog = format!(
            "module: a\nextends: base\n{HEADER}codes:\n  - {{code: A, status: 400, retry: never, en: a}}\n"
        );
        let curated = "codes:\n  - code: New\n    added: true\n    status: [503, 500]\n    retry: backoff\n    en: n\n  - code: Busy\n    added: true\n    overrides: true\n    status: 503\n    en: busy\n  - code: A\n    status: 404\n";
        let catalogs = check_catalogs(&[
            source("catalogs/base.yaml", &base),
            source("catalogs/a.yaml", &catalog),
            source("catalogs/a.curated.yaml", curated),
        ])
        .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
        let a = catalogs
            .iter()
            .find(|catalog| catalog.module == "a")
            .expect("checked");
        let codes: Vec<(&str, &[u16], Retry)> = a
            .codes
            .iter()
            .map(|code| (code.wire.as_str(), code.statuses.as_slice(), code.retry))
            .collect();
        assert_eq!(
            codes,
            [
                ("A", &[404][..], Retry::Never),
                ("New", &[503, 500][..], Retry::Backoff),
                // The base's class, with the service's status.
                ("Busy", &[503][..], Retry::Backoff),
            ]
        );
        let wrong = "codes:\n  - code: A\n    added: true\n    retry: backoff\n";
        assert_eq!(
            messages(&[
                source("catalogs/a.yaml", &catalog.replace("extends: base\n", "")),
                source("catalogs/a.curated.yaml", wrong)
            ]),
            ["catalogs/a.curated.yaml:2:11: the code `A` is `added: true`, but the catalog has it"]
        );
    }

    #[test]
    fn a_curation_file_that_is_no_yaml_is_reported_in_it_and_keeps_the_module_known() {
        let base = format!("module: a\n{HEADER}codes:\n  - {{code: A, retry: never, en: a}}\n");
        let service =
            format!("module: b\nextends: a\n{HEADER}codes:\n  - {{code: B, retry: never, en: b}}\n");
        assert_eq!(
            messages(&[
                source("catalogs/a.yaml", &base),
                source("catalogs/a.curated.yaml", "codes:\n  - {code: A\n"),
                source("catalogs/b.yaml", &service),
            ]),
            ["catalogs/a.curated.yaml:2:5: YAML syntax error: unclosed bracket '{'"]
        );
    }

    #[test]
    fn good_catalogs_pass() {
        let text = format!(
            "module: a\n{HEADER}codes:\n  - code: A.B-c_d\n    retry: never\n    en: a\n    ja: あ\n"
        );
        let catalogs = check_catalogs(&[source("a.yaml", &text)]).expect("a good catalog");
        assert_eq!(catalogs[0].codes[0].name.to_string(), "ABCD");
    }
}
