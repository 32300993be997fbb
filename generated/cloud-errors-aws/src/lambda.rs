// @generated from catalogs/aws/lambda.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lambda: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
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
    /// Service.
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
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
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
    ];
    static NAME_CODES: [u32; 15] = [3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 18, 19, 20, 21, 35];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ec2AccessDeniedExceptionEc2ThrottledExceptionEc2UnexpectedExceptionEfsioExceptionEfsMountConnectivityExceptionEfsMountFailureExceptionEfsMountTimeoutExceptionEniLimitReachedExceptionInvalidSecurityGroupIdExceptionInvalidSubnetIdExceptionKmsAccessDeniedExceptionKmsDisabledExceptionKmsInvalidStateExceptionKmsNotFoundExceptionSubnetIpAddressLimitReachedException",
        ends: &[0, 24, 45, 67, 81, 110, 134, 158, 182, 213, 237, 261, 281, 305, 325, 361],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code signing config not found.Code storage exceeded.Code verification failed.EC2 access denied.EC2 throttled.EC2 unexpected.EFSIO.EFS mount connectivity.EFS mount failure.EFS mount timeout.ENI limit reached.Invalid code signature.Invalid parameter value.Invalid request content.Invalid runtime.Invalid security group ID.Invalid subnet ID.Invalid zip file.KMS access denied.KMS disabled.KMS invalid state.KMS not found.Policy length exceeded.Precondition failed.Provisioned concurrency config not found.Recursive invocation.Request too large.Resource conflict.Resource in use.Resource not found.Resource not ready.Service.Snap start.Snap start not ready.Snap start timeout.Subnet IP address limit reached.Too many requests.Unsupported media type.",
        ends: &[
            0, 30, 52, 77, 95, 109, 124, 130, 153, 171, 189, 207, 230, 254, 278, 294,
            320, 338, 355, 373, 386, 404, 418, 441, 461, 502, 523, 541, 559, 575, 594,
            613, 621, 632, 653, 672, 704, 722, 745,
        ],
    };
    static STATUSES: [u16; 38] = [
        404, 400, 400, 502, 502, 502, 410, 408, 403, 408, 502, 400, 400, 400, 502, 502,
        502, 502, 502, 502, 502, 502, 400, 412, 404, 400, 413, 409, 400, 404, 502, 500,
        400, 409, 408, 502, 429, 415,
    ];
    static STATUS_ENDS: [u32; 39] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
    ];
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"aaabbbaaaabaaabbbbbbbbaaaaaaaabbaaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"eccmhmiigimcccmmmmmmmmciecijcemmcjimhi",
    );
    static PILOTS: [u16; 10] = [1, 0, 104, 1, 11, 280, 6, 0, 28, 7];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            12, 22, 8, 37, 19, 10, 23, 5, 1, 2, 24, 21, 11, 3, 36, 0, 6, 15, 32, 29, 17,
            30, 7, 25, 31, 18, 27, 14, 4294967295, 34, 28, 4294967295, 4, 26, 35,
            4294967295, 16, 4294967295, 9, 20, 13, 33,
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
