// @generated from catalogs/tencent/sms_v20190711.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SMS v20190711: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SMS v20190711: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ContainSensitiveWord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contain sensitive word.
    FailedOperationContainSensitiveWord,
    /// `FailedOperation.FailResolvePacket`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fail resolve packet.
    FailedOperationFailResolvePacket,
    /// `FailedOperation.InsufficientBalanceInSmsPackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance in sms package.
    FailedOperationInsufficientBalanceInSmsPackage,
    /// `FailedOperation.JsonParseFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: json parse fail.
    FailedOperationJsonParseFail,
    /// `FailedOperation.MarketingSendTimeConstraint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: marketing send time constraint.
    FailedOperationMarketingSendTimeConstraint,
    /// `FailedOperation.MissingSignature`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing signature.
    FailedOperationMissingSignature,
    /// `FailedOperation.MissingSignatureList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing signature list.
    FailedOperationMissingSignatureList,
    /// `FailedOperation.MissingSignatureToModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing signature to modify.
    FailedOperationMissingSignatureToModify,
    /// `FailedOperation.MissingTemplateList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing template list.
    FailedOperationMissingTemplateList,
    /// `FailedOperation.MissingTemplateToModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing template to modify.
    FailedOperationMissingTemplateToModify,
    /// `FailedOperation.NotEnterpriseCertification`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not enterprise certification.
    FailedOperationNotEnterpriseCertification,
    /// `FailedOperation.OtherError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: other error.
    FailedOperationOtherError,
    /// `FailedOperation.ParametersOtherError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameters other error.
    FailedOperationParametersOtherError,
    /// `FailedOperation.PhoneNumberInBlacklist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: phone number in blacklist.
    FailedOperationPhoneNumberInBlacklist,
    /// `FailedOperation.QualificationIdNotApproved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qualification id not approved.
    FailedOperationQualificationIdNotApproved,
    /// `FailedOperation.SignIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign id not exist.
    FailedOperationSignIdNotExist,
    /// `FailedOperation.SignNumberLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign number limit.
    FailedOperationSignNumberLimit,
    /// `FailedOperation.SignatureIncorrectOrUnapproved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: signature incorrect or unapproved.
    FailedOperationSignatureIncorrectOrUnapproved,
    /// `FailedOperation.TemplateAlreadyPassedCheck`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template already passed check.
    FailedOperationTemplateAlreadyPassedCheck,
    /// `FailedOperation.TemplateIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template id not exist.
    FailedOperationTemplateIdNotExist,
    /// `FailedOperation.TemplateIncorrectOrUnapproved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template incorrect or unapproved.
    FailedOperationTemplateIncorrectOrUnapproved,
    /// `FailedOperation.TemplateNumberLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template number limit.
    FailedOperationTemplateNumberLimit,
    /// `FailedOperation.TemplateParamSetNotMatchApprovedTemplate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template param set not match approved template.
    FailedOperationTemplateParamSetNotMatchApprovedTemplate,
    /// `FailedOperation.TemplateUnapprovedOrNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template unapproved or not exist.
    FailedOperationTemplateUnapprovedOrNotExist,
    /// `InternalError.ConstructUserDataFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: construct user data fail.
    InternalErrorConstructUserDataFail,
    /// `InternalError.JsonParseFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json parse fail.
    InternalErrorJsonParseFail,
    /// `InternalError.OtherError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: other error.
    InternalErrorOtherError,
    /// `InternalError.ParseBackendResponseFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: parse backend response fail.
    InternalErrorParseBackendResponseFail,
    /// `InternalError.RequestTimeException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request time exception.
    InternalErrorRequestTimeException,
    /// `InternalError.RestApiInterfaceNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rest api interface not exist.
    InternalErrorRestApiInterfaceNotExist,
    /// `InternalError.SendAndRecvFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: send and recv fail.
    InternalErrorSendAndRecvFail,
    /// `InternalError.SigFieldMissing`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sig field missing.
    InternalErrorSigFieldMissing,
    /// `InternalError.SigVerificationFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sig verification fail.
    InternalErrorSigVerificationFail,
    /// `InternalError.Timeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: timeout.
    InternalErrorTimeout,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AppidAndBizId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: appid and biz id.
    InvalidParameterAppidAndBizId,
    /// `InvalidParameter.InvalidParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameters.
    InvalidParameterInvalidParameters,
    /// `InvalidParameterValue.BeginTimeVerifyFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: begin time verify fail.
    InvalidParameterValueBeginTimeVerifyFail,
    /// `InvalidParameterValue.ContentLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: content length limit.
    InvalidParameterValueContentLengthLimit,
    /// `InvalidParameterValue.EndTimeVerifyFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time verify fail.
    InvalidParameterValueEndTimeVerifyFail,
    /// `InvalidParameterValue.ImageInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image invalid.
    InvalidParameterValueImageInvalid,
    /// `InvalidParameterValue.IncorrectPhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: incorrect phone number.
    InvalidParameterValueIncorrectPhoneNumber,
    /// `InvalidParameterValue.InvalidDocumentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid document type.
    InvalidParameterValueInvalidDocumentType,
    /// `InvalidParameterValue.InvalidInternational`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid international.
    InvalidParameterValueInvalidInternational,
    /// `InvalidParameterValue.InvalidSmsType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sms type.
    InvalidParameterValueInvalidSmsType,
    /// `InvalidParameterValue.InvalidStartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid start time.
    InvalidParameterValueInvalidStartTime,
    /// `InvalidParameterValue.InvalidUsedMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid used method.
    InvalidParameterValueInvalidUsedMethod,
    /// `InvalidParameterValue.MarketingTemplateWithoutUnsubscribe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: marketing template without unsubscribe.
    InvalidParameterValueMarketingTemplateWithoutUnsubscribe,
    /// `InvalidParameterValue.MissingSignatureList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing signature list.
    InvalidParameterValueMissingSignatureList,
    /// `InvalidParameterValue.ProhibitedUseUrlInTemplateParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: prohibited use url in template parameter.
    InvalidParameterValueProhibitedUseUrlInTemplateParameter,
    /// `InvalidParameterValue.QualificationIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: qualification id not found.
    InvalidParameterValueQualificationIdNotFound,
    /// `InvalidParameterValue.SdkAppIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sdk app id not exist.
    InvalidParameterValueSdkAppIdNotExist,
    /// `InvalidParameterValue.SignAlreadyPassedCheck`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sign already passed check.
    InvalidParameterValueSignAlreadyPassedCheck,
    /// `InvalidParameterValue.SignExistAndUnapproved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sign exist and unapproved.
    InvalidParameterValueSignExistAndUnapproved,
    /// `InvalidParameterValue.SignNameLengthTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sign name length too long.
    InvalidParameterValueSignNameLengthTooLong,
    /// `InvalidParameterValue.TemplateParameterFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template parameter format error.
    InvalidParameterValueTemplateParameterFormatError,
    /// `InvalidParameterValue.TemplateParameterLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template parameter length limit.
    InvalidParameterValueTemplateParameterLengthLimit,
    /// `InvalidParameterValue.UnsupportedTemplateVariable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported template variable.
    InvalidParameterValueUnsupportedTemplateVariable,
    /// `LimitExceeded.AppCountryOrRegionDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: app country or region daily limit.
    LimitExceededAppCountryOrRegionDailyLimit,
    /// `LimitExceeded.AppCountryOrRegionInBlacklist`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: app country or region in blacklist.
    LimitExceededAppCountryOrRegionInBlacklist,
    /// `LimitExceeded.AppDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: app daily limit.
    LimitExceededAppDailyLimit,
    /// `LimitExceeded.AppGlobalDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: app global daily limit.
    LimitExceededAppGlobalDailyLimit,
    /// `LimitExceeded.AppMainlandChinaDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: app mainland china daily limit.
    LimitExceededAppMainlandChinaDailyLimit,
    /// `LimitExceeded.DailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: daily limit.
    LimitExceededDailyLimit,
    /// `LimitExceeded.DeliveryFrequencyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: delivery frequency limit.
    LimitExceededDeliveryFrequencyLimit,
    /// `LimitExceeded.GlobalSmsSendingRateLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: global sms sending rate limit.
    LimitExceededGlobalSmsSendingRateLimit,
    /// `LimitExceeded.PhoneNumberCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone number count limit.
    LimitExceededPhoneNumberCountLimit,
    /// `LimitExceeded.PhoneNumberDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone number daily limit.
    LimitExceededPhoneNumberDailyLimit,
    /// `LimitExceeded.PhoneNumberOneHourLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone number one hour limit.
    LimitExceededPhoneNumberOneHourLimit,
    /// `LimitExceeded.PhoneNumberSameContentDailyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone number same content daily limit.
    LimitExceededPhoneNumberSameContentDailyLimit,
    /// `LimitExceeded.PhoneNumberThirtySecondLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone number thirty second limit.
    LimitExceededPhoneNumberThirtySecondLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.EmptyPhoneNumberSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty phone number set.
    MissingParameterEmptyPhoneNumberSet,
    /// `MissingParameter.MissingSignatureList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing signature list.
    MissingParameterMissingSignatureList,
    /// `UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: individual user marketing sms permission deny.
    UnauthorizedOperationIndividualUserMarketingSmsPermissionDeny,
    /// `UnauthorizedOperation.RequestIpNotInWhitelist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: request ip not in whitelist.
    UnauthorizedOperationRequestIpNotInWhitelist,
    /// `UnauthorizedOperation.RequestPermissionDeny`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: request permission deny.
    UnauthorizedOperationRequestPermissionDeny,
    /// `UnauthorizedOperation.SdkAppIdIsDisabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sdk app id is disabled.
    UnauthorizedOperationSdkAppIdIsDisabled,
    /// `UnauthorizedOperation.ServiceSuspendDueToArrears`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: service suspend due to arrears.
    UnauthorizedOperationServiceSuspendDueToArrears,
    /// `UnauthorizedOperation.SmsSdkAppIdVerifyFail`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sms sdk app id verify fail.
    UnauthorizedOperationSmsSdkAppIdVerifyFail,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: chinese mainland template to global phone.
    UnsupportedOperationChineseMainlandTemplateToGlobalPhone,
    /// `UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: contain domestic and international phone number.
    UnsupportedOperationContainDomesticAndInternationalPhoneNumber,
    /// `UnsupportedOperation.GlobalTemplateToChineseMainlandPhone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: global template to chinese mainland phone.
    UnsupportedOperationGlobalTemplateToChineseMainlandPhone,
    /// `UnsupportedOperation.UnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported region.
    UnsupportedOperationUnsupportedRegion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 86] = [
        "FailedOperation.ContainSensitiveWord",
        "FailedOperation.FailResolvePacket",
        "FailedOperation.InsufficientBalanceInSmsPackage",
        "FailedOperation.JsonParseFail",
        "FailedOperation.MarketingSendTimeConstraint",
        "FailedOperation.MissingSignature",
        "FailedOperation.MissingSignatureList",
        "FailedOperation.MissingSignatureToModify",
        "FailedOperation.MissingTemplateList",
        "FailedOperation.MissingTemplateToModify",
        "FailedOperation.NotEnterpriseCertification",
        "FailedOperation.OtherError",
        "FailedOperation.ParametersOtherError",
        "FailedOperation.PhoneNumberInBlacklist",
        "FailedOperation.QualificationIdNotApproved",
        "FailedOperation.SignIdNotExist",
        "FailedOperation.SignNumberLimit",
        "FailedOperation.SignatureIncorrectOrUnapproved",
        "FailedOperation.TemplateAlreadyPassedCheck",
        "FailedOperation.TemplateIdNotExist",
        "FailedOperation.TemplateIncorrectOrUnapproved",
        "FailedOperation.TemplateNumberLimit",
        "FailedOperation.TemplateParamSetNotMatchApprovedTemplate",
        "FailedOperation.TemplateUnapprovedOrNotExist",
        "InternalError.ConstructUserDataFail",
        "InternalError.JsonParseFail",
        "InternalError.OtherError",
        "InternalError.ParseBackendResponseFail",
        "InternalError.RequestTimeException",
        "InternalError.RestApiInterfaceNotExist",
        "InternalError.SendAndRecvFail",
        "InternalError.SigFieldMissing",
        "InternalError.SigVerificationFail",
        "InternalError.Timeout",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.AppidAndBizId",
        "InvalidParameter.InvalidParameters",
        "InvalidParameterValue.BeginTimeVerifyFail",
        "InvalidParameterValue.ContentLengthLimit",
        "InvalidParameterValue.EndTimeVerifyFail",
        "InvalidParameterValue.ImageInvalid",
        "InvalidParameterValue.IncorrectPhoneNumber",
        "InvalidParameterValue.InvalidDocumentType",
        "InvalidParameterValue.InvalidInternational",
        "InvalidParameterValue.InvalidSmsType",
        "InvalidParameterValue.InvalidStartTime",
        "InvalidParameterValue.InvalidUsedMethod",
        "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe",
        "InvalidParameterValue.MissingSignatureList",
        "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
        "InvalidParameterValue.QualificationIdNotFound",
        "InvalidParameterValue.SdkAppIdNotExist",
        "InvalidParameterValue.SignAlreadyPassedCheck",
        "InvalidParameterValue.SignExistAndUnapproved",
        "InvalidParameterValue.SignNameLengthTooLong",
        "InvalidParameterValue.TemplateParameterFormatError",
        "InvalidParameterValue.TemplateParameterLengthLimit",
        "InvalidParameterValue.UnsupportedTemplateVariable",
        "LimitExceeded.AppCountryOrRegionDailyLimit",
        "LimitExceeded.AppCountryOrRegionInBlacklist",
        "LimitExceeded.AppDailyLimit",
        "LimitExceeded.AppGlobalDailyLimit",
        "LimitExceeded.AppMainlandChinaDailyLimit",
        "LimitExceeded.DailyLimit",
        "LimitExceeded.DeliveryFrequencyLimit",
        "LimitExceeded.GlobalSmsSendingRateLimit",
        "LimitExceeded.PhoneNumberCountLimit",
        "LimitExceeded.PhoneNumberDailyLimit",
        "LimitExceeded.PhoneNumberOneHourLimit",
        "LimitExceeded.PhoneNumberSameContentDailyLimit",
        "LimitExceeded.PhoneNumberThirtySecondLimit",
        "MissingParameter",
        "MissingParameter.EmptyPhoneNumberSet",
        "MissingParameter.MissingSignatureList",
        "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny",
        "UnauthorizedOperation.RequestIpNotInWhitelist",
        "UnauthorizedOperation.RequestPermissionDeny",
        "UnauthorizedOperation.SdkAppIdIsDisabled",
        "UnauthorizedOperation.ServiceSuspendDueToArrears",
        "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
        "UnsupportedOperation",
        "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone",
        "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
        "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
        "UnsupportedOperation.UnsupportedRegion",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: contain sensitive word.The operation failed: fail resolve packet.The operation failed: insufficient balance in sms package.The operation failed: json parse fail.The operation failed: marketing send time constraint.The operation failed: missing signature.The operation failed: missing signature list.The operation failed: missing signature to modify.The operation failed: missing template list.The operation failed: missing template to modify.The operation failed: not enterprise certification.The operation failed: other error.The operation failed: parameters other error.The operation failed: phone number in blacklist.The operation failed: qualification id not approved.The operation failed: sign id not exist.The operation failed: sign number limit.The operation failed: signature incorrect or unapproved.The operation failed: template already passed check.The operation failed: template id not exist.The operation failed: template incorrect or unapproved.The operation failed: template number limit.The operation failed: template param set not match approved template.The operation failed: template unapproved or not exist.An internal error occurred: construct user data fail.An internal error occurred: json parse fail.An internal error occurred: other error.An internal error occurred: parse backend response fail.An internal error occurred: request time exception.An internal error occurred: rest api interface not exist.An internal error occurred: send and recv fail.An internal error occurred: sig field missing.An internal error occurred: sig verification fail.An internal error occurred: timeout.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: appid and biz id.A parameter is invalid: invalid parameters.A parameter value is invalid: begin time verify fail.A parameter value is invalid: content length limit.A parameter value is invalid: end time verify fail.A parameter value is invalid: image invalid.A parameter value is invalid: incorrect phone number.A parameter value is invalid: invalid document type.A parameter value is invalid: invalid international.A parameter value is invalid: invalid sms type.A parameter value is invalid: invalid start time.A parameter value is invalid: invalid used method.A parameter value is invalid: marketing template without unsubscribe.A parameter value is invalid: missing signature list.A parameter value is invalid: prohibited use url in template parameter.A parameter value is invalid: qualification id not found.A parameter value is invalid: sdk app id not exist.A parameter value is invalid: sign already passed check.A parameter value is invalid: sign exist and unapproved.A parameter value is invalid: sign name length too long.A parameter value is invalid: template parameter format error.A parameter value is invalid: template parameter length limit.A parameter value is invalid: unsupported template variable.A limit was exceeded: app country or region daily limit.A limit was exceeded: app country or region in blacklist.A limit was exceeded: app daily limit.A limit was exceeded: app global daily limit.A limit was exceeded: app mainland china daily limit.A limit was exceeded: daily limit.A limit was exceeded: delivery frequency limit.A limit was exceeded: global sms sending rate limit.A limit was exceeded: phone number count limit.A limit was exceeded: phone number daily limit.A limit was exceeded: phone number one hour limit.A limit was exceeded: phone number same content daily limit.A limit was exceeded: phone number thirty second limit.A required parameter is missing.A required parameter is missing: empty phone number set.A required parameter is missing: missing signature list.The operation is not authorized: individual user marketing sms permission deny.The operation is not authorized: request ip not in whitelist.The operation is not authorized: request permission deny.The operation is not authorized: sdk app id is disabled.The operation is not authorized: service suspend due to arrears.The operation is not authorized: sms sdk app id verify fail.The operation is not supported.The operation is not supported: chinese mainland template to global phone.The operation is not supported: contain domestic and international phone number.The operation is not supported: global template to chinese mainland phone.The operation is not supported: unsupported region.",
        ends: &[
            0, 45, 87, 145, 183, 236, 276, 321, 371, 415, 464, 515, 549, 594, 642, 694,
            734, 774, 830, 882, 926, 981, 1025, 1094, 1149, 1202, 1246, 1286, 1342, 1393,
            1450, 1497, 1543, 1593, 1629, 1671, 1694, 1735, 1778, 1831, 1882, 1933, 1977,
            2030, 2082, 2134, 2181, 2230, 2280, 2349, 2402, 2473, 2530, 2581, 2637, 2693,
            2749, 2811, 2873, 2933, 2989, 3046, 3084, 3129, 3182, 3216, 3263, 3315, 3362,
            3409, 3459, 3519, 3574, 3606, 3662, 3718, 3797, 3858, 3915, 3971, 4035, 4095,
            4126, 4200, 4280, 4354, 4405,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 86] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 86] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmcccccccccccccccccccccccchhhhhhhhhhhhhcccggggggliiii",
    );
    static PILOTS: [u16; 22] = [
        38, 0, 2, 2, 0, 28, 7, 94, 1, 6, 18, 144, 54, 18, 4, 56, 3, 0, 4, 85, 9, 287,
    ];
    static SLOTS: [(&str, u32); 95] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            48, 53, 4294967295, 78, 63, 44, 74, 13, 69, 45, 11, 59, 82, 4294967295, 5,
            43, 29, 33, 79, 2, 16, 6, 15, 72, 31, 40, 7, 84, 28, 77, 4294967295, 61, 39,
            35, 20, 4294967295, 60, 14, 21, 64, 4294967295, 57, 17, 42, 68, 1, 24, 19, 9,
            4294967295, 26, 85, 81, 38, 58, 54, 71, 4294967295, 49, 34, 10, 73, 76, 30,
            36, 22, 52, 3, 50, 51, 70, 80, 32, 23, 66, 25, 41, 18, 47, 55, 0, 12, 8, 37,
            46, 4294967295, 67, 56, 83, 65, 4, 4294967295, 62, 75, 27,
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
    const PROVIDER: &'static str = "Tencent Cloud SMS v20190711";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SMS v20190711's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SMS v20190711: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
