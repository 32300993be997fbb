// @generated from catalogs/alibaba/vs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud vs: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud vs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Param.Missing.StartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: missing, start time.
    ParamMissingStartTime,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `Duration.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Duration: exceed.
    DurationExceed,
    /// `ConfigAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Config already exists.
    ConfigAlreadyExists,
    /// `Deny.TooMany.Stream`: HTTP 403; retry: never; category: permission_denied.
    /// Deny: too many, stream.
    DenyTooManyStream,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `InvalidTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: value not supported.
    InvalidTimeValueNotSupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "Param.Missing.StartTime",
        "InvalidEndTime.Mismatch",
        "Duration.Exceed",
        "ConfigAlreadyExists",
        "Deny.TooMany.Stream",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidStartTime.ValueNotSupported",
        "InvalidTime.ValueNotSupported",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Param: missing, start time.Invalid end time: mismatch.Duration: exceed.Config already exists.Deny: too many, stream.Invalid start time: malformed.Invalid end time: malformed.Invalid start time: value not supported.Invalid time: value not supported.",
        ends: &[0, 27, 54, 71, 93, 116, 146, 174, 214, 248],
    };
    static STATUSES: [u16; 9] = [400, 400, 400, 400, 403, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"ccccgcccc",
    );
    static PILOTS: [u16; 3] = [0, 3, 5];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 7, 0, 4, 3, 1, 2, 6, 8, 4294967295],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud vs";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud vs's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud vs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
