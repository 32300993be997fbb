// @generated from catalogs/alibaba/ddosdiversion.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud DdosDiversion: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud DdosDiversion: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthenticationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication failed.
    AuthenticationFailed,
    /// `AutoScheduleRuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Auto schedule rule exist.
    AutoScheduleRuleExist,
    /// `AutoScheduleRuleNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Auto schedule rule not exist.
    AutoScheduleRuleNotExist,
    /// `BlackHoleConfigurationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Black hole configuration error.
    BlackHoleConfigurationError,
    /// `CleanConfigurationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Clean configuration error.
    CleanConfigurationError,
    /// `CoveredNet`: HTTP 400; retry: never; category: invalid_argument.
    /// Covered net.
    CoveredNet,
    /// `DatabaseError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database error.
    DatabaseError,
    /// `DeclaredNet`: HTTP 400; retry: never; category: invalid_argument.
    /// Declared net.
    DeclaredNet,
    /// `DefenseConfigurationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Defense configuration error.
    DefenseConfigurationError,
    /// `ForwardConfigurationNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward configuration not exist.
    ForwardConfigurationNotExist,
    /// `ForwardNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward not exist.
    ForwardNotExist,
    /// `ForwardRuleNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward rule not exist.
    ForwardRuleNotExist,
    /// `HttpFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Http failed.
    HttpFailed,
    /// `IDNSubnetsCountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// IDN subnets count limit.
    IdnSubnetsCountLimit,
    /// `InstanceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist.
    InstanceExist,
    /// `InstanceNetConfigurationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance net configuration exist.
    InstanceNetConfigurationExist,
    /// `InstanceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist.
    InstanceNotExist,
    /// `InstanceUpstreamLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance upstream limit.
    InstanceUpstreamLimit,
    /// `InternalError`: HTTP 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidNet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid net.
    InvalidNet,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `IPSubnetsCountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// IP subnets count limit.
    IpSubnetsCountLimit,
    /// `JsonDecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Json decode error.
    JsonDecodeError,
    /// `NetCannotExtend`: HTTP 400; retry: never; category: invalid_argument.
    /// Net cannot extend.
    NetCannotExtend,
    /// `NetConfigurationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Net configuration exist.
    NetConfigurationExist,
    /// `NetConfigurationNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Net configuration not exist.
    NetConfigurationNotExist,
    /// `NetForwardDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Net forward delete.
    NetForwardDelete,
    /// `NetMaskOutOfRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Net mask out of range.
    NetMaskOutOfRange,
    /// `NetNeedExtend`: HTTP 400; retry: never; category: invalid_argument.
    /// Net need extend.
    NetNeedExtend,
    /// `NetStatusNotReady`: HTTP 400; retry: never; category: invalid_argument.
    /// Net status not ready.
    NetStatusNotReady,
    /// `NetworkDeclearedFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Network decleared failed.
    NetworkDeclearedFailed,
    /// `NetWorkNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Net work not exist.
    NetWorkNotExist,
    /// `NetworkUndeclearedFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Network undecleared failed.
    NetworkUndeclearedFailed,
    /// `ParameterNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter not enough.
    ParameterNotEnough,
    /// `ParameterOutOfRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter out of range.
    ParameterOutOfRange,
    /// `RegionNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not exist.
    RegionNotExist,
    /// `RequestMethodError`: HTTP 400; retry: never; category: invalid_argument.
    /// Request method error.
    RequestMethodError,
    /// `SubnetCountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet count limit.
    SubnetCountLimit,
    /// `UnKnownError`: HTTP 400; retry: never; category: invalid_argument.
    /// Un known error.
    UnKnownError,
    /// `UpsteamNotComplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Upsteam not complete.
    UpsteamNotComplete,
    /// `UpstreamConfigurationNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Upstream configuration not exist.
    UpstreamConfigurationNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 41] = [
        "AuthenticationFailed",
        "AutoScheduleRuleExist",
        "AutoScheduleRuleNotExist",
        "BlackHoleConfigurationError",
        "CleanConfigurationError",
        "CoveredNet",
        "DatabaseError",
        "DeclaredNet",
        "DefenseConfigurationError",
        "ForwardConfigurationNotExist",
        "ForwardNotExist",
        "ForwardRuleNotExist",
        "HttpFailed",
        "IDNSubnetsCountLimit",
        "InstanceExist",
        "InstanceNetConfigurationExist",
        "InstanceNotExist",
        "InstanceUpstreamLimit",
        "InternalError",
        "InvalidNet",
        "InvalidParam",
        "IPSubnetsCountLimit",
        "JsonDecodeError",
        "NetCannotExtend",
        "NetConfigurationExist",
        "NetConfigurationNotExist",
        "NetForwardDelete",
        "NetMaskOutOfRange",
        "NetNeedExtend",
        "NetStatusNotReady",
        "NetworkDeclearedFailed",
        "NetWorkNotExist",
        "NetworkUndeclearedFailed",
        "ParameterNotEnough",
        "ParameterOutOfRange",
        "RegionNotExist",
        "RequestMethodError",
        "SubnetCountLimit",
        "UnKnownError",
        "UpsteamNotComplete",
        "UpstreamConfigurationNotExist",
    ];
    static NAME_CODES: [u32; 2] = [13, 21];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IdnSubnetsCountLimitIpSubnetsCountLimit",
        ends: &[0, 20, 39],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Auto schedule rule exist.Auto schedule rule not exist.Black hole configuration error.Clean configuration error.Covered net.Database error.Declared net.Defense configuration error.Forward configuration not exist.Forward not exist.Forward rule not exist.Http failed.IDN subnets count limit.Instance exist.Instance net configuration exist.Instance not exist.Instance upstream limit.An internal error occurred.Invalid net.A parameter is invalid.IP subnets count limit.Json decode error.Net cannot extend.Net configuration exist.Net configuration not exist.Net forward delete.Net mask out of range.Net need extend.Net status not ready.Network decleared failed.Net work not exist.Network undecleared failed.Parameter not enough.Parameter out of range.Region not exist.Request method error.Subnet count limit.Un known error.Upsteam not complete.Upstream configuration not exist.",
        ends: &[
            0, 22, 47, 76, 107, 133, 145, 160, 173, 201, 233, 251, 274, 286, 310, 325,
            358, 377, 401, 428, 440, 463, 486, 504, 522, 546, 574, 593, 615, 631, 652,
            677, 696, 723, 744, 767, 784, 805, 824, 839, 860, 893,
        ],
    };
    static STATUSES: [u16; 41] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 42] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
    ];
    static RETRY: [::cloud_errors::Retry; 41] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 41] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccmcccccccccccccccccccccc",
    );
    static PILOTS: [u16; 11] = [46, 71, 3, 0, 0, 1, 48, 103, 0, 2, 96];
    static SLOTS: [(&str, u32); 45] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 4294967295, 31, 26, 14, 24, 12, 9, 27, 38, 4, 16, 4294967295, 4294967295,
            34, 37, 15, 23, 40, 2, 4294967295, 8, 28, 6, 0, 5, 25, 18, 13, 1, 10, 35, 22,
            29, 3, 17, 19, 32, 11, 30, 33, 21, 39, 7, 36,
        ],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud DdosDiversion";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud DdosDiversion's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud DdosDiversion: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
