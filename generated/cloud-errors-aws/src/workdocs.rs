// @generated from catalogs/aws/workdocs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS WorkDocs: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS WorkDocs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictingOperationException`: HTTP 409; retry: never; category: aborted.
    /// Conflicting operation.
    ConflictingOperationException,
    /// `CustomMetadataLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Custom metadata limit exceeded.
    CustomMetadataLimitExceededException,
    /// `DeactivatingLastSystemUserException`: HTTP 409; retry: never; category: aborted.
    /// Deactivating last system user.
    DeactivatingLastSystemUserException,
    /// `DocumentLockedForCommentsException`: HTTP 409; retry: never; category: aborted.
    /// Document locked for comments.
    DocumentLockedForCommentsException,
    /// `DraftUploadOutOfSyncException`: HTTP 409; retry: never; category: aborted.
    /// Draft upload out of sync.
    DraftUploadOutOfSyncException,
    /// `EntityAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists.
    EntityAlreadyExistsException,
    /// `EntityNotExistsException`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists.
    EntityNotExistsException,
    /// `FailedDependencyException`: HTTP 424; retry: never; category: failed_precondition.
    /// Failed dependency.
    FailedDependencyException,
    /// `IllegalUserStateException`: HTTP 409; retry: never; category: aborted.
    /// Illegal user state.
    IllegalUserStateException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `InvalidCommentOperationException`: HTTP 409; retry: never; category: aborted.
    /// Invalid comment operation.
    InvalidCommentOperationException,
    /// `InvalidOperationException`: HTTP 405; retry: never; category: failed_precondition.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidPasswordException`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid password.
    InvalidPasswordException,
    /// `LimitExceededException`: HTTP 409; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ProhibitedStateException`: HTTP 409; retry: never; category: aborted.
    /// Prohibited state.
    ProhibitedStateException,
    /// `RequestedEntityTooLargeException`: HTTP 413; retry: never; category: failed_precondition.
    /// Requested entity too large.
    RequestedEntityTooLargeException,
    /// `ResourceAlreadyCheckedOutException`: HTTP 409; retry: never; category: aborted.
    /// Resource already checked out.
    ResourceAlreadyCheckedOutException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `StorageLimitExceededException`: HTTP 409; retry: never; category: aborted.
    /// Storage limit exceeded.
    StorageLimitExceededException,
    /// `StorageLimitWillExceedException`: HTTP 413; retry: never; category: failed_precondition.
    /// Storage limit will exceed.
    StorageLimitWillExceedException,
    /// `TooManyLabelsException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many labels.
    TooManyLabelsException,
    /// `TooManySubscriptionsException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many subscriptions.
    TooManySubscriptionsException,
    /// `UnauthorizedOperationException`: HTTP 403; retry: never; category: permission_denied.
    /// Unauthorized operation.
    UnauthorizedOperationException,
    /// `UnauthorizedResourceAccessException`: HTTP 404; retry: never; category: not_found.
    /// Unauthorized resource access.
    UnauthorizedResourceAccessException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 25] = [
        "ConcurrentModificationException",
        "ConflictingOperationException",
        "CustomMetadataLimitExceededException",
        "DeactivatingLastSystemUserException",
        "DocumentLockedForCommentsException",
        "DraftUploadOutOfSyncException",
        "EntityAlreadyExistsException",
        "EntityNotExistsException",
        "FailedDependencyException",
        "IllegalUserStateException",
        "InvalidArgumentException",
        "InvalidCommentOperationException",
        "InvalidOperationException",
        "InvalidPasswordException",
        "LimitExceededException",
        "ProhibitedStateException",
        "RequestedEntityTooLargeException",
        "ResourceAlreadyCheckedOutException",
        "ServiceUnavailableException",
        "StorageLimitExceededException",
        "StorageLimitWillExceedException",
        "TooManyLabelsException",
        "TooManySubscriptionsException",
        "UnauthorizedOperationException",
        "UnauthorizedResourceAccessException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.Conflicting operation.Custom metadata limit exceeded.Deactivating last system user.Document locked for comments.Draft upload out of sync.Entity already exists.Entity not exists.Failed dependency.Illegal user state.Invalid argument.Invalid comment operation.Invalid operation.Invalid password.Limit exceeded.Prohibited state.Requested entity too large.Resource already checked out.The service is unavailable.Storage limit exceeded.Storage limit will exceed.Too many labels.Too many subscriptions.Unauthorized operation.Unauthorized resource access.",
        ends: &[
            0, 24, 46, 77, 107, 136, 161, 183, 201, 219, 238, 255, 281, 299, 316, 331,
            348, 375, 404, 431, 454, 480, 496, 519, 542, 571,
        ],
    };
    static STATUSES: [u16; 25] = [
        409, 409, 429, 409, 409, 409, 409, 404, 424, 409, 400, 409, 405, 401, 409, 409,
        413, 409, 503, 409, 413, 429, 429, 403, 404,
    ];
    static STATUS_ENDS: [u32; 26] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25,
    ];
    static RETRY: [::cloud_errors::Retry; 25] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabaaabaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 25] = ::cloud_errors::__private::category_column(
        b"jjhjjjjeijcjiphjijnjihhge",
    );
    static PILOTS: [u16; 7] = [4, 0, 2, 2, 11, 56, 1168];
    static SLOTS: [(&str, u32); 27] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            7, 16, 1, 2, 4294967295, 0, 11, 4, 22, 10, 18, 5, 17, 12, 21, 3, 20, 23, 13,
            9, 24, 19, 8, 14, 15, 4294967295, 6,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        retry: &RETRY,
        category: &CATEGORY,
        first_locale: ::cloud_errors::Locale::En,
        index: ::cloud_errors::__private::PerfectHash {
            seed: 0,
            pilots: &PILOTS,
            slots: &SLOTS,
        },
        ..::cloud_errors::__private::Table::EMPTY
    };
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS WorkDocs";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS WorkDocs's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS WorkDocs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
