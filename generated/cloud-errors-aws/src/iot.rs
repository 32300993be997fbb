// @generated from catalogs/aws/iot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS IoT: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS IoT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CertificateConflictException`: HTTP 409; retry: never; category: aborted.
    /// Certificate conflict.
    CertificateConflictException,
    /// `CertificateStateException`: HTTP 406; retry: never; category: failed_precondition.
    /// Certificate state.
    CertificateStateException,
    /// `CertificateValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate validation.
    CertificateValidationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ConflictingResourceUpdateException`: HTTP 409; retry: never; category: aborted.
    /// Conflicting resource update.
    ConflictingResourceUpdateException,
    /// `DeleteConflictException`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict.
    DeleteConflictException,
    /// `IndexNotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Index not ready.
    IndexNotReadyException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidAggregationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid aggregation.
    InvalidAggregationException,
    /// `InvalidQueryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query.
    InvalidQueryException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidResponseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid response.
    InvalidResponseException,
    /// `InvalidStateTransitionException`: HTTP 409; retry: never; category: aborted.
    /// Invalid state transition.
    InvalidStateTransitionException,
    /// `LimitExceededException`: HTTP 410; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MalformedPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy.
    MalformedPolicyException,
    /// `NotConfiguredException`: HTTP 404; retry: never; category: not_found.
    /// Not configured.
    NotConfiguredException,
    /// `RegistrationCodeValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Registration code validation.
    RegistrationCodeValidationException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceRegistrationFailureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource registration failure.
    ResourceRegistrationFailureException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `SqlParseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Sql parse.
    SqlParseException,
    /// `TaskAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Task already exists.
    TaskAlreadyExistsException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TransferAlreadyCompletedException`: HTTP 410; retry: never; category: failed_precondition.
    /// Transfer already completed.
    TransferAlreadyCompletedException,
    /// `TransferConflictException`: HTTP 409; retry: never; category: aborted.
    /// Transfer conflict.
    TransferConflictException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `VersionConflictException`: HTTP 409; retry: never; category: aborted.
    /// Version conflict.
    VersionConflictException,
    /// `VersionsLimitExceededException`: HTTP 409; retry: never; category: aborted.
    /// Versions limit exceeded.
    VersionsLimitExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 33] = [
        "CertificateConflictException",
        "CertificateStateException",
        "CertificateValidationException",
        "ConflictException",
        "ConflictingResourceUpdateException",
        "DeleteConflictException",
        "IndexNotReadyException",
        "InternalException",
        "InternalFailureException",
        "InternalServerException",
        "InvalidAggregationException",
        "InvalidQueryException",
        "InvalidRequestException",
        "InvalidResponseException",
        "InvalidStateTransitionException",
        "LimitExceededException",
        "MalformedPolicyException",
        "NotConfiguredException",
        "RegistrationCodeValidationException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "ResourceRegistrationFailureException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "SqlParseException",
        "TaskAlreadyExistsException",
        "ThrottlingException",
        "TransferAlreadyCompletedException",
        "TransferConflictException",
        "UnauthorizedException",
        "ValidationException",
        "VersionConflictException",
        "VersionsLimitExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Certificate conflict.Certificate state.Certificate validation.The request conflicts with the current state of the resource.Conflicting resource update.Delete conflict.Index not ready.An internal error occurred.An internal failure occurred.An internal server error occurred.Invalid aggregation.Invalid query.Invalid request.Invalid response.Invalid state transition.Limit exceeded.Malformed policy.Not configured.Registration code validation.Resource already exists.Resource not found.Resource registration failure.Service quota exceeded.The service is unavailable.Sql parse.Task already exists.The request was throttled.Transfer already completed.Transfer conflict.The request is not authorized.The request failed validation.Version conflict.Versions limit exceeded.",
        ends: &[
            0, 21, 39, 62, 123, 151, 167, 183, 210, 239, 273, 293, 307, 323, 340, 365,
            380, 397, 412, 441, 465, 484, 514, 537, 564, 574, 594, 620, 647, 665, 695,
            725, 742, 766,
        ],
    };
    static STATUSES: [u16; 33] = [
        409, 406, 400, 409, 409, 409, 400, 500, 500, 500, 400, 400, 400, 400, 409, 410,
        400, 404, 400, 409, 404, 400, 402, 503, 400, 400, 400, 410, 409, 401, 400, 409,
        409,
    ];
    static STATUS_ENDS: [u32; 34] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
    ];
    static RETRY: [::cloud_errors::Retry; 33] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabbbaaaaabaaaaaaabaabaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 33] = ::cloud_errors::__private::category_column(
        b"jicjjjcmmmccccjhcecjecincchijpcjj",
    );
    static PILOTS: [u16; 9] = [12, 0, 0, 4, 219, 0, 38, 24, 3];
    static SLOTS: [(&str, u32); 36] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 22, 10, 7, 26, 25, 23, 4294967295, 29, 18, 9, 2, 20, 4, 19, 24, 14, 3, 30,
            21, 11, 4294967295, 17, 28, 8, 12, 13, 16, 1, 4294967295, 31, 15, 5, 6, 32,
            27,
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
    const PROVIDER: &'static str = "AWS IoT";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS IoT's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS IoT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
