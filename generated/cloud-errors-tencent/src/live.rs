// @generated from catalogs/tencent/live.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud LIVE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud LIVE: a variant per documented code,
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
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AiTranscodeOptionFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ai transcode option fail.
    FailedOperationAiTranscodeOptionFail,
    /// `FailedOperation.AlterTaskState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alter task state.
    FailedOperationAlterTaskState,
    /// `FailedOperation.AuthError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth error.
    FailedOperationAuthError,
    /// `FailedOperation.CallOtherSvrError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call other svr error.
    FailedOperationCallOtherSvrError,
    /// `FailedOperation.CallOtherSvrFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call other svr failed.
    FailedOperationCallOtherSvrFailed,
    /// `FailedOperation.CancelSessionNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cancel session not exist.
    FailedOperationCancelSessionNotExist,
    /// `FailedOperation.CannotBeDeletedIssued`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot be deleted issued.
    FailedOperationCannotBeDeletedIssued,
    /// `FailedOperation.CannotBeDeletedWithinHour`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot be deleted within hour.
    FailedOperationCannotBeDeletedWithinHour,
    /// `FailedOperation.CasterBinded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: caster binded.
    FailedOperationCasterBinded,
    /// `FailedOperation.CasterExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: caster expired.
    FailedOperationCasterExpired,
    /// `FailedOperation.CasterNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: caster not found.
    FailedOperationCasterNotFound,
    /// `FailedOperation.CertificateExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate exists.
    FailedOperationCertificateExists,
    /// `FailedOperation.CertificateInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate invalid.
    FailedOperationCertificateInvalid,
    /// `FailedOperation.CertificateMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate mismatch.
    FailedOperationCertificateMismatch,
    /// `FailedOperation.CertificateNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found.
    FailedOperationCertificateNotFound,
    /// `FailedOperation.ConfInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: conf in used.
    FailedOperationConfInUsed,
    /// `FailedOperation.ConfigCDNFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config CDN failed.
    FailedOperationConfigCdnFailed,
    /// `FailedOperation.ConflictAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: conflict action.
    FailedOperationConflictAction,
    /// `FailedOperation.CosBucketNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos bucket not exist.
    FailedOperationCosBucketNotExist,
    /// `FailedOperation.CosBucketNotPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos bucket not permission.
    FailedOperationCosBucketNotPermission,
    /// `FailedOperation.CosRoleNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos role not exists.
    FailedOperationCosRoleNotExists,
    /// `FailedOperation.CreateAIGCTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create AIGC task failed.
    FailedOperationCreateAigcTaskFailed,
    /// `FailedOperation.CreateCasterTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create caster task failed.
    FailedOperationCreateCasterTaskFailed,
    /// `FailedOperation.DatabaseNotAccessible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database not accessible.
    FailedOperationDatabaseNotAccessible,
    /// `FailedOperation.DeleteDomainInLockedTime`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete domain in locked time.
    FailedOperationDeleteDomainInLockedTime,
    /// `FailedOperation.DomainAdded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain added.
    FailedOperationDomainAdded,
    /// `FailedOperation.DomainGslbFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain gslb fail.
    FailedOperationDomainGslbFail,
    /// `FailedOperation.DomainNeedRealName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain need real name.
    FailedOperationDomainNeedRealName,
    /// `FailedOperation.DomainNeedVerifyOwner`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain need verify owner.
    FailedOperationDomainNeedVerifyOwner,
    /// `FailedOperation.ExceedsFreeLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceeds free limit.
    FailedOperationExceedsFreeLimit,
    /// `FailedOperation.GetDataFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get data failed.
    FailedOperationGetDataFailed,
    /// `FailedOperation.GetPictureUrlError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get picture url error.
    FailedOperationGetPictureUrlError,
    /// `FailedOperation.GetStreamResolutionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get stream resolution error.
    FailedOperationGetStreamResolutionError,
    /// `FailedOperation.HasNotLivingStream`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: has not living stream.
    FailedOperationHasNotLivingStream,
    /// `FailedOperation.HostOutLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: host out limit.
    FailedOperationHostOutLimit,
    /// `FailedOperation.InputAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input already exist.
    FailedOperationInputAlreadyExist,
    /// `FailedOperation.InputIsNotActive`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input is not active.
    FailedOperationInputIsNotActive,
    /// `FailedOperation.InputNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input not exist.
    FailedOperationInputNotExist,
    /// `FailedOperation.InputStreamMixTypeNotAccessible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input stream mix type not accessible.
    FailedOperationInputStreamMixTypeNotAccessible,
    /// `FailedOperation.InputUsedInAutoCast`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input used in auto cast.
    FailedOperationInputUsedInAutoCast,
    /// `FailedOperation.InputUsedInLayout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input used in layout.
    FailedOperationInputUsedInLayout,
    /// `FailedOperation.InputUsedInPgm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input used in pgm.
    FailedOperationInputUsedInPgm,
    /// `FailedOperation.InputUsedInPvw`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: input used in pvw.
    FailedOperationInputUsedInPvw,
    /// `FailedOperation.InvalidCertificateStatusCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid certificate status code.
    FailedOperationInvalidCertificateStatusCode,
    /// `FailedOperation.InvalidParam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid param.
    FailedOperationInvalidParam,
    /// `FailedOperation.InvokeCdnApiFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoke cdn api fail.
    FailedOperationInvokeCdnApiFail,
    /// `FailedOperation.InvokeVideoApiFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoke video api fail.
    FailedOperationInvokeVideoApiFail,
    /// `FailedOperation.JiFeiNoEnoughFund`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ji fei no enough fund.
    FailedOperationJiFeiNoEnoughFund,
    /// `FailedOperation.LayoutAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: layout already exist.
    FailedOperationLayoutAlreadyExist,
    /// `FailedOperation.LayoutNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: layout not exist.
    FailedOperationLayoutNotExist,
    /// `FailedOperation.LayoutUsedInAutoCast`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: layout used in auto cast.
    FailedOperationLayoutUsedInAutoCast,
    /// `FailedOperation.LayoutUsedInPgm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: layout used in pgm.
    FailedOperationLayoutUsedInPgm,
    /// `FailedOperation.LayoutUsedInPvw`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: layout used in pvw.
    FailedOperationLayoutUsedInPvw,
    /// `FailedOperation.MarkPicAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark pic already exist.
    FailedOperationMarkPicAlreadyExist,
    /// `FailedOperation.MarkPicNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark pic not exist.
    FailedOperationMarkPicNotExist,
    /// `FailedOperation.MarkPicUsedInAutoCast`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark pic used in auto cast.
    FailedOperationMarkPicUsedInAutoCast,
    /// `FailedOperation.MarkWordAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark word already exist.
    FailedOperationMarkWordAlreadyExist,
    /// `FailedOperation.MarkWordNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark word not exist.
    FailedOperationMarkWordNotExist,
    /// `FailedOperation.MarkWordUsedInAutoCast`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mark word used in auto cast.
    FailedOperationMarkWordUsedInAutoCast,
    /// `FailedOperation.MonitorIsActive`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: monitor is active.
    FailedOperationMonitorIsActive,
    /// `FailedOperation.MonitorLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: monitor limit exceeded.
    FailedOperationMonitorLimitExceeded,
    /// `FailedOperation.MonitorNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: monitor not exist.
    FailedOperationMonitorNotExist,
    /// `FailedOperation.NetworkError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network error.
    FailedOperationNetworkError,
    /// `FailedOperation.NoBackupInput`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no backup input.
    FailedOperationNoBackupInput,
    /// `FailedOperation.NoLVBPushOrPlayDomain`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no LVB push or play domain.
    FailedOperationNoLvbPushOrPlayDomain,
    /// `FailedOperation.NoPgmRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no pgm running.
    FailedOperationNoPgmRunning,
    /// `FailedOperation.NoProjectPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no project permission.
    FailedOperationNoProjectPermission,
    /// `FailedOperation.NoRealNameAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no real name auth.
    FailedOperationNoRealNameAuth,
    /// `FailedOperation.NotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not found.
    FailedOperationNotFound,
    /// `FailedOperation.OutOfService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: out of service.
    FailedOperationOutOfService,
    /// `FailedOperation.OutputAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: output already exist.
    FailedOperationOutputAlreadyExist,
    /// `FailedOperation.OutputIsNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: output is not exist.
    FailedOperationOutputIsNotExist,
    /// `FailedOperation.ParentDomainAdded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parent domain added.
    FailedOperationParentDomainAdded,
    /// `FailedOperation.ProcessMixError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: process mix error.
    FailedOperationProcessMixError,
    /// `FailedOperation.QueryAIGCTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query AIGC task failed.
    FailedOperationQueryAigcTaskFailed,
    /// `FailedOperation.QueryUploadInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query upload info failed.
    FailedOperationQueryUploadInfoFailed,
    /// `FailedOperation.RelateServerNotAccessible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: relate server not accessible.
    FailedOperationRelateServerNotAccessible,
    /// `FailedOperation.RelatedRunningMonitorLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: related running monitor limit exceeded.
    FailedOperationRelatedRunningMonitorLimitExceeded,
    /// `FailedOperation.ReleaseCasterFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: release caster failed.
    FailedOperationReleaseCasterFailed,
    /// `FailedOperation.ResourceNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not enough.
    FailedOperationResourceNotEnough,
    /// `FailedOperation.RuleAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already exist.
    FailedOperationRuleAlreadyExist,
    /// `FailedOperation.SdkNoPackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sdk no package.
    FailedOperationSdkNoPackage,
    /// `FailedOperation.StartPullFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start pull failed.
    FailedOperationStartPullFailed,
    /// `FailedOperation.StartTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start task failed.
    FailedOperationStartTaskFailed,
    /// `FailedOperation.StopCasterTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop caster task failed.
    FailedOperationStopCasterTaskFailed,
    /// `FailedOperation.StopPullFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop pull failed.
    FailedOperationStopPullFailed,
    /// `FailedOperation.StopTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop task failed.
    FailedOperationStopTaskFailed,
    /// `FailedOperation.StreamNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stream not exist.
    FailedOperationStreamNotExist,
    /// `FailedOperation.SubDomainAdded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sub domain added.
    FailedOperationSubDomainAdded,
    /// `FailedOperation.TagUnbindError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag unbind error.
    FailedOperationTagUnbindError,
    /// `FailedOperation.TooMuchInput`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too much input.
    FailedOperationTooMuchInput,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ArgsNotMatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: args not match.
    InternalErrorArgsNotMatch,
    /// `InternalError.CallOtherSvrError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call other svr error.
    InternalErrorCallOtherSvrError,
    /// `InternalError.ChineseCharacterDetected`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: chinese character detected.
    InternalErrorChineseCharacterDetected,
    /// `InternalError.ConfInUsed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: conf in used.
    InternalErrorConfInUsed,
    /// `InternalError.ConfNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: conf not found.
    InternalErrorConfNotFound,
    /// `InternalError.ConfOutLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: conf out limit.
    InternalErrorConfOutLimit,
    /// `InternalError.ConfigNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: config not exist.
    InternalErrorConfigNotExist,
    /// `InternalError.ConnectDbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: connect db error.
    InternalErrorConnectDbError,
    /// `InternalError.CrtDateInUsing`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt date in using.
    InternalErrorCrtDateInUsing,
    /// `InternalError.CrtDateNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt date not found.
    InternalErrorCrtDateNotFound,
    /// `InternalError.CrtDateNotLegal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt date not legal.
    InternalErrorCrtDateNotLegal,
    /// `InternalError.CrtDateOverdue`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt date overdue.
    InternalErrorCrtDateOverdue,
    /// `InternalError.CrtDomainNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt domain not found.
    InternalErrorCrtDomainNotFound,
    /// `InternalError.CrtKeyNotMatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: crt key not match.
    InternalErrorCrtKeyNotMatch,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DomainAlreadyExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain already exist.
    InternalErrorDomainAlreadyExist,
    /// `InternalError.DomainFormatError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain format error.
    InternalErrorDomainFormatError,
    /// `InternalError.DomainGslbFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain gslb fail.
    InternalErrorDomainGslbFail,
    /// `InternalError.DomainIsFamous`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain is famous.
    InternalErrorDomainIsFamous,
    /// `InternalError.DomainIsLimited`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain is limited.
    InternalErrorDomainIsLimited,
    /// `InternalError.DomainNoRecord`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain no record.
    InternalErrorDomainNoRecord,
    /// `InternalError.DomainNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain not exist.
    InternalErrorDomainNotExist,
    /// `InternalError.DomainTooLong`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain too long.
    InternalErrorDomainTooLong,
    /// `InternalError.GetBizidError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get bizid error.
    InternalErrorGetBizidError,
    /// `InternalError.GetConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get config error.
    InternalErrorGetConfigError,
    /// `InternalError.GetStreamInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get stream info error.
    InternalErrorGetStreamInfoError,
    /// `InternalError.GetUpstreamInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get upstream info error.
    InternalErrorGetUpstreamInfoError,
    /// `InternalError.GetWatermarkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get watermark error.
    InternalErrorGetWatermarkError,
    /// `InternalError.HasNotLivingStream`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: has not living stream.
    InternalErrorHasNotLivingStream,
    /// `InternalError.InvalidInput`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid input.
    InternalErrorInvalidInput,
    /// `InternalError.InvalidRequest`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid request.
    InternalErrorInvalidRequest,
    /// `InternalError.InvalidUser`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid user.
    InternalErrorInvalidUser,
    /// `InternalError.JiFeiOtherError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ji fei other error.
    InternalErrorJiFeiOtherError,
    /// `InternalError.NetworkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: network error.
    InternalErrorNetworkError,
    /// `InternalError.NotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not found.
    InternalErrorNotFound,
    /// `InternalError.NotPermmitOperat`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not permmit operat.
    InternalErrorNotPermmitOperat,
    /// `InternalError.PlayDomainNoRecord`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: play domain no record.
    InternalErrorPlayDomainNoRecord,
    /// `InternalError.ProcessorAlreadyExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: processor already exist.
    InternalErrorProcessorAlreadyExist,
    /// `InternalError.PushDomainNoRecord`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: push domain no record.
    InternalErrorPushDomainNoRecord,
    /// `InternalError.QueryProIspPlayInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query pro isp play info error.
    InternalErrorQueryProIspPlayInfoError,
    /// `InternalError.QueryUploadInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query upload info failed.
    InternalErrorQueryUploadInfoFailed,
    /// `InternalError.RuleAlreadyExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rule already exist.
    InternalErrorRuleAlreadyExist,
    /// `InternalError.RuleInUsing`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rule in using.
    InternalErrorRuleInUsing,
    /// `InternalError.RuleNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rule not found.
    InternalErrorRuleNotFound,
    /// `InternalError.RuleOutLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rule out limit.
    InternalErrorRuleOutLimit,
    /// `InternalError.StreamStatusError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stream status error.
    InternalErrorStreamStatusError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UpdateDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update data error.
    InternalErrorUpdateDataError,
    /// `InternalError.WatermarkAddError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: watermark add error.
    InternalErrorWatermarkAddError,
    /// `InternalError.WatermarkEditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: watermark edit error.
    InternalErrorWatermarkEditError,
    /// `InternalError.WatermarkNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: watermark not exist.
    InternalErrorWatermarkNotExist,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ArgsNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: args not match.
    InvalidParameterArgsNotMatch,
    /// `InvalidParameter.COSCustomFileNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: COS custom file name error.
    InvalidParameterCosCustomFileNameError,
    /// `InvalidParameter.CancelSessionNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cancel session not exist.
    InvalidParameterCancelSessionNotExist,
    /// `InvalidParameter.CloudCrtIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cloud crt id error.
    InvalidParameterCloudCrtIdError,
    /// `InvalidParameter.CloudDomainIsStop`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cloud domain is stop.
    InvalidParameterCloudDomainIsStop,
    /// `InvalidParameter.ConfInUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conf in used.
    InvalidParameterConfInUsed,
    /// `InvalidParameter.ConfNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conf not found.
    InvalidParameterConfNotFound,
    /// `InvalidParameter.CrtDateInUsing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt date in using.
    InvalidParameterCrtDateInUsing,
    /// `InvalidParameter.CrtDateNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt date not found.
    InvalidParameterCrtDateNotFound,
    /// `InvalidParameter.CrtDateNotLegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt date not legal.
    InvalidParameterCrtDateNotLegal,
    /// `InvalidParameter.CrtDateOverdue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt date overdue.
    InvalidParameterCrtDateOverdue,
    /// `InvalidParameter.CrtDomainNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt domain not found.
    InvalidParameterCrtDomainNotFound,
    /// `InvalidParameter.CrtKeyNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt key not match.
    InvalidParameterCrtKeyNotMatch,
    /// `InvalidParameter.CrtOrKeyNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: crt or key not exist.
    InvalidParameterCrtOrKeyNotExist,
    /// `InvalidParameter.DomainAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain already exist.
    InvalidParameterDomainAlreadyExist,
    /// `InvalidParameter.DomainFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain format error.
    InvalidParameterDomainFormatError,
    /// `InvalidParameter.DomainHitBlackList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain hit black list.
    InvalidParameterDomainHitBlackList,
    /// `InvalidParameter.DomainIsFamous`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is famous.
    InvalidParameterDomainIsFamous,
    /// `InvalidParameter.DomainIsLimited`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is limited.
    InvalidParameterDomainIsLimited,
    /// `InvalidParameter.DomainTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain too long.
    InvalidParameterDomainTooLong,
    /// `InvalidParameter.GopMustEqualAndExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: gop must equal and exists.
    InvalidParameterGopMustEqualAndExists,
    /// `InvalidParameter.InputNumLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input num limit exceeded.
    InvalidParameterInputNumLimitExceeded,
    /// `InvalidParameter.InvalidBackgroudResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid backgroud resolution.
    InvalidParameterInvalidBackgroudResolution,
    /// `InvalidParameter.InvalidBackupToUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid backup to url.
    InvalidParameterInvalidBackupToUrl,
    /// `InvalidParameter.InvalidBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid bitrate.
    InvalidParameterInvalidBitrate,
    /// `InvalidParameter.InvalidCallbackUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid callback url.
    InvalidParameterInvalidCallbackUrl,
    /// `InvalidParameter.InvalidCropParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid crop param.
    InvalidParameterInvalidCropParam,
    /// `InvalidParameter.InvalidLayerParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid layer param.
    InvalidParameterInvalidLayerParam,
    /// `InvalidParameter.InvalidMixInputParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid mix input param.
    InvalidParameterInvalidMixInputParam,
    /// `InvalidParameter.InvalidOutputParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid output param.
    InvalidParameterInvalidOutputParam,
    /// `InvalidParameter.InvalidOutputStreamID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid output stream ID.
    InvalidParameterInvalidOutputStreamId,
    /// `InvalidParameter.InvalidOutputType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid output type.
    InvalidParameterInvalidOutputType,
    /// `InvalidParameter.InvalidPictureID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid picture ID.
    InvalidParameterInvalidPictureId,
    /// `InvalidParameter.InvalidProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid protocol.
    InvalidParameterInvalidProtocol,
    /// `InvalidParameter.InvalidRoundRectRadius`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid round rect radius.
    InvalidParameterInvalidRoundRectRadius,
    /// `InvalidParameter.InvalidSourceUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid source url.
    InvalidParameterInvalidSourceUrl,
    /// `InvalidParameter.InvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task id.
    InvalidParameterInvalidTaskId,
    /// `InvalidParameter.InvalidTaskTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task time.
    InvalidParameterInvalidTaskTime,
    /// `InvalidParameter.InvalidToUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid to url.
    InvalidParameterInvalidToUrl,
    /// `InvalidParameter.InvalidUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid url.
    InvalidParameterInvalidUrl,
    /// `InvalidParameter.InvalidVodFileName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid vod file name.
    InvalidParameterInvalidVodFileName,
    /// `InvalidParameter.InvalidWatermark`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid watermark.
    InvalidParameterInvalidWatermark,
    /// `InvalidParameter.MatchRuleOnlySupportNormalSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: match rule only support normal suffix.
    InvalidParameterMatchRuleOnlySupportNormalSuffix,
    /// `InvalidParameter.MpHostDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mp host delete.
    InvalidParameterMpHostDelete,
    /// `InvalidParameter.MpPluginNoUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mp plugin no use.
    InvalidParameterMpPluginNoUse,
    /// `InvalidParameter.NotAllowUseLVB`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not allow use LVB.
    InvalidParameterNotAllowUseLvb,
    /// `InvalidParameter.OtherError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: other error.
    InvalidParameterOtherError,
    /// `InvalidParameter.ProcessorAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: processor already exist.
    InvalidParameterProcessorAlreadyExist,
    /// `InvalidParameter.RuleNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule not found.
    InvalidParameterRuleNotFound,
    /// `InvalidParameter.SessionOutputStreamChanged`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: session output stream changed.
    InvalidParameterSessionOutputStreamChanged,
    /// `InvalidParameter.TaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not exist.
    InvalidParameterTaskNotExist,
    /// `InvalidParameter.TaskNumMoreThanLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task num more than limit.
    InvalidParameterTaskNumMoreThanLimit,
    /// `InvalidParameter.TemplateNotMatchInputNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: template not match input num.
    InvalidParameterTemplateNotMatchInputNum,
    /// `InvalidParameter.ToUrlNoPermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: to url no permission.
    InvalidParameterToUrlNoPermission,
    /// `InvalidParameter.UrlNotSafe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url not safe.
    InvalidParameterUrlNotSafe,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.MaximumRunningTask`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: maximum running task.
    LimitExceededMaximumRunningTask,
    /// `LimitExceeded.MaximumTask`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: maximum task.
    LimitExceededMaximumTask,
    /// `LimitExceeded.RateLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: rate limit exceeded.
    LimitExceededRateLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CasterNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: caster not exists.
    ResourceNotFoundCasterNotExists,
    /// `ResourceNotFound.CdnLogEmpty`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn log empty.
    ResourceNotFoundCdnLogEmpty,
    /// `ResourceNotFound.CdnThemeEmpty`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn theme empty.
    ResourceNotFoundCdnThemeEmpty,
    /// `ResourceNotFound.ChannelNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: channel not exist.
    ResourceNotFoundChannelNotExist,
    /// `ResourceNotFound.CrtDateNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: crt date not found.
    ResourceNotFoundCrtDateNotFound,
    /// `ResourceNotFound.CrtDomainNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: crt domain not found.
    ResourceNotFoundCrtDomainNotFound,
    /// `ResourceNotFound.DomainNoRecord`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: domain no record.
    ResourceNotFoundDomainNoRecord,
    /// `ResourceNotFound.DomainNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: domain not exist.
    ResourceNotFoundDomainNotExist,
    /// `ResourceNotFound.EmptyData`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: empty data.
    ResourceNotFoundEmptyData,
    /// `ResourceNotFound.ForbidService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: forbid service.
    ResourceNotFoundForbidService,
    /// `ResourceNotFound.FreezeService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: freeze service.
    ResourceNotFoundFreezeService,
    /// `ResourceNotFound.InvalidUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid user.
    ResourceNotFoundInvalidUser,
    /// `ResourceNotFound.NotBindPackage`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not bind package.
    ResourceNotFoundNotBindPackage,
    /// `ResourceNotFound.PlayDomainNoRecord`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: play domain no record.
    ResourceNotFoundPlayDomainNoRecord,
    /// `ResourceNotFound.PushDomainNoRecord`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: push domain no record.
    ResourceNotFoundPushDomainNoRecord,
    /// `ResourceNotFound.StopService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: stop service.
    ResourceNotFoundStopService,
    /// `ResourceNotFound.TaskId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task id.
    ResourceNotFoundTaskId,
    /// `ResourceNotFound.TaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not found.
    ResourceNotFoundTaskNotFound,
    /// `ResourceNotFound.UserDisableService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user disable service.
    ResourceNotFoundUserDisableService,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.UserNotFount`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not fount.
    ResourceNotFoundUserNotFount,
    /// `ResourceNotFound.WatermarkNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: watermark not exist.
    ResourceNotFoundWatermarkNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.InvalidVodStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invalid vod status.
    ResourceUnavailableInvalidVodStatus,
    /// `ResourceUnavailable.StreamNotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stream not exist.
    ResourceUnavailableStreamNotExist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NotLVBCodeMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not LVB code mode.
    UnsupportedOperationNotLvbCodeMode,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 241] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AiTranscodeOptionFail",
        "FailedOperation.AlterTaskState",
        "FailedOperation.AuthError",
        "FailedOperation.CallOtherSvrError",
        "FailedOperation.CallOtherSvrFailed",
        "FailedOperation.CancelSessionNotExist",
        "FailedOperation.CannotBeDeletedIssued",
        "FailedOperation.CannotBeDeletedWithinHour",
        "FailedOperation.CasterBinded",
        "FailedOperation.CasterExpired",
        "FailedOperation.CasterNotFound",
        "FailedOperation.CertificateExists",
        "FailedOperation.CertificateInvalid",
        "FailedOperation.CertificateMismatch",
        "FailedOperation.CertificateNotFound",
        "FailedOperation.ConfInUsed",
        "FailedOperation.ConfigCDNFailed",
        "FailedOperation.ConflictAction",
        "FailedOperation.CosBucketNotExist",
        "FailedOperation.CosBucketNotPermission",
        "FailedOperation.CosRoleNotExists",
        "FailedOperation.CreateAIGCTaskFailed",
        "FailedOperation.CreateCasterTaskFailed",
        "FailedOperation.DatabaseNotAccessible",
        "FailedOperation.DeleteDomainInLockedTime",
        "FailedOperation.DomainAdded",
        "FailedOperation.DomainGslbFail",
        "FailedOperation.DomainNeedRealName",
        "FailedOperation.DomainNeedVerifyOwner",
        "FailedOperation.ExceedsFreeLimit",
        "FailedOperation.GetDataFailed",
        "FailedOperation.GetPictureUrlError",
        "FailedOperation.GetStreamResolutionError",
        "FailedOperation.HasNotLivingStream",
        "FailedOperation.HostOutLimit",
        "FailedOperation.InputAlreadyExist",
        "FailedOperation.InputIsNotActive",
        "FailedOperation.InputNotExist",
        "FailedOperation.InputStreamMixTypeNotAccessible",
        "FailedOperation.InputUsedInAutoCast",
        "FailedOperation.InputUsedInLayout",
        "FailedOperation.InputUsedInPgm",
        "FailedOperation.InputUsedInPvw",
        "FailedOperation.InvalidCertificateStatusCode",
        "FailedOperation.InvalidParam",
        "FailedOperation.InvokeCdnApiFail",
        "FailedOperation.InvokeVideoApiFail",
        "FailedOperation.JiFeiNoEnoughFund",
        "FailedOperation.LayoutAlreadyExist",
        "FailedOperation.LayoutNotExist",
        "FailedOperation.LayoutUsedInAutoCast",
        "FailedOperation.LayoutUsedInPgm",
        "FailedOperation.LayoutUsedInPvw",
        "FailedOperation.MarkPicAlreadyExist",
        "FailedOperation.MarkPicNotExist",
        "FailedOperation.MarkPicUsedInAutoCast",
        "FailedOperation.MarkWordAlreadyExist",
        "FailedOperation.MarkWordNotExist",
        "FailedOperation.MarkWordUsedInAutoCast",
        "FailedOperation.MonitorIsActive",
        "FailedOperation.MonitorLimitExceeded",
        "FailedOperation.MonitorNotExist",
        "FailedOperation.NetworkError",
        "FailedOperation.NoBackupInput",
        "FailedOperation.NoLVBPushOrPlayDomain",
        "FailedOperation.NoPgmRunning",
        "FailedOperation.NoProjectPermission",
        "FailedOperation.NoRealNameAuth",
        "FailedOperation.NotFound",
        "FailedOperation.OutOfService",
        "FailedOperation.OutputAlreadyExist",
        "FailedOperation.OutputIsNotExist",
        "FailedOperation.ParentDomainAdded",
        "FailedOperation.ProcessMixError",
        "FailedOperation.QueryAIGCTaskFailed",
        "FailedOperation.QueryUploadInfoFailed",
        "FailedOperation.RelateServerNotAccessible",
        "FailedOperation.RelatedRunningMonitorLimitExceeded",
        "FailedOperation.ReleaseCasterFailed",
        "FailedOperation.ResourceNotEnough",
        "FailedOperation.RuleAlreadyExist",
        "FailedOperation.SdkNoPackage",
        "FailedOperation.StartPullFailed",
        "FailedOperation.StartTaskFailed",
        "FailedOperation.StopCasterTaskFailed",
        "FailedOperation.StopPullFailed",
        "FailedOperation.StopTaskFailed",
        "FailedOperation.StreamNotExist",
        "FailedOperation.SubDomainAdded",
        "FailedOperation.TagUnbindError",
        "FailedOperation.TooMuchInput",
        "InternalError",
        "InternalError.ArgsNotMatch",
        "InternalError.CallOtherSvrError",
        "InternalError.ChineseCharacterDetected",
        "InternalError.ConfInUsed",
        "InternalError.ConfNotFound",
        "InternalError.ConfOutLimit",
        "InternalError.ConfigNotExist",
        "InternalError.ConnectDbError",
        "InternalError.CrtDateInUsing",
        "InternalError.CrtDateNotFound",
        "InternalError.CrtDateNotLegal",
        "InternalError.CrtDateOverdue",
        "InternalError.CrtDomainNotFound",
        "InternalError.CrtKeyNotMatch",
        "InternalError.DBError",
        "InternalError.DomainAlreadyExist",
        "InternalError.DomainFormatError",
        "InternalError.DomainGslbFail",
        "InternalError.DomainIsFamous",
        "InternalError.DomainIsLimited",
        "InternalError.DomainNoRecord",
        "InternalError.DomainNotExist",
        "InternalError.DomainTooLong",
        "InternalError.GetBizidError",
        "InternalError.GetConfigError",
        "InternalError.GetStreamInfoError",
        "InternalError.GetUpstreamInfoError",
        "InternalError.GetWatermarkError",
        "InternalError.HasNotLivingStream",
        "InternalError.InvalidInput",
        "InternalError.InvalidRequest",
        "InternalError.InvalidUser",
        "InternalError.JiFeiOtherError",
        "InternalError.NetworkError",
        "InternalError.NotFound",
        "InternalError.NotPermmitOperat",
        "InternalError.PlayDomainNoRecord",
        "InternalError.ProcessorAlreadyExist",
        "InternalError.PushDomainNoRecord",
        "InternalError.QueryProIspPlayInfoError",
        "InternalError.QueryUploadInfoFailed",
        "InternalError.RuleAlreadyExist",
        "InternalError.RuleInUsing",
        "InternalError.RuleNotFound",
        "InternalError.RuleOutLimit",
        "InternalError.StreamStatusError",
        "InternalError.SystemError",
        "InternalError.UpdateDataError",
        "InternalError.WatermarkAddError",
        "InternalError.WatermarkEditError",
        "InternalError.WatermarkNotExist",
        "InvalidParameter",
        "InvalidParameter.ArgsNotMatch",
        "InvalidParameter.COSCustomFileNameError",
        "InvalidParameter.CancelSessionNotExist",
        "InvalidParameter.CloudCrtIdError",
        "InvalidParameter.CloudDomainIsStop",
        "InvalidParameter.ConfInUsed",
        "InvalidParameter.ConfNotFound",
        "InvalidParameter.CrtDateInUsing",
        "InvalidParameter.CrtDateNotFound",
        "InvalidParameter.CrtDateNotLegal",
        "InvalidParameter.CrtDateOverdue",
        "InvalidParameter.CrtDomainNotFound",
        "InvalidParameter.CrtKeyNotMatch",
        "InvalidParameter.CrtOrKeyNotExist",
        "InvalidParameter.DomainAlreadyExist",
        "InvalidParameter.DomainFormatError",
        "InvalidParameter.DomainHitBlackList",
        "InvalidParameter.DomainIsFamous",
        "InvalidParameter.DomainIsLimited",
        "InvalidParameter.DomainTooLong",
        "InvalidParameter.GopMustEqualAndExists",
        "InvalidParameter.InputNumLimitExceeded",
        "InvalidParameter.InvalidBackgroudResolution",
        "InvalidParameter.InvalidBackupToUrl",
        "InvalidParameter.InvalidBitrate",
        "InvalidParameter.InvalidCallbackUrl",
        "InvalidParameter.InvalidCropParam",
        "InvalidParameter.InvalidLayerParam",
        "InvalidParameter.InvalidMixInputParam",
        "InvalidParameter.InvalidOutputParam",
        "InvalidParameter.InvalidOutputStreamID",
        "InvalidParameter.InvalidOutputType",
        "InvalidParameter.InvalidPictureID",
        "InvalidParameter.InvalidProtocol",
        "InvalidParameter.InvalidRoundRectRadius",
        "InvalidParameter.InvalidSourceUrl",
        "InvalidParameter.InvalidTaskId",
        "InvalidParameter.InvalidTaskTime",
        "InvalidParameter.InvalidToUrl",
        "InvalidParameter.InvalidUrl",
        "InvalidParameter.InvalidVodFileName",
        "InvalidParameter.InvalidWatermark",
        "InvalidParameter.MatchRuleOnlySupportNormalSuffix",
        "InvalidParameter.MpHostDelete",
        "InvalidParameter.MpPluginNoUse",
        "InvalidParameter.NotAllowUseLVB",
        "InvalidParameter.OtherError",
        "InvalidParameter.ProcessorAlreadyExist",
        "InvalidParameter.RuleNotFound",
        "InvalidParameter.SessionOutputStreamChanged",
        "InvalidParameter.TaskNotExist",
        "InvalidParameter.TaskNumMoreThanLimit",
        "InvalidParameter.TemplateNotMatchInputNum",
        "InvalidParameter.ToUrlNoPermission",
        "InvalidParameter.UrlNotSafe",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.MaximumRunningTask",
        "LimitExceeded.MaximumTask",
        "LimitExceeded.RateLimitExceeded",
        "MissingParameter",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.CasterNotExists",
        "ResourceNotFound.CdnLogEmpty",
        "ResourceNotFound.CdnThemeEmpty",
        "ResourceNotFound.ChannelNotExist",
        "ResourceNotFound.CrtDateNotFound",
        "ResourceNotFound.CrtDomainNotFound",
        "ResourceNotFound.DomainNoRecord",
        "ResourceNotFound.DomainNotExist",
        "ResourceNotFound.EmptyData",
        "ResourceNotFound.ForbidService",
        "ResourceNotFound.FreezeService",
        "ResourceNotFound.InvalidUser",
        "ResourceNotFound.NotBindPackage",
        "ResourceNotFound.PlayDomainNoRecord",
        "ResourceNotFound.PushDomainNoRecord",
        "ResourceNotFound.StopService",
        "ResourceNotFound.TaskId",
        "ResourceNotFound.TaskNotFound",
        "ResourceNotFound.UserDisableService",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.UserNotFount",
        "ResourceNotFound.WatermarkNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.InvalidVodStatus",
        "ResourceUnavailable.StreamNotExist",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.NotLVBCodeMode",
    ];
    static NAME_CODES: [u32; 10] = [20, 25, 68, 78, 110, 149, 178, 180, 193, 240];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationConfigCdnFailedFailedOperationCreateAigcTaskFailedFailedOperationNoLvbPushOrPlayDomainFailedOperationQueryAigcTaskFailedInternalErrorDbErrorInvalidParameterCosCustomFileNameErrorInvalidParameterInvalidOutputStreamIdInvalidParameterInvalidPictureIdInvalidParameterNotAllowUseLvbUnsupportedOperationNotLvbCodeMode",
        ends: &[0, 30, 65, 101, 135, 155, 193, 230, 262, 292, 326],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: ai transcode option fail.The operation failed: alter task state.The operation failed: auth error.The operation failed: call other svr error.The operation failed: call other svr failed.The operation failed: cancel session not exist.The operation failed: cannot be deleted issued.The operation failed: cannot be deleted within hour.The operation failed: caster binded.The operation failed: caster expired.The operation failed: caster not found.The operation failed: certificate exists.The operation failed: certificate invalid.The operation failed: certificate mismatch.The operation failed: certificate not found.The operation failed: conf in used.The operation failed: config CDN failed.The operation failed: conflict action.The operation failed: cos bucket not exist.The operation failed: cos bucket not permission.The operation failed: cos role not exists.The operation failed: create AIGC task failed.The operation failed: create caster task failed.The operation failed: database not accessible.The operation failed: delete domain in locked time.The operation failed: domain added.The operation failed: domain gslb fail.The operation failed: domain need real name.The operation failed: domain need verify owner.The operation failed: exceeds free limit.The operation failed: get data failed.The operation failed: get picture url error.The operation failed: get stream resolution error.The operation failed: has not living stream.The operation failed: host out limit.The operation failed: input already exist.The operation failed: input is not active.The operation failed: input not exist.The operation failed: input stream mix type not accessible.The operation failed: input used in auto cast.The operation failed: input used in layout.The operation failed: input used in pgm.The operation failed: input used in pvw.The operation failed: invalid certificate status code.The operation failed: invalid param.The operation failed: invoke cdn api fail.The operation failed: invoke video api fail.The operation failed: ji fei no enough fund.The operation failed: layout already exist.The operation failed: layout not exist.The operation failed: layout used in auto cast.The operation failed: layout used in pgm.The operation failed: layout used in pvw.The operation failed: mark pic already exist.The operation failed: mark pic not exist.The operation failed: mark pic used in auto cast.The operation failed: mark word already exist.The operation failed: mark word not exist.The operation failed: mark word used in auto cast.The operation failed: monitor is active.The operation failed: monitor limit exceeded.The operation failed: monitor not exist.The operation failed: network error.The operation failed: no backup input.The operation failed: no LVB push or play domain.The operation failed: no pgm running.The operation failed: no project permission.The operation failed: no real name auth.The operation failed: not found.The operation failed: out of service.The operation failed: output already exist.The operation failed: output is not exist.The operation failed: parent domain added.The operation failed: process mix error.The operation failed: query AIGC task failed.The operation failed: query upload info failed.The operation failed: relate server not accessible.The operation failed: related running monitor limit exceeded.The operation failed: release caster failed.The operation failed: resource not enough.The operation failed: rule already exist.The operation failed: sdk no package.The operation failed: start pull failed.The operation failed: start task failed.The operation failed: stop caster task failed.The operation failed: stop pull failed.The operation failed: stop task failed.The operation failed: stream not exist.The operation failed: sub domain added.The operation failed: tag unbind error.The operation failed: too much input.An internal error occurred.An internal error occurred: args not match.An internal error occurred: call other svr error.An internal error occurred: chinese character detected.An internal error occurred: conf in used.An internal error occurred: conf not found.An internal error occurred: conf out limit.An internal error occurred: config not exist.An internal error occurred: connect db error.An internal error occurred: crt date in using.An internal error occurred: crt date not found.An internal error occurred: crt date not legal.An internal error occurred: crt date overdue.An internal error occurred: crt domain not found.An internal error occurred: crt key not match.An internal error occurred: DB error.An internal error occurred: domain already exist.An internal error occurred: domain format error.An internal error occurred: domain gslb fail.An internal error occurred: domain is famous.An internal error occurred: domain is limited.An internal error occurred: domain no record.An internal error occurred: domain not exist.An internal error occurred: domain too long.An internal error occurred: get bizid error.An internal error occurred: get config error.An internal error occurred: get stream info error.An internal error occurred: get upstream info error.An internal error occurred: get watermark error.An internal error occurred: has not living stream.An internal error occurred: invalid input.An internal error occurred: invalid request.An internal error occurred: invalid user.An internal error occurred: ji fei other error.An internal error occurred: network error.An internal error occurred: not found.An internal error occurred: not permmit operat.An internal error occurred: play domain no record.An internal error occurred: processor already exist.An internal error occurred: push domain no record.An internal error occurred: query pro isp play info error.An internal error occurred: query upload info failed.An internal error occurred: rule already exist.An internal error occurred: rule in using.An internal error occurred: rule not found.An internal error occurred: rule out limit.An internal error occurred: stream status error.An internal error occurred: system error.An internal error occurred: update data error.An internal error occurred: watermark add error.An internal error occurred: watermark edit error.An internal error occurred: watermark not exist.A parameter is invalid.A parameter is invalid: args not match.A parameter is invalid: COS custom file name error.A parameter is invalid: cancel session not exist.A parameter is invalid: cloud crt id error.A parameter is invalid: cloud domain is stop.A parameter is invalid: conf in used.A parameter is invalid: conf not found.A parameter is invalid: crt date in using.A parameter is invalid: crt date not found.A parameter is invalid: crt date not legal.A parameter is invalid: crt date overdue.A parameter is invalid: crt domain not found.A parameter is invalid: crt key not match.A parameter is invalid: crt or key not exist.A parameter is invalid: domain already exist.A parameter is invalid: domain format error.A parameter is invalid: domain hit black list.A parameter is invalid: domain is famous.A parameter is invalid: domain is limited.A parameter is invalid: domain too long.A parameter is invalid: gop must equal and exists.A parameter is invalid: input num limit exceeded.A parameter is invalid: invalid backgroud resolution.A parameter is invalid: invalid backup to url.A parameter is invalid: invalid bitrate.A parameter is invalid: invalid callback url.A parameter is invalid: invalid crop param.A parameter is invalid: invalid layer param.A parameter is invalid: invalid mix input param.A parameter is invalid: invalid output param.A parameter is invalid: invalid output stream ID.A parameter is invalid: invalid output type.A parameter is invalid: invalid picture ID.A parameter is invalid: invalid protocol.A parameter is invalid: invalid round rect radius.A parameter is invalid: invalid source url.A parameter is invalid: invalid task id.A parameter is invalid: invalid task time.A parameter is invalid: invalid to url.A parameter is invalid: invalid url.A parameter is invalid: invalid vod file name.A parameter is invalid: invalid watermark.A parameter is invalid: match rule only support normal suffix.A parameter is invalid: mp host delete.A parameter is invalid: mp plugin no use.A parameter is invalid: not allow use LVB.A parameter is invalid: other error.A parameter is invalid: processor already exist.A parameter is invalid: rule not found.A parameter is invalid: session output stream changed.A parameter is invalid: task not exist.A parameter is invalid: task num more than limit.A parameter is invalid: template not match input num.A parameter is invalid: to url no permission.A parameter is invalid: url not safe.A parameter value is invalid.A limit was exceeded.A limit was exceeded: maximum running task.A limit was exceeded: maximum task.A limit was exceeded: rate limit exceeded.A required parameter is missing.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: caster not exists.The resource was not found: cdn log empty.The resource was not found: cdn theme empty.The resource was not found: channel not exist.The resource was not found: crt date not found.The resource was not found: crt domain not found.The resource was not found: domain no record.The resource was not found: domain not exist.The resource was not found: empty data.The resource was not found: forbid service.The resource was not found: freeze service.The resource was not found: invalid user.The resource was not found: not bind package.The resource was not found: play domain no record.The resource was not found: push domain no record.The resource was not found: stop service.The resource was not found: task id.The resource was not found: task not found.The resource was not found: user disable service.The resource was not found: user not exist.The resource was not found: user not fount.The resource was not found: watermark not exist.The resource is unavailable.The resource is unavailable: invalid vod status.The resource is unavailable: stream not exist.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: not LVB code mode.",
        ends: &[
            0, 22, 68, 118, 139, 186, 225, 258, 301, 345, 392, 439, 491, 527, 564, 603,
            644, 686, 729, 773, 808, 848, 886, 929, 977, 1019, 1065, 1113, 1159, 1210,
            1245, 1284, 1328, 1375, 1416, 1454, 1498, 1548, 1592, 1629, 1671, 1713, 1751,
            1810, 1856, 1899, 1939, 1979, 2033, 2069, 2111, 2155, 2199, 2242, 2281, 2328,
            2369, 2410, 2455, 2496, 2545, 2591, 2633, 2683, 2723, 2768, 2808, 2844, 2882,
            2931, 2968, 3012, 3052, 3084, 3121, 3164, 3206, 3248, 3288, 3333, 3380, 3431,
            3492, 3536, 3578, 3619, 3656, 3696, 3736, 3782, 3821, 3860, 3899, 3938, 3977,
            4014, 4041, 4084, 4133, 4188, 4229, 4272, 4315, 4360, 4405, 4451, 4498, 4545,
            4590, 4639, 4685, 4722, 4771, 4819, 4864, 4909, 4955, 5000, 5045, 5089, 5133,
            5178, 5228, 5280, 5328, 5378, 5420, 5464, 5505, 5552, 5594, 5632, 5679, 5729,
            5781, 5831, 5889, 5942, 5989, 6031, 6074, 6117, 6165, 6206, 6252, 6300, 6349,
            6397, 6420, 6459, 6510, 6559, 6602, 6647, 6684, 6723, 6765, 6808, 6851, 6892,
            6937, 6979, 7024, 7069, 7113, 7159, 7200, 7242, 7282, 7332, 7381, 7434, 7480,
            7520, 7565, 7608, 7652, 7700, 7745, 7794, 7838, 7881, 7922, 7972, 8015, 8055,
            8097, 8136, 8172, 8218, 8260, 8322, 8361, 8402, 8444, 8480, 8528, 8567, 8621,
            8660, 8709, 8762, 8807, 8844, 8873, 8894, 8937, 8972, 9014, 9046, 9069, 9096,
            9123, 9169, 9211, 9255, 9301, 9348, 9397, 9442, 9487, 9526, 9569, 9612, 9653,
            9698, 9748, 9798, 9839, 9875, 9918, 9967, 10010, 10053, 10101, 10129, 10177,
            10223, 10255, 10286, 10317, 10367,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 241] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcaaaaaaaaaaaaaaaaaaaaaaaccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 241] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhcjheeeeeeeeeeeeeeeeeeeeeeeiiigcli",
    );
    static PILOTS: [u16; 61] = [
        31, 22, 3, 37, 0, 57, 96, 0, 34, 2, 3, 2, 62, 34, 0, 4, 3, 50, 2, 32, 0, 31, 65,
        0, 8, 0, 63, 4, 1, 89, 77, 11, 30, 26, 90, 16, 49, 55, 11, 86, 1, 0, 0, 0, 1, 1,
        0, 61, 94, 103, 13, 0, 208, 14, 34, 34, 48, 1, 0, 3, 14,
    ];
    static SLOTS: [(&str, u32); 267] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            187, 221, 160, 239, 81, 113, 45, 48, 117, 62, 4294967295, 20, 32, 186, 64,
            38, 25, 4294967295, 87, 4294967295, 165, 85, 49, 118, 213, 11, 77, 167, 116,
            175, 137, 238, 158, 59, 65, 141, 80, 72, 105, 86, 22, 55, 180, 129, 176, 9,
            164, 132, 70, 119, 108, 12, 79, 18, 68, 4294967295, 144, 148, 17, 147, 161,
            206, 57, 4294967295, 188, 4294967295, 4294967295, 230, 154, 192, 4294967295,
            5, 217, 151, 214, 27, 205, 211, 191, 98, 215, 240, 35, 152, 53, 1, 130, 139,
            232, 173, 183, 136, 126, 111, 235, 41, 224, 75, 181, 94, 4294967295, 76, 138,
            134, 172, 84, 31, 4294967295, 4294967295, 4294967295, 236, 4294967295,
            4294967295, 110, 128, 106, 7, 157, 42, 222, 4294967295, 19, 163, 168, 16,
            201, 127, 78, 143, 223, 4294967295, 121, 226, 153, 174, 102, 190, 89, 210,
            229, 202, 4294967295, 177, 135, 140, 200, 28, 0, 71, 220, 47, 26, 10, 36, 50,
            146, 24, 4294967295, 193, 14, 97, 95, 13, 184, 131, 8, 234, 51, 66, 178, 101,
            109, 40, 6, 3, 4294967295, 93, 218, 125, 107, 123, 30, 124, 104, 228, 182,
            142, 120, 166, 4294967295, 46, 54, 133, 237, 96, 114, 189, 37, 52, 170, 156,
            122, 194, 233, 39, 15, 63, 199, 73, 90, 155, 4294967295, 196, 4294967295, 99,
            216, 198, 219, 44, 21, 58, 33, 92, 197, 83, 34, 82, 4, 4294967295, 204, 169,
            209, 145, 103, 179, 208, 112, 100, 231, 227, 29, 4294967295, 61, 185, 159,
            88, 212, 203, 4294967295, 60, 43, 195, 91, 225, 23, 2, 150, 69, 56, 115, 67,
            74, 162, 207, 4294967295, 171, 149,
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
    const PROVIDER: &'static str = "Tencent Cloud LIVE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud LIVE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud LIVE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
