// @generated from catalogs/aws/sfn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SFN: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SFN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActivityAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Activity already exists.
    ActivityAlreadyExists,
    /// `ActivityDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Activity does not exist.
    ActivityDoesNotExist,
    /// `ActivityLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Activity limit exceeded.
    ActivityLimitExceeded,
    /// `ActivityWorkerLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Activity worker limit exceeded.
    ActivityWorkerLimitExceeded,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ExecutionAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution already exists.
    ExecutionAlreadyExists,
    /// `ExecutionDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution does not exist.
    ExecutionDoesNotExist,
    /// `ExecutionLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution limit exceeded.
    ExecutionLimitExceeded,
    /// `ExecutionNotRedrivable`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution not redrivable.
    ExecutionNotRedrivable,
    /// `InvalidArn`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArn,
    /// `InvalidDefinition`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid definition.
    InvalidDefinition,
    /// `InvalidEncryptionConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encryption configuration.
    InvalidEncryptionConfiguration,
    /// `InvalidExecutionInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid execution input.
    InvalidExecutionInput,
    /// `InvalidLoggingConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid logging configuration.
    InvalidLoggingConfiguration,
    /// `InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name.
    InvalidName,
    /// `InvalidOutput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid output.
    InvalidOutput,
    /// `InvalidToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token.
    InvalidToken,
    /// `InvalidTracingConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tracing configuration.
    InvalidTracingConfiguration,
    /// `KmsAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms access denied.
    KmsAccessDeniedException,
    /// `KmsInvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms invalid state.
    KmsInvalidStateException,
    /// `KmsThrottlingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms throttling.
    KmsThrottlingException,
    /// `MissingRequiredParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required parameter.
    MissingRequiredParameter,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `StateMachineAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// State machine already exists.
    StateMachineAlreadyExists,
    /// `StateMachineDeleting`: HTTP 400; retry: never; category: invalid_argument.
    /// State machine deleting.
    StateMachineDeleting,
    /// `StateMachineDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// State machine does not exist.
    StateMachineDoesNotExist,
    /// `StateMachineLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// State machine limit exceeded.
    StateMachineLimitExceeded,
    /// `StateMachineTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// State machine type not supported.
    StateMachineTypeNotSupported,
    /// `TaskDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Task does not exist.
    TaskDoesNotExist,
    /// `TaskTimedOut`: HTTP 400; retry: never; category: invalid_argument.
    /// Task timed out.
    TaskTimedOut,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 33] = [
        "ActivityAlreadyExists",
        "ActivityDoesNotExist",
        "ActivityLimitExceeded",
        "ActivityWorkerLimitExceeded",
        "ConflictException",
        "ExecutionAlreadyExists",
        "ExecutionDoesNotExist",
        "ExecutionLimitExceeded",
        "ExecutionNotRedrivable",
        "InvalidArn",
        "InvalidDefinition",
        "InvalidEncryptionConfiguration",
        "InvalidExecutionInput",
        "InvalidLoggingConfiguration",
        "InvalidName",
        "InvalidOutput",
        "InvalidToken",
        "InvalidTracingConfiguration",
        "KmsAccessDeniedException",
        "KmsInvalidStateException",
        "KmsThrottlingException",
        "MissingRequiredParameter",
        "ResourceNotFound",
        "ServiceQuotaExceededException",
        "StateMachineAlreadyExists",
        "StateMachineDeleting",
        "StateMachineDoesNotExist",
        "StateMachineLimitExceeded",
        "StateMachineTypeNotSupported",
        "TaskDoesNotExist",
        "TaskTimedOut",
        "TooManyTags",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Activity already exists.Activity does not exist.Activity limit exceeded.Activity worker limit exceeded.The request conflicts with the current state of the resource.Execution already exists.Execution does not exist.Execution limit exceeded.Execution not redrivable.Invalid arn.Invalid definition.Invalid encryption configuration.Invalid execution input.Invalid logging configuration.Invalid name.Invalid output.Invalid token.Invalid tracing configuration.Kms access denied.Kms invalid state.Kms throttling.Missing required parameter.Resource not found.Service quota exceeded.State machine already exists.State machine deleting.State machine does not exist.State machine limit exceeded.State machine type not supported.Task does not exist.Task timed out.Too many tags.The request failed validation.",
        ends: &[
            0, 24, 48, 72, 103, 164, 189, 214, 239, 264, 276, 295, 328, 352, 382, 395,
            410, 424, 454, 472, 490, 505, 532, 551, 574, 603, 626, 655, 684, 717, 737,
            752, 766, 796,
        ],
    };
    static STATUSES: [u16; 33] = [
        400, 400, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 402, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 34] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
    ];
    static RETRY: [::cloud_errors::Retry; 33] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 33] = ::cloud_errors::__private::category_column(
        b"ccccjccccccccccccccccceiccccccccc",
    );
    static PILOTS: [u16; 9] = [7, 37, 0, 9, 1, 9, 6, 28, 1];
    static SLOTS: [(&str, u32); 36] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 0, 10, 4294967295, 32, 18, 6, 5, 25, 13, 22, 16, 27, 4294967295, 1, 19,
            2, 3, 4294967295, 31, 26, 30, 23, 12, 21, 8, 20, 28, 15, 4, 14, 11, 7, 9, 17,
            29,
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
    const PROVIDER: &'static str = "AWS SFN";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SFN's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SFN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
