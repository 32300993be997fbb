// @generated from catalogs/tencent/tke_v20220501.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TKE v20220501: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TKE v20220501: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamNoAuth`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam no auth.
    InternalErrorCamNoAuth,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.DbAffectivedRows`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db affectived rows.
    InternalErrorDbAffectivedRows,
    /// `InternalError.DbRecordNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db record not found.
    InternalErrorDbRecordNotFound,
    /// `InternalError.InitMasterFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: init master failed.
    InternalErrorInitMasterFailed,
    /// `InternalError.Param`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: param.
    InternalErrorParam,
    /// `InternalError.PublicClusterOpNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: public cluster op not support.
    InternalErrorPublicClusterOpNotSupport,
    /// `InternalError.QuotaMaxClsLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota max cls limit.
    InternalErrorQuotaMaxClsLimit,
    /// `InternalError.QuotaMaxNodLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota max nod limit.
    InternalErrorQuotaMaxNodLimit,
    /// `InternalError.UnexceptedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexcepted internal.
    InternalErrorUnexceptedInternal,
    /// `InternalError.UnexpectedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexpected internal.
    InternalErrorUnexpectedInternal,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cluster not found.
    InvalidParameterClusterNotFound,
    /// `InvalidParameter.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param.
    InvalidParameterParam,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found.
    ResourceNotFoundClusterNotFound,
    /// `ResourceUnavailable.ClusterState`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster state.
    ResourceUnavailableClusterState,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "FailedOperation",
        "InternalError",
        "InternalError.CamNoAuth",
        "InternalError.Db",
        "InternalError.DbAffectivedRows",
        "InternalError.DbRecordNotFound",
        "InternalError.InitMasterFailed",
        "InternalError.Param",
        "InternalError.PublicClusterOpNotSupport",
        "InternalError.QuotaMaxClsLimit",
        "InternalError.QuotaMaxNodLimit",
        "InternalError.UnexceptedInternal",
        "InternalError.UnexpectedInternal",
        "InvalidParameter",
        "InvalidParameter.ClusterNotFound",
        "InvalidParameter.Param",
        "InvalidParameterValue",
        "LimitExceeded",
        "OperationDenied",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceNotFound.ClusterNotFound",
        "ResourceUnavailable.ClusterState",
        "UnauthorizedOperation.CamNoAuth",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.An internal error occurred.An internal error occurred: cam no auth.An internal error occurred: db.An internal error occurred: db affectived rows.An internal error occurred: db record not found.An internal error occurred: init master failed.An internal error occurred: param.An internal error occurred: public cluster op not support.An internal error occurred: quota max cls limit.An internal error occurred: quota max nod limit.An internal error occurred: unexcepted internal.An internal error occurred: unexpected internal.A parameter is invalid.A parameter is invalid: cluster not found.A parameter is invalid: param.A parameter value is invalid.A limit was exceeded.The operation was denied.The resource is in use.The resource was not found.The resource was not found: cluster not found.The resource is unavailable: cluster state.The operation is not authorized: cam no auth.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 21, 48, 88, 119, 166, 214, 261, 295, 353, 401, 449, 497, 545, 568, 610,
            640, 669, 690, 715, 738, 765, 811, 854, 899, 930, 961,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"abbbbbbbbbbbbaaaaacbaaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"immmmmmmmmmmmcccchgjeeigcl",
    );
    static PILOTS: [u16; 7] = [1, 25, 48, 279, 0, 3, 512];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 22, 1, 7, 21, 15, 10, 4, 24, 11, 4294967295, 23, 16, 6, 8, 3, 18, 5, 0,
            20, 9, 4294967295, 25, 19, 2, 14, 13, 12,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud TKE v20220501";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TKE v20220501's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TKE v20220501: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
