// @generated from catalogs/aws/globalaccelerator.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Global Accelerator: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Global Accelerator: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AcceleratorNotDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Accelerator not disabled.
    AcceleratorNotDisabledException,
    /// `AcceleratorNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Accelerator not found.
    AcceleratorNotFoundException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AssociatedEndpointGroupFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Associated endpoint group found.
    AssociatedEndpointGroupFoundException,
    /// `AssociatedListenerFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Associated listener found.
    AssociatedListenerFoundException,
    /// `AttachmentNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Attachment not found.
    AttachmentNotFoundException,
    /// `ByoipCidrNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Byoip cidr not found.
    ByoipCidrNotFoundException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `EndpointAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint already exists.
    EndpointAlreadyExistsException,
    /// `EndpointGroupAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint group already exists.
    EndpointGroupAlreadyExistsException,
    /// `EndpointGroupNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Endpoint group not found.
    EndpointGroupNotFoundException,
    /// `EndpointNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Endpoint not found.
    EndpointNotFoundException,
    /// `IncorrectCidrStateException`: HTTP 404; retry: never; category: not_found.
    /// Incorrect cidr state.
    IncorrectCidrStateException,
    /// `InternalServiceErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceErrorException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidPortRangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port range.
    InvalidPortRangeException,
    /// `LimitExceededException`: HTTP 403; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ListenerNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Listener not found.
    ListenerNotFoundException,
    /// `TransactionInProgressException`: HTTP 409; retry: backoff; category: aborted.
    /// Transaction in progress.
    TransactionInProgressException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "AcceleratorNotDisabledException",
        "AcceleratorNotFoundException",
        "AccessDeniedException",
        "AssociatedEndpointGroupFoundException",
        "AssociatedListenerFoundException",
        "AttachmentNotFoundException",
        "ByoipCidrNotFoundException",
        "ConflictException",
        "EndpointAlreadyExistsException",
        "EndpointGroupAlreadyExistsException",
        "EndpointGroupNotFoundException",
        "EndpointNotFoundException",
        "IncorrectCidrStateException",
        "InternalServiceErrorException",
        "InvalidArgumentException",
        "InvalidNextTokenException",
        "InvalidPortRangeException",
        "LimitExceededException",
        "ListenerNotFoundException",
        "TransactionInProgressException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Accelerator not disabled.Accelerator not found.Access denied.Associated endpoint group found.Associated listener found.Attachment not found.Byoip cidr not found.The request conflicts with the current state of the resource.Endpoint already exists.Endpoint group already exists.Endpoint group not found.Endpoint not found.Incorrect cidr state.Internal service error.Invalid argument.Invalid next token.Invalid port range.Limit exceeded.Listener not found.Transaction in progress.",
        ends: &[
            0, 25, 47, 61, 93, 119, 140, 161, 222, 246, 276, 301, 320, 341, 364, 381,
            400, 419, 434, 453, 477,
        ],
    };
    static STATUSES: [u16; 20] = [
        400, 404, 403, 400, 400, 404, 404, 409, 400, 400, 404, 404, 404, 500, 400, 400,
        400, 403, 404, 409,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaabab",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"cegcceejcceeemccchej",
    );
    static PILOTS: [u16; 5] = [2, 0, 11, 72, 2382];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 4294967295, 18, 4294967295, 9, 13, 12, 2, 7, 17, 3, 1, 19, 0, 8, 15, 16,
            5, 14, 6, 4, 10,
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
    const PROVIDER: &'static str = "AWS Global Accelerator";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Global Accelerator's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Global Accelerator: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
