// @generated from catalogs/tencent/cwp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CWP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CWP: a variant per documented code,
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
    /// `FailedOperation.APIServerFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: API server fail.
    FailedOperationApiServerFail,
    /// `FailedOperation.AgentOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent offline.
    FailedOperationAgentOffline,
    /// `FailedOperation.Export`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: export.
    FailedOperationExport,
    /// `FailedOperation.LicenseExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: license exceeded.
    FailedOperationLicenseExceeded,
    /// `FailedOperation.MachineDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: machine delete.
    FailedOperationMachineDelete,
    /// `FailedOperation.NoProfessionHost`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no profession host.
    FailedOperationNoProfessionHost,
    /// `FailedOperation.PartSeparate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: part separate.
    FailedOperationPartSeparate,
    /// `FailedOperation.ProtectStartFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: protect start fail.
    FailedOperationProtectStartFail,
    /// `FailedOperation.Recover`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: recover.
    FailedOperationRecover,
    /// `FailedOperation.RescanVul`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rescan vul.
    FailedOperationRescanVul,
    /// `FailedOperation.SingleSeparate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: single separate.
    FailedOperationSingleSeparate,
    /// `FailedOperation.TooManyStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many strategy.
    FailedOperationTooManyStrategy,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.MainDBFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: main DB fail.
    InternalErrorMainDbFail,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
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
    /// `InvalidParameter.NameHasRepetition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name has repetition.
    InvalidParameterNameHasRepetition,
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
    /// `InvalidParameter.RuleHostDuplicateErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule host duplicate err.
    InvalidParameterRuleHostDuplicateErr,
    /// `InvalidParameter.RuleHostipErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule hostip err.
    InvalidParameterRuleHostipErr,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.TagNameLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag name length limit.
    InvalidParameterValueTagNameLengthLimit,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AreaQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: area quota.
    LimitExceededAreaQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.MachineNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: machine not found.
    ResourceNotFoundMachineNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
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
    static CODES: [&str; 44] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.APIServerFail",
        "FailedOperation.AgentOffline",
        "FailedOperation.Export",
        "FailedOperation.LicenseExceeded",
        "FailedOperation.MachineDelete",
        "FailedOperation.NoProfessionHost",
        "FailedOperation.PartSeparate",
        "FailedOperation.ProtectStartFail",
        "FailedOperation.Recover",
        "FailedOperation.RescanVul",
        "FailedOperation.SingleSeparate",
        "FailedOperation.TooManyStrategy",
        "InternalError",
        "InternalError.MainDBFail",
        "InvalidParameter",
        "InvalidParameter.DateRange",
        "InvalidParameter.IllegalRequest",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.IpNoValid",
        "InvalidParameter.MissingParameter",
        "InvalidParameter.NameHasRepetition",
        "InvalidParameter.ParsingError",
        "InvalidParameter.PortNoValid",
        "InvalidParameter.RegexRuleError",
        "InvalidParameter.ReverShellKeyFieldAllEmpty",
        "InvalidParameter.RuleHostDuplicateErr",
        "InvalidParameter.RuleHostipErr",
        "InvalidParameterValue",
        "InvalidParameterValue.TagNameLengthLimit",
        "LimitExceeded",
        "LimitExceeded.AreaQuota",
        "MissingParameter",
        "OperationDenied",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.MachineNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 2] = [3, 16];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationApiServerFailInternalErrorMainDbFail",
        ends: &[0, 28, 51],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: API server fail.The operation failed: agent offline.The operation failed: export.The operation failed: license exceeded.The operation failed: machine delete.The operation failed: no profession host.The operation failed: part separate.The operation failed: protect start fail.The operation failed: recover.The operation failed: rescan vul.The operation failed: single separate.The operation failed: too many strategy.An internal error occurred.An internal error occurred: main DB fail.A parameter is invalid.A parameter is invalid: date range.A parameter is invalid: illegal request.A parameter is invalid: invalid format.A parameter is invalid: ip no valid.A parameter is invalid: missing parameter.A parameter is invalid: name has repetition.A parameter is invalid: parsing error.A parameter is invalid: port no valid.A parameter is invalid: regex rule error.A parameter is invalid: rever shell key field all empty.A parameter is invalid: rule host duplicate err.A parameter is invalid: rule hostip err.A parameter value is invalid.A parameter value is invalid: tag name length limit.A limit was exceeded.A limit was exceeded: area quota.A required parameter is missing.The operation was denied.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: machine not found.The resource is unavailable.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 68, 89, 127, 163, 192, 231, 268, 309, 345, 386, 416, 449, 487, 527,
            554, 595, 618, 653, 693, 732, 768, 810, 854, 892, 930, 971, 1027, 1075, 1115,
            1144, 1196, 1217, 1250, 1282, 1307, 1330, 1357, 1384, 1430, 1458, 1490, 1521,
            1552,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 44] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaacbcaaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 44] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiimmccccccccccccccchhcgjheeigcl",
    );
    static PILOTS: [u16; 11] = [38, 4, 0, 1, 2, 38, 75, 39, 27, 16, 211];
    static SLOTS: [(&str, u32); 48] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            23, 8, 40, 22, 11, 9, 0, 3, 15, 14, 4, 4294967295, 10, 32, 18, 26, 5, 21, 6,
            1, 34, 25, 13, 4294967295, 2, 19, 24, 37, 41, 31, 29, 27, 4294967295, 35, 17,
            28, 42, 20, 16, 43, 4294967295, 39, 33, 36, 30, 7, 38, 12,
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
    const PROVIDER: &'static str = "Tencent Cloud CWP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CWP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CWP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
