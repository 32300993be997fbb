//! The whole pipeline, from a catalogs folder to the files of the generated crate. Pure: it reads
//! catalogs and returns file contents; writing them is the caller's (xtask's) business.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::emit;
use crate::model::Catalog;
use crate::validate::{self, Source};

/// One file to write, relative to the generated crate's folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
    /// The catalog it comes from, if any, and its number of codes.
    pub catalog: Option<(String, usize)>,
}

impl GeneratedFile {
    /// A file that no one catalog makes.
    pub(crate) fn new(path: PathBuf, contents: String) -> Self {
        GeneratedFile {
            path,
            contents,
            catalog: None,
        }
    }
}

/// What a run produces: every file, and the checked catalogs.
#[derive(Debug)]
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub catalogs: Vec<Catalog>,
}

/// The command that regenerates, named in every header.
pub const COMMAND: &str = "cargo xtask generate";

/// Reads every `*.yaml` in `catalogs_dir` (sorted by name), checks them all and renders the
/// generated crate's files. `display_root` is what paths in messages and headers are relative to.
pub fn generate(catalogs_dir: &Path, display_root: &Path) -> Result<Generated, Diagnostics> {
    let sources = read_sources(catalogs_dir, display_root)?;
    generate_from(&sources)
}

/// The pipeline for sources already in memory (tests use it with catalogs of their own).
pub fn generate_from(sources: &[Source]) -> Result<Generated, Diagnostics> {
    let catalogs = validate::check_catalogs(sources)?;
    let files = crate_files(&catalogs, emit::crate_root(&catalogs), "catalogs/")?;
    Ok(Generated { files, catalogs })
}

/// A crate's `src/` files: one module file per catalog, `src/<module>.rs`, and `src/lib.rs` printed
/// from `root` (`crate_name` names the crate in an internal error).
pub(crate) fn crate_files(
    catalogs: &[Catalog],
    root: TokenStream,
    crate_name: &str,
) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let mut files = Vec::with_capacity(catalogs.len() + 2);
    for catalog in catalogs {
        // A curated catalog's code comes from both files: the header names both.
        let from = match &catalog.curated {
            Some(curated) => format!("from {} and {curated}", catalog.source),
            None => format!("from {}", catalog.source),
        };
        let mut contents = header(&from);
        emit::catalog_module(catalog, &mut contents).map_err(internal_error(&catalog.source))?;
        files.push(GeneratedFile {
            path: PathBuf::from(format!("src/{}.rs", catalog.module)),
            contents,
            catalog: Some((catalog.source.clone(), catalog.codes.len())),
        });
    }
    let lib = emit::format_tokens(root).map_err(internal_error(crate_name))?;
    let lib = header("from the list of catalogs/") + &lib;
    files.push(GeneratedFile::new(PathBuf::from("src/lib.rs"), lib));
    Ok(files)
}

/// The `[features]` block of the generated crate's Cargo.toml for these catalogs: one feature per
/// catalog (enabling the catalog it extends and the runtime's parser of its envelope), all of them
/// in `all-catalogs`.
pub fn features(catalogs: &[Catalog]) -> String {
    let mut block = String::new();
    let all: Vec<String> = catalogs.iter().map(|c| format!("\"{}\"", c.module)).collect();
    block.push_str(&format!("all-catalogs = [{}]\n", all.join(", ")));
    for catalog in catalogs {
        let envelope = format!("\"cloud-errors-runtime/envelope-{}\"", catalog.envelope.as_str());
        let needs = match &catalog.extends {
            Some(base) => format!("\"{base}\", {envelope}"),
            None => envelope,
        };
        block.push_str(&format!("{} = [{needs}]\n", catalog.module));
    }
    feature_block(&block)
}

/// The first and last lines of the feature block of a generated crate's Cargo.toml: `cargo xtask
/// generate` rewrites what is between them, the rest of the manifest is written by hand.
pub(crate) const FEATURES_BEGIN: &str = "# @generated catalog features begin";
pub(crate) const FEATURES_END: &str = "# @generated catalog features end\n";

/// The feature block around these features.
pub(crate) fn feature_block(features: &str) -> String {
    format!("{FEATURES_BEGIN}: `cargo xtask generate` rewrites this block from catalogs/.\n{features}{FEATURES_END}")
}

pub(crate) fn header(source: &str) -> String {
    format!("// @generated {source} by `{COMMAND}`. Do not edit: change the source and rerun.\n\n")
}

/// A diagnostic about a file as a whole, at its start.
pub(crate) fn about_file(file: &str, message: String) -> Diagnostic {
    Diagnostic::new(
        Location {
            file: file.to_owned(),
            line: 1,
            column: 1,
        },
        message,
    )
}

/// A file or folder that cannot be read.
pub(crate) fn io_error(path: &Path, error: &dyn std::fmt::Display) -> Diagnostics {
    Diagnostics(vec![about_file(
        &path.display().to_string(),
        format!("cannot read: {error}"),
    )])
}

/// What emission failing means: a bug here, reported against the catalog (or crate) it was
/// emitting.
pub(crate) fn internal_error(source: &str) -> impl FnOnce(syn::Error) -> Diagnostics + '_ {
    move |error| {
        Diagnostics(vec![about_file(
            source,
            format!("internal error: the emitted code does not parse: {error}"),
        )
        .help(
            "this is a bug in cloud-errors-codegen; please report it with the catalog",
        )])
    }
}

pub(crate) fn read_sources(catalogs_dir: &Path, display_root: &Path) -> Result<Vec<Source>, Diagnostics> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(catalogs_dir)
        .map_err(|error| io_error(catalogs_dir, &error))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "yaml" || ext == "yml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|error| io_error(path, &error))?;
            let shown = path.strip_prefix(display_root).unwrap_or(path);
            // Forward slashes on every platform, so headers are the same bytes everywhere.
            let shown = shown
                .components()
                .map(|part| part.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            Ok(Source { path: shown, text })
        })
        .collect()
}
