// @generated from catalogs/tencent/iss.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ISS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ISS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DatabaseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database error.
    FailedOperationDatabaseError,
    /// `FailedOperation.DeviceResponseTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device response time out.
    FailedOperationDeviceResponseTimeOut,
    /// `FailedOperation.DeviceResultTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device result time out.
    FailedOperationDeviceResultTimeOut,
    /// `FailedOperation.NotHaveSubUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not have sub user.
    FailedOperationNotHaveSubUser,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `InternalError.ServerInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server internal error.
    InternalErrorServerInternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DownloadUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: download url error.
    InvalidParameterDownloadUrlError,
    /// `InvalidParameter.DownloadUrlHasExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: download url has expired.
    InvalidParameterDownloadUrlHasExpired,
    /// `InvalidParameter.InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid action.
    InvalidParameterInvalidAction,
    /// `InvalidParameter.InvalidBodyFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid body format.
    InvalidParameterInvalidBodyFormat,
    /// `InvalidParameter.InvalidChannels`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid channels.
    InvalidParameterInvalidChannels,
    /// `InvalidParameter.InvalidLifeRuleParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid life rule param.
    InvalidParameterInvalidLifeRuleParam,
    /// `InvalidParameter.InvalidOrganizationParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid organization param.
    InvalidParameterInvalidOrganizationParam,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidParameterFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter format.
    InvalidParameterInvalidParameterFormat,
    /// `InvalidParameter.InvalidTimeSection`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time section.
    InvalidParameterInvalidTimeSection,
    /// `InvalidParameter.RequiredHeaderParameterEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: required header parameter empty.
    InvalidParameterRequiredHeaderParameterEmpty,
    /// `InvalidParameter.TaskIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task id not exist.
    InvalidParameterTaskIdNotExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BakTimeNotEnough`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bak time not enough.
    InvalidParameterValueBakTimeNotEnough,
    /// `InvalidParameterValue.ChannelsExceedsRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: channels exceeds range.
    InvalidParameterValueChannelsExceedsRange,
    /// `InvalidParameterValue.ContainInvalidChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: contain invalid channel id.
    InvalidParameterValueContainInvalidChannelId,
    /// `InvalidParameterValue.ContainInvalidDeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: contain invalid device id.
    InvalidParameterValueContainInvalidDeviceId,
    /// `InvalidParameterValue.DataOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data out of range.
    InvalidParameterValueDataOutOfRange,
    /// `InvalidParameterValue.DeviceMismatchChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device mismatch channel.
    InvalidParameterValueDeviceMismatchChannel,
    /// `InvalidParameterValue.EmptyChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty channel id.
    InvalidParameterValueEmptyChannelId,
    /// `InvalidParameterValue.EmptyDeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty device id.
    InvalidParameterValueEmptyDeviceId,
    /// `InvalidParameterValue.EmptyName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty name.
    InvalidParameterValueEmptyName,
    /// `InvalidParameterValue.EmptyOrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty organization id.
    InvalidParameterValueEmptyOrganizationId,
    /// `InvalidParameterValue.EmptyTemplateId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty template id.
    InvalidParameterValueEmptyTemplateId,
    /// `InvalidParameterValue.EndTimeZero`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time zero.
    InvalidParameterValueEndTimeZero,
    /// `InvalidParameterValue.IllegalChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal channel id.
    InvalidParameterValueIllegalChannelId,
    /// `InvalidParameterValue.IllegalDescribe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal describe.
    InvalidParameterValueIllegalDescribe,
    /// `InvalidParameterValue.IllegalDeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal device id.
    InvalidParameterValueIllegalDeviceId,
    /// `InvalidParameterValue.IllegalName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal name.
    InvalidParameterValueIllegalName,
    /// `InvalidParameterValue.IllegalOrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal organization id.
    InvalidParameterValueIllegalOrganizationId,
    /// `InvalidParameterValue.IllegalStreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal stream type.
    InvalidParameterValueIllegalStreamType,
    /// `InvalidParameterValue.InvalidAccessProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid access protocol.
    InvalidParameterValueInvalidAccessProtocol,
    /// `InvalidParameterValue.InvalidBeginTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid begin time.
    InvalidParameterValueInvalidBeginTime,
    /// `InvalidParameterValue.InvalidChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid channel id.
    InvalidParameterValueInvalidChannelId,
    /// `InvalidParameterValue.InvalidChannelIdOrDeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid channel id or device id.
    InvalidParameterValueInvalidChannelIdOrDeviceId,
    /// `InvalidParameterValue.InvalidChannelName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid channel name.
    InvalidParameterValueInvalidChannelName,
    /// `InvalidParameterValue.InvalidClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cluster id.
    InvalidParameterValueInvalidClusterId,
    /// `InvalidParameterValue.InvalidDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid description.
    InvalidParameterValueInvalidDescription,
    /// `InvalidParameterValue.InvalidDeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid device id.
    InvalidParameterValueInvalidDeviceId,
    /// `InvalidParameterValue.InvalidDeviceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid device name.
    InvalidParameterValueInvalidDeviceName,
    /// `InvalidParameterValue.InvalidDevicePasswordLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid device password length.
    InvalidParameterValueInvalidDevicePasswordLength,
    /// `InvalidParameterValue.InvalidDeviceStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid device status.
    InvalidParameterValueInvalidDeviceStatus,
    /// `InvalidParameterValue.InvalidDeviceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid device type.
    InvalidParameterValueInvalidDeviceType,
    /// `InvalidParameterValue.InvalidDomainType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid domain type.
    InvalidParameterValueInvalidDomainType,
    /// `InvalidParameterValue.InvalidEnalbeValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid enalbe value.
    InvalidParameterValueInvalidEnalbeValue,
    /// `InvalidParameterValue.InvalidEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid end time.
    InvalidParameterValueInvalidEndTime,
    /// `InvalidParameterValue.InvalidExpiration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid expiration.
    InvalidParameterValueInvalidExpiration,
    /// `InvalidParameterValue.InvalidExpirationRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid expiration range.
    InvalidParameterValueInvalidExpirationRange,
    /// `InvalidParameterValue.InvalidFileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file type.
    InvalidParameterValueInvalidFileType,
    /// `InvalidParameterValue.InvalidGatewayProtocolType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid gateway protocol type.
    InvalidParameterValueInvalidGatewayProtocolType,
    /// `InvalidParameterValue.InvalidIpv4`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ipv4.
    InvalidParameterValueInvalidIpv4,
    /// `InvalidParameterValue.InvalidKeyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid keyword.
    InvalidParameterValueInvalidKeyword,
    /// `InvalidParameterValue.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid name.
    InvalidParameterValueInvalidName,
    /// `InvalidParameterValue.InvalidOrgName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid org name.
    InvalidParameterValueInvalidOrgName,
    /// `InvalidParameterValue.InvalidOrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid organization id.
    InvalidParameterValueInvalidOrganizationId,
    /// `InvalidParameterValue.InvalidPageNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid page number.
    InvalidParameterValueInvalidPageNumber,
    /// `InvalidParameterValue.InvalidPageParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid page parameter.
    InvalidParameterValueInvalidPageParameter,
    /// `InvalidParameterValue.InvalidPageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid page size.
    InvalidParameterValueInvalidPageSize,
    /// `InvalidParameterValue.InvalidPlanId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid plan id.
    InvalidParameterValueInvalidPlanId,
    /// `InvalidParameterValue.InvalidPullState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pull state.
    InvalidParameterValueInvalidPullState,
    /// `InvalidParameterValue.InvalidPushState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid push state.
    InvalidParameterValueInvalidPushState,
    /// `InvalidParameterValue.InvalidRTMPAppName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid RTMP app name.
    InvalidParameterValueInvalidRtmpAppName,
    /// `InvalidParameterValue.InvalidRTMPStreamName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid RTMP stream name.
    InvalidParameterValueInvalidRtmpStreamName,
    /// `InvalidParameterValue.InvalidRepairMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid repair mode.
    InvalidParameterValueInvalidRepairMode,
    /// `InvalidParameterValue.InvalidRetrievalMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid retrieval mode.
    InvalidParameterValueInvalidRetrievalMode,
    /// `InvalidParameterValue.InvalidRetrieveTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid retrieve task id.
    InvalidParameterValueInvalidRetrieveTaskId,
    /// `InvalidParameterValue.InvalidSecret`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid secret.
    InvalidParameterValueInvalidSecret,
    /// `InvalidParameterValue.InvalidStartTimeOrEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid start time or end time.
    InvalidParameterValueInvalidStartTimeOrEndTime,
    /// `InvalidParameterValue.InvalidStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid status.
    InvalidParameterValueInvalidStatus,
    /// `InvalidParameterValue.InvalidStreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid stream type.
    InvalidParameterValueInvalidStreamType,
    /// `InvalidParameterValue.InvalidTemplateId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid template id.
    InvalidParameterValueInvalidTemplateId,
    /// `InvalidParameterValue.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time format.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvalidTimeSectionValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time section value.
    InvalidParameterValueInvalidTimeSectionValue,
    /// `InvalidParameterValue.InvalidTransitionRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid transition range.
    InvalidParameterValueInvalidTransitionRange,
    /// `InvalidParameterValue.InvalidUserParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid user param.
    InvalidParameterValueInvalidUserParam,
    /// `InvalidParameterValue.InvalidUsername`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid username.
    InvalidParameterValueInvalidUsername,
    /// `InvalidParameterValue.LimitRepairTransition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit repair transition.
    InvalidParameterValueLimitRepairTransition,
    /// `InvalidParameterValue.NonSameDay`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: non same day.
    InvalidParameterValueNonSameDay,
    /// `InvalidParameterValue.OrgNameRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: org name repeat.
    InvalidParameterValueOrgNameRepeat,
    /// `InvalidParameterValue.OrganizationCountExceedsRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: organization count exceeds range.
    InvalidParameterValueOrganizationCountExceedsRange,
    /// `InvalidParameterValue.OutOfTimeRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: out of time range.
    InvalidParameterValueOutOfTimeRange,
    /// `InvalidParameterValue.PageSizeExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: page size exceed limit.
    InvalidParameterValuePageSizeExceedLimit,
    /// `InvalidParameterValue.PlanChannelsExceedsRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: plan channels exceeds range.
    InvalidParameterValuePlanChannelsExceedsRange,
    /// `InvalidParameterValue.PlanNameRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: plan name repeat.
    InvalidParameterValuePlanNameRepeat,
    /// `InvalidParameterValue.RTMPPushStreamParamRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: RTMP push stream param repeat.
    InvalidParameterValueRtmpPushStreamParamRepeat,
    /// `InvalidParameterValue.RetrieveTaskChannelsExceedsRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: retrieve task channels exceeds range.
    InvalidParameterValueRetrieveTaskChannelsExceedsRange,
    /// `InvalidParameterValue.StartOverEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start over end time.
    InvalidParameterValueStartOverEndTime,
    /// `InvalidParameterValue.StartOverNowTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start over now time.
    InvalidParameterValueStartOverNowTime,
    /// `InvalidParameterValue.StartTimeGreaterThanOrEqualEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time greater than or equal end time.
    InvalidParameterValueStartTimeGreaterThanOrEqualEndTime,
    /// `InvalidParameterValue.StartTimeZero`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time zero.
    InvalidParameterValueStartTimeZero,
    /// `InvalidParameterValue.TaskTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task type not supported.
    InvalidParameterValueTaskTypeNotSupported,
    /// `InvalidParameterValue.TimeLessThanTenMinutes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time less than ten minutes.
    InvalidParameterValueTimeLessThanTenMinutes,
    /// `InvalidParameterValue.TooLongDescribe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long describe.
    InvalidParameterValueTooLongDescribe,
    /// `InvalidParameterValue.TooLongName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long name.
    InvalidParameterValueTooLongName,
    /// `InvalidParameterValue.TooLongStreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long stream type.
    InvalidParameterValueTooLongStreamType,
    /// `InvalidParameterValue.UnSupportOperateCMD`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un support operate CMD.
    InvalidParameterValueUnSupportOperateCmd,
    /// `InvalidParameterValue.UnSupportScale`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un support scale.
    InvalidParameterValueUnSupportScale,
    /// `InvalidParameterValue.UnSupportedAccessType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported access type.
    InvalidParameterValueUnSupportedAccessType,
    /// `InvalidParameterValue.UnSupportedPTZCMD`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported PTZCMD.
    InvalidParameterValueUnSupportedPtzcmd,
    /// `InvalidParameterValue.UnSupportedPresetCMD`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported preset CMD.
    InvalidParameterValueUnSupportedPresetCmd,
    /// `InvalidParameterValue.UnSupportedScaleParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported scale param.
    InvalidParameterValueUnSupportedScaleParam,
    /// `InvalidParameterValue.UnsupportedStreamProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported stream protocol.
    InvalidParameterValueUnsupportedStreamProtocol,
    /// `LimitExceeded.ChannelNumExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: channel num exceeded.
    LimitExceededChannelNumExceeded,
    /// `LimitExceeded.DeiceIdQuantityExceededLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: deice id quantity exceeded limit.
    LimitExceededDeiceIdQuantityExceededLimit,
    /// `LimitExceeded.GBDeviceNumExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: GB device num exceeded.
    LimitExceededGbDeviceNumExceeded,
    /// `MissingParameter.EmptyTimeSection`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty time section.
    MissingParameterEmptyTimeSection,
    /// `MissingParameter.MissingLifeRuleParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing life rule param.
    MissingParameterMissingLifeRuleParam,
    /// `MissingParameter.MissingMustParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing must parameter.
    MissingParameterMissingMustParameter,
    /// `MissingParameter.MissingRetrieveTaskParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing retrieve task param.
    MissingParameterMissingRetrieveTaskParam,
    /// `MissingParameter.MissingUpdatedInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing updated info.
    MissingParameterMissingUpdatedInfo,
    /// `MissingParameter.MissingUserInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing user info.
    MissingParameterMissingUserInfo,
    /// `OperationDenied.BandwidthLimitZero`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: bandwidth limit zero.
    OperationDeniedBandwidthLimitZero,
    /// `OperationDenied.ConcurrentDownloadsOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: concurrent downloads over limit.
    OperationDeniedConcurrentDownloadsOverLimit,
    /// `OperationDenied.ConnectsLimitZero`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: connects limit zero.
    OperationDeniedConnectsLimitZero,
    /// `OperationDenied.ExceededMaximumDepth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: exceeded maximum depth.
    OperationDeniedExceededMaximumDepth,
    /// `OperationDenied.NoWhitelist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no whitelist.
    OperationDeniedNoWhitelist,
    /// `OperationDenied.PlayAuthNotEnabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: play auth not enabled.
    OperationDeniedPlayAuthNotEnabled,
    /// `RegionError.ResourceUnreachable`: no documented HTTP status; retry: never; category: unknown.
    /// Region error: resource unreachable.
    RegionErrorResourceUnreachable,
    /// `ResourceInUse.ChannelRepeatAdd`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: channel repeat add.
    ResourceInUseChannelRepeatAdd,
    /// `ResourceInUse.PlanDeleting`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: plan deleting.
    ResourceInUsePlanDeleting,
    /// `ResourceInUse.PlanLinkTemplate`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: plan link template.
    ResourceInUsePlanLinkTemplate,
    /// `ResourceInUse.PlanNameRepeat`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: plan name repeat.
    ResourceInUsePlanNameRepeat,
    /// `ResourceInUse.RetrieveTaskExecuting`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: retrieve task executing.
    ResourceInUseRetrieveTaskExecuting,
    /// `ResourceInUse.RetrieveTaskNameRepeat`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: retrieve task name repeat.
    ResourceInUseRetrieveTaskNameRepeat,
    /// `ResourceInUse.TemplateNameRepeat`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: template name repeat.
    ResourceInUseTemplateNameRepeat,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ChannelNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: channel not exist.
    ResourceNotFoundChannelNotExist,
    /// `ResourceNotFound.DeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not exist.
    ResourceNotFoundDeviceNotExist,
    /// `ResourceNotFound.NotFoundCluster`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found cluster.
    ResourceNotFoundNotFoundCluster,
    /// `ResourceNotFound.OrganizationIdNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization id not exist.
    ResourceNotFoundOrganizationIdNotExist,
    /// `ResourceNotFound.PlanNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: plan not exist.
    ResourceNotFoundPlanNotExist,
    /// `ResourceNotFound.RetrieveTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: retrieve task not exist.
    ResourceNotFoundRetrieveTaskNotExist,
    /// `ResourceNotFound.StreamNotExistOrClose`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: stream not exist or close.
    ResourceNotFoundStreamNotExistOrClose,
    /// `ResourceNotFound.TemplateNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template not exist.
    ResourceNotFoundTemplateNotExist,
    /// `ResourceNotFound.VideoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: video not found.
    ResourceNotFoundVideoNotFound,
    /// `ResourceUnavailable.ChannelOffline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: channel offline.
    ResourceUnavailableChannelOffline,
    /// `ResourceUnavailable.DevDisable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: dev disable.
    ResourceUnavailableDevDisable,
    /// `ResourceUnavailable.DevNoRegister`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: dev no register.
    ResourceUnavailableDevNoRegister,
    /// `ResourceUnavailable.DevOffline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: dev offline.
    ResourceUnavailableDevOffline,
    /// `ResourceUnavailable.VideoArchived`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: video archived.
    ResourceUnavailableVideoArchived,
    /// `UnsupportedOperation.OrgLinkDev`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: org link dev.
    UnsupportedOperationOrgLinkDev,
    /// `UnsupportedOperation.OrgLinkOrg`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: org link org.
    UnsupportedOperationOrgLinkOrg,
    /// `UnsupportedOperation.PushDomainNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: push domain not exist.
    UnsupportedOperationPushDomainNotExist,
    /// `UnsupportedOperation.ScaleAndPosBothExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: scale and pos both exist.
    UnsupportedOperationScaleAndPosBothExist,
    /// `UnsupportedOperation.StreamTypeOrResolution`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: stream type or resolution.
    UnsupportedOperationStreamTypeOrResolution,
    /// `UnsupportedOperation.UnopenedIntranetServicesInRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unopened intranet services in region.
    UnsupportedOperationUnopenedIntranetServicesInRegion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 154] = [
        "FailedOperation",
        "FailedOperation.DatabaseError",
        "FailedOperation.DeviceResponseTimeOut",
        "FailedOperation.DeviceResultTimeOut",
        "FailedOperation.NotHaveSubUser",
        "FailedOperation.RequestTimeout",
        "InternalError.ServerInternalError",
        "InvalidParameter",
        "InvalidParameter.DownloadUrlError",
        "InvalidParameter.DownloadUrlHasExpired",
        "InvalidParameter.InvalidAction",
        "InvalidParameter.InvalidBodyFormat",
        "InvalidParameter.InvalidChannels",
        "InvalidParameter.InvalidLifeRuleParam",
        "InvalidParameter.InvalidOrganizationParam",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidParameterFormat",
        "InvalidParameter.InvalidTimeSection",
        "InvalidParameter.RequiredHeaderParameterEmpty",
        "InvalidParameter.TaskIdNotExist",
        "InvalidParameterValue",
        "InvalidParameterValue.BakTimeNotEnough",
        "InvalidParameterValue.ChannelsExceedsRange",
        "InvalidParameterValue.ContainInvalidChannelId",
        "InvalidParameterValue.ContainInvalidDeviceId",
        "InvalidParameterValue.DataOutOfRange",
        "InvalidParameterValue.DeviceMismatchChannel",
        "InvalidParameterValue.EmptyChannelId",
        "InvalidParameterValue.EmptyDeviceId",
        "InvalidParameterValue.EmptyName",
        "InvalidParameterValue.EmptyOrganizationId",
        "InvalidParameterValue.EmptyTemplateId",
        "InvalidParameterValue.EndTimeZero",
        "InvalidParameterValue.IllegalChannelId",
        "InvalidParameterValue.IllegalDescribe",
        "InvalidParameterValue.IllegalDeviceId",
        "InvalidParameterValue.IllegalName",
        "InvalidParameterValue.IllegalOrganizationId",
        "InvalidParameterValue.IllegalStreamType",
        "InvalidParameterValue.InvalidAccessProtocol",
        "InvalidParameterValue.InvalidBeginTime",
        "InvalidParameterValue.InvalidChannelId",
        "InvalidParameterValue.InvalidChannelIdOrDeviceId",
        "InvalidParameterValue.InvalidChannelName",
        "InvalidParameterValue.InvalidClusterId",
        "InvalidParameterValue.InvalidDescription",
        "InvalidParameterValue.InvalidDeviceId",
        "InvalidParameterValue.InvalidDeviceName",
        "InvalidParameterValue.InvalidDevicePasswordLength",
        "InvalidParameterValue.InvalidDeviceStatus",
        "InvalidParameterValue.InvalidDeviceType",
        "InvalidParameterValue.InvalidDomainType",
        "InvalidParameterValue.InvalidEnalbeValue",
        "InvalidParameterValue.InvalidEndTime",
        "InvalidParameterValue.InvalidExpiration",
        "InvalidParameterValue.InvalidExpirationRange",
        "InvalidParameterValue.InvalidFileType",
        "InvalidParameterValue.InvalidGatewayProtocolType",
        "InvalidParameterValue.InvalidIpv4",
        "InvalidParameterValue.InvalidKeyword",
        "InvalidParameterValue.InvalidName",
        "InvalidParameterValue.InvalidOrgName",
        "InvalidParameterValue.InvalidOrganizationId",
        "InvalidParameterValue.InvalidPageNumber",
        "InvalidParameterValue.InvalidPageParameter",
        "InvalidParameterValue.InvalidPageSize",
        "InvalidParameterValue.InvalidPlanId",
        "InvalidParameterValue.InvalidPullState",
        "InvalidParameterValue.InvalidPushState",
        "InvalidParameterValue.InvalidRTMPAppName",
        "InvalidParameterValue.InvalidRTMPStreamName",
        "InvalidParameterValue.InvalidRepairMode",
        "InvalidParameterValue.InvalidRetrievalMode",
        "InvalidParameterValue.InvalidRetrieveTaskId",
        "InvalidParameterValue.InvalidSecret",
        "InvalidParameterValue.InvalidStartTimeOrEndTime",
        "InvalidParameterValue.InvalidStatus",
        "InvalidParameterValue.InvalidStreamType",
        "InvalidParameterValue.InvalidTemplateId",
        "InvalidParameterValue.InvalidTimeFormat",
        "InvalidParameterValue.InvalidTimeSectionValue",
        "InvalidParameterValue.InvalidTransitionRange",
        "InvalidParameterValue.InvalidUserParam",
        "InvalidParameterValue.InvalidUsername",
        "InvalidParameterValue.LimitRepairTransition",
        "InvalidParameterValue.NonSameDay",
        "InvalidParameterValue.OrgNameRepeat",
        "InvalidParameterValue.OrganizationCountExceedsRange",
        "InvalidParameterValue.OutOfTimeRange",
        "InvalidParameterValue.PageSizeExceedLimit",
        "InvalidParameterValue.PlanChannelsExceedsRange",
        "InvalidParameterValue.PlanNameRepeat",
        "InvalidParameterValue.RTMPPushStreamParamRepeat",
        "InvalidParameterValue.RetrieveTaskChannelsExceedsRange",
        "InvalidParameterValue.StartOverEndTime",
        "InvalidParameterValue.StartOverNowTime",
        "InvalidParameterValue.StartTimeGreaterThanOrEqualEndTime",
        "InvalidParameterValue.StartTimeZero",
        "InvalidParameterValue.TaskTypeNotSupported",
        "InvalidParameterValue.TimeLessThanTenMinutes",
        "InvalidParameterValue.TooLongDescribe",
        "InvalidParameterValue.TooLongName",
        "InvalidParameterValue.TooLongStreamType",
        "InvalidParameterValue.UnSupportOperateCMD",
        "InvalidParameterValue.UnSupportScale",
        "InvalidParameterValue.UnSupportedAccessType",
        "InvalidParameterValue.UnSupportedPTZCMD",
        "InvalidParameterValue.UnSupportedPresetCMD",
        "InvalidParameterValue.UnSupportedScaleParam",
        "InvalidParameterValue.UnsupportedStreamProtocol",
        "LimitExceeded.ChannelNumExceeded",
        "LimitExceeded.DeiceIdQuantityExceededLimit",
        "LimitExceeded.GBDeviceNumExceeded",
        "MissingParameter.EmptyTimeSection",
        "MissingParameter.MissingLifeRuleParam",
        "MissingParameter.MissingMustParameter",
        "MissingParameter.MissingRetrieveTaskParam",
        "MissingParameter.MissingUpdatedInfo",
        "MissingParameter.MissingUserInfo",
        "OperationDenied.BandwidthLimitZero",
        "OperationDenied.ConcurrentDownloadsOverLimit",
        "OperationDenied.ConnectsLimitZero",
        "OperationDenied.ExceededMaximumDepth",
        "OperationDenied.NoWhitelist",
        "OperationDenied.PlayAuthNotEnabled",
        "RegionError.ResourceUnreachable",
        "ResourceInUse.ChannelRepeatAdd",
        "ResourceInUse.PlanDeleting",
        "ResourceInUse.PlanLinkTemplate",
        "ResourceInUse.PlanNameRepeat",
        "ResourceInUse.RetrieveTaskExecuting",
        "ResourceInUse.RetrieveTaskNameRepeat",
        "ResourceInUse.TemplateNameRepeat",
        "ResourceNotFound",
        "ResourceNotFound.ChannelNotExist",
        "ResourceNotFound.DeviceNotExist",
        "ResourceNotFound.NotFoundCluster",
        "ResourceNotFound.OrganizationIdNotExist",
        "ResourceNotFound.PlanNotExist",
        "ResourceNotFound.RetrieveTaskNotExist",
        "ResourceNotFound.StreamNotExistOrClose",
        "ResourceNotFound.TemplateNotExist",
        "ResourceNotFound.VideoNotFound",
        "ResourceUnavailable.ChannelOffline",
        "ResourceUnavailable.DevDisable",
        "ResourceUnavailable.DevNoRegister",
        "ResourceUnavailable.DevOffline",
        "ResourceUnavailable.VideoArchived",
        "UnsupportedOperation.OrgLinkDev",
        "UnsupportedOperation.OrgLinkOrg",
        "UnsupportedOperation.PushDomainNotExist",
        "UnsupportedOperation.ScaleAndPosBothExist",
        "UnsupportedOperation.StreamTypeOrResolution",
        "UnsupportedOperation.UnopenedIntranetServicesInRegion",
    ];
    static NAME_CODES: [u32; 7] = [69, 70, 92, 103, 106, 107, 112];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidRtmpAppNameInvalidParameterValueInvalidRtmpStreamNameInvalidParameterValueRtmpPushStreamParamRepeatInvalidParameterValueUnSupportOperateCmdInvalidParameterValueUnSupportedPtzcmdInvalidParameterValueUnSupportedPresetCmdLimitExceededGbDeviceNumExceeded",
        ends: &[0, 39, 81, 127, 167, 205, 246, 278],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: database error.The operation failed: device response time out.The operation failed: device result time out.The operation failed: not have sub user.The operation failed: request timeout.An internal error occurred: server internal error.A parameter is invalid.A parameter is invalid: download url error.A parameter is invalid: download url has expired.A parameter is invalid: invalid action.A parameter is invalid: invalid body format.A parameter is invalid: invalid channels.A parameter is invalid: invalid life rule param.A parameter is invalid: invalid organization param.A parameter is invalid: invalid parameter.A parameter is invalid: invalid parameter format.A parameter is invalid: invalid time section.A parameter is invalid: required header parameter empty.A parameter is invalid: task id not exist.A parameter value is invalid.A parameter value is invalid: bak time not enough.A parameter value is invalid: channels exceeds range.A parameter value is invalid: contain invalid channel id.A parameter value is invalid: contain invalid device id.A parameter value is invalid: data out of range.A parameter value is invalid: device mismatch channel.A parameter value is invalid: empty channel id.A parameter value is invalid: empty device id.A parameter value is invalid: empty name.A parameter value is invalid: empty organization id.A parameter value is invalid: empty template id.A parameter value is invalid: end time zero.A parameter value is invalid: illegal channel id.A parameter value is invalid: illegal describe.A parameter value is invalid: illegal device id.A parameter value is invalid: illegal name.A parameter value is invalid: illegal organization id.A parameter value is invalid: illegal stream type.A parameter value is invalid: invalid access protocol.A parameter value is invalid: invalid begin time.A parameter value is invalid: invalid channel id.A parameter value is invalid: invalid channel id or device id.A parameter value is invalid: invalid channel name.A parameter value is invalid: invalid cluster id.A parameter value is invalid: invalid description.A parameter value is invalid: invalid device id.A parameter value is invalid: invalid device name.A parameter value is invalid: invalid device password length.A parameter value is invalid: invalid device status.A parameter value is invalid: invalid device type.A parameter value is invalid: invalid domain type.A parameter value is invalid: invalid enalbe value.A parameter value is invalid: invalid end time.A parameter value is invalid: invalid expiration.A parameter value is invalid: invalid expiration range.A parameter value is invalid: invalid file type.A parameter value is invalid: invalid gateway protocol type.A parameter value is invalid: invalid ipv4.A parameter value is invalid: invalid keyword.A parameter value is invalid: invalid name.A parameter value is invalid: invalid org name.A parameter value is invalid: invalid organization id.A parameter value is invalid: invalid page number.A parameter value is invalid: invalid page parameter.A parameter value is invalid: invalid page size.A parameter value is invalid: invalid plan id.A parameter value is invalid: invalid pull state.A parameter value is invalid: invalid push state.A parameter value is invalid: invalid RTMP app name.A parameter value is invalid: invalid RTMP stream name.A parameter value is invalid: invalid repair mode.A parameter value is invalid: invalid retrieval mode.A parameter value is invalid: invalid retrieve task id.A parameter value is invalid: invalid secret.A parameter value is invalid: invalid start time or end time.A parameter value is invalid: invalid status.A parameter value is invalid: invalid stream type.A parameter value is invalid: invalid template id.A parameter value is invalid: invalid time format.A parameter value is invalid: invalid time section value.A parameter value is invalid: invalid transition range.A parameter value is invalid: invalid user param.A parameter value is invalid: invalid username.A parameter value is invalid: limit repair transition.A parameter value is invalid: non same day.A parameter value is invalid: org name repeat.A parameter value is invalid: organization count exceeds range.A parameter value is invalid: out of time range.A parameter value is invalid: page size exceed limit.A parameter value is invalid: plan channels exceeds range.A parameter value is invalid: plan name repeat.A parameter value is invalid: RTMP push stream param repeat.A parameter value is invalid: retrieve task channels exceeds range.A parameter value is invalid: start over end time.A parameter value is invalid: start over now time.A parameter value is invalid: start time greater than or equal end time.A parameter value is invalid: start time zero.A parameter value is invalid: task type not supported.A parameter value is invalid: time less than ten minutes.A parameter value is invalid: too long describe.A parameter value is invalid: too long name.A parameter value is invalid: too long stream type.A parameter value is invalid: un support operate CMD.A parameter value is invalid: un support scale.A parameter value is invalid: un supported access type.A parameter value is invalid: un supported PTZCMD.A parameter value is invalid: un supported preset CMD.A parameter value is invalid: un supported scale param.A parameter value is invalid: unsupported stream protocol.A limit was exceeded: channel num exceeded.A limit was exceeded: deice id quantity exceeded limit.A limit was exceeded: GB device num exceeded.A required parameter is missing: empty time section.A required parameter is missing: missing life rule param.A required parameter is missing: missing must parameter.A required parameter is missing: missing retrieve task param.A required parameter is missing: missing updated info.A required parameter is missing: missing user info.The operation was denied: bandwidth limit zero.The operation was denied: concurrent downloads over limit.The operation was denied: connects limit zero.The operation was denied: exceeded maximum depth.The operation was denied: no whitelist.The operation was denied: play auth not enabled.Region error: resource unreachable.The resource is in use: channel repeat add.The resource is in use: plan deleting.The resource is in use: plan link template.The resource is in use: plan name repeat.The resource is in use: retrieve task executing.The resource is in use: retrieve task name repeat.The resource is in use: template name repeat.The resource was not found.The resource was not found: channel not exist.The resource was not found: device not exist.The resource was not found: not found cluster.The resource was not found: organization id not exist.The resource was not found: plan not exist.The resource was not found: retrieve task not exist.The resource was not found: stream not exist or close.The resource was not found: template not exist.The resource was not found: video not found.The resource is unavailable: channel offline.The resource is unavailable: dev disable.The resource is unavailable: dev no register.The resource is unavailable: dev offline.The resource is unavailable: video archived.The operation is not supported: org link dev.The operation is not supported: org link org.The operation is not supported: push domain not exist.The operation is not supported: scale and pos both exist.The operation is not supported: stream type or resolution.The operation is not supported: unopened intranet services in region.",
        ends: &[
            0, 21, 58, 105, 150, 190, 228, 278, 301, 344, 393, 432, 476, 517, 565, 616,
            658, 707, 752, 808, 850, 879, 929, 982, 1039, 1095, 1143, 1197, 1244, 1290,
            1331, 1383, 1431, 1475, 1524, 1571, 1619, 1662, 1716, 1766, 1820, 1869, 1918,
            1980, 2031, 2080, 2130, 2178, 2228, 2289, 2341, 2391, 2441, 2492, 2539, 2588,
            2643, 2691, 2751, 2794, 2840, 2883, 2930, 2984, 3034, 3087, 3135, 3181, 3230,
            3279, 3331, 3386, 3436, 3489, 3544, 3589, 3650, 3695, 3745, 3795, 3845, 3902,
            3957, 4006, 4053, 4107, 4150, 4196, 4259, 4307, 4360, 4418, 4465, 4525, 4592,
            4642, 4692, 4764, 4810, 4864, 4921, 4969, 5013, 5064, 5117, 5164, 5219, 5269,
            5323, 5378, 5436, 5479, 5534, 5579, 5631, 5688, 5744, 5805, 5859, 5910, 5957,
            6015, 6061, 6110, 6149, 6197, 6232, 6275, 6313, 6356, 6397, 6445, 6495, 6540,
            6567, 6613, 6658, 6704, 6758, 6801, 6853, 6907, 6954, 6998, 7043, 7084, 7129,
            7170, 7214, 7259, 7304, 7358, 7415, 7473, 7542,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 154] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccabbbbbbbaaaaaaaaaacccccaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 154] = ::cloud_errors::__private::category_column(
        b"iiiiiimccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhccccccggggggbjjjjjjjeeeeeeeeeeiiiiiiiiiii",
    );
    static PILOTS: [u16; 39] = [
        0, 19, 5, 1, 2, 1, 16, 0, 0, 3, 94, 0, 261, 8, 34, 0, 10, 4, 11, 16, 4, 3, 36,
        15, 100, 8, 9, 71, 0, 3, 110, 32, 8, 6, 39, 5, 17, 9, 36,
    ];
    static SLOTS: [(&str, u32); 171] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 142, 49, 105, 128, 133, 6, 38, 87, 67, 97, 100, 80, 146, 139, 44, 118,
            93, 99, 89, 35, 88, 108, 13, 42, 51, 66, 57, 4294967295, 11, 103, 90, 30, 14,
            71, 76, 104, 114, 74, 116, 82, 91, 29, 102, 4294967295, 46, 83, 148,
            4294967295, 152, 124, 8, 62, 143, 123, 9, 4294967295, 96, 119, 47, 33, 120,
            127, 131, 27, 4294967295, 134, 21, 112, 56, 151, 4294967295, 73, 28, 140, 34,
            32, 23, 86, 55, 5, 107, 77, 135, 147, 63, 137, 81, 144, 4294967295, 0,
            4294967295, 106, 10, 153, 110, 92, 39, 4, 17, 37, 61, 129, 4294967295,
            4294967295, 50, 132, 136, 31, 70, 12, 52, 94, 145, 68, 121, 36, 122,
            4294967295, 79, 58, 16, 4294967295, 43, 2, 40, 84, 18, 60, 130, 26, 20, 48,
            95, 4294967295, 4294967295, 25, 64, 115, 4294967295, 138, 24, 4294967295, 54,
            141, 45, 69, 101, 98, 65, 3, 78, 1, 109, 59, 125, 41, 150, 53, 85, 149, 75,
            19, 72, 113, 7, 126, 111, 15, 117, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud ISS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ISS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ISS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
