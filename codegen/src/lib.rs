//! The generator behind `cloud-errors`: catalogs (YAML) → checked model → Rust.
//!
//! The stages, one module each: [`catalog`] (the YAML format as serde reads it), [`validate`]
//! (every check, with positions), [`model`] (what the checks produce), [`ident`] (variant naming),
//! [`phf`] (the perfect hash for `from_code`), [`emit`] (tokens, shared with `#[cloud_error]`),
//! and [`generate`](mod@generate) (the pipeline `cargo xtask generate` runs). [`attr`] reads `#[cloud_error]`
//! enums into the same model, for the proc-macro crate `cloud-errors-macros`.

pub mod attr;
pub mod catalog;
pub mod diagnostic;
pub mod emit;
pub mod generate;
pub mod ident;
mod locate;
pub mod model;
pub mod phf;
pub mod validate;

pub use diagnostic::{Diagnostic, Diagnostics, Location};
pub use generate::{features, generate, generate_from, Generated, GeneratedFile, COMMAND};
