// @generated from catalogs/alibaba/emr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Emr: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Emr: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict parameters.
    ConflictParameters,
    /// `IncompleteSignature`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete signature.
    IncompleteSignature,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `MissingAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing action.
    MissingAction,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `NotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Not authorized.
    NotAuthorized,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Throttling exception.
    ThrottlingException,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ServiceFailure`: HTTP 503; retry: never; category: unavailable.
    /// Service failure.
    ServiceFailure,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `OperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied.
    OperationDenied,
    /// `OutOfStock`: HTTP 400; retry: never; category: invalid_argument.
    /// Out of stock.
    OutOfStock,
    /// `QuotaExceeded`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceeded,
    /// `AccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account exception.
    AccountException,
    /// `ConcurrentModification`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModification,
    /// `InvokeEcmError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invoke ecm error.
    InvokeEcmError,
    /// `NotFound.Cluster`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: cluster.
    NotFoundCluster,
    /// `InvalidParameter.Application`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: application.
    InvalidParameterApplication,
    /// `InvokeError.PutAutoScalingPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invoke error: put auto scaling policy.
    InvokeErrorPutAutoScalingPolicy,
    /// `InvalidParameter.InvalidRunActionScope`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid run action scope.
    InvalidParameterInvalidRunActionScope,
    /// `MissingParameter.ComponentInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: component instance.
    MissingParameterComponentInstance,
    /// `MissingParameter.NodeId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: node id.
    MissingParameterNodeId,
    /// `MissingParameter.ComponentName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: component name.
    MissingParameterComponentName,
    /// `MissingParameter.ApplicationName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: application name.
    MissingParameterApplicationName,
    /// `MissingParameter.NodeGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: node group id.
    MissingParameterNodeGroupId,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "ConflictParameters",
        "IncompleteSignature",
        "InvalidAction",
        "InvalidParameter",
        "InvalidParameterValue",
        "MissingAction",
        "MissingParameter",
        "NotAuthorized",
        "ThrottlingException",
        "ResourceNotFound",
        "InternalError",
        "ServiceFailure",
        "ServiceUnavailable",
        "OperationDenied",
        "OutOfStock",
        "QuotaExceeded",
        "AccountException",
        "ConcurrentModification",
        "InvokeEcmError",
        "NotFound.Cluster",
        "InvalidParameter.Application",
        "InvokeError.PutAutoScalingPolicy",
        "InvalidParameter.InvalidRunActionScope",
        "MissingParameter.ComponentInstance",
        "MissingParameter.NodeId",
        "MissingParameter.ComponentName",
        "MissingParameter.ApplicationName",
        "MissingParameter.NodeGroupId",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Conflict parameters.Incomplete signature.Invalid action.A parameter is invalid.Invalid parameter value.Missing action.A required parameter is missing.Not authorized.Throttling exception.Resource not found.An internal error occurred.Service failure.The service is unavailable.Operation denied.Out of stock.A quota was exceeded.Account exception.Concurrent modification.Invoke ecm error.Not found: cluster.A parameter is invalid: application.Invoke error: put auto scaling policy.A parameter is invalid: invalid run action scope.A required parameter is missing: component instance.A required parameter is missing: node id.A required parameter is missing: component name.A required parameter is missing: application name.A required parameter is missing: node group id.",
        ends: &[
            0, 20, 41, 56, 79, 103, 118, 150, 165, 186, 205, 232, 248, 275, 292, 305,
            326, 344, 368, 385, 404, 440, 478, 527, 579, 620, 668, 718, 765,
        ],
    };
    static STATUSES: [u16; 28] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 500, 503, 503, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 29] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28,
    ];
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabababaacaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"cccccccchemnncchcccccccccccc",
    );
    static PILOTS: [u16; 7] = [20, 86, 37, 0, 10, 1, 14];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 8, 27, 26, 9, 16, 4294967295, 18, 25, 22, 11, 7, 13, 5, 23, 3, 21, 24,
            15, 20, 17, 2, 1, 10, 12, 4, 0, 6, 4294967295, 4294967295, 14,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud Emr";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Emr's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Emr: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
