// @generated from catalogs/alibaba/dypnsapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dypnsapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dypnsapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `SchemeNumberOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheme number over limit.
    SchemeNumberOverLimit,
    /// `BundleIdConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Bundle id conflict.
    BundleIdConflict,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `InvalidAccountStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status.
    InvalidAccountStatus,
    /// `RamPermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Ram permission deny.
    RamPermissionDeny,
    /// `PackageSignedConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Package signed conflict.
    PackageSignedConflict,
    /// `Unsupported.Account`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported: account.
    UnsupportedAccount,
    /// `Throttling.System`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled: system.
    ThrottlingSystem,
    /// `UnauthorizedOperation`: HTTP 403; retry: never; category: permission_denied.
    /// Unauthorized operation.
    UnauthorizedOperation,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `SystemError`: HTTP 500; retry: never; category: internal.
    /// System error.
    SystemError,
    /// `SceneQueryFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Scene query fail.
    SceneQueryFail,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MobileNumberIllgeal`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile number illgeal.
    MobileNumberIllgeal,
    /// `DataNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Data not found.
    DataNotFound,
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `SchemeNotPassed`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheme not passed.
    SchemeNotPassed,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `IdentityCertifyNotExist`: HTTP 500; retry: never; category: internal.
    /// Identity certify not exist.
    IdentityCertifyNotExist,
    /// `OutOfService`: HTTP 500; retry: never; category: internal.
    /// Out of service.
    OutOfService,
    /// `FunctionNotSubscribed`: HTTP 500; retry: never; category: internal.
    /// Function not subscribed.
    FunctionNotSubscribed,
    /// `SmsCodeVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms code verify fail.
    SmsCodeVerifyFail,
    /// `SmsSignNameNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sms sign name not exist.
    SmsSignNameNotExist,
    /// `UnknowError`: HTTP 400; retry: never; category: invalid_argument.
    /// Unknow error.
    UnknowError,
    /// `VerifySchemeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Verify scheme not exist.
    VerifySchemeNotExist,
    /// `InvalidToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token.
    InvalidToken,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "SchemeNumberOverLimit",
        "BundleIdConflict",
        "InvalidParameters",
        "InvalidAccountStatus",
        "RamPermissionDeny",
        "PackageSignedConflict",
        "Unsupported.Account",
        "Throttling.System",
        "UnauthorizedOperation",
        "InternalError",
        "SystemError",
        "SceneQueryFail",
        "MissingParameter",
        "MobileNumberIllgeal",
        "DataNotFound",
        "IllegalParameter",
        "SchemeNotPassed",
        "Forbidden",
        "IdentityCertifyNotExist",
        "OutOfService",
        "FunctionNotSubscribed",
        "SmsCodeVerifyFail",
        "SmsSignNameNotExist",
        "UnknowError",
        "VerifySchemeNotExist",
        "InvalidToken",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Scheme number over limit.Bundle id conflict.Invalid parameters.Invalid account status.Ram permission deny.Package signed conflict.Unsupported: account.The request was throttled: system.Unauthorized operation.An internal error occurred.System error.Scene query fail.A required parameter is missing.Mobile number illgeal.Data not found.Illegal parameter.Scheme not passed.The request is forbidden.Identity certify not exist.Out of service.Function not subscribed.Sms code verify fail.Sms sign name not exist.Unknow error.Verify scheme not exist.Invalid token.",
        ends: &[
            0, 25, 44, 63, 86, 106, 130, 151, 185, 208, 235, 248, 265, 297, 319, 334,
            352, 370, 395, 422, 437, 461, 482, 506, 519, 543, 557,
        ],
    };
    static STATUSES: [u16; 26] = [
        400, 400, 400, 400, 400, 400, 400, 400, 403, 500, 500, 400, 400, 400, 400, 400,
        400, 403, 500, 500, 500, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 27] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26,
    ];
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aaaaaaababaaaaaaacaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"ccccccchgmmccccccgmmmccccc",
    );
    static PILOTS: [u16; 7] = [13, 7, 0, 475, 1118, 6, 20];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 24, 22, 21, 18, 10, 7, 16, 20, 19, 2, 13, 1, 3, 4294967295, 12, 9, 23,
            15, 6, 14, 25, 4294967295, 5, 4, 0, 17, 8,
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
    const PROVIDER: &'static str = "Alibaba Cloud Dypnsapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dypnsapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dypnsapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
