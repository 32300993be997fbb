// @generated from catalogs/aws/appsync.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS AppSync: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS AppSync: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ApiKeyLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Api key limit exceeded.
    ApiKeyLimitExceededException,
    /// `ApiKeyValidityOutOfBoundsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Api key validity out of bounds.
    ApiKeyValidityOutOfBoundsException,
    /// `ApiLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Api limit exceeded.
    ApiLimitExceededException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `GraphQLSchemaException`: HTTP 400; retry: never; category: invalid_argument.
    /// Graph QL schema.
    GraphQlSchemaException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "AccessDeniedException",
        "ApiKeyLimitExceededException",
        "ApiKeyValidityOutOfBoundsException",
        "ApiLimitExceededException",
        "BadRequestException",
        "ConcurrentModificationException",
        "ConflictException",
        "GraphQLSchemaException",
        "InternalFailureException",
        "LimitExceededException",
        "NotFoundException",
        "ServiceQuotaExceededException",
        "UnauthorizedException",
    ];
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "GraphQlSchemaException",
        ends: &[0, 22],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Api key limit exceeded.Api key validity out of bounds.Api limit exceeded.Bad request.Concurrent modification.The request conflicts with the current state of the resource.Graph QL schema.An internal failure occurred.Limit exceeded.Not found.Service quota exceeded.The request is not authorized.",
        ends: &[0, 14, 37, 68, 87, 99, 123, 184, 200, 229, 244, 254, 277, 307],
    };
    static STATUSES: [u16; 13] = [
        403, 400, 400, 400, 400, 409, 409, 400, 500, 429, 404, 402, 401,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabbaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"gccccjjcmheip",
    );
    static PILOTS: [u16; 4] = [18, 0, 16, 90];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 11, 2, 0, 6, 12, 4294967295, 3, 1, 5, 7, 4, 9, 8],
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
    const PROVIDER: &'static str = "AWS AppSync";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS AppSync's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS AppSync: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
