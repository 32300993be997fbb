// @generated from catalogs/aws/codedeploy.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CodeDeploy: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CodeDeploy: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlarmsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Alarms limit exceeded.
    AlarmsLimitExceededException,
    /// `ApplicationAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Application already exists.
    ApplicationAlreadyExistsException,
    /// `ApplicationDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Application does not exist.
    ApplicationDoesNotExistException,
    /// `ApplicationLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Application limit exceeded.
    ApplicationLimitExceededException,
    /// `ApplicationNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Application name required.
    ApplicationNameRequiredException,
    /// `ArnNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Arn not supported.
    ArnNotSupportedException,
    /// `BatchLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch limit exceeded.
    BatchLimitExceededException,
    /// `BucketNameFilterRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket name filter required.
    BucketNameFilterRequiredException,
    /// `DeploymentAlreadyCompletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment already completed.
    DeploymentAlreadyCompletedException,
    /// `DeploymentConfigAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment config already exists.
    DeploymentConfigAlreadyExistsException,
    /// `DeploymentConfigDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment config does not exist.
    DeploymentConfigDoesNotExistException,
    /// `DeploymentConfigInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment config in use.
    DeploymentConfigInUseException,
    /// `DeploymentConfigLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment config limit exceeded.
    DeploymentConfigLimitExceededException,
    /// `DeploymentConfigNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment config name required.
    DeploymentConfigNameRequiredException,
    /// `DeploymentDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment does not exist.
    DeploymentDoesNotExistException,
    /// `DeploymentGroupAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment group already exists.
    DeploymentGroupAlreadyExistsException,
    /// `DeploymentGroupDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment group does not exist.
    DeploymentGroupDoesNotExistException,
    /// `DeploymentGroupLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment group limit exceeded.
    DeploymentGroupLimitExceededException,
    /// `DeploymentGroupNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment group name required.
    DeploymentGroupNameRequiredException,
    /// `DeploymentIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment id required.
    DeploymentIdRequiredException,
    /// `DeploymentIsNotInReadyStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment is not in ready state.
    DeploymentIsNotInReadyStateException,
    /// `DeploymentLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment limit exceeded.
    DeploymentLimitExceededException,
    /// `DeploymentNotStartedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment not started.
    DeploymentNotStartedException,
    /// `DeploymentTargetDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment target does not exist.
    DeploymentTargetDoesNotExistException,
    /// `DeploymentTargetIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment target id required.
    DeploymentTargetIdRequiredException,
    /// `DeploymentTargetListSizeExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment target list size exceeded.
    DeploymentTargetListSizeExceededException,
    /// `DescriptionTooLongException`: HTTP 400; retry: never; category: invalid_argument.
    /// Description too long.
    DescriptionTooLongException,
    /// `ECSServiceMappingLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS service mapping limit exceeded.
    EcsServiceMappingLimitExceededException,
    /// `GitHubAccountTokenDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Git hub account token does not exist.
    GitHubAccountTokenDoesNotExistException,
    /// `GitHubAccountTokenNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Git hub account token name required.
    GitHubAccountTokenNameRequiredException,
    /// `IamArnRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iam arn required.
    IamArnRequiredException,
    /// `IamSessionArnAlreadyRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iam session arn already registered.
    IamSessionArnAlreadyRegisteredException,
    /// `IamUserArnAlreadyRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iam user arn already registered.
    IamUserArnAlreadyRegisteredException,
    /// `IamUserArnRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iam user arn required.
    IamUserArnRequiredException,
    /// `InstanceDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance does not exist.
    InstanceDoesNotExistException,
    /// `InstanceIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id required.
    InstanceIdRequiredException,
    /// `InstanceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance limit exceeded.
    InstanceLimitExceededException,
    /// `InstanceNameAlreadyRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance name already registered.
    InstanceNameAlreadyRegisteredException,
    /// `InstanceNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance name required.
    InstanceNameRequiredException,
    /// `InstanceNotRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not registered.
    InstanceNotRegisteredException,
    /// `InvalidAlarmConfigException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid alarm config.
    InvalidAlarmConfigException,
    /// `InvalidApplicationNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid application name.
    InvalidApplicationNameException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidAutoRollbackConfigException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto rollback config.
    InvalidAutoRollbackConfigException,
    /// `InvalidAutoScalingGroupException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto scaling group.
    InvalidAutoScalingGroupException,
    /// `InvalidBlueGreenDeploymentConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid blue green deployment configuration.
    InvalidBlueGreenDeploymentConfigurationException,
    /// `InvalidBucketNameFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bucket name filter.
    InvalidBucketNameFilterException,
    /// `InvalidComputePlatformException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid compute platform.
    InvalidComputePlatformException,
    /// `InvalidDeployedStateFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployed state filter.
    InvalidDeployedStateFilterException,
    /// `InvalidDeploymentConfigNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment config name.
    InvalidDeploymentConfigNameException,
    /// `InvalidDeploymentGroupNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment group name.
    InvalidDeploymentGroupNameException,
    /// `InvalidDeploymentIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment id.
    InvalidDeploymentIdException,
    /// `InvalidDeploymentInstanceTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment instance type.
    InvalidDeploymentInstanceTypeException,
    /// `InvalidDeploymentStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment status.
    InvalidDeploymentStatusException,
    /// `InvalidDeploymentStyleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment style.
    InvalidDeploymentStyleException,
    /// `InvalidDeploymentTargetIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment target id.
    InvalidDeploymentTargetIdException,
    /// `InvalidDeploymentWaitTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment wait type.
    InvalidDeploymentWaitTypeException,
    /// `InvalidEC2TagCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid EC2 tag combination.
    InvalidEc2TagCombinationException,
    /// `InvalidEC2TagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid EC2 tag.
    InvalidEc2TagException,
    /// `InvalidECSServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ECS service.
    InvalidEcsServiceException,
    /// `InvalidExternalIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid external id.
    InvalidExternalIdException,
    /// `InvalidFileExistsBehaviorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file exists behavior.
    InvalidFileExistsBehaviorException,
    /// `InvalidGitHubAccountTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid git hub account token.
    InvalidGitHubAccountTokenException,
    /// `InvalidGitHubAccountTokenNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid git hub account token name.
    InvalidGitHubAccountTokenNameException,
    /// `InvalidIamSessionArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iam session arn.
    InvalidIamSessionArnException,
    /// `InvalidIamUserArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iam user arn.
    InvalidIamUserArnException,
    /// `InvalidIgnoreApplicationStopFailuresValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ignore application stop failures value.
    InvalidIgnoreApplicationStopFailuresValueException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `InvalidInstanceNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name.
    InvalidInstanceNameException,
    /// `InvalidInstanceStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance status.
    InvalidInstanceStatusException,
    /// `InvalidInstanceTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type.
    InvalidInstanceTypeException,
    /// `InvalidKeyPrefixFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key prefix filter.
    InvalidKeyPrefixFilterException,
    /// `InvalidLifecycleEventHookExecutionIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lifecycle event hook execution id.
    InvalidLifecycleEventHookExecutionIdException,
    /// `InvalidLifecycleEventHookExecutionStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lifecycle event hook execution status.
    InvalidLifecycleEventHookExecutionStatusException,
    /// `InvalidLoadBalancerInfoException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid load balancer info.
    InvalidLoadBalancerInfoException,
    /// `InvalidMinimumHealthyHostValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minimum healthy host value.
    InvalidMinimumHealthyHostValueException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidOnPremisesTagCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid on premises tag combination.
    InvalidOnPremisesTagCombinationException,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidRegistrationStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid registration status.
    InvalidRegistrationStatusException,
    /// `InvalidRevisionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid revision.
    InvalidRevisionException,
    /// `InvalidRoleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role.
    InvalidRoleException,
    /// `InvalidSortByException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sort by.
    InvalidSortByException,
    /// `InvalidSortOrderException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sort order.
    InvalidSortOrderException,
    /// `InvalidTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagException,
    /// `InvalidTagFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag filter.
    InvalidTagFilterException,
    /// `InvalidTagsToAddException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tags to add.
    InvalidTagsToAddException,
    /// `InvalidTargetFilterNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target filter name.
    InvalidTargetFilterNameException,
    /// `InvalidTargetGroupPairException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target group pair.
    InvalidTargetGroupPairException,
    /// `InvalidTargetInstancesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target instances.
    InvalidTargetInstancesException,
    /// `InvalidTimeRangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRangeException,
    /// `InvalidTrafficRoutingConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic routing configuration.
    InvalidTrafficRoutingConfigurationException,
    /// `InvalidTriggerConfigException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid trigger config.
    InvalidTriggerConfigException,
    /// `InvalidUpdateOutdatedInstancesOnlyValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid update outdated instances only value.
    InvalidUpdateOutdatedInstancesOnlyValueException,
    /// `InvalidZonalDeploymentConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zonal deployment configuration.
    InvalidZonalDeploymentConfigurationException,
    /// `LifecycleEventAlreadyCompletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lifecycle event already completed.
    LifecycleEventAlreadyCompletedException,
    /// `LifecycleHookLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lifecycle hook limit exceeded.
    LifecycleHookLimitExceededException,
    /// `MultipleIamArnsProvidedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Multiple iam arns provided.
    MultipleIamArnsProvidedException,
    /// `OperationNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not supported.
    OperationNotSupportedException,
    /// `ResourceArnRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource arn required.
    ResourceArnRequiredException,
    /// `ResourceValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource validation.
    ResourceValidationException,
    /// `RevisionDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Revision does not exist.
    RevisionDoesNotExistException,
    /// `RevisionRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Revision required.
    RevisionRequiredException,
    /// `RoleRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Role required.
    RoleRequiredException,
    /// `TagLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag limit exceeded.
    TagLimitExceededException,
    /// `TagRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag required.
    TagRequiredException,
    /// `TagSetListLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag set list limit exceeded.
    TagSetListLimitExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TriggerTargetsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Trigger targets limit exceeded.
    TriggerTargetsLimitExceededException,
    /// `UnsupportedActionForDeploymentTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported action for deployment type.
    UnsupportedActionForDeploymentTypeException,
    /// `DeploymentAlreadyStartedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment already started.
    DeploymentAlreadyStartedException,
    /// `InvalidAutoScalingGroupProcessToSuspendException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto scaling group process to suspend.
    InvalidAutoScalingGroupProcessToSuspendException,
    /// `InvalidInstanceIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceIdException,
    /// `InvalidTargetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTargetException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 114] = [
        "AlarmsLimitExceededException",
        "ApplicationAlreadyExistsException",
        "ApplicationDoesNotExistException",
        "ApplicationLimitExceededException",
        "ApplicationNameRequiredException",
        "ArnNotSupportedException",
        "BatchLimitExceededException",
        "BucketNameFilterRequiredException",
        "DeploymentAlreadyCompletedException",
        "DeploymentConfigAlreadyExistsException",
        "DeploymentConfigDoesNotExistException",
        "DeploymentConfigInUseException",
        "DeploymentConfigLimitExceededException",
        "DeploymentConfigNameRequiredException",
        "DeploymentDoesNotExistException",
        "DeploymentGroupAlreadyExistsException",
        "DeploymentGroupDoesNotExistException",
        "DeploymentGroupLimitExceededException",
        "DeploymentGroupNameRequiredException",
        "DeploymentIdRequiredException",
        "DeploymentIsNotInReadyStateException",
        "DeploymentLimitExceededException",
        "DeploymentNotStartedException",
        "DeploymentTargetDoesNotExistException",
        "DeploymentTargetIdRequiredException",
        "DeploymentTargetListSizeExceededException",
        "DescriptionTooLongException",
        "ECSServiceMappingLimitExceededException",
        "GitHubAccountTokenDoesNotExistException",
        "GitHubAccountTokenNameRequiredException",
        "IamArnRequiredException",
        "IamSessionArnAlreadyRegisteredException",
        "IamUserArnAlreadyRegisteredException",
        "IamUserArnRequiredException",
        "InstanceDoesNotExistException",
        "InstanceIdRequiredException",
        "InstanceLimitExceededException",
        "InstanceNameAlreadyRegisteredException",
        "InstanceNameRequiredException",
        "InstanceNotRegisteredException",
        "InvalidAlarmConfigException",
        "InvalidApplicationNameException",
        "InvalidArnException",
        "InvalidAutoRollbackConfigException",
        "InvalidAutoScalingGroupException",
        "InvalidBlueGreenDeploymentConfigurationException",
        "InvalidBucketNameFilterException",
        "InvalidComputePlatformException",
        "InvalidDeployedStateFilterException",
        "InvalidDeploymentConfigNameException",
        "InvalidDeploymentGroupNameException",
        "InvalidDeploymentIdException",
        "InvalidDeploymentInstanceTypeException",
        "InvalidDeploymentStatusException",
        "InvalidDeploymentStyleException",
        "InvalidDeploymentTargetIdException",
        "InvalidDeploymentWaitTypeException",
        "InvalidEC2TagCombinationException",
        "InvalidEC2TagException",
        "InvalidECSServiceException",
        "InvalidExternalIdException",
        "InvalidFileExistsBehaviorException",
        "InvalidGitHubAccountTokenException",
        "InvalidGitHubAccountTokenNameException",
        "InvalidIamSessionArnException",
        "InvalidIamUserArnException",
        "InvalidIgnoreApplicationStopFailuresValueException",
        "InvalidInputException",
        "InvalidInstanceNameException",
        "InvalidInstanceStatusException",
        "InvalidInstanceTypeException",
        "InvalidKeyPrefixFilterException",
        "InvalidLifecycleEventHookExecutionIdException",
        "InvalidLifecycleEventHookExecutionStatusException",
        "InvalidLoadBalancerInfoException",
        "InvalidMinimumHealthyHostValueException",
        "InvalidNextTokenException",
        "InvalidOnPremisesTagCombinationException",
        "InvalidOperationException",
        "InvalidRegistrationStatusException",
        "InvalidRevisionException",
        "InvalidRoleException",
        "InvalidSortByException",
        "InvalidSortOrderException",
        "InvalidTagException",
        "InvalidTagFilterException",
        "InvalidTagsToAddException",
        "InvalidTargetFilterNameException",
        "InvalidTargetGroupPairException",
        "InvalidTargetInstancesException",
        "InvalidTimeRangeException",
        "InvalidTrafficRoutingConfigurationException",
        "InvalidTriggerConfigException",
        "InvalidUpdateOutdatedInstancesOnlyValueException",
        "InvalidZonalDeploymentConfigurationException",
        "LifecycleEventAlreadyCompletedException",
        "LifecycleHookLimitExceededException",
        "MultipleIamArnsProvidedException",
        "OperationNotSupportedException",
        "ResourceArnRequiredException",
        "ResourceValidationException",
        "RevisionDoesNotExistException",
        "RevisionRequiredException",
        "RoleRequiredException",
        "TagLimitExceededException",
        "TagRequiredException",
        "TagSetListLimitExceededException",
        "ThrottlingException",
        "TriggerTargetsLimitExceededException",
        "UnsupportedActionForDeploymentTypeException",
        "DeploymentAlreadyStartedException",
        "InvalidAutoScalingGroupProcessToSuspendException",
        "InvalidInstanceIdException",
        "InvalidTargetException",
    ];
    static NAME_CODES: [u32; 4] = [27, 57, 58, 59];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "EcsServiceMappingLimitExceededExceptionInvalidEc2TagCombinationExceptionInvalidEc2TagExceptionInvalidEcsServiceException",
        ends: &[0, 39, 72, 94, 120],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Alarms limit exceeded.Application already exists.Application does not exist.Application limit exceeded.Application name required.Arn not supported.Batch limit exceeded.Bucket name filter required.Deployment already completed.Deployment config already exists.Deployment config does not exist.Deployment config in use.Deployment config limit exceeded.Deployment config name required.Deployment does not exist.Deployment group already exists.Deployment group does not exist.Deployment group limit exceeded.Deployment group name required.Deployment id required.Deployment is not in ready state.Deployment limit exceeded.Deployment not started.Deployment target does not exist.Deployment target id required.Deployment target list size exceeded.Description too long.ECS service mapping limit exceeded.Git hub account token does not exist.Git hub account token name required.Iam arn required.Iam session arn already registered.Iam user arn already registered.Iam user arn required.Instance does not exist.Instance id required.Instance limit exceeded.Instance name already registered.Instance name required.Instance not registered.Invalid alarm config.Invalid application name.Invalid arn.Invalid auto rollback config.Invalid auto scaling group.Invalid blue green deployment configuration.Invalid bucket name filter.Invalid compute platform.Invalid deployed state filter.Invalid deployment config name.Invalid deployment group name.Invalid deployment id.Invalid deployment instance type.Invalid deployment status.Invalid deployment style.Invalid deployment target id.Invalid deployment wait type.Invalid EC2 tag combination.Invalid EC2 tag.Invalid ECS service.Invalid external id.Invalid file exists behavior.Invalid git hub account token.Invalid git hub account token name.Invalid iam session arn.Invalid iam user arn.Invalid ignore application stop failures value.Invalid input.Invalid instance name.Invalid instance status.Invalid instance type.Invalid key prefix filter.Invalid lifecycle event hook execution id.Invalid lifecycle event hook execution status.Invalid load balancer info.Invalid minimum healthy host value.Invalid next token.Invalid on premises tag combination.Invalid operation.Invalid registration status.Invalid revision.Invalid role.Invalid sort by.Invalid sort order.Invalid tag.Invalid tag filter.Invalid tags to add.Invalid target filter name.Invalid target group pair.Invalid target instances.Invalid time range.Invalid traffic routing configuration.Invalid trigger config.Invalid update outdated instances only value.Invalid zonal deployment configuration.Lifecycle event already completed.Lifecycle hook limit exceeded.Multiple iam arns provided.Operation not supported.Resource arn required.Resource validation.Revision does not exist.Revision required.Role required.Tag limit exceeded.Tag required.Tag set list limit exceeded.The request was throttled.Trigger targets limit exceeded.Unsupported action for deployment type.Deployment already started.Invalid auto scaling group process to suspend.Invalid instance id.Invalid target.",
        ends: &[
            0, 22, 49, 76, 103, 129, 147, 168, 196, 225, 258, 291, 316, 349, 381, 407,
            439, 471, 503, 534, 557, 590, 616, 639, 672, 702, 739, 760, 795, 832, 868,
            885, 920, 952, 974, 998, 1019, 1043, 1076, 1099, 1123, 1144, 1169, 1181,
            1210, 1237, 1281, 1308, 1333, 1363, 1394, 1424, 1446, 1479, 1505, 1530, 1559,
            1588, 1616, 1632, 1652, 1672, 1701, 1731, 1766, 1790, 1811, 1858, 1872, 1894,
            1918, 1940, 1966, 2008, 2054, 2081, 2116, 2135, 2171, 2189, 2217, 2234, 2247,
            2263, 2282, 2294, 2313, 2333, 2360, 2386, 2411, 2430, 2468, 2491, 2536, 2575,
            2609, 2639, 2666, 2690, 2712, 2732, 2756, 2774, 2788, 2807, 2820, 2848, 2874,
            2905, 2944, 2971, 3017, 3037, 3052,
        ],
    };
    static STATUSES: [u16; 114] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 115] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114,
    ];
    static RETRY: [::cloud_errors::Retry; 114] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 114] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchcccccc",
    );
    static PILOTS: [u16; 29] = [
        0, 70, 8, 0, 11, 0, 8, 11, 0, 0, 37, 2, 8, 14, 215, 2, 122, 3, 5, 102, 127, 2,
        13, 0, 3, 16, 175, 108, 59,
    ];
    static SLOTS: [(&str, u32); 126] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            72, 8, 42, 78, 97, 102, 52, 13, 7, 57, 99, 4294967295, 17, 85, 46, 44, 111,
            24, 4294967295, 27, 29, 77, 4294967295, 73, 71, 84, 109, 1, 49, 4294967295,
            25, 90, 4294967295, 59, 4294967295, 12, 0, 92, 4294967295, 36, 54, 101, 30,
            96, 40, 103, 107, 26, 70, 63, 104, 61, 112, 43, 82, 76, 95, 3, 98, 62, 60,
            4294967295, 50, 86, 79, 4294967295, 68, 20, 87, 58, 67, 16, 4294967295, 89,
            53, 28, 9, 33, 94, 83, 74, 108, 55, 34, 11, 75, 88, 66, 5, 80, 23, 22, 91,
            105, 110, 56, 37, 18, 10, 35, 41, 47, 2, 4294967295, 113, 45, 48, 64, 69, 14,
            100, 51, 21, 93, 15, 106, 31, 39, 65, 4, 81, 32, 6, 38, 19, 4294967295,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS CodeDeploy";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS CodeDeploy's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CodeDeploy: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
