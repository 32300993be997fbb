// @generated from catalogs/tencent/sslpod.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SSLPOD: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SSLPOD: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.RepetitionAdd`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: repetition add.
    FailedOperationRepetitionAdd,
    /// `FailedOperation.ResolveDomainFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resolve domain failed.
    FailedOperationResolveDomainFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter.InvalidDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid domain.
    InvalidParameterInvalidDomain,
    /// `InvalidParameter.InvalidIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid IP.
    InvalidParameterInvalidIp,
    /// `InvalidParameter.InvalidPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid port.
    InvalidParameterInvalidPort,
    /// `InvalidParameter.InvalidServerType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid server type.
    InvalidParameterInvalidServerType,
    /// `InvalidParameter.InvalidTagName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tag name.
    InvalidParameterInvalidTagName,
    /// `InvalidParameter.TooManyTag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many tag.
    InvalidParameterTooManyTag,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidNoticeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid notice type.
    InvalidParameterValueInvalidNoticeType,
    /// `InvalidParameterValue.InvalidSearchType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid search type.
    InvalidParameterValueInvalidSearchType,
    /// `LimitExceeded.AddExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: add exceeded.
    LimitExceededAddExceeded,
    /// `LimitExceeded.MonitorExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: monitor exceeded.
    LimitExceededMonitorExceeded,
    /// `ResourceNotFound.Product`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product.
    ResourceNotFoundProduct,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.RepetitionAdd",
        "FailedOperation.ResolveDomainFailed",
        "InternalError",
        "InvalidParameter.InvalidDomain",
        "InvalidParameter.InvalidIP",
        "InvalidParameter.InvalidPort",
        "InvalidParameter.InvalidServerType",
        "InvalidParameter.InvalidTagName",
        "InvalidParameter.TooManyTag",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidNoticeType",
        "InvalidParameterValue.InvalidSearchType",
        "LimitExceeded.AddExceeded",
        "LimitExceeded.MonitorExceeded",
        "ResourceNotFound.Product",
    ];
    static NAME_CODES: [u32; 1] = [6];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterInvalidIp",
        ends: &[0, 25],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: repetition add.The operation failed: resolve domain failed.An internal error occurred.A parameter is invalid: invalid domain.A parameter is invalid: invalid IP.A parameter is invalid: invalid port.A parameter is invalid: invalid server type.A parameter is invalid: invalid tag name.A parameter is invalid: too many tag.A parameter value is invalid.A parameter value is invalid: invalid notice type.A parameter value is invalid: invalid search type.A limit was exceeded: add exceeded.A limit was exceeded: monitor exceeded.The resource was not found: product.",
        ends: &[
            0, 22, 43, 80, 124, 151, 190, 225, 262, 306, 347, 384, 413, 463, 513, 548,
            587, 623,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"biiimccccccccchhe",
    );
    static PILOTS: [u16; 5] = [0, 2, 4, 36, 143];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 7, 4294967295, 4, 5, 6, 15, 0, 11, 2, 16, 10, 13, 8, 1, 14, 3, 12],
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
    const PROVIDER: &'static str = "Tencent Cloud SSLPOD";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SSLPOD's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SSLPOD: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
