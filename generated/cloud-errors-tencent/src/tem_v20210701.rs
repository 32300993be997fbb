// @generated from catalogs/tencent/tem_v20210701.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TEM v20210701: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TEM v20210701: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ActionReadTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action read timeout.
    FailedOperationActionReadTimeout,
    /// `FailedOperation.CreateServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create service error.
    FailedOperationCreateServiceError,
    /// `FailedOperation.DefaultInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: default internal error.
    FailedOperationDefaultInternalError,
    /// `FailedOperation.DeleteServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete service error.
    FailedOperationDeleteServiceError,
    /// `FailedOperation.DescribeIngressListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe ingress list error.
    FailedOperationDescribeIngressListError,
    /// `FailedOperation.DescribeRunPodListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe run pod list error.
    FailedOperationDescribeRunPodListError,
    /// `FailedOperation.DescribeServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe service error.
    FailedOperationDescribeServiceError,
    /// `FailedOperation.DescribeServiceListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe service list error.
    FailedOperationDescribeServiceListError,
    /// `FailedOperation.UpdateIngressError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update ingress error.
    FailedOperationUpdateIngressError,
    /// `InternalError.ActionReadTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: action read timeout.
    InternalErrorActionReadTimeout,
    /// `InternalError.AddNewNodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: add new node error.
    InternalErrorAddNewNodeError,
    /// `InternalError.CreateApmResourceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create apm resource error.
    InternalErrorCreateApmResourceError,
    /// `InternalError.CreateConfigDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create config data error.
    InternalErrorCreateConfigDataError,
    /// `InternalError.CreateEksClusterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create eks cluster error.
    InternalErrorCreateEksClusterError,
    /// `InternalError.CreateLogConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create log config error.
    InternalErrorCreateLogConfigError,
    /// `InternalError.CreateServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create service error.
    InternalErrorCreateServiceError,
    /// `InternalError.DefaultInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: default internal error.
    InternalErrorDefaultInternalError,
    /// `InternalError.DeleteIngressError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete ingress error.
    InternalErrorDeleteIngressError,
    /// `InternalError.DeleteLogConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete log config error.
    InternalErrorDeleteLogConfigError,
    /// `InternalError.DeleteServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete service error.
    InternalErrorDeleteServiceError,
    /// `InternalError.DeployVersionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: deploy version error.
    InternalErrorDeployVersionError,
    /// `InternalError.DescribeConfigDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe config data error.
    InternalErrorDescribeConfigDataError,
    /// `InternalError.DescribeConfigDataListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe config data list error.
    InternalErrorDescribeConfigDataListError,
    /// `InternalError.DescribeIngressError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe ingress error.
    InternalErrorDescribeIngressError,
    /// `InternalError.DescribeIngressListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe ingress list error.
    InternalErrorDescribeIngressListError,
    /// `InternalError.DescribeLogConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe log config error.
    InternalErrorDescribeLogConfigError,
    /// `InternalError.DescribeLogConfigListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe log config list error.
    InternalErrorDescribeLogConfigListError,
    /// `InternalError.DescribeRunPodListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe run pod list error.
    InternalErrorDescribeRunPodListError,
    /// `InternalError.DescribeServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe service error.
    InternalErrorDescribeServiceError,
    /// `InternalError.DescribeServiceIngressError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe service ingress error.
    InternalErrorDescribeServiceIngressError,
    /// `InternalError.DescribeServiceListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe service list error.
    InternalErrorDescribeServiceListError,
    /// `InternalError.ModifyConfigDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify config data error.
    InternalErrorModifyConfigDataError,
    /// `InternalError.ModifyGatewayIngressError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify gateway ingress error.
    InternalErrorModifyGatewayIngressError,
    /// `InternalError.ModifyLogConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify log config error.
    InternalErrorModifyLogConfigError,
    /// `InternalError.RestartApplicationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: restart application error.
    InternalErrorRestartApplicationError,
    /// `InternalError.StopApplicationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stop application error.
    InternalErrorStopApplicationError,
    /// `InternalError.TagInterfaceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag interface error.
    InternalErrorTagInterfaceError,
    /// `InternalError.UpdateIngressError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update ingress error.
    InternalErrorUpdateIngressError,
    /// `InvalidParameter.ApplicationAccessServiceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: application access service reach maximum.
    InvalidParameterApplicationAccessServiceReachMaximum,
    /// `InvalidParameter.LBServiceCannotSupportTcpUdpSameTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LB service cannot support tcp udp same time.
    InvalidParameterLbServiceCannotSupportTcpUdpSameTime,
    /// `InvalidParameter.MustProvidePortMappingRules`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: must provide port mapping rules.
    InvalidParameterMustProvidePortMappingRules,
    /// `InvalidParameter.ServiceNameNotValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service name not valid.
    InvalidParameterServiceNameNotValid,
    /// `InvalidParameter.ServiceUseReserveSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service use reserve suffix.
    InvalidParameterServiceUseReserveSuffix,
    /// `InvalidParameter.TooManyPortMappingRules`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many port mapping rules.
    InvalidParameterTooManyPortMappingRules,
    /// `InvalidParameter.UnauthorizedOrMissingRole`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unauthorized or missing role.
    InvalidParameterUnauthorizedOrMissingRole,
    /// `InvalidParameter.VpcOverQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc over quota.
    InvalidParameterVpcOverQuota,
    /// `InvalidParameterValue.ApmNotBind`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: apm not bind.
    InvalidParameterValueApmNotBind,
    /// `InvalidParameterValue.ApplicationAccessServiceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application access service reach maximum.
    InvalidParameterValueApplicationAccessServiceReachMaximum,
    /// `InvalidParameterValue.ApplicationServiceAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application service already exist.
    InvalidParameterValueApplicationServiceAlreadyExist,
    /// `InvalidParameterValue.ApplicationServiceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application service not found.
    InvalidParameterValueApplicationServiceNotFound,
    /// `InvalidParameterValue.AtLeastOneScalerRuleShouldBeApplied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: at least one scaler rule should be applied.
    InvalidParameterValueAtLeastOneScalerRuleShouldBeApplied,
    /// `InvalidParameterValue.AutoScalerLargerThanOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: auto scaler larger than one.
    InvalidParameterValueAutoScalerLargerThanOne,
    /// `InvalidParameterValue.AutoScalerNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: auto scaler name invalid.
    InvalidParameterValueAutoScalerNameInvalid,
    /// `InvalidParameterValue.CannotOverWriteOtherApplicationService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cannot over write other application service.
    InvalidParameterValueCannotOverWriteOtherApplicationService,
    /// `InvalidParameterValue.CannotUpdateServiceByBothMethods`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cannot update service by both methods.
    InvalidParameterValueCannotUpdateServiceByBothMethods,
    /// `InvalidParameterValue.ConfigDataAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config data already exist.
    InvalidParameterValueConfigDataAlreadyExist,
    /// `InvalidParameterValue.ConfigDataInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config data invalid.
    InvalidParameterValueConfigDataInvalid,
    /// `InvalidParameterValue.CreateNamespaceUnsupportRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: create namespace unsupport region error.
    InvalidParameterValueCreateNamespaceUnsupportRegionError,
    /// `InvalidParameterValue.CronHpaReplicasInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cron hpa replicas invalid.
    InvalidParameterValueCronHpaReplicasInvalid,
    /// `InvalidParameterValue.DailyCreateNamespaceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: daily create namespace reach maximum.
    InvalidParameterValueDailyCreateNamespaceReachMaximum,
    /// `InvalidParameterValue.DisableScalerBeforeDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disable scaler before delete.
    InvalidParameterValueDisableScalerBeforeDelete,
    /// `InvalidParameterValue.EnvironmentNameImmutable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment name immutable.
    InvalidParameterValueEnvironmentNameImmutable,
    /// `InvalidParameterValue.HpaMetricsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hpa metrics invalid.
    InvalidParameterValueHpaMetricsInvalid,
    /// `InvalidParameterValue.HpaMinMaxInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hpa min max invalid.
    InvalidParameterValueHpaMinMaxInvalid,
    /// `InvalidParameterValue.HpaThresholdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hpa threshold invalid.
    InvalidParameterValueHpaThresholdInvalid,
    /// `InvalidParameterValue.IngressRewriteRequiredHttpsEnable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ingress rewrite required https enable.
    InvalidParameterValueIngressRewriteRequiredHttpsEnable,
    /// `InvalidParameterValue.IngressRulesConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ingress rules conflict.
    InvalidParameterValueIngressRulesConflict,
    /// `InvalidParameterValue.InvalidCronScalerPeriod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cron scaler period.
    InvalidParameterValueInvalidCronScalerPeriod,
    /// `InvalidParameterValue.InvalidDeployVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid deploy version.
    InvalidParameterValueInvalidDeployVersion,
    /// `InvalidParameterValue.InvalidEksServiceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid eks service type.
    InvalidParameterValueInvalidEksServiceType,
    /// `InvalidParameterValue.InvalidEnvName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid env name.
    InvalidParameterValueInvalidEnvName,
    /// `InvalidParameterValue.InvalidEnvValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid env value.
    InvalidParameterValueInvalidEnvValue,
    /// `InvalidParameterValue.InvalidMountPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid mount path.
    InvalidParameterValueInvalidMountPath,
    /// `InvalidParameterValue.InvalidServiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service name.
    InvalidParameterValueInvalidServiceName,
    /// `InvalidParameterValue.InvalidTenantInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tenant info.
    InvalidParameterValueInvalidTenantInfo,
    /// `InvalidParameterValue.JdkVersionRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: jdk version required.
    InvalidParameterValueJdkVersionRequired,
    /// `InvalidParameterValue.LogConfigAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: log config already exist.
    InvalidParameterValueLogConfigAlreadyExist,
    /// `InvalidParameterValue.MustProvidePortMappingRules`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: must provide port mapping rules.
    InvalidParameterValueMustProvidePortMappingRules,
    /// `InvalidParameterValue.NamespaceDuplicateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace duplicate error.
    InvalidParameterValueNamespaceDuplicateError,
    /// `InvalidParameterValue.NamespaceNotBelongToAppid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace not belong to appid.
    InvalidParameterValueNamespaceNotBelongToAppid,
    /// `InvalidParameterValue.NamespaceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace not found.
    InvalidParameterValueNamespaceNotFound,
    /// `InvalidParameterValue.NamespaceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace reach maximum.
    InvalidParameterValueNamespaceReachMaximum,
    /// `InvalidParameterValue.NamespaceResourceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace resource reach maximum.
    InvalidParameterValueNamespaceResourceReachMaximum,
    /// `InvalidParameterValue.OsNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: os not support.
    InvalidParameterValueOsNotSupport,
    /// `InvalidParameterValue.PortDuplicateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: port duplicate error.
    InvalidParameterValuePortDuplicateError,
    /// `InvalidParameterValue.PortIsReserved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: port is reserved.
    InvalidParameterValuePortIsReserved,
    /// `InvalidParameterValue.PostStartNotValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: post start not valid.
    InvalidParameterValuePostStartNotValid,
    /// `InvalidParameterValue.PreStopNotValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pre stop not valid.
    InvalidParameterValuePreStopNotValid,
    /// `InvalidParameterValue.PublicRepoTypeParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: public repo type parameter error.
    InvalidParameterValuePublicRepoTypeParameterError,
    /// `InvalidParameterValue.RegistryNotBind`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: registry not bind.
    InvalidParameterValueRegistryNotBind,
    /// `InvalidParameterValue.ScalerNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scaler name duplicated.
    InvalidParameterValueScalerNameDuplicated,
    /// `InvalidParameterValue.ServiceFoundRunningVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service found running version.
    InvalidParameterValueServiceFoundRunningVersion,
    /// `InvalidParameterValue.ServiceLowerCase`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service lower case.
    InvalidParameterValueServiceLowerCase,
    /// `InvalidParameterValue.ServiceNameDuplicateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service name duplicate error.
    InvalidParameterValueServiceNameDuplicateError,
    /// `InvalidParameterValue.ServiceNotBelongToAppid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service not belong to appid.
    InvalidParameterValueServiceNotBelongToAppid,
    /// `InvalidParameterValue.ServicePodReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service pod reach maximum.
    InvalidParameterValueServicePodReachMaximum,
    /// `InvalidParameterValue.ServiceReachMaximum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service reach maximum.
    InvalidParameterValueServiceReachMaximum,
    /// `InvalidParameterValue.ServiceUseReserveSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service use reserve suffix.
    InvalidParameterValueServiceUseReserveSuffix,
    /// `InvalidParameterValue.TcrEntInstanceNameNotValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tcr ent instance name not valid.
    InvalidParameterValueTcrEntInstanceNameNotValid,
    /// `InvalidParameterValue.TemIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tem id invalid.
    InvalidParameterValueTemIdInvalid,
    /// `InvalidParameterValue.TraitsTracingNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traits tracing not supported.
    InvalidParameterValueTraitsTracingNotSupported,
    /// `InvalidParameterValue.VersionLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: version length limit.
    InvalidParameterValueVersionLengthLimit,
    /// `InvalidParameterValue.VersionLowerCase`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: version lower case.
    InvalidParameterValueVersionLowerCase,
    /// `InvalidParameterValue.VersionRouteRateNotZero`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: version route rate not zero.
    InvalidParameterValueVersionRouteRateNotZero,
    /// `InvalidParameterValue.VpcInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc invalid.
    InvalidParameterValueVpcInvalid,
    /// `MissingParameter.AutoScalerNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: auto scaler name null.
    MissingParameterAutoScalerNameNull,
    /// `MissingParameter.DeployModeNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: deploy mode null.
    MissingParameterDeployModeNull,
    /// `MissingParameter.DeployVersionNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: deploy version null.
    MissingParameterDeployVersionNull,
    /// `MissingParameter.EnvironmentNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: environment name null.
    MissingParameterEnvironmentNameNull,
    /// `MissingParameter.ImgRepoNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: img repo null.
    MissingParameterImgRepoNull,
    /// `MissingParameter.LogsetOrTopicNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: logset or topic null.
    MissingParameterLogsetOrTopicNull,
    /// `MissingParameter.MinMaxNumNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: min max num null.
    MissingParameterMinMaxNumNull,
    /// `MissingParameter.NamespaceIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: namespace id null.
    MissingParameterNamespaceIdNull,
    /// `MissingParameter.PkgNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: pkg name null.
    MissingParameterPkgNameNull,
    /// `MissingParameter.RepoServerNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: repo server null.
    MissingParameterRepoServerNull,
    /// `MissingParameter.ScalerIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: scaler id null.
    MissingParameterScalerIdNull,
    /// `MissingParameter.ServiceIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: service id null.
    MissingParameterServiceIdNull,
    /// `MissingParameter.SvcRepoNotReady`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: svc repo not ready.
    MissingParameterSvcRepoNotReady,
    /// `MissingParameter.TcrEntInstanceNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: tcr ent instance name null.
    MissingParameterTcrEntInstanceNameNull,
    /// `MissingParameter.VpcServiceSubnetNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: vpc service subnet null.
    MissingParameterVpcServiceSubnetNull,
    /// `OperationDenied.BalanceNotEnough`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: balance not enough.
    OperationDeniedBalanceNotEnough,
    /// `OperationDenied.ResourceIsolated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource isolated.
    OperationDeniedResourceIsolated,
    /// `ResourceInUse.EnvironmentAlreadyLocked`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: environment already locked.
    ResourceInUseEnvironmentAlreadyLocked,
    /// `ResourceInUse.ResourceAlreadyLocked`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource already locked.
    ResourceInUseResourceAlreadyLocked,
    /// `ResourceInUse.ResourceAlreadyUsed`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource already used.
    ResourceInUseResourceAlreadyUsed,
    /// `ResourceInUse.ServiceDeploying`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: service deploying.
    ResourceInUseServiceDeploying,
    /// `ResourceNotFound.ConfigDataNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: config data not found.
    ResourceNotFoundConfigDataNotFound,
    /// `ResourceNotFound.InterfaceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: interface not found.
    ResourceNotFoundInterfaceNotFound,
    /// `ResourceNotFound.LogConfigNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: log config not found.
    ResourceNotFoundLogConfigNotFound,
    /// `ResourceNotFound.MicroserviceOffline`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: microservice offline.
    ResourceNotFoundMicroserviceOffline,
    /// `ResourceNotFound.NamespaceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namespace not found.
    ResourceNotFoundNamespaceNotFound,
    /// `ResourceNotFound.ServiceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service not found.
    ResourceNotFoundServiceNotFound,
    /// `ResourceNotFound.ServiceRunningVersionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service running version not found.
    ResourceNotFoundServiceRunningVersionNotFound,
    /// `ResourceNotFound.VersionNamespaceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version namespace not found.
    ResourceNotFoundVersionNamespaceNotFound,
    /// `ResourceNotFound.VersionServiceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version service not found.
    ResourceNotFoundVersionServiceNotFound,
    /// `ResourceUnavailable.ApplicationNotDeletable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: application not deletable.
    ResourceUnavailableApplicationNotDeletable,
    /// `ResourceUnavailable.ApplicationStopped`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: application stopped.
    ResourceUnavailableApplicationStopped,
    /// `ResourceUnavailable.WaitForKruise`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: wait for kruise.
    ResourceUnavailableWaitForKruise,
    /// `UnauthorizedOperation.MissingEksLogRole`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: missing eks log role.
    UnauthorizedOperationMissingEksLogRole,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// `UnsupportedOperation.UnsupportAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupport action.
    UnsupportedOperationUnsupportAction,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 141] = [
        "FailedOperation.ActionReadTimeout",
        "FailedOperation.CreateServiceError",
        "FailedOperation.DefaultInternalError",
        "FailedOperation.DeleteServiceError",
        "FailedOperation.DescribeIngressListError",
        "FailedOperation.DescribeRunPodListError",
        "FailedOperation.DescribeServiceError",
        "FailedOperation.DescribeServiceListError",
        "FailedOperation.UpdateIngressError",
        "InternalError.ActionReadTimeout",
        "InternalError.AddNewNodeError",
        "InternalError.CreateApmResourceError",
        "InternalError.CreateConfigDataError",
        "InternalError.CreateEksClusterError",
        "InternalError.CreateLogConfigError",
        "InternalError.CreateServiceError",
        "InternalError.DefaultInternalError",
        "InternalError.DeleteIngressError",
        "InternalError.DeleteLogConfigError",
        "InternalError.DeleteServiceError",
        "InternalError.DeployVersionError",
        "InternalError.DescribeConfigDataError",
        "InternalError.DescribeConfigDataListError",
        "InternalError.DescribeIngressError",
        "InternalError.DescribeIngressListError",
        "InternalError.DescribeLogConfigError",
        "InternalError.DescribeLogConfigListError",
        "InternalError.DescribeRunPodListError",
        "InternalError.DescribeServiceError",
        "InternalError.DescribeServiceIngressError",
        "InternalError.DescribeServiceListError",
        "InternalError.ModifyConfigDataError",
        "InternalError.ModifyGatewayIngressError",
        "InternalError.ModifyLogConfigError",
        "InternalError.RestartApplicationError",
        "InternalError.StopApplicationError",
        "InternalError.TagInterfaceError",
        "InternalError.UpdateIngressError",
        "InvalidParameter.ApplicationAccessServiceReachMaximum",
        "InvalidParameter.LBServiceCannotSupportTcpUdpSameTime",
        "InvalidParameter.MustProvidePortMappingRules",
        "InvalidParameter.ServiceNameNotValid",
        "InvalidParameter.ServiceUseReserveSuffix",
        "InvalidParameter.TooManyPortMappingRules",
        "InvalidParameter.UnauthorizedOrMissingRole",
        "InvalidParameter.VpcOverQuota",
        "InvalidParameterValue.ApmNotBind",
        "InvalidParameterValue.ApplicationAccessServiceReachMaximum",
        "InvalidParameterValue.ApplicationServiceAlreadyExist",
        "InvalidParameterValue.ApplicationServiceNotFound",
        "InvalidParameterValue.AtLeastOneScalerRuleShouldBeApplied",
        "InvalidParameterValue.AutoScalerLargerThanOne",
        "InvalidParameterValue.AutoScalerNameInvalid",
        "InvalidParameterValue.CannotOverWriteOtherApplicationService",
        "InvalidParameterValue.CannotUpdateServiceByBothMethods",
        "InvalidParameterValue.ConfigDataAlreadyExist",
        "InvalidParameterValue.ConfigDataInvalid",
        "InvalidParameterValue.CreateNamespaceUnsupportRegionError",
        "InvalidParameterValue.CronHpaReplicasInvalid",
        "InvalidParameterValue.DailyCreateNamespaceReachMaximum",
        "InvalidParameterValue.DisableScalerBeforeDelete",
        "InvalidParameterValue.EnvironmentNameImmutable",
        "InvalidParameterValue.HpaMetricsInvalid",
        "InvalidParameterValue.HpaMinMaxInvalid",
        "InvalidParameterValue.HpaThresholdInvalid",
        "InvalidParameterValue.IngressRewriteRequiredHttpsEnable",
        "InvalidParameterValue.IngressRulesConflict",
        "InvalidParameterValue.InvalidCronScalerPeriod",
        "InvalidParameterValue.InvalidDeployVersion",
        "InvalidParameterValue.InvalidEksServiceType",
        "InvalidParameterValue.InvalidEnvName",
        "InvalidParameterValue.InvalidEnvValue",
        "InvalidParameterValue.InvalidMountPath",
        "InvalidParameterValue.InvalidServiceName",
        "InvalidParameterValue.InvalidTenantInfo",
        "InvalidParameterValue.JdkVersionRequired",
        "InvalidParameterValue.LogConfigAlreadyExist",
        "InvalidParameterValue.MustProvidePortMappingRules",
        "InvalidParameterValue.NamespaceDuplicateError",
        "InvalidParameterValue.NamespaceNotBelongToAppid",
        "InvalidParameterValue.NamespaceNotFound",
        "InvalidParameterValue.NamespaceReachMaximum",
        "InvalidParameterValue.NamespaceResourceReachMaximum",
        "InvalidParameterValue.OsNotSupport",
        "InvalidParameterValue.PortDuplicateError",
        "InvalidParameterValue.PortIsReserved",
        "InvalidParameterValue.PostStartNotValid",
        "InvalidParameterValue.PreStopNotValid",
        "InvalidParameterValue.PublicRepoTypeParameterError",
        "InvalidParameterValue.RegistryNotBind",
        "InvalidParameterValue.ScalerNameDuplicated",
        "InvalidParameterValue.ServiceFoundRunningVersion",
        "InvalidParameterValue.ServiceLowerCase",
        "InvalidParameterValue.ServiceNameDuplicateError",
        "InvalidParameterValue.ServiceNotBelongToAppid",
        "InvalidParameterValue.ServicePodReachMaximum",
        "InvalidParameterValue.ServiceReachMaximum",
        "InvalidParameterValue.ServiceUseReserveSuffix",
        "InvalidParameterValue.TcrEntInstanceNameNotValid",
        "InvalidParameterValue.TemIdInvalid",
        "InvalidParameterValue.TraitsTracingNotSupported",
        "InvalidParameterValue.VersionLengthLimit",
        "InvalidParameterValue.VersionLowerCase",
        "InvalidParameterValue.VersionRouteRateNotZero",
        "InvalidParameterValue.VpcInvalid",
        "MissingParameter.AutoScalerNameNull",
        "MissingParameter.DeployModeNull",
        "MissingParameter.DeployVersionNull",
        "MissingParameter.EnvironmentNameNull",
        "MissingParameter.ImgRepoNull",
        "MissingParameter.LogsetOrTopicNull",
        "MissingParameter.MinMaxNumNull",
        "MissingParameter.NamespaceIdNull",
        "MissingParameter.PkgNameNull",
        "MissingParameter.RepoServerNull",
        "MissingParameter.ScalerIdNull",
        "MissingParameter.ServiceIdNull",
        "MissingParameter.SvcRepoNotReady",
        "MissingParameter.TcrEntInstanceNameNull",
        "MissingParameter.VpcServiceSubnetNull",
        "OperationDenied.BalanceNotEnough",
        "OperationDenied.ResourceIsolated",
        "ResourceInUse.EnvironmentAlreadyLocked",
        "ResourceInUse.ResourceAlreadyLocked",
        "ResourceInUse.ResourceAlreadyUsed",
        "ResourceInUse.ServiceDeploying",
        "ResourceNotFound.ConfigDataNotFound",
        "ResourceNotFound.InterfaceNotFound",
        "ResourceNotFound.LogConfigNotFound",
        "ResourceNotFound.MicroserviceOffline",
        "ResourceNotFound.NamespaceNotFound",
        "ResourceNotFound.ServiceNotFound",
        "ResourceNotFound.ServiceRunningVersionNotFound",
        "ResourceNotFound.VersionNamespaceNotFound",
        "ResourceNotFound.VersionServiceNotFound",
        "ResourceUnavailable.ApplicationNotDeletable",
        "ResourceUnavailable.ApplicationStopped",
        "ResourceUnavailable.WaitForKruise",
        "UnauthorizedOperation.MissingEksLogRole",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnsupportedOperation.UnsupportAction",
    ];
    static NAME_CODES: [u32; 1] = [39];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterLbServiceCannotSupportTcpUdpSameTime",
        ends: &[0, 52],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: action read timeout.The operation failed: create service error.The operation failed: default internal error.The operation failed: delete service error.The operation failed: describe ingress list error.The operation failed: describe run pod list error.The operation failed: describe service error.The operation failed: describe service list error.The operation failed: update ingress error.An internal error occurred: action read timeout.An internal error occurred: add new node error.An internal error occurred: create apm resource error.An internal error occurred: create config data error.An internal error occurred: create eks cluster error.An internal error occurred: create log config error.An internal error occurred: create service error.An internal error occurred: default internal error.An internal error occurred: delete ingress error.An internal error occurred: delete log config error.An internal error occurred: delete service error.An internal error occurred: deploy version error.An internal error occurred: describe config data error.An internal error occurred: describe config data list error.An internal error occurred: describe ingress error.An internal error occurred: describe ingress list error.An internal error occurred: describe log config error.An internal error occurred: describe log config list error.An internal error occurred: describe run pod list error.An internal error occurred: describe service error.An internal error occurred: describe service ingress error.An internal error occurred: describe service list error.An internal error occurred: modify config data error.An internal error occurred: modify gateway ingress error.An internal error occurred: modify log config error.An internal error occurred: restart application error.An internal error occurred: stop application error.An internal error occurred: tag interface error.An internal error occurred: update ingress error.A parameter is invalid: application access service reach maximum.A parameter is invalid: LB service cannot support tcp udp same time.A parameter is invalid: must provide port mapping rules.A parameter is invalid: service name not valid.A parameter is invalid: service use reserve suffix.A parameter is invalid: too many port mapping rules.A parameter is invalid: unauthorized or missing role.A parameter is invalid: vpc over quota.A parameter value is invalid: apm not bind.A parameter value is invalid: application access service reach maximum.A parameter value is invalid: application service already exist.A parameter value is invalid: application service not found.A parameter value is invalid: at least one scaler rule should be applied.A parameter value is invalid: auto scaler larger than one.A parameter value is invalid: auto scaler name invalid.A parameter value is invalid: cannot over write other application service.A parameter value is invalid: cannot update service by both methods.A parameter value is invalid: config data already exist.A parameter value is invalid: config data invalid.A parameter value is invalid: create namespace unsupport region error.A parameter value is invalid: cron hpa replicas invalid.A parameter value is invalid: daily create namespace reach maximum.A parameter value is invalid: disable scaler before delete.A parameter value is invalid: environment name immutable.A parameter value is invalid: hpa metrics invalid.A parameter value is invalid: hpa min max invalid.A parameter value is invalid: hpa threshold invalid.A parameter value is invalid: ingress rewrite required https enable.A parameter value is invalid: ingress rules conflict.A parameter value is invalid: invalid cron scaler period.A parameter value is invalid: invalid deploy version.A parameter value is invalid: invalid eks service type.A parameter value is invalid: invalid env name.A parameter value is invalid: invalid env value.A parameter value is invalid: invalid mount path.A parameter value is invalid: invalid service name.A parameter value is invalid: invalid tenant info.A parameter value is invalid: jdk version required.A parameter value is invalid: log config already exist.A parameter value is invalid: must provide port mapping rules.A parameter value is invalid: namespace duplicate error.A parameter value is invalid: namespace not belong to appid.A parameter value is invalid: namespace not found.A parameter value is invalid: namespace reach maximum.A parameter value is invalid: namespace resource reach maximum.A parameter value is invalid: os not support.A parameter value is invalid: port duplicate error.A parameter value is invalid: port is reserved.A parameter value is invalid: post start not valid.A parameter value is invalid: pre stop not valid.A parameter value is invalid: public repo type parameter error.A parameter value is invalid: registry not bind.A parameter value is invalid: scaler name duplicated.A parameter value is invalid: service found running version.A parameter value is invalid: service lower case.A parameter value is invalid: service name duplicate error.A parameter value is invalid: service not belong to appid.A parameter value is invalid: service pod reach maximum.A parameter value is invalid: service reach maximum.A parameter value is invalid: service use reserve suffix.A parameter value is invalid: tcr ent instance name not valid.A parameter value is invalid: tem id invalid.A parameter value is invalid: traits tracing not supported.A parameter value is invalid: version length limit.A parameter value is invalid: version lower case.A parameter value is invalid: version route rate not zero.A parameter value is invalid: vpc invalid.A required parameter is missing: auto scaler name null.A required parameter is missing: deploy mode null.A required parameter is missing: deploy version null.A required parameter is missing: environment name null.A required parameter is missing: img repo null.A required parameter is missing: logset or topic null.A required parameter is missing: min max num null.A required parameter is missing: namespace id null.A required parameter is missing: pkg name null.A required parameter is missing: repo server null.A required parameter is missing: scaler id null.A required parameter is missing: service id null.A required parameter is missing: svc repo not ready.A required parameter is missing: tcr ent instance name null.A required parameter is missing: vpc service subnet null.The operation was denied: balance not enough.The operation was denied: resource isolated.The resource is in use: environment already locked.The resource is in use: resource already locked.The resource is in use: resource already used.The resource is in use: service deploying.The resource was not found: config data not found.The resource was not found: interface not found.The resource was not found: log config not found.The resource was not found: microservice offline.The resource was not found: namespace not found.The resource was not found: service not found.The resource was not found: service running version not found.The resource was not found: version namespace not found.The resource was not found: version service not found.The resource is unavailable: application not deletable.The resource is unavailable: application stopped.The resource is unavailable: wait for kruise.The operation is not authorized: missing eks log role.The operation is not authorized: unauthorized operation.The operation is not supported: unsupport action.",
        ends: &[
            0, 42, 85, 130, 173, 223, 273, 318, 368, 411, 459, 506, 560, 613, 666, 718,
            767, 818, 867, 919, 968, 1017, 1072, 1132, 1183, 1239, 1293, 1352, 1408,
            1459, 1518, 1574, 1627, 1684, 1736, 1790, 1841, 1889, 1938, 2003, 2071, 2127,
            2174, 2225, 2277, 2330, 2369, 2412, 2483, 2547, 2607, 2680, 2738, 2793, 2867,
            2935, 2991, 3041, 3111, 3167, 3234, 3293, 3350, 3400, 3450, 3502, 3570, 3623,
            3680, 3733, 3788, 3835, 3883, 3932, 3983, 4033, 4084, 4139, 4201, 4257, 4317,
            4367, 4421, 4484, 4529, 4580, 4627, 4678, 4727, 4790, 4838, 4891, 4951, 5000,
            5059, 5117, 5173, 5225, 5282, 5344, 5389, 5448, 5499, 5548, 5606, 5648, 5703,
            5753, 5806, 5861, 5908, 5962, 6012, 6063, 6110, 6160, 6208, 6257, 6309, 6369,
            6426, 6471, 6515, 6566, 6614, 6660, 6702, 6752, 6800, 6849, 6898, 6946, 6992,
            7054, 7110, 7164, 7219, 7268, 7313, 7367, 7423, 7472,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 141] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccbbbbaaaaaaaaaccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 141] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccggjjjjeeeeeeeeeiiiggi",
    );
    static PILOTS: [u16; 36] = [
        46, 40, 0, 3, 1, 0, 0, 40, 10, 6, 6, 37, 41, 52, 12, 0, 88, 11, 211, 45, 1, 119,
        2, 120, 1, 9, 32, 2, 4, 27, 37, 3, 52, 26, 18, 1,
    ];
    static SLOTS: [(&str, u32); 156] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            39, 4294967295, 98, 74, 4294967295, 102, 47, 43, 129, 132, 4294967295, 91,
            55, 52, 139, 121, 119, 1, 118, 20, 49, 4294967295, 30, 58, 106, 11, 138,
            4294967295, 7, 126, 50, 51, 57, 111, 32, 2, 63, 17, 108, 53, 29, 72, 86, 45,
            37, 27, 28, 110, 123, 109, 4294967295, 93, 66, 60, 21, 133, 84, 9, 89, 40,
            14, 112, 130, 4294967295, 18, 65, 61, 4294967295, 33, 23, 31, 103, 8, 0, 135,
            15, 25, 97, 4294967295, 24, 114, 12, 69, 10, 35, 3, 67, 5, 41, 68,
            4294967295, 90, 75, 81, 64, 59, 4294967295, 54, 4, 77, 22, 83, 44, 87, 105,
            96, 73, 107, 26, 4294967295, 71, 124, 125, 76, 127, 34, 140, 62, 88, 101,
            104, 113, 116, 115, 46, 56, 94, 4294967295, 6, 80, 99, 13, 78, 82, 120, 16,
            131, 70, 117, 92, 79, 128, 4294967295, 122, 100, 48, 134, 4294967295, 95, 42,
            19, 85, 137, 38, 36, 136,
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
    const PROVIDER: &'static str = "Tencent Cloud TEM v20210701";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TEM v20210701's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TEM v20210701: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
