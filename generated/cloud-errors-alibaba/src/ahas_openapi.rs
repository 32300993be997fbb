// @generated from catalogs/alibaba/ahas_openapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ahas\-openapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ahas\-openapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IllegalArgument.AppName`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: app name.
    IllegalArgumentAppName,
    /// `IllegalArgument.HalfOpenBaseAmountPerStep`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: half open base amount per step.
    IllegalArgumentHalfOpenBaseAmountPerStep,
    /// `IllegalArgument.HalfOpenRecoveryStepNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: half open recovery step num.
    IllegalArgumentHalfOpenRecoveryStepNum,
    /// `IllegalArgument.MinRequestAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: min request amount.
    IllegalArgumentMinRequestAmount,
    /// `IllegalArgument.Namespace`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: namespace.
    IllegalArgumentNamespace,
    /// `IllegalArgument.RecoveryTimeoutMs`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: recovery timeout ms.
    IllegalArgumentRecoveryTimeoutMs,
    /// `IllegalArgument.Resource`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: resource.
    IllegalArgumentResource,
    /// `IllegalArgument.SlowRtMS`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: slow rt MS.
    IllegalArgumentSlowRtMs,
    /// `IllegalArgument.StatDurationMs`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: stat duration ms.
    IllegalArgumentStatDurationMs,
    /// `IllegalArgument.Strategy`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: strategy.
    IllegalArgumentStrategy,
    /// `IllegalArgument.Threshold`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: threshold.
    IllegalArgumentThreshold,
    /// `IllegalArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument.
    IllegalArgument,
    /// `IllegalArgument.MaxQueueingTimeM`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: max queueing time m.
    IllegalArgumentMaxQueueingTimeM,
    /// `IllegalArgument.RefResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: ref resource.
    IllegalArgumentRefResource,
    /// `IllegalArgument.RelationStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: relation strategy.
    IllegalArgumentRelationStrategy,
    /// `IllegalArgument.WarmUpPeriodSec`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: warm up period sec.
    IllegalArgumentWarmUpPeriodSec,
    /// `IllegalArgument.RuleId`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: rule id.
    IllegalArgumentRuleId,
    /// `IllegalArgument.ParamItems`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: param items.
    IllegalArgumentParamItems,
    /// `IllegalArgument.BurstCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: burst count.
    IllegalArgumentBurstCount,
    /// `IllegalArgument.ControlBehavior`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: control behavior.
    IllegalArgumentControlBehavior,
    /// `IllegalArgument.DurationInSec`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: duration in sec.
    IllegalArgumentDurationInSec,
    /// `IllegalArgument.MetricType`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: metric type.
    IllegalArgumentMetricType,
    /// `IllegalArgument.ParamIdx`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument: param idx.
    IllegalArgumentParamIdx,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 23] = [
        "IllegalArgument.AppName",
        "IllegalArgument.HalfOpenBaseAmountPerStep",
        "IllegalArgument.HalfOpenRecoveryStepNum",
        "IllegalArgument.MinRequestAmount",
        "IllegalArgument.Namespace",
        "IllegalArgument.RecoveryTimeoutMs",
        "IllegalArgument.Resource",
        "IllegalArgument.SlowRtMS",
        "IllegalArgument.StatDurationMs",
        "IllegalArgument.Strategy",
        "IllegalArgument.Threshold",
        "IllegalArgument",
        "IllegalArgument.MaxQueueingTimeM",
        "IllegalArgument.RefResource",
        "IllegalArgument.RelationStrategy",
        "IllegalArgument.WarmUpPeriodSec",
        "IllegalArgument.RuleId",
        "IllegalArgument.ParamItems",
        "IllegalArgument.BurstCount",
        "IllegalArgument.ControlBehavior",
        "IllegalArgument.DurationInSec",
        "IllegalArgument.MetricType",
        "IllegalArgument.ParamIdx",
    ];
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IllegalArgumentSlowRtMs",
        ends: &[0, 23],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Illegal argument: app name.Illegal argument: half open base amount per step.Illegal argument: half open recovery step num.Illegal argument: min request amount.Illegal argument: namespace.Illegal argument: recovery timeout ms.Illegal argument: resource.Illegal argument: slow rt MS.Illegal argument: stat duration ms.Illegal argument: strategy.Illegal argument: threshold.Illegal argument.Illegal argument: max queueing time m.Illegal argument: ref resource.Illegal argument: relation strategy.Illegal argument: warm up period sec.Illegal argument: rule id.Illegal argument: param items.Illegal argument: burst count.Illegal argument: control behavior.Illegal argument: duration in sec.Illegal argument: metric type.Illegal argument: param idx.",
        ends: &[
            0, 27, 76, 122, 159, 187, 225, 252, 281, 316, 343, 371, 388, 426, 457, 493,
            530, 556, 586, 616, 651, 685, 715, 743,
        ],
    };
    static STATUSES: [u16; 23] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 24] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23,
    ];
    static RETRY: [::cloud_errors::Retry; 23] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 23] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 6] = [25, 8, 23, 4, 406, 0];
    static SLOTS: [(&str, u32); 25] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 22, 10, 4, 8, 15, 20, 16, 9, 17, 19, 21, 4294967295, 1, 6, 2, 18, 13, 7,
            4294967295, 12, 11, 5, 3, 14,
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
    const PROVIDER: &'static str = "Alibaba Cloud ahas-openapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ahas\-openapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ahas\-openapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
