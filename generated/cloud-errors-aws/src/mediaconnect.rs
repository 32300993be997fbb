// @generated from catalogs/aws/mediaconnect.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS MediaConnect: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS MediaConnect: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AddFlowOutputs420Exception`: HTTP 420; retry: never; category: failed_precondition.
    /// Add flow outputs420.
    AddFlowOutputs420Exception,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: backoff; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `CreateBridge420Exception`: HTTP 420; retry: never; category: failed_precondition.
    /// Create bridge420.
    CreateBridge420Exception,
    /// `CreateFlow420Exception`: HTTP 420; retry: never; category: failed_precondition.
    /// Create flow420.
    CreateFlow420Exception,
    /// `CreateGateway420Exception`: HTTP 420; retry: never; category: failed_precondition.
    /// Create gateway420.
    CreateGateway420Exception,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `GrantFlowEntitlements420Exception`: HTTP 420; retry: never; category: failed_precondition.
    /// Grant flow entitlements420.
    GrantFlowEntitlements420Exception,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `DestinationEndpointServiceQuotaExceededException`: HTTP 420; retry: never; category: failed_precondition.
    /// Destination endpoint service quota exceeded.
    DestinationEndpointServiceQuotaExceededException,
    /// `RouterInputServiceQuotaExceededException`: HTTP 420; retry: never; category: failed_precondition.
    /// Router input service quota exceeded.
    RouterInputServiceQuotaExceededException,
    /// `RouterNetworkInterfaceServiceQuotaExceededException`: HTTP 420; retry: never; category: failed_precondition.
    /// Router network interface service quota exceeded.
    RouterNetworkInterfaceServiceQuotaExceededException,
    /// `RouterOutputServiceQuotaExceededException`: HTTP 420; retry: never; category: failed_precondition.
    /// Router output service quota exceeded.
    RouterOutputServiceQuotaExceededException,
    /// `SourceEndpointServiceQuotaExceededException`: HTTP 420; retry: never; category: failed_precondition.
    /// Source endpoint service quota exceeded.
    SourceEndpointServiceQuotaExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AddFlowOutputs420Exception",
        "BadRequestException",
        "ConflictException",
        "CreateBridge420Exception",
        "CreateFlow420Exception",
        "CreateGateway420Exception",
        "ForbiddenException",
        "GrantFlowEntitlements420Exception",
        "InternalServerErrorException",
        "NotFoundException",
        "ServiceUnavailableException",
        "TooManyRequestsException",
        "DestinationEndpointServiceQuotaExceededException",
        "RouterInputServiceQuotaExceededException",
        "RouterNetworkInterfaceServiceQuotaExceededException",
        "RouterOutputServiceQuotaExceededException",
        "SourceEndpointServiceQuotaExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Add flow outputs420.Bad request.The request conflicts with the current state of the resource.Create bridge420.Create flow420.Create gateway420.The request is forbidden.Grant flow entitlements420.Internal server error.Not found.The service is unavailable.Too many requests.Destination endpoint service quota exceeded.Router input service quota exceeded.Router network interface service quota exceeded.Router output service quota exceeded.Source endpoint service quota exceeded.",
        ends: &[
            0, 20, 32, 93, 110, 125, 143, 168, 195, 217, 227, 254, 272, 316, 352, 400,
            437, 476,
        ],
    };
    static STATUSES: [u16; 17] = [
        420, 400, 409, 420, 420, 420, 403, 420, 500, 404, 503, 429, 420, 420, 420, 420,
        420,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aabaaaaababbaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"icjiiigimenhiiiii",
    );
    static PILOTS: [u16; 5] = [54, 0, 67, 0, 54];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[15, 0, 13, 8, 10, 7, 5, 16, 6, 9, 2, 14, 1, 3, 12, 11, 4294967295, 4],
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
    const PROVIDER: &'static str = "AWS MediaConnect";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS MediaConnect's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS MediaConnect: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
