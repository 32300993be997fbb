//! Provider-neutral error categories: the canonical codes of `google.rpc.Code`.

/// What kind of failure a code is, in the vocabulary of Google's canonical error codes
/// (`google.rpc.Code`), so that code handling errors can be written once across providers.
///
/// ```
/// use cloud_errors::Category;
///
/// assert_eq!(Category::from_http_status(404), Category::NotFound);
/// assert_eq!(Category::from_http_status(429), Category::ResourceExhausted);
/// assert_eq!(Category::ResourceExhausted.to_string(), "resource_exhausted");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Category {
    /// The operation was cancelled, typically by the caller.
    Cancelled,
    /// An error with no better category.
    Unknown,
    /// The caller sent an invalid argument, whatever the system's state.
    InvalidArgument,
    /// The deadline expired before the operation could complete.
    DeadlineExceeded,
    /// A requested entity was not found.
    NotFound,
    /// The entity the caller tried to create already exists.
    AlreadyExists,
    /// The caller may not perform this operation.
    PermissionDenied,
    /// A quota or rate limit was exhausted.
    ResourceExhausted,
    /// The system is not in the state the operation requires.
    FailedPrecondition,
    /// The operation was aborted, typically by a concurrency conflict.
    Aborted,
    /// The operation was attempted past the valid range.
    OutOfRange,
    /// The operation is not implemented or supported.
    Unimplemented,
    /// An internal invariant of the service is broken.
    Internal,
    /// The service is currently unavailable; a retry with backoff may succeed.
    Unavailable,
    /// Unrecoverable data loss or corruption.
    DataLoss,
    /// The request does not carry valid authentication credentials.
    Unauthenticated,
}

impl Category {
    /// Every category, in the order of their `google.rpc.Code` numbers (1 to 16).
    pub const ALL: [Category; 16] = [
        Category::Cancelled,
        Category::Unknown,
        Category::InvalidArgument,
        Category::DeadlineExceeded,
        Category::NotFound,
        Category::AlreadyExists,
        Category::PermissionDenied,
        Category::ResourceExhausted,
        Category::FailedPrecondition,
        Category::Aborted,
        Category::OutOfRange,
        Category::Unimplemented,
        Category::Internal,
        Category::Unavailable,
        Category::DataLoss,
        Category::Unauthenticated,
    ];

    /// The category of an HTTP status, following the HTTP mapping published with `google.rpc.Code`.
    ///
    /// Where that mapping gives several codes for one status it takes the general one (400 →
    /// `InvalidArgument`, 409 → `Aborted`, 500 → `Internal`). Statuses it does not list fall back
    /// by class: other 4xx → `FailedPrecondition`, other 5xx → `Internal`, anything else →
    /// `Unknown`.
    pub const fn from_http_status(status: u16) -> Category {
        match status {
            400 => Category::InvalidArgument,
            401 => Category::Unauthenticated,
            403 => Category::PermissionDenied,
            404 => Category::NotFound,
            409 => Category::Aborted,
            416 => Category::OutOfRange,
            429 => Category::ResourceExhausted,
            499 => Category::Cancelled,
            500 => Category::Internal,
            501 => Category::Unimplemented,
            503 => Category::Unavailable,
            504 => Category::DeadlineExceeded,
            402 | 405..=408 | 410..=415 | 417..=428 | 430..=498 => Category::FailedPrecondition,
            502 | 505..=599 => Category::Internal,
            _ => Category::Unknown,
        }
    }

    /// The HTTP status an error of this category is answered with, following the same published
    /// mapping of `google.rpc.Code`: what [`ProviderError::new`](crate::ProviderError) uses for
    /// a code that documents no status.
    ///
    /// [`from_http_status`](Category::from_http_status) reads it back as the same category,
    /// except where the mapping gives one status to several categories: 400 (`FailedPrecondition`,
    /// `OutOfRange`) reads as `InvalidArgument`, 409 (`AlreadyExists`) as `Aborted`, and 500
    /// (`Unknown`, `DataLoss`) as `Internal`.
    ///
    /// ```
    /// use cloud_errors::Category;
    ///
    /// assert_eq!(Category::NotFound.http_status(), 404);
    /// assert_eq!(Category::from_http_status(Category::Unavailable.http_status()), Category::Unavailable);
    /// assert_eq!(Category::FailedPrecondition.http_status(), 400);
    /// ```
    pub const fn http_status(self) -> u16 {
        match self {
            Category::Cancelled => 499,
            Category::Unknown => 500,
            Category::InvalidArgument => 400,
            Category::DeadlineExceeded => 504,
            Category::NotFound => 404,
            Category::AlreadyExists => 409,
            Category::PermissionDenied => 403,
            Category::ResourceExhausted => 429,
            Category::FailedPrecondition => 400,
            Category::Aborted => 409,
            Category::OutOfRange => 400,
            Category::Unimplemented => 501,
            Category::Internal => 500,
            Category::Unavailable => 503,
            Category::DataLoss => 500,
            Category::Unauthenticated => 401,
        }
    }

    /// The `google.rpc.Code` number (1 = `Cancelled` … 16 = `Unauthenticated`).
    pub const fn rpc_code(self) -> i32 {
        self as i32 + 1
    }

    /// The name used in catalogs and by `Display`/`FromStr`, in snake case (`not_found`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Cancelled => "cancelled",
            Category::Unknown => "unknown",
            Category::InvalidArgument => "invalid_argument",
            Category::DeadlineExceeded => "deadline_exceeded",
            Category::NotFound => "not_found",
            Category::AlreadyExists => "already_exists",
            Category::PermissionDenied => "permission_denied",
            Category::ResourceExhausted => "resource_exhausted",
            Category::FailedPrecondition => "failed_precondition",
            Category::Aborted => "aborted",
            Category::OutOfRange => "out_of_range",
            Category::Unimplemented => "unimplemented",
            Category::Internal => "internal",
            Category::Unavailable => "unavailable",
            Category::DataLoss => "data_loss",
            Category::Unauthenticated => "unauthenticated",
        }
    }
}

crate::vocabulary_word!(Category, "category");

#[cfg(test)]
mod tests {
    use super::Category;

    #[test]
    fn http_status_reads_back_as_the_same_category_where_the_mapping_is_one_to_one() {
        // The categories that share their status with a more general one, and what it reads as.
        let shared = [
            (Category::Unknown, Category::Internal),
            (Category::AlreadyExists, Category::Aborted),
            (Category::FailedPrecondition, Category::InvalidArgument),
            (Category::OutOfRange, Category::InvalidArgument),
            (Category::DataLoss, Category::Internal),
        ];
        for category in Category::ALL {
            let status = category.http_status();
            assert!((400..=599).contains(&status), "{category}: {status}");
            let expected = shared
                .iter()
                .find(|(from, _)| *from == category)
                .map_or(category, |&(_, to)| to);
            assert_eq!(
                Category::from_http_status(status),
                expected,
                "{category}: {status}"
            );
        }
    }
}
