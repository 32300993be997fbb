// @generated from catalogs/tencent/vms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VMS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VMS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AccessUpstreamTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access upstream timeout.
    FailedOperationAccessUpstreamTimeout,
    /// `FailedOperation.ContainSensitiveWord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contain sensitive word.
    FailedOperationContainSensitiveWord,
    /// `FailedOperation.FailResolvePacket`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fail resolve packet.
    FailedOperationFailResolvePacket,
    /// `FailedOperation.InsufficientBalanceInVoicePackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance in voice package.
    FailedOperationInsufficientBalanceInVoicePackage,
    /// `FailedOperation.InvalidJsonParameters`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid json parameters.
    FailedOperationInvalidJsonParameters,
    /// `FailedOperation.InvalidParameters`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid parameters.
    FailedOperationInvalidParameters,
    /// `FailedOperation.JsonParseFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: json parse fail.
    FailedOperationJsonParseFail,
    /// `FailedOperation.ParametersOtherError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameters other error.
    FailedOperationParametersOtherError,
    /// `FailedOperation.PhonenumberUnappliedOrExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: phonenumber unapplied or expired.
    FailedOperationPhonenumberUnappliedOrExpired,
    /// `FailedOperation.TemplateIncorrectOrUnapproved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template incorrect or unapproved.
    FailedOperationTemplateIncorrectOrUnapproved,
    /// `InternalError.AccessUpstreamTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: access upstream timeout.
    InternalErrorAccessUpstreamTimeout,
    /// `InternalError.RequestTimeException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request time exception.
    InternalErrorRequestTimeException,
    /// `InternalError.RestApiInterfaceNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rest api interface not exist.
    InternalErrorRestApiInterfaceNotExist,
    /// `InternalError.SigVerificationFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sig verification fail.
    InternalErrorSigVerificationFail,
    /// `InternalError.SsoSendRecvFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sso send recv fail.
    InternalErrorSsoSendRecvFail,
    /// `InternalError.UpstreamError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: upstream error.
    InternalErrorUpstreamError,
    /// `InvalidParameterValue.CalledNumberVerifyFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: called number verify fail.
    InvalidParameterValueCalledNumberVerifyFail,
    /// `InvalidParameterValue.ContentLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: content length limit.
    InvalidParameterValueContentLengthLimit,
    /// `InvalidParameterValue.SdkAppidNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sdk appid not exist.
    InvalidParameterValueSdkAppidNotExist,
    /// `LimitExceeded.DeliveryFrequencyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: delivery frequency limit.
    LimitExceededDeliveryFrequencyLimit,
    /// `UnauthorizedOperation.SdkAppidIsDisabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sdk appid is disabled.
    UnauthorizedOperationSdkAppidIsDisabled,
    /// `UnauthorizedOperation.ServiceSuspendDueToArrears`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: service suspend due to arrears.
    UnauthorizedOperationServiceSuspendDueToArrears,
    /// `UnauthorizedOperation.VoiceSdkAppidVerifyFail`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: voice sdk appid verify fail.
    UnauthorizedOperationVoiceSdkAppidVerifyFail,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "FailedOperation.AccessUpstreamTimeout",
        "FailedOperation.ContainSensitiveWord",
        "FailedOperation.FailResolvePacket",
        "FailedOperation.InsufficientBalanceInVoicePackage",
        "FailedOperation.InvalidJsonParameters",
        "FailedOperation.InvalidParameters",
        "FailedOperation.JsonParseFail",
        "FailedOperation.ParametersOtherError",
        "FailedOperation.PhonenumberUnappliedOrExpired",
        "FailedOperation.TemplateIncorrectOrUnapproved",
        "InternalError.AccessUpstreamTimeout",
        "InternalError.RequestTimeException",
        "InternalError.RestApiInterfaceNotExist",
        "InternalError.SigVerificationFail",
        "InternalError.SsoSendRecvFail",
        "InternalError.UpstreamError",
        "InvalidParameterValue.CalledNumberVerifyFail",
        "InvalidParameterValue.ContentLengthLimit",
        "InvalidParameterValue.SdkAppidNotExist",
        "LimitExceeded.DeliveryFrequencyLimit",
        "UnauthorizedOperation.SdkAppidIsDisabled",
        "UnauthorizedOperation.ServiceSuspendDueToArrears",
        "UnauthorizedOperation.VoiceSdkAppidVerifyFail",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: access upstream timeout.The operation failed: contain sensitive word.The operation failed: fail resolve packet.The operation failed: insufficient balance in voice package.The operation failed: invalid json parameters.The operation failed: invalid parameters.The operation failed: json parse fail.The operation failed: parameters other error.The operation failed: phonenumber unapplied or expired.The operation failed: template incorrect or unapproved.An internal error occurred: access upstream timeout.An internal error occurred: request time exception.An internal error occurred: rest api interface not exist.An internal error occurred: sig verification fail.An internal error occurred: sso send recv fail.An internal error occurred: upstream error.A parameter value is invalid: called number verify fail.A parameter value is invalid: content length limit.A parameter value is invalid: sdk appid not exist.A limit was exceeded: delivery frequency limit.The operation is not authorized: sdk appid is disabled.The operation is not authorized: service suspend due to arrears.The operation is not authorized: voice sdk appid verify fail.The operation is not supported.",
        ends: &[
            0, 46, 91, 133, 193, 239, 280, 318, 363, 418, 473, 525, 576, 633, 683, 730,
            773, 829, 880, 930, 977, 1032, 1096, 1157, 1188,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabbbbbbaaaaccca",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiimmmmmmccchgggl",
    );
    static PILOTS: [u16; 6] = [2, 0, 0, 41, 180, 8];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 12, 2, 1, 4, 17, 23, 8, 11, 9, 15, 13, 14, 7, 20, 22, 5, 16, 6, 21,
            4294967295, 10, 0, 4294967295, 19, 3,
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
    const PROVIDER: &'static str = "Tencent Cloud VMS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VMS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
