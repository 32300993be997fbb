//! The hand-written runtime of `cloud-errors`: the vocabulary every catalog shares ([`Retry`],
//! [`Category`], [`Locale`], [`EnvelopeName`], [`StatusRule`]), the [`ErrorCode`] trait, the
//! table lookups generated `Code` enums are built on, and (with the `responses` feature) reading
//! providers' error responses into a typed `ProviderError`, each provider's body by its
//! envelope (`envelopes`, one module per envelope behind its `envelope-…` feature).
//!
//! Depend on `cloud-errors`, which re-exports all of this next to the generated catalogs; this
//! crate is its own so that the generator (`cloud-errors-codegen`, and so `#[cloud_error]`) uses
//! the very same vocabulary with none of the response-reading dependencies, and so that the
//! generated crate holds generated files only.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

mod category;
mod code;
#[cfg(feature = "responses")]
mod decide;
mod envelope;
#[cfg(feature = "responses")]
#[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
pub mod envelopes;
mod locale;
#[cfg(feature = "responses")]
mod quota;
#[cfg(feature = "responses")]
mod response;
mod retry;

#[cfg(feature = "responses")]
#[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
pub mod index;

#[cfg(feature = "responses")]
#[cfg_attr(docsrs, doc(cfg(feature = "responses")))]
pub mod observe;

#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;

#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub mod tower;

#[cfg(feature = "reqwest-middleware")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest-middleware")))]
pub mod reqwest_middleware;

#[cfg(feature = "testing")]
#[cfg_attr(docsrs, doc(cfg(feature = "testing")))]
pub mod testing;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use category::Category;
pub use code::{ErrorCode, Known, Messages, StatusRule};
#[cfg(feature = "responses")]
pub use decide::{
    Backoff, CarriesIdempotencyToken, DecideBy, Decision, DelaySource, Jitter, PolicyDefaults, RetryContext,
    RetryPolicy, SdkDifferences, StatusCondition, StopReason, TokenPlace, TransportFailure,
};
pub use envelope::EnvelopeName;
#[cfg(feature = "responses")]
pub use envelopes::{Envelope, InBodyErrors};
pub use locale::Locale;
#[cfg(feature = "responses")]
pub use quota::{QuotaSpec, RetryQuota};
#[cfg(feature = "responses")]
pub use response::{ProviderCode, ProviderError, Truncated};
pub use retry::{Retry, RetryWhen};

#[cfg(feature = "responses")]
#[doc(hidden)]
pub use response::testing as __response;

/// `Display` and `FromStr` of a vocabulary enum, by the names of its `as_str` over its `ALL`: the
/// names catalogs use, one spelling per word.
macro_rules! vocabulary_word {
    ($ty:ident, $what:literal) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = crate::ParseVocabularyError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $ty::ALL
                    .into_iter()
                    .find(|word| word.as_str() == s)
                    .ok_or_else(|| crate::ParseVocabularyError::new($what, s))
            }
        }
    };
}
pub(crate) use vocabulary_word;

/// A retry class, category, envelope or locale name that is not in the vocabulary.
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
