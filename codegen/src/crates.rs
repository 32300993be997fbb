//! The generated crates, told apart from the hand-written ones by the tree: every crate under
//! `generated/` is generated, one folder each. `catalogs/*.yaml` (the curated seed catalogs) make
//! `cloud-errors` (`generated/cloud-errors/`); each folder `catalogs/<provider>/` makes
//! `cloud-errors-<provider>` (`generated/cloud-errors-<provider>/`), whose catalogs extend seed
//! catalogs across the crates (`::cloud_errors::<base>::Code`), so a user of one provider compiles
//! nothing of the others. A crate's `Cargo.toml` is written by hand except its `@generated`
//! feature block (one feature per catalog, or per envelope where the manifest says so); every
//! file of its `src/` is generated. README.md's table of crates is generated too.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::emit;
use crate::generate::{
    about_file, crate_files, feature_block, features, header, io_error, read_sources, GeneratedFile,
    FEATURES_BEGIN, FEATURES_END,
};
use crate::model::Catalog;
use crate::validate::{self, Source};

/// The folder holding the generated crates.
pub const GENERATED: &str = "generated";
/// The crate the seed catalogs make: the vocabulary, the runtime, the glue and the seed catalogs.
pub const SEED_CRATE: &str = "cloud-errors";

/// One generated crate and what it is made of.
#[derive(Debug)]
pub struct GeneratedCrate {
    /// `cloud-errors`, `cloud-errors-tencent`.
    pub name: String,
    /// Its folder, relative to the workspace root (`generated/cloud-errors-tencent`).
    pub dir: PathBuf,
    /// Its catalogs, checked (without the seed catalogs a provider crate's extend).
    pub catalogs: Vec<Catalog>,
    /// Its files, paths relative to the workspace root: `src/` and `Cargo.toml`.
    pub files: Vec<GeneratedFile>,
}

/// Everything `cargo xtask generate` writes.
#[derive(Debug)]
pub struct Workspace {
    pub crates: Vec<GeneratedCrate>,
    /// README.md with its generated table of crates; `None` in a tree without README.md (the
    /// scratch trees of tests).
    pub readme: Option<GeneratedFile>,
}

/// The folders of `catalogs/` that make provider crates, sorted.
fn provider_dirs(catalogs: &Path) -> Result<Vec<String>, Diagnostics> {
    let mut dirs = Vec::new();
    let entries = std::fs::read_dir(catalogs).map_err(|error| io_error(catalogs, &error))?;
    for entry in entries {
        let entry = entry.map_err(|error| io_error(catalogs, &error))?;
        if entry.path().is_dir() {
            dirs.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    dirs.sort();
    Ok(dirs)
}

/// Every generated crate's files and README.md's table, from the catalogs under `root`. Every
/// catalog of every crate is checked before anything is returned.
pub fn generate_workspace(root: &Path) -> Result<Workspace, Diagnostics> {
    let catalogs_dir = root.join("catalogs");
    let seed = read_sources(&catalogs_dir, root)?;
    let mut problems = Diagnostics(Vec::new());
    let mut crates = Vec::new();
    match seed_crate(root, &seed) {
        Ok(generated) => crates.push(generated),
        Err(diagnostics) => problems.0.extend(diagnostics.0),
    }
    for provider in provider_dirs(&catalogs_dir)? {
        let own = read_sources(&catalogs_dir.join(&provider), root)?;
        match provider_crate(root, &provider, &seed, &own) {
            Ok(generated) => crates.push(generated),
            // A seed catalog's problems are reported once, by the seed crate.
            Err(diagnostics) => problems.0.extend(
                diagnostics
                    .0
                    .into_iter()
                    .filter(|diagnostic| !seed.iter().any(|source| diagnostic.location.file == source.path)),
            ),
        }
    }
    if !problems.0.is_empty() {
        return Err(problems);
    }
    let readme = readme(root, &crates)?;
    Ok(Workspace { crates, readme })
}

fn seed_crate(root: &Path, seed: &[Source]) -> Result<GeneratedCrate, Diagnostics> {
    let catalogs = validate::check_catalogs(seed)?;
    let block = features(&catalogs);
    let root_tokens = emit::crate_root(&catalogs);
    let dir = Path::new(GENERATED).join(SEED_CRATE);
    let manifest = read_manifest(root, SEED_CRATE, &dir)?;
    let generated = finish(SEED_CRATE.to_owned(), dir, catalogs, root_tokens)?;
    with_manifest(root, generated, &manifest, &block)
}

fn provider_crate(
    root: &Path,
    provider: &str,
    seed: &[Source],
    own: &[Source],
) -> Result<GeneratedCrate, Diagnostics> {
    let mut sources = seed.to_vec();
    sources.extend_from_slice(own);
    let checked = validate::check_catalogs(&sources)?;
    let (catalogs, bases): (Vec<Catalog>, Vec<Catalog>) = checked
        .into_iter()
        .partition(|catalog| own.iter().any(|source| source.path == catalog.source));
    let name = format!("{SEED_CRATE}-{provider}");
    let dir = Path::new(GENERATED).join(&name);
    let notes_path = root.join("catalogs").join(provider).join("README.md");
    let notes = match std::fs::read_to_string(&notes_path) {
        Ok(notes) => Some(notes),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(io_error(&notes_path, &error)),
    };
    let manifest = read_manifest(root, &name, &dir)?;
    let grouped = features_per_envelope(&manifest, &dir.join("Cargo.toml"))?;
    let root_tokens = provider_root(&name, provider, &catalogs, &bases, notes.as_deref(), grouped);
    let block = provider_features(&catalogs, &bases, grouped);
    let mut generated = finish(name, dir, catalogs, root_tokens)?;
    let checks = family_checks(&generated.catalogs, seed);
    let test = every_code_test(&generated.name, &generated.catalogs, &checks);
    let path = generated.dir.join("tests/every_code.rs");
    generated.files.push(GeneratedFile::new(path, test));
    with_manifest(root, generated, &manifest, &block)
}

/// The families whose meaning `tests/every_code.rs` checks on every code starting with them
/// (issue #28: `RequestLimitExceeded…` retryable, `InvalidParameter…` not), with whether they are
/// retryable: those of this list that a family rule of a base catalog declares, with its class.
fn family_checks(catalogs: &[Catalog], seed: &[Source]) -> Vec<(&'static str, bool)> {
    const FAMILIES: [&str; 4] = [
        "RequestLimitExceeded",
        "Throttling",
        "InvalidParameter",
        "MissingParameter",
    ];
    let bases: Vec<&str> = catalogs
        .iter()
        .filter_map(|catalog| catalog.extends.as_deref())
        .collect();
    let mut rules = Vec::new();
    for source in seed {
        let Ok(raw) = crate::catalog::read(&source.text) else {
            continue;
        };
        if bases.contains(&raw.module.value.as_str()) {
            rules.extend(raw.families);
        }
    }
    FAMILIES
        .into_iter()
        .filter_map(|family| {
            let rule = rules.iter().find(|rule| rule.prefix.value == family)?;
            match rule.retry {
                crate::model::Retry::Backoff => Some((family, true)),
                crate::model::Retry::Never => Some((family, false)),
                crate::model::Retry::AfterFix => None,
            }
        })
        .collect()
}

/// The provider crate's test of every code: one line per catalog, each checking the module's
/// `Code` against the catalog as the generator reads it now (`check` in the template). Runs with
/// `all-products` (the workspace's tests enable it); not in the published crate.
fn every_code_test(name: &str, catalogs: &[Catalog], checks: &[(&str, bool)]) -> String {
    let crate_ident = name.replace('-', "_");
    let mut calls = String::new();
    for catalog in catalogs {
        let _ = writeln!(
            calls,
            "    check::<{crate_ident}::{module}::Code>(&catalogs, &bases, \"{module}\", {base:?});",
            module = catalog.module,
            base = catalog.extends,
        );
    }
    let list = |retryable: bool| {
        let prefixes: Vec<String> = checks
            .iter()
            .filter(|(_, is)| *is == retryable)
            .map(|(prefix, _)| format!("{prefix:?}"))
            .collect();
        prefixes.join(", ")
    };
    header("from the list of catalogs/")
        + &EVERY_CODE_TEST
            .replace("{retryable}", &list(true))
            .replace("{final}", &list(false))
            .replace("{crate}", name)
            .replace("{calls}", &calls)
            .replace("{count}", &catalogs.len().to_string())
}

/// The template of `tests/every_code.rs`.
const EVERY_CODE_TEST: &str = r#"//! Every code of every catalog of `{crate}` is a known code of its module, whose `code()`
//! round-trips and whose statuses and retry class are the catalog's; written with `to_response()`,
//! bare and with a message and request id, it reads back as the same error; every code of the
//! base catalog a module does not redefine keeps its retry class there; the family rules hold for
//! every code: those starting with a prefix of `RETRYABLE` are retryable, of `FINAL` not.
#![cfg(feature = "all-products")]

use std::collections::HashMap;

use cloud_errors::{ProviderCode, ProviderError, Retry};

type Catalogs = HashMap<String, Vec<(String, Vec<u16>, Retry)>>;

/// The base catalogs' family rules checked on every code.
const RETRYABLE: &[&str] = &[{retryable}];
const FINAL: &[&str] = &[{final}];

/// Written by `to_response()` and read back by `from_response()`: the same error, field by field.
fn round_trip<C: ProviderCode>(error: &ProviderError<C>, module: &str, wire: &str) {
    let back = ProviderError::<C>::from_response(&error.to_response());
    assert_eq!(
        back.code().code(),
        wire,
        "{module}: `{wire}` written and read back"
    );
    assert_eq!(back.status(), error.status(), "{module}: `{wire}`");
    assert_eq!(back.message(), error.message(), "{module}: `{wire}`");
    assert_eq!(back.request_id(), error.request_id(), "{module}: `{wire}`");
    assert_eq!(&back, error, "{module}: `{wire}` written and read back");
}

fn check<C: ProviderCode>(catalogs: &Catalogs, bases: &Catalogs, module: &str, base: Option<&str>) {
    let codes = &catalogs[module];
    let known: Vec<String> = C::known().map(|code| code.code().to_owned()).collect();
    let wires: Vec<String> = codes.iter().map(|(wire, _, _)| wire.clone()).collect();
    assert_eq!(
        known, wires,
        "{module}: the module's codes are the catalog's, in order"
    );
    for (wire, statuses, retry) in codes {
        let code = C::from_known_code(wire).unwrap_or_else(|| panic!("{module}: `{wire}` is unknown"));
        assert_eq!(code.code(), wire, "{module}");
        assert_eq!(code.http_statuses(), statuses.as_slice(), "{module}: `{wire}`");
        assert_eq!(code.retry(), *retry, "{module}: `{wire}`");
        if RETRYABLE.iter().any(|prefix| wire.starts_with(prefix)) {
            assert!(code.is_retryable(), "{module}: `{wire}` must be retryable");
        }
        if FINAL.iter().any(|prefix| wire.starts_with(prefix)) {
            assert!(!code.is_retryable(), "{module}: `{wire}` must not be retryable");
        }
        round_trip(&ProviderError::new(code), module, wire);
        let written = ProviderError::new(C::from_code(wire))
            .with_message("quote \" backslash \\ newline \n 漢字")
            .with_request_id("0B2F6D4E-1C3A-4B5D-8E7F-9A0B1C2D3E4F");
        round_trip(&written, module, wire);
    }
    let Some(base) = base.map(|base| &bases[base]) else {
        return;
    };
    for (wire, _, retry) in base {
        if codes.iter().all(|(own, _, _)| own != wire) {
            let code = C::from_code(wire);
            assert_eq!(code.code(), wire, "{module}: the base's `{wire}`");
            assert_eq!(code.retry(), *retry, "{module}: the base's `{wire}`");
        }
    }
}

// One line per catalog, however long: rustfmt would wrap some and `generate --check` then fail.
#[rustfmt::skip]
#[test]
fn every_code_of_every_catalog_is_known_and_round_trips() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = cloud_errors_codegen::generate_workspace(&root).unwrap_or_else(|error| panic!("{error}"));
    let read = |name: &str| -> Catalogs {
        let generated = workspace
            .crates
            .iter()
            .find(|generated| generated.name == name)
            .expect("the crate's catalogs");
        generated
            .catalogs
            .iter()
            .map(|catalog| {
                let codes = catalog
                    .codes
                    .iter()
                    .map(|code| (code.wire.clone(), code.statuses.clone(), code.retry))
                    .collect();
                (catalog.module.clone(), codes)
            })
            .collect()
    };
    let (catalogs, bases) = (read("{crate}"), read("cloud-errors"));
    assert_eq!(catalogs.len(), {count}, "one line below per catalog");
{calls}}
"#;

/// The crate's `src/` files (paths relative to the workspace root).
fn finish(
    name: String,
    dir: PathBuf,
    catalogs: Vec<Catalog>,
    root_tokens: TokenStream,
) -> Result<GeneratedCrate, Diagnostics> {
    let mut files = crate_files(&catalogs, root_tokens, &dir.display().to_string())?;
    for file in &mut files {
        file.path = dir.join(&file.path);
    }
    Ok(GeneratedCrate {
        name,
        dir,
        catalogs,
        files,
    })
}

/// A generated crate's manifest, the one file of it written by hand (but for its feature block);
/// a new provider's crate that has none is told what to write.
fn read_manifest(root: &Path, name: &str, dir: &Path) -> Result<String, Diagnostics> {
    let full = root.join(dir).join("Cargo.toml");
    if !full.exists() {
        let message = format!("no manifest for the crate `{name}`, which catalogs/ makes");
        let help = format!(
            "write it as the other crates of generated/ have theirs (`[package]`, `[lib]`, the dependency on `cloud-errors`, and in `[features]` the lines `{FEATURES_BEGIN}` and `{}`), then run `cargo xtask generate` again and add the crate to each registry that README.md's \"Adding a provider\" lists",
            FEATURES_END.trim_end()
        );
        let file = full.display().to_string();
        return Err(Diagnostics(vec![about_file(&file, message).help(help)]));
    }
    std::fs::read_to_string(&full).map_err(|error| io_error(&full, &error))
}

/// Adds the crate's manifest with its generated feature block.
fn with_manifest(
    root: &Path,
    mut generated: GeneratedCrate,
    manifest: &str,
    block: &str,
) -> Result<GeneratedCrate, Diagnostics> {
    let path = generated.dir.join("Cargo.toml");
    let contents = with_block(&root.join(&path), manifest, FEATURES_BEGIN, FEATURES_END, block)?;
    generated.files.push(GeneratedFile::new(path, contents));
    Ok(generated)
}

/// The text of the file at `path` with the part from the line starting `begin` to the line `end`
/// replaced.
fn with_block(path: &Path, text: &str, begin: &str, end: &str, block: &str) -> Result<String, Diagnostics> {
    let missing = |what: &str| {
        let message = format!("the file has no `{}` line", what.trim_end());
        Diagnostics(vec![about_file(&path.display().to_string(), message).help(
            "put back the generated block's first and last lines; `cargo xtask generate` rewrites what is between",
        )])
    };
    let start = text.find(begin).ok_or_else(|| missing(begin))?;
    let stop = text[start..]
        .find(end)
        .map(|at| start + at + end.len())
        .ok_or_else(|| missing(end))?;
    Ok(format!("{}{}{}", &text[..start], block, &text[stop..]))
}

/// Whether a provider crate's catalogs are behind one feature per envelope rather than one each,
/// as its manifest says (`features = "per-envelope"` under `[package.metadata.cloud-errors]`):
/// AWS's 400 services would pass the 300 features crates.io allows (`scripts/package-check.sh`
/// checks), and a feature per envelope also gates that envelope's parser, so a user of JSON
/// services compiles no XML reader. Written by hand, never chosen by the generator: the switch
/// renames every feature users name.
fn features_per_envelope(manifest: &str, file: &Path) -> Result<bool, Diagnostics> {
    let mut in_metadata = false;
    for (index, line) in manifest.lines().enumerate() {
        let line = line.trim();
        let value = line
            .strip_prefix("features")
            .and_then(|rest| rest.trim_start().strip_prefix('='));
        if line.starts_with('[') {
            in_metadata = line == "[package.metadata.cloud-errors]";
        } else if let Some(value) = value.filter(|_| in_metadata) {
            // A TOML comment may follow the value.
            return match value.split('#').next().unwrap_or_default().trim() {
                "\"per-envelope\"" => Ok(true),
                "\"per-catalog\"" => Ok(false),
                other => {
                    let at = Location {
                        file: file.display().to_string(),
                        line: index + 1,
                        column: 1,
                    };
                    let message =
                        format!("`features = {other}` is none of the ways to map catalogs to features");
                    let help = "write `features = \"per-envelope\"` (one feature per envelope), or remove the line (one feature per catalog)";
                    Err(Diagnostics(vec![Diagnostic::new(at, message).help(help)]))
                }
            };
        }
    }
    Ok(false)
}

/// The feature a provider crate's catalog is behind: its module, or its envelope's name.
fn feature_of(catalog: &Catalog, grouped: bool) -> String {
    if grouped {
        catalog.envelope.as_str().to_owned()
    } else {
        catalog.module.clone()
    }
}

/// A provider crate's `[features]` block: one feature per catalog (or per envelope, see
/// `features_per_envelope`), all of them in `all-products`, one per line. A feature needs the
/// envelopes of its catalogs that their bases do not bring (the crate's dependency on
/// `cloud-errors` enables the seed catalogs they extend, with those catalogs' envelopes).
fn provider_features(catalogs: &[Catalog], bases: &[Catalog], grouped: bool) -> String {
    // By name, as the block lists them.
    let mut features: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for catalog in catalogs {
        let base_envelope = catalog
            .extends
            .as_deref()
            .and_then(|base| bases.iter().find(|other| other.module == base))
            .map(|base| base.envelope);
        let needs = features.entry(feature_of(catalog, grouped)).or_default();
        let need = format!("{SEED_CRATE}/envelope-{}", catalog.envelope.as_str());
        if base_envelope != Some(catalog.envelope) && !needs.contains(&need) {
            needs.push(need);
        }
    }
    let mut block = String::from("all-products = [\n");
    for feature in features.keys() {
        let _ = writeln!(block, "    \"{feature}\",");
    }
    block.push_str("]\n");
    for (feature, needs) in &features {
        let needs: Vec<String> = needs.iter().map(|need| format!("\"{need}\"")).collect();
        let _ = writeln!(block, "{feature} = [{}]", needs.join(", "));
    }
    feature_block(&block)
}

/// A provider crate's `lib.rs`: its documentation with an example and the table of products,
/// and one module per catalog behind its feature.
fn provider_root(
    name: &str,
    provider: &str,
    catalogs: &[Catalog],
    bases: &[Catalog],
    notes: Option<&str>,
    grouped: bool,
) -> TokenStream {
    let crate_ident = name.replace('-', "_");
    let codes: usize = catalogs.iter().map(|catalog| catalog.codes.len()).sum();
    let mut base_modules: Vec<&str> = catalogs
        .iter()
        .filter_map(|catalog| catalog.extends.as_deref())
        .collect();
    base_modules.sort_unstable();
    base_modules.dedup();
    let provider_name = base_modules
        .first()
        .and_then(|base| bases.iter().find(|catalog| catalog.module == *base))
        .map_or(provider.to_owned(), |base| base.provider.clone());
    let features = if grouped {
        "the Cargo\nfeature of its envelope, the protocol the service speaks (none is on by default: name\nthe protocols of the services you call; the table below gives each module's)"
    } else {
        "a Cargo\nfeature of the same name (none is on by default: name the products you call)"
    };
    let mut docs = format!(
        "Error codes of {provider_name}, product by product: {} catalogs, {codes} codes, generated\n\
         from `catalogs/{provider}/`. Each catalog is a module with a `Code` enum, behind {features}.\n",
        catalogs.len(),
    );
    for base in &base_modules {
        let _ = write!(
            docs,
            "\nEach `Code` extends [`cloud_errors::{base}::Code`]: codes a product does not define\n\
             are looked up there (`Code::Base`), and unknown sub-codes take their family's retry\n\
             class. The vocabulary (`Retry`, `Category`, `ErrorCode`, `ProviderError`) is `cloud_errors`'s.\n"
        );
    }
    let alone: Vec<String> = catalogs
        .iter()
        .filter(|catalog| catalog.extends.is_none())
        .map(|catalog| format!("[`{0}`](mod@{0})", catalog.module))
        .collect();
    if !base_modules.is_empty() && !alone.is_empty() {
        let _ = write!(
            docs,
            "\nExtending nothing, with an envelope and retry policy of their own: {}.\n",
            alone.join(", ")
        );
    }
    if let Some(first) = catalogs.first() {
        if let Some(code) = first.codes.first() {
            let _ = write!(
                docs,
                "\n```\n# #[cfg(feature = \"{feature}\")] {{\nuse cloud_errors::ErrorCode;\nuse {crate_ident}::{module}::Code;\n\n\
                 let code = Code::from_code({wire:?});\nassert_eq!(code, Code::{variant});\nassert_eq!(code.code(), {wire:?});\n\
                 println!(\"{{}}: retry {{:?}}\", code.description(), code.retry());\n# }}\n```\n",
                feature = feature_of(first, grouped),
                module = first.module,
                wire = code.wire,
                variant = code.name,
            );
        }
    }
    if let Some(notes) = notes {
        // catalogs/<provider>/README.md: what the provider's catalogs need said, written by us.
        let _ = write!(docs, "\n{}\n", notes.trim_end());
    }
    docs.push_str("\nThis file is generated by `cargo xtask generate`; the catalogs' header comments say where\neach fact comes from and which texts are derived.\n\n# Catalogs\n\n");
    if grouped {
        docs.push_str("| module | feature | provider | codes |\n| --- | --- | --- | --- |\n");
    } else {
        docs.push_str("| module and feature | provider | codes |\n| --- | --- | --- |\n");
    }
    for catalog in catalogs {
        let feature = if grouped {
            format!(" `{}` |", feature_of(catalog, grouped))
        } else {
            String::new()
        };
        let _ = writeln!(
            docs,
            // `mod@`: a product may share its name with a macro of the prelude (`cfg`).
            "| [`{module}`](mod@{module}) |{feature} {} | {} |",
            crate::doc_text::doc_text(&catalog.provider),
            catalog.codes.len(),
            module = catalog.module,
        );
    }
    let feature = move |catalog: &Catalog| feature_of(catalog, grouped);
    let modules = emit::module_declarations(catalogs, feature);
    let attributes = emit::crate_attributes(&docs);
    let index = emit::catalog_index(&crate_ident, catalogs, bases, feature);
    quote! {
        #attributes

        #index

        #(#modules)*
    }
}

/// README.md with the table of generated crates between its markers rewritten.
fn readme(root: &Path, crates: &[GeneratedCrate]) -> Result<Option<GeneratedFile>, Diagnostics> {
    if !root.join("README.md").is_file() {
        return Ok(None);
    }
    let mut block = String::from(
        "<!-- @generated crates begin: `cargo xtask generate` rewrites this table from catalogs/ -->\n\
         | crate | catalogs | codes |\n| --- | --- | ---: |\n",
    );
    for generated in crates {
        let codes: usize = generated.catalogs.iter().map(|catalog| catalog.codes.len()).sum();
        let catalogs = if generated.catalogs.len() <= 8 {
            let names: Vec<String> = generated
                .catalogs
                .iter()
                .map(|catalog| format!("`{}` ({})", catalog.module, catalog.codes.len()))
                .collect();
            names.join(", ")
        } else {
            let mut providers: Vec<&str> = generated
                .catalogs
                .iter()
                .filter_map(|catalog| catalog.extends.as_deref())
                .collect();
            let over = providers.len();
            providers.dedup();
            let each = if over == generated.catalogs.len() {
                "each".to_owned()
            } else {
                over.to_string()
            };
            format!(
                "{} products, {each} over `cloud_errors::{}`",
                generated.catalogs.len(),
                providers.join("`, `cloud_errors::")
            )
        };
        let _ = writeln!(block, "| `{}` | {catalogs} | {codes} |", generated.name);
    }
    block.push_str("<!-- @generated crates end -->\n");
    let path = PathBuf::from("README.md");
    let file = root.join(&path);
    let text = std::fs::read_to_string(&file).map_err(|error| io_error(&file, &error))?;
    let contents = with_block(
        &file,
        &text,
        "<!-- @generated crates begin",
        "<!-- @generated crates end -->\n",
        &block,
    )?;
    Ok(Some(GeneratedFile::new(path, contents)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A provider crate's manifest as `generated/` has them: `default` by hand, then the block.
    fn manifest(metadata: &str, generated: &str) -> String {
        format!(
            "[package]\nname = \"x\"\n{metadata}\n[features]\n# Nothing by default.\ndefault = []\n{}\n[dependencies]\nhttp = \"1\"\n",
            feature_block(generated)
        )
    }

    #[test]
    fn a_feature_per_envelope_is_the_manifests_choice() {
        let file = Path::new("generated/cloud-errors-x/Cargo.toml");
        let per_envelope = |metadata: &str| features_per_envelope(&manifest(metadata, ""), file);
        assert_eq!(per_envelope(""), Ok(false));
        assert_eq!(
            per_envelope("\n[package.metadata.cloud-errors]\nfeatures = \"per-envelope\"\n"),
            Ok(true)
        );
        assert_eq!(
            per_envelope("\n[package.metadata.cloud-errors]\nfeatures=\"per-catalog\"\n"),
            Ok(false)
        );
        assert_eq!(
            per_envelope("\n[package.metadata.cloud-errors]\nfeatures = \"per-envelope\"  # AWS\n"),
            Ok(true)
        );
        // The key of another table is not the choice.
        assert_eq!(
            per_envelope("\n[package.metadata.other]\nfeatures = \"per-envelope\"\n"),
            Ok(false)
        );
        let wrong =
            per_envelope("\n[package.metadata.cloud-errors]\nfeatures = \"per-protocol\"\n").unwrap_err();
        assert_eq!(wrong.0[0].location.line, 5);
        assert!(
            wrong.0[0].message.contains("`features = \"per-protocol\"`"),
            "{}",
            wrong.0[0]
        );
    }
}
