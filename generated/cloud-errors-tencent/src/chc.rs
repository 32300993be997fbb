// @generated from catalogs/tencent/chc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CHC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CHC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameterValue.EndTimeLowerThanStartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time lower than start time.
    InvalidParameterValueEndTimeLowerThanStartTime,
    /// `InvalidParameterValue.InvalidExtraParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid extra parameter combination.
    InvalidParameterValueInvalidExtraParameterCombination,
    /// `InvalidParameterValue.InvalidParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter combination.
    InvalidParameterValueInvalidParameterCombination,
    /// `InvalidParameterValue.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time format.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvalidWorkOrderType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid work order type.
    InvalidParameterValueInvalidWorkOrderType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 5] = [
        "InvalidParameterValue.EndTimeLowerThanStartTime",
        "InvalidParameterValue.InvalidExtraParameterCombination",
        "InvalidParameterValue.InvalidParameterCombination",
        "InvalidParameterValue.InvalidTimeFormat",
        "InvalidParameterValue.InvalidWorkOrderType",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter value is invalid: end time lower than start time.A parameter value is invalid: invalid extra parameter combination.A parameter value is invalid: invalid parameter combination.A parameter value is invalid: invalid time format.A parameter value is invalid: invalid work order type.",
        ends: &[0, 61, 127, 187, 237, 291],
    };
    static RETRY: [::cloud_errors::Retry; 5] = ::cloud_errors::__private::retry_column(
        b"aaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 5] = ::cloud_errors::__private::category_column(
        b"ccccc",
    );
    static PILOTS: [u16; 2] = [1, 514];
    static SLOTS: [(&str, u32); 5] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 2, 3, 1, 0],
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
    const PROVIDER: &'static str = "Tencent Cloud CHC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CHC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CHC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
