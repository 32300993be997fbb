// @generated from catalogs/aws/connect.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Connect: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Connect: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConditionalOperationFailedException`: HTTP 409; retry: never; category: aborted.
    /// Conditional operation failed.
    ConditionalOperationFailedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ContactFlowNotPublishedException`: HTTP 404; retry: never; category: not_found.
    /// Contact flow not published.
    ContactFlowNotPublishedException,
    /// `ContactNotFoundException`: HTTP 410; retry: never; category: failed_precondition.
    /// Contact not found.
    ContactNotFoundException,
    /// `DestinationNotAllowedException`: HTTP 403; retry: never; category: permission_denied.
    /// Destination not allowed.
    DestinationNotAllowedException,
    /// `DuplicateResourceException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate resource.
    DuplicateResourceException,
    /// `IdempotencyException`: HTTP 409; retry: never; category: aborted.
    /// Idempotency.
    IdempotencyException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidContactFlowException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid contact flow.
    InvalidContactFlowException,
    /// `InvalidContactFlowModuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid contact flow module.
    InvalidContactFlowModuleException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MaximumResultReturnedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum result returned.
    MaximumResultReturnedException,
    /// `OutboundContactNotPermittedException`: HTTP 403; retry: never; category: permission_denied.
    /// Outbound contact not permitted.
    OutboundContactNotPermittedException,
    /// `OutputTypeNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Output type not found.
    OutputTypeNotFoundException,
    /// `PropertyValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Property validation.
    PropertyValidationException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceInUseException`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceNotReadyException`: HTTP 409; retry: never; category: aborted.
    /// Resource not ready.
    ResourceNotReadyException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UserNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// User not found.
    UserNotFoundException,
    /// `ContactNotTerminatedException`: HTTP 409; retry: never; category: aborted.
    /// Contact not terminated.
    ContactNotTerminatedException,
    /// `InvalidActiveRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid active region.
    InvalidActiveRegionException,
    /// `InvalidTestCaseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid test case.
    InvalidTestCaseException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "AccessDeniedException",
        "ConditionalOperationFailedException",
        "ConflictException",
        "ContactFlowNotPublishedException",
        "ContactNotFoundException",
        "DestinationNotAllowedException",
        "DuplicateResourceException",
        "IdempotencyException",
        "InternalServiceException",
        "InvalidContactFlowException",
        "InvalidContactFlowModuleException",
        "InvalidParameterException",
        "InvalidRequestException",
        "LimitExceededException",
        "MaximumResultReturnedException",
        "OutboundContactNotPermittedException",
        "OutputTypeNotFoundException",
        "PropertyValidationException",
        "ResourceConflictException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ResourceNotReadyException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "TooManyRequestsException",
        "UserNotFoundException",
        "ContactNotTerminatedException",
        "InvalidActiveRegionException",
        "InvalidTestCaseException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Conditional operation failed.The request conflicts with the current state of the resource.Contact flow not published.Contact not found.Destination not allowed.Duplicate resource.Idempotency.Internal service.Invalid contact flow.Invalid contact flow module.Invalid parameter.Invalid request.Limit exceeded.Maximum result returned.Outbound contact not permitted.Output type not found.Property validation.Resource conflict.Resource in use.Resource not found.Resource not ready.Service quota exceeded.The request was throttled.Too many requests.User not found.Contact not terminated.Invalid active region.Invalid test case.",
        ends: &[
            0, 14, 43, 104, 131, 149, 173, 192, 204, 221, 242, 270, 288, 304, 319, 343,
            374, 396, 416, 434, 450, 469, 488, 511, 537, 555, 570, 593, 615, 633,
        ],
    };
    static STATUSES: [u16; 29] = [
        403, 409, 409, 404, 410, 403, 409, 409, 500, 400, 400, 400, 400, 429, 400, 403,
        404, 400, 409, 409, 404, 409, 402, 429, 429, 404, 409, 400, 400,
    ];
    static STATUS_ENDS: [u32; 30] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29,
    ];
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabaaaabaaaaaaaaabbaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"gjjeigjjmcccchcgecjjejihhejcc",
    );
    static PILOTS: [u16; 8] = [0, 31, 3, 1, 5, 10, 2, 33];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 25, 2, 3, 4294967295, 14, 26, 4294967295, 8, 6, 18, 16, 7, 28, 23, 1, 5,
            0, 10, 27, 24, 11, 19, 12, 17, 20, 9, 4294967295, 4, 21, 22, 15,
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
    const PROVIDER: &'static str = "AWS Connect";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Connect's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Connect: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
