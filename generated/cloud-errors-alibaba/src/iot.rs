// @generated from catalogs/alibaba/iot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Iot: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Iot: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `iot.dap.insight.noAuthorization`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, no authorization.
    IotDapInsightNoAuthorization,
    /// `iot.dap.insight.requestParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, request param error.
    IotDapInsightRequestParamError,
    /// `iot.dap.insight.serverError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, server error.
    IotDapInsightServerError,
    /// `iot.dap.insight.notEnoughCU`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, not enough CU.
    IotDapInsightNotEnoughCu,
    /// `iot.dap.insight.notEnoughStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, not enough storage.
    IotDapInsightNotEnoughStorage,
    /// `iot.speech.InvalidIotInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: speech, invalid iot instance id.
    IotSpeechInvalidIotInstanceId,
    /// `iot.system.SystemException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, system exception.
    IotSystemSystemException,
    /// `iot.check.InvalidFormattedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: check, invalid formatted parameter.
    IotCheckInvalidFormattedParameter,
    /// `iot.dap.insight.unknownException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, unknown exception.
    IotDapInsightUnknownException,
    /// `iot.dap.insight.exceedSubscribeNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, exceed subscribe number.
    IotDapInsightExceedSubscribeNumber,
    /// `iot.dap.insight.bizExceptionNotSpecified`: HTTP 500; retry: never; category: internal.
    /// Iot: dap, insight, biz exception not specified.
    IotDapInsightBizExceptionNotSpecified,
    /// `iot.sharetask.EmptyShareDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: sharetask, empty share device.
    IotSharetaskEmptyShareDevice,
    /// `iot.sharetask.ShareDeviceProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: sharetask, share device processing.
    IotSharetaskShareDeviceProcessing,
    /// `Iot.sharetask.ImportDevicePartFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: sharetask, import device part fail.
    IotSharetaskImportDevicePartFail,
    /// `iot.prod.NullProductKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, null product key.
    IotProdNullProductKey,
    /// `iot.prod.InvalidFormattedProductkey`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, invalid formatted productkey.
    IotProdInvalidFormattedProductkey,
    /// `iot.device.NullDeviceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, null device name.
    IotDeviceNullDeviceName,
    /// `iot.device.InvalidFormattedDeviceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid formatted device name.
    IotDeviceInvalidFormattedDeviceName,
    /// `iot.device.InactiveDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, inactive device.
    IotDeviceInactiveDevice,
    /// `iot.device.OfflineDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, offline device.
    IotDeviceOfflineDevice,
    /// `iot.Device.NotExistedDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, not existed device.
    IotDeviceNotExistedDevice,
    /// `iot.system.IllegalRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, illegal request.
    IotSystemIllegalRequest,
    /// `iot.rule.destinationNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination not exists.
    IotRuleDestinationNotExists,
    /// `iot.rule.NotFoundRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, not found rule.
    IotRuleNotFoundRule,
    /// `iot.rule.SameDestinationExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, same destination existed.
    IotRuleSameDestinationExisted,
    /// `iot.ruleng.OnlyAllowOneErrorAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, only allow one error action.
    IotRulengOnlyAllowOneErrorAction,
    /// `iot.rule.TooManyRuleAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, too many rule action.
    IotRuleTooManyRuleAction,
    /// `iot.rule.DestinationNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination not available.
    IotRuleDestinationNotAvailable,
    /// `iot.rule.DataSourceNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source not exists.
    IotRuleDataSourceNotExists,
    /// `IoT.Common.NullParameter`: no documented HTTP status; retry: never; category: unknown.
    /// Io t: common, null parameter.
    IoTCommonNullParameter,
    /// `Studio.Device.BatchAddDevicesToProjectFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Studio: device, batch add devices to project failed.
    StudioDeviceBatchAddDevicesToProjectFailed,
    /// `Studio.Product.BindFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Studio: product, bind failed.
    StudioProductBindFailed,
    /// `iot.device.TooManyDeviceNamesPerRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, too many device names per request.
    IotDeviceTooManyDeviceNamesPerRequest,
    /// `iot.device.NoneDeviceNameElement`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, none device name element.
    IotDeviceNoneDeviceNameElement,
    /// `iot.device.InvalidDeviceParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid device params.
    IotDeviceInvalidDeviceParams,
    /// `iot.soundcodeschedule.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, not exists.
    IotSoundcodescheduleNotExists,
    /// `iot.soundcode.InvalidLabelBatchDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid label batch description.
    IotSoundcodeInvalidLabelBatchDescription,
    /// `iot.soundcode.InvalidIotInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid iot instance id.
    IotSoundcodeInvalidIotInstanceId,
    /// `iot.soundcodeservice.NotSigned`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: soundcodeservice, not signed.
    IotSoundcodeserviceNotSigned,
    /// `iot.soundcode.EncodeLimit`: HTTP 429; retry: never; category: resource_exhausted.
    /// Iot: soundcode, encode limit.
    IotSoundcodeEncodeLimit,
    /// `iot.soundcode.InvalidLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid label.
    IotSoundcodeInvalidLabel,
    /// `iot.device.InvalidParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid params.
    IotDeviceInvalidParams,
    /// `iot.provisioning.TaskNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: provisioning, task not exist.
    IotProvisioningTaskNotExist,
    /// `iot.provisioning.InvalidDistributionStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: provisioning, invalid distribution status.
    IotProvisioningInvalidDistributionStatus,
    /// `iot.device.ApplyManyDevicesFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, apply many devices failed.
    IotDeviceApplyManyDevicesFailed,
    /// `iot.device.DeviceNumerExceedTenant`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, device numer exceed tenant.
    IotDeviceDeviceNumerExceedTenant,
    /// `iot.common.InvalidTenant`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, invalid tenant.
    IotCommonInvalidTenant,
    /// `iot.device.InvalidFormattedDeviceNameInNameArray`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid formatted device name in name array.
    IotDeviceInvalidFormattedDeviceNameInNameArray,
    /// `iot.prod.InvalidProductAuthType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, invalid product auth type.
    IotProdInvalidProductAuthType,
    /// `Studio.Device.BatchRemoveDevicesFromProjectFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Studio: device, batch remove devices from project failed.
    StudioDeviceBatchRemoveDevicesFromProjectFailed,
    /// `Studio.Product.UnbindFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Studio: product, unbind failed.
    StudioProductUnbindFailed,
    /// `iot.rtc.service.notSigned`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, service, not signed.
    IotRtcServiceNotSigned,
    /// `iot.rtc.invalid.product.key`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, invalid, product, key.
    IotRtcInvalidProductKey,
    /// `iot.rtc.license.product.relation.nonexist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, license, product, relation, nonexist.
    IotRtcLicenseProductRelationNonexist,
    /// `iot.rtc.license.quota.lack`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, license, quota, lack.
    IotRtcLicenseQuotaLack,
    /// `iot.vas.EmptyLicenseDeviceList`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vas, empty license device list.
    IotVasEmptyLicenseDeviceList,
    /// `iot.rtc.invalid.license.code`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, invalid, license, code.
    IotRtcInvalidLicenseCode,
    /// `iot.rtc.license.device.authorization.executing`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, license, device, authorization, executing.
    IotRtcLicenseDeviceAuthorizationExecuting,
    /// `iot.rtc.license.product.relation.exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rtc, license, product, relation, exist.
    IotRtcLicenseProductRelationExist,
    /// `iot.device.NotSupportExemptionValidateType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, not support exemption validate type.
    IotDeviceNotSupportExemptionValidateType,
    /// `iot.prod.NotExistedProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, not existed product.
    IotProdNotExistedProduct,
    /// `iot.prod.QueryProductPropertyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, query product property failed.
    IotProdQueryProductPropertyFailed,
    /// `Iot.digitaltwin.DTInstanceInvalidThingType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, DT instance invalid thing type.
    IotDigitaltwinDtInstanceInvalidThingType,
    /// `iot.check.NullParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: check, null parameter.
    IotCheckNullParameter,
    /// `iot.device.CanNotSetReadOnlyProperty`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, can not set read only property.
    IotDeviceCanNotSetReadOnlyProperty,
    /// `iot.device.DeviceIsDisable`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, device is disable.
    IotDeviceDeviceIsDisable,
    /// `iot.device.InvalidIoTId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid io t id.
    IotDeviceInvalidIoTId,
    /// `iot.prod.QueryPropertyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, query property not found.
    IotProdQueryPropertyNotFound,
    /// `iot.device.ClearPropertyDesiredFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, clear property desired failed.
    IotDeviceClearPropertyDesiredFailed,
    /// `iot.prod.QueryProductAbilitiesNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, query product abilities not found.
    IotProdQueryProductAbilitiesNotFound,
    /// `iot.prod.NullAbilityIdentifier`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, null ability identifier.
    IotProdNullAbilityIdentifier,
    /// `iot.securetunnel.TunnelNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, tunnel not exist.
    IotSecuretunnelTunnelNotExist,
    /// `iot.securetunnel.InstanceIdMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, instance id mismatch.
    IotSecuretunnelInstanceIdMismatch,
    /// `Request.param.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: param, error.
    RequestParamError,
    /// `Product.Key.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Product: key, invalid.
    ProductKeyInvalid,
    /// `Product.not.found`: HTTP 400; retry: never; category: invalid_argument.
    /// Product: not, found.
    ProductNotFound,
    /// `Distribute.thing.module.no.edit`: HTTP 400; retry: never; category: invalid_argument.
    /// Distribute: thing, module, no, edit.
    DistributeThingModuleNoEdit,
    /// `Thing.Model.Get.Lock.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Thing: model, get, lock, failed.
    ThingModelGetLockFailed,
    /// `Product.authright.illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Product: authright, illegal.
    ProductAuthrightIllegal,
    /// `Thing.model.not.found`: HTTP 400; retry: never; category: invalid_argument.
    /// Thing: model, not, found.
    ThingModelNotFound,
    /// `Server.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Server: error.
    ServerError,
    /// `Thing.Model.Status.Not.Final`: HTTP 400; retry: never; category: invalid_argument.
    /// Thing: model, status, not, final.
    ThingModelStatusNotFinal,
    /// `Product.has.published`: HTTP 400; retry: never; category: invalid_argument.
    /// Product: has, published.
    ProductHasPublished,
    /// `Category.not.same`: HTTP 400; retry: never; category: invalid_argument.
    /// Category: not, same.
    CategoryNotSame,
    /// `iot.soundcode.InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid param.
    IotSoundcodeInvalidParam,
    /// `iot.common.InvalidFormattedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, invalid formatted parameter.
    IotCommonInvalidFormattedParameter,
    /// `iot.common.QueryProductActionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, query product action error.
    IotCommonQueryProductActionError,
    /// `iot.rule.ItemExceedsLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, item exceeds limit.
    IotRuleItemExceedsLimit,
    /// `iot.rule.DataSourceItemExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source item exists.
    IotRuleDataSourceItemExists,
    /// `iot.common.TooManyRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, too many request.
    IotCommonTooManyRequest,
    /// `iot.ruleng.NullRuleActionConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null rule action config.
    IotRulengNullRuleActionConfig,
    /// `iot.ruleng.NullRuleActionType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null rule action type.
    IotRulengNullRuleActionType,
    /// `iot.ruleng.InvalidRamRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, invalid ram role.
    IotRulengInvalidRamRole,
    /// `iot.rule.DestinationCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination count exceed.
    IotRuleDestinationCountExceed,
    /// `iot.rule.DestinationNameExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination name existed.
    IotRuleDestinationNameExisted,
    /// `iot.rule.InvalidDestinationName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, invalid destination name.
    IotRuleInvalidDestinationName,
    /// `iot.ruleng.RegionNotSupportRuleForwardCloudProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, region not support rule forward cloud product.
    IotRulengRegionNotSupportRuleForwardCloudProduct,
    /// `iot.ruleng.IncorrectRegionName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, incorrect region name.
    IotRulengIncorrectRegionName,
    /// `iot.consumer.group.InvalidConsumerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: consumer, group, invalid consumer group id.
    IotConsumerGroupInvalidConsumerGroupId,
    /// `iot.ruleng.NullProjectOfDatahub`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null project of datahub.
    IotRulengNullProjectOfDatahub,
    /// `iot.ruleng.NotFoundTopicInDataHubProject`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found topic in data hub project.
    IotRulengNotFoundTopicInDataHubProject,
    /// `iot.ruleng.NotFoundVpcInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found vpc instance.
    IotRulengNotFoundVpcInstance,
    /// `iot.group.DynamicGroupMatchedDeviceCountExceedMax`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, dynamic group matched device count exceed max.
    IotGroupDynamicGroupMatchedDeviceCountExceedMax,
    /// `iot.group.GroupCountExceedMax`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, group count exceed max.
    IotGroupGroupCountExceedMax,
    /// `iot.devicesearch.InvalidSQLError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL error.
    IotDevicesearchInvalidSqlError,
    /// `iot.devicesearch.InvalidSQLOffsetError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL offset error.
    IotDevicesearchInvalidSqlOffsetError,
    /// `iot.devicesearch.InvalidSQLFieldError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL field error.
    IotDevicesearchInvalidSqlFieldError,
    /// `iot.devicesearch.InvalidSQLConditionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL condition error.
    IotDevicesearchInvalidSqlConditionError,
    /// `iot.devicesearch.InvalidSQLOrderError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL order error.
    IotDevicesearchInvalidSqlOrderError,
    /// `iot.devicesearch.InvalidSQLOperatorTypeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL operator type error.
    IotDevicesearchInvalidSqlOperatorTypeError,
    /// `iot.devicesearch.InvalidSQLParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL param error.
    IotDevicesearchInvalidSqlParamError,
    /// `iot.devicesearch.InvalidSQLIdentfierError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicesearch, invalid SQL identfier error.
    IotDevicesearchInvalidSqlIdentfierError,
    /// `iot.group.InvalidGroupName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, invalid group name.
    IotGroupInvalidGroupName,
    /// `iot.group.LongGroupDescError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, long group desc error.
    IotGroupLongGroupDescError,
    /// `iot.group.SuperGroupUnsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, super group unsupport.
    IotGroupSuperGroupUnsupport,
    /// `iot.common.APINotSupportedInInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, API not supported in instance.
    IotCommonApiNotSupportedInInstance,
    /// `iot.group.GroupNameExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, group name existed.
    IotGroupGroupNameExisted,
    /// `iot.group.CreateGroupFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, create group failed.
    IotGroupCreateGroupFailed,
    /// `iot.device.RegionNotSupportDynamicGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, region not support dynamic group.
    IotDeviceRegionNotSupportDynamicGroup,
    /// `MissingDynamicGroupExpression`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing dynamic group expression.
    MissingDynamicGroupExpression,
    /// `iot.databus.SearchIndexConfigNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: databus, search index config not found.
    IotDatabusSearchIndexConfigNotFound,
    /// `iot.securetunnel.ParamInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, param invalid.
    IotSecuretunnelParamInvalid,
    /// `iot.securetunnel.DescriptionTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, description too long.
    IotSecuretunnelDescriptionTooLong,
    /// `iot.securetunnel.UdiTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, udi too long.
    IotSecuretunnelUdiTooLong,
    /// `iot.securetunnel.TunnelAmountExceedByDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, tunnel amount exceed by device.
    IotSecuretunnelTunnelAmountExceedByDevice,
    /// `iot.securetunnel.TunnelAmountExceedByInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, tunnel amount exceed by instance.
    IotSecuretunnelTunnelAmountExceedByInstance,
    /// `iot.securetunnel.DeviceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, device not exist.
    IotSecuretunnelDeviceNotExist,
    /// `iot.securetunnel.DeviceNotOnline`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, device not online.
    IotSecuretunnelDeviceNotOnline,
    /// `iot.securetunnel.DeviceNotSpecified`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, device not specified.
    IotSecuretunnelDeviceNotSpecified,
    /// `iot.securetunnel.TunnelQuotaExhausted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, tunnel quota exhausted.
    IotSecuretunnelTunnelQuotaExhausted,
    /// `iot.dap.insight.queryTimeMoreThanQueryDays`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, query time more than query days.
    IotDapInsightQueryTimeMoreThanQueryDays,
    /// `iot.dap.insight.processDownloadJobMoreConcurrenceCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, process download job more concurrence count.
    IotDapInsightProcessDownloadJobMoreConcurrenceCount,
    /// `iot.dap.insight.downloadTimesUpperLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, download times upper limit.
    IotDapInsightDownloadTimesUpperLimit,
    /// `iot.dap.insight.downloadTaskNumUpperLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, download task num upper limit.
    IotDapInsightDownloadTaskNumUpperLimit,
    /// `iot.rule.CreateRuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, create rule exception.
    IotRuleCreateRuleException,
    /// `iot.rule.InvalidRuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, invalid rule name.
    IotRuleInvalidRuleName,
    /// `iot.rule.ConnectorCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, connector count exceed.
    IotRuleConnectorCountExceed,
    /// `iot.rule.ConnectorIsAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, connector is already existed.
    IotRuleConnectorIsAlreadyExisted,
    /// `iot.rule.DataSourceCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source count exceed.
    IotRuleDataSourceCountExceed,
    /// `iot.rule.DataSourceExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source exists.
    IotRuleDataSourceExists,
    /// `iot.rule.InvalidDataSourceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, invalid data source name.
    IotRuleInvalidDataSourceName,
    /// `iot.scheduleperiod.InvalidIotInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, invalid iot instance id.
    IotScheduleperiodInvalidIotInstanceId,
    /// `iot.scheduleperiod.InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, invalid time.
    IotScheduleperiodInvalidTime,
    /// `iot.scheduleperiod.InvalidDesc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, invalid desc.
    IotScheduleperiodInvalidDesc,
    /// `iot.soundcode.InvalidSoundCodeContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid sound code content.
    IotSoundcodeInvalidSoundCodeContent,
    /// `iot.soundcode.SensitiveContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, sensitive content.
    IotSoundcodeSensitiveContent,
    /// `iot.scheduleperiod.ConflictTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, conflict time.
    IotScheduleperiodConflictTime,
    /// `iot.scheduleperiod.ConflictWithScheduleTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, conflict with schedule time.
    IotScheduleperiodConflictWithScheduleTime,
    /// `iot.scheduleperiod.LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, limit exceeded.
    IotScheduleperiodLimitExceeded,
    /// `iot.soundcode.InvalidSoundCodeDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid sound code duration.
    IotSoundcodeInvalidSoundCodeDuration,
    /// `iot.soundcode.InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid name.
    IotSoundcodeInvalidName,
    /// `iot.soundcode.AlreadyExistsName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, already exists name.
    IotSoundcodeAlreadyExistsName,
    /// `iot.soundcode.AlreadyExistsLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, already exists label.
    IotSoundcodeAlreadyExistsLabel,
    /// `iot.soundcodeschedule.InvalidDesc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid desc.
    IotSoundcodescheduleInvalidDesc,
    /// `iot.soundcodeschedule.InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid name.
    IotSoundcodescheduleInvalidName,
    /// `iot.soundcodeschedule.AlreadyExistsName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, already exists name.
    IotSoundcodescheduleAlreadyExistsName,
    /// `iot.soundcodeschedule.InvalidIotInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid iot instance id.
    IotSoundcodescheduleInvalidIotInstanceId,
    /// `iot.soundcodeschedule.LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, limit exceeded.
    IotSoundcodescheduleLimitExceeded,
    /// `iot.soundcodeschedule.InvalidDate`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid date.
    IotSoundcodescheduleInvalidDate,
    /// `Studio.App.Domain.DomainMaxNumLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, domain, domain max num limit.
    StudioAppDomainDomainMaxNumLimit,
    /// `Studio.App.Domain.DomainAlreadyExist`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, domain, domain already exist.
    StudioAppDomainDomainAlreadyExist,
    /// `iot.message.broker.ParamCheckError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message, broker, param check error.
    IotMessageBrokerParamCheckError,
    /// `iot.message.broker.ProductCheckError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message, broker, product check error.
    IotMessageBrokerProductCheckError,
    /// `iot.message.broker.SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message, broker, system error.
    IotMessageBrokerSystemError,
    /// `iot.messagebroker.InvalidPubTopicFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid pub topic format.
    IotMessagebrokerInvalidPubTopicFormat,
    /// `iot.messagebroker.InvalidOperationWithBroadcast`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid operation with broadcast.
    IotMessagebrokerInvalidOperationWithBroadcast,
    /// `iot.messagebroker.InvalidTopicWithBroadcast`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid topic with broadcast.
    IotMessagebrokerInvalidTopicWithBroadcast,
    /// `iot.messagebroker.InvalidOperationWithProxySubscribe`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid operation with proxy subscribe.
    IotMessagebrokerInvalidOperationWithProxySubscribe,
    /// `iot.messagebroker.InvalidTopicWithProxySubscribe`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid topic with proxy subscribe.
    IotMessagebrokerInvalidTopicWithProxySubscribe,
    /// `iot.messagebroker.InvalidTopicWithCodec`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid topic with codec.
    IotMessagebrokerInvalidTopicWithCodec,
    /// `iot.messagebroker.InvalidInstanceWithCodec`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, invalid instance with codec.
    IotMessagebrokerInvalidInstanceWithCodec,
    /// `iot.rule.DataSourceItemNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source item not exists.
    IotRuleDataSourceItemNotExists,
    /// `iot.system.SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, system error.
    IotSystemSystemError,
    /// `iot.rule.NotFoundRuleAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, not found rule action.
    IotRuleNotFoundRuleAction,
    /// `iot.rule.DestinationInUsing`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination in using.
    IotRuleDestinationInUsing,
    /// `iot.group.NullGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, null group id.
    IotGroupNullGroupId,
    /// `iot.group.NotExistedGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, not existed group.
    IotGroupNotExistedGroup,
    /// `iot.common.RamActionPermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, ram action permission deny.
    IotCommonRamActionPermissionDeny,
    /// `iot.group.QueryGroupInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, query group info failed.
    IotGroupQueryGroupInfoFailed,
    /// `iot.group.DeleteGroupFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: group, delete group failed.
    IotGroupDeleteGroupFailed,
    /// `iot.securetunnel.IllegalState`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: securetunnel, illegal state.
    IotSecuretunnelIllegalState,
    /// `iot.rule.DeleteRuleFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, delete rule failed.
    IotRuleDeleteRuleFailed,
    /// `iot.ruleng.RuleAlreadyIsStarted`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, rule already is started.
    IotRulengRuleAlreadyIsStarted,
    /// `iot.rule.DataSourceBounded`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, data source bounded.
    IotRuleDataSourceBounded,
    /// `iot.scheduleperiod.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, not exists.
    IotScheduleperiodNotExists,
    /// `iot.soundcode.InvalidSoundCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, invalid sound code.
    IotSoundcodeInvalidSoundCode,
    /// `iot.soundcode.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, not exists.
    IotSoundcodeNotExists,
    /// `iot.soundcode.LabelNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, label not exists.
    IotSoundcodeLabelNotExists,
    /// `iot.scheduleperiod.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: scheduleperiod, already exists.
    IotScheduleperiodAlreadyExists,
    /// `Studio.App.NotExist`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, not exist.
    StudioAppNotExist,
    /// `Studio.App.Domain.DomainNotExist`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, domain, domain not exist.
    StudioAppDomainDomainNotExist,
    /// `Studio.App.Domain.DomainAuthFail`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, domain, domain auth fail.
    StudioAppDomainDomainAuthFail,
    /// `iot.dap.insight.dataStoreTableHasNotBeenInit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, data store table has not been init.
    IotDapInsightDataStoreTableHasNotBeenInit,
    /// `iot.dap.insight.mustSetAtLeastOnePrimaryKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, must set at least one primary key.
    IotDapInsightMustSetAtLeastOnePrimaryKey,
    /// `iot.rule.QueryRuleFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, query rule failed.
    IotRuleQueryRuleFailed,
    /// `iot.system.InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, instance not found.
    IotSystemInstanceNotFound,
    /// `iot.common.AuthActionPermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, auth action permission deny.
    IotCommonAuthActionPermissionDeny,
    /// `iot.gis.InvalidRequestParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: gis, invalid request param.
    IotGisInvalidRequestParam,
    /// `iot.gis.InvalidParamSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: gis, invalid param size.
    IotGisInvalidParamSize,
    /// `iot.gis.lbsBasicFalse`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: gis, lbs basic false.
    IotGisLbsBasicFalse,
    /// `Iot.digitaltwin.RequestParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, request param error.
    IotDigitaltwinRequestParamError,
    /// `Iot.digitaltwin.instanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, instance not found.
    IotDigitaltwinInstanceNotFound,
    /// `Iot.digitaltwin.instanceNodeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, instance node not exist.
    IotDigitaltwinInstanceNodeNotExist,
    /// `Iot.product.ProductNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: product, product not found.
    IotProductProductNotFound,
    /// `Iot.digitaltwin.productAuthticFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, product authtic failed.
    IotDigitaltwinProductAuthticFailed,
    /// `Iot.device.DeviceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, device not found.
    IotDeviceDeviceNotFound,
    /// `Iot.digitaltwin.notSupportApiDataSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, not support api data source.
    IotDigitaltwinNotSupportApiDataSource,
    /// `Iot.digitaltwin.tooManyRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: digitaltwin, too many request.
    IotDigitaltwinTooManyRequest,
    /// `iot.device.CreateDeviceFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Iot: device, create device failed.
    IotDeviceCreateDeviceFailed,
    /// `iot.device.AlreadyExistedDeviceName`: no documented HTTP status; retry: never; category: unknown.
    /// Iot: device, already existed device name.
    IotDeviceAlreadyExistedDeviceName,
    /// `LossOfUserInformation`: HTTP 400; retry: never; category: invalid_argument.
    /// Loss of user information.
    LossOfUserInformation,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InsufficientAuthority`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient authority.
    InsufficientAuthority,
    /// `RequestFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Request failed.
    RequestFailed,
    /// `iot.dap.insight.dataApiNotDeploy`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, data api not deploy.
    IotDapInsightDataApiNotDeploy,
    /// `iot.dap.insight.apiQueryParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, api query param error.
    IotDapInsightApiQueryParamError,
    /// `iot.dap.insight.pipelineProcessError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, pipeline process error.
    IotDapInsightPipelineProcessError,
    /// `iot.dap.insight.dopQueryApiError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, dop query api error.
    IotDapInsightDopQueryApiError,
    /// `iot.common.InvalidPageParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, invalid page params.
    IotCommonInvalidPageParams,
    /// `Iot.Device.NotExistedDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, not existed device.
    IotDeviceNotExistedDevice2,
    /// `iot.ota.NullOtaModuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, null ota module name.
    IotOtaNullOtaModuleName,
    /// `iot.ota.InvalidOtaModuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid ota module name.
    IotOtaInvalidOtaModuleName,
    /// `iot.ota.EmptyDeviceInfoParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, empty device info params.
    IotOtaEmptyDeviceInfoParams,
    /// `iot.firmware.InvalidTaskStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, invalid task status.
    IotFirmwareInvalidTaskStatus,
    /// `iot.firmware.ListOTATaskByDeviceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, list OTA task by device failed.
    IotFirmwareListOtaTaskByDeviceFailed,
    /// `iot.device.NotExistedDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, not existed device.
    IotDeviceNotExistedDevice3,
    /// `iot.rule.QueryRulePageActionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, query rule page action error.
    IotRuleQueryRulePageActionError,
    /// `iot.rule.ListDestinationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, list destination failed.
    IotRuleListDestinationFailed,
    /// `iot.firmware.AlreadyExistedFirmwareName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, already existed firmware name.
    IotFirmwareAlreadyExistedFirmwareName,
    /// `iot.ota.FirmwareNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, firmware not found.
    IotOtaFirmwareNotFound,
    /// `iot.ota.FirmwareAndProductKeyMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, firmware and product key mismatch.
    IotOtaFirmwareAndProductKeyMismatch,
    /// `iot.ota.TenantIdMisMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, tenant id mis match.
    IotOtaTenantIdMisMatch,
    /// `iot.firmware.FirmwareUdiExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, firmware udi exceed limit.
    IotFirmwareFirmwareUdiExceedLimit,
    /// `iot.firmware.FirmwareDescExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, firmware desc exceed limit.
    IotFirmwareFirmwareDescExceedLimit,
    /// `iot.firmware.IncorrectFormattedFirmwareName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: firmware, incorrect formatted firmware name.
    IotFirmwareIncorrectFormattedFirmwareName,
    /// `iot.ota.InstanceIdMisMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, instance id mis match.
    IotOtaInstanceIdMisMatch,
    /// `OrderOpend`: HTTP 400; retry: never; category: invalid_argument.
    /// Order opend.
    OrderOpend,
    /// `AccountTypeRestricted`: HTTP 400; retry: never; category: invalid_argument.
    /// Account type restricted.
    AccountTypeRestricted,
    /// `PermissionDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission denied.
    PermissionDenied,
    /// `PriceWanHuaTongSys`: HTTP 400; retry: never; category: invalid_argument.
    /// Price wan hua tong sys.
    PriceWanHuaTongSys,
    /// `iot.soundcode.LabelBatchNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, label batch not exists.
    IotSoundcodeLabelBatchNotExists,
    /// `iot.soundcode.NoSuccessLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, no success label.
    IotSoundcodeNoSuccessLabel,
    /// `iot.rule.scriptSyntaxError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, script syntax error.
    IotRuleScriptSyntaxError,
    /// `iot.rule.EmptyScript`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, empty script.
    IotRuleEmptyScript,
    /// `Thing.Model.Version.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Thing: model, version, invalid.
    ThingModelVersionInvalid,
    /// `Iot.common.QueryDeviceActionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, query device action error.
    IotCommonQueryDeviceActionError,
    /// `iot.gateway.BackEndServiceInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: gateway, back end service invalid.
    IotGatewayBackEndServiceInvalid,
    /// `Iot.device.InvalidIoTId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid io t id.
    IotDeviceInvalidIoTId2,
    /// `iot.device.DeviceInstanceInconsistency`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, device instance inconsistency.
    IotDeviceDeviceInstanceInconsistency,
    /// `iot.common.QueryDevicePropertyActionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, query device property action error.
    IotCommonQueryDevicePropertyActionError,
    /// `iot.common.QueryManyDevicesActionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, query many devices action error.
    IotCommonQueryManyDevicesActionError,
    /// `iot.Sre.IotInstanceStatusForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: sre, iot instance status forbidden.
    IotSreIotInstanceStatusForbidden,
    /// `iot.device.InvalidTimeBucket`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, invalid time bucket.
    IotDeviceInvalidTimeBucket,
    /// `iot.device.PageTokenIsIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, page token is illegal.
    IotDevicePageTokenIsIllegal,
    /// `iot.storage.HotStorageIopsReadNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: storage, hot storage iops read not enough.
    IotStorageHotStorageIopsReadNotEnough,
    /// `iot.device.FuzzyRuntimeSearchMinLengthLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, fuzzy runtime search min length limit.
    IotDeviceFuzzyRuntimeSearchMinLengthLimit,
    /// `iot.device.DeviceApplyIsNotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Iot: device, device apply is not found.
    IotDeviceDeviceApplyIsNotFound,
    /// `iot.speech.InvalidIotProjectCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: speech, invalid iot project code.
    IotSpeechInvalidIotProjectCode,
    /// `RequestParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Request param error.
    RequestParamError2,
    /// `IoT.Common.ParamterError`: no documented HTTP status; retry: never; category: unknown.
    /// Io t: common, paramter error.
    IoTCommonParamterError,
    /// `iot.device.NoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, no permission.
    IotDeviceNoPermission,
    /// `Iot.Device.NoVehicleProtocolDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, no vehicle protocol device.
    IotDeviceNoVehicleProtocolDevice,
    /// `iot.algo.OcrInvokeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: algo, ocr invoke error.
    IotAlgoOcrInvokeError,
    /// `iot.algo.OcrParamInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: algo, ocr param invalid.
    IotAlgoOcrParamInvalid,
    /// `iot.algo.OcrServiceNotSubscribe`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: algo, ocr service not subscribe.
    IotAlgoOcrServiceNotSubscribe,
    /// `iot.algo.ApiCallOutOfTenantLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: algo, api call out of tenant limit.
    IotAlgoApiCallOutOfTenantLimit,
    /// `iot.algo.OcrUrlInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: algo, ocr url invalid.
    IotAlgoOcrUrlInvalid,
    /// `Studio.App.Token.AppHaveNoToken`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, token, app have no token.
    StudioAppTokenAppHaveNoToken,
    /// `Studio.App.Token.AppTokenNotActive`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: app, token, app token not active.
    StudioAppTokenAppTokenNotActive,
    /// `iot.soundcode.LabelBatchCanNotBeRetried`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcode, label batch can not be retried.
    IotSoundcodeLabelBatchCanNotBeRetried,
    /// `iot.ota.FirmwareNotVerified`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, firmware not verified.
    IotOtaFirmwareNotVerified,
    /// `iot.ota.NotFirmwareOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, not firmware owner.
    IotOtaNotFirmwareOwner,
    /// `iot.ota.UnmatchedJob`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, unmatched job.
    IotOtaUnmatchedJob,
    /// `iot.ota.JobCanceled`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, job canceled.
    IotOtaJobCanceled,
    /// `iot.ota.InvalidJobId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid job id.
    IotOtaInvalidJobId,
    /// `iot.ota.InvalidFirmwareUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid firmware uid.
    IotOtaInvalidFirmwareUid,
    /// `iot.ota.InvalidTaskId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid task id.
    IotOtaInvalidTaskId,
    /// `iot.ota.FailedTaskNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, failed task not found.
    IotOtaFailedTaskNotFound,
    /// `iot.ota.InvalidTaskExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid task exist.
    IotOtaInvalidTaskExist,
    /// `iot.ota.DeviceNotReUpgraded`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, device not re upgraded.
    IotOtaDeviceNotReUpgraded,
    /// `iot.ota.DeviceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, device not exist.
    IotOtaDeviceNotExist,
    /// `iot.ota.TooManyOtaTask`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, too many ota task.
    IotOtaTooManyOtaTask,
    /// `iot.rule.EmptyScriptDraft`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, empty script draft.
    IotRuleEmptyScriptDraft,
    /// `iot.rule.ScriptLengthExceeds`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, script length exceeds.
    IotRuleScriptLengthExceeds,
    /// `Studio.Project.FeatureNotSupport`: no documented HTTP status; retry: never; category: unknown.
    /// Studio: project, feature not support.
    StudioProjectFeatureNotSupport,
    /// `iot.devicespeech.ProjectNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, project not found.
    IotDevicespeechProjectNotFound,
    /// `iot.speechsolution.ProjectHasStopped`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: speechsolution, project has stopped.
    IotSpeechsolutionProjectHasStopped,
    /// `iot.devicespeech.InvalidDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid device.
    IotDevicespeechInvalidDevice,
    /// `iot.devicespeech.DeviceNotActived`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, device not actived.
    IotDevicespeechDeviceNotActived,
    /// `iot.devicespeech.DeviceOffline`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, device offline.
    IotDevicespeechDeviceOffline,
    /// `iot.devicespeech.RequestLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, request limit.
    IotDevicespeechRequestLimit,
    /// `iot.devicespeech.InvalidAudioFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid audio format.
    IotDevicespeechInvalidAudioFormat,
    /// `iot.devicespeech.InvalidProductKeyAndDeviceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid product key and device name.
    IotDevicespeechInvalidProductKeyAndDeviceName,
    /// `iot.devicespeech.InvalidDeviceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid device id.
    IotDevicespeechInvalidDeviceId,
    /// `iot.speechservice.NotSigned`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: speechservice, not signed.
    IotSpeechserviceNotSigned,
    /// `iot.devicespeech.InvalidSpeechId`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid speech id.
    IotDevicespeechInvalidSpeechId,
    /// `iot.devicespeech.ThingModelNotDefine`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, thing model not define.
    IotDevicespeechThingModelNotDefine,
    /// `iot.devicespeech.InvalidLicenseDevice`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: devicespeech, invalid license device.
    IotDevicespeechInvalidLicenseDevice,
    /// `iot.dap.insight.datetimeNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, datetime not match.
    IotDapInsightDatetimeNotMatch,
    /// `iot.dap.insight.needDetectionData`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, need detection data.
    IotDapInsightNeedDetectionData,
    /// `iot.dap.insight.parsedDataError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, parsed data error.
    IotDapInsightParsedDataError,
    /// `iot.dap.insight.frozen`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dap, insight, frozen.
    IotDapInsightFrozen,
    /// `iot.rule.DestinationNotBound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, destination not bound.
    IotRuleDestinationNotBound,
    /// `iot.rule.StartRuleFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, start rule failed.
    IotRuleStartRuleFailed,
    /// `iot.rule.NoDataSourceBound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, no data source bound.
    IotRuleNoDataSourceBound,
    /// `iot.rule.StopRuleFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, stop rule failed.
    IotRuleStopRuleFailed,
    /// `Iot.System.BillIsOverDue`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, bill is over due.
    IotSystemBillIsOverDue,
    /// `Iot.MessageBroker.EmptySubTopicList`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message broker, empty sub topic list.
    IotMessageBrokerEmptySubTopicList,
    /// `Iot.MessageBroker.TopicTemplateIsNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message broker, topic template is not found.
    IotMessageBrokerTopicTemplateIsNotFound,
    /// `Iot.MessageBroker.InvalidFormattedTopicName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message broker, invalid formatted topic name.
    IotMessageBrokerInvalidFormattedTopicName,
    /// `Iot.Device.NotDeviceOwner`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: device, not device owner.
    IotDeviceNotDeviceOwner,
    /// `Iot.MessageBroker.BatchSubTopicFailed`: HTTP 500; retry: never; category: internal.
    /// Iot: message broker, batch sub topic failed.
    IotMessageBrokerBatchSubTopicFailed,
    /// `Iot.MessageBroker.EmptyUnSubTopicList`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message broker, empty un sub topic list.
    IotMessageBrokerEmptyUnSubTopicList,
    /// `iot.ruleng.InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, instance not found.
    IotRulengInstanceNotFound,
    /// `iot.ruleng.TopicNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, topic not found.
    IotRulengTopicNotFound,
    /// `iot.ruleng.NullTopicInDatahubProject`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null topic in datahub project.
    IotRulengNullTopicInDatahubProject,
    /// `iot.ruleng.NullRamRoleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null ram role name.
    IotRulengNullRamRoleName,
    /// `iot.ruleng.NullRamRoleArn`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null ram role arn.
    IotRulengNullRamRoleArn,
    /// `iot.ruleng.NotFoundProjectInDataHub`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found project in data hub.
    IotRulengNotFoundProjectInDataHub,
    /// `iot.ruleng.NullOrEmptySchemaOfTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null or empty schema of topic.
    IotRulengNullOrEmptySchemaOfTopic,
    /// `iot.ruleng.IncorrectSchemaValueOfTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, incorrect schema value of topic.
    IotRulengIncorrectSchemaValueOfTopic,
    /// `iot.ruleng.RuleActionConfigurationIsNotJson`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, rule action configuration is not json.
    IotRulengRuleActionConfigurationIsNotJson,
    /// `iot.ruleng.NullOtsInstanceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null ots instance name.
    IotRulengNullOtsInstanceName,
    /// `iot.ruleng.NullTableNameInOtsInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null table name in ots instance.
    IotRulengNullTableNameInOtsInstance,
    /// `iot.ruleng.OnlySameRegionSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, only same region support.
    IotRulengOnlySameRegionSupport,
    /// `iot.ruleng.NotFoundTableInOtsInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found table in ots instance.
    IotRulengNotFoundTableInOtsInstance,
    /// `iot.ruleng.NullServiceNameInFc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null service name in fc.
    IotRulengNullServiceNameInFc,
    /// `iot.ruleng.NullFunctionNameInFc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null function name in fc.
    IotRulengNullFunctionNameInFc,
    /// `iot.ruleng.NotFoundServiceInFc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found service in fc.
    IotRulengNotFoundServiceInFc,
    /// `iot.ruleng.NotFoundFunctionInFc`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, not found function in fc.
    IotRulengNotFoundFunctionInFc,
    /// `iot.ruleng.OnlySupportSameRegionRds`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, only support same region rds.
    IotRulengOnlySupportSameRegionRds,
    /// `iot.messagebroker.NullTopicName`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, null topic name.
    IotMessagebrokerNullTopicName,
    /// `iot.ruleng.InvalidFormattedTagInConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, invalid formatted tag in configuration.
    IotRulengInvalidFormattedTagInConfiguration,
    /// `iot.ruleng.InvalidFormattedShardingKeyInConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, invalid formatted sharding key in configuration.
    IotRulengInvalidFormattedShardingKeyInConfiguration,
    /// `iot.ruleng.NullTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ruleng, null topic.
    IotRulengNullTopic,
    /// `iot.ota.StrategyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, strategy not found.
    IotOtaStrategyNotFound,
    /// `iot.ota.noDynamicJob`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, no dynamic job.
    IotOtaNoDynamicJob,
    /// `iot.ota.InvalidBaseSpeedPerMinute`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid base speed per minute.
    IotOtaInvalidBaseSpeedPerMinute,
    /// `iot.ota.InvalidIncrementFactor`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid increment factor.
    IotOtaInvalidIncrementFactor,
    /// `iot.ota.InvalidExponentialRateParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid exponential rate parameter.
    IotOtaInvalidExponentialRateParameter,
    /// `iot.ota.InvalidMaximumPerMinute`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid maximum per minute.
    IotOtaInvalidMaximumPerMinute,
    /// `iot.ota.InvalidUpgradeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid upgrade type.
    IotOtaInvalidUpgradeType,
    /// `iot.ota.OperationForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, operation forbidden.
    IotOtaOperationForbidden,
    /// `iot.ota.InvalidTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid timeout.
    IotOtaInvalidTimeout,
    /// `iot.ota.InvalidStrategyType`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid strategy type.
    IotOtaInvalidStrategyType,
    /// `iot.ota.JobHasFinished`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, job has finished.
    IotOtaJobHasFinished,
    /// `iot.ota.JobHasCanceled`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, job has canceled.
    IotOtaJobHasCanceled,
    /// `iot.ota.taskNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, task not exist.
    IotOtaTaskNotExist,
    /// `iot.ota.JobTagIsTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, job tag is too long.
    IotOtaJobTagIsTooLong,
    /// `iot.ota.InvalidBaseRatePerMinute`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid base rate per minute.
    IotOtaInvalidBaseRatePerMinute,
    /// `iot.ota.InvalidSrcVersionList`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid src version list.
    IotOtaInvalidSrcVersionList,
    /// `iot.ota.EmptySrcVersionList`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, empty src version list.
    IotOtaEmptySrcVersionList,
    /// `iot.ota.InvalidConstantSpeedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid constant speed parameter.
    IotOtaInvalidConstantSpeedParameter,
    /// `iot.ota.EmptyNumberOfNotifiedDevicesAndNumberOfSucceedDevices`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, empty number of notified devices and number of succeed devices.
    IotOtaEmptyNumberOfNotifiedDevicesAndNumberOfSucceedDevices,
    /// `iot.ota.InvalidNumberOfNotifiedDevicesOrNumberOfSucceedDevices`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: ota, invalid number of notified devices or number of succeed devices.
    IotOtaInvalidNumberOfNotifiedDevicesOrNumberOfSucceedDevices,
    /// `iot.rule.UpdateRuleFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: rule, update rule failed.
    IotRuleUpdateRuleFailed,
    /// `iot.soundcodeschedule.InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid status.
    IotSoundcodescheduleInvalidStatus,
    /// `iot.soundcodeschedule.InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: soundcodeschedule, invalid time.
    IotSoundcodescheduleInvalidTime,
    /// `iot.message.broker.TopicConfigNumExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: message, broker, topic config num exceed.
    IotMessageBrokerTopicConfigNumExceed,
    /// `iot.device.SetDevicePropertyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: device, set device property failed.
    IotDeviceSetDevicePropertyFailed,
    /// `iot.messagebroker.HALFCONN`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, HALFCONN.
    IotMessagebrokerHalfconn,
    /// `iot.messagebroker.OFFLINE`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: messagebroker, OFFLINE.
    IotMessagebrokerOffline,
    /// `iot.prod.QueryProductAbilitiesFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: prod, query product abilities failed.
    IotProdQueryProductAbilitiesFailed,
    /// `iot.dataalgo.ScriptMethodNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script method not found.
    IotDataalgoScriptMethodNotFound,
    /// `iot.dataalgo.ScriptExecutionTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script execution timeout.
    IotDataalgoScriptExecutionTimeout,
    /// `iot.dataalgo.ScriptExecutionOomException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script execution oom exception.
    IotDataalgoScriptExecutionOomException,
    /// `iot.dataalgo.ScriptExecutionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script execution exception.
    IotDataalgoScriptExecutionException,
    /// `iot.dataalgo.ScriptDataFormatException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script data format exception.
    IotDataalgoScriptDataFormatException,
    /// `iot.dataalgo.ScriptRelationNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: dataalgo, script relation not exist.
    IotDataalgoScriptRelationNotExist,
    /// `iot.tsl.TslParseError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: tsl, tsl parse error.
    IotTslTslParseError,
    /// `iot.tsl.InvalidFormattedTslError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: tsl, invalid formatted tsl error.
    IotTslInvalidFormattedTslError,
    /// `iot.tsl.InvalidHistoryTimestampError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: tsl, invalid history timestamp error.
    IotTslInvalidHistoryTimestampError,
    /// `iot.storage.HotStorageCapacityNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: storage, hot storage capacity not enough.
    IotStorageHotStorageCapacityNotEnough,
    /// `iot.storage.HotStorageIopsWriteNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: storage, hot storage iops write not enough.
    IotStorageHotStorageIopsWriteNotEnough,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 374] = [
        "iot.dap.insight.noAuthorization",
        "iot.dap.insight.requestParamError",
        "iot.dap.insight.serverError",
        "iot.dap.insight.notEnoughCU",
        "iot.dap.insight.notEnoughStorage",
        "iot.speech.InvalidIotInstanceId",
        "iot.system.SystemException",
        "iot.check.InvalidFormattedParameter",
        "iot.dap.insight.unknownException",
        "iot.dap.insight.exceedSubscribeNumber",
        "iot.dap.insight.bizExceptionNotSpecified",
        "iot.sharetask.EmptyShareDevice",
        "iot.sharetask.ShareDeviceProcessing",
        "Iot.sharetask.ImportDevicePartFail",
        "iot.prod.NullProductKey",
        "iot.prod.InvalidFormattedProductkey",
        "iot.device.NullDeviceName",
        "iot.device.InvalidFormattedDeviceName",
        "iot.device.InactiveDevice",
        "iot.device.OfflineDevice",
        "iot.Device.NotExistedDevice",
        "iot.system.IllegalRequest",
        "iot.rule.destinationNotExists",
        "iot.rule.NotFoundRule",
        "iot.rule.SameDestinationExisted",
        "iot.ruleng.OnlyAllowOneErrorAction",
        "iot.rule.TooManyRuleAction",
        "iot.rule.DestinationNotAvailable",
        "iot.rule.DataSourceNotExists",
        "IoT.Common.NullParameter",
        "Studio.Device.BatchAddDevicesToProjectFailed",
        "Studio.Product.BindFailed",
        "iot.device.TooManyDeviceNamesPerRequest",
        "iot.device.NoneDeviceNameElement",
        "iot.device.InvalidDeviceParams",
        "iot.soundcodeschedule.NotExists",
        "iot.soundcode.InvalidLabelBatchDescription",
        "iot.soundcode.InvalidIotInstanceId",
        "iot.soundcodeservice.NotSigned",
        "iot.soundcode.EncodeLimit",
        "iot.soundcode.InvalidLabel",
        "iot.device.InvalidParams",
        "iot.provisioning.TaskNotExist",
        "iot.provisioning.InvalidDistributionStatus",
        "iot.device.ApplyManyDevicesFailed",
        "iot.device.DeviceNumerExceedTenant",
        "iot.common.InvalidTenant",
        "iot.device.InvalidFormattedDeviceNameInNameArray",
        "iot.prod.InvalidProductAuthType",
        "Studio.Device.BatchRemoveDevicesFromProjectFailed",
        "Studio.Product.UnbindFailed",
        "iot.rtc.service.notSigned",
        "iot.rtc.invalid.product.key",
        "iot.rtc.license.product.relation.nonexist",
        "iot.rtc.license.quota.lack",
        "iot.vas.EmptyLicenseDeviceList",
        "iot.rtc.invalid.license.code",
        "iot.rtc.license.device.authorization.executing",
        "iot.rtc.license.product.relation.exist",
        "iot.device.NotSupportExemptionValidateType",
        "iot.prod.NotExistedProduct",
        "iot.prod.QueryProductPropertyFailed",
        "Iot.digitaltwin.DTInstanceInvalidThingType",
        "iot.check.NullParameter",
        "iot.device.CanNotSetReadOnlyProperty",
        "iot.device.DeviceIsDisable",
        "iot.device.InvalidIoTId",
        "iot.prod.QueryPropertyNotFound",
        "iot.device.ClearPropertyDesiredFailed",
        "iot.prod.QueryProductAbilitiesNotFound",
        "iot.prod.NullAbilityIdentifier",
        "iot.securetunnel.TunnelNotExist",
        "iot.securetunnel.InstanceIdMismatch",
        "Request.param.error",
        "Product.Key.Invalid",
        "Product.not.found",
        "Distribute.thing.module.no.edit",
        "Thing.Model.Get.Lock.Failed",
        "Product.authright.illegal",
        "Thing.model.not.found",
        "Server.error",
        "Thing.Model.Status.Not.Final",
        "Product.has.published",
        "Category.not.same",
        "iot.soundcode.InvalidParam",
        "iot.common.InvalidFormattedParameter",
        "iot.common.QueryProductActionError",
        "iot.rule.ItemExceedsLimit",
        "iot.rule.DataSourceItemExists",
        "iot.common.TooManyRequest",
        "iot.ruleng.NullRuleActionConfig",
        "iot.ruleng.NullRuleActionType",
        "iot.ruleng.InvalidRamRole",
        "iot.rule.DestinationCountExceed",
        "iot.rule.DestinationNameExisted",
        "iot.rule.InvalidDestinationName",
        "iot.ruleng.RegionNotSupportRuleForwardCloudProduct",
        "iot.ruleng.IncorrectRegionName",
        "iot.consumer.group.InvalidConsumerGroupId",
        "iot.ruleng.NullProjectOfDatahub",
        "iot.ruleng.NotFoundTopicInDataHubProject",
        "iot.ruleng.NotFoundVpcInstance",
        "iot.group.DynamicGroupMatchedDeviceCountExceedMax",
        "iot.group.GroupCountExceedMax",
        "iot.devicesearch.InvalidSQLError",
        "iot.devicesearch.InvalidSQLOffsetError",
        "iot.devicesearch.InvalidSQLFieldError",
        "iot.devicesearch.InvalidSQLConditionError",
        "iot.devicesearch.InvalidSQLOrderError",
        "iot.devicesearch.InvalidSQLOperatorTypeError",
        "iot.devicesearch.InvalidSQLParamError",
        "iot.devicesearch.InvalidSQLIdentfierError",
        "iot.group.InvalidGroupName",
        "iot.group.LongGroupDescError",
        "iot.group.SuperGroupUnsupport",
        "iot.common.APINotSupportedInInstance",
        "iot.group.GroupNameExisted",
        "iot.group.CreateGroupFailed",
        "iot.device.RegionNotSupportDynamicGroup",
        "MissingDynamicGroupExpression",
        "iot.databus.SearchIndexConfigNotFound",
        "iot.securetunnel.ParamInvalid",
        "iot.securetunnel.DescriptionTooLong",
        "iot.securetunnel.UdiTooLong",
        "iot.securetunnel.TunnelAmountExceedByDevice",
        "iot.securetunnel.TunnelAmountExceedByInstance",
        "iot.securetunnel.DeviceNotExist",
        "iot.securetunnel.DeviceNotOnline",
        "iot.securetunnel.DeviceNotSpecified",
        "iot.securetunnel.TunnelQuotaExhausted",
        "iot.dap.insight.queryTimeMoreThanQueryDays",
        "iot.dap.insight.processDownloadJobMoreConcurrenceCount",
        "iot.dap.insight.downloadTimesUpperLimit",
        "iot.dap.insight.downloadTaskNumUpperLimit",
        "iot.rule.CreateRuleException",
        "iot.rule.InvalidRuleName",
        "iot.rule.ConnectorCountExceed",
        "iot.rule.ConnectorIsAlreadyExisted",
        "iot.rule.DataSourceCountExceed",
        "iot.rule.DataSourceExists",
        "iot.rule.InvalidDataSourceName",
        "iot.scheduleperiod.InvalidIotInstanceId",
        "iot.scheduleperiod.InvalidTime",
        "iot.scheduleperiod.InvalidDesc",
        "iot.soundcode.InvalidSoundCodeContent",
        "iot.soundcode.SensitiveContent",
        "iot.scheduleperiod.ConflictTime",
        "iot.scheduleperiod.ConflictWithScheduleTime",
        "iot.scheduleperiod.LimitExceeded",
        "iot.soundcode.InvalidSoundCodeDuration",
        "iot.soundcode.InvalidName",
        "iot.soundcode.AlreadyExistsName",
        "iot.soundcode.AlreadyExistsLabel",
        "iot.soundcodeschedule.InvalidDesc",
        "iot.soundcodeschedule.InvalidName",
        "iot.soundcodeschedule.AlreadyExistsName",
        "iot.soundcodeschedule.InvalidIotInstanceId",
        "iot.soundcodeschedule.LimitExceeded",
        "iot.soundcodeschedule.InvalidDate",
        "Studio.App.Domain.DomainMaxNumLimit",
        "Studio.App.Domain.DomainAlreadyExist",
        "iot.message.broker.ParamCheckError",
        "iot.message.broker.ProductCheckError",
        "iot.message.broker.SystemError",
        "iot.messagebroker.InvalidPubTopicFormat",
        "iot.messagebroker.InvalidOperationWithBroadcast",
        "iot.messagebroker.InvalidTopicWithBroadcast",
        "iot.messagebroker.InvalidOperationWithProxySubscribe",
        "iot.messagebroker.InvalidTopicWithProxySubscribe",
        "iot.messagebroker.InvalidTopicWithCodec",
        "iot.messagebroker.InvalidInstanceWithCodec",
        "iot.rule.DataSourceItemNotExists",
        "iot.system.SystemError",
        "iot.rule.NotFoundRuleAction",
        "iot.rule.DestinationInUsing",
        "iot.group.NullGroupId",
        "iot.group.NotExistedGroup",
        "iot.common.RamActionPermissionDeny",
        "iot.group.QueryGroupInfoFailed",
        "iot.group.DeleteGroupFailed",
        "iot.securetunnel.IllegalState",
        "iot.rule.DeleteRuleFailed",
        "iot.ruleng.RuleAlreadyIsStarted",
        "iot.rule.DataSourceBounded",
        "iot.scheduleperiod.NotExists",
        "iot.soundcode.InvalidSoundCode",
        "iot.soundcode.NotExists",
        "iot.soundcode.LabelNotExists",
        "iot.scheduleperiod.AlreadyExists",
        "Studio.App.NotExist",
        "Studio.App.Domain.DomainNotExist",
        "Studio.App.Domain.DomainAuthFail",
        "iot.dap.insight.dataStoreTableHasNotBeenInit",
        "iot.dap.insight.mustSetAtLeastOnePrimaryKey",
        "iot.rule.QueryRuleFailed",
        "iot.system.InstanceNotFound",
        "iot.common.AuthActionPermissionDeny",
        "iot.gis.InvalidRequestParam",
        "iot.gis.InvalidParamSize",
        "iot.gis.lbsBasicFalse",
        "Iot.digitaltwin.RequestParamError",
        "Iot.digitaltwin.instanceNotFound",
        "Iot.digitaltwin.instanceNodeNotExist",
        "Iot.product.ProductNotFound",
        "Iot.digitaltwin.productAuthticFailed",
        "Iot.device.DeviceNotFound",
        "Iot.digitaltwin.notSupportApiDataSource",
        "Iot.digitaltwin.tooManyRequest",
        "iot.device.CreateDeviceFailed",
        "iot.device.AlreadyExistedDeviceName",
        "LossOfUserInformation",
        "InvalidParameter",
        "InsufficientAuthority",
        "RequestFailed",
        "iot.dap.insight.dataApiNotDeploy",
        "iot.dap.insight.apiQueryParamError",
        "iot.dap.insight.pipelineProcessError",
        "iot.dap.insight.dopQueryApiError",
        "iot.common.InvalidPageParams",
        "Iot.Device.NotExistedDevice",
        "iot.ota.NullOtaModuleName",
        "iot.ota.InvalidOtaModuleName",
        "iot.ota.EmptyDeviceInfoParams",
        "iot.firmware.InvalidTaskStatus",
        "iot.firmware.ListOTATaskByDeviceFailed",
        "iot.device.NotExistedDevice",
        "iot.rule.QueryRulePageActionError",
        "iot.rule.ListDestinationFailed",
        "iot.firmware.AlreadyExistedFirmwareName",
        "iot.ota.FirmwareNotFound",
        "iot.ota.FirmwareAndProductKeyMismatch",
        "iot.ota.TenantIdMisMatch",
        "iot.firmware.FirmwareUdiExceedLimit",
        "iot.firmware.FirmwareDescExceedLimit",
        "iot.firmware.IncorrectFormattedFirmwareName",
        "iot.ota.InstanceIdMisMatch",
        "OrderOpend",
        "AccountTypeRestricted",
        "PermissionDenied",
        "PriceWanHuaTongSys",
        "iot.soundcode.LabelBatchNotExists",
        "iot.soundcode.NoSuccessLabel",
        "iot.rule.scriptSyntaxError",
        "iot.rule.EmptyScript",
        "Thing.Model.Version.Invalid",
        "Iot.common.QueryDeviceActionError",
        "iot.gateway.BackEndServiceInvalid",
        "Iot.device.InvalidIoTId",
        "iot.device.DeviceInstanceInconsistency",
        "iot.common.QueryDevicePropertyActionError",
        "iot.common.QueryManyDevicesActionError",
        "iot.Sre.IotInstanceStatusForbidden",
        "iot.device.InvalidTimeBucket",
        "iot.device.PageTokenIsIllegal",
        "iot.storage.HotStorageIopsReadNotEnough",
        "iot.device.FuzzyRuntimeSearchMinLengthLimit",
        "iot.device.DeviceApplyIsNotFound",
        "iot.speech.InvalidIotProjectCode",
        "RequestParamError",
        "IoT.Common.ParamterError",
        "iot.device.NoPermission",
        "Iot.Device.NoVehicleProtocolDevice",
        "iot.algo.OcrInvokeError",
        "iot.algo.OcrParamInvalid",
        "iot.algo.OcrServiceNotSubscribe",
        "iot.algo.ApiCallOutOfTenantLimit",
        "iot.algo.OcrUrlInvalid",
        "Studio.App.Token.AppHaveNoToken",
        "Studio.App.Token.AppTokenNotActive",
        "iot.soundcode.LabelBatchCanNotBeRetried",
        "iot.ota.FirmwareNotVerified",
        "iot.ota.NotFirmwareOwner",
        "iot.ota.UnmatchedJob",
        "iot.ota.JobCanceled",
        "iot.ota.InvalidJobId",
        "iot.ota.InvalidFirmwareUid",
        "iot.ota.InvalidTaskId",
        "iot.ota.FailedTaskNotFound",
        "iot.ota.InvalidTaskExist",
        "iot.ota.DeviceNotReUpgraded",
        "iot.ota.DeviceNotExist",
        "iot.ota.TooManyOtaTask",
        "iot.rule.EmptyScriptDraft",
        "iot.rule.ScriptLengthExceeds",
        "Studio.Project.FeatureNotSupport",
        "iot.devicespeech.ProjectNotFound",
        "iot.speechsolution.ProjectHasStopped",
        "iot.devicespeech.InvalidDevice",
        "iot.devicespeech.DeviceNotActived",
        "iot.devicespeech.DeviceOffline",
        "iot.devicespeech.RequestLimit",
        "iot.devicespeech.InvalidAudioFormat",
        "iot.devicespeech.InvalidProductKeyAndDeviceName",
        "iot.devicespeech.InvalidDeviceId",
        "iot.speechservice.NotSigned",
        "iot.devicespeech.InvalidSpeechId",
        "iot.devicespeech.ThingModelNotDefine",
        "iot.devicespeech.InvalidLicenseDevice",
        "iot.dap.insight.datetimeNotMatch",
        "iot.dap.insight.needDetectionData",
        "iot.dap.insight.parsedDataError",
        "iot.dap.insight.frozen",
        "iot.rule.DestinationNotBound",
        "iot.rule.StartRuleFailed",
        "iot.rule.NoDataSourceBound",
        "iot.rule.StopRuleFailed",
        "Iot.System.BillIsOverDue",
        "Iot.MessageBroker.EmptySubTopicList",
        "Iot.MessageBroker.TopicTemplateIsNotFound",
        "Iot.MessageBroker.InvalidFormattedTopicName",
        "Iot.Device.NotDeviceOwner",
        "Iot.MessageBroker.BatchSubTopicFailed",
        "Iot.MessageBroker.EmptyUnSubTopicList",
        "iot.ruleng.InstanceNotFound",
        "iot.ruleng.TopicNotFound",
        "iot.ruleng.NullTopicInDatahubProject",
        "iot.ruleng.NullRamRoleName",
        "iot.ruleng.NullRamRoleArn",
        "iot.ruleng.NotFoundProjectInDataHub",
        "iot.ruleng.NullOrEmptySchemaOfTopic",
        "iot.ruleng.IncorrectSchemaValueOfTopic",
        "iot.ruleng.RuleActionConfigurationIsNotJson",
        "iot.ruleng.NullOtsInstanceName",
        "iot.ruleng.NullTableNameInOtsInstance",
        "iot.ruleng.OnlySameRegionSupport",
        "iot.ruleng.NotFoundTableInOtsInstance",
        "iot.ruleng.NullServiceNameInFc",
        "iot.ruleng.NullFunctionNameInFc",
        "iot.ruleng.NotFoundServiceInFc",
        "iot.ruleng.NotFoundFunctionInFc",
        "iot.ruleng.OnlySupportSameRegionRds",
        "iot.messagebroker.NullTopicName",
        "iot.ruleng.InvalidFormattedTagInConfiguration",
        "iot.ruleng.InvalidFormattedShardingKeyInConfiguration",
        "iot.ruleng.NullTopic",
        "iot.ota.StrategyNotFound",
        "iot.ota.noDynamicJob",
        "iot.ota.InvalidBaseSpeedPerMinute",
        "iot.ota.InvalidIncrementFactor",
        "iot.ota.InvalidExponentialRateParameter",
        "iot.ota.InvalidMaximumPerMinute",
        "iot.ota.InvalidUpgradeType",
        "iot.ota.OperationForbidden",
        "iot.ota.InvalidTimeout",
        "iot.ota.InvalidStrategyType",
        "iot.ota.JobHasFinished",
        "iot.ota.JobHasCanceled",
        "iot.ota.taskNotExist",
        "iot.ota.JobTagIsTooLong",
        "iot.ota.InvalidBaseRatePerMinute",
        "iot.ota.InvalidSrcVersionList",
        "iot.ota.EmptySrcVersionList",
        "iot.ota.InvalidConstantSpeedParameter",
        "iot.ota.EmptyNumberOfNotifiedDevicesAndNumberOfSucceedDevices",
        "iot.ota.InvalidNumberOfNotifiedDevicesOrNumberOfSucceedDevices",
        "iot.rule.UpdateRuleFailed",
        "iot.soundcodeschedule.InvalidStatus",
        "iot.soundcodeschedule.InvalidTime",
        "iot.message.broker.TopicConfigNumExceed",
        "iot.device.SetDevicePropertyFailed",
        "iot.messagebroker.HALFCONN",
        "iot.messagebroker.OFFLINE",
        "iot.prod.QueryProductAbilitiesFailed",
        "iot.dataalgo.ScriptMethodNotFound",
        "iot.dataalgo.ScriptExecutionTimeout",
        "iot.dataalgo.ScriptExecutionOomException",
        "iot.dataalgo.ScriptExecutionException",
        "iot.dataalgo.ScriptDataFormatException",
        "iot.dataalgo.ScriptRelationNotExist",
        "iot.tsl.TslParseError",
        "iot.tsl.InvalidFormattedTslError",
        "iot.tsl.InvalidHistoryTimestampError",
        "iot.storage.HotStorageCapacityNotEnough",
        "iot.storage.HotStorageIopsWriteNotEnough",
    ];
    static NAME_CODES: [u32; 339] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
        46, 47, 48, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
        68, 69, 70, 71, 72, 73, 75, 76, 78, 79, 80, 82, 83, 84, 85, 86, 87, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 120, 121, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141,
        142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157,
        158, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
        176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 192, 193, 194,
        195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 214,
        215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230,
        231, 232, 233, 234, 235, 240, 241, 242, 243, 245, 246, 247, 248, 249, 250, 251,
        252, 253, 254, 255, 256, 257, 258, 260, 262, 263, 264, 265, 266, 269, 270, 271,
        272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 285, 286, 287, 288,
        289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304,
        305, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327,
        328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343,
        344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359,
        360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IotDapInsightNoAuthorizationIotDapInsightRequestParamErrorIotDapInsightServerErrorIotDapInsightNotEnoughCuIotDapInsightNotEnoughStorageIotSpeechInvalidIotInstanceIdIotSystemSystemExceptionIotCheckInvalidFormattedParameterIotDapInsightUnknownExceptionIotDapInsightExceedSubscribeNumberIotDapInsightBizExceptionNotSpecifiedIotSharetaskEmptyShareDeviceIotSharetaskShareDeviceProcessingIotSharetaskImportDevicePartFailIotProdNullProductKeyIotProdInvalidFormattedProductkeyIotDeviceNullDeviceNameIotDeviceInvalidFormattedDeviceNameIotDeviceInactiveDeviceIotDeviceOfflineDeviceIotDeviceNotExistedDeviceIotSystemIllegalRequestIotRuleDestinationNotExistsIotRuleNotFoundRuleIotRuleSameDestinationExistedIotRulengOnlyAllowOneErrorActionIotRuleTooManyRuleActionIotRuleDestinationNotAvailableIotRuleDataSourceNotExistsIotDeviceTooManyDeviceNamesPerRequestIotDeviceNoneDeviceNameElementIotDeviceInvalidDeviceParamsIotSoundcodescheduleNotExistsIotSoundcodeInvalidLabelBatchDescriptionIotSoundcodeInvalidIotInstanceIdIotSoundcodeserviceNotSignedIotSoundcodeEncodeLimitIotSoundcodeInvalidLabelIotDeviceInvalidParamsIotProvisioningTaskNotExistIotProvisioningInvalidDistributionStatusIotDeviceApplyManyDevicesFailedIotDeviceDeviceNumerExceedTenantIotCommonInvalidTenantIotDeviceInvalidFormattedDeviceNameInNameArrayIotProdInvalidProductAuthTypeIotRtcServiceNotSignedIotRtcInvalidProductKeyIotRtcLicenseProductRelationNonexistIotRtcLicenseQuotaLackIotVasEmptyLicenseDeviceListIotRtcInvalidLicenseCodeIotRtcLicenseDeviceAuthorizationExecutingIotRtcLicenseProductRelationExistIotDeviceNotSupportExemptionValidateTypeIotProdNotExistedProductIotProdQueryProductPropertyFailedIotDigitaltwinDtInstanceInvalidThingTypeIotCheckNullParameterIotDeviceCanNotSetReadOnlyPropertyIotDeviceDeviceIsDisableIotDeviceInvalidIoTIdIotProdQueryPropertyNotFoundIotDeviceClearPropertyDesiredFailedIotProdQueryProductAbilitiesNotFoundIotProdNullAbilityIdentifierIotSecuretunnelTunnelNotExistIotSecuretunnelInstanceIdMismatchRequestParamErrorProductNotFoundDistributeThingModuleNoEditProductAuthrightIllegalThingModelNotFoundServerErrorProductHasPublishedCategoryNotSameIotSoundcodeInvalidParamIotCommonInvalidFormattedParameterIotCommonQueryProductActionErrorIotRuleItemExceedsLimitIotRuleDataSourceItemExistsIotCommonTooManyRequestIotRulengNullRuleActionConfigIotRulengNullRuleActionTypeIotRulengInvalidRamRoleIotRuleDestinationCountExceedIotRuleDestinationNameExistedIotRuleInvalidDestinationNameIotRulengRegionNotSupportRuleForwardCloudProductIotRulengIncorrectRegionNameIotConsumerGroupInvalidConsumerGroupIdIotRulengNullProjectOfDatahubIotRulengNotFoundTopicInDataHubProjectIotRulengNotFoundVpcInstanceIotGroupDynamicGroupMatchedDeviceCountExceedMaxIotGroupGroupCountExceedMaxIotDevicesearchInvalidSqlErrorIotDevicesearchInvalidSqlOffsetErrorIotDevicesearchInvalidSqlFieldErrorIotDevicesearchInvalidSqlConditionErrorIotDevicesearchInvalidSqlOrderErrorIotDevicesearchInvalidSqlOperatorTypeErrorIotDevicesearchInvalidSqlParamErrorIotDevicesearchInvalidSqlIdentfierErrorIotGroupInvalidGroupNameIotGroupLongGroupDescErrorIotGroupSuperGroupUnsupportIotCommonApiNotSupportedInInstanceIotGroupGroupNameExistedIotGroupCreateGroupFailedIotDeviceRegionNotSupportDynamicGroupIotDatabusSearchIndexConfigNotFoundIotSecuretunnelParamInvalidIotSecuretunnelDescriptionTooLongIotSecuretunnelUdiTooLongIotSecuretunnelTunnelAmountExceedByDeviceIotSecuretunnelTunnelAmountExceedByInstanceIotSecuretunnelDeviceNotExistIotSecuretunnelDeviceNotOnlineIotSecuretunnelDeviceNotSpecifiedIotSecuretunnelTunnelQuotaExhaustedIotDapInsightQueryTimeMoreThanQueryDaysIotDapInsightProcessDownloadJobMoreConcurrenceCountIotDapInsightDownloadTimesUpperLimitIotDapInsightDownloadTaskNumUpperLimitIotRuleCreateRuleExceptionIotRuleInvalidRuleNameIotRuleConnectorCountExceedIotRuleConnectorIsAlreadyExistedIotRuleDataSourceCountExceedIotRuleDataSourceExistsIotRuleInvalidDataSourceNameIotScheduleperiodInvalidIotInstanceIdIotScheduleperiodInvalidTimeIotScheduleperiodInvalidDescIotSoundcodeInvalidSoundCodeContentIotSoundcodeSensitiveContentIotScheduleperiodConflictTimeIotScheduleperiodConflictWithScheduleTimeIotScheduleperiodLimitExceededIotSoundcodeInvalidSoundCodeDurationIotSoundcodeInvalidNameIotSoundcodeAlreadyExistsNameIotSoundcodeAlreadyExistsLabelIotSoundcodescheduleInvalidDescIotSoundcodescheduleInvalidNameIotSoundcodescheduleAlreadyExistsNameIotSoundcodescheduleInvalidIotInstanceIdIotSoundcodescheduleLimitExceededIotSoundcodescheduleInvalidDateIotMessageBrokerParamCheckErrorIotMessageBrokerProductCheckErrorIotMessageBrokerSystemErrorIotMessagebrokerInvalidPubTopicFormatIotMessagebrokerInvalidOperationWithBroadcastIotMessagebrokerInvalidTopicWithBroadcastIotMessagebrokerInvalidOperationWithProxySubscribeIotMessagebrokerInvalidTopicWithProxySubscribeIotMessagebrokerInvalidTopicWithCodecIotMessagebrokerInvalidInstanceWithCodecIotRuleDataSourceItemNotExistsIotSystemSystemErrorIotRuleNotFoundRuleActionIotRuleDestinationInUsingIotGroupNullGroupIdIotGroupNotExistedGroupIotCommonRamActionPermissionDenyIotGroupQueryGroupInfoFailedIotGroupDeleteGroupFailedIotSecuretunnelIllegalStateIotRuleDeleteRuleFailedIotRulengRuleAlreadyIsStartedIotRuleDataSourceBoundedIotScheduleperiodNotExistsIotSoundcodeInvalidSoundCodeIotSoundcodeNotExistsIotSoundcodeLabelNotExistsIotScheduleperiodAlreadyExistsIotDapInsightDataStoreTableHasNotBeenInitIotDapInsightMustSetAtLeastOnePrimaryKeyIotRuleQueryRuleFailedIotSystemInstanceNotFoundIotCommonAuthActionPermissionDenyIotGisInvalidRequestParamIotGisInvalidParamSizeIotGisLbsBasicFalseIotDigitaltwinRequestParamErrorIotDigitaltwinInstanceNotFoundIotDigitaltwinInstanceNodeNotExistIotProductProductNotFoundIotDigitaltwinProductAuthticFailedIotDeviceDeviceNotFoundIotDigitaltwinNotSupportApiDataSourceIotDigitaltwinTooManyRequestIotDeviceCreateDeviceFailedIotDeviceAlreadyExistedDeviceNameIotDapInsightDataApiNotDeployIotDapInsightApiQueryParamErrorIotDapInsightPipelineProcessErrorIotDapInsightDopQueryApiErrorIotCommonInvalidPageParamsIotDeviceNotExistedDevice2IotOtaNullOtaModuleNameIotOtaInvalidOtaModuleNameIotOtaEmptyDeviceInfoParamsIotFirmwareInvalidTaskStatusIotFirmwareListOtaTaskByDeviceFailedIotDeviceNotExistedDevice3IotRuleQueryRulePageActionErrorIotRuleListDestinationFailedIotFirmwareAlreadyExistedFirmwareNameIotOtaFirmwareNotFoundIotOtaFirmwareAndProductKeyMismatchIotOtaTenantIdMisMatchIotFirmwareFirmwareUdiExceedLimitIotFirmwareFirmwareDescExceedLimitIotFirmwareIncorrectFormattedFirmwareNameIotOtaInstanceIdMisMatchIotSoundcodeLabelBatchNotExistsIotSoundcodeNoSuccessLabelIotRuleScriptSyntaxErrorIotRuleEmptyScriptIotCommonQueryDeviceActionErrorIotGatewayBackEndServiceInvalidIotDeviceInvalidIoTId2IotDeviceDeviceInstanceInconsistencyIotCommonQueryDevicePropertyActionErrorIotCommonQueryManyDevicesActionErrorIotSreIotInstanceStatusForbiddenIotDeviceInvalidTimeBucketIotDevicePageTokenIsIllegalIotStorageHotStorageIopsReadNotEnoughIotDeviceFuzzyRuntimeSearchMinLengthLimitIotDeviceDeviceApplyIsNotFoundIotSpeechInvalidIotProjectCodeRequestParamError2IotDeviceNoPermissionIotAlgoOcrInvokeErrorIotAlgoOcrParamInvalidIotAlgoOcrServiceNotSubscribeIotAlgoApiCallOutOfTenantLimitIotAlgoOcrUrlInvalidIotSoundcodeLabelBatchCanNotBeRetriedIotOtaFirmwareNotVerifiedIotOtaNotFirmwareOwnerIotOtaUnmatchedJobIotOtaJobCanceledIotOtaInvalidJobIdIotOtaInvalidFirmwareUidIotOtaInvalidTaskIdIotOtaFailedTaskNotFoundIotOtaInvalidTaskExistIotOtaDeviceNotReUpgradedIotOtaDeviceNotExistIotOtaTooManyOtaTaskIotRuleEmptyScriptDraftIotRuleScriptLengthExceedsIotDevicespeechProjectNotFoundIotSpeechsolutionProjectHasStoppedIotDevicespeechInvalidDeviceIotDevicespeechDeviceNotActivedIotDevicespeechDeviceOfflineIotDevicespeechRequestLimitIotDevicespeechInvalidAudioFormatIotDevicespeechInvalidProductKeyAndDeviceNameIotDevicespeechInvalidDeviceIdIotSpeechserviceNotSignedIotDevicespeechInvalidSpeechIdIotDevicespeechThingModelNotDefineIotDevicespeechInvalidLicenseDeviceIotDapInsightDatetimeNotMatchIotDapInsightNeedDetectionDataIotDapInsightParsedDataErrorIotDapInsightFrozenIotRuleDestinationNotBoundIotRuleStartRuleFailedIotRuleNoDataSourceBoundIotRuleStopRuleFailedIotRulengInstanceNotFoundIotRulengTopicNotFoundIotRulengNullTopicInDatahubProjectIotRulengNullRamRoleNameIotRulengNullRamRoleArnIotRulengNotFoundProjectInDataHubIotRulengNullOrEmptySchemaOfTopicIotRulengIncorrectSchemaValueOfTopicIotRulengRuleActionConfigurationIsNotJsonIotRulengNullOtsInstanceNameIotRulengNullTableNameInOtsInstanceIotRulengOnlySameRegionSupportIotRulengNotFoundTableInOtsInstanceIotRulengNullServiceNameInFcIotRulengNullFunctionNameInFcIotRulengNotFoundServiceInFcIotRulengNotFoundFunctionInFcIotRulengOnlySupportSameRegionRdsIotMessagebrokerNullTopicNameIotRulengInvalidFormattedTagInConfigurationIotRulengInvalidFormattedShardingKeyInConfigurationIotRulengNullTopicIotOtaStrategyNotFoundIotOtaNoDynamicJobIotOtaInvalidBaseSpeedPerMinuteIotOtaInvalidIncrementFactorIotOtaInvalidExponentialRateParameterIotOtaInvalidMaximumPerMinuteIotOtaInvalidUpgradeTypeIotOtaOperationForbiddenIotOtaInvalidTimeoutIotOtaInvalidStrategyTypeIotOtaJobHasFinishedIotOtaJobHasCanceledIotOtaTaskNotExistIotOtaJobTagIsTooLongIotOtaInvalidBaseRatePerMinuteIotOtaInvalidSrcVersionListIotOtaEmptySrcVersionListIotOtaInvalidConstantSpeedParameterIotOtaEmptyNumberOfNotifiedDevicesAndNumberOfSucceedDevicesIotOtaInvalidNumberOfNotifiedDevicesOrNumberOfSucceedDevicesIotRuleUpdateRuleFailedIotSoundcodescheduleInvalidStatusIotSoundcodescheduleInvalidTimeIotMessageBrokerTopicConfigNumExceedIotDeviceSetDevicePropertyFailedIotMessagebrokerHalfconnIotMessagebrokerOfflineIotProdQueryProductAbilitiesFailedIotDataalgoScriptMethodNotFoundIotDataalgoScriptExecutionTimeoutIotDataalgoScriptExecutionOomExceptionIotDataalgoScriptExecutionExceptionIotDataalgoScriptDataFormatExceptionIotDataalgoScriptRelationNotExistIotTslTslParseErrorIotTslInvalidFormattedTslErrorIotTslInvalidHistoryTimestampErrorIotStorageHotStorageCapacityNotEnoughIotStorageHotStorageIopsWriteNotEnough",
        ends: &[
            0, 28, 58, 82, 106, 135, 164, 188, 221, 250, 284, 321, 349, 382, 414, 435,
            468, 491, 526, 549, 571, 596, 619, 646, 665, 694, 726, 750, 780, 806, 843,
            873, 901, 930, 970, 1002, 1030, 1053, 1077, 1099, 1126, 1166, 1197, 1229,
            1251, 1297, 1326, 1348, 1371, 1407, 1429, 1457, 1481, 1522, 1555, 1595, 1619,
            1652, 1692, 1713, 1747, 1771, 1792, 1820, 1855, 1891, 1919, 1948, 1981, 1998,
            2013, 2040, 2063, 2081, 2092, 2111, 2126, 2150, 2184, 2216, 2239, 2266, 2289,
            2318, 2345, 2368, 2397, 2426, 2455, 2503, 2531, 2569, 2598, 2636, 2664, 2711,
            2738, 2768, 2804, 2839, 2878, 2913, 2955, 2990, 3029, 3053, 3079, 3106, 3140,
            3164, 3189, 3226, 3261, 3288, 3321, 3346, 3387, 3430, 3459, 3489, 3522, 3557,
            3596, 3647, 3683, 3721, 3747, 3769, 3796, 3828, 3856, 3879, 3907, 3944, 3972,
            4000, 4035, 4063, 4092, 4133, 4163, 4199, 4222, 4251, 4281, 4312, 4343, 4380,
            4420, 4453, 4484, 4515, 4548, 4575, 4612, 4657, 4698, 4748, 4794, 4831, 4871,
            4901, 4921, 4946, 4971, 4990, 5013, 5045, 5073, 5098, 5125, 5148, 5177, 5201,
            5227, 5255, 5276, 5302, 5332, 5373, 5413, 5435, 5460, 5493, 5518, 5540, 5559,
            5590, 5620, 5654, 5679, 5713, 5736, 5773, 5801, 5828, 5861, 5890, 5921, 5954,
            5983, 6009, 6035, 6058, 6084, 6111, 6139, 6175, 6201, 6232, 6260, 6297, 6319,
            6354, 6376, 6409, 6443, 6484, 6508, 6539, 6565, 6589, 6607, 6638, 6669, 6691,
            6727, 6766, 6802, 6834, 6860, 6887, 6924, 6965, 6995, 7025, 7043, 7064, 7085,
            7107, 7136, 7166, 7186, 7223, 7248, 7270, 7288, 7305, 7323, 7347, 7366, 7390,
            7412, 7437, 7457, 7477, 7500, 7526, 7556, 7590, 7618, 7649, 7677, 7704, 7737,
            7782, 7812, 7837, 7867, 7901, 7936, 7965, 7995, 8023, 8042, 8068, 8090, 8114,
            8135, 8160, 8182, 8216, 8240, 8263, 8296, 8329, 8365, 8406, 8434, 8469, 8499,
            8534, 8562, 8591, 8619, 8648, 8681, 8710, 8753, 8804, 8822, 8844, 8862, 8893,
            8921, 8958, 8987, 9011, 9035, 9055, 9080, 9100, 9120, 9138, 9159, 9189, 9216,
            9241, 9276, 9335, 9395, 9418, 9451, 9482, 9518, 9550, 9574, 9597, 9631, 9662,
            9695, 9733, 9768, 9804, 9837, 9856, 9886, 9920, 9957, 9995,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Iot: dap, insight, no authorization.Iot: dap, insight, request param error.Iot: dap, insight, server error.Iot: dap, insight, not enough CU.Iot: dap, insight, not enough storage.Iot: speech, invalid iot instance id.Iot: system, system exception.Iot: check, invalid formatted parameter.Iot: dap, insight, unknown exception.Iot: dap, insight, exceed subscribe number.Iot: dap, insight, biz exception not specified.Iot: sharetask, empty share device.Iot: sharetask, share device processing.Iot: sharetask, import device part fail.Iot: prod, null product key.Iot: prod, invalid formatted productkey.Iot: device, null device name.Iot: device, invalid formatted device name.Iot: device, inactive device.Iot: device, offline device.Iot: device, not existed device.Iot: system, illegal request.Iot: rule, destination not exists.Iot: rule, not found rule.Iot: rule, same destination existed.Iot: ruleng, only allow one error action.Iot: rule, too many rule action.Iot: rule, destination not available.Iot: rule, data source not exists.Io t: common, null parameter.Studio: device, batch add devices to project failed.Studio: product, bind failed.Iot: device, too many device names per request.Iot: device, none device name element.Iot: device, invalid device params.Iot: soundcodeschedule, not exists.Iot: soundcode, invalid label batch description.Iot: soundcode, invalid iot instance id.Iot: soundcodeservice, not signed.Iot: soundcode, encode limit.Iot: soundcode, invalid label.Iot: device, invalid params.Iot: provisioning, task not exist.Iot: provisioning, invalid distribution status.Iot: device, apply many devices failed.Iot: device, device numer exceed tenant.Iot: common, invalid tenant.Iot: device, invalid formatted device name in name array.Iot: prod, invalid product auth type.Studio: device, batch remove devices from project failed.Studio: product, unbind failed.Iot: rtc, service, not signed.Iot: rtc, invalid, product, key.Iot: rtc, license, product, relation, nonexist.Iot: rtc, license, quota, lack.Iot: vas, empty license device list.Iot: rtc, invalid, license, code.Iot: rtc, license, device, authorization, executing.Iot: rtc, license, product, relation, exist.Iot: device, not support exemption validate type.Iot: prod, not existed product.Iot: prod, query product property failed.Iot: digitaltwin, DT instance invalid thing type.Iot: check, null parameter.Iot: device, can not set read only property.Iot: device, device is disable.Iot: device, invalid io t id.Iot: prod, query property not found.Iot: device, clear property desired failed.Iot: prod, query product abilities not found.Iot: prod, null ability identifier.Iot: securetunnel, tunnel not exist.Iot: securetunnel, instance id mismatch.Request: param, error.Product: key, invalid.Product: not, found.Distribute: thing, module, no, edit.Thing: model, get, lock, failed.Product: authright, illegal.Thing: model, not, found.Server: error.Thing: model, status, not, final.Product: has, published.Category: not, same.Iot: soundcode, invalid param.Iot: common, invalid formatted parameter.Iot: common, query product action error.Iot: rule, item exceeds limit.Iot: rule, data source item exists.Iot: common, too many request.Iot: ruleng, null rule action config.Iot: ruleng, null rule action type.Iot: ruleng, invalid ram role.Iot: rule, destination count exceed.Iot: rule, destination name existed.Iot: rule, invalid destination name.Iot: ruleng, region not support rule forward cloud product.Iot: ruleng, incorrect region name.Iot: consumer, group, invalid consumer group id.Iot: ruleng, null project of datahub.Iot: ruleng, not found topic in data hub project.Iot: ruleng, not found vpc instance.Iot: group, dynamic group matched device count exceed max.Iot: group, group count exceed max.Iot: devicesearch, invalid SQL error.Iot: devicesearch, invalid SQL offset error.Iot: devicesearch, invalid SQL field error.Iot: devicesearch, invalid SQL condition error.Iot: devicesearch, invalid SQL order error.Iot: devicesearch, invalid SQL operator type error.Iot: devicesearch, invalid SQL param error.Iot: devicesearch, invalid SQL identfier error.Iot: group, invalid group name.Iot: group, long group desc error.Iot: group, super group unsupport.Iot: common, API not supported in instance.Iot: group, group name existed.Iot: group, create group failed.Iot: device, region not support dynamic group.Missing dynamic group expression.Iot: databus, search index config not found.Iot: securetunnel, param invalid.Iot: securetunnel, description too long.Iot: securetunnel, udi too long.Iot: securetunnel, tunnel amount exceed by device.Iot: securetunnel, tunnel amount exceed by instance.Iot: securetunnel, device not exist.Iot: securetunnel, device not online.Iot: securetunnel, device not specified.Iot: securetunnel, tunnel quota exhausted.Iot: dap, insight, query time more than query days.Iot: dap, insight, process download job more concurrence count.Iot: dap, insight, download times upper limit.Iot: dap, insight, download task num upper limit.Iot: rule, create rule exception.Iot: rule, invalid rule name.Iot: rule, connector count exceed.Iot: rule, connector is already existed.Iot: rule, data source count exceed.Iot: rule, data source exists.Iot: rule, invalid data source name.Iot: scheduleperiod, invalid iot instance id.Iot: scheduleperiod, invalid time.Iot: scheduleperiod, invalid desc.Iot: soundcode, invalid sound code content.Iot: soundcode, sensitive content.Iot: scheduleperiod, conflict time.Iot: scheduleperiod, conflict with schedule time.Iot: scheduleperiod, limit exceeded.Iot: soundcode, invalid sound code duration.Iot: soundcode, invalid name.Iot: soundcode, already exists name.Iot: soundcode, already exists label.Iot: soundcodeschedule, invalid desc.Iot: soundcodeschedule, invalid name.Iot: soundcodeschedule, already exists name.Iot: soundcodeschedule, invalid iot instance id.Iot: soundcodeschedule, limit exceeded.Iot: soundcodeschedule, invalid date.Studio: app, domain, domain max num limit.Studio: app, domain, domain already exist.Iot: message, broker, param check error.Iot: message, broker, product check error.Iot: message, broker, system error.Iot: messagebroker, invalid pub topic format.Iot: messagebroker, invalid operation with broadcast.Iot: messagebroker, invalid topic with broadcast.Iot: messagebroker, invalid operation with proxy subscribe.Iot: messagebroker, invalid topic with proxy subscribe.Iot: messagebroker, invalid topic with codec.Iot: messagebroker, invalid instance with codec.Iot: rule, data source item not exists.Iot: system, system error.Iot: rule, not found rule action.Iot: rule, destination in using.Iot: group, null group id.Iot: group, not existed group.Iot: common, ram action permission deny.Iot: group, query group info failed.Iot: group, delete group failed.Iot: securetunnel, illegal state.Iot: rule, delete rule failed.Iot: ruleng, rule already is started.Iot: rule, data source bounded.Iot: scheduleperiod, not exists.Iot: soundcode, invalid sound code.Iot: soundcode, not exists.Iot: soundcode, label not exists.Iot: scheduleperiod, already exists.Studio: app, not exist.Studio: app, domain, domain not exist.Studio: app, domain, domain auth fail.Iot: dap, insight, data store table has not been init.Iot: dap, insight, must set at least one primary key.Iot: rule, query rule failed.Iot: system, instance not found.Iot: common, auth action permission deny.Iot: gis, invalid request param.Iot: gis, invalid param size.Iot: gis, lbs basic false.Iot: digitaltwin, request param error.Iot: digitaltwin, instance not found.Iot: digitaltwin, instance node not exist.Iot: product, product not found.Iot: digitaltwin, product authtic failed.Iot: device, device not found.Iot: digitaltwin, not support api data source.Iot: digitaltwin, too many request.Iot: device, create device failed.Iot: device, already existed device name.Loss of user information.A parameter is invalid.Insufficient authority.Request failed.Iot: dap, insight, data api not deploy.Iot: dap, insight, api query param error.Iot: dap, insight, pipeline process error.Iot: dap, insight, dop query api error.Iot: common, invalid page params.Iot: device, not existed device.Iot: ota, null ota module name.Iot: ota, invalid ota module name.Iot: ota, empty device info params.Iot: firmware, invalid task status.Iot: firmware, list OTA task by device failed.Iot: device, not existed device.Iot: rule, query rule page action error.Iot: rule, list destination failed.Iot: firmware, already existed firmware name.Iot: ota, firmware not found.Iot: ota, firmware and product key mismatch.Iot: ota, tenant id mis match.Iot: firmware, firmware udi exceed limit.Iot: firmware, firmware desc exceed limit.Iot: firmware, incorrect formatted firmware name.Iot: ota, instance id mis match.Order opend.Account type restricted.Permission denied.Price wan hua tong sys.Iot: soundcode, label batch not exists.Iot: soundcode, no success label.Iot: rule, script syntax error.Iot: rule, empty script.Thing: model, version, invalid.Iot: common, query device action error.Iot: gateway, back end service invalid.Iot: device, invalid io t id.Iot: device, device instance inconsistency.Iot: common, query device property action error.Iot: common, query many devices action error.Iot: sre, iot instance status forbidden.Iot: device, invalid time bucket.Iot: device, page token is illegal.Iot: storage, hot storage iops read not enough.Iot: device, fuzzy runtime search min length limit.Iot: device, device apply is not found.Iot: speech, invalid iot project code.Request param error.Io t: common, paramter error.Iot: device, no permission.Iot: device, no vehicle protocol device.Iot: algo, ocr invoke error.Iot: algo, ocr param invalid.Iot: algo, ocr service not subscribe.Iot: algo, api call out of tenant limit.Iot: algo, ocr url invalid.Studio: app, token, app have no token.Studio: app, token, app token not active.Iot: soundcode, label batch can not be retried.Iot: ota, firmware not verified.Iot: ota, not firmware owner.Iot: ota, unmatched job.Iot: ota, job canceled.Iot: ota, invalid job id.Iot: ota, invalid firmware uid.Iot: ota, invalid task id.Iot: ota, failed task not found.Iot: ota, invalid task exist.Iot: ota, device not re upgraded.Iot: ota, device not exist.Iot: ota, too many ota task.Iot: rule, empty script draft.Iot: rule, script length exceeds.Studio: project, feature not support.Iot: devicespeech, project not found.Iot: speechsolution, project has stopped.Iot: devicespeech, invalid device.Iot: devicespeech, device not actived.Iot: devicespeech, device offline.Iot: devicespeech, request limit.Iot: devicespeech, invalid audio format.Iot: devicespeech, invalid product key and device name.Iot: devicespeech, invalid device id.Iot: speechservice, not signed.Iot: devicespeech, invalid speech id.Iot: devicespeech, thing model not define.Iot: devicespeech, invalid license device.Iot: dap, insight, datetime not match.Iot: dap, insight, need detection data.Iot: dap, insight, parsed data error.Iot: dap, insight, frozen.Iot: rule, destination not bound.Iot: rule, start rule failed.Iot: rule, no data source bound.Iot: rule, stop rule failed.Iot: system, bill is over due.Iot: message broker, empty sub topic list.Iot: message broker, topic template is not found.Iot: message broker, invalid formatted topic name.Iot: device, not device owner.Iot: message broker, batch sub topic failed.Iot: message broker, empty un sub topic list.Iot: ruleng, instance not found.Iot: ruleng, topic not found.Iot: ruleng, null topic in datahub project.Iot: ruleng, null ram role name.Iot: ruleng, null ram role arn.Iot: ruleng, not found project in data hub.Iot: ruleng, null or empty schema of topic.Iot: ruleng, incorrect schema value of topic.Iot: ruleng, rule action configuration is not json.Iot: ruleng, null ots instance name.Iot: ruleng, null table name in ots instance.Iot: ruleng, only same region support.Iot: ruleng, not found table in ots instance.Iot: ruleng, null service name in fc.Iot: ruleng, null function name in fc.Iot: ruleng, not found service in fc.Iot: ruleng, not found function in fc.Iot: ruleng, only support same region rds.Iot: messagebroker, null topic name.Iot: ruleng, invalid formatted tag in configuration.Iot: ruleng, invalid formatted sharding key in configuration.Iot: ruleng, null topic.Iot: ota, strategy not found.Iot: ota, no dynamic job.Iot: ota, invalid base speed per minute.Iot: ota, invalid increment factor.Iot: ota, invalid exponential rate parameter.Iot: ota, invalid maximum per minute.Iot: ota, invalid upgrade type.Iot: ota, operation forbidden.Iot: ota, invalid timeout.Iot: ota, invalid strategy type.Iot: ota, job has finished.Iot: ota, job has canceled.Iot: ota, task not exist.Iot: ota, job tag is too long.Iot: ota, invalid base rate per minute.Iot: ota, invalid src version list.Iot: ota, empty src version list.Iot: ota, invalid constant speed parameter.Iot: ota, empty number of notified devices and number of succeed devices.Iot: ota, invalid number of notified devices or number of succeed devices.Iot: rule, update rule failed.Iot: soundcodeschedule, invalid status.Iot: soundcodeschedule, invalid time.Iot: message, broker, topic config num exceed.Iot: device, set device property failed.Iot: messagebroker, HALFCONN.Iot: messagebroker, OFFLINE.Iot: prod, query product abilities failed.Iot: dataalgo, script method not found.Iot: dataalgo, script execution timeout.Iot: dataalgo, script execution oom exception.Iot: dataalgo, script execution exception.Iot: dataalgo, script data format exception.Iot: dataalgo, script relation not exist.Iot: tsl, tsl parse error.Iot: tsl, invalid formatted tsl error.Iot: tsl, invalid history timestamp error.Iot: storage, hot storage capacity not enough.Iot: storage, hot storage iops write not enough.",
        ends: &[
            0, 36, 75, 107, 140, 178, 215, 245, 285, 322, 365, 412, 447, 487, 527, 555,
            595, 625, 668, 697, 725, 757, 786, 820, 846, 882, 923, 955, 992, 1026, 1055,
            1107, 1136, 1183, 1221, 1256, 1291, 1339, 1379, 1413, 1442, 1472, 1500, 1534,
            1581, 1620, 1660, 1688, 1745, 1782, 1839, 1870, 1900, 1932, 1979, 2010, 2046,
            2079, 2131, 2175, 2224, 2255, 2296, 2345, 2372, 2416, 2447, 2476, 2512, 2555,
            2600, 2635, 2671, 2711, 2733, 2755, 2775, 2811, 2843, 2871, 2896, 2910, 2943,
            2967, 2987, 3017, 3058, 3098, 3128, 3163, 3193, 3230, 3265, 3295, 3331, 3367,
            3403, 3462, 3497, 3545, 3582, 3631, 3667, 3725, 3760, 3797, 3841, 3884, 3931,
            3974, 4025, 4068, 4115, 4146, 4180, 4214, 4257, 4288, 4320, 4366, 4399, 4443,
            4476, 4516, 4548, 4598, 4650, 4686, 4723, 4763, 4805, 4856, 4919, 4965, 5014,
            5047, 5076, 5110, 5150, 5186, 5216, 5252, 5297, 5331, 5365, 5408, 5442, 5477,
            5526, 5562, 5606, 5635, 5671, 5708, 5745, 5782, 5826, 5874, 5913, 5950, 5992,
            6034, 6074, 6116, 6151, 6196, 6249, 6298, 6357, 6412, 6457, 6505, 6544, 6570,
            6603, 6635, 6661, 6691, 6731, 6767, 6799, 6832, 6862, 6899, 6930, 6962, 6997,
            7024, 7057, 7093, 7116, 7154, 7192, 7246, 7299, 7328, 7360, 7401, 7433, 7462,
            7488, 7526, 7563, 7605, 7637, 7678, 7708, 7754, 7789, 7823, 7864, 7889, 7912,
            7935, 7950, 7989, 8030, 8072, 8111, 8144, 8176, 8207, 8241, 8276, 8311, 8357,
            8389, 8429, 8464, 8509, 8538, 8582, 8612, 8653, 8695, 8744, 8776, 8788, 8812,
            8830, 8853, 8892, 8925, 8956, 8980, 9011, 9050, 9089, 9118, 9161, 9209, 9254,
            9294, 9327, 9362, 9409, 9460, 9499, 9537, 9557, 9586, 9613, 9653, 9681, 9710,
            9747, 9787, 9814, 9852, 9893, 9940, 9972, 10001, 10025, 10048, 10073, 10104,
            10130, 10162, 10191, 10224, 10251, 10279, 10309, 10342, 10379, 10416, 10457,
            10491, 10529, 10563, 10596, 10636, 10691, 10728, 10759, 10796, 10838, 10880,
            10918, 10957, 10994, 11020, 11053, 11082, 11114, 11142, 11172, 11214, 11263,
            11313, 11343, 11387, 11432, 11464, 11493, 11536, 11568, 11599, 11642, 11685,
            11730, 11781, 11817, 11862, 11900, 11945, 11982, 12020, 12057, 12095, 12137,
            12173, 12225, 12286, 12310, 12339, 12364, 12404, 12439, 12484, 12521, 12552,
            12582, 12608, 12640, 12667, 12694, 12719, 12749, 12788, 12823, 12856, 12899,
            12972, 13046, 13076, 13115, 13152, 13198, 13238, 13267, 13295, 13337, 13376,
            13416, 13462, 13504, 13548, 13589, 13615, 13653, 13695, 13741, 13789,
        ],
    };
    static STATUSES: [u16; 361] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 429, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 375] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
        42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61,
        62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
        82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 154, 155, 156, 157, 158, 158, 158, 159, 160, 161, 162, 163,
        164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179,
        180, 181, 182, 183, 184, 185, 186, 186, 186, 186, 187, 188, 189, 190, 191, 192,
        193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 202, 202, 203, 204, 205, 206,
        207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222,
        223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238,
        239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 248, 249, 250, 250, 251, 252,
        253, 254, 255, 256, 257, 257, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266,
        267, 268, 269, 270, 271, 272, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281,
        282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297,
        298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313,
        314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329,
        330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345,
        346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361,
    ];
    static RETRY: [::cloud_errors::Retry; 374] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 374] = ::cloud_errors::__private::category_column(
        b"ccccccccccmccccccccccccccccccbccccccccghcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbbccccccccccccccccccccccccccccbbbccccccccccccccccbbccccccccccccccccccccccccccccccccccccccccccccccbccbcccccccbbcccccccccccccccbcccccccccccccccccccccccccgmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 94] = [
        48, 71, 4, 17, 0, 1, 0, 30, 4, 2, 47, 1, 0, 1, 7, 0, 104, 26, 7, 1, 5, 4, 23, 4,
        2, 2, 18, 15, 22, 41, 1, 89, 1, 0, 0, 4, 16, 30, 34, 115, 6, 53, 4, 20, 79, 27,
        0, 12, 70, 8, 75, 15, 0, 1, 3, 10, 14, 0, 3, 39, 1, 15, 0, 45, 40, 5, 6, 4, 8,
        40, 11, 2, 257, 14, 15, 18, 34, 93, 133, 16, 40, 111, 123, 1, 31, 499, 59, 32, 1,
        5, 29, 105, 10, 759,
    ];
    static SLOTS: [(&str, u32); 415] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            359, 58, 4294967295, 258, 179, 29, 4294967295, 4294967295, 264, 7, 131, 53,
            16, 247, 303, 360, 341, 169, 34, 92, 103, 254, 291, 151, 44, 355, 290, 281,
            304, 212, 4294967295, 251, 307, 75, 31, 210, 219, 316, 248, 196, 102, 165,
            4294967295, 22, 282, 249, 373, 24, 101, 364, 170, 289, 158, 363, 156,
            4294967295, 300, 112, 242, 335, 4294967295, 71, 298, 299, 182, 37, 193, 331,
            123, 361, 350, 93, 95, 152, 176, 10, 21, 51, 328, 121, 4294967295, 320, 27,
            135, 1, 146, 223, 234, 119, 255, 265, 47, 142, 178, 79, 4294967295,
            4294967295, 296, 345, 4294967295, 343, 285, 110, 20, 207, 224, 195,
            4294967295, 55, 275, 86, 140, 57, 190, 107, 326, 48, 301, 76, 184, 208, 38,
            305, 40, 4294967295, 78, 221, 133, 337, 33, 347, 370, 0, 232, 256, 236, 143,
            239, 120, 321, 336, 68, 19, 218, 244, 173, 49, 84, 148, 357, 216, 371, 250,
            26, 70, 80, 4294967295, 132, 175, 311, 4294967295, 306, 15, 64, 153, 352,
            215, 187, 231, 4294967295, 4294967295, 229, 163, 209, 39, 338, 199, 50, 288,
            292, 72, 362, 367, 4294967295, 139, 9, 246, 197, 4294967295, 81, 164, 241,
            286, 177, 369, 235, 109, 32, 312, 100, 342, 201, 271, 54, 111, 4294967295,
            332, 155, 73, 372, 6, 263, 268, 134, 4294967295, 283, 99, 4294967295, 214,
            4294967295, 147, 66, 351, 4294967295, 4294967295, 293, 252, 117, 69, 8, 74,
            206, 2, 203, 116, 340, 4294967295, 198, 154, 36, 4294967295, 56, 91, 166,
            160, 188, 181, 262, 228, 82, 200, 358, 161, 4, 124, 319, 295, 310, 137, 87,
            138, 96, 185, 157, 226, 28, 353, 106, 330, 3, 105, 227, 159, 126, 60, 63,
            348, 42, 245, 18, 368, 4294967295, 297, 261, 4294967295, 94, 334, 118, 204,
            108, 46, 85, 129, 270, 322, 325, 259, 211, 83, 17, 168, 11, 104, 308, 317,
            230, 12, 284, 273, 150, 191, 88, 266, 98, 25, 13, 62, 171, 194, 267, 115,
            240, 4294967295, 277, 4294967295, 274, 220, 186, 309, 52, 314, 174,
            4294967295, 183, 366, 225, 253, 30, 172, 59, 4294967295, 4294967295, 327,
            354, 4294967295, 45, 4294967295, 149, 278, 189, 113, 14, 4294967295, 318,
            144, 324, 192, 43, 344, 130, 65, 222, 167, 89, 313, 315, 217, 162, 90, 136,
            127, 61, 67, 23, 279, 356, 202, 339, 145, 125, 346, 365, 294, 238, 329,
            4294967295, 272, 233, 333, 276, 205, 141, 5, 213, 257, 243, 260, 302, 122,
            4294967295, 180, 280, 114, 323, 349, 4294967295, 128, 269, 77, 237, 287,
            4294967295, 41, 35, 97,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Alibaba Cloud Iot";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Iot's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Iot: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
