// @generated from catalogs/tencent/billing.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BILLING: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BILLING: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AgentPayDealCannotDown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent pay deal cannot down.
    FailedOperationAgentPayDealCannotDown,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.BusinessCheckErrCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: business check err code.
    FailedOperationBusinessCheckErrCode,
    /// `FailedOperation.DistributeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: distribute error.
    FailedOperationDistributeError,
    /// `FailedOperation.GetPriceParamError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get price param error.
    FailedOperationGetPriceParamError,
    /// `FailedOperation.InvalidAppId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid app id.
    FailedOperationInvalidAppId,
    /// `FailedOperation.InvalidDeal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid deal.
    FailedOperationInvalidDeal,
    /// `FailedOperation.InvalidGoodsCategoryId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid goods category id.
    FailedOperationInvalidGoodsCategoryId,
    /// `FailedOperation.InvalidVoucher`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid voucher.
    FailedOperationInvalidVoucher,
    /// `FailedOperation.NeedPayTogeter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: need pay togeter.
    FailedOperationNeedPayTogeter,
    /// `FailedOperation.NeedPayTogether`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: need pay together.
    FailedOperationNeedPayTogether,
    /// `FailedOperation.NotAllowToRefund`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow to refund.
    FailedOperationNotAllowToRefund,
    /// `FailedOperation.NumLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: num limit error.
    FailedOperationNumLimitError,
    /// `FailedOperation.PayPriceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay price error.
    FailedOperationPayPriceError,
    /// `FailedOperation.PaySuccDeliverFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay succ deliver failed.
    FailedOperationPaySuccDeliverFailed,
    /// `FailedOperation.QueryCountFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query count failed.
    FailedOperationQueryCountFailed,
    /// `FailedOperation.QueryDBFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query DB failed.
    FailedOperationQueryDbFailed,
    /// `FailedOperation.ReturnCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: return common error.
    FailedOperationReturnCommonError,
    /// `FailedOperation.SummaryDataNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: summary data not ready.
    FailedOperationSummaryDataNotReady,
    /// `FailedOperation.TagKeyNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag key not exist.
    FailedOperationTagKeyNotExist,
    /// `FailedOperation.dealCreateWhitelistError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deal create whitelist error.
    FailedOperationDealCreateWhitelistError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DbOperatError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operat error.
    InternalErrorDbOperatError,
    /// `InternalError.GatewayError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway error.
    InternalErrorGatewayError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ApiParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: api param error.
    InvalidParameterApiParamError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.ParamCheckFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param check failed.
    InvalidParameterParamCheckFailed,
    /// `InvalidParameter.ResourceLocked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource locked.
    InvalidParameterResourceLocked,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnauthorizedOperation.CertificationNeedUpgrade`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: certification need upgrade.
    UnauthorizedOperationCertificationNeedUpgrade,
    /// `UnauthorizedOperation.NotCertification`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not certification.
    UnauthorizedOperationNotCertification,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NOT_SUPPORT_THIS_ACTION`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: NOT SUPPORT THIS ACTION.
    UnsupportedOperationNotSupportThisAction,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 42] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AgentPayDealCannotDown",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.BusinessCheckErrCode",
        "FailedOperation.DistributeError",
        "FailedOperation.GetPriceParamError",
        "FailedOperation.InvalidAppId",
        "FailedOperation.InvalidDeal",
        "FailedOperation.InvalidGoodsCategoryId",
        "FailedOperation.InvalidVoucher",
        "FailedOperation.NeedPayTogeter",
        "FailedOperation.NeedPayTogether",
        "FailedOperation.NotAllowToRefund",
        "FailedOperation.NumLimitError",
        "FailedOperation.PayPriceError",
        "FailedOperation.PaySuccDeliverFailed",
        "FailedOperation.QueryCountFailed",
        "FailedOperation.QueryDBFailed",
        "FailedOperation.ReturnCommonError",
        "FailedOperation.SummaryDataNotReady",
        "FailedOperation.TagKeyNotExist",
        "FailedOperation.dealCreateWhitelistError",
        "InternalError",
        "InternalError.DbOperatError",
        "InternalError.GatewayError",
        "InternalError.InternalError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ApiParamError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.ParamCheckFailed",
        "InvalidParameter.ResourceLocked",
        "InvalidParameterValue",
        "MissingParameter",
        "OperationDenied",
        "UnauthorizedOperation.CamNoAuth",
        "UnauthorizedOperation.CertificationNeedUpgrade",
        "UnauthorizedOperation.NotCertification",
        "UnsupportedOperation",
        "UnsupportedOperation.NOT_SUPPORT_THIS_ACTION",
    ];
    static NAME_CODES: [u32; 3] = [19, 23, 41];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationQueryDbFailedFailedOperationDealCreateWhitelistErrorUnsupportedOperationNotSupportThisAction",
        ends: &[0, 28, 67, 107],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: agent pay deal cannot down.The operation failed: balance insufficient.The operation failed: business check err code.The operation failed: distribute error.The operation failed: get price param error.The operation failed: invalid app id.The operation failed: invalid deal.The operation failed: invalid goods category id.The operation failed: invalid voucher.The operation failed: need pay togeter.The operation failed: need pay together.The operation failed: not allow to refund.The operation failed: num limit error.The operation failed: pay price error.The operation failed: pay succ deliver failed.The operation failed: query count failed.The operation failed: query DB failed.The operation failed: return common error.The operation failed: summary data not ready.The operation failed: tag key not exist.The operation failed: deal create whitelist error.An internal error occurred.An internal error occurred: db operat error.An internal error occurred: gateway error.An internal error occurred: internal error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: api param error.A parameter is invalid: invalid parameter.A parameter is invalid: param check failed.A parameter is invalid: resource locked.A parameter value is invalid.A required parameter is missing.The operation was denied.The operation is not authorized: cam no auth.The operation is not authorized: certification need upgrade.The operation is not authorized: not certification.The operation is not supported.The operation is not supported: NOT SUPPORT THIS ACTION.",
        ends: &[
            0, 22, 68, 89, 138, 181, 227, 266, 310, 347, 382, 430, 468, 507, 547, 589,
            627, 665, 711, 752, 790, 832, 877, 917, 967, 994, 1038, 1080, 1123, 1165,
            1188, 1228, 1270, 1313, 1353, 1382, 1414, 1439, 1484, 1544, 1595, 1626, 1682,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaabbbbbaaaaaaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiimmmmmcccccccggggli",
    );
    static PILOTS: [u16; 11] = [35, 30, 86, 20, 0, 5, 80, 8, 3, 59, 27];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 4294967295, 11, 7, 5, 36, 23, 4294967295, 3, 29, 38, 32, 40, 0, 27, 8,
            18, 15, 17, 31, 4294967295, 28, 4, 9, 25, 1, 37, 24, 6, 19, 14, 33, 22, 21,
            20, 12, 13, 34, 4294967295, 16, 41, 2, 10, 35, 30, 39,
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
    const PROVIDER: &'static str = "Tencent Cloud BILLING";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BILLING's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BILLING: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
