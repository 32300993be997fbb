//! Whether retrying a failed request can help.

use core::fmt;

/// Whether retrying the same request can succeed, as the provider documents it for a code.
///
/// `Retry` answers the one question a client loop asks. It is deliberately coarse: the delay
/// (exponential backoff, a `Retry-After` header) is the client's business.
///
/// ```
/// use cloud_errors::Retry;
///
/// assert!(Retry::Backoff.is_retryable());
/// assert!(!Retry::AfterFix.is_retryable());
/// assert_eq!("after_fix".parse::<Retry>(), Ok(Retry::AfterFix));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Retry {
    /// Retrying the same request cannot succeed.
    Never,
    /// The failure is transient: retry with backoff.
    Backoff,
    /// The request can succeed only after the caller changes something (its clock, credentials or
    /// the resource's state), so it must not be retried automatically.
    AfterFix,
}

impl Retry {
    /// Every class, in declaration order.
    pub const ALL: [Retry; 3] = [Retry::Never, Retry::Backoff, Retry::AfterFix];

    /// `true` exactly for [`Retry::Backoff`]: the only class an automatic retry loop should retry.
    pub const fn is_retryable(self) -> bool {
        matches!(self, Retry::Backoff)
    }

    /// The class a response with this HTTP status and no known code gets: 429 and the transient
    /// server errors (500, 502, 503, 504) back off; everything else is final.
    pub const fn from_http_status(status: u16) -> Retry {
        match status {
            429 | 500 | 502 | 503 | 504 => Retry::Backoff,
            _ => Retry::Never,
        }
    }

    /// The name used in catalogs and by `Display`/`FromStr`: `never`, `backoff` or `after_fix`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Backoff => "backoff",
            Retry::AfterFix => "after_fix",
        }
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for Retry {
    type Err = crate::ParseVocabularyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Retry::ALL
            .into_iter()
            .find(|retry| retry.as_str() == s)
            .ok_or_else(|| crate::ParseVocabularyError::new("retry class", s))
    }
}
