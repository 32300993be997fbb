// @generated from catalogs/aws/ec2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EC2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>.
//!
//! Error responses are read and written as [`AwsEc2`](cloud_errors::envelopes::AwsEc2) (`aws_ec2`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EC2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request\'s credentials could not be validated.
    AuthFailure,
    /// `Blocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The account is blocked from this operation.
    Blocked,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A dry run found the request would have succeeded; nothing was done.
    DryRunOperation,
    /// `IdempotentParameterMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A client token was reused with other parameters than its first request.
    IdempotentParameterMismatch,
    /// `IncompleteSignature`: no documented HTTP status; retry: never; category: unauthenticated.
    /// The request\'s signature is incomplete.
    IncompleteSignature,
    /// `InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The action is not one the API knows.
    InvalidAction,
    /// `InvalidClientTokenId`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The access key ID is not known to AWS.
    InvalidClientTokenId,
    /// `InvalidPaginationToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The pagination token is not valid or has expired.
    InvalidPaginationToken,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is not valid.
    InvalidParameter,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Parameters were given together that cannot be.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter\'s value is not valid.
    InvalidParameterValue,
    /// `InvalidQueryParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The query string is not valid.
    InvalidQueryParameter,
    /// `MalformedQueryString`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The query string is malformed.
    MalformedQueryString,
    /// `MissingAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request names no action.
    MissingAction,
    /// `MissingAuthenticationToken`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request carries no credentials.
    MissingAuthenticationToken,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OptInRequired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The account has not opted in to this service or Region.
    OptInRequired,
    /// `PendingVerification`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The account is still being verified.
    PendingVerification,
    /// `RequestExpired`: no documented HTTP status; retry: after_fix; category: deadline_exceeded.
    /// The request reached AWS after its expiry time, or its timestamp is too far from now.
    RequestExpired,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller is not allowed to perform this operation.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is not one the action knows.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported for this resource.
    UnsupportedOperation,
    /// `UnsupportedProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The protocol of the request is not supported.
    UnsupportedProtocol,
    /// `InsufficientAddressCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough addresses are available for the request now.
    InsufficientAddressCapacity,
    /// `InsufficientInstanceCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough capacity of the instance type is available in the zone now.
    InsufficientInstanceCapacity,
    /// `InsufficientHostCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough Dedicated Host capacity is available now.
    InsufficientHostCapacity,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// EC2 failed internally.
    InternalError,
    /// `InternalFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// The request failed for an internal reason.
    InternalFailure,
    /// `ServiceUnavailable`: no documented HTTP status; retry: backoff; category: unavailable.
    /// EC2 cannot serve the request for now.
    ServiceUnavailable,
    /// `Unavailable`: no documented HTTP status; retry: backoff; category: unavailable.
    /// EC2 is unavailable for now.
    Unavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "AuthFailure",
        "Blocked",
        "DryRunOperation",
        "IdempotentParameterMismatch",
        "IncompleteSignature",
        "InvalidAction",
        "InvalidClientTokenId",
        "InvalidPaginationToken",
        "InvalidParameter",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidQueryParameter",
        "MalformedQueryString",
        "MissingAction",
        "MissingAuthenticationToken",
        "MissingParameter",
        "OptInRequired",
        "PendingVerification",
        "RequestExpired",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedProtocol",
        "InsufficientAddressCapacity",
        "InsufficientInstanceCapacity",
        "InsufficientHostCapacity",
        "InternalError",
        "InternalFailure",
        "ServiceUnavailable",
        "Unavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request's credentials could not be validated.The account is blocked from this operation.A dry run found the request would have succeeded; nothing was done.A client token was reused with other parameters than its first request.The request's signature is incomplete.The action is not one the API knows.The access key ID is not known to AWS.The pagination token is not valid or has expired.A parameter is not valid.Parameters were given together that cannot be.A parameter's value is not valid.The query string is not valid.The query string is malformed.The request names no action.The request carries no credentials.A required parameter is missing.The account has not opted in to this service or Region.The account is still being verified.The request reached AWS after its expiry time, or its timestamp is too far from now.The caller is not allowed to perform this operation.A parameter is not one the action knows.The operation is not supported for this resource.The protocol of the request is not supported.Not enough addresses are available for the request now.Not enough capacity of the instance type is available in the zone now.Not enough Dedicated Host capacity is available now.EC2 failed internally.The request failed for an internal reason.EC2 cannot serve the request for now.EC2 is unavailable for now.",
        ends: &[
            0, 49, 92, 159, 230, 268, 304, 342, 391, 416, 462, 495, 525, 555, 583, 618,
            650, 705, 741, 825, 877, 917, 966, 1011, 1066, 1136, 1188, 1210, 1252, 1289,
            1316,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"ccaaaacaaaaaaacaccccaaabbbbbbb",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"pgiipcpcccccccpcgidgcichhhmmnn",
    );
    static PILOTS: [u16; 8] = [6, 45, 11, 1, 42, 98, 1, 123];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            6, 17, 12, 24, 19, 16, 7, 3, 27, 14, 25, 9, 4294967295, 4, 13, 20, 8,
            4294967295, 21, 28, 4294967295, 22, 5, 2, 1, 23, 10, 11, 29, 26, 15, 0, 18,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
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
    const PROVIDER: &'static str = "AWS EC2";
    type Envelope = ::cloud_errors::envelopes::AwsEc2;
    /// The retry defaults of AWS EC2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EC2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
