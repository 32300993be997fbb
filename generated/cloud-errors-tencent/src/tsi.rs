// @generated from catalogs/tencent/tsi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TSI: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TSI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `UnsupportedOperation.AudioFormat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: audio format.
    UnsupportedOperationAudioFormat,
    /// `UnsupportedOperation.IsEnd`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: is end.
    UnsupportedOperationIsEnd,
    /// `UnsupportedOperation.IsNew`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: is new.
    UnsupportedOperationIsNew,
    /// `UnsupportedOperation.SeMax`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: se max.
    UnsupportedOperationSeMax,
    /// `UnsupportedOperation.TranslateTime`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: translate time.
    UnsupportedOperationTranslateTime,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "InvalidParameter.MissingParameter",
        "UnsupportedOperation.AudioFormat",
        "UnsupportedOperation.IsEnd",
        "UnsupportedOperation.IsNew",
        "UnsupportedOperation.SeMax",
        "UnsupportedOperation.TranslateTime",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: missing parameter.The operation is not supported: audio format.The operation is not supported: is end.The operation is not supported: is new.The operation is not supported: se max.The operation is not supported: translate time.",
        ends: &[0, 42, 87, 126, 165, 204, 251],
    };
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"ciiiii",
    );
    static PILOTS: [u16; 2] = [0, 6];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 5, 2, 0, 1, 4],
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
    const PROVIDER: &'static str = "Tencent Cloud TSI";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TSI's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TSI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
