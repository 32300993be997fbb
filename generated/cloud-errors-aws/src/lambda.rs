// @generated from catalogs/aws/lambda.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lambda: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Lambda: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CodeSigningConfigNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Code signing config not found.
    CodeSigningConfigNotFoundException,
    /// `CodeStorageExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code storage exceeded.
    CodeStorageExceededException,
    /// `CodeVerificationFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code verification failed.
    CodeVerificationFailedException,
    /// `EC2AccessDeniedException`: HTTP 502; retry: backoff; category: internal.
    /// EC2 access denied.
    Ec2AccessDeniedException,
    /// `EC2ThrottledException`: HTTP 502; retry: backoff; category: resource_exhausted.
    /// EC2 throttled.
    Ec2ThrottledException,
    /// `EC2UnexpectedException`: HTTP 502; retry: backoff; category: internal.
    /// EC2 unexpected.
    Ec2UnexpectedException,
    /// `EFSIOException`: HTTP 410; retry: never; category: failed_precondition.
    /// EFSIO.
    EfsioException,
    /// `EFSMountConnectivityException`: HTTP 408; retry: never; category: failed_precondition.
    /// EFS mount connectivity.
    EfsMountConnectivityException,
    /// `EFSMountFailureException`: HTTP 403; retry: never; category: permission_denied.
    /// EFS mount failure.
    EfsMountFailureException,
    /// `EFSMountTimeoutException`: HTTP 408; retry: never; category: failed_precondition.
    /// EFS mount timeout.
    EfsMountTimeoutException,
    /// `ENILimitReachedException`: HTTP 502; retry: backoff; category: internal.
    /// ENI limit reached.
    EniLimitReachedException,
    /// `InvalidCodeSignatureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid code signature.
    InvalidCodeSignatureException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRequestContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request content.
    InvalidRequestContentException,
    /// `InvalidRuntimeException`: HTTP 502; retry: backoff; category: internal.
    /// Invalid runtime.
    InvalidRuntimeException,
    /// `InvalidSecurityGroupIDException`: HTTP 502; retry: backoff; category: internal.
    /// Invalid security group ID.
    InvalidSecurityGroupIdException,
    /// `InvalidSubnetIDException`: HTTP 502; retry: backoff; category: internal.
    /// Invalid subnet ID.
    InvalidSubnetIdException,
    /// `InvalidZipFileException`: HTTP 502; retry: backoff; category: internal.
    /// Invalid zip file.
    InvalidZipFileException,
    /// `KMSAccessDeniedException`: HTTP 502; retry: backoff; category: internal.
    /// KMS access denied.
    KmsAccessDeniedException,
    /// `KMSDisabledException`: HTTP 502; retry: backoff; category: internal.
    /// KMS disabled.
    KmsDisabledException,
    /// `KMSInvalidStateException`: HTTP 502; retry: backoff; category: internal.
    /// KMS invalid state.
    KmsInvalidStateException,
    /// `KMSNotFoundException`: HTTP 502; retry: backoff; category: internal.
    /// KMS not found.
    KmsNotFoundException,
    /// `PolicyLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy length exceeded.
    PolicyLengthExceededException,
    /// `PreconditionFailedException`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailedException,
    /// `ProvisionedConcurrencyConfigNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Provisioned concurrency config not found.
    ProvisionedConcurrencyConfigNotFoundException,
    /// `RecursiveInvocationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Recursive invocation.
    RecursiveInvocationException,
    /// `RequestTooLargeException`: HTTP 413; retry: never; category: failed_precondition.
    /// Request too large.
    RequestTooLargeException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceNotReadyException`: HTTP 502; retry: backoff; category: internal.
    /// Resource not ready.
    ResourceNotReadyException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `SnapStartException`: HTTP 400; retry: never; category: invalid_argument.
    /// Snap start.
    SnapStartException,
    /// `SnapStartNotReadyException`: HTTP 409; retry: never; category: aborted.
    /// Snap start not ready.
    SnapStartNotReadyException,
    /// `SnapStartTimeoutException`: HTTP 408; retry: never; category: failed_precondition.
    /// Snap start timeout.
    SnapStartTimeoutException,
    /// `SubnetIPAddressLimitReachedException`: HTTP 502; retry: backoff; category: internal.
    /// Subnet IP address limit reached.
    SubnetIpAddressLimitReachedException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnsupportedMediaTypeException`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported media type.
    UnsupportedMediaTypeException,
    /// `AliasLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Alias limit exceeded.
    AliasLimitExceededException,
    /// `CallbackTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Callback timeout.
    CallbackTimeoutException,
    /// `CapacityProviderLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Capacity provider limit exceeded.
    CapacityProviderLimitExceededException,
    /// `CodeArtifactUserDeletedException`: HTTP 409; retry: never; category: aborted.
    /// Code artifact user deleted.
    CodeArtifactUserDeletedException,
    /// `CodeArtifactUserFailedException`: HTTP 409; retry: never; category: aborted.
    /// Code artifact user failed.
    CodeArtifactUserFailedException,
    /// `CodeArtifactUserPendingException`: HTTP 409; retry: never; category: aborted.
    /// Code artifact user pending.
    CodeArtifactUserPendingException,
    /// `DurableExecutionAlreadyStartedException`: HTTP 409; retry: never; category: aborted.
    /// Durable execution already started.
    DurableExecutionAlreadyStartedException,
    /// `ENINotReadyException`: HTTP 502; retry: backoff; category: internal.
    /// ENI not ready.
    EniNotReadyException,
    /// `FunctionVersionsPerCapacityProviderLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Function versions per capacity provider limit exceeded.
    FunctionVersionsPerCapacityProviderLimitExceededException,
    /// `ModeNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mode not supported.
    ModeNotSupportedException,
    /// `NoPublishedVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// No published version.
    NoPublishedVersionException,
    /// `PublicPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Public policy.
    PublicPolicyException,
    /// `RuntimeAliasDeletedException`: HTTP 409; retry: never; category: aborted.
    /// Runtime alias deleted.
    RuntimeAliasDeletedException,
    /// `RuntimeVersionDeletedException`: HTTP 409; retry: never; category: aborted.
    /// Runtime version deleted.
    RuntimeVersionDeletedException,
    /// `S3FilesMountConnectivityException`: HTTP 408; retry: never; category: failed_precondition.
    /// S3 files mount connectivity.
    S3FilesMountConnectivityException,
    /// `S3FilesMountFailureException`: HTTP 403; retry: never; category: permission_denied.
    /// S3 files mount failure.
    S3FilesMountFailureException,
    /// `S3FilesMountTimeoutException`: HTTP 408; retry: never; category: failed_precondition.
    /// S3 files mount timeout.
    S3FilesMountTimeoutException,
    /// `SerializedRequestEntityTooLargeException`: HTTP 413; retry: never; category: failed_precondition.
    /// Serialized request entity too large.
    SerializedRequestEntityTooLargeException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `SnapStartRegenerationFailureException`: HTTP 409; retry: never; category: aborted.
    /// Snap start regeneration failure.
    SnapStartRegenerationFailureException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 58] = [
        "CodeSigningConfigNotFoundException",
        "CodeStorageExceededException",
        "CodeVerificationFailedException",
        "EC2AccessDeniedException",
        "EC2ThrottledException",
        "EC2UnexpectedException",
        "EFSIOException",
        "EFSMountConnectivityException",
        "EFSMountFailureException",
        "EFSMountTimeoutException",
        "ENILimitReachedException",
        "InvalidCodeSignatureException",
        "InvalidParameterValueException",
        "InvalidRequestContentException",
        "InvalidRuntimeException",
        "InvalidSecurityGroupIDException",
        "InvalidSubnetIDException",
        "InvalidZipFileException",
        "KMSAccessDeniedException",
        "KMSDisabledException",
        "KMSInvalidStateException",
        "KMSNotFoundException",
        "PolicyLengthExceededException",
        "PreconditionFailedException",
        "ProvisionedConcurrencyConfigNotFoundException",
        "RecursiveInvocationException",
        "RequestTooLargeException",
        "ResourceConflictException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ResourceNotReadyException",
        "ServiceException",
        "SnapStartException",
        "SnapStartNotReadyException",
        "SnapStartTimeoutException",
        "SubnetIPAddressLimitReachedException",
        "TooManyRequestsException",
        "UnsupportedMediaTypeException",
        "AliasLimitExceededException",
        "CallbackTimeoutException",
        "CapacityProviderLimitExceededException",
        "CodeArtifactUserDeletedException",
        "CodeArtifactUserFailedException",
        "CodeArtifactUserPendingException",
        "DurableExecutionAlreadyStartedException",
        "ENINotReadyException",
        "FunctionVersionsPerCapacityProviderLimitExceededException",
        "ModeNotSupportedException",
        "NoPublishedVersionException",
        "PublicPolicyException",
        "RuntimeAliasDeletedException",
        "RuntimeVersionDeletedException",
        "S3FilesMountConnectivityException",
        "S3FilesMountFailureException",
        "S3FilesMountTimeoutException",
        "SerializedRequestEntityTooLargeException",
        "ServiceQuotaExceededException",
        "SnapStartRegenerationFailureException",
    ];
    static NAME_CODES: [u32; 16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 18, 19, 20, 21, 35, 45,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ec2AccessDeniedExceptionEc2ThrottledExceptionEc2UnexpectedExceptionEfsioExceptionEfsMountConnectivityExceptionEfsMountFailureExceptionEfsMountTimeoutExceptionEniLimitReachedExceptionInvalidSecurityGroupIdExceptionInvalidSubnetIdExceptionKmsAccessDeniedExceptionKmsDisabledExceptionKmsInvalidStateExceptionKmsNotFoundExceptionSubnetIpAddressLimitReachedExceptionEniNotReadyException",
        ends: &[
            0, 24, 45, 67, 81, 110, 134, 158, 182, 213, 237, 261, 281, 305, 325, 361, 381,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code signing config not found.Code storage exceeded.Code verification failed.EC2 access denied.EC2 throttled.EC2 unexpected.EFSIO.EFS mount connectivity.EFS mount failure.EFS mount timeout.ENI limit reached.Invalid code signature.Invalid parameter value.Invalid request content.Invalid runtime.Invalid security group ID.Invalid subnet ID.Invalid zip file.KMS access denied.KMS disabled.KMS invalid state.KMS not found.Policy length exceeded.Precondition failed.Provisioned concurrency config not found.Recursive invocation.Request too large.Resource conflict.Resource in use.Resource not found.Resource not ready.The service encountered an error.Snap start.Snap start not ready.Snap start timeout.Subnet IP address limit reached.Too many requests.Unsupported media type.Alias limit exceeded.Callback timeout.Capacity provider limit exceeded.Code artifact user deleted.Code artifact user failed.Code artifact user pending.Durable execution already started.ENI not ready.Function versions per capacity provider limit exceeded.Mode not supported.No published version.Public policy.Runtime alias deleted.Runtime version deleted.S3 files mount connectivity.S3 files mount failure.S3 files mount timeout.Serialized request entity too large.Service quota exceeded.Snap start regeneration failure.",
        ends: &[
            0, 30, 52, 77, 95, 109, 124, 130, 153, 171, 189, 207, 230, 254, 278, 294,
            320, 338, 355, 373, 386, 404, 418, 441, 461, 502, 523, 541, 559, 575, 594,
            613, 646, 657, 678, 697, 729, 747, 770, 791, 808, 841, 868, 894, 921, 955,
            969, 1024, 1043, 1064, 1078, 1100, 1124, 1152, 1175, 1198, 1234, 1257, 1289,
        ],
    };
    static STATUSES: [u16; 58] = [
        404, 400, 400, 502, 502, 502, 410, 408, 403, 408, 502, 400, 400, 400, 502, 502,
        502, 502, 502, 502, 502, 502, 400, 412, 404, 400, 413, 409, 400, 404, 502, 500,
        400, 409, 408, 502, 429, 415, 400, 400, 400, 409, 409, 409, 409, 502, 400, 400,
        400, 400, 409, 409, 408, 403, 408, 413, 402, 409,
    ];
    static STATUS_ENDS: [u32; 59] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    static RETRY: [::cloud_errors::Retry; 58] = ::cloud_errors::__private::retry_column(
        b"aaabbbaaaabaaabbbbbbbbaaaaaaaabbaaabbaaaaaaaabaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 58] = ::cloud_errors::__private::category_column(
        b"eccmhmiigimcccmmmmmmmmciecijcemmcjimhicccjjjjmccccjjigiiij",
    );
    static PILOTS: [u16; 15] = [9, 0, 27, 12, 15, 0, 152, 148, 35, 5, 0, 0, 538, 157, 2];
    static SLOTS: [(&str, u32); 64] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 32, 4294967295, 51, 8, 56, 0, 40, 15, 33, 34, 39, 41, 20, 55, 29, 9, 22,
            4294967295, 23, 48, 27, 30, 49, 37, 4294967295, 46, 53, 5, 18, 52, 57, 44,
            21, 25, 1, 4, 28, 36, 11, 26, 2, 42, 17, 14, 16, 3, 54, 12, 45, 6, 43, 7, 31,
            10, 4294967295, 47, 4294967295, 19, 24, 4294967295, 38, 35, 50,
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
    const PROVIDER: &'static str = "AWS Lambda";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Lambda's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Lambda: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
