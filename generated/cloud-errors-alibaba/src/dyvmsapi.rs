// @generated from catalogs/alibaba/dyvmsapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dyvmsapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dyvmsapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `UnauthorizedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unauthorized operation.
    UnauthorizedOperation,
    /// `VirtualNumber.Query.Fail`: HTTP 500; retry: never; category: internal.
    /// Virtual number: query, fail.
    VirtualNumberQueryFail,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `VirtualNumber.NotOwn`: HTTP 400; retry: never; category: invalid_argument.
    /// Virtual number: not own.
    VirtualNumberNotOwn,
    /// `Query.Voice.File.Limit`: HTTP 400; retry: never; category: invalid_argument.
    /// Query: voice, file, limit.
    QueryVoiceFileLimit,
    /// `Mobile.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile: invalid.
    MobileInvalid,
    /// `MobileVerifyCode.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile verify code: invalid.
    MobileVerifyCodeInvalid,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "UnauthorizedOperation",
        "VirtualNumber.Query.Fail",
        "InternalError",
        "InvalidParameters",
        "VirtualNumber.NotOwn",
        "Query.Voice.File.Limit",
        "Mobile.Invalid",
        "MobileVerifyCode.Invalid",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Unauthorized operation.Virtual number: query, fail.An internal error occurred.Invalid parameters.Virtual number: not own.Query: voice, file, limit.Mobile: invalid.Mobile verify code: invalid.",
        ends: &[0, 23, 51, 78, 97, 121, 147, 163, 191],
    };
    static STATUSES: [u16; 8] = [400, 500, 500, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"cmmccccc",
    );
    static PILOTS: [u16; 2] = [3, 1626];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 1, 6, 2, 0, 7, 4, 5],
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
    const PROVIDER: &'static str = "Alibaba Cloud Dyvmsapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dyvmsapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dyvmsapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
