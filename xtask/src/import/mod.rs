//! What every importer shares: its run (options, the commit, the base catalog, then reading,
//! writing and the report: [`run`]), findings in rustc's style, explicit variant names, writing
//! the catalogs (deterministically, never over a file the import did not write) and reporting
//! what changed since the committed import. A provider's importer (`tencent.rs`) is an
//! [`Importer`]: its options and the reading of its source into [`ImportedCatalog`]s.
//!
//! Everything is read and checked first; nothing is written when anything could not be read.
//! An imported catalog holds only what the source says and is rewritten whole by every import;
//! curation lives beside it in `<module>.curated.yaml`, which the import never writes or deletes.
//! Files in the output folder that the import did not write are left alone.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cloud_errors_codegen::catalog::write::{write, CatalogFile};
use cloud_errors_codegen::catalog::RawFamily;
use cloud_errors_codegen::ident::{check_module, check_name, variant_name, NameError};

pub use crate::flags::Flags;
use crate::out::{fail, say};

pub(crate) mod alibaba;
pub(crate) mod aws;
pub(crate) mod azure;
pub(crate) mod go_consts;
pub(crate) mod google;
pub(crate) mod tencent;

/// A problem or warning, rustc-style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub severity: &'static str,
    pub message: String,
    pub help: Option<String>,
}

impl Finding {
    /// About `file` (a path, or what stands for one in messages) as a whole: line 0.
    pub fn about(
        file: impl AsRef<Path>,
        severity: &'static str,
        message: String,
        help: Option<&str>,
    ) -> Finding {
        Finding {
            file: file.as_ref().display().to_string(),
            line: 0,
            severity,
            message,
            help: help.map(str::to_owned),
        }
    }

    /// At `line` of `file` (1-based).
    pub fn at(
        file: impl AsRef<Path>,
        line: usize,
        severity: &'static str,
        message: String,
        help: Option<&str>,
    ) -> Finding {
        Finding {
            line,
            ..Finding::about(file, severity, message, help)
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Line 0: about a file or folder as a whole.
        if self.line == 0 {
            write!(f, "{}: {}: {}", self.file, self.severity, self.message)?;
        } else {
            write!(
                f,
                "{}:{}: {}: {}",
                self.file, self.line, self.severity, self.message
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// What was read, when no problem was found; else every problem.
pub fn or_problems<T>(read: T, problems: Vec<Finding>) -> Result<T, Vec<Finding>> {
    if problems.is_empty() {
        Ok(read)
    } else {
        Err(problems)
    }
}

/// A problem at `line:column` of `file` (1-based), rustc-style. `Finding` keeps no column, so the
/// whole location goes where its file goes, and the line is left at 0.
pub fn located(file: &Path, line: usize, column: usize, message: String, help: Option<&str>) -> Finding {
    Finding::about(
        format!("{}:{line}:{column}", file.display()),
        "error",
        message,
        help,
    )
}

/// The 1-based line and column of a byte offset of a text.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |newline| newline + 1) + 1;
    (line, column)
}

/// The commit of a checkout (`what`: "the SDK"), pinned in the catalogs' headers: `git rev-parse
/// HEAD` of the checkout, only when `dir` is the root of its own repository (a folder inside
/// another repository, a test fixture say, has no commit of the source).
pub fn head_commit(dir: &Path, what: &str) -> Result<String, String> {
    let git = |args: &[&str]| crate::git(dir, args).ok().map(|output| output.trim().to_owned());
    let top = git(&["rev-parse", "--show-toplevel"]).map(PathBuf::from);
    let same = |a: &Path, b: &Path| {
        a.canonicalize()
            .ok()
            .is_some_and(|a| b.canonicalize().ok() == Some(a))
    };
    match (top, git(&["rev-parse", "--verify", "HEAD"])) {
        (Some(top), Some(commit)) if same(&top, dir) && commit.len() == 40 => Ok(commit),
        _ => Err(format!(
            "{} is not the root of a git checkout of {what}: pass its commit with `--commit SHA`, which every catalog's header pins",
            dir.display()
        )),
    }
}

/// The subfolders of `dir` with their names, sorted.
pub fn subfolders(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let cannot = |error: std::io::Error| format!("cannot list {}: {error}", dir.display());
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let entry = entry.map_err(cannot)?;
        if entry.path().is_dir() {
            entries.push((entry.file_name().to_string_lossy().into_owned(), entry.path()));
        }
    }
    entries.sort();
    Ok(entries)
}

/// What is particular to one provider's import: its options and the reading of its source into
/// catalogs. [`run`] does the steps every import shares.
pub trait Importer: Sized {
    /// The command, for `usage:`.
    const USAGE: &'static str;
    /// The first words of every catalog it writes: how it recognises its own files.
    const MARKER: &'static str;
    /// Its options taking one value, beside `--commit` and `--out`, and its switches.
    const OPTIONS: &'static [&'static str];
    const SWITCHES: &'static [&'static str] = &[];
    /// Its repeatable option naming the products to import (`--product`), if any.
    const PRODUCTS: Option<&'static str> = None;
    /// Its folder of catalogs/, the default output; `None` for catalogs/ itself.
    const FOLDER: Option<&'static str> = None;
    /// The common catalog its catalogs extend (catalogs/<module>.yaml), if any.
    const COMMON: Option<&'static str> = None;

    /// Reads its options (`--commit`, `--out` and the products are the shared steps').
    fn new(flags: &Flags) -> Result<Self, String>;
    /// Without `--commit`: the checkout whose HEAD is the commit, and what it is a checkout of;
    /// `Err(what the commit is of)` where `--commit` is required.
    fn checkout(&self) -> Result<(&Path, &'static str), &'static str>;
    /// What its problems are found in, in the last message: "the SDK".
    fn sources(&self) -> &'static str;
    /// The catalogs and the warnings, from everything read; else every problem found.
    fn import(&self, commit: &str, common: &Base) -> Result<Imported, Vec<Finding>>;
    /// The product of an imported catalog's source (its header's `from …`), as `PRODUCTS` names
    /// it: with products named, a catalog this import did not write is reported gone only when
    /// its product is one of them. `None`, the default: never reported while products are named.
    fn product_of(_source: &str) -> Option<&str> {
        None
    }
}

/// An import's catalogs and its warnings.
pub type Imported = (Vec<ImportedCatalog>, Vec<Finding>);

/// An importer's command line, read.
#[derive(Debug)]
pub struct Parsed<I> {
    pub importer: I,
    /// `--commit`, else the checkout (and what it is of) whose HEAD it is.
    pub commit: Result<String, (PathBuf, &'static str)>,
    pub out: PathBuf,
    /// The products asked for; empty for all.
    pub products: Vec<String>,
}

/// Reads an importer's command line; `workspace` holds catalogs/, the default output.
pub fn parse<I: Importer>(options: &[&str], workspace: &Path) -> Result<Parsed<I>, String> {
    let single = [&["--commit", "--out"], I::OPTIONS].concat();
    let repeated: Vec<&str> = I::PRODUCTS.into_iter().collect();
    let flags = Flags::parse(options, &single, &repeated, I::SWITCHES)?;
    let importer = I::new(&flags)?;
    let commit = match (flags.one("--commit"), importer.checkout()) {
        (Some(commit), _) => Ok(commit.to_owned()),
        (None, Ok((dir, what))) => Err((dir.to_path_buf(), what)),
        (None, Err(of)) => {
            return Err(format!(
                "`--commit SHA` is required: the commit of {of}, which every catalog's header pins"
            ))
        }
    };
    let out = match (flags.one("--out"), I::FOLDER) {
        (Some(out), _) => PathBuf::from(out),
        (None, Some(folder)) => workspace.join("catalogs").join(folder),
        (None, None) => workspace.join("catalogs"),
    };
    let products = I::PRODUCTS.map_or_else(Vec::new, |flag| flags.all(flag));
    Ok(Parsed {
        importer,
        commit,
        out,
        products,
    })
}

/// Runs an import: its options, the commit (`--commit`, else the checkout's HEAD), the common
/// catalog, the reading (nothing is written when anything could not be read), then the writing
/// and the report (warnings on stderr). `workspace` holds catalogs/: the default output and the
/// common catalog.
pub fn run<I: Importer>(options: &[&str], workspace: &Path) -> ExitCode {
    let parsed = match parse::<I>(options, workspace) {
        Ok(parsed) => parsed,
        Err(message) => return fail(format_args!("{message}\nusage: {}", I::USAGE)),
    };
    let commit = match parsed
        .commit
        .clone()
        .or_else(|(dir, what)| head_commit(&dir, what))
    {
        Ok(commit) => commit,
        Err(message) => return fail(format_args!("{message}\nerror: nothing was written")),
    };
    let common = match I::COMMON
        .map(|module| Base::read(&workspace.join("catalogs").join(format!("{module}.yaml"))))
    {
        None => Base::default(),
        Some(Ok(common)) => common,
        Some(Err(message)) => {
            eprintln!("{message}\nerror: cannot read the common catalog; nothing was written");
            return ExitCode::FAILURE;
        }
    };
    let (catalogs, warnings) = match parsed.importer.import(&commit, &common) {
        Ok(imported) => imported,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return fail(format_args!(
                "{} problem{} in {}; nothing was written",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                parsed.importer.sources()
            ));
        }
    };
    for warning in &warnings {
        eprintln!("{warning}");
    }
    match write_catalogs(&parsed, &catalogs) {
        Ok(report) => {
            for line in report {
                if line.starts_with("warning:") {
                    eprintln!("{line}");
                } else {
                    say(&line);
                }
            }
            ExitCode::SUCCESS
        }
        Err(message) => fail(message),
    }
}

/// The class written on an imported code that nothing classifies (it repeats no code of the
/// common catalog, no family rule of it covers it, its source gives no class): the conservative
/// default, as for `FailedOperation` in tencent.yaml (a retry that cannot succeed costs more than
/// a missed one). Curation overrides it; a later rule replaces it at the next import.
pub const UNCOVERED_RETRY: &str = "never";

/// What an import needs of the base catalog its catalogs extend: its codes (a code repeating one
/// is an override) and its family rules (a code that none covers and that repeats no base code
/// gets an explicit `retry`, or the generator would reject it). An importer whose catalogs extend
/// none has the empty one.
#[derive(Default)]
pub struct Base {
    /// In the catalog's order.
    pub codes: Vec<String>,
    pub families: Vec<RawFamily>,
}

impl Base {
    /// Reads the base catalog through the generator's own checks (so a code is what the
    /// generator will compare against, and a rule covers what it will cover).
    pub fn read(path: &Path) -> Result<Base, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| format!("error: cannot read {}: {error}", path.display()))?;
        let source = cloud_errors_codegen::validate::Source {
            path: path.display().to_string(),
            text: text.clone(),
        };
        let catalogs = cloud_errors_codegen::validate::check_catalogs(&[source])
            .map_err(|diagnostics| diagnostics.to_string())?;
        let raw = cloud_errors_codegen::catalog::read(&text).map_err(|_| {
            format!(
                "error: {}: its checks passed, but it cannot be read again",
                path.display()
            )
        })?;
        Ok(Base {
            codes: catalogs
                .into_iter()
                .flat_map(|catalog| catalog.codes)
                .map(|code| code.wire)
                .collect(),
            families: raw.families,
        })
    }

    pub fn defines(&self, code: &str) -> bool {
        self.codes.iter().any(|base| base == code)
    }

    pub fn covers(&self, code: &str) -> bool {
        self.families.iter().any(|rule| rule.covers(code))
    }

    /// The `retry` of an imported code this base catalog (`module`) neither defines nor covers,
    /// with why: [`UNCOVERED_RETRY`]; `None` where the base gives its class.
    pub fn uncovered_retry(&self, code: &str, module: &str) -> Option<(String, String)> {
        (!self.defines(code) && !self.covers(code)).then(|| {
            let why = format!("no family rule of {module}.yaml covers this code");
            (UNCOVERED_RETRY.to_owned(), why)
        })
    }
}

/// One catalog an importer produced, ready to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedCatalog {
    /// What it was imported from, relative to the source's root (`tencentcloud/cvm/v20170312/errors.go`):
    /// the rest of the first line of the file, after the importer's marker.
    pub source: String,
    pub file: CatalogFile,
    /// The report's counts beyond the codes: (what, how many), in order.
    pub counts: Vec<(&'static str, usize)>,
}

/// `module` as a module name, or with a trailing `_` where it cannot be one as it is (a Rust
/// keyword: `type` → `type_`); else why not, for the importer's message.
pub fn module_or_escaped(module: String) -> Result<String, String> {
    if check_module(&module).is_ok() {
        return Ok(module);
    }
    let escaped = format!("{module}_");
    if check_module(&escaped).is_ok() {
        return Ok(escaped);
    }
    Err(check_module(&module)
        .err()
        .map_or_else(String::new, |error| error.describe(&module)))
}

/// The explicit `name:` (and the comment saying why) each code needs, in order: `None` where the
/// derived name is usable and no earlier code has it. A derived name belongs to the first code
/// deriving it; a later code gets the smallest free numeric suffix 2, 3, …, never a name some
/// other code derives, so adding a suffix cannot start a new collision.
pub fn explicit_names(codes: &[&str]) -> Vec<Option<(String, String)>> {
    let derived: Vec<Result<String, NameError>> = codes.iter().map(|code| variant_name(code)).collect();
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (index, name) in derived.iter().enumerate() {
        if let Ok(name) = name {
            owner.entry(name.as_str()).or_insert(index);
        }
    }
    let mut taken: HashSet<String> = owner.keys().map(|name| (*name).to_owned()).collect();
    let free = |base: &str, taken: &mut HashSet<String>| {
        let mut candidate = base.to_owned();
        let mut suffix = 1;
        while taken.contains(&candidate) || check_name(&candidate).is_err() {
            suffix += 1;
            candidate = format!("{base}{suffix}");
        }
        taken.insert(candidate.clone());
        candidate
    };
    derived
        .iter()
        .enumerate()
        .map(|(index, name)| match name {
            Ok(name) if owner[name.as_str()] == index => None,
            Ok(name) => {
                let first = owner[name.as_str()];
                let why = format!(
                    "the code `{}` (entry {}) also becomes `{name}`",
                    codes[first],
                    first + 1
                );
                Some((free(name, &mut taken), why))
            }
            Err(error) => {
                // `UNKNOWN` derives `Unknown`, taken: `CodeUnknown`, as `Unknown` gets.
                let base = match error {
                    NameError::Keyword(name) | NameError::Reserved(name) => format!("Code{name}"),
                    _ => name_from_words(codes[index]),
                };
                Some((free(&base, &mut taken), error.describe(codes[index])))
            }
        })
        .collect()
}

/// An UpperCamelCase name from a code's ASCII letters and digits (`Code`-prefixed when that is
/// empty, starts with a digit, or is a keyword or reserved name).
fn name_from_words(code: &str) -> String {
    let mut name = String::new();
    for word in code
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    if check_name(&name).is_ok() {
        name
    } else {
        format!("Code{name}")
    }
}

/// A description written from the code alone, shared by the importers (each with its own table of
/// families, `(leading segment, meaning)`): its family's meaning, then the words of the rest
/// of the code (`FailedOperation.AccountAlreadyExists` → "The operation failed: account already
/// exists."); a code of no known family is its own words (`EniNotAllowedChangeSubnet` → "Eni not
/// allowed change subnet."). A code of digits alone has no words: it is named as the number it is,
/// sign kept (`-124` → "Numeric error code -124; …").
pub fn describe_code(families: &[(&str, &str)], code: &str) -> String {
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | '_');
    if code.contains(|c: char| c.is_ascii_digit()) && code.chars().all(numeric) {
        return format!("Numeric error code {code}; see the product's documentation for its meaning.");
    }
    let mut segments = code.split('.').filter(|segment| !segment.is_empty());
    let first = segments.next().unwrap_or(code);
    let rest: Vec<String> = segments.map(words).filter(|words| !words.is_empty()).collect();
    let head = match families.iter().find(|(family, _)| *family == first) {
        Some((_, meaning)) => (*meaning).to_owned(),
        None => capitalized(&words(first)),
    };
    if rest.is_empty() {
        format!("{head}.")
    } else {
        format!("{head}: {}.", rest.join(", "))
    }
}

/// The words of a code segment, split at case changes and `_`/`-`: lower case, except acronyms
/// (`BYOL`, `VPC`, `IPv6`: more than one capital), kept as written.
fn words(segment: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let chars: Vec<char> = segment.chars().collect();
    let mut current = String::new();
    for (index, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(&previous) = current.chars().last().as_ref() {
            let next = chars.get(index + 1).copied();
            let boundary = (c.is_ascii_uppercase() && previous.is_ascii_lowercase())
                // `BYOLImage`: the last capital starts a word, but not `IPv6`'s.
                || (c.is_ascii_uppercase()
                    && previous.is_ascii_uppercase()
                    && next.is_some_and(|next| next.is_ascii_lowercase())
                    && !chars.get(index + 2).is_some_and(char::is_ascii_digit))
                || (c.is_ascii_uppercase() && previous.is_ascii_digit());
            if boundary {
                words.push(std::mem::take(&mut current));
            }
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
        .into_iter()
        .map(|word| {
            let upper = word.chars().filter(char::is_ascii_uppercase).count();
            if upper > 1 {
                word
            } else {
                word.to_ascii_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// Whether `text` is a catalog written by the importer of `marker`, and from which source.
fn imported_from<'t>(text: &'t str, marker: &str) -> Option<&'t str> {
    text.lines().next()?.strip_prefix(marker)
}

/// Writes every catalog (skipping unchanged ones) and reports what it did, then what changed
/// since the catalogs that were there (codes added, removed, renamed variants). Never touches a
/// file it did not write itself: a hand-written catalog of the same name is left alone and
/// reported. Writes in `--out`; a catalog of `I`'s is one that starts with its marker.
pub fn write_catalogs<I: Importer>(
    parsed: &Parsed<I>,
    catalogs: &[ImportedCatalog],
) -> Result<Vec<String>, String> {
    let out = &parsed.out;
    let mut report = Vec::new();
    let mut changes = Changes::default();
    let mut written = HashSet::new();
    let mut plans = Vec::new();
    for catalog in catalogs {
        let file_name = format!("{}.yaml", catalog.file.module);
        debug_assert!(!file_name.ends_with(".curated.yaml"), "module names have no dots");
        let path = out.join(&file_name);
        written.insert(file_name);
        let contents = write(&catalog.file);
        let current = std::fs::read_to_string(&path).ok();
        if let Some(current) = &current {
            if imported_from(current, I::MARKER).is_none() {
                report.push(format!(
                    "warning: {} was not written by the import (no `@generated` header): left alone, so the {} codes of {} are not imported; move its curation to {}.curated.yaml and delete it to import them",
                    path.display(),
                    catalog.file.codes.len(),
                    catalog.source,
                    catalog.file.module
                ));
                continue;
            }
        }
        changes.compare(&catalog.file, current.as_deref());
        let state = if current.as_deref() == Some(contents.as_str()) {
            "unchanged"
        } else {
            "written"
        };
        plans.push((path, contents, state, catalog));
    }
    if !plans.is_empty() {
        std::fs::create_dir_all(out).map_err(|error| format!("cannot create {}: {error}", out.display()))?;
    }
    for (path, contents, state, catalog) in plans {
        if state == "written" {
            std::fs::write(&path, contents)
                .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
        }
        let counts: Vec<String> = catalog
            .counts
            .iter()
            .map(|(what, count)| format!("{count} {what}"))
            .collect();
        report.push(format!(
            "{}: {} codes ({}) -> {} ({state})",
            catalog.source,
            catalog.file.codes.len(),
            counts.join(", "),
            path.display(),
        ));
    }
    // Imported catalogs of products this source no longer has: reported, never deleted.
    let mut others = crate::entries(out);
    others.sort();
    for path in others {
        let Some(file_name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        if !file_name.ends_with(".yaml")
            || file_name.ends_with(".curated.yaml")
            || written.contains(file_name)
        {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some(source) = imported_from(&text, I::MARKER) else {
            continue;
        };
        let products = &parsed.products;
        if !products.is_empty()
            && I::product_of(source).is_none_or(|product| !products.iter().any(|wanted| wanted == product))
        {
            continue;
        }
        changes.gone(&text, file_name);
        report.push(format!(
            "warning: {} was imported from {source}, which this import found no codes in (gone from the source?): left in place; delete it and its .curated.yaml if the product is gone",
            path.display()
        ));
    }
    report.extend(changes.report());
    Ok(report)
}

/// What changed between the catalogs that were there and those written, by module.
#[derive(Default)]
struct Changes {
    /// Module → codes.
    added: BTreeMap<String, Vec<String>>,
    removed: BTreeMap<String, Vec<String>>,
    /// Module → (code, old variant name, new variant name).
    renamed: BTreeMap<String, Vec<(String, String, String)>>,
    new_modules: Vec<String>,
    /// Catalogs whose source is gone, with their number of codes.
    gone_modules: Vec<(String, usize)>,
}

/// A catalog's codes with their variant names, as the generator names them.
fn named_codes(file: &CatalogFile) -> Vec<(String, String)> {
    file.codes
        .iter()
        .map(|entry| {
            let name = match &entry.name {
                Some((name, _)) => name.clone(),
                None => variant_name(&entry.code).unwrap_or_default(),
            };
            (entry.code.clone(), name)
        })
        .collect()
}

/// The codes and variant names of a catalog file on disk, through the format's reader; empty
/// when it does not read (it is rewritten whole either way).
fn named_codes_on_disk(text: &str) -> Vec<(String, String)> {
    let Ok(raw) = cloud_errors_codegen::catalog::read(text) else {
        return Vec::new();
    };
    raw.codes
        .iter()
        .filter_map(|entry| {
            let code = entry.code.as_ref()?.value.clone();
            let name = match &entry.name {
                Some(name) => name.value.clone(),
                None => variant_name(&code).unwrap_or_default(),
            };
            Some((code, name))
        })
        .collect()
}

impl Changes {
    fn compare(&mut self, file: &CatalogFile, current: Option<&str>) {
        let module = file.module.clone();
        let Some(current) = current else {
            self.new_modules.push(module);
            return;
        };
        // Sorted by code: the removed ones are listed in order.
        let before: BTreeMap<String, String> = named_codes_on_disk(current).into_iter().collect();
        let after = named_codes(file);
        let after_codes: HashSet<&str> = after.iter().map(|(code, _)| code.as_str()).collect();
        for (code, name) in &after {
            match before.get(code) {
                None => self.added.entry(module.clone()).or_default().push(code.clone()),
                Some(old) if old != name => self.renamed.entry(module.clone()).or_default().push((
                    code.clone(),
                    old.clone(),
                    name.clone(),
                )),
                Some(_) => {}
            }
        }
        let removed: Vec<String> = before
            .keys()
            .filter(|code| !after_codes.contains(code.as_str()))
            .cloned()
            .collect();
        if !removed.is_empty() {
            self.removed.insert(module, removed);
        }
    }

    /// A catalog whose source is gone: its module and all its codes go when it is deleted.
    fn gone(&mut self, text: &str, file_name: &str) {
        let module = file_name.trim_end_matches(".yaml").to_owned();
        let mut codes: Vec<String> = named_codes_on_disk(text)
            .into_iter()
            .map(|(code, _)| code)
            .collect();
        codes.sort();
        self.gone_modules.push((module.clone(), codes.len()));
        if !codes.is_empty() {
            self.removed.insert(module, codes);
        }
    }

    fn report(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let count = |map: &BTreeMap<String, Vec<String>>| map.values().map(Vec::len).sum::<usize>();
        let renamed: usize = self.renamed.values().map(Vec::len).sum();
        lines.push(format!(
            "changes since the catalogs that were there: {} new catalog{}, {} code{} added, {} removed, {} variant{} renamed",
            self.new_modules.len(),
            if self.new_modules.len() == 1 { "" } else { "s" },
            count(&self.added),
            if count(&self.added) == 1 { "" } else { "s" },
            count(&self.removed),
            renamed,
            if renamed == 1 { "" } else { "s" },
        ));
        if !self.new_modules.is_empty() {
            lines.push(format!("  new: {}", self.new_modules.join(", ")));
        }
        for (module, count) in &self.gone_modules {
            lines.push(format!(
                "warning: {module}: its source is gone; deleting the catalog removes the module and its {count} codes (a breaking change)"
            ));
        }
        for (module, codes) in &self.added {
            lines.push(format!("  {module}: added {}", codes.join(", ")));
        }
        for (module, codes) in &self.removed {
            lines.push(format!(
                "warning: {module}: removed {} (a breaking change: the variants go away; publish a new major version)",
                codes.join(", ")
            ));
        }
        for (module, names) in &self.renamed {
            let names: Vec<String> = names
                .iter()
                .map(|(code, old, new)| format!("`{code}` {old} -> {new}"))
                .collect();
            lines.push(format!(
                "warning: {module}: renamed variants {} (a breaking change)",
                names.join(", ")
            ));
        }
        lines
    }
}

/// Checks that a committed catalog is its import's output: the import's marker, a pinned commit
/// (40 hex digits after `commit_before`), and each description `describe` derived from its code,
/// so no provider text is in it.
#[cfg(test)]
pub(crate) fn assert_facts_only(file: &str, marker: &str, commit_before: &str, describe: fn(&str) -> String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../catalogs")
        .join(file);
    let catalog = std::fs::read_to_string(&path).expect("the committed catalog");
    assert!(catalog.starts_with(marker), "{}", path.display());
    let commit = catalog
        .split(commit_before)
        .nth(1)
        .and_then(|rest| rest.get(..40))
        .expect("a pinned commit");
    assert!(commit.chars().all(|c| c.is_ascii_hexdigit()), "{commit}");
    let mut code = None;
    let mut described = 0;
    for line in catalog.lines() {
        if let Some(wire) = line.strip_prefix("  - code: ") {
            code = Some(wire.trim_matches('"').to_owned());
        } else if let Some(text) = line.strip_prefix("    en: ") {
            let code = code.take().expect("a description after its code");
            assert_eq!(text, format!("\"{}\"", describe(&code)), "{code}");
            described += 1;
        }
    }
    assert!(described > 0 && code.is_none(), "every code has one description");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_collisions_after_case_conversion_with_the_smallest_free_suffix() {
        let codes = [
            "InvalidParameter.Conflict",
            "InvalidParameterConflict",
            "MissingParameter.",
            "MissingParameter",
            "InvalidParameterConflict2",
            "invalid_parameter_conflict",
        ];
        let names = explicit_names(&codes);
        assert_eq!(names[0], None);
        assert_eq!(
            names[1],
            Some((
                "InvalidParameterConflict3".to_owned(),
                "the code `InvalidParameter.Conflict` (entry 1) also becomes `InvalidParameterConflict`"
                    .to_owned()
            ))
        );
        assert_eq!(names[2], None);
        assert_eq!(
            names[3].as_ref().map(|(name, _)| name.as_str()),
            Some("MissingParameter2")
        );
        // Its derived name stays its own: the suffix above skipped it.
        assert_eq!(names[4], None);
        assert_eq!(
            names[5].as_ref().map(|(name, _)| name.as_str()),
            Some("InvalidParameterConflict4")
        );
    }

    #[test]
    fn names_codes_no_name_can_be_derived_from() {
        let codes = [
            "操作失败",
            "404.NotFound",
            "self",
            "Unknown",
            "Quota/Exceeded",
            "QuotaExceeded",
            "Base",
        ];
        let names: Vec<(String, String)> = explicit_names(&codes)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect();
        assert_eq!(
            names[0],
            (
                "Code".to_owned(),
                "cannot derive a variant name from `操作失败`: it is not ASCII".to_owned()
            )
        );
        assert_eq!(names[1].0, "Code404NotFound");
        assert_eq!(
            names[2],
            (
                "CodeSelf".to_owned(),
                "the variant name `Self` is a Rust keyword".to_owned()
            )
        );
        assert_eq!(names[3].0, "CodeUnknown");
        // `QuotaExceeded` belongs to the code that derives it.
        assert_eq!(names[4].0, "QuotaExceeded2");
        assert_eq!(names[5], (String::new(), String::new()));
        assert_eq!(names[6].0, "CodeBase");
        assert_eq!(
            explicit_names(&["UNKNOWN"])[0]
                .as_ref()
                .map(|(name, _)| name.as_str()),
            Some("CodeUnknown")
        );
        for (name, _) in names.iter().filter(|(name, _)| !name.is_empty()) {
            assert_eq!(check_name(name), Ok(()), "{name}");
        }
    }

    fn file(codes: &[(&str, Option<&str>)]) -> CatalogFile {
        CatalogFile {
            module: "m".to_owned(),
            provider: "P".to_owned(),
            docs: "https://example.com".to_owned(),
            envelope: "tencent".to_owned(),
            codes: codes
                .iter()
                .map(|(code, name)| cloud_errors_codegen::catalog::write::CodeEntry {
                    code: (*code).to_owned(),
                    name: name.map(|name| (name.to_owned(), "why".to_owned())),
                    texts: vec![("en".to_owned(), "t".to_owned())],
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn reports_codes_added_removed_and_renamed_variants() {
        let before = write(&file(&[("A", None), ("B.C", None), ("Gone", None)]));
        let after = file(&[("A", Some("Renamed")), ("B.C", None), ("New", None)]);
        let mut changes = Changes::default();
        changes.compare(&after, Some(&before));
        changes.compare(&file(&[("X", None)]), None);
        let report = changes.report();
        assert_eq!(
            report,
            [
                "changes since the catalogs that were there: 1 new catalog, 1 code added, 1 removed, 1 variant renamed",
                "  new: m",
                "  m: added New",
                "warning: m: removed Gone (a breaking change: the variants go away; publish a new major version)",
                "warning: m: renamed variants `A` A -> Renamed (a breaking change)",
            ]
        );
    }
}
