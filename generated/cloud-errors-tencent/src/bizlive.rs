// @generated from catalogs/tencent/bizlive.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BIZLIVE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BIZLIVE: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.LackBandwidth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lack bandwidth.
    FailedOperationLackBandwidth,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallOtherSvrError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call other svr error.
    InternalErrorCallOtherSvrError,
    /// `InternalError.ConfigNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: config not exist.
    InternalErrorConfigNotExist,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.GetBizidError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get bizid error.
    InternalErrorGetBizidError,
    /// `InternalError.GetStreamInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get stream info error.
    InternalErrorGetStreamInfoError,
    /// `InternalError.GetUpstreamInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get upstream info error.
    InternalErrorGetUpstreamInfoError,
    /// `InternalError.NotPermmitOperat`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not permmit operat.
    InternalErrorNotPermmitOperat,
    /// `InternalError.StreamStatusError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stream status error.
    InternalErrorStreamStatusError,
    /// `InternalError.UpdateDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update data error.
    InternalErrorUpdateDataError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.JsonParseError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: json parse error.
    InvalidParameterJsonParseError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded.NoIMAbility`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: no IM ability.
    LimitExceededNoImAbility,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceNotFound.NoIdle`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no idle.
    ResourceNotFoundNoIdle,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "FailedOperation",
        "FailedOperation.LackBandwidth",
        "InternalError",
        "InternalError.CallOtherSvrError",
        "InternalError.ConfigNotExist",
        "InternalError.DBError",
        "InternalError.GetBizidError",
        "InternalError.GetStreamInfoError",
        "InternalError.GetUpstreamInfoError",
        "InternalError.NotPermmitOperat",
        "InternalError.StreamStatusError",
        "InternalError.UpdateDataError",
        "InvalidParameter",
        "InvalidParameter.JsonParseError",
        "InvalidParameterValue",
        "LimitExceeded.NoIMAbility",
        "MissingParameter",
        "ResourceNotFound.NoIdle",
    ];
    static NAME_CODES: [u32; 2] = [5, 15];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbErrorLimitExceededNoImAbility",
        ends: &[0, 20, 44],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: lack bandwidth.An internal error occurred.An internal error occurred: call other svr error.An internal error occurred: config not exist.An internal error occurred: DB error.An internal error occurred: get bizid error.An internal error occurred: get stream info error.An internal error occurred: get upstream info error.An internal error occurred: not permmit operat.An internal error occurred: stream status error.An internal error occurred: update data error.A parameter is invalid.A parameter is invalid: json parse error.A parameter value is invalid.A limit was exceeded: no IM ability.A required parameter is missing.The resource was not found: no idle.",
        ends: &[
            0, 21, 58, 85, 134, 179, 216, 260, 310, 362, 409, 457, 503, 526, 567, 596,
            632, 664, 700,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aabbbbbbbbbbaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"iimmmmmmmmmmccchce",
    );
    static PILOTS: [u16; 5] = [3, 0, 11, 29, 36];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 17, 6, 8, 11, 4294967295, 4, 12, 9, 7, 1, 15, 2, 5, 10, 13, 0, 3, 14,
            4294967295,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Tencent Cloud BIZLIVE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BIZLIVE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BIZLIVE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
