// @generated from catalogs/tencent/wss.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud WSS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud WSS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.CertInvalidParam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cert invalid param.
    FailedOperationCertInvalidParam,
    /// `FailedOperation.CertMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cert mismatch.
    FailedOperationCertMismatch,
    /// `FailedOperation.InvalidCert`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid cert.
    FailedOperationInvalidCert,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DomainInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain internal error.
    InternalErrorDomainInternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.RepTypeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rep type is invalid.
    InvalidParameterRepTypeIsInvalid,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "FailedOperation.CertInvalidParam",
        "FailedOperation.CertMismatch",
        "FailedOperation.InvalidCert",
        "InternalError",
        "InternalError.DomainInternalError",
        "InvalidParameter",
        "InvalidParameter.RepTypeIsInvalid",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: cert invalid param.The operation failed: cert mismatch.The operation failed: invalid cert.An internal error occurred.An internal error occurred: domain internal error.A parameter is invalid.A parameter is invalid: rep type is invalid.",
        ends: &[0, 41, 77, 112, 139, 189, 212, 256],
    };
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaabbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"iiimmcc",
    );
    static PILOTS: [u16; 2] = [4, 568];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 6, 0, 3, 1, 5, 4],
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
    const PROVIDER: &'static str = "Tencent Cloud WSS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud WSS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud WSS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
