// @generated from catalogs/alibaba/sae.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud sae: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud sae: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter.NotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not empty.
    InvalidParameterNotEmpty,
    /// `Resouce.no.permission`: HTTP 400; retry: never; category: invalid_argument.
    /// Resouce: no, permission.
    ResouceNoPermission,
    /// `InvalidChangeOrder.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change order: not found.
    InvalidChangeOrderNotFound,
    /// `Application.ChangerOrder.Not.Running`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: changer order, not, running.
    ApplicationChangerOrderNotRunning,
    /// `System.Upgrading`: HTTP 400; retry: never; category: invalid_argument.
    /// System: upgrading.
    SystemUpgrading,
    /// `Application.ChangerOrderRunning`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: changer order running.
    ApplicationChangerOrderRunning,
    /// `InvalidParameter.Obviously`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: obviously.
    InvalidParameterObviously,
    /// `Mamespace.Have.No.Applications`: HTTP 400; retry: never; category: invalid_argument.
    /// Mamespace: have, no, applications.
    MamespaceHaveNoApplications,
    /// `Invalid.App.List.Not.Same.Namespace`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: app, list, not, same, namespace.
    InvalidAppListNotSameNamespace,
    /// `user.indebt`: HTTP 400; retry: never; category: invalid_argument.
    /// User: indebt.
    UserIndebt,
    /// `Slb.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb: not found.
    SlbNotFound,
    /// `InvalidApplication.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid application: not found.
    InvalidApplicationNotFound,
    /// `SlbHttpsCert.NotConsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb https cert: not consistent.
    SlbHttpsCertNotConsistent,
    /// `SlbHttpsCert.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb https cert: not found.
    SlbHttpsCertNotFound,
    /// `SlbListenerPort.NotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb listener port: not available.
    SlbListenerPortNotAvailable,
    /// `SlbListenerType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb listener type: invalid.
    SlbListenerTypeInvalid,
    /// `SlbSpec.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb spec: not support.
    SlbSpecNotSupport,
    /// `SlbType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb type: invalid.
    SlbTypeInvalid,
    /// `SSLCert.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL cert: not found.
    SslCertNotFound,
    /// `Application.InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: invalid status.
    ApplicationInvalidStatus,
    /// `Application.NotDeployYet`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: not deploy yet.
    ApplicationNotDeployYet,
    /// `InvalidParam.ProtocolNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol not support.
    InvalidParamProtocolNotSupport,
    /// `SLBInstanceQuota.OverQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// SLB instance quota: over quota.
    SlbInstanceQuotaOverQuota,
    /// `Slb.Tag.Not.Qualified`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb: tag, not, qualified.
    SlbTagNotQualified,
    /// `Application.NoInstanceAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: no instance available.
    ApplicationNoInstanceAvailable,
    /// `SlbAppVSwitch.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb app v switch: not match.
    SlbAppVSwitchNotMatch,
    /// `InvalidAppId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app id: not found.
    InvalidAppIdNotFound,
    /// `InvalidParameter.WithMessage`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: with message.
    InvalidParameterWithMessage,
    /// `Pipeline.Can.Not.Start.Next.Batch`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline: can, not, start, next, batch.
    PipelineCanNotStartNextBatch,
    /// `Application.MissingJdk`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: missing jdk.
    ApplicationMissingJdk,
    /// `InvalidPackageType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid package type: not found.
    InvalidPackageTypeNotFound,
    /// `JarApplication.MissingJdk`: HTTP 400; retry: never; category: invalid_argument.
    /// Jar application: missing jdk.
    JarApplicationMissingJdk,
    /// `NoAvailableCluster.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// No available cluster: not found.
    NoAvailableClusterNotFound,
    /// `NoComputeResourceQuota.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// No compute resource quota: exceed.
    NoComputeResourceQuotaExceed,
    /// `PandoraApplication.MissingJdk`: HTTP 400; retry: never; category: invalid_argument.
    /// Pandora application: missing jdk.
    PandoraApplicationMissingJdk,
    /// `PandoraApplication.OnlyJdk`: HTTP 400; retry: never; category: invalid_argument.
    /// Pandora application: only jdk.
    PandoraApplicationOnlyJdk,
    /// `InvalidComponent.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component: not found.
    InvalidComponentNotFound,
    /// `InvalidHostnameIp.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hostname ip: invalid.
    InvalidHostnameIpInvalid,
    /// `InvalidInstanceSpecification.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance specification: unsupported.
    InvalidInstanceSpecificationUnsupported,
    /// `InvalidServerlessRegion.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid serverless region: unsupported.
    InvalidServerlessRegionUnsupported,
    /// `WarApplication.MissingJdkWebcontainer`: HTTP 400; retry: never; category: invalid_argument.
    /// War application: missing jdk webcontainer.
    WarApplicationMissingJdkWebcontainer,
    /// `InvalidNamespace.WithUppercase`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid namespace: with uppercase.
    InvalidNamespaceWithUppercase,
    /// `LogService.ConfigQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Log service: config quota exceed.
    LogServiceConfigQuotaExceed,
    /// `LogService.InternalError`: HTTP 400; retry: never; category: invalid_argument.
    /// Log service: internal error.
    LogServiceInternalError,
    /// `LogService.LogDirInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Log service: log dir invalid.
    LogServiceLogDirInvalid,
    /// `LogService.NotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Log service: not available.
    LogServiceNotAvailable,
    /// `LogService.ProjectNumQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Log service: project num quota exceed.
    LogServiceProjectNumQuotaExceed,
    /// `NoComputeResourceQuota.App.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// No compute resource quota: app, exceed.
    NoComputeResourceQuotaAppExceed,
    /// `NoComputeResourceQuota.User.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// No compute resource quota: user, exceed.
    NoComputeResourceQuotaUserExceed,
    /// `VolumnPath.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Volumn path: conflict.
    VolumnPathConflict,
    /// `MountConflict.ConfigMap`: HTTP 400; retry: never; category: invalid_argument.
    /// Mount conflict: config map.
    MountConflictConfigMap,
    /// `NotFound.ConfigMap`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: config map.
    NotFoundConfigMap,
    /// `NotFound.ConfigMapKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: config map key.
    NotFoundConfigMapKey,
    /// `Sls.Config.Mixed.Multi.Project`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: config, mixed, multi, project.
    SlsConfigMixedMultiProject,
    /// `Sls.Config.User.Defined.Missing.Logstore.Info`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: config, user, defined, missing, logstore, info.
    SlsConfigUserDefinedMissingLogstoreInfo,
    /// `Sls.Config.User.Defined.Missing.Project.Info`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: config, user, defined, missing, project, info.
    SlsConfigUserDefinedMissingProjectInfo,
    /// `Sls.Logstore.Name.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: logstore, name, invalid.
    SlsLogstoreNameInvalid,
    /// `Sls.Logstore.User.Defined.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: logstore, user, defined, not, exist.
    SlsLogstoreUserDefinedNotExist,
    /// `Sls.Project.Name.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: project, name, invalid.
    SlsProjectNameInvalid,
    /// `Sls.Project.User.Defined.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: project, user, defined, not, exist.
    SlsProjectUserDefinedNotExist,
    /// `InvalidImageUrl.AcrInstanceId.Domain.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image url: acr instance id, domain, not match.
    InvalidImageUrlAcrInstanceIdDomainNotMatch,
    /// `PhpApplication.MissingPhpRuntime`: HTTP 400; retry: never; category: invalid_argument.
    /// Php application: missing php runtime.
    PhpApplicationMissingPhpRuntime,
    /// `InvalidParameter.FileName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: file name.
    InvalidParameterFileName,
    /// `Sls.Logtail.Name.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: logtail, name, invalid.
    SlsLogtailNameInvalid,
    /// `vswitch.not.exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Vswitch: not, exist.
    VswitchNotExist,
    /// `InvalidImageUrl.MissingAcrInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image url: missing acr instance id.
    InvalidImageUrlMissingAcrInstanceId,
    /// `Associate.Eip.Not.Enough`: HTTP 404; retry: never; category: not_found.
    /// Associate: eip, not, enough.
    AssociateEipNotEnough,
    /// `InvalidNamespaceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid namespace id: not found.
    InvalidNamespaceIdNotFound,
    /// `InvalidVpcId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpc id: not found.
    InvalidVpcIdNotFound,
    /// `InvalidAcrInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid acr instance id: not found.
    InvalidAcrInstanceIdNotFound,
    /// `InstanceExist.ScalingRuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: scaling rule name.
    InstanceExistScalingRuleName,
    /// `InvalidScalingRuleDate.BeginAfterEnd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scaling rule date: begin after end.
    InvalidScalingRuleDateBeginAfterEnd,
    /// `InvalidScalingRuleDate.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scaling rule date: format.
    InvalidScalingRuleDateFormat,
    /// `InvalidScalingRuleName.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scaling rule name: not found.
    InvalidScalingRuleNameNotFound,
    /// `InvalidScalingRuleTime.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scaling rule time: conflict.
    InvalidScalingRuleTimeConflict,
    /// `InvalidScalingRuleTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scaling rule time: format.
    InvalidScalingRuleTimeFormat,
    /// `QuotaExceeded.ScalingRule`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: scaling rule.
    QuotaExceededScalingRule,
    /// `QuotaExceeded.ScalingRuleTime`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: scaling rule time.
    QuotaExceededScalingRuleTime,
    /// `OperationDenied.SDKNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: SDK not supported.
    OperationDeniedSdkNotSupported,
    /// `MinReadyInstances.Not.Smaller.Replicas`: HTTP 400; retry: never; category: invalid_argument.
    /// Min ready instances: not, smaller, replicas.
    MinReadyInstancesNotSmallerReplicas,
    /// `MinReadyInstanceRatio.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Min ready instance ratio: invalid.
    MinReadyInstanceRatioInvalid,
    /// `Exceed.ConfigMap`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed: config map.
    ExceedConfigMap,
    /// `TooMany.Configmap`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many: configmap.
    TooManyConfigmap,
    /// `OperationFailed.RPCError`: HTTP 500; retry: never; category: internal.
    /// Operation failed: RPC error.
    OperationFailedRpcError,
    /// `Exceed.IngressRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed: ingress rule.
    ExceedIngressRule,
    /// `InvalidResponse.Api`: HTTP 404; retry: never; category: not_found.
    /// Invalid response: api.
    InvalidResponseApi,
    /// `InstanceExist.NamespaceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: namespace id.
    InstanceExistNamespaceId,
    /// `InvalidNamespaceId.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid namespace id: format.
    InvalidNamespaceIdFormat,
    /// `InvalidNamespaceIdSuffix.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid namespace id suffix: format.
    InvalidNamespaceIdSuffixFormat,
    /// `InvalidNamespaceName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid namespace name: format.
    InvalidNamespaceNameFormat,
    /// `InvalidOperation.NamespaceClusterNotDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: namespace cluster not deleted.
    InvalidOperationNamespaceClusterNotDeleted,
    /// `Namespace.AppExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Namespace: app exists.
    NamespaceAppExists,
    /// `Exceed.Namespace`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed: namespace.
    ExceedNamespace,
    /// `OperationFailed.DauthHttpRequest`: HTTP 500; retry: never; category: internal.
    /// Operation failed: dauth http request.
    OperationFailedDauthHttpRequest,
    /// `SecretNameConflict.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Secret name conflict: already exist.
    SecretNameConflictAlreadyExist,
    /// `QuotaExceeded.SecretInNamespace`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: secret in namespace.
    QuotaExceededSecretInNamespace,
    /// `QuotaExceeded.SecretDataKey`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: secret data key.
    QuotaExceededSecretDataKey,
    /// `InvalidSecretType.NotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secret type: not available.
    InvalidSecretTypeNotAvailable,
    /// `InvalidSecretDataKey.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secret data key: not found.
    InvalidSecretDataKeyNotFound,
    /// `DeleteFail.ConfigMapReferenced`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete fail: config map referenced.
    DeleteFailConfigMapReferenced,
    /// `InvalidSecretId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secret id: not found.
    InvalidSecretIdNotFound,
    /// `DependencyViolation.Job`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: job.
    DependencyViolationJob,
    /// `DependencyViolation.Application`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: application.
    DependencyViolationApplication,
    /// `Package.Version.Too.Long`: HTTP 400; retry: never; category: invalid_argument.
    /// Package: version, too, long.
    PackageVersionTooLong,
    /// `App.Package.Version.Exists`: HTTP 400; retry: never; category: invalid_argument.
    /// App: package, version, exists.
    AppPackageVersionExists,
    /// `Slb.Occupied`: HTTP 400; retry: never; category: invalid_argument.
    /// Slb: occupied.
    SlbOccupied,
    /// `BatchWaitTime.Not.Smaller.Zero`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch wait time: not, smaller, zero.
    BatchWaitTimeNotSmallerZero,
    /// `Sae.Errorcode.Ahas.Create.Error.Message`: HTTP 400; retry: never; category: invalid_argument.
    /// Sae: errorcode, ahas, create, error, message.
    SaeErrorcodeAhasCreateErrorMessage,
    /// `Micro.Service.MetaData.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Micro: service, meta data, not found.
    MicroServiceMetaDataNotFound,
    /// `InvalidComponentType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component type: not found.
    InvalidComponentTypeNotFound,
    /// `InvalidParameter.NoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: no permission.
    InvalidParameterNoPermission,
    /// `JobForbidPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Job forbid policy.
    JobForbidPolicy,
    /// `JobSuspend`: HTTP 400; retry: never; category: invalid_argument.
    /// Job suspend.
    JobSuspend,
    /// `Sls.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: not exist.
    SlsNotExist,
    /// `get.event.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Get: event, error.
    GetEventError,
    /// `Micro.Service.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Micro: service, not found.
    MicroServiceNotFound,
    /// `Illegal.argument`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal: argument.
    IllegalArgument,
    /// `InvalidResourceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type: not found.
    InvalidResourceTypeNotFound,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Invalid.Param.Tag.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param, tag, scope.
    InvalidParamTagScope,
    /// `No.Permission`: HTTP 400; retry: never; category: invalid_argument.
    /// No: permission.
    NoPermission,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `ORDER.OPEND`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: OPEND.
    OrderOpend,
    /// `Pay.Insufficient.Balance`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: insufficient, balance.
    PayInsufficientBalance,
    /// `Measuredata.Query.Error`: HTTP 500; retry: never; category: internal.
    /// Measuredata: query, error.
    MeasuredataQueryError,
    /// `unsupported.workload`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported: workload.
    UnsupportedWorkload,
    /// `rollback.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Rollback: error.
    RollbackError,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `Missing.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing: tag key.
    MissingTagKey,
    /// `DeleteFail.NamespaceHasIngress`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete fail: namespace has ingress.
    DeleteFailNamespaceHasIngress,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 132] = [
        "InvalidParameter.NotEmpty",
        "Resouce.no.permission",
        "InvalidChangeOrder.NotFound",
        "Application.ChangerOrder.Not.Running",
        "System.Upgrading",
        "Application.ChangerOrderRunning",
        "InvalidParameter.Obviously",
        "Mamespace.Have.No.Applications",
        "Invalid.App.List.Not.Same.Namespace",
        "user.indebt",
        "Slb.NotFound",
        "InvalidApplication.NotFound",
        "SlbHttpsCert.NotConsistent",
        "SlbHttpsCert.NotFound",
        "SlbListenerPort.NotAvailable",
        "SlbListenerType.Invalid",
        "SlbSpec.NotSupport",
        "SlbType.Invalid",
        "SSLCert.NotFound",
        "Application.InvalidStatus",
        "Application.NotDeployYet",
        "InvalidParam.ProtocolNotSupport",
        "SLBInstanceQuota.OverQuota",
        "Slb.Tag.Not.Qualified",
        "Application.NoInstanceAvailable",
        "SlbAppVSwitch.NotMatch",
        "InvalidAppId.NotFound",
        "InvalidParameter.WithMessage",
        "Pipeline.Can.Not.Start.Next.Batch",
        "Application.MissingJdk",
        "InvalidPackageType.NotFound",
        "JarApplication.MissingJdk",
        "NoAvailableCluster.NotFound",
        "NoComputeResourceQuota.Exceed",
        "PandoraApplication.MissingJdk",
        "PandoraApplication.OnlyJdk",
        "InvalidComponent.NotFound",
        "InvalidHostnameIp.Invalid",
        "InvalidInstanceSpecification.Unsupported",
        "InvalidServerlessRegion.Unsupported",
        "WarApplication.MissingJdkWebcontainer",
        "InvalidNamespace.WithUppercase",
        "LogService.ConfigQuotaExceed",
        "LogService.InternalError",
        "LogService.LogDirInvalid",
        "LogService.NotAvailable",
        "LogService.ProjectNumQuotaExceed",
        "NoComputeResourceQuota.App.Exceed",
        "NoComputeResourceQuota.User.Exceed",
        "VolumnPath.Conflict",
        "MountConflict.ConfigMap",
        "NotFound.ConfigMap",
        "NotFound.ConfigMapKey",
        "Sls.Config.Mixed.Multi.Project",
        "Sls.Config.User.Defined.Missing.Logstore.Info",
        "Sls.Config.User.Defined.Missing.Project.Info",
        "Sls.Logstore.Name.Invalid",
        "Sls.Logstore.User.Defined.Not.Exist",
        "Sls.Project.Name.Invalid",
        "Sls.Project.User.Defined.Not.Exist",
        "InvalidImageUrl.AcrInstanceId.Domain.NotMatch",
        "PhpApplication.MissingPhpRuntime",
        "InvalidParameter.FileName",
        "Sls.Logtail.Name.Invalid",
        "vswitch.not.exist",
        "InvalidImageUrl.MissingAcrInstanceId",
        "Associate.Eip.Not.Enough",
        "InvalidNamespaceId.NotFound",
        "InvalidVpcId.NotFound",
        "InvalidAcrInstanceId.NotFound",
        "InstanceExist.ScalingRuleName",
        "InvalidScalingRuleDate.BeginAfterEnd",
        "InvalidScalingRuleDate.Format",
        "InvalidScalingRuleName.NotFound",
        "InvalidScalingRuleTime.Conflict",
        "InvalidScalingRuleTime.Format",
        "QuotaExceeded.ScalingRule",
        "QuotaExceeded.ScalingRuleTime",
        "OperationDenied.SDKNotSupported",
        "MinReadyInstances.Not.Smaller.Replicas",
        "MinReadyInstanceRatio.Invalid",
        "Exceed.ConfigMap",
        "TooMany.Configmap",
        "OperationFailed.RPCError",
        "Exceed.IngressRule",
        "InvalidResponse.Api",
        "InstanceExist.NamespaceId",
        "InvalidNamespaceId.Format",
        "InvalidNamespaceIdSuffix.Format",
        "InvalidNamespaceName.Format",
        "InvalidOperation.NamespaceClusterNotDeleted",
        "Namespace.AppExists",
        "Exceed.Namespace",
        "OperationFailed.DauthHttpRequest",
        "SecretNameConflict.AlreadyExist",
        "QuotaExceeded.SecretInNamespace",
        "QuotaExceeded.SecretDataKey",
        "InvalidSecretType.NotAvailable",
        "InvalidSecretDataKey.NotFound",
        "DeleteFail.ConfigMapReferenced",
        "InvalidSecretId.NotFound",
        "DependencyViolation.Job",
        "DependencyViolation.Application",
        "Package.Version.Too.Long",
        "App.Package.Version.Exists",
        "Slb.Occupied",
        "BatchWaitTime.Not.Smaller.Zero",
        "Sae.Errorcode.Ahas.Create.Error.Message",
        "Micro.Service.MetaData.NotFound",
        "InvalidComponentType.NotFound",
        "InvalidParameter.NoPermission",
        "JobForbidPolicy",
        "JobSuspend",
        "Sls.NotExist",
        "get.event.error",
        "Micro.Service.NotFound",
        "Illegal.argument",
        "InvalidResourceType.NotFound",
        "NumberExceed.Tags",
        "Invalid.Param.Tag.Scope",
        "No.Permission",
        "NumberExceed.ResourceIds",
        "ORDER.OPEND",
        "Pay.Insufficient.Balance",
        "Measuredata.Query.Error",
        "unsupported.workload",
        "rollback.error",
        "Duplicate.TagKey",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "Missing.TagKey",
        "DeleteFail.NamespaceHasIngress",
    ];
    static NAME_CODES: [u32; 12] = [1, 9, 18, 22, 64, 78, 83, 114, 116, 122, 125, 126];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ResouceNoPermissionUserIndebtSslCertNotFoundSlbInstanceQuotaOverQuotaVswitchNotExistOperationDeniedSdkNotSupportedOperationFailedRpcErrorGetEventErrorIllegalArgumentOrderOpendUnsupportedWorkloadRollbackError",
        ends: &[0, 19, 29, 44, 69, 84, 114, 137, 150, 165, 175, 194, 207],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: not empty.Resouce: no, permission.Invalid change order: not found.Application: changer order, not, running.System: upgrading.Application: changer order running.A parameter is invalid: obviously.Mamespace: have, no, applications.Invalid: app, list, not, same, namespace.User: indebt.Slb: not found.Invalid application: not found.Slb https cert: not consistent.Slb https cert: not found.Slb listener port: not available.Slb listener type: invalid.Slb spec: not support.Slb type: invalid.SSL cert: not found.Application: invalid status.Application: not deploy yet.A parameter is invalid: protocol not support.SLB instance quota: over quota.Slb: tag, not, qualified.Application: no instance available.Slb app v switch: not match.Invalid app id: not found.A parameter is invalid: with message.Pipeline: can, not, start, next, batch.Application: missing jdk.Invalid package type: not found.Jar application: missing jdk.No available cluster: not found.No compute resource quota: exceed.Pandora application: missing jdk.Pandora application: only jdk.Invalid component: not found.Invalid hostname ip: invalid.Invalid instance specification: unsupported.Invalid serverless region: unsupported.War application: missing jdk webcontainer.Invalid namespace: with uppercase.Log service: config quota exceed.Log service: internal error.Log service: log dir invalid.Log service: not available.Log service: project num quota exceed.No compute resource quota: app, exceed.No compute resource quota: user, exceed.Volumn path: conflict.Mount conflict: config map.Not found: config map.Not found: config map key.Sls: config, mixed, multi, project.Sls: config, user, defined, missing, logstore, info.Sls: config, user, defined, missing, project, info.Sls: logstore, name, invalid.Sls: logstore, user, defined, not, exist.Sls: project, name, invalid.Sls: project, user, defined, not, exist.Invalid image url: acr instance id, domain, not match.Php application: missing php runtime.A parameter is invalid: file name.Sls: logtail, name, invalid.Vswitch: not, exist.Invalid image url: missing acr instance id.Associate: eip, not, enough.Invalid namespace id: not found.Invalid vpc id: not found.Invalid acr instance id: not found.Instance exist: scaling rule name.Invalid scaling rule date: begin after end.Invalid scaling rule date: format.Invalid scaling rule name: not found.Invalid scaling rule time: conflict.Invalid scaling rule time: format.A quota was exceeded: scaling rule.A quota was exceeded: scaling rule time.Operation denied: SDK not supported.Min ready instances: not, smaller, replicas.Min ready instance ratio: invalid.Exceed: config map.Too many: configmap.Operation failed: RPC error.Exceed: ingress rule.Invalid response: api.Instance exist: namespace id.Invalid namespace id: format.Invalid namespace id suffix: format.Invalid namespace name: format.Invalid operation: namespace cluster not deleted.Namespace: app exists.Exceed: namespace.Operation failed: dauth http request.Secret name conflict: already exist.A quota was exceeded: secret in namespace.A quota was exceeded: secret data key.Invalid secret type: not available.Invalid secret data key: not found.Delete fail: config map referenced.Invalid secret id: not found.Dependency violation: job.Dependency violation: application.Package: version, too, long.App: package, version, exists.Slb: occupied.Batch wait time: not, smaller, zero.Sae: errorcode, ahas, create, error, message.Micro: service, meta data, not found.Invalid component type: not found.A parameter is invalid: no permission.Job forbid policy.Job suspend.Sls: not exist.Get: event, error.Micro: service, not found.Illegal: argument.Invalid resource type: not found.Number exceed: tags.Invalid: param, tag, scope.No: permission.Number exceed: resource ids.ORDER: OPEND.Pay: insufficient, balance.Measuredata: query, error.Unsupported: workload.Rollback: error.Duplicate: tag key.A parameter is invalid: tag key.A parameter is invalid: tag value.Missing: tag key.Delete fail: namespace has ingress.",
        ends: &[
            0, 34, 58, 90, 131, 149, 184, 218, 252, 293, 306, 321, 352, 383, 409, 442,
            469, 491, 509, 529, 557, 585, 630, 661, 686, 721, 749, 775, 812, 851, 876,
            908, 937, 969, 1003, 1036, 1066, 1095, 1124, 1168, 1207, 1249, 1283, 1316,
            1344, 1373, 1400, 1438, 1477, 1517, 1539, 1566, 1588, 1614, 1649, 1701, 1752,
            1781, 1822, 1850, 1890, 1944, 1981, 2015, 2043, 2063, 2106, 2134, 2166, 2192,
            2227, 2261, 2304, 2338, 2375, 2411, 2445, 2480, 2520, 2556, 2600, 2634, 2653,
            2673, 2701, 2722, 2744, 2773, 2802, 2838, 2869, 2918, 2940, 2958, 2995, 3031,
            3073, 3111, 3146, 3181, 3216, 3245, 3271, 3305, 3333, 3363, 3377, 3413, 3458,
            3495, 3529, 3567, 3585, 3597, 3612, 3630, 3656, 3674, 3707, 3727, 3754, 3769,
            3797, 3810, 3837, 3863, 3885, 3901, 3920, 3952, 3986, 4003, 4038,
        ],
    };
    static STATUSES: [u16; 132] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 404, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 500, 400, 404, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 133] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132,
    ];
    static RETRY: [::cloud_errors::Retry; 132] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 132] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccceccccccccccccccccccccccccccccccccccccccceeeecccccchhcccccmcecccccccmchhcccccccccccccccccccccccccccmccccccc",
    );
    static PILOTS: [u16; 33] = [
        13, 2, 63, 64, 0, 0, 0, 5, 20, 30, 0, 211, 2, 3, 0, 0, 21, 22, 8, 8, 60, 112, 17,
        11, 16, 17, 36, 52, 99, 3, 23, 52, 0,
    ];
    static SLOTS: [(&str, u32); 146] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 70, 67, 4294967295, 22, 108, 10, 121, 50, 4294967295, 106, 12,
            28, 45, 4294967295, 114, 16, 119, 125, 38, 35, 48, 37, 11, 54, 79, 75, 110,
            4294967295, 55, 49, 27, 15, 14, 9, 84, 105, 29, 4294967295, 62, 76, 116, 21,
            44, 74, 4294967295, 96, 41, 82, 64, 33, 80, 71, 59, 57, 4294967295, 90, 100,
            4294967295, 6, 88, 113, 124, 111, 99, 95, 118, 4294967295, 92, 117, 4, 129,
            91, 83, 2, 130, 7, 18, 98, 58, 40, 65, 93, 31, 8, 127, 77, 4294967295, 25,
            17, 87, 81, 52, 4294967295, 5, 20, 36, 60, 66, 23, 42, 51, 24, 56, 122, 0,
            78, 123, 34, 43, 109, 1, 103, 89, 107, 68, 32, 61, 85, 101, 39, 73, 47, 102,
            104, 115, 94, 3, 131, 126, 63, 26, 46, 19, 112, 53, 72, 97, 30, 120, 13,
            4294967295, 128, 69, 4294967295, 86,
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
    const PROVIDER: &'static str = "Alibaba Cloud sae";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud sae's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud sae: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
