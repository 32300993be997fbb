// @generated from catalogs/aws/gamelift.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS GameLift: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS GameLift: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `FleetCapacityExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Fleet capacity exceeded.
    FleetCapacityExceededException,
    /// `GameSessionFullException`: HTTP 400; retry: never; category: invalid_argument.
    /// Game session full.
    GameSessionFullException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidFleetStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid fleet status.
    InvalidFleetStatusException,
    /// `InvalidGameSessionStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid game session status.
    InvalidGameSessionStatusException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found.
    NotFoundException,
    /// `NotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not ready.
    NotReadyException,
    /// `OutOfCapacityException`: HTTP 400; retry: never; category: invalid_argument.
    /// Out of capacity.
    OutOfCapacityException,
    /// `TaggingFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tagging failed.
    TaggingFailedException,
    /// `TerminalRoutingStrategyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Terminal routing strategy.
    TerminalRoutingStrategyException,
    /// `UnauthorizedException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UnsupportedRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region.
    UnsupportedRegionException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 16] = [
        "ConflictException",
        "FleetCapacityExceededException",
        "GameSessionFullException",
        "IdempotentParameterMismatchException",
        "InternalServiceException",
        "InvalidFleetStatusException",
        "InvalidGameSessionStatusException",
        "InvalidRequestException",
        "LimitExceededException",
        "NotFoundException",
        "NotReadyException",
        "OutOfCapacityException",
        "TaggingFailedException",
        "TerminalRoutingStrategyException",
        "UnauthorizedException",
        "UnsupportedRegionException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.Fleet capacity exceeded.Game session full.Idempotent parameter mismatch.Internal service.Invalid fleet status.Invalid game session status.Invalid request.Limit exceeded.Not found.Not ready.Out of capacity.Tagging failed.Terminal routing strategy.The request is not authorized.Unsupported region.",
        ends: &[
            0, 61, 85, 103, 133, 150, 171, 199, 215, 230, 240, 250, 266, 281, 307, 337,
            356,
        ],
    };
    static STATUSES: [u16; 16] = [
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 17] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ];
    static RETRY: [::cloud_errors::Retry; 16] = ::cloud_errors::__private::retry_column(
        b"aaaabaaabaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 16] = ::cloud_errors::__private::category_column(
        b"ccccmccchccccccc",
    );
    static PILOTS: [u16; 4] = [1, 4, 51, 22];
    static SLOTS: [(&str, u32); 17] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 3, 11, 14, 7, 13, 5, 12, 0, 8, 4294967295, 10, 6, 9, 2, 15, 4],
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
    const PROVIDER: &'static str = "AWS GameLift";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS GameLift's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS GameLift: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
