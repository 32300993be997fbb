// @generated from catalogs/tencent/ses.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SES: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SES: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AttachContentToolarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: attach content toolarge.
    FailedOperationAttachContentToolarge,
    /// `FailedOperation.DKIMNotApplied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DKIM not applied.
    FailedOperationDkimNotApplied,
    /// `FailedOperation.EmailAddrInBlacklist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email addr in blacklist.
    FailedOperationEmailAddrInBlacklist,
    /// `FailedOperation.EmailContentToolarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email content toolarge.
    FailedOperationEmailContentToolarge,
    /// `FailedOperation.ExceedSendLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceed send limit.
    FailedOperationExceedSendLimit,
    /// `FailedOperation.ExceedTemplateLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceed template limit.
    FailedOperationExceedTemplateLimit,
    /// `FailedOperation.FileURLNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file URL not exist.
    FailedOperationFileUrlNotExist,
    /// `FailedOperation.FrequencyLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: frequency limit.
    FailedOperationFrequencyLimit,
    /// `FailedOperation.HighRejectionRate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: high rejection rate.
    FailedOperationHighRejectionRate,
    /// `FailedOperation.IllegalURL`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal URL.
    FailedOperationIllegalUrl,
    /// `FailedOperation.IncorrectEmail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: incorrect email.
    FailedOperationIncorrectEmail,
    /// `FailedOperation.IncorrectSender`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: incorrect sender.
    FailedOperationIncorrectSender,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.InsufficientQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient quota.
    FailedOperationInsufficientQuota,
    /// `FailedOperation.InvalidAttachName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid attach name.
    FailedOperationInvalidAttachName,
    /// `FailedOperation.InvalidLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid limit.
    FailedOperationInvalidLimit,
    /// `FailedOperation.InvalidTemplateID`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid template ID.
    FailedOperationInvalidTemplateId,
    /// `FailedOperation.MissingEmailContent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing email content.
    FailedOperationMissingEmailContent,
    /// `FailedOperation.NoAttachPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no attach permission.
    FailedOperationNoAttachPermission,
    /// `FailedOperation.NotAuthenticatedSender`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not authenticated sender.
    FailedOperationNotAuthenticatedSender,
    /// `FailedOperation.NotSupportDate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support date.
    FailedOperationNotSupportDate,
    /// `FailedOperation.ProtocolCheckErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: protocol check err.
    FailedOperationProtocolCheckErr,
    /// `FailedOperation.ReceiverHasUnsubscribed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: receiver has unsubscribed.
    FailedOperationReceiverHasUnsubscribed,
    /// `FailedOperation.RejectedByRecipients`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rejected by recipients.
    FailedOperationRejectedByRecipients,
    /// `FailedOperation.SendEmailErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send email err.
    FailedOperationSendEmailErr,
    /// `FailedOperation.ServiceNotAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not available.
    FailedOperationServiceNotAvailable,
    /// `FailedOperation.TemplateContentToolarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template content toolarge.
    FailedOperationTemplateContentToolarge,
    /// `FailedOperation.TemporaryBlocked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: temporary blocked.
    FailedOperationTemporaryBlocked,
    /// `FailedOperation.TooManyAttachments`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many attachments.
    FailedOperationTooManyAttachments,
    /// `FailedOperation.TooManyRecipients`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many recipients.
    FailedOperationTooManyRecipients,
    /// `FailedOperation.URLForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: URL forbidden.
    FailedOperationUrlForbidden,
    /// `FailedOperation.UnsupportMailType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupport mail type.
    FailedOperationUnsupportMailType,
    /// `FailedOperation.WithOutPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: with out permission.
    FailedOperationWithOutPermission,
    /// `FailedOperation.WrongContentJson`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wrong content json.
    FailedOperationWrongContentJson,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.QueryDataBaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query data base failed.
    InternalErrorQueryDataBaseFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AppIdIsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: app id is required.
    InvalidParameterAppIdIsRequired,
    /// `InvalidParameter.InvalidEndTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid end time format.
    InvalidParameterInvalidEndTimeFormat,
    /// `InvalidParameter.InvalidStartTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid start time format.
    InvalidParameterInvalidStartTimeFormat,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AttachContentIsWrong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: attach content is wrong.
    InvalidParameterValueAttachContentIsWrong,
    /// `InvalidParameterValue.BeginTimeBeforeNow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: begin time before now.
    InvalidParameterValueBeginTimeBeforeNow,
    /// `InvalidParameterValue.CreatedByOther`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: created by other.
    InvalidParameterValueCreatedByOther,
    /// `InvalidParameterValue.EmailAddressIsNULL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: email address is NULL.
    InvalidParameterValueEmailAddressIsNull,
    /// `InvalidParameterValue.EmailContentIsWrong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: email content is wrong.
    InvalidParameterValueEmailContentIsWrong,
    /// `InvalidParameterValue.IllegalEmailAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal email address.
    InvalidParameterValueIllegalEmailAddress,
    /// `InvalidParameterValue.IllegalSenderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal sender name.
    InvalidParameterValueIllegalSenderName,
    /// `InvalidParameterValue.InValidTemplateData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: in valid template data.
    InvalidParameterValueInValidTemplateData,
    /// `InvalidParameterValue.InvalidEmailIdentity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid email identity.
    InvalidParameterValueInvalidEmailIdentity,
    /// `InvalidParameterValue.InvalidSmtpPassWord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid smtp pass word.
    InvalidParameterValueInvalidSmtpPassWord,
    /// `InvalidParameterValue.NoSuchSender`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no such sender.
    InvalidParameterValueNoSuchSender,
    /// `InvalidParameterValue.NotExistDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not exist domain.
    InvalidParameterValueNotExistDomain,
    /// `InvalidParameterValue.ReceiverDescIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: receiver desc illegal.
    InvalidParameterValueReceiverDescIllegal,
    /// `InvalidParameterValue.ReceiverEmailInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: receiver email invalid.
    InvalidParameterValueReceiverEmailInvalid,
    /// `InvalidParameterValue.ReceiverNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: receiver name illegal.
    InvalidParameterValueReceiverNameIllegal,
    /// `InvalidParameterValue.RepeatCreation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repeat creation.
    InvalidParameterValueRepeatCreation,
    /// `InvalidParameterValue.RepeatEmailAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repeat email address.
    InvalidParameterValueRepeatEmailAddress,
    /// `InvalidParameterValue.RepeatReceiverName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repeat receiver name.
    InvalidParameterValueRepeatReceiverName,
    /// `InvalidParameterValue.SubjectLengthError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subject length error.
    InvalidParameterValueSubjectLengthError,
    /// `InvalidParameterValue.TemplateContentIsNULL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template content is NULL.
    InvalidParameterValueTemplateContentIsNull,
    /// `InvalidParameterValue.TemplateContentIsWrong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template content is wrong.
    InvalidParameterValueTemplateContentIsWrong,
    /// `InvalidParameterValue.TemplateDataError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template data error.
    InvalidParameterValueTemplateDataError,
    /// `InvalidParameterValue.TemplateDataInconsistent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template data inconsistent.
    InvalidParameterValueTemplateDataInconsistent,
    /// `InvalidParameterValue.TemplateDataLenLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template data len limit.
    InvalidParameterValueTemplateDataLenLimit,
    /// `InvalidParameterValue.TemplateNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template name illegal.
    InvalidParameterValueTemplateNameIllegal,
    /// `InvalidParameterValue.TemplateNameIsNULL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template name is NULL.
    InvalidParameterValueTemplateNameIsNull,
    /// `InvalidParameterValue.TemplateNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template not exist.
    InvalidParameterValueTemplateNotExist,
    /// `InvalidParameterValue.TemplateNotMatchData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template not match data.
    InvalidParameterValueTemplateNotMatchData,
    /// `InvalidParameterValue.WrongDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: wrong date.
    InvalidParameterValueWrongDate,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ExceedReceiverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: exceed receiver limit.
    LimitExceededExceedReceiverLimit,
    /// `LimitExceeded.ReceiverDetailCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: receiver detail count limit.
    LimitExceededReceiverDetailCountLimit,
    /// `LimitExceeded.ReceiverDetailRequestLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: receiver detail request limit.
    LimitExceededReceiverDetailRequestLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.CycleParamNecessary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cycle param necessary.
    MissingParameterCycleParamNecessary,
    /// `MissingParameter.EmailsNecessary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: emails necessary.
    MissingParameterEmailsNecessary,
    /// `MissingParameter.ReceiverIdNecessary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: receiver id necessary.
    MissingParameterReceiverIdNecessary,
    /// `MissingParameter.SendParamNecessary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: send param necessary.
    MissingParameterSendParamNecessary,
    /// `MissingParameter.TimedParamNecessary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: timed param necessary.
    MissingParameterTimedParamNecessary,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.DomainNotVerified`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain not verified.
    OperationDeniedDomainNotVerified,
    /// `OperationDenied.ExceedDomainLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: exceed domain limit.
    OperationDeniedExceedDomainLimit,
    /// `OperationDenied.ExceedSenderLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: exceed sender limit.
    OperationDeniedExceedSenderLimit,
    /// `OperationDenied.NotAllowDelete`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not allow delete.
    OperationDeniedNotAllowDelete,
    /// `OperationDenied.ReceiverIsOperating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: receiver is operating.
    OperationDeniedReceiverIsOperating,
    /// `OperationDenied.ReceiverNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: receiver not exist.
    OperationDeniedReceiverNotExist,
    /// `OperationDenied.ReceiverStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: receiver status error.
    OperationDeniedReceiverStatusError,
    /// `OperationDenied.RepeatPassWord`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: repeat pass word.
    OperationDeniedRepeatPassWord,
    /// `OperationDenied.SendAddressStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: send address status error.
    OperationDeniedSendAddressStatusError,
    /// `OperationDenied.SenderWithDomainIsNotEmpty`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: sender with domain is not empty.
    OperationDeniedSenderWithDomainIsNotEmpty,
    /// `OperationDenied.TemplateStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: template status error.
    OperationDeniedTemplateStatusError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 100] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AttachContentToolarge",
        "FailedOperation.DKIMNotApplied",
        "FailedOperation.EmailAddrInBlacklist",
        "FailedOperation.EmailContentToolarge",
        "FailedOperation.ExceedSendLimit",
        "FailedOperation.ExceedTemplateLimit",
        "FailedOperation.FileURLNotExist",
        "FailedOperation.FrequencyLimit",
        "FailedOperation.HighRejectionRate",
        "FailedOperation.IllegalURL",
        "FailedOperation.IncorrectEmail",
        "FailedOperation.IncorrectSender",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.InsufficientQuota",
        "FailedOperation.InvalidAttachName",
        "FailedOperation.InvalidLimit",
        "FailedOperation.InvalidTemplateID",
        "FailedOperation.MissingEmailContent",
        "FailedOperation.NoAttachPermission",
        "FailedOperation.NotAuthenticatedSender",
        "FailedOperation.NotSupportDate",
        "FailedOperation.ProtocolCheckErr",
        "FailedOperation.ReceiverHasUnsubscribed",
        "FailedOperation.RejectedByRecipients",
        "FailedOperation.SendEmailErr",
        "FailedOperation.ServiceNotAvailable",
        "FailedOperation.TemplateContentToolarge",
        "FailedOperation.TemporaryBlocked",
        "FailedOperation.TooManyAttachments",
        "FailedOperation.TooManyRecipients",
        "FailedOperation.URLForbidden",
        "FailedOperation.UnsupportMailType",
        "FailedOperation.WithOutPermission",
        "FailedOperation.WrongContentJson",
        "InternalError",
        "InternalError.QueryDataBaseFailed",
        "InvalidParameter",
        "InvalidParameter.AppIdIsRequired",
        "InvalidParameter.InvalidEndTimeFormat",
        "InvalidParameter.InvalidStartTimeFormat",
        "InvalidParameterValue",
        "InvalidParameterValue.AttachContentIsWrong",
        "InvalidParameterValue.BeginTimeBeforeNow",
        "InvalidParameterValue.CreatedByOther",
        "InvalidParameterValue.EmailAddressIsNULL",
        "InvalidParameterValue.EmailContentIsWrong",
        "InvalidParameterValue.IllegalEmailAddress",
        "InvalidParameterValue.IllegalSenderName",
        "InvalidParameterValue.InValidTemplateData",
        "InvalidParameterValue.InvalidEmailIdentity",
        "InvalidParameterValue.InvalidSmtpPassWord",
        "InvalidParameterValue.NoSuchSender",
        "InvalidParameterValue.NotExistDomain",
        "InvalidParameterValue.ReceiverDescIllegal",
        "InvalidParameterValue.ReceiverEmailInvalid",
        "InvalidParameterValue.ReceiverNameIllegal",
        "InvalidParameterValue.RepeatCreation",
        "InvalidParameterValue.RepeatEmailAddress",
        "InvalidParameterValue.RepeatReceiverName",
        "InvalidParameterValue.SubjectLengthError",
        "InvalidParameterValue.TemplateContentIsNULL",
        "InvalidParameterValue.TemplateContentIsWrong",
        "InvalidParameterValue.TemplateDataError",
        "InvalidParameterValue.TemplateDataInconsistent",
        "InvalidParameterValue.TemplateDataLenLimit",
        "InvalidParameterValue.TemplateNameIllegal",
        "InvalidParameterValue.TemplateNameIsNULL",
        "InvalidParameterValue.TemplateNotExist",
        "InvalidParameterValue.TemplateNotMatchData",
        "InvalidParameterValue.WrongDate",
        "LimitExceeded",
        "LimitExceeded.ExceedReceiverLimit",
        "LimitExceeded.ReceiverDetailCountLimit",
        "LimitExceeded.ReceiverDetailRequestLimit",
        "MissingParameter",
        "MissingParameter.CycleParamNecessary",
        "MissingParameter.EmailsNecessary",
        "MissingParameter.ReceiverIdNecessary",
        "MissingParameter.SendParamNecessary",
        "MissingParameter.TimedParamNecessary",
        "OperationDenied",
        "OperationDenied.DomainNotVerified",
        "OperationDenied.ExceedDomainLimit",
        "OperationDenied.ExceedSenderLimit",
        "OperationDenied.NotAllowDelete",
        "OperationDenied.ReceiverIsOperating",
        "OperationDenied.ReceiverNotExist",
        "OperationDenied.ReceiverStatusError",
        "OperationDenied.RepeatPassWord",
        "OperationDenied.SendAddressStatusError",
        "OperationDenied.SenderWithDomainIsNotEmpty",
        "OperationDenied.TemplateStatusError",
        "RequestLimitExceeded",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 8] = [3, 8, 11, 18, 32, 46, 62, 68];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDkimNotAppliedFailedOperationFileUrlNotExistFailedOperationIllegalUrlFailedOperationInvalidTemplateIdFailedOperationUrlForbiddenInvalidParameterValueEmailAddressIsNullInvalidParameterValueTemplateContentIsNullInvalidParameterValueTemplateNameIsNull",
        ends: &[0, 29, 59, 84, 116, 143, 182, 224, 263],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed.The operation failed: attach content toolarge.The operation failed: DKIM not applied.The operation failed: email addr in blacklist.The operation failed: email content toolarge.The operation failed: exceed send limit.The operation failed: exceed template limit.The operation failed: file URL not exist.The operation failed: frequency limit.The operation failed: high rejection rate.The operation failed: illegal URL.The operation failed: incorrect email.The operation failed: incorrect sender.The operation failed: insufficient balance.The operation failed: insufficient quota.The operation failed: invalid attach name.The operation failed: invalid limit.The operation failed: invalid template ID.The operation failed: missing email content.The operation failed: no attach permission.The operation failed: not authenticated sender.The operation failed: not support date.The operation failed: protocol check err.The operation failed: receiver has unsubscribed.The operation failed: rejected by recipients.The operation failed: send email err.The operation failed: service not available.The operation failed: template content toolarge.The operation failed: temporary blocked.The operation failed: too many attachments.The operation failed: too many recipients.The operation failed: URL forbidden.The operation failed: unsupport mail type.The operation failed: with out permission.The operation failed: wrong content json.An internal error occurred.An internal error occurred: query data base failed.A parameter is invalid.A parameter is invalid: app id is required.A parameter is invalid: invalid end time format.A parameter is invalid: invalid start time format.A parameter value is invalid.A parameter value is invalid: attach content is wrong.A parameter value is invalid: begin time before now.A parameter value is invalid: created by other.A parameter value is invalid: email address is NULL.A parameter value is invalid: email content is wrong.A parameter value is invalid: illegal email address.A parameter value is invalid: illegal sender name.A parameter value is invalid: in valid template data.A parameter value is invalid: invalid email identity.A parameter value is invalid: invalid smtp pass word.A parameter value is invalid: no such sender.A parameter value is invalid: not exist domain.A parameter value is invalid: receiver desc illegal.A parameter value is invalid: receiver email invalid.A parameter value is invalid: receiver name illegal.A parameter value is invalid: repeat creation.A parameter value is invalid: repeat email address.A parameter value is invalid: repeat receiver name.A parameter value is invalid: subject length error.A parameter value is invalid: template content is NULL.A parameter value is invalid: template content is wrong.A parameter value is invalid: template data error.A parameter value is invalid: template data inconsistent.A parameter value is invalid: template data len limit.A parameter value is invalid: template name illegal.A parameter value is invalid: template name is NULL.A parameter value is invalid: template not exist.A parameter value is invalid: template not match data.A parameter value is invalid: wrong date.A limit was exceeded.A limit was exceeded: exceed receiver limit.A limit was exceeded: receiver detail count limit.A limit was exceeded: receiver detail request limit.A required parameter is missing.A required parameter is missing: cycle param necessary.A required parameter is missing: emails necessary.A required parameter is missing: receiver id necessary.A required parameter is missing: send param necessary.A required parameter is missing: timed param necessary.The operation was denied.The operation was denied: domain not verified.The operation was denied: exceed domain limit.The operation was denied: exceed sender limit.The operation was denied: not allow delete.The operation was denied: receiver is operating.The operation was denied: receiver not exist.The operation was denied: receiver status error.The operation was denied: repeat pass word.The operation was denied: send address status error.The operation was denied: sender with domain is not empty.The operation was denied: template status error.Too many requests were sent.Resources are insufficient.The resource was not found.The resource is unavailable.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 46, 67, 113, 152, 198, 243, 283, 327, 368, 406, 448, 482, 520, 559, 602,
            643, 685, 721, 763, 807, 850, 897, 936, 977, 1025, 1070, 1107, 1151, 1199,
            1239, 1282, 1324, 1360, 1402, 1444, 1485, 1512, 1563, 1586, 1629, 1677, 1727,
            1756, 1810, 1862, 1909, 1961, 2014, 2066, 2116, 2169, 2222, 2275, 2320, 2367,
            2419, 2472, 2524, 2570, 2621, 2672, 2723, 2778, 2834, 2884, 2941, 2995, 3047,
            3099, 3148, 3202, 3243, 3264, 3308, 3358, 3410, 3442, 3497, 3547, 3602, 3656,
            3711, 3736, 3782, 3828, 3874, 3917, 3965, 4010, 4058, 4101, 4153, 4211, 4259,
            4287, 4314, 4341, 4369, 4400, 4431,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 100] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccbcacaa",
    );
    static CATEGORY: [::cloud_errors::Category; 100] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmcccccccccccccccccccccccccccccccccchhhhccccccgggggggggggghheicl",
    );
    static PILOTS: [u16; 25] = [
        34, 116, 8, 15, 4, 0, 18, 1, 89, 44, 381, 46, 62, 2, 1, 2, 159, 96, 0, 0, 3, 87,
        1, 55, 1,
    ];
    static SLOTS: [(&str, u32); 111] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            46, 52, 12, 72, 50, 30, 74, 16, 4, 48, 84, 77, 68, 29, 64, 82, 2, 99, 43, 59,
            97, 44, 41, 11, 17, 22, 53, 10, 35, 8, 55, 88, 69, 79, 85, 60, 83, 54,
            4294967295, 15, 66, 45, 92, 49, 19, 5, 24, 89, 27, 37, 20, 9, 40, 33, 34, 31,
            14, 39, 75, 38, 3, 13, 32, 28, 4294967295, 23, 94, 67, 6, 86, 4294967295, 0,
            57, 87, 80, 78, 61, 1, 18, 36, 51, 4294967295, 4294967295, 58, 4294967295,
            65, 98, 95, 71, 76, 81, 91, 21, 25, 4294967295, 62, 96, 90, 4294967295,
            4294967295, 7, 93, 63, 70, 56, 26, 4294967295, 47, 73, 42, 4294967295,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud SES";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SES's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SES: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
