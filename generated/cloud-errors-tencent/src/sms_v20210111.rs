// @generated from catalogs/tencent/sms_v20210111.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SMS v20210111: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SMS v20210111: a variant per documented code,
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
    /// `FailedOperation.ForbidAddMarketingTemplates`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: forbid add marketing templates.
    FailedOperationForbidAddMarketingTemplates,
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
    /// `FailedOperation.PhoneNumberParseFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: phone number parse fail.
    FailedOperationPhoneNumberParseFail,
    /// `FailedOperation.ProhibitSubAccountUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prohibit sub account use.
    FailedOperationProhibitSubAccountUse,
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
    /// `InvalidParameter.DirtyWordFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dirty word found.
    InvalidParameterDirtyWordFound,
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
    /// `InvalidParameterValue.InvalidSignPurpose`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sign purpose.
    InvalidParameterValueInvalidSignPurpose,
    /// `InvalidParameterValue.InvalidSmsType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sms type.
    InvalidParameterValueInvalidSmsType,
    /// `InvalidParameterValue.InvalidStartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid start time.
    InvalidParameterValueInvalidStartTime,
    /// `InvalidParameterValue.InvalidTemplateFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid template format.
    InvalidParameterValueInvalidTemplateFormat,
    /// `InvalidParameterValue.InvalidUsedMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid used method.
    InvalidParameterValueInvalidUsedMethod,
    /// `InvalidParameterValue.LimitVerifyFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit verify fail.
    InvalidParameterValueLimitVerifyFail,
    /// `InvalidParameterValue.MarketingTemplateWithoutUnsubscribe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: marketing template without unsubscribe.
    InvalidParameterValueMarketingTemplateWithoutUnsubscribe,
    /// `InvalidParameterValue.MultiSmsInfoSetEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: multi sms info set empty.
    InvalidParameterValueMultiSmsInfoSetEmpty,
    /// `InvalidParameterValue.OffsetVerifyFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset verify fail.
    InvalidParameterValueOffsetVerifyFail,
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
    /// `InvalidParameterValue.TemplateWithDirtyWords`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template with dirty words.
    InvalidParameterValueTemplateWithDirtyWords,
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
    /// `UnsupportedOperation.ContainDomesticPhoneNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: contain domestic phone number.
    UnsupportedOperationContainDomesticPhoneNumber,
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
    static CODES: [&str; 94] = [
        "FailedOperation.ContainSensitiveWord",
        "FailedOperation.FailResolvePacket",
        "FailedOperation.ForbidAddMarketingTemplates",
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
        "FailedOperation.PhoneNumberParseFail",
        "FailedOperation.ProhibitSubAccountUse",
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
        "InvalidParameter.DirtyWordFound",
        "InvalidParameter.InvalidParameters",
        "InvalidParameterValue.BeginTimeVerifyFail",
        "InvalidParameterValue.ContentLengthLimit",
        "InvalidParameterValue.EndTimeVerifyFail",
        "InvalidParameterValue.ImageInvalid",
        "InvalidParameterValue.IncorrectPhoneNumber",
        "InvalidParameterValue.InvalidDocumentType",
        "InvalidParameterValue.InvalidInternational",
        "InvalidParameterValue.InvalidSignPurpose",
        "InvalidParameterValue.InvalidSmsType",
        "InvalidParameterValue.InvalidStartTime",
        "InvalidParameterValue.InvalidTemplateFormat",
        "InvalidParameterValue.InvalidUsedMethod",
        "InvalidParameterValue.LimitVerifyFail",
        "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe",
        "InvalidParameterValue.MultiSmsInfoSetEmpty",
        "InvalidParameterValue.OffsetVerifyFail",
        "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
        "InvalidParameterValue.QualificationIdNotFound",
        "InvalidParameterValue.SdkAppIdNotExist",
        "InvalidParameterValue.SignAlreadyPassedCheck",
        "InvalidParameterValue.SignExistAndUnapproved",
        "InvalidParameterValue.SignNameLengthTooLong",
        "InvalidParameterValue.TemplateParameterFormatError",
        "InvalidParameterValue.TemplateParameterLengthLimit",
        "InvalidParameterValue.TemplateWithDirtyWords",
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
        "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny",
        "UnauthorizedOperation.RequestIpNotInWhitelist",
        "UnauthorizedOperation.RequestPermissionDeny",
        "UnauthorizedOperation.SdkAppIdIsDisabled",
        "UnauthorizedOperation.ServiceSuspendDueToArrears",
        "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
        "UnsupportedOperation",
        "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone",
        "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
        "UnsupportedOperation.ContainDomesticPhoneNumber",
        "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
        "UnsupportedOperation.UnsupportedRegion",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: contain sensitive word.The operation failed: fail resolve packet.The operation failed: forbid add marketing templates.The operation failed: insufficient balance in sms package.The operation failed: json parse fail.The operation failed: marketing send time constraint.The operation failed: missing signature.The operation failed: missing signature list.The operation failed: missing signature to modify.The operation failed: missing template list.The operation failed: missing template to modify.The operation failed: not enterprise certification.The operation failed: other error.The operation failed: parameters other error.The operation failed: phone number in blacklist.The operation failed: phone number parse fail.The operation failed: prohibit sub account use.The operation failed: qualification id not approved.The operation failed: sign id not exist.The operation failed: sign number limit.The operation failed: signature incorrect or unapproved.The operation failed: template already passed check.The operation failed: template id not exist.The operation failed: template incorrect or unapproved.The operation failed: template number limit.The operation failed: template param set not match approved template.The operation failed: template unapproved or not exist.An internal error occurred: json parse fail.An internal error occurred: other error.An internal error occurred: parse backend response fail.An internal error occurred: request time exception.An internal error occurred: rest api interface not exist.An internal error occurred: send and recv fail.An internal error occurred: sig field missing.An internal error occurred: sig verification fail.An internal error occurred: timeout.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: appid and biz id.A parameter is invalid: dirty word found.A parameter is invalid: invalid parameters.A parameter value is invalid: begin time verify fail.A parameter value is invalid: content length limit.A parameter value is invalid: end time verify fail.A parameter value is invalid: image invalid.A parameter value is invalid: incorrect phone number.A parameter value is invalid: invalid document type.A parameter value is invalid: invalid international.A parameter value is invalid: invalid sign purpose.A parameter value is invalid: invalid sms type.A parameter value is invalid: invalid start time.A parameter value is invalid: invalid template format.A parameter value is invalid: invalid used method.A parameter value is invalid: limit verify fail.A parameter value is invalid: marketing template without unsubscribe.A parameter value is invalid: multi sms info set empty.A parameter value is invalid: offset verify fail.A parameter value is invalid: prohibited use url in template parameter.A parameter value is invalid: qualification id not found.A parameter value is invalid: sdk app id not exist.A parameter value is invalid: sign already passed check.A parameter value is invalid: sign exist and unapproved.A parameter value is invalid: sign name length too long.A parameter value is invalid: template parameter format error.A parameter value is invalid: template parameter length limit.A parameter value is invalid: template with dirty words.A parameter value is invalid: unsupported template variable.A limit was exceeded: app country or region daily limit.A limit was exceeded: app country or region in blacklist.A limit was exceeded: app daily limit.A limit was exceeded: app global daily limit.A limit was exceeded: app mainland china daily limit.A limit was exceeded: daily limit.A limit was exceeded: delivery frequency limit.A limit was exceeded: global sms sending rate limit.A limit was exceeded: phone number count limit.A limit was exceeded: phone number daily limit.A limit was exceeded: phone number one hour limit.A limit was exceeded: phone number same content daily limit.A limit was exceeded: phone number thirty second limit.A required parameter is missing.A required parameter is missing: empty phone number set.The operation is not authorized: individual user marketing sms permission deny.The operation is not authorized: request ip not in whitelist.The operation is not authorized: request permission deny.The operation is not authorized: sdk app id is disabled.The operation is not authorized: service suspend due to arrears.The operation is not authorized: sms sdk app id verify fail.The operation is not supported.The operation is not supported: chinese mainland template to global phone.The operation is not supported: contain domestic and international phone number.The operation is not supported: contain domestic phone number.The operation is not supported: global template to chinese mainland phone.The operation is not supported: unsupported region.",
        ends: &[
            0, 45, 87, 140, 198, 236, 289, 329, 374, 424, 468, 517, 568, 602, 647, 695,
            741, 788, 840, 880, 920, 976, 1028, 1072, 1127, 1171, 1240, 1295, 1339, 1379,
            1435, 1486, 1543, 1590, 1636, 1686, 1722, 1764, 1787, 1828, 1869, 1912, 1965,
            2016, 2067, 2111, 2164, 2216, 2268, 2319, 2366, 2415, 2469, 2519, 2567, 2636,
            2691, 2740, 2811, 2868, 2919, 2975, 3031, 3087, 3149, 3211, 3267, 3327, 3383,
            3440, 3478, 3523, 3576, 3610, 3657, 3709, 3756, 3803, 3853, 3913, 3968, 4000,
            4056, 4135, 4196, 4253, 4309, 4373, 4433, 4464, 4538, 4618, 4680, 4754, 4805,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 94] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 94] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmcccccccccccccccccccccccccccccchhhhhhhhhhhhhccggggggliiiii",
    );
    static PILOTS: [u16; 24] = [
        3, 7, 1, 0, 58, 13, 13, 11, 5, 38, 15, 56, 78, 85, 27, 3, 17, 0, 0, 0, 4, 0, 40,
        89,
    ];
    static SLOTS: [(&str, u32); 104] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            84, 60, 71, 85, 4294967295, 63, 52, 55, 77, 67, 26, 43, 41, 89, 4294967295,
            16, 90, 31, 76, 57, 23, 25, 47, 7, 34, 74, 21, 59, 30, 4294967295, 64, 6,
            4294967295, 51, 33, 35, 37, 4294967295, 18, 3, 19, 4294967295, 92, 29, 61,
            70, 46, 45, 86, 1, 69, 65, 68, 32, 78, 44, 62, 4, 12, 66, 49, 9, 20, 11, 58,
            36, 72, 39, 27, 50, 82, 17, 4294967295, 4294967295, 91, 53, 28, 15, 79, 56,
            22, 73, 40, 0, 10, 93, 38, 24, 87, 13, 4294967295, 54, 4294967295, 48, 75,
            42, 81, 80, 5, 2, 83, 88, 8, 14,
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
    const PROVIDER: &'static str = "Tencent Cloud SMS v20210111";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SMS v20210111's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SMS v20210111: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
