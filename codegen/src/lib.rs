//! The generator behind `cloud-errors`: catalogs (YAML) → checked model → Rust.
//!
//! The stages, one module each: [`catalog`] (the YAML format, read with every value's position),
//! [`check`] (the rules about codes, shared with `#[cloud_error]`), [`validate`] (the catalogs'
//! pipeline and their own checks), [`model`] (what the checks produce), [`ident`] (variant naming), [`doc_text`] (text as doc comments show it),
//! [`phf`] (the perfect hash for `from_code`), [`emit`] (tokens, shared with `#[cloud_error]`),
//! and [`generate`](mod@generate) (the pipeline `cargo xtask generate` runs). [`attr`] reads `#[cloud_error]`
//! enums into the same model, for the proc-macro crate `cloud-errors-macros`.
//!
//! Everything about YAML files (and printing generated files) is behind the `catalog` feature:
//! the proc-macro does without the YAML parser and the printer.

pub mod attr;
#[cfg(feature = "catalog")]
pub mod catalog;
pub mod check;
#[cfg(feature = "catalog")]
pub mod crates;
pub mod diagnostic;
pub mod doc_text;
pub mod emit;
#[cfg(feature = "catalog")]
pub mod generate;
pub mod ident;
pub mod model;
pub mod phf;
pub mod provider;
#[cfg(feature = "catalog")]
pub mod validate;

#[cfg(feature = "catalog")]
pub use crates::{generate_workspace, GeneratedCrate, Workspace};
pub use diagnostic::{Diagnostic, Diagnostics, Location};
#[cfg(feature = "catalog")]
pub use generate::{features, generate, generate_from, Generated, GeneratedFile, COMMAND};
