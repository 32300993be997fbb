// @generated from catalogs/alibaba/push.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Push: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Push: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Account disabled.
    AccountDisabled,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `PermissionDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission denied.
    PermissionDenied,
    /// `Timeout`: HTTP 500; retry: backoff; category: deadline_exceeded.
    /// The request timed out.
    Timeout,
    /// `FileNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// File not exist.
    FileNotExist,
    /// `IncorrectPassword`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect password.
    IncorrectPassword,
    /// `NotApnsCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Not apns certificate.
    NotApnsCertificate,
    /// `SendSpeedNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Send speed not supported.
    SendSpeedNotSupported,
    /// `SmsProfileConfigFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms profile config failed.
    SmsProfileConfigFailed,
    /// `SmsProfileGetFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms profile get failed.
    SmsProfileGetFailed,
    /// `SmsRoleAuthorizeFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms role authorize failed.
    SmsRoleAuthorizeFailed,
    /// `SmsRoleUnauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms role unauthorized.
    SmsRoleUnauthorized,
    /// `TagsNumberBeyondLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Tags number beyond limit.
    TagsNumberBeyondLimit,
    /// `TargetNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Target not supported.
    TargetNotSupported,
    /// `Invalid.Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter.
    InvalidParameter,
    /// `InvalidPeriod.ExceedDays`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: exceed days.
    InvalidPeriodExceedDays,
    /// `AccountLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Account limit exceed.
    AccountLimitExceed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AccountDisabled",
        "InternalError",
        "PermissionDenied",
        "Timeout",
        "FileNotExist",
        "IncorrectPassword",
        "NotApnsCertificate",
        "SendSpeedNotSupported",
        "SmsProfileConfigFailed",
        "SmsProfileGetFailed",
        "SmsRoleAuthorizeFailed",
        "SmsRoleUnauthorized",
        "TagsNumberBeyondLimit",
        "TargetNotSupported",
        "Invalid.Parameter",
        "InvalidPeriod.ExceedDays",
        "AccountLimitExceed",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account disabled.An internal error occurred.Permission denied.The request timed out.File not exist.Incorrect password.Not apns certificate.Send speed not supported.Sms profile config failed.Sms profile get failed.Sms role authorize failed.Sms role unauthorized.Tags number beyond limit.Target not supported.Invalid: parameter.Invalid period: exceed days.Account limit exceed.",
        ends: &[
            0, 17, 44, 62, 84, 99, 118, 139, 164, 190, 213, 239, 261, 286, 307, 326, 354,
            375,
        ],
    };
    static STATUSES: [u16; 17] = [
        400, 500, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"ababaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"cmcdccccccccccccc",
    );
    static PILOTS: [u16; 5] = [2, 43, 6, 19, 11];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 0, 2, 16, 13, 14, 3, 10, 15, 4, 7, 6, 1, 8, 9, 11, 5, 12],
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
    const PROVIDER: &'static str = "Alibaba Cloud Push";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Push's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Push: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
