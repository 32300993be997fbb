// @generated from catalogs/tencent/ccc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CCC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CCC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AIConcurrentNoPackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: AI concurrent no package.
    FailedOperationAiConcurrentNoPackage,
    /// `FailedOperation.AIConcurrentOverFrequency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: AI concurrent over frequency.
    FailedOperationAiConcurrentOverFrequency,
    /// `FailedOperation.AILicenseHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: AI license has expired.
    FailedOperationAiLicenseHasExpired,
    /// `FailedOperation.AcquireQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: acquire quota.
    FailedOperationAcquireQuota,
    /// `FailedOperation.CallOutFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call out failed.
    FailedOperationCallOutFailed,
    /// `FailedOperation.CalleeIsBlackUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callee is black user.
    FailedOperationCalleeIsBlackUser,
    /// `FailedOperation.CalleeIsLimited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callee is limited.
    FailedOperationCalleeIsLimited,
    /// `FailedOperation.CallerOverFrequency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: caller over frequency.
    FailedOperationCallerOverFrequency,
    /// `FailedOperation.CalloutRuleBlindArea`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callout rule blind area.
    FailedOperationCalloutRuleBlindArea,
    /// `FailedOperation.CalloutRuleMaxCallCountCalleeIntervalTime`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callout rule max call count callee interval time.
    FailedOperationCalloutRuleMaxCallCountCalleeIntervalTime,
    /// `FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callout rule max call count callee per day app ID.
    FailedOperationCalloutRuleMaxCallCountCalleePerDayAppId,
    /// `FailedOperation.CalloutRuleNotWorkTime`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: callout rule not work time.
    FailedOperationCalloutRuleNotWorkTime,
    /// `FailedOperation.ControlAIConversation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: control AI conversation.
    FailedOperationControlAiConversation,
    /// `FailedOperation.CurStateNotAllowModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cur state not allow modify.
    FailedOperationCurStateNotAllowModify,
    /// `FailedOperation.DuplicatedAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicated account.
    FailedOperationDuplicatedAccount,
    /// `FailedOperation.NoCallOutNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no call out number.
    FailedOperationNoCallOutNumber,
    /// `FailedOperation.PermissionDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: permission denied.
    FailedOperationPermissionDenied,
    /// `FailedOperation.SeatStatusBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: seat status busy.
    FailedOperationSeatStatusBusy,
    /// `FailedOperation.SessionNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: session not exists.
    FailedOperationSessionNotExists,
    /// `FailedOperation.SessionNotInControlState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: session not in control state.
    FailedOperationSessionNotInControlState,
    /// `FailedOperation.UploadFileOverflow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload file overflow.
    FailedOperationUploadFileOverflow,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DuplicateAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate address.
    InvalidParameterDuplicateAddress,
    /// `InvalidParameter.DuplicatePhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate phone number.
    InvalidParameterDuplicatePhoneNumber,
    /// `InvalidParameter.DuplicateSipAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate sip account.
    InvalidParameterDuplicateSipAccount,
    /// `InvalidParameter.IllegalAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal address.
    InvalidParameterIllegalAddress,
    /// `InvalidParameter.IllegalPhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal phone number.
    InvalidParameterIllegalPhoneNumber,
    /// `InvalidParameter.InstanceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not exist.
    InvalidParameterInstanceNotExist,
    /// `InvalidParameter.InvalidAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid address.
    InvalidParameterInvalidAddress,
    /// `InvalidParameter.InvalidIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid IP.
    InvalidParameterInvalidIp,
    /// `InvalidParameter.InvalidPhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid phone number.
    InvalidParameterInvalidPhoneNumber,
    /// `InvalidParameter.InvalidPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid port.
    InvalidParameterInvalidPort,
    /// `InvalidParameter.SipAccountPasswordFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sip account password format.
    InvalidParameterSipAccountPasswordFormat,
    /// `InvalidParameter.SipAccountUserFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sip account user format.
    InvalidParameterSipAccountUserFormat,
    /// `InvalidParameter.SipTrunkInUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sip trunk in used.
    InvalidParameterSipTrunkInUsed,
    /// `InvalidParameter.SipTrunkNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sip trunk not found.
    InvalidParameterSipTrunkNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not exist.
    InvalidParameterValueAccountNotExist,
    /// `InvalidParameterValue.ApplyIDNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: apply ID not exist.
    InvalidParameterValueApplyIdNotExist,
    /// `InvalidParameterValue.CompanyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: company exist.
    InvalidParameterValueCompanyExist,
    /// `InvalidParameterValue.ErrorApplyStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error apply status.
    InvalidParameterValueErrorApplyStatus,
    /// `InvalidParameterValue.ExperienceAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: experience account.
    InvalidParameterValueExperienceAccount,
    /// `InvalidParameterValue.FileNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file not exist.
    InvalidParameterValueFileNotExist,
    /// `InvalidParameterValue.InstanceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not exist.
    InvalidParameterValueInstanceNotExist,
    /// `InvalidParameterValue.PhoneNumInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: phone num invalid.
    InvalidParameterValuePhoneNumInvalid,
    /// `InvalidParameterValue.PhoneNumIsBoundOtherAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: phone num is bound other account.
    InvalidParameterValuePhoneNumIsBoundOtherAccount,
    /// `InvalidParameterValue.RecordNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: record not exist.
    InvalidParameterValueRecordNotExist,
    /// `InvalidParameterValue.RingAllGroupMemberOverflow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ring all group member overflow.
    InvalidParameterValueRingAllGroupMemberOverflow,
    /// `InvalidParameterValue.SkillGroupError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: skill group error.
    InvalidParameterValueSkillGroupError,
    /// `InvalidParameterValue.SkillGroupExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: skill group exist.
    InvalidParameterValueSkillGroupExist,
    /// `InvalidParameterValue.WaitingApprovalOverflow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: waiting approval overflow.
    InvalidParameterValueWaitingApprovalOverflow,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.BasePackageExpired`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: base package expired.
    LimitExceededBasePackageExpired,
    /// `LimitExceeded.InsufficientLicense`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: insufficient license.
    LimitExceededInsufficientLicense,
    /// `LimitExceeded.OutOfCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of count limit.
    LimitExceededOutOfCountLimit,
    /// `LimitExceeded.OutOfQuotaMaxCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of quota max count.
    LimitExceededOutOfQuotaMaxCount,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied.NotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in white list.
    OperationDeniedNotInWhiteList,
    /// `OperationDenied.UinDisabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: uin disabled.
    OperationDeniedUinDisabled,
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
    static CODES: [&str; 66] = [
        "FailedOperation",
        "FailedOperation.AIConcurrentNoPackage",
        "FailedOperation.AIConcurrentOverFrequency",
        "FailedOperation.AILicenseHasExpired",
        "FailedOperation.AcquireQuota",
        "FailedOperation.CallOutFailed",
        "FailedOperation.CalleeIsBlackUser",
        "FailedOperation.CalleeIsLimited",
        "FailedOperation.CallerOverFrequency",
        "FailedOperation.CalloutRuleBlindArea",
        "FailedOperation.CalloutRuleMaxCallCountCalleeIntervalTime",
        "FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID",
        "FailedOperation.CalloutRuleNotWorkTime",
        "FailedOperation.ControlAIConversation",
        "FailedOperation.CurStateNotAllowModify",
        "FailedOperation.DuplicatedAccount",
        "FailedOperation.NoCallOutNumber",
        "FailedOperation.PermissionDenied",
        "FailedOperation.SeatStatusBusy",
        "FailedOperation.SessionNotExists",
        "FailedOperation.SessionNotInControlState",
        "FailedOperation.UploadFileOverflow",
        "InternalError",
        "InternalError.DBError",
        "InvalidParameter",
        "InvalidParameter.DuplicateAddress",
        "InvalidParameter.DuplicatePhoneNumber",
        "InvalidParameter.DuplicateSipAccount",
        "InvalidParameter.IllegalAddress",
        "InvalidParameter.IllegalPhoneNumber",
        "InvalidParameter.InstanceNotExist",
        "InvalidParameter.InvalidAddress",
        "InvalidParameter.InvalidIP",
        "InvalidParameter.InvalidPhoneNumber",
        "InvalidParameter.InvalidPort",
        "InvalidParameter.SipAccountPasswordFormat",
        "InvalidParameter.SipAccountUserFormat",
        "InvalidParameter.SipTrunkInUsed",
        "InvalidParameter.SipTrunkNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountNotExist",
        "InvalidParameterValue.ApplyIDNotExist",
        "InvalidParameterValue.CompanyExist",
        "InvalidParameterValue.ErrorApplyStatus",
        "InvalidParameterValue.ExperienceAccount",
        "InvalidParameterValue.FileNotExist",
        "InvalidParameterValue.InstanceNotExist",
        "InvalidParameterValue.PhoneNumInvalid",
        "InvalidParameterValue.PhoneNumIsBoundOtherAccount",
        "InvalidParameterValue.RecordNotExist",
        "InvalidParameterValue.RingAllGroupMemberOverflow",
        "InvalidParameterValue.SkillGroupError",
        "InvalidParameterValue.SkillGroupExist",
        "InvalidParameterValue.WaitingApprovalOverflow",
        "LimitExceeded",
        "LimitExceeded.BasePackageExpired",
        "LimitExceeded.InsufficientLicense",
        "LimitExceeded.OutOfCountLimit",
        "LimitExceeded.OutOfQuotaMaxCount",
        "MissingParameter",
        "OperationDenied.NotInWhiteList",
        "OperationDenied.UinDisabled",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 8] = [1, 2, 3, 11, 13, 23, 32, 41];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationAiConcurrentNoPackageFailedOperationAiConcurrentOverFrequencyFailedOperationAiLicenseHasExpiredFailedOperationCalloutRuleMaxCallCountCalleePerDayAppIdFailedOperationControlAiConversationInternalErrorDbErrorInvalidParameterInvalidIpInvalidParameterValueApplyIdNotExist",
        ends: &[0, 36, 76, 110, 165, 201, 221, 246, 282],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: AI concurrent no package.The operation failed: AI concurrent over frequency.The operation failed: AI license has expired.The operation failed: acquire quota.The operation failed: call out failed.The operation failed: callee is black user.The operation failed: callee is limited.The operation failed: caller over frequency.The operation failed: callout rule blind area.The operation failed: callout rule max call count callee interval time.The operation failed: callout rule max call count callee per day app ID.The operation failed: callout rule not work time.The operation failed: control AI conversation.The operation failed: cur state not allow modify.The operation failed: duplicated account.The operation failed: no call out number.The operation failed: permission denied.The operation failed: seat status busy.The operation failed: session not exists.The operation failed: session not in control state.The operation failed: upload file overflow.An internal error occurred.An internal error occurred: DB error.A parameter is invalid.A parameter is invalid: duplicate address.A parameter is invalid: duplicate phone number.A parameter is invalid: duplicate sip account.A parameter is invalid: illegal address.A parameter is invalid: illegal phone number.A parameter is invalid: instance not exist.A parameter is invalid: invalid address.A parameter is invalid: invalid IP.A parameter is invalid: invalid phone number.A parameter is invalid: invalid port.A parameter is invalid: sip account password format.A parameter is invalid: sip account user format.A parameter is invalid: sip trunk in used.A parameter is invalid: sip trunk not found.A parameter value is invalid.A parameter value is invalid: account not exist.A parameter value is invalid: apply ID not exist.A parameter value is invalid: company exist.A parameter value is invalid: error apply status.A parameter value is invalid: experience account.A parameter value is invalid: file not exist.A parameter value is invalid: instance not exist.A parameter value is invalid: phone num invalid.A parameter value is invalid: phone num is bound other account.A parameter value is invalid: record not exist.A parameter value is invalid: ring all group member overflow.A parameter value is invalid: skill group error.A parameter value is invalid: skill group exist.A parameter value is invalid: waiting approval overflow.A limit was exceeded.A limit was exceeded: base package expired.A limit was exceeded: insufficient license.A limit was exceeded: out of count limit.A limit was exceeded: out of quota max count.A required parameter is missing.The operation was denied: not in white list.The operation was denied: uin disabled.The resource was not found.The resource is unavailable.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 21, 68, 119, 164, 200, 238, 281, 321, 365, 411, 482, 554, 603, 649, 698,
            739, 780, 820, 859, 900, 951, 994, 1021, 1058, 1081, 1123, 1170, 1216, 1256,
            1301, 1344, 1384, 1419, 1464, 1501, 1553, 1601, 1643, 1687, 1716, 1764, 1813,
            1857, 1906, 1955, 2000, 2049, 2097, 2160, 2207, 2268, 2316, 2364, 2420, 2441,
            2484, 2527, 2568, 2613, 2645, 2689, 2728, 2755, 2783, 2814, 2845,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 66] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccacaa",
    );
    static CATEGORY: [::cloud_errors::Category; 66] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiimmcccccccccccccccccccccccccccccchhhhhcggeicl",
    );
    static PILOTS: [u16; 17] = [
        15, 18, 57, 3, 23, 5, 29, 8, 3, 1, 51, 3, 0, 0, 0, 165, 16,
    ];
    static SLOTS: [(&str, u32); 73] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            45, 4294967295, 23, 25, 33, 4294967295, 15, 4294967295, 47, 14, 39, 50, 46,
            54, 4294967295, 5, 24, 60, 11, 58, 53, 49, 57, 16, 63, 1, 2, 0, 17,
            4294967295, 51, 26, 28, 4294967295, 3, 10, 35, 22, 40, 44, 21, 64, 31, 13,
            32, 61, 12, 30, 7, 27, 48, 38, 6, 19, 9, 20, 36, 41, 8, 18, 29, 42, 43, 62,
            37, 56, 4294967295, 65, 59, 34, 4, 55, 52,
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
    const PROVIDER: &'static str = "Tencent Cloud CCC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CCC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CCC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
