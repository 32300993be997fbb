// @generated from catalogs/tencent/yunjing.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud YUNJING: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud YUNJING: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AgentOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent offline.
    FailedOperationAgentOffline,
    /// `FailedOperation.CloseProVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: close pro version.
    FailedOperationCloseProVersion,
    /// `FailedOperation.CreateOpenPortTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create open port task.
    FailedOperationCreateOpenPortTask,
    /// `FailedOperation.CreateProcessTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create process task.
    FailedOperationCreateProcessTask,
    /// `FailedOperation.Export`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: export.
    FailedOperationExport,
    /// `FailedOperation.InquiryPrice`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inquiry price.
    FailedOperationInquiryPrice,
    /// `FailedOperation.MachineDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: machine delete.
    FailedOperationMachineDelete,
    /// `FailedOperation.NoProfessionHost`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no profession host.
    FailedOperationNoProfessionHost,
    /// `FailedOperation.OpenPortTaskNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open port task not found.
    FailedOperationOpenPortTaskNotFound,
    /// `FailedOperation.OpenProVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open pro version.
    FailedOperationOpenProVersion,
    /// `FailedOperation.PartSeparate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: part separate.
    FailedOperationPartSeparate,
    /// `FailedOperation.PrePayMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pre pay mode.
    FailedOperationPrePayMode,
    /// `FailedOperation.ProcessTaskNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: process task not found.
    FailedOperationProcessTaskNotFound,
    /// `FailedOperation.Recover`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: recover.
    FailedOperationRecover,
    /// `FailedOperation.RescanVul`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rescan vul.
    FailedOperationRescanVul,
    /// `FailedOperation.RescanVulProcessInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rescan vul process in use.
    FailedOperationRescanVulProcessInUse,
    /// `FailedOperation.SingleSeparate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: single separate.
    FailedOperationSingleSeparate,
    /// `FailedOperation.TooManyStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many strategy.
    FailedOperationTooManyStrategy,
    /// `FailedOperation.TradeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade error.
    FailedOperationTradeError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.MainDBFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: main DB fail.
    InternalErrorMainDbFail,
    /// `InvalidParameter.DateRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: date range.
    InvalidParameterDateRange,
    /// `InvalidParameter.IllegalRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal request.
    InvalidParameterIllegalRequest,
    /// `InvalidParameter.InvalidFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid format.
    InvalidParameterInvalidFormat,
    /// `InvalidParameter.IpNoValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip no valid.
    InvalidParameterIpNoValid,
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `InvalidParameter.ParsingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parsing error.
    InvalidParameterParsingError,
    /// `InvalidParameter.PortNoValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: port no valid.
    InvalidParameterPortNoValid,
    /// `InvalidParameter.RegexRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: regex rule error.
    InvalidParameterRegexRuleError,
    /// `InvalidParameter.ReverShellKeyFieldAllEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rever shell key field all empty.
    InvalidParameterReverShellKeyFieldAllEmpty,
    /// `InvalidParameter.RuleHostipErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule hostip err.
    InvalidParameterRuleHostipErr,
    /// `InvalidParameterValue.TagNameLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag name length limit.
    InvalidParameterValueTagNameLengthLimit,
    /// `LimitExceeded.AreaQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: area quota.
    LimitExceededAreaQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "FailedOperation.AgentOffline",
        "FailedOperation.CloseProVersion",
        "FailedOperation.CreateOpenPortTask",
        "FailedOperation.CreateProcessTask",
        "FailedOperation.Export",
        "FailedOperation.InquiryPrice",
        "FailedOperation.MachineDelete",
        "FailedOperation.NoProfessionHost",
        "FailedOperation.OpenPortTaskNotFound",
        "FailedOperation.OpenProVersion",
        "FailedOperation.PartSeparate",
        "FailedOperation.PrePayMode",
        "FailedOperation.ProcessTaskNotFound",
        "FailedOperation.Recover",
        "FailedOperation.RescanVul",
        "FailedOperation.RescanVulProcessInUse",
        "FailedOperation.SingleSeparate",
        "FailedOperation.TooManyStrategy",
        "FailedOperation.TradeError",
        "InternalError",
        "InternalError.MainDBFail",
        "InvalidParameter.DateRange",
        "InvalidParameter.IllegalRequest",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.IpNoValid",
        "InvalidParameter.MissingParameter",
        "InvalidParameter.ParsingError",
        "InvalidParameter.PortNoValid",
        "InvalidParameter.RegexRuleError",
        "InvalidParameter.ReverShellKeyFieldAllEmpty",
        "InvalidParameter.RuleHostipErr",
        "InvalidParameterValue.TagNameLengthLimit",
        "LimitExceeded.AreaQuota",
        "MissingParameter",
        "ResourceNotFound",
    ];
    static NAME_CODES: [u32; 1] = [20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorMainDbFail",
        ends: &[0, 23],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: agent offline.The operation failed: close pro version.The operation failed: create open port task.The operation failed: create process task.The operation failed: export.The operation failed: inquiry price.The operation failed: machine delete.The operation failed: no profession host.The operation failed: open port task not found.The operation failed: open pro version.The operation failed: part separate.The operation failed: pre pay mode.The operation failed: process task not found.The operation failed: recover.The operation failed: rescan vul.The operation failed: rescan vul process in use.The operation failed: single separate.The operation failed: too many strategy.The operation failed: trade error.An internal error occurred.An internal error occurred: main DB fail.A parameter is invalid: date range.A parameter is invalid: illegal request.A parameter is invalid: invalid format.A parameter is invalid: ip no valid.A parameter is invalid: missing parameter.A parameter is invalid: parsing error.A parameter is invalid: port no valid.A parameter is invalid: regex rule error.A parameter is invalid: rever shell key field all empty.A parameter is invalid: rule hostip err.A parameter value is invalid: tag name length limit.A limit was exceeded: area quota.A required parameter is missing.The resource was not found.",
        ends: &[
            0, 36, 76, 120, 162, 191, 227, 264, 305, 352, 391, 427, 462, 507, 537, 570,
            618, 656, 696, 730, 757, 798, 833, 873, 912, 948, 990, 1028, 1066, 1107,
            1163, 1203, 1255, 1288, 1320, 1347,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiimmccccccccccchce",
    );
    static PILOTS: [u16; 9] = [22, 0, 18, 5, 123, 7, 16, 24, 35];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            6, 11, 4294967295, 13, 30, 1, 26, 17, 2, 10, 18, 21, 27, 28, 34, 16, 14, 0,
            4, 4294967295, 4294967295, 32, 25, 23, 3, 5, 33, 31, 19, 8, 22, 9, 15, 12,
            29, 20, 7, 24,
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
    const PROVIDER: &'static str = "Tencent Cloud YUNJING";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud YUNJING's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud YUNJING: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
