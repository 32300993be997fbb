// @generated from catalogs/aws/cloudformation.yaml and catalogs/aws/cloudformation.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudFormation: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudFormation: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `CFNRegistryException`: HTTP 400; retry: never; category: invalid_argument.
    /// CFN registry.
    CfnRegistryException,
    /// `ChangeSetNotFound`: HTTP 404; retry: never; category: not_found.
    /// Change set not found.
    ChangeSetNotFound,
    /// `ConcurrentResourcesLimitExceeded`: HTTP 429; retry: never; category: resource_exhausted.
    /// Concurrent resources limit exceeded.
    ConcurrentResourcesLimitExceeded,
    /// `CreatedButModifiedException`: HTTP 409; retry: never; category: aborted.
    /// Created but modified.
    CreatedButModifiedException,
    /// `GeneratedTemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Generated template not found.
    GeneratedTemplateNotFound,
    /// `HookResultNotFound`: HTTP 404; retry: never; category: not_found.
    /// Hook result not found.
    HookResultNotFound,
    /// `InsufficientCapabilitiesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient capabilities.
    InsufficientCapabilitiesException,
    /// `InvalidChangeSetStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change set status.
    InvalidChangeSetStatus,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidStateTransition`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state transition.
    InvalidStateTransition,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NameAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Name already exists.
    NameAlreadyExistsException,
    /// `OperationIdAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Operation id already exists.
    OperationIdAlreadyExistsException,
    /// `OperationInProgressException`: HTTP 409; retry: never; category: aborted.
    /// Operation in progress.
    OperationInProgressException,
    /// `OperationNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Operation not found.
    OperationNotFoundException,
    /// `ConditionalCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Conditional check failed.
    ConditionalCheckFailed,
    /// `ResourceScanInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource scan in progress.
    ResourceScanInProgress,
    /// `ResourceScanLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource scan limit exceeded.
    ResourceScanLimitExceeded,
    /// `ResourceScanNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource scan not found.
    ResourceScanNotFound,
    /// `StackInstanceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stack instance not found.
    StackInstanceNotFoundException,
    /// `StackNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stack not found.
    StackNotFoundException,
    /// `StackRefactorNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stack refactor not found.
    StackRefactorNotFoundException,
    /// `StackSetNotEmptyException`: HTTP 409; retry: never; category: aborted.
    /// Stack set not empty.
    StackSetNotEmptyException,
    /// `StackSetNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stack set not found.
    StackSetNotFoundException,
    /// `StaleRequestException`: HTTP 409; retry: never; category: aborted.
    /// Stale request.
    StaleRequestException,
    /// `TokenAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Token already exists.
    TokenAlreadyExistsException,
    /// `TypeConfigurationNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Type configuration not found.
    TypeConfigurationNotFoundException,
    /// `TypeNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Type not found.
    TypeNotFoundException,
    /// `ValidationError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request is not valid, or names a stack that does not exist.
    ValidationError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "AlreadyExistsException",
        "CFNRegistryException",
        "ChangeSetNotFound",
        "ConcurrentResourcesLimitExceeded",
        "CreatedButModifiedException",
        "GeneratedTemplateNotFound",
        "HookResultNotFound",
        "InsufficientCapabilitiesException",
        "InvalidChangeSetStatus",
        "InvalidOperationException",
        "InvalidStateTransition",
        "LimitExceededException",
        "NameAlreadyExistsException",
        "OperationIdAlreadyExistsException",
        "OperationInProgressException",
        "OperationNotFoundException",
        "ConditionalCheckFailed",
        "ResourceScanInProgress",
        "ResourceScanLimitExceeded",
        "ResourceScanNotFound",
        "StackInstanceNotFoundException",
        "StackNotFoundException",
        "StackRefactorNotFoundException",
        "StackSetNotEmptyException",
        "StackSetNotFoundException",
        "StaleRequestException",
        "TokenAlreadyExistsException",
        "TypeConfigurationNotFoundException",
        "TypeNotFoundException",
        "ValidationError",
    ];
    static NAME_CODES: [u32; 1] = [1];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CfnRegistryException",
        ends: &[0, 20],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already exists.CFN registry.Change set not found.Concurrent resources limit exceeded.Created but modified.Generated template not found.Hook result not found.Insufficient capabilities.Invalid change set status.Invalid operation.Invalid state transition.Limit exceeded.Name already exists.Operation id already exists.Operation in progress.Operation not found.Conditional check failed.Resource scan in progress.Resource scan limit exceeded.Resource scan not found.Stack instance not found.Stack not found.Stack refactor not found.Stack set not empty.Stack set not found.Stale request.Token already exists.Type configuration not found.Type not found.The request is not valid, or names a stack that does not exist.",
        ends: &[
            0, 15, 28, 49, 85, 106, 135, 157, 183, 209, 227, 252, 267, 287, 315, 337,
            357, 382, 408, 437, 461, 486, 502, 527, 547, 567, 581, 602, 631, 646, 709,
        ],
    };
    static STATUSES: [u16; 29] = [
        400, 400, 404, 429, 409, 404, 404, 400, 400, 400, 400, 400, 409, 409, 409, 404,
        400, 400, 400, 400, 404, 404, 404, 409, 404, 409, 400, 404, 404,
    ];
    static STATUS_ENDS: [u32; 31] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 29,
    ];
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"ccehjeecccchjjjecccceeejejceec",
    );
    static PILOTS: [u16; 8] = [4, 0, 3, 4, 9, 26, 58, 17];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 9, 8, 4294967295, 0, 19, 29, 28, 1, 21, 3, 24, 5, 26, 4294967295, 7, 25,
            4, 2, 23, 17, 14, 6, 20, 16, 10, 4294967295, 18, 11, 12, 15, 27, 22,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "AWS CloudFormation";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS CloudFormation's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudFormation: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
