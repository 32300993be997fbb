// @generated from catalogs/alibaba/agency.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Agency: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Agency: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Error1109`: HTTP 400; retry: never; category: invalid_argument.
    /// Error1109.
    Error1109,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `Error3017`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3017.
    Error3017,
    /// `Error3008`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3008.
    Error3008,
    /// `Error3009`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3009.
    Error3009,
    /// `Error3010`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3010.
    Error3010,
    /// `Error3011`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3011.
    Error3011,
    /// `Error3012`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3012.
    Error3012,
    /// `Error3013`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3013.
    Error3013,
    /// `Error3014`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3014.
    Error3014,
    /// `Error3015`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3015.
    Error3015,
    /// `Error3016`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3016.
    Error3016,
    /// `Error3056`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3056.
    Error3056,
    /// `Error3067`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3067.
    Error3067,
    /// `Error3055`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3055.
    Error3055,
    /// `Error3058`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3058.
    Error3058,
    /// `Error3030`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3030.
    Error3030,
    /// `Error3031`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3031.
    Error3031,
    /// `Error3040`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3040.
    Error3040,
    /// `Error3044`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3044.
    Error3044,
    /// `Error3045`: HTTP 400; retry: never; category: invalid_argument.
    /// Error3045.
    Error3045,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "Error1109",
        "IdempotentParameterMismatch",
        "Error3017",
        "Error3008",
        "Error3009",
        "Error3010",
        "Error3011",
        "Error3012",
        "Error3013",
        "Error3014",
        "Error3015",
        "Error3016",
        "Error3056",
        "Error3067",
        "Error3055",
        "Error3058",
        "Error3030",
        "Error3031",
        "Error3040",
        "Error3044",
        "Error3045",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Error1109.Idempotent parameter mismatch.Error3017.Error3008.Error3009.Error3010.Error3011.Error3012.Error3013.Error3014.Error3015.Error3016.Error3056.Error3067.Error3055.Error3058.Error3030.Error3031.Error3040.Error3044.Error3045.",
        ends: &[
            0, 10, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180,
            190, 200, 210, 220, 230,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"ciccccccccccccccccccc",
    );
    static PILOTS: [u16; 6] = [27, 4, 227, 14, 2, 4];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            12, 8, 18, 9, 6, 4294967295, 5, 7, 14, 0, 4, 2, 20, 1, 3, 17, 4294967295, 13,
            16, 15, 11, 10, 19,
        ],
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
    const PROVIDER: &'static str = "Alibaba Cloud Agency";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Agency's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Agency: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
