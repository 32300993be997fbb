// @generated from catalogs/tencent/smh.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SMH: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SMH: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BillingRequestFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: billing request fail.
    InternalErrorBillingRequestFail,
    /// `InternalError.ModifyResourceStatusFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify resource status fail.
    InternalErrorModifyResourceStatusFail,
    /// `InternalError.PostpaidFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: postpaid fail.
    InternalErrorPostpaidFail,
    /// `InternalError.SendSms`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: send sms.
    InternalErrorSendSms,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AdvancedSearchOption`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: advanced search option.
    InvalidParameterValueAdvancedSearchOption,
    /// `InvalidParameterValue.BucketNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket name invalid.
    InvalidParameterValueBucketNameInvalid,
    /// `InvalidParameterValue.BucketNameNotBelongYou`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket name not belong you.
    InvalidParameterValueBucketNameNotBelongYou,
    /// `InvalidParameterValue.BucketNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket not found.
    InvalidParameterValueBucketNotFound,
    /// `InvalidParameterValue.BucketNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket not support.
    InvalidParameterValueBucketNotSupport,
    /// `InvalidParameterValue.BucketRegionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket region invalid.
    InvalidParameterValueBucketRegionInvalid,
    /// `InvalidParameterValue.CosStorageClass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos storage class.
    InvalidParameterValueCosStorageClass,
    /// `InvalidParameterValue.CosStorageClassIntelligentTiering`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos storage class intelligent tiering.
    InvalidParameterValueCosStorageClassIntelligentTiering,
    /// `InvalidParameterValue.CountryCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: country code.
    InvalidParameterValueCountryCode,
    /// `InvalidParameterValue.LibraryQuotaRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: library quota required.
    InvalidParameterValueLibraryQuotaRequired,
    /// `InvalidParameterValue.LibraryQuotaRequiresMultiSpace`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: library quota requires multi space.
    InvalidParameterValueLibraryQuotaRequiresMultiSpace,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.NotModified`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not modified.
    InvalidParameterValueNotModified,
    /// `InvalidParameterValue.NotSuperAdmin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not super admin.
    InvalidParameterValueNotSuperAdmin,
    /// `InvalidParameterValue.PhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: phone number.
    InvalidParameterValuePhoneNumber,
    /// `LimitExceeded.UserLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user limit.
    LimitExceededUserLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded.SendSms`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: send sms.
    RequestLimitExceededSendSms,
    /// `ResourceInUse.MultiSpace`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: multi space.
    ResourceInUseMultiSpace,
    /// `ResourceNotFound.Library`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: library.
    ResourceNotFoundLibrary,
    /// `ResourceNotFound.OfficialInstance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: official instance.
    ResourceNotFoundOfficialInstance,
    /// `ResourceNotFound.PrepaidInstance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: prepaid instance.
    ResourceNotFoundPrepaidInstance,
    /// `UnauthorizedOperation.PassRole`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: pass role.
    UnauthorizedOperationPassRole,
    /// `UnauthorizedOperation.ServiceLinkedRole`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: service linked role.
    UnauthorizedOperationServiceLinkedRole,
    /// `UnauthorizedOperation.SmsCode`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sms code.
    UnauthorizedOperationSmsCode,
    /// `UnauthorizedOperation.SmsCodeExceeded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sms code exceeded.
    UnauthorizedOperationSmsCodeExceeded,
    /// `UnsupportedOperation.BalanceLess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: balance less.
    UnsupportedOperationBalanceLess,
    /// `UnsupportedOperation.Purpose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: purpose.
    UnsupportedOperationPurpose,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "InternalError",
        "InternalError.BillingRequestFail",
        "InternalError.ModifyResourceStatusFail",
        "InternalError.PostpaidFail",
        "InternalError.SendSms",
        "InvalidParameterValue",
        "InvalidParameterValue.AdvancedSearchOption",
        "InvalidParameterValue.BucketNameInvalid",
        "InvalidParameterValue.BucketNameNotBelongYou",
        "InvalidParameterValue.BucketNotFound",
        "InvalidParameterValue.BucketNotSupport",
        "InvalidParameterValue.BucketRegionInvalid",
        "InvalidParameterValue.CosStorageClass",
        "InvalidParameterValue.CosStorageClassIntelligentTiering",
        "InvalidParameterValue.CountryCode",
        "InvalidParameterValue.LibraryQuotaRequired",
        "InvalidParameterValue.LibraryQuotaRequiresMultiSpace",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.NotModified",
        "InvalidParameterValue.NotSuperAdmin",
        "InvalidParameterValue.PhoneNumber",
        "LimitExceeded.UserLimit",
        "MissingParameter",
        "RequestLimitExceeded.SendSms",
        "ResourceInUse.MultiSpace",
        "ResourceNotFound.Library",
        "ResourceNotFound.OfficialInstance",
        "ResourceNotFound.PrepaidInstance",
        "UnauthorizedOperation.PassRole",
        "UnauthorizedOperation.ServiceLinkedRole",
        "UnauthorizedOperation.SmsCode",
        "UnauthorizedOperation.SmsCodeExceeded",
        "UnsupportedOperation.BalanceLess",
        "UnsupportedOperation.Purpose",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: billing request fail.An internal error occurred: modify resource status fail.An internal error occurred: postpaid fail.An internal error occurred: send sms.A parameter value is invalid.A parameter value is invalid: advanced search option.A parameter value is invalid: bucket name invalid.A parameter value is invalid: bucket name not belong you.A parameter value is invalid: bucket not found.A parameter value is invalid: bucket not support.A parameter value is invalid: bucket region invalid.A parameter value is invalid: cos storage class.A parameter value is invalid: cos storage class intelligent tiering.A parameter value is invalid: country code.A parameter value is invalid: library quota required.A parameter value is invalid: library quota requires multi space.A parameter value is invalid: limit exceeded.A parameter value is invalid: not modified.A parameter value is invalid: not super admin.A parameter value is invalid: phone number.A limit was exceeded: user limit.A required parameter is missing.Too many requests were sent: send sms.The resource is in use: multi space.The resource was not found: library.The resource was not found: official instance.The resource was not found: prepaid instance.The operation is not authorized: pass role.The operation is not authorized: service linked role.The operation is not authorized: sms code.The operation is not authorized: sms code exceeded.The operation is not supported: balance less.The operation is not supported: purpose.",
        ends: &[
            0, 27, 76, 132, 174, 211, 240, 293, 343, 400, 447, 496, 548, 596, 664, 707,
            760, 825, 870, 913, 959, 1002, 1035, 1067, 1105, 1141, 1177, 1223, 1268,
            1311, 1364, 1406, 1457, 1502, 1542,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"bbbbbaaaaaaaaaaaaaaaaaabbaaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"mmmmmcccccccccccccccchchjeeeggggii",
    );
    static PILOTS: [u16; 9] = [36, 32, 4, 14, 11, 0, 2, 54, 5];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 27, 21, 22, 12, 4294967295, 10, 1, 25, 20, 0, 19, 4294967295, 4, 16,
            4294967295, 9, 33, 7, 18, 32, 6, 24, 8, 15, 23, 3, 17, 30, 5, 11, 13, 2, 29,
            26, 31, 14,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud SMH";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SMH's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SMH: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
