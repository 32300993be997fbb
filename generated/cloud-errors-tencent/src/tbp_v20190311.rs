// @generated from catalogs/tencent/tbp_v20190311.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TBP v20190311: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TBP v20190311: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallMMSFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call MMS failed.
    InternalErrorCallMmsFailed,
    /// `InternalError.ErrorAsr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error asr.
    InternalErrorErrorAsr,
    /// `InternalError.ErrorMms`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error mms.
    InternalErrorErrorMms,
    /// `InternalError.ErrorNlu`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error nlu.
    InternalErrorErrorNlu,
    /// `InternalError.ErrorRpc`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error rpc.
    InternalErrorErrorRpc,
    /// `InternalError.ErrorTts`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error tts.
    InternalErrorErrorTts,
    /// `InternalError.ErrorWebHook`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error web hook.
    InternalErrorErrorWebHook,
    /// `InternalError.MMSInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: MMS internal error.
    InternalErrorMmsInternalError,
    /// `InternalError.NoAppPrivilege`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no app privilege.
    InternalErrorNoAppPrivilege,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "InternalError",
        "InternalError.CallMMSFailed",
        "InternalError.ErrorAsr",
        "InternalError.ErrorMms",
        "InternalError.ErrorNlu",
        "InternalError.ErrorRpc",
        "InternalError.ErrorTts",
        "InternalError.ErrorWebHook",
        "InternalError.MMSInternalError",
        "InternalError.NoAppPrivilege",
        "InvalidParameter",
    ];
    static NAME_CODES: [u32; 2] = [1, 8];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorCallMmsFailedInternalErrorMmsInternalError",
        ends: &[0, 26, 55],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: call MMS failed.An internal error occurred: error asr.An internal error occurred: error mms.An internal error occurred: error nlu.An internal error occurred: error rpc.An internal error occurred: error tts.An internal error occurred: error web hook.An internal error occurred: MMS internal error.An internal error occurred: no app privilege.A parameter is invalid.",
        ends: &[0, 27, 71, 109, 147, 185, 223, 261, 304, 351, 396, 419],
    };
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"bbbbbbbbbba",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"mmmmmmmmmmc",
    );
    static PILOTS: [u16; 3] = [0, 5, 3];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[8, 5, 6, 4, 3, 7, 1, 4294967295, 9, 0, 2, 10],
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
    const PROVIDER: &'static str = "Tencent Cloud TBP v20190311";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TBP v20190311's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TBP v20190311: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
