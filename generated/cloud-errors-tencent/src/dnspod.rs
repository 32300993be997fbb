// @generated from catalogs/tencent/dnspod.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DNSPOD: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DNSPOD: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountIsLocked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account is locked.
    FailedOperationAccountIsLocked,
    /// `FailedOperation.AuthLogUnsupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth log unsupport.
    FailedOperationAuthLogUnsupport,
    /// `FailedOperation.ContainsPersonalVip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contains personal vip.
    FailedOperationContainsPersonalVip,
    /// `FailedOperation.CouponForFreeDomain`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coupon for free domain.
    FailedOperationCouponForFreeDomain,
    /// `FailedOperation.CouponNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coupon not supported.
    FailedOperationCouponNotSupported,
    /// `FailedOperation.CouponTypeAlreadyUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coupon type already used.
    FailedOperationCouponTypeAlreadyUsed,
    /// `FailedOperation.DNSSECIncompleteClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DNSSEC incomplete closed.
    FailedOperationDnssecIncompleteClosed,
    /// `FailedOperation.DomainExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain exists.
    FailedOperationDomainExists,
    /// `FailedOperation.DomainInEnterpriseMailAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain in enterprise mail account.
    FailedOperationDomainInEnterpriseMailAccount,
    /// `FailedOperation.DomainIsEnterpriseType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is enterprise type.
    FailedOperationDomainIsEnterpriseType,
    /// `FailedOperation.DomainIsKeyDomain`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is key domain.
    FailedOperationDomainIsKeyDomain,
    /// `FailedOperation.DomainIsLocked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is locked.
    FailedOperationDomainIsLocked,
    /// `FailedOperation.DomainIsPersonalType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is personal type.
    FailedOperationDomainIsPersonalType,
    /// `FailedOperation.DomainIsSpam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is spam.
    FailedOperationDomainIsSpam,
    /// `FailedOperation.DomainIsVip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain is vip.
    FailedOperationDomainIsVip,
    /// `FailedOperation.DomainNotInService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain not in service.
    FailedOperationDomainNotInService,
    /// `FailedOperation.DomainOwnedByOtherUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain owned by other user.
    FailedOperationDomainOwnedByOtherUser,
    /// `FailedOperation.EipCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: eip check failed.
    FailedOperationEipCheckFailed,
    /// `FailedOperation.FileNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file not exist.
    FailedOperationFileNotExist,
    /// `FailedOperation.FreeForumUidNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: free forum uid not allowed.
    FailedOperationFreeForumUidNotAllowed,
    /// `FailedOperation.FrequencyLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: frequency limit.
    FailedOperationFrequencyLimit,
    /// `FailedOperation.FunctionNotAllowedApply`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function not allowed apply.
    FailedOperationFunctionNotAllowedApply,
    /// `FailedOperation.GetWhoisFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get whois failed.
    FailedOperationGetWhoisFailed,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.LoginAreaNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: login area not allowed.
    FailedOperationLoginAreaNotAllowed,
    /// `FailedOperation.LoginFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: login failed.
    FailedOperationLoginFailed,
    /// `FailedOperation.LoginTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: login timeout.
    FailedOperationLoginTimeout,
    /// `FailedOperation.MobileNotVerified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mobile not verified.
    FailedOperationMobileNotVerified,
    /// `FailedOperation.MustAddDefaultLineFirst`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: must add default line first.
    FailedOperationMustAddDefaultLineFirst,
    /// `FailedOperation.NotBatchTaskOwner`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not batch task owner.
    FailedOperationNotBatchTaskOwner,
    /// `FailedOperation.NotDomainOwner`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not domain owner.
    FailedOperationNotDomainOwner,
    /// `FailedOperation.NotRealNamedUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not real named user.
    FailedOperationNotRealNamedUser,
    /// `FailedOperation.NotResourceOwner`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not resource owner.
    FailedOperationNotResourceOwner,
    /// `FailedOperation.OrderCanNotPay`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order can not pay.
    FailedOperationOrderCanNotPay,
    /// `FailedOperation.OrderHasPaid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order has paid.
    FailedOperationOrderHasPaid,
    /// `FailedOperation.ResourceNotBind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not bind.
    FailedOperationResourceNotBind,
    /// `FailedOperation.TemporaryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: temporary error.
    FailedOperationTemporaryError,
    /// `FailedOperation.TencentCloudForbid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tencent cloud forbid.
    FailedOperationTencentCloudForbid,
    /// `FailedOperation.TransferToEnterpriseDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transfer to enterprise denied.
    FailedOperationTransferToEnterpriseDenied,
    /// `FailedOperation.TransferToPersonDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transfer to person denied.
    FailedOperationTransferToPersonDenied,
    /// `FailedOperation.TwoStepNotOn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: two step not on.
    FailedOperationTwoStepNotOn,
    /// `FailedOperation.UnknowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknow error.
    FailedOperationUnknowError,
    /// `FailedOperation.UserNotAllowTransfer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not allow transfer.
    FailedOperationUserNotAllowTransfer,
    /// `FailedOperation.VerifyingBillExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: verifying bill exists.
    FailedOperationVerifyingBillExists,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccountIsBanned`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account is banned.
    InvalidParameterAccountIsBanned,
    /// `InvalidParameter.AcquireHashExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: acquire hash exists.
    InvalidParameterAcquireHashExists,
    /// `InvalidParameter.ActionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action invalid.
    InvalidParameterActionInvalid,
    /// `InvalidParameter.ActionSuccess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action success.
    InvalidParameterActionSuccess,
    /// `InvalidParameter.Activity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: activity.
    InvalidParameterActivity,
    /// `InvalidParameter.AliasIsMyDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alias is my domain.
    InvalidParameterAliasIsMyDomain,
    /// `InvalidParameter.AuthLogInvalidRetCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auth log invalid ret code.
    InvalidParameterAuthLogInvalidRetCode,
    /// `InvalidParameter.AuthLogInvalidScope`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auth log invalid scope.
    InvalidParameterAuthLogInvalidScope,
    /// `InvalidParameter.BatchDomainCreateActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch domain create action error.
    InvalidParameterBatchDomainCreateActionError,
    /// `InvalidParameter.BatchDomainNotAuth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch domain not auth.
    InvalidParameterBatchDomainNotAuth,
    /// `InvalidParameter.BatchLimitUndo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch limit undo.
    InvalidParameterBatchLimitUndo,
    /// `InvalidParameter.BatchRecordCreateActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch record create action error.
    InvalidParameterBatchRecordCreateActionError,
    /// `InvalidParameter.BatchRecordModifyActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch record modify action error.
    InvalidParameterBatchRecordModifyActionError,
    /// `InvalidParameter.BatchRecordModifyActionInvalidValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch record modify action invalid value.
    InvalidParameterBatchRecordModifyActionInvalidValue,
    /// `InvalidParameter.BatchRecordRemoveActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch record remove action error.
    InvalidParameterBatchRecordRemoveActionError,
    /// `InvalidParameter.BatchRecordReplaceActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch record replace action error.
    InvalidParameterBatchRecordReplaceActionError,
    /// `InvalidParameter.BatchTaskCountLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch task count limit.
    InvalidParameterBatchTaskCountLimit,
    /// `InvalidParameter.BatchTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch task not exist.
    InvalidParameterBatchTaskNotExist,
    /// `InvalidParameter.BillNumberInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bill number invalid.
    InvalidParameterBillNumberInvalid,
    /// `InvalidParameter.BrowserNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: browser null.
    InvalidParameterBrowserNull,
    /// `InvalidParameter.ClientTokenTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client token too long.
    InvalidParameterClientTokenTooLong,
    /// `InvalidParameter.Common`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: common.
    InvalidParameterCommon,
    /// `InvalidParameter.CopiedLineGroupDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: copied line group duplicated.
    InvalidParameterCopiedLineGroupDuplicated,
    /// `InvalidParameter.CustomMessage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom message.
    InvalidParameterCustomMessage,
    /// `InvalidParameter.DTokenNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: d token not support.
    InvalidParameterDTokenNotSupport,
    /// `InvalidParameter.DataExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data expired.
    InvalidParameterDataExpired,
    /// `InvalidParameter.DataInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data invalid.
    InvalidParameterDataInvalid,
    /// `InvalidParameter.DealTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal type invalid.
    InvalidParameterDealTypeInvalid,
    /// `InvalidParameter.DefaultLineNotSelfdefined`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: default line not selfdefined.
    InvalidParameterDefaultLineNotSelfdefined,
    /// `InvalidParameter.DnsDealDomainUpgraded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dns deal domain upgraded.
    InvalidParameterDnsDealDomainUpgraded,
    /// `InvalidParameter.DnsDealLocked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dns deal locked.
    InvalidParameterDnsDealLocked,
    /// `InvalidParameter.DnsInvalidDeal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dns invalid deal.
    InvalidParameterDnsInvalidDeal,
    /// `InvalidParameter.DnssecAddCnameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dnssec add cname error.
    InvalidParameterDnssecAddCnameError,
    /// `InvalidParameter.DomainAliasExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain alias exists.
    InvalidParameterDomainAliasExists,
    /// `InvalidParameter.DomainAliasIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain alias id invalid.
    InvalidParameterDomainAliasIdInvalid,
    /// `InvalidParameter.DomainAlreadyVip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain already vip.
    InvalidParameterDomainAlreadyVip,
    /// `InvalidParameter.DomainDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain duplicated.
    InvalidParameterDomainDuplicated,
    /// `InvalidParameter.DomainIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain id invalid.
    InvalidParameterDomainIdInvalid,
    /// `InvalidParameter.DomainInBlackList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain in black list.
    InvalidParameterDomainInBlackList,
    /// `InvalidParameter.DomainInEffectOrInvalidated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain in effect or invalidated.
    InvalidParameterDomainInEffectOrInvalidated,
    /// `InvalidParameter.DomainInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain invalid.
    InvalidParameterDomainInvalid,
    /// `InvalidParameter.DomainIsAliaser`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is aliaser.
    InvalidParameterDomainIsAliaser,
    /// `InvalidParameter.DomainIsModifyingDns`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is modifying dns.
    InvalidParameterDomainIsModifyingDns,
    /// `InvalidParameter.DomainIsMyAlias`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is my alias.
    InvalidParameterDomainIsMyAlias,
    /// `InvalidParameter.DomainIsNotlocked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is notlocked.
    InvalidParameterDomainIsNotlocked,
    /// `InvalidParameter.DomainNotAllowedLock`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not allowed lock.
    InvalidParameterDomainNotAllowedLock,
    /// `InvalidParameter.DomainNotAllowedModifyRecords`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not allowed modify records.
    InvalidParameterDomainNotAllowedModifyRecords,
    /// `InvalidParameter.DomainNotBeian`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not beian.
    InvalidParameterDomainNotBeian,
    /// `InvalidParameter.DomainNotEffective`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not effective.
    InvalidParameterDomainNotEffective,
    /// `InvalidParameter.DomainNotReged`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not reged.
    InvalidParameterDomainNotReged,
    /// `InvalidParameter.DomainNotVip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not vip.
    InvalidParameterDomainNotVip,
    /// `InvalidParameter.DomainRecordExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain record exist.
    InvalidParameterDomainRecordExist,
    /// `InvalidParameter.DomainSelfNoCopy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain self no copy.
    InvalidParameterDomainSelfNoCopy,
    /// `InvalidParameter.DomainTaskNotFinished`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain task not finished.
    InvalidParameterDomainTaskNotFinished,
    /// `InvalidParameter.DomainTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain too long.
    InvalidParameterDomainTooLong,
    /// `InvalidParameter.DomainTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain type invalid.
    InvalidParameterDomainTypeInvalid,
    /// `InvalidParameter.DomainsEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domains empty.
    InvalidParameterDomainsEmpty,
    /// `InvalidParameter.EmailInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email invalid.
    InvalidParameterEmailInvalid,
    /// `InvalidParameter.EmailNotVerified`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email not verified.
    InvalidParameterEmailNotVerified,
    /// `InvalidParameter.EmailOrQqInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email or qq invalid.
    InvalidParameterEmailOrQqInvalid,
    /// `InvalidParameter.EmailSame`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email same.
    InvalidParameterEmailSame,
    /// `InvalidParameter.EndDateBeyondRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end date beyond range.
    InvalidParameterEndDateBeyondRange,
    /// `InvalidParameter.GetNsFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: get ns fail.
    InvalidParameterGetNsFail,
    /// `InvalidParameter.GoodsChildTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: goods child type invalid.
    InvalidParameterGoodsChildTypeInvalid,
    /// `InvalidParameter.GoodsNumInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: goods num invalid.
    InvalidParameterGoodsNumInvalid,
    /// `InvalidParameter.GoodsTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: goods type invalid.
    InvalidParameterGoodsTypeInvalid,
    /// `InvalidParameter.GradeNotCopy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: grade not copy.
    InvalidParameterGradeNotCopy,
    /// `InvalidParameter.GroupIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group id invalid.
    InvalidParameterGroupIdInvalid,
    /// `InvalidParameter.GroupNameEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name empty.
    InvalidParameterGroupNameEmpty,
    /// `InvalidParameter.GroupNameExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name exists.
    InvalidParameterGroupNameExists,
    /// `InvalidParameter.GroupNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name invalid.
    InvalidParameterGroupNameInvalid,
    /// `InvalidParameter.GroupNameOccupied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name occupied.
    InvalidParameterGroupNameOccupied,
    /// `InvalidParameter.HasPendingApply`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: has pending apply.
    InvalidParameterHasPendingApply,
    /// `InvalidParameter.IllegalNewDeal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal new deal.
    InvalidParameterIllegalNewDeal,
    /// `InvalidParameter.InnerTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: inner task not exist.
    InvalidParameterInnerTaskNotExist,
    /// `InvalidParameter.InvalidCoupon`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid coupon.
    InvalidParameterInvalidCoupon,
    /// `InvalidParameter.InvalidDealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid deal name.
    InvalidParameterInvalidDealName,
    /// `InvalidParameter.InvalidEndDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid end date.
    InvalidParameterInvalidEndDate,
    /// `InvalidParameter.InvalidIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip.
    InvalidParameterInvalidIp,
    /// `InvalidParameter.InvalidSecretId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid secret id.
    InvalidParameterInvalidSecretId,
    /// `InvalidParameter.InvalidSignature`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid signature.
    InvalidParameterInvalidSignature,
    /// `InvalidParameter.InvalidSrcDomainId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid src domain id.
    InvalidParameterInvalidSrcDomainId,
    /// `InvalidParameter.InvalidStartDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid start date.
    InvalidParameterInvalidStartDate,
    /// `InvalidParameter.InvalidTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time.
    InvalidParameterInvalidTime,
    /// `InvalidParameter.InvalidWeight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid weight.
    InvalidParameterInvalidWeight,
    /// `InvalidParameter.IpAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip already exist.
    InvalidParameterIpAlreadyExist,
    /// `InvalidParameter.IpArea`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip area.
    InvalidParameterIpArea,
    /// `InvalidParameter.IpsExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ips exceed limit.
    InvalidParameterIpsExceedLimit,
    /// `InvalidParameter.JobGreaterThanLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: job greater than limit.
    InvalidParameterJobGreaterThanLimit,
    /// `InvalidParameter.LineFormatInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line format invalid.
    InvalidParameterLineFormatInvalid,
    /// `InvalidParameter.LineGroupNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line group not supported.
    InvalidParameterLineGroupNotSupported,
    /// `InvalidParameter.LineGroupOverCounted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line group over counted.
    InvalidParameterLineGroupOverCounted,
    /// `InvalidParameter.LineGroupUpdateFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line group update failed.
    InvalidParameterLineGroupUpdateFailed,
    /// `InvalidParameter.LineInAnotherGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line in another group.
    InvalidParameterLineInAnotherGroup,
    /// `InvalidParameter.LineInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line in use.
    InvalidParameterLineInUse,
    /// `InvalidParameter.LineInUseNotDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line in use not delete.
    InvalidParameterLineInUseNotDelete,
    /// `InvalidParameter.LineNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line name invalid.
    InvalidParameterLineNameInvalid,
    /// `InvalidParameter.LineNameInvalidCharacter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line name invalid character.
    InvalidParameterLineNameInvalidCharacter,
    /// `InvalidParameter.LineNameOccupied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line name occupied.
    InvalidParameterLineNameOccupied,
    /// `InvalidParameter.LineNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line not exist.
    InvalidParameterLineNotExist,
    /// `InvalidParameter.LineNotSelected`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line not selected.
    InvalidParameterLineNotSelected,
    /// `InvalidParameter.LineOverCounted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: line over counted.
    InvalidParameterLineOverCounted,
    /// `InvalidParameter.LockDaysInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lock days invalid.
    InvalidParameterLockDaysInvalid,
    /// `InvalidParameter.LoginTokenIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: login token id error.
    InvalidParameterLoginTokenIdError,
    /// `InvalidParameter.LoginTokenNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: login token not exists.
    InvalidParameterLoginTokenNotExists,
    /// `InvalidParameter.LoginTokenValidateFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: login token validate failed.
    InvalidParameterLoginTokenValidateFailed,
    /// `InvalidParameter.MobileNotVerified`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mobile not verified.
    InvalidParameterMobileNotVerified,
    /// `InvalidParameter.MxInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mx invalid.
    InvalidParameterMxInvalid,
    /// `InvalidParameter.NewPackageTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: new package type invalid.
    InvalidParameterNewPackageTypeInvalid,
    /// `InvalidParameter.NoAuthorityToSrcDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: no authority to src domain.
    InvalidParameterNoAuthorityToSrcDomain,
    /// `InvalidParameter.NoAuthorityToTheGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: no authority to the group.
    InvalidParameterNoAuthorityToTheGroup,
    /// `InvalidParameter.OffsetInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: offset invalid.
    InvalidParameterOffsetInvalid,
    /// `InvalidParameter.OpenidInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: openid invalid.
    InvalidParameterOpenidInvalid,
    /// `InvalidParameter.OperateFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: operate failed.
    InvalidParameterOperateFailed,
    /// `InvalidParameter.OperationIsTooFrequent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: operation is too frequent.
    InvalidParameterOperationIsTooFrequent,
    /// `InvalidParameter.OptypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: optype not supported.
    InvalidParameterOptypeNotSupported,
    /// `InvalidParameter.OtherAccountUnrealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: other account unreal name.
    InvalidParameterOtherAccountUnrealName,
    /// `InvalidParameter.ParamInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param invalid.
    InvalidParameterParamInvalid,
    /// `InvalidParameter.ParamsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: params illegal.
    InvalidParameterParamsIllegal,
    /// `InvalidParameter.ParamsMissing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: params missing.
    InvalidParameterParamsMissing,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.PtrInvalidPublicIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ptr invalid public ip.
    InvalidParameterPtrInvalidPublicIp,
    /// `InvalidParameter.PtrIpNotOwner`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ptr ip not owner.
    InvalidParameterPtrIpNotOwner,
    /// `InvalidParameter.QcloudUinInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: qcloud uin invalid.
    InvalidParameterQcloudUinInvalid,
    /// `InvalidParameter.QuhuiTxtNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: quhui txt not match.
    InvalidParameterQuhuiTxtNotMatch,
    /// `InvalidParameter.QuhuiTxtRecordWait`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: quhui txt record wait.
    InvalidParameterQuhuiTxtRecordWait,
    /// `InvalidParameter.RealNameUser`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: real name user.
    InvalidParameterRealNameUser,
    /// `InvalidParameter.RecordIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record id invalid.
    InvalidParameterRecordIdInvalid,
    /// `InvalidParameter.RecordLineInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record line invalid.
    InvalidParameterRecordLineInvalid,
    /// `InvalidParameter.RecordTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record type invalid.
    InvalidParameterRecordTypeInvalid,
    /// `InvalidParameter.RecordValueInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record value invalid.
    InvalidParameterRecordValueInvalid,
    /// `InvalidParameter.RecordValueLengthInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record value length invalid.
    InvalidParameterRecordValueLengthInvalid,
    /// `InvalidParameter.RecordsEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: records empty.
    InvalidParameterRecordsEmpty,
    /// `InvalidParameter.RemarkLengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: remark length exceeded.
    InvalidParameterRemarkLengthExceeded,
    /// `InvalidParameter.RemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: remark too long.
    InvalidParameterRemarkTooLong,
    /// `InvalidParameter.RequestIpLimited`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: request ip limited.
    InvalidParameterRequestIpLimited,
    /// `InvalidParameter.ResultMoreThan500`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: result more than500.
    InvalidParameterResultMoreThan500,
    /// `InvalidParameter.ShareUserExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: share user exists.
    InvalidParameterShareUserExists,
    /// `InvalidParameter.SharedUsersUnrealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shared users unreal name.
    InvalidParameterSharedUsersUnrealName,
    /// `InvalidParameter.StartDateBeyondRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start date beyond range.
    InvalidParameterStartDateBeyondRange,
    /// `InvalidParameter.StarttimeGreaterThanEndtime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: starttime greater than endtime.
    InvalidParameterStarttimeGreaterThanEndtime,
    /// `InvalidParameter.StatusCodeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: status code invalid.
    InvalidParameterStatusCodeInvalid,
    /// `InvalidParameter.SubdomainInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subdomain invalid.
    InvalidParameterSubdomainInvalid,
    /// `InvalidParameter.SubsBeyondRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subs beyond range.
    InvalidParameterSubsBeyondRange,
    /// `InvalidParameter.TaskNotCompleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not completed.
    InvalidParameterTaskNotCompleted,
    /// `InvalidParameter.TimeSpanInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time span invalid.
    InvalidParameterTimeSpanInvalid,
    /// `InvalidParameter.TimestampExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: timestamp expired.
    InvalidParameterTimestampExpired,
    /// `InvalidParameter.TooManyInvalidDomains`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many invalid domains.
    InvalidParameterTooManyInvalidDomains,
    /// `InvalidParameter.ToolsDomainInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tools domain invalid.
    InvalidParameterToolsDomainInvalid,
    /// `InvalidParameter.ToolsDomainNotReged`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tools domain not reged.
    InvalidParameterToolsDomainNotReged,
    /// `InvalidParameter.TransferAccountIsBanned`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: transfer account is banned.
    InvalidParameterTransferAccountIsBanned,
    /// `InvalidParameter.UnLockCodeExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: un lock code expired.
    InvalidParameterUnLockCodeExpired,
    /// `InvalidParameter.UnLockCodeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: un lock code invalid.
    InvalidParameterUnLockCodeInvalid,
    /// `InvalidParameter.UnrealNameUser`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unreal name user.
    InvalidParameterUnrealNameUser,
    /// `InvalidParameter.UnsupportedFilterType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported filter type.
    InvalidParameterUnsupportedFilterType,
    /// `InvalidParameter.UpdateNewGradeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: update new grade failed.
    InvalidParameterUpdateNewGradeFailed,
    /// `InvalidParameter.UpdateOldGradeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: update old grade failed.
    InvalidParameterUpdateOldGradeFailed,
    /// `InvalidParameter.UrlValueIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url value illegal.
    InvalidParameterUrlValueIllegal,
    /// `InvalidParameter.UserAlreadyLocked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user already locked.
    InvalidParameterUserAlreadyLocked,
    /// `InvalidParameter.UserAreaInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user area invalid.
    InvalidParameterUserAreaInvalid,
    /// `InvalidParameter.UserNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user not exists.
    InvalidParameterUserNotExists,
    /// `InvalidParameter.UuidInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: uuid invalid.
    InvalidParameterUuidInvalid,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DomainGradeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain grade invalid.
    InvalidParameterValueDomainGradeInvalid,
    /// `InvalidParameterValue.DomainNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain not exists.
    InvalidParameterValueDomainNotExists,
    /// `InvalidParameterValue.IpAreaEmptyIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ip area empty ip.
    InvalidParameterValueIpAreaEmptyIp,
    /// `InvalidParameterValue.IpAreaEmptyLineName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ip area empty line name.
    InvalidParameterValueIpAreaEmptyLineName,
    /// `InvalidParameterValue.LimitInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit invalid.
    InvalidParameterValueLimitInvalid,
    /// `InvalidParameterValue.UpgradeTermInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: upgrade term invalid.
    InvalidParameterValueUpgradeTermInvalid,
    /// `InvalidParameterValue.UserIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user id invalid.
    InvalidParameterValueUserIdInvalid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AAAACountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: AAAA count limit.
    LimitExceededAaaaCountLimit,
    /// `LimitExceeded.AtNsRecordLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: at ns record limit.
    LimitExceededAtNsRecordLimit,
    /// `LimitExceeded.CustomLineLimited`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: custom line limited.
    LimitExceededCustomLineLimited,
    /// `LimitExceeded.DomainAliasCountExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: domain alias count exceeded.
    LimitExceededDomainAliasCountExceeded,
    /// `LimitExceeded.DomainAliasNumberLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: domain alias number limit.
    LimitExceededDomainAliasNumberLimit,
    /// `LimitExceeded.FailedLoginLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: failed login limit exceeded.
    LimitExceededFailedLoginLimitExceeded,
    /// `LimitExceeded.GroupNumberLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: group number limit.
    LimitExceededGroupNumberLimit,
    /// `LimitExceeded.HiddenUrlExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: hidden url exceeded.
    LimitExceededHiddenUrlExceeded,
    /// `LimitExceeded.NsCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ns count limit.
    LimitExceededNsCountLimit,
    /// `LimitExceeded.OffsetExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: offset exceeded.
    LimitExceededOffsetExceeded,
    /// `LimitExceeded.RecordTtlLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: record ttl limit.
    LimitExceededRecordTtlLimit,
    /// `LimitExceeded.SrvCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: srv count limit.
    LimitExceededSrvCountLimit,
    /// `LimitExceeded.SubdomainLevelLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: subdomain level limit.
    LimitExceededSubdomainLevelLimit,
    /// `LimitExceeded.SubdomainRollLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: subdomain roll limit.
    LimitExceededSubdomainRollLimit,
    /// `LimitExceeded.SubdomainWcardLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: subdomain wcard limit.
    LimitExceededSubdomainWcardLimit,
    /// `LimitExceeded.UrlCountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: url count limit.
    LimitExceededUrlCountLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AccessDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: access denied.
    OperationDeniedAccessDenied,
    /// `OperationDenied.AgentDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: agent denied.
    OperationDeniedAgentDenied,
    /// `OperationDenied.AgentSubordinateDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: agent subordinate denied.
    OperationDeniedAgentSubordinateDenied,
    /// `OperationDenied.CancelBillNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cancel bill not allowed.
    OperationDeniedCancelBillNotAllowed,
    /// `OperationDenied.DeleteUsingRecordLineNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delete using record line not allowed.
    OperationDeniedDeleteUsingRecordLineNotAllowed,
    /// `OperationDenied.DomainOwnerAllowedOnly`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain owner allowed only.
    OperationDeniedDomainOwnerAllowedOnly,
    /// `OperationDenied.EditUsingRecordLineNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: edit using record line not allowed.
    OperationDeniedEditUsingRecordLineNotAllowed,
    /// `OperationDenied.IPInBlacklistNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: IP in blacklist not allowed.
    OperationDeniedIpInBlacklistNotAllowed,
    /// `OperationDenied.MonitorCallbackNotEnabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: monitor callback not enabled.
    OperationDeniedMonitorCallbackNotEnabled,
    /// `OperationDenied.NoPermissionToOperateDomain`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no permission to operate domain.
    OperationDeniedNoPermissionToOperateDomain,
    /// `OperationDenied.NotAdmin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not admin.
    OperationDeniedNotAdmin,
    /// `OperationDenied.NotAgent`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not agent.
    OperationDeniedNotAgent,
    /// `OperationDenied.NotGrantedByOwner`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not granted by owner.
    OperationDeniedNotGrantedByOwner,
    /// `OperationDenied.NotManagedUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not managed user.
    OperationDeniedNotManagedUser,
    /// `OperationDenied.NotOrderOwner`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not order owner.
    OperationDeniedNotOrderOwner,
    /// `OperationDenied.NotResourceOwner`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not resource owner.
    OperationDeniedNotResourceOwner,
    /// `OperationDenied.PersonalCouponNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: personal coupon not allowed.
    OperationDeniedPersonalCouponNotAllowed,
    /// `OperationDenied.PostRequestAcceptOnly`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: post request accept only.
    OperationDeniedPostRequestAcceptOnly,
    /// `OperationDenied.ResourceAlreadyBind`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource already bind.
    OperationDeniedResourceAlreadyBind,
    /// `OperationDenied.ResourceNotAllowRenew`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not allow renew.
    OperationDeniedResourceNotAllowRenew,
    /// `OperationDenied.VipDomainAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: vip domain allowed.
    OperationDeniedVipDomainAllowed,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.BatchTaskLimit`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: batch task limit.
    RequestLimitExceededBatchTaskLimit,
    /// `RequestLimitExceeded.CreateDomainLimit`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: create domain limit.
    RequestLimitExceededCreateDomainLimit,
    /// `RequestLimitExceeded.RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: request limit exceeded.
    RequestLimitExceededRequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.NoDataOfDomain`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no data of domain.
    ResourceNotFoundNoDataOfDomain,
    /// `ResourceNotFound.NoDataOfDomainAlias`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no data of domain alias.
    ResourceNotFoundNoDataOfDomainAlias,
    /// `ResourceNotFound.NoDataOfGift`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no data of gift.
    ResourceNotFoundNoDataOfGift,
    /// `ResourceNotFound.NoDataOfRecord`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no data of record.
    ResourceNotFoundNoDataOfRecord,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
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
    static CODES: [&str; 275] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AccountIsLocked",
        "FailedOperation.AuthLogUnsupport",
        "FailedOperation.ContainsPersonalVip",
        "FailedOperation.CouponForFreeDomain",
        "FailedOperation.CouponNotSupported",
        "FailedOperation.CouponTypeAlreadyUsed",
        "FailedOperation.DNSSECIncompleteClosed",
        "FailedOperation.DomainExists",
        "FailedOperation.DomainInEnterpriseMailAccount",
        "FailedOperation.DomainIsEnterpriseType",
        "FailedOperation.DomainIsKeyDomain",
        "FailedOperation.DomainIsLocked",
        "FailedOperation.DomainIsPersonalType",
        "FailedOperation.DomainIsSpam",
        "FailedOperation.DomainIsVip",
        "FailedOperation.DomainNotInService",
        "FailedOperation.DomainOwnedByOtherUser",
        "FailedOperation.EipCheckFailed",
        "FailedOperation.FileNotExist",
        "FailedOperation.FreeForumUidNotAllowed",
        "FailedOperation.FrequencyLimit",
        "FailedOperation.FunctionNotAllowedApply",
        "FailedOperation.GetWhoisFailed",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.LoginAreaNotAllowed",
        "FailedOperation.LoginFailed",
        "FailedOperation.LoginTimeout",
        "FailedOperation.MobileNotVerified",
        "FailedOperation.MustAddDefaultLineFirst",
        "FailedOperation.NotBatchTaskOwner",
        "FailedOperation.NotDomainOwner",
        "FailedOperation.NotRealNamedUser",
        "FailedOperation.NotResourceOwner",
        "FailedOperation.OrderCanNotPay",
        "FailedOperation.OrderHasPaid",
        "FailedOperation.ResourceNotBind",
        "FailedOperation.TemporaryError",
        "FailedOperation.TencentCloudForbid",
        "FailedOperation.TransferToEnterpriseDenied",
        "FailedOperation.TransferToPersonDenied",
        "FailedOperation.TwoStepNotOn",
        "FailedOperation.UnknowError",
        "FailedOperation.UserNotAllowTransfer",
        "FailedOperation.VerifyingBillExists",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.AccountIsBanned",
        "InvalidParameter.AcquireHashExists",
        "InvalidParameter.ActionInvalid",
        "InvalidParameter.ActionSuccess",
        "InvalidParameter.Activity",
        "InvalidParameter.AliasIsMyDomain",
        "InvalidParameter.AuthLogInvalidRetCode",
        "InvalidParameter.AuthLogInvalidScope",
        "InvalidParameter.BatchDomainCreateActionError",
        "InvalidParameter.BatchDomainNotAuth",
        "InvalidParameter.BatchLimitUndo",
        "InvalidParameter.BatchRecordCreateActionError",
        "InvalidParameter.BatchRecordModifyActionError",
        "InvalidParameter.BatchRecordModifyActionInvalidValue",
        "InvalidParameter.BatchRecordRemoveActionError",
        "InvalidParameter.BatchRecordReplaceActionError",
        "InvalidParameter.BatchTaskCountLimit",
        "InvalidParameter.BatchTaskNotExist",
        "InvalidParameter.BillNumberInvalid",
        "InvalidParameter.BrowserNull",
        "InvalidParameter.ClientTokenTooLong",
        "InvalidParameter.Common",
        "InvalidParameter.CopiedLineGroupDuplicated",
        "InvalidParameter.CustomMessage",
        "InvalidParameter.DTokenNotSupport",
        "InvalidParameter.DataExpired",
        "InvalidParameter.DataInvalid",
        "InvalidParameter.DealTypeInvalid",
        "InvalidParameter.DefaultLineNotSelfdefined",
        "InvalidParameter.DnsDealDomainUpgraded",
        "InvalidParameter.DnsDealLocked",
        "InvalidParameter.DnsInvalidDeal",
        "InvalidParameter.DnssecAddCnameError",
        "InvalidParameter.DomainAliasExists",
        "InvalidParameter.DomainAliasIdInvalid",
        "InvalidParameter.DomainAlreadyVip",
        "InvalidParameter.DomainDuplicated",
        "InvalidParameter.DomainIdInvalid",
        "InvalidParameter.DomainInBlackList",
        "InvalidParameter.DomainInEffectOrInvalidated",
        "InvalidParameter.DomainInvalid",
        "InvalidParameter.DomainIsAliaser",
        "InvalidParameter.DomainIsModifyingDns",
        "InvalidParameter.DomainIsMyAlias",
        "InvalidParameter.DomainIsNotlocked",
        "InvalidParameter.DomainNotAllowedLock",
        "InvalidParameter.DomainNotAllowedModifyRecords",
        "InvalidParameter.DomainNotBeian",
        "InvalidParameter.DomainNotEffective",
        "InvalidParameter.DomainNotReged",
        "InvalidParameter.DomainNotVip",
        "InvalidParameter.DomainRecordExist",
        "InvalidParameter.DomainSelfNoCopy",
        "InvalidParameter.DomainTaskNotFinished",
        "InvalidParameter.DomainTooLong",
        "InvalidParameter.DomainTypeInvalid",
        "InvalidParameter.DomainsEmpty",
        "InvalidParameter.EmailInvalid",
        "InvalidParameter.EmailNotVerified",
        "InvalidParameter.EmailOrQqInvalid",
        "InvalidParameter.EmailSame",
        "InvalidParameter.EndDateBeyondRange",
        "InvalidParameter.GetNsFail",
        "InvalidParameter.GoodsChildTypeInvalid",
        "InvalidParameter.GoodsNumInvalid",
        "InvalidParameter.GoodsTypeInvalid",
        "InvalidParameter.GradeNotCopy",
        "InvalidParameter.GroupIdInvalid",
        "InvalidParameter.GroupNameEmpty",
        "InvalidParameter.GroupNameExists",
        "InvalidParameter.GroupNameInvalid",
        "InvalidParameter.GroupNameOccupied",
        "InvalidParameter.HasPendingApply",
        "InvalidParameter.IllegalNewDeal",
        "InvalidParameter.InnerTaskNotExist",
        "InvalidParameter.InvalidCoupon",
        "InvalidParameter.InvalidDealName",
        "InvalidParameter.InvalidEndDate",
        "InvalidParameter.InvalidIp",
        "InvalidParameter.InvalidSecretId",
        "InvalidParameter.InvalidSignature",
        "InvalidParameter.InvalidSrcDomainId",
        "InvalidParameter.InvalidStartDate",
        "InvalidParameter.InvalidTime",
        "InvalidParameter.InvalidWeight",
        "InvalidParameter.IpAlreadyExist",
        "InvalidParameter.IpArea",
        "InvalidParameter.IpsExceedLimit",
        "InvalidParameter.JobGreaterThanLimit",
        "InvalidParameter.LineFormatInvalid",
        "InvalidParameter.LineGroupNotSupported",
        "InvalidParameter.LineGroupOverCounted",
        "InvalidParameter.LineGroupUpdateFailed",
        "InvalidParameter.LineInAnotherGroup",
        "InvalidParameter.LineInUse",
        "InvalidParameter.LineInUseNotDelete",
        "InvalidParameter.LineNameInvalid",
        "InvalidParameter.LineNameInvalidCharacter",
        "InvalidParameter.LineNameOccupied",
        "InvalidParameter.LineNotExist",
        "InvalidParameter.LineNotSelected",
        "InvalidParameter.LineOverCounted",
        "InvalidParameter.LockDaysInvalid",
        "InvalidParameter.LoginTokenIdError",
        "InvalidParameter.LoginTokenNotExists",
        "InvalidParameter.LoginTokenValidateFailed",
        "InvalidParameter.MobileNotVerified",
        "InvalidParameter.MxInvalid",
        "InvalidParameter.NewPackageTypeInvalid",
        "InvalidParameter.NoAuthorityToSrcDomain",
        "InvalidParameter.NoAuthorityToTheGroup",
        "InvalidParameter.OffsetInvalid",
        "InvalidParameter.OpenidInvalid",
        "InvalidParameter.OperateFailed",
        "InvalidParameter.OperationIsTooFrequent",
        "InvalidParameter.OptypeNotSupported",
        "InvalidParameter.OtherAccountUnrealName",
        "InvalidParameter.ParamInvalid",
        "InvalidParameter.ParamsIllegal",
        "InvalidParameter.ParamsMissing",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.PtrInvalidPublicIp",
        "InvalidParameter.PtrIpNotOwner",
        "InvalidParameter.QcloudUinInvalid",
        "InvalidParameter.QuhuiTxtNotMatch",
        "InvalidParameter.QuhuiTxtRecordWait",
        "InvalidParameter.RealNameUser",
        "InvalidParameter.RecordIdInvalid",
        "InvalidParameter.RecordLineInvalid",
        "InvalidParameter.RecordTypeInvalid",
        "InvalidParameter.RecordValueInvalid",
        "InvalidParameter.RecordValueLengthInvalid",
        "InvalidParameter.RecordsEmpty",
        "InvalidParameter.RemarkLengthExceeded",
        "InvalidParameter.RemarkTooLong",
        "InvalidParameter.RequestIpLimited",
        "InvalidParameter.ResultMoreThan500",
        "InvalidParameter.ShareUserExists",
        "InvalidParameter.SharedUsersUnrealName",
        "InvalidParameter.StartDateBeyondRange",
        "InvalidParameter.StarttimeGreaterThanEndtime",
        "InvalidParameter.StatusCodeInvalid",
        "InvalidParameter.SubdomainInvalid",
        "InvalidParameter.SubsBeyondRange",
        "InvalidParameter.TaskNotCompleted",
        "InvalidParameter.TimeSpanInvalid",
        "InvalidParameter.TimestampExpired",
        "InvalidParameter.TooManyInvalidDomains",
        "InvalidParameter.ToolsDomainInvalid",
        "InvalidParameter.ToolsDomainNotReged",
        "InvalidParameter.TransferAccountIsBanned",
        "InvalidParameter.UnLockCodeExpired",
        "InvalidParameter.UnLockCodeInvalid",
        "InvalidParameter.UnrealNameUser",
        "InvalidParameter.UnsupportedFilterType",
        "InvalidParameter.UpdateNewGradeFailed",
        "InvalidParameter.UpdateOldGradeFailed",
        "InvalidParameter.UrlValueIllegal",
        "InvalidParameter.UserAlreadyLocked",
        "InvalidParameter.UserAreaInvalid",
        "InvalidParameter.UserNotExists",
        "InvalidParameter.UuidInvalid",
        "InvalidParameterValue",
        "InvalidParameterValue.DomainGradeInvalid",
        "InvalidParameterValue.DomainNotExists",
        "InvalidParameterValue.IpAreaEmptyIp",
        "InvalidParameterValue.IpAreaEmptyLineName",
        "InvalidParameterValue.LimitInvalid",
        "InvalidParameterValue.UpgradeTermInvalid",
        "InvalidParameterValue.UserIdInvalid",
        "LimitExceeded",
        "LimitExceeded.AAAACountLimit",
        "LimitExceeded.AtNsRecordLimit",
        "LimitExceeded.CustomLineLimited",
        "LimitExceeded.DomainAliasCountExceeded",
        "LimitExceeded.DomainAliasNumberLimit",
        "LimitExceeded.FailedLoginLimitExceeded",
        "LimitExceeded.GroupNumberLimit",
        "LimitExceeded.HiddenUrlExceeded",
        "LimitExceeded.NsCountLimit",
        "LimitExceeded.OffsetExceeded",
        "LimitExceeded.RecordTtlLimit",
        "LimitExceeded.SrvCountLimit",
        "LimitExceeded.SubdomainLevelLimit",
        "LimitExceeded.SubdomainRollLimit",
        "LimitExceeded.SubdomainWcardLimit",
        "LimitExceeded.UrlCountLimit",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.AccessDenied",
        "OperationDenied.AgentDenied",
        "OperationDenied.AgentSubordinateDenied",
        "OperationDenied.CancelBillNotAllowed",
        "OperationDenied.DeleteUsingRecordLineNotAllowed",
        "OperationDenied.DomainOwnerAllowedOnly",
        "OperationDenied.EditUsingRecordLineNotAllowed",
        "OperationDenied.IPInBlacklistNotAllowed",
        "OperationDenied.MonitorCallbackNotEnabled",
        "OperationDenied.NoPermissionToOperateDomain",
        "OperationDenied.NotAdmin",
        "OperationDenied.NotAgent",
        "OperationDenied.NotGrantedByOwner",
        "OperationDenied.NotManagedUser",
        "OperationDenied.NotOrderOwner",
        "OperationDenied.NotResourceOwner",
        "OperationDenied.PersonalCouponNotAllowed",
        "OperationDenied.PostRequestAcceptOnly",
        "OperationDenied.ResourceAlreadyBind",
        "OperationDenied.ResourceNotAllowRenew",
        "OperationDenied.VipDomainAllowed",
        "RequestLimitExceeded",
        "RequestLimitExceeded.BatchTaskLimit",
        "RequestLimitExceeded.CreateDomainLimit",
        "RequestLimitExceeded.RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.NoDataOfDomain",
        "ResourceNotFound.NoDataOfDomainAlias",
        "ResourceNotFound.NoDataOfGift",
        "ResourceNotFound.NoDataOfRecord",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 3] = [9, 220, 245];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDnssecIncompleteClosedLimitExceededAaaaCountLimitOperationDeniedIpInBlacklistNotAllowed",
        ends: &[0, 37, 64, 102],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: account is locked.The operation failed: auth log unsupport.The operation failed: contains personal vip.The operation failed: coupon for free domain.The operation failed: coupon not supported.The operation failed: coupon type already used.The operation failed: DNSSEC incomplete closed.The operation failed: domain exists.The operation failed: domain in enterprise mail account.The operation failed: domain is enterprise type.The operation failed: domain is key domain.The operation failed: domain is locked.The operation failed: domain is personal type.The operation failed: domain is spam.The operation failed: domain is vip.The operation failed: domain not in service.The operation failed: domain owned by other user.The operation failed: eip check failed.The operation failed: file not exist.The operation failed: free forum uid not allowed.The operation failed: frequency limit.The operation failed: function not allowed apply.The operation failed: get whois failed.The operation failed: insufficient balance.The operation failed: login area not allowed.The operation failed: login failed.The operation failed: login timeout.The operation failed: mobile not verified.The operation failed: must add default line first.The operation failed: not batch task owner.The operation failed: not domain owner.The operation failed: not real named user.The operation failed: not resource owner.The operation failed: order can not pay.The operation failed: order has paid.The operation failed: resource not bind.The operation failed: temporary error.The operation failed: tencent cloud forbid.The operation failed: transfer to enterprise denied.The operation failed: transfer to person denied.The operation failed: two step not on.The operation failed: unknow error.The operation failed: user not allow transfer.The operation failed: verifying bill exists.An internal error occurred.A parameter is invalid.A parameter is invalid: account is banned.A parameter is invalid: acquire hash exists.A parameter is invalid: action invalid.A parameter is invalid: action success.A parameter is invalid: activity.A parameter is invalid: alias is my domain.A parameter is invalid: auth log invalid ret code.A parameter is invalid: auth log invalid scope.A parameter is invalid: batch domain create action error.A parameter is invalid: batch domain not auth.A parameter is invalid: batch limit undo.A parameter is invalid: batch record create action error.A parameter is invalid: batch record modify action error.A parameter is invalid: batch record modify action invalid value.A parameter is invalid: batch record remove action error.A parameter is invalid: batch record replace action error.A parameter is invalid: batch task count limit.A parameter is invalid: batch task not exist.A parameter is invalid: bill number invalid.A parameter is invalid: browser null.A parameter is invalid: client token too long.A parameter is invalid: common.A parameter is invalid: copied line group duplicated.A parameter is invalid: custom message.A parameter is invalid: d token not support.A parameter is invalid: data expired.A parameter is invalid: data invalid.A parameter is invalid: deal type invalid.A parameter is invalid: default line not selfdefined.A parameter is invalid: dns deal domain upgraded.A parameter is invalid: dns deal locked.A parameter is invalid: dns invalid deal.A parameter is invalid: dnssec add cname error.A parameter is invalid: domain alias exists.A parameter is invalid: domain alias id invalid.A parameter is invalid: domain already vip.A parameter is invalid: domain duplicated.A parameter is invalid: domain id invalid.A parameter is invalid: domain in black list.A parameter is invalid: domain in effect or invalidated.A parameter is invalid: domain invalid.A parameter is invalid: domain is aliaser.A parameter is invalid: domain is modifying dns.A parameter is invalid: domain is my alias.A parameter is invalid: domain is notlocked.A parameter is invalid: domain not allowed lock.A parameter is invalid: domain not allowed modify records.A parameter is invalid: domain not beian.A parameter is invalid: domain not effective.A parameter is invalid: domain not reged.A parameter is invalid: domain not vip.A parameter is invalid: domain record exist.A parameter is invalid: domain self no copy.A parameter is invalid: domain task not finished.A parameter is invalid: domain too long.A parameter is invalid: domain type invalid.A parameter is invalid: domains empty.A parameter is invalid: email invalid.A parameter is invalid: email not verified.A parameter is invalid: email or qq invalid.A parameter is invalid: email same.A parameter is invalid: end date beyond range.A parameter is invalid: get ns fail.A parameter is invalid: goods child type invalid.A parameter is invalid: goods num invalid.A parameter is invalid: goods type invalid.A parameter is invalid: grade not copy.A parameter is invalid: group id invalid.A parameter is invalid: group name empty.A parameter is invalid: group name exists.A parameter is invalid: group name invalid.A parameter is invalid: group name occupied.A parameter is invalid: has pending apply.A parameter is invalid: illegal new deal.A parameter is invalid: inner task not exist.A parameter is invalid: invalid coupon.A parameter is invalid: invalid deal name.A parameter is invalid: invalid end date.A parameter is invalid: invalid ip.A parameter is invalid: invalid secret id.A parameter is invalid: invalid signature.A parameter is invalid: invalid src domain id.A parameter is invalid: invalid start date.A parameter is invalid: invalid time.A parameter is invalid: invalid weight.A parameter is invalid: ip already exist.A parameter is invalid: ip area.A parameter is invalid: ips exceed limit.A parameter is invalid: job greater than limit.A parameter is invalid: line format invalid.A parameter is invalid: line group not supported.A parameter is invalid: line group over counted.A parameter is invalid: line group update failed.A parameter is invalid: line in another group.A parameter is invalid: line in use.A parameter is invalid: line in use not delete.A parameter is invalid: line name invalid.A parameter is invalid: line name invalid character.A parameter is invalid: line name occupied.A parameter is invalid: line not exist.A parameter is invalid: line not selected.A parameter is invalid: line over counted.A parameter is invalid: lock days invalid.A parameter is invalid: login token id error.A parameter is invalid: login token not exists.A parameter is invalid: login token validate failed.A parameter is invalid: mobile not verified.A parameter is invalid: mx invalid.A parameter is invalid: new package type invalid.A parameter is invalid: no authority to src domain.A parameter is invalid: no authority to the group.A parameter is invalid: offset invalid.A parameter is invalid: openid invalid.A parameter is invalid: operate failed.A parameter is invalid: operation is too frequent.A parameter is invalid: optype not supported.A parameter is invalid: other account unreal name.A parameter is invalid: param invalid.A parameter is invalid: params illegal.A parameter is invalid: params missing.A parameter is invalid: permission denied.A parameter is invalid: ptr invalid public ip.A parameter is invalid: ptr ip not owner.A parameter is invalid: qcloud uin invalid.A parameter is invalid: quhui txt not match.A parameter is invalid: quhui txt record wait.A parameter is invalid: real name user.A parameter is invalid: record id invalid.A parameter is invalid: record line invalid.A parameter is invalid: record type invalid.A parameter is invalid: record value invalid.A parameter is invalid: record value length invalid.A parameter is invalid: records empty.A parameter is invalid: remark length exceeded.A parameter is invalid: remark too long.A parameter is invalid: request ip limited.A parameter is invalid: result more than500.A parameter is invalid: share user exists.A parameter is invalid: shared users unreal name.A parameter is invalid: start date beyond range.A parameter is invalid: starttime greater than endtime.A parameter is invalid: status code invalid.A parameter is invalid: subdomain invalid.A parameter is invalid: subs beyond range.A parameter is invalid: task not completed.A parameter is invalid: time span invalid.A parameter is invalid: timestamp expired.A parameter is invalid: too many invalid domains.A parameter is invalid: tools domain invalid.A parameter is invalid: tools domain not reged.A parameter is invalid: transfer account is banned.A parameter is invalid: un lock code expired.A parameter is invalid: un lock code invalid.A parameter is invalid: unreal name user.A parameter is invalid: unsupported filter type.A parameter is invalid: update new grade failed.A parameter is invalid: update old grade failed.A parameter is invalid: url value illegal.A parameter is invalid: user already locked.A parameter is invalid: user area invalid.A parameter is invalid: user not exists.A parameter is invalid: uuid invalid.A parameter value is invalid.A parameter value is invalid: domain grade invalid.A parameter value is invalid: domain not exists.A parameter value is invalid: ip area empty ip.A parameter value is invalid: ip area empty line name.A parameter value is invalid: limit invalid.A parameter value is invalid: upgrade term invalid.A parameter value is invalid: user id invalid.A limit was exceeded.A limit was exceeded: AAAA count limit.A limit was exceeded: at ns record limit.A limit was exceeded: custom line limited.A limit was exceeded: domain alias count exceeded.A limit was exceeded: domain alias number limit.A limit was exceeded: failed login limit exceeded.A limit was exceeded: group number limit.A limit was exceeded: hidden url exceeded.A limit was exceeded: ns count limit.A limit was exceeded: offset exceeded.A limit was exceeded: record ttl limit.A limit was exceeded: srv count limit.A limit was exceeded: subdomain level limit.A limit was exceeded: subdomain roll limit.A limit was exceeded: subdomain wcard limit.A limit was exceeded: url count limit.A required parameter is missing.The operation was denied.The operation was denied: access denied.The operation was denied: agent denied.The operation was denied: agent subordinate denied.The operation was denied: cancel bill not allowed.The operation was denied: delete using record line not allowed.The operation was denied: domain owner allowed only.The operation was denied: edit using record line not allowed.The operation was denied: IP in blacklist not allowed.The operation was denied: monitor callback not enabled.The operation was denied: no permission to operate domain.The operation was denied: not admin.The operation was denied: not agent.The operation was denied: not granted by owner.The operation was denied: not managed user.The operation was denied: not order owner.The operation was denied: not resource owner.The operation was denied: personal coupon not allowed.The operation was denied: post request accept only.The operation was denied: resource already bind.The operation was denied: resource not allow renew.The operation was denied: vip domain allowed.Too many requests were sent.Too many requests were sent: batch task limit.Too many requests were sent: create domain limit.Too many requests were sent: request limit exceeded.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: no data of domain.The resource was not found: no data of domain alias.The resource was not found: no data of gift.The resource was not found: no data of record.The resource is unavailable.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 68, 89, 129, 170, 214, 259, 302, 349, 396, 432, 488, 536, 579, 618,
            664, 701, 737, 781, 830, 869, 906, 955, 993, 1042, 1081, 1124, 1169, 1204,
            1240, 1282, 1332, 1375, 1414, 1456, 1497, 1537, 1574, 1614, 1652, 1695, 1747,
            1795, 1833, 1868, 1914, 1958, 1985, 2008, 2050, 2094, 2133, 2172, 2205, 2248,
            2298, 2345, 2402, 2448, 2489, 2546, 2603, 2668, 2725, 2783, 2830, 2875, 2919,
            2956, 3002, 3033, 3086, 3125, 3169, 3206, 3243, 3285, 3338, 3387, 3427, 3468,
            3515, 3559, 3607, 3650, 3692, 3734, 3779, 3835, 3874, 3916, 3964, 4007, 4051,
            4099, 4157, 4198, 4243, 4284, 4323, 4367, 4411, 4460, 4500, 4544, 4582, 4620,
            4663, 4707, 4742, 4788, 4824, 4873, 4915, 4958, 4997, 5038, 5079, 5121, 5164,
            5208, 5250, 5291, 5336, 5375, 5417, 5458, 5493, 5535, 5577, 5623, 5666, 5703,
            5742, 5783, 5815, 5856, 5903, 5947, 5996, 6044, 6093, 6139, 6175, 6222, 6264,
            6316, 6359, 6398, 6440, 6482, 6524, 6569, 6616, 6668, 6712, 6747, 6796, 6847,
            6897, 6936, 6975, 7014, 7064, 7109, 7159, 7197, 7236, 7275, 7317, 7363, 7404,
            7447, 7491, 7537, 7576, 7618, 7662, 7706, 7751, 7803, 7841, 7888, 7928, 7971,
            8015, 8057, 8106, 8154, 8209, 8253, 8295, 8337, 8380, 8422, 8464, 8513, 8558,
            8605, 8656, 8701, 8746, 8787, 8835, 8883, 8931, 8973, 9017, 9059, 9099, 9136,
            9165, 9216, 9264, 9311, 9365, 9409, 9460, 9506, 9527, 9566, 9607, 9649, 9699,
            9747, 9797, 9838, 9880, 9917, 9955, 9994, 10032, 10076, 10119, 10163, 10201,
            10233, 10258, 10298, 10337, 10388, 10438, 10501, 10553, 10614, 10668, 10723,
            10781, 10817, 10853, 10900, 10943, 10985, 11030, 11084, 11135, 11183, 11234,
            11279, 11307, 11353, 11402, 11454, 11477, 11504, 11531, 11577, 11629, 11673,
            11719, 11747, 11774, 11806, 11837, 11868,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 275] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccccccccccbbbbbcaaaaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 275] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhhhcgggggggggggggggggggggghhhhjheeeeeihgcl",
    );
    static PILOTS: [u16; 69] = [
        18, 9, 2, 2, 3, 7, 16, 3, 4, 33, 0, 6, 26, 106, 27, 2, 1, 23, 37, 2, 0, 7, 28,
        80, 83, 15, 43, 66, 7, 2, 73, 0, 0, 25, 1, 3, 51, 28, 6, 22, 26, 13, 3, 20, 3,
        22, 11, 92, 3, 36, 41, 2, 2, 72, 17, 13, 268, 0, 46, 64, 2, 80, 139, 4, 28, 20,
        1, 0, 71,
    ];
    static SLOTS: [(&str, u32); 305] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            147, 151, 71, 17, 228, 0, 260, 38, 94, 193, 4294967295, 257, 253, 11, 213,
            216, 27, 87, 273, 39, 214, 204, 115, 124, 55, 189, 219, 180, 45, 6, 89,
            4294967295, 4294967295, 143, 187, 28, 4294967295, 224, 92, 140, 40, 176,
            4294967295, 188, 123, 4294967295, 173, 113, 18, 259, 4294967295, 95, 218,
            4294967295, 220, 13, 15, 33, 81, 242, 267, 100, 191, 211, 148, 112, 201, 49,
            250, 186, 72, 4294967295, 190, 61, 4294967295, 34, 4294967295, 97, 165, 54,
            182, 175, 57, 31, 56, 91, 101, 199, 169, 227, 107, 32, 215, 105, 222, 109,
            4294967295, 241, 7, 16, 118, 261, 271, 37, 166, 158, 119, 4294967295, 108,
            86, 12, 126, 172, 141, 22, 234, 111, 246, 256, 24, 163, 69, 155, 43, 79, 53,
            243, 237, 116, 25, 235, 208, 82, 145, 272, 51, 203, 167, 90, 249, 263, 178,
            19, 198, 4294967295, 153, 64, 4294967295, 4294967295, 65, 254, 63, 236, 127,
            102, 85, 184, 205, 93, 128, 35, 252, 171, 132, 59, 120, 233, 48, 142, 135, 2,
            136, 58, 202, 68, 4294967295, 164, 265, 177, 144, 150, 223, 152, 46, 42,
            4294967295, 106, 137, 114, 185, 121, 30, 70, 239, 212, 26, 130, 258, 41, 74,
            170, 4294967295, 196, 5, 1, 245, 231, 146, 268, 47, 138, 131, 251, 194, 23,
            125, 96, 266, 129, 98, 21, 99, 4294967295, 66, 139, 262, 104, 4294967295, 29,
            174, 192, 134, 83, 117, 244, 225, 255, 8, 4294967295, 269, 248, 122, 76, 9,
            179, 10, 240, 4, 4294967295, 4294967295, 183, 4294967295, 232, 50, 247, 229,
            195, 206, 133, 20, 160, 157, 274, 230, 75, 78, 200, 88, 4294967295, 197, 162,
            270, 221, 80, 4294967295, 67, 110, 264, 4294967295, 62, 210, 77, 154, 207,
            161, 52, 149, 159, 3, 103, 238, 84, 4294967295, 226, 36, 209, 168, 60, 156,
            4294967295, 14, 181, 217, 44, 73,
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
    const PROVIDER: &'static str = "Tencent Cloud DNSPOD";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DNSPOD's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DNSPOD: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
