// @generated from catalogs/aws/cloudcontrol.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudControl: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudControl: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `ClientTokenConflictException`: HTTP 409; retry: never; category: aborted.
    /// Client token conflict.
    ClientTokenConflictException,
    /// `ConcurrentModificationException`: HTTP 500; retry: backoff; category: internal.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConcurrentOperationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent operation.
    ConcurrentOperationException,
    /// `GeneralServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// General service.
    GeneralServiceException,
    /// `HandlerFailureException`: HTTP 502; retry: backoff; category: internal.
    /// Handler failure.
    HandlerFailureException,
    /// `HandlerInternalFailureException`: HTTP 502; retry: backoff; category: internal.
    /// Handler internal failure.
    HandlerInternalFailureException,
    /// `InvalidCredentialsException`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid credentials.
    InvalidCredentialsException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `NetworkFailureException`: HTTP 502; retry: backoff; category: internal.
    /// Network failure.
    NetworkFailureException,
    /// `NotStabilizedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not stabilized.
    NotStabilizedException,
    /// `NotUpdatableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not updatable.
    NotUpdatableException,
    /// `PrivateTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Private type.
    PrivateTypeException,
    /// `RequestTokenNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Request token not found.
    RequestTokenNotFoundException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceInternalErrorException`: HTTP 502; retry: backoff; category: internal.
    /// Service internal error.
    ServiceInternalErrorException,
    /// `ServiceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service limit exceeded.
    ServiceLimitExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TypeNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Type not found.
    TypeNotFoundException,
    /// `UnsupportedActionException`: HTTP 405; retry: never; category: failed_precondition.
    /// Unsupported action.
    UnsupportedActionException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "AlreadyExistsException",
        "ClientTokenConflictException",
        "ConcurrentModificationException",
        "ConcurrentOperationException",
        "GeneralServiceException",
        "HandlerFailureException",
        "HandlerInternalFailureException",
        "InvalidCredentialsException",
        "InvalidRequestException",
        "NetworkFailureException",
        "NotStabilizedException",
        "NotUpdatableException",
        "PrivateTypeException",
        "RequestTokenNotFoundException",
        "ResourceConflictException",
        "ResourceNotFoundException",
        "ServiceInternalErrorException",
        "ServiceLimitExceededException",
        "ThrottlingException",
        "TypeNotFoundException",
        "UnsupportedActionException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already exists.Client token conflict.Concurrent modification.Concurrent operation.General service.Handler failure.Handler internal failure.Invalid credentials.Invalid request.Network failure.Not stabilized.Not updatable.Private type.Request token not found.Resource conflict.Resource not found.Service internal error.Service limit exceeded.The request was throttled.Type not found.Unsupported action.",
        ends: &[
            0, 15, 37, 61, 82, 98, 114, 139, 159, 175, 191, 206, 220, 233, 257, 275, 294,
            317, 340, 366, 381, 400,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 409, 500, 409, 400, 502, 502, 401, 400, 502, 400, 400, 400, 404, 409, 404,
        502, 400, 429, 404, 405,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aabaabbaabaaaaaababaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"cjmjcmmpcmcccejemchei",
    );
    static PILOTS: [u16; 6] = [5, 30, 6, 13, 15, 1];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 10, 14, 18, 4, 12, 4294967295, 2, 4294967295, 6, 3, 11, 20, 1, 0, 19, 17,
            8, 15, 9, 7, 16, 5,
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
    const PROVIDER: &'static str = "AWS CloudControl";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS CloudControl's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudControl: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
