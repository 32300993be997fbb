//! Typed error codes of cloud provider APIs, generated from curated catalogs.
//!
//! Each catalog is a module with a `Code` enum (for example [`oci::Code`]): one variant per
//! documented code plus a catch-all that keeps any other code verbatim, with the code's HTTP
//! statuses, [`Retry`] class, [`Category`] and English/Japanese descriptions. Every `Code`
//! implements [`ErrorCode`], so error handling can be written once for all providers.
//!
//! ```
//! use cloud_errors::oci::Code;
//! use cloud_errors::{Category, Retry};
//!
//! let code: Code = "TooManyRequests".parse().unwrap();
//! assert_eq!(code, Code::TooManyRequests);
//! assert_eq!(code.http_statuses(), &[429]);
//! assert_eq!(code.retry(), Retry::Backoff);
//! assert_eq!(code.category(), Category::ResourceExhausted);
//!
//! // Codes the catalog does not know are kept, not lost.
//! let new = Code::from_code("BrandNewCode");
//! assert_eq!(new, Code::Unknown("BrandNewCode".to_owned()));
//! assert_eq!(new.to_string(), "BrandNewCode");
//! ```
//!
//! # Features
//! - one feature per catalog (`oci`, …), all on by default through `all-catalogs`: turn off the
//!   default features and name the providers you use to compile only those;
//! - `serde`: `Serialize`/`Deserialize` for the shared vocabulary and every `Code` (as its wire
//!   string).
//! - `macros` (on by default): [`cloud_error`], the attribute that gives an enum of your own
//!   service's codes the behaviour of a generated `Code`.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

// Emitted code names this crate by its absolute path, `::cloud_errors`, both here and in users'
// crates (for `#[cloud_error]`), so the emitter has a single form.
extern crate self as cloud_errors;

mod category;
mod code;
mod hash;
mod locale;
mod response;
mod retry;

#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use category::Category;
pub use code::{ErrorCode, Known, Messages, StatusRule};
pub use locale::Locale;
pub use response::{Envelope, IbmError, IbmTarget, InBodyErrors, ProviderCode, ProviderError};
pub use retry::Retry;

#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use cloud_errors_macros::cloud_error;

#[doc(hidden)]
pub use response::testing as __response;

include!("catalogs/mod.rs");

/// A retry class or category name that is not in the vocabulary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseVocabularyError {
    what: &'static str,
    value: String,
}

impl ParseVocabularyError {
    fn new(what: &'static str, value: &str) -> Self {
        ParseVocabularyError {
            what,
            value: value.to_owned(),
        }
    }
}

impl core::fmt::Display for ParseVocabularyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "`{}` is not a known {}", self.value, self.what)
    }
}

impl std::error::Error for ParseVocabularyError {}

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
