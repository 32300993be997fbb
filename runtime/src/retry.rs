//! Whether retrying a failed request can help.

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

crate::vocabulary_word!(Retry, "retry class");

/// When an answer whose class is [`Retry::Backoff`] may be retried, given the request: a
/// catalog's `retry_when` (per code) and `retry_policy` conditions.
///
/// ```
/// use cloud_errors::RetryWhen;
///
/// assert_eq!("in_consistency_window".parse::<RetryWhen>(), Ok(RetryWhen::InConsistencyWindow));
/// assert_eq!(RetryWhen::Idempotent.to_string(), "idempotent");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RetryWhen {
    /// Whatever the request: the service refused it before doing anything (throttling, a state
    /// conflict).
    Always,
    /// Only when resending cannot repeat a side effect: an idempotent method (`GET`, `HEAD`,
    /// `PUT`, `DELETE`, `OPTIONS`, `TRACE`) or a request that carries an idempotency token.
    Idempotent,
    /// Only inside an eventual-consistency window opened by a recent create or update in the same
    /// process (OCI's `NotAuthorizedOrNotFound` and its kin: outside the window the answer is
    /// final).
    InConsistencyWindow,
    /// Not automatically: the provider documents the code as transient, but its SDK does not
    /// retry it (OCI's `NotAuthenticated`, or a 429 without `TooManyRequests`).
    Never,
}

impl RetryWhen {
    /// Every condition, in declaration order.
    pub const ALL: [RetryWhen; 4] = [
        RetryWhen::Always,
        RetryWhen::Idempotent,
        RetryWhen::InConsistencyWindow,
        RetryWhen::Never,
    ];

    /// The name used in catalogs and by `Display`/`FromStr`: `always`, `idempotent`,
    /// `in_consistency_window` or `never`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryWhen::Always => "always",
            RetryWhen::Idempotent => "idempotent",
            RetryWhen::InConsistencyWindow => "in_consistency_window",
            RetryWhen::Never => "never",
        }
    }
}

crate::vocabulary_word!(RetryWhen, "retry condition");
