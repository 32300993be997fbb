// @generated from catalogs/tencent/nlp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud NLP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud NLP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.NoResults`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no results.
    FailedOperationNoResults,
    /// `FailedOperation.NotFoundData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not found data.
    FailedOperationNotFoundData,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.ResourceBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource busy.
    FailedOperationResourceBusy,
    /// `FailedOperation.RpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rpc fail.
    FailedOperationRpcFail,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ServiceCallError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service call error.
    InternalErrorServiceCallError,
    /// `InternalError.ServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service error.
    InternalErrorServiceError,
    /// `InternalError.TextClassifyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: text classify error.
    InternalErrorTextClassifyError,
    /// `InternalError.TextParsingError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: text parsing error.
    InternalErrorTextParsingError,
    /// `InvalidParameter.TextTooLongCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: text too long code.
    InvalidParameterTextTooLongCode,
    /// `InvalidParameterValue.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter.
    InvalidParameterValueInvalidParameter,
    /// `InvalidParameterValue.SensitiveText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sensitive text.
    InvalidParameterValueSensitiveText,
    /// `InvalidParameterValue.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text.
    InvalidParameterValueText,
    /// `InvalidParameterValue.TextNumTooMuch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text num too much.
    InvalidParameterValueTextNumTooMuch,
    /// `InvalidParameterValue.TextTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text too long.
    InvalidParameterValueTextTooLong,
    /// `LimitExceeded.ResourceReachedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: resource reached limit.
    LimitExceededResourceReachedLimit,
    /// `RequestLimitExceeded.UinLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: uin limit exceeded.
    RequestLimitExceededUinLimitExceeded,
    /// `ResourceInsufficient.QuotaRunOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: quota run out.
    ResourceInsufficientQuotaRunOut,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable.Freeze`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: freeze.
    ResourceUnavailableFreeze,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.IsOpening`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: is opening.
    ResourceUnavailableIsOpening,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.Recover`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: recover.
    ResourceUnavailableRecover,
    /// `ResourceUnavailable.StopUsing`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stop using.
    ResourceUnavailableStopUsing,
    /// `UnsupportedOperation.PkgExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: pkg exhausted.
    UnsupportedOperationPkgExhausted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 31] = [
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.InnerError",
        "FailedOperation.NoResults",
        "FailedOperation.NotFoundData",
        "FailedOperation.RequestTimeout",
        "FailedOperation.ResourceBusy",
        "FailedOperation.RpcFail",
        "FailedOperation.UnKnowError",
        "FailedOperation.Unknown",
        "InternalError",
        "InternalError.ServiceCallError",
        "InternalError.ServiceError",
        "InternalError.TextClassifyError",
        "InternalError.TextParsingError",
        "InvalidParameter.TextTooLongCode",
        "InvalidParameterValue.InvalidParameter",
        "InvalidParameterValue.SensitiveText",
        "InvalidParameterValue.Text",
        "InvalidParameterValue.TextNumTooMuch",
        "InvalidParameterValue.TextTooLong",
        "LimitExceeded.ResourceReachedLimit",
        "RequestLimitExceeded.UinLimitExceeded",
        "ResourceInsufficient.QuotaRunOut",
        "ResourceNotFound",
        "ResourceUnavailable.Freeze",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.IsOpening",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.Recover",
        "ResourceUnavailable.StopUsing",
        "UnsupportedOperation.PkgExhausted",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: balance insufficient.The operation failed: inner error.The operation failed: no results.The operation failed: not found data.The operation failed: request timeout.The operation failed: resource busy.The operation failed: rpc fail.The operation failed: un know error.The operation failed: unknown.An internal error occurred.An internal error occurred: service call error.An internal error occurred: service error.An internal error occurred: text classify error.An internal error occurred: text parsing error.A parameter is invalid: text too long code.A parameter value is invalid: invalid parameter.A parameter value is invalid: sensitive text.A parameter value is invalid: text.A parameter value is invalid: text num too much.A parameter value is invalid: text too long.A limit was exceeded: resource reached limit.Too many requests were sent: uin limit exceeded.Resources are insufficient: quota run out.The resource was not found.The resource is unavailable: freeze.The resource is unavailable: in arrears.The resource is unavailable: is opening.The resource is unavailable: not exist.The resource is unavailable: recover.The resource is unavailable: stop using.The operation is not supported: pkg exhausted.",
        ends: &[
            0, 43, 77, 110, 147, 185, 221, 252, 288, 318, 345, 392, 434, 482, 529, 572,
            620, 665, 700, 748, 792, 837, 885, 927, 954, 990, 1030, 1070, 1109, 1146,
            1186, 1232,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 31] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabbbbbaaaaaaabcacccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 31] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiimmmmmcccccchhheiiiiiii",
    );
    static PILOTS: [u16; 8] = [0, 11, 49, 152, 2, 18, 77, 3];
    static SLOTS: [(&str, u32); 34] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 17, 12, 10, 27, 7, 4, 0, 2, 26, 24, 8, 20, 25, 9, 1, 30, 4294967295, 14,
            4294967295, 15, 28, 6, 19, 11, 23, 5, 3, 21, 16, 13, 18, 22, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud NLP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud NLP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud NLP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
