// @generated from catalogs/aws/ssm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SSM: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SSM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `AssociatedInstances`: HTTP 400; retry: never; category: invalid_argument.
    /// Associated instances.
    AssociatedInstances,
    /// `AssociationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Association already exists.
    AssociationAlreadyExists,
    /// `AssociationDoesNotExist`: HTTP 404; retry: never; category: not_found.
    /// Association does not exist.
    AssociationDoesNotExist,
    /// `AssociationExecutionDoesNotExist`: HTTP 404; retry: never; category: not_found.
    /// Association execution does not exist.
    AssociationExecutionDoesNotExist,
    /// `AssociationLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Association limit exceeded.
    AssociationLimitExceeded,
    /// `AssociationVersionLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Association version limit exceeded.
    AssociationVersionLimitExceeded,
    /// `AutomationDefinitionNotApprovedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Automation definition not approved.
    AutomationDefinitionNotApprovedException,
    /// `AutomationDefinitionNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Automation definition not found.
    AutomationDefinitionNotFoundException,
    /// `AutomationDefinitionVersionNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Automation definition version not found.
    AutomationDefinitionVersionNotFoundException,
    /// `AutomationExecutionLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Automation execution limit exceeded.
    AutomationExecutionLimitExceededException,
    /// `AutomationExecutionNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Automation execution not found.
    AutomationExecutionNotFoundException,
    /// `AutomationStepNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Automation step not found.
    AutomationStepNotFoundException,
    /// `ComplianceTypeCountLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance type count limit exceeded.
    ComplianceTypeCountLimitExceededException,
    /// `CustomSchemaCountLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom schema count limit exceeded.
    CustomSchemaCountLimitExceededException,
    /// `DocumentAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Document already exists.
    DocumentAlreadyExists,
    /// `DocumentLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Document limit exceeded.
    DocumentLimitExceeded,
    /// `DocumentPermissionLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Document permission limit.
    DocumentPermissionLimit,
    /// `DocumentVersionLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Document version limit exceeded.
    DocumentVersionLimitExceeded,
    /// `DoesNotExistException`: HTTP 404; retry: never; category: not_found.
    /// Does not exist.
    DoesNotExistException,
    /// `DuplicateDocumentContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate document content.
    DuplicateDocumentContent,
    /// `DuplicateDocumentVersionName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate document version name.
    DuplicateDocumentVersionName,
    /// `DuplicateInstanceId`: HTTP 404; retry: never; category: not_found.
    /// Duplicate instance id.
    DuplicateInstanceId,
    /// `FeatureNotAvailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Feature not available.
    FeatureNotAvailableException,
    /// `HierarchyLevelLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Hierarchy level limit exceeded.
    HierarchyLevelLimitExceededException,
    /// `HierarchyTypeMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Hierarchy type mismatch.
    HierarchyTypeMismatchException,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `IncompatiblePolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible policy.
    IncompatiblePolicyException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidActivation`: HTTP 404; retry: never; category: not_found.
    /// Invalid activation.
    InvalidActivation,
    /// `InvalidActivationId`: HTTP 404; retry: never; category: not_found.
    /// Invalid activation id.
    InvalidActivationId,
    /// `InvalidAggregatorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid aggregator.
    InvalidAggregatorException,
    /// `InvalidAllowedPatternException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid allowed pattern.
    InvalidAllowedPatternException,
    /// `InvalidAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association.
    InvalidAssociation,
    /// `InvalidAssociationVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association version.
    InvalidAssociationVersion,
    /// `InvalidAutomationExecutionParametersException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid automation execution parameters.
    InvalidAutomationExecutionParametersException,
    /// `InvalidAutomationSignalException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid automation signal.
    InvalidAutomationSignalException,
    /// `InvalidAutomationStatusUpdateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid automation status update.
    InvalidAutomationStatusUpdateException,
    /// `InvalidCommandId`: HTTP 404; retry: never; category: not_found.
    /// Invalid command id.
    InvalidCommandId,
    /// `InvalidDeleteInventoryParametersException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delete inventory parameters.
    InvalidDeleteInventoryParametersException,
    /// `InvalidDeletionIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deletion id.
    InvalidDeletionIdException,
    /// `InvalidDocument`: HTTP 404; retry: never; category: not_found.
    /// Invalid document.
    InvalidDocument,
    /// `InvalidDocumentContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid document content.
    InvalidDocumentContent,
    /// `InvalidDocumentOperation`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid document operation.
    InvalidDocumentOperation,
    /// `InvalidDocumentSchemaVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid document schema version.
    InvalidDocumentSchemaVersion,
    /// `InvalidDocumentType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid document type.
    InvalidDocumentType,
    /// `InvalidDocumentVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid document version.
    InvalidDocumentVersion,
    /// `InvalidFilter`: HTTP 441; retry: never; category: failed_precondition.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidFilterKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter key.
    InvalidFilterKey,
    /// `InvalidFilterOption`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter option.
    InvalidFilterOption,
    /// `InvalidFilterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter value.
    InvalidFilterValue,
    /// `InvalidInstanceId`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id.
    InvalidInstanceId,
    /// `InvalidInstanceInformationFilterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance information filter value.
    InvalidInstanceInformationFilterValue,
    /// `InvalidInstancePropertyFilterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance property filter value.
    InvalidInstancePropertyFilterValue,
    /// `InvalidInventoryGroupException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid inventory group.
    InvalidInventoryGroupException,
    /// `InvalidInventoryItemContextException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid inventory item context.
    InvalidInventoryItemContextException,
    /// `InvalidInventoryRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid inventory request.
    InvalidInventoryRequestException,
    /// `InvalidItemContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid item content.
    InvalidItemContentException,
    /// `InvalidKeyId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key id.
    InvalidKeyId,
    /// `InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextToken,
    /// `InvalidNotificationConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid notification config.
    InvalidNotificationConfig,
    /// `InvalidOptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid option.
    InvalidOptionException,
    /// `InvalidOutputFolder`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid output folder.
    InvalidOutputFolder,
    /// `InvalidOutputLocation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid output location.
    InvalidOutputLocation,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `InvalidPermissionType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid permission type.
    InvalidPermissionType,
    /// `InvalidPluginName`: HTTP 404; retry: never; category: not_found.
    /// Invalid plugin name.
    InvalidPluginName,
    /// `InvalidPolicyAttributeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy attribute.
    InvalidPolicyAttributeException,
    /// `InvalidPolicyTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy type.
    InvalidPolicyTypeException,
    /// `InvalidResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id.
    InvalidResourceId,
    /// `InvalidResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type.
    InvalidResourceType,
    /// `InvalidResultAttributeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid result attribute.
    InvalidResultAttributeException,
    /// `InvalidRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role.
    InvalidRole,
    /// `InvalidSchedule`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid schedule.
    InvalidSchedule,
    /// `InvalidTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTag,
    /// `InvalidTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTarget,
    /// `InvalidTargetMaps`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target maps.
    InvalidTargetMaps,
    /// `InvalidTypeNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type name.
    InvalidTypeNameException,
    /// `InvalidUpdate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid update.
    InvalidUpdate,
    /// `InvocationDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invocation does not exist.
    InvocationDoesNotExist,
    /// `ItemContentMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Item content mismatch.
    ItemContentMismatchException,
    /// `ItemSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Item size limit exceeded.
    ItemSizeLimitExceededException,
    /// `MalformedResourcePolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed resource policy document.
    MalformedResourcePolicyDocumentException,
    /// `MaxDocumentSizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Max document size exceeded.
    MaxDocumentSizeExceeded,
    /// `OpsItemAccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Ops item access denied.
    OpsItemAccessDeniedException,
    /// `OpsItemAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item already exists.
    OpsItemAlreadyExistsException,
    /// `OpsItemConflictException`: HTTP 409; retry: never; category: aborted.
    /// Ops item conflict.
    OpsItemConflictException,
    /// `OpsItemInvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item invalid parameter.
    OpsItemInvalidParameterException,
    /// `OpsItemLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item limit exceeded.
    OpsItemLimitExceededException,
    /// `OpsItemNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item not found.
    OpsItemNotFoundException,
    /// `OpsItemRelatedItemAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item related item already exists.
    OpsItemRelatedItemAlreadyExistsException,
    /// `OpsItemRelatedItemAssociationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops item related item association not found.
    OpsItemRelatedItemAssociationNotFoundException,
    /// `OpsMetadataAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops metadata already exists.
    OpsMetadataAlreadyExistsException,
    /// `OpsMetadataInvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops metadata invalid argument.
    OpsMetadataInvalidArgumentException,
    /// `OpsMetadataKeyLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Ops metadata key limit exceeded.
    OpsMetadataKeyLimitExceededException,
    /// `OpsMetadataLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Ops metadata limit exceeded.
    OpsMetadataLimitExceededException,
    /// `OpsMetadataNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Ops metadata not found.
    OpsMetadataNotFoundException,
    /// `OpsMetadataTooManyUpdatesException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Ops metadata too many updates.
    OpsMetadataTooManyUpdatesException,
    /// `ParameterAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter already exists.
    ParameterAlreadyExists,
    /// `ParameterLimitExceeded`: HTTP 429; retry: never; category: resource_exhausted.
    /// Parameter limit exceeded.
    ParameterLimitExceeded,
    /// `ParameterMaxVersionLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter max version limit exceeded.
    ParameterMaxVersionLimitExceeded,
    /// `ParameterNotFound`: HTTP 404; retry: never; category: not_found.
    /// Parameter not found.
    ParameterNotFound,
    /// `ParameterPatternMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter pattern mismatch.
    ParameterPatternMismatchException,
    /// `ParameterVersionLabelLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter version label limit exceeded.
    ParameterVersionLabelLimitExceeded,
    /// `ParameterVersionNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter version not found.
    ParameterVersionNotFound,
    /// `PoliciesLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policies limit exceeded.
    PoliciesLimitExceededException,
    /// `ResourceDataSyncAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource data sync already exists.
    ResourceDataSyncAlreadyExistsException,
    /// `ResourceDataSyncConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource data sync conflict.
    ResourceDataSyncConflictException,
    /// `ResourceDataSyncCountExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource data sync count exceeded.
    ResourceDataSyncCountExceededException,
    /// `ResourceDataSyncInvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource data sync invalid configuration.
    ResourceDataSyncInvalidConfigurationException,
    /// `ResourceDataSyncNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource data sync not found.
    ResourceDataSyncNotFoundException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourcePolicyConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource policy conflict.
    ResourcePolicyConflictException,
    /// `ResourcePolicyInvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource policy invalid parameter.
    ResourcePolicyInvalidParameterException,
    /// `ResourcePolicyLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource policy limit exceeded.
    ResourcePolicyLimitExceededException,
    /// `ResourcePolicyNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource policy not found.
    ResourcePolicyNotFoundException,
    /// `ServiceSettingNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Service setting not found.
    ServiceSettingNotFound,
    /// `StatusUnchanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Status unchanged.
    StatusUnchanged,
    /// `SubTypeCountLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub type count limit exceeded.
    SubTypeCountLimitExceededException,
    /// `TargetInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Target in use.
    TargetInUseException,
    /// `TargetNotConnected`: HTTP 430; retry: never; category: failed_precondition.
    /// Target not connected.
    TargetNotConnected,
    /// `TooManyTagsError`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags error.
    TooManyTagsError,
    /// `TooManyUpdates`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many updates.
    TooManyUpdates,
    /// `TotalSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Total size limit exceeded.
    TotalSizeLimitExceededException,
    /// `UnsupportedCalendarException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported calendar.
    UnsupportedCalendarException,
    /// `UnsupportedFeatureRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature required.
    UnsupportedFeatureRequiredException,
    /// `UnsupportedInventoryItemContextException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported inventory item context.
    UnsupportedInventoryItemContextException,
    /// `UnsupportedInventorySchemaVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported inventory schema version.
    UnsupportedInventorySchemaVersionException,
    /// `UnsupportedOperatingSystem`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operating system.
    UnsupportedOperatingSystem,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `UnsupportedParameterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported parameter type.
    UnsupportedParameterType,
    /// `UnsupportedPlatformType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported platform type.
    UnsupportedPlatformType,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `NoLongerSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// No longer supported.
    NoLongerSupportedException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 140] = [
        "AlreadyExistsException",
        "AssociatedInstances",
        "AssociationAlreadyExists",
        "AssociationDoesNotExist",
        "AssociationExecutionDoesNotExist",
        "AssociationLimitExceeded",
        "AssociationVersionLimitExceeded",
        "AutomationDefinitionNotApprovedException",
        "AutomationDefinitionNotFoundException",
        "AutomationDefinitionVersionNotFoundException",
        "AutomationExecutionLimitExceededException",
        "AutomationExecutionNotFoundException",
        "AutomationStepNotFoundException",
        "ComplianceTypeCountLimitExceededException",
        "CustomSchemaCountLimitExceededException",
        "DocumentAlreadyExists",
        "DocumentLimitExceeded",
        "DocumentPermissionLimit",
        "DocumentVersionLimitExceeded",
        "DoesNotExistException",
        "DuplicateDocumentContent",
        "DuplicateDocumentVersionName",
        "DuplicateInstanceId",
        "FeatureNotAvailableException",
        "HierarchyLevelLimitExceededException",
        "HierarchyTypeMismatchException",
        "IdempotentParameterMismatch",
        "IncompatiblePolicyException",
        "InternalServerError",
        "InvalidActivation",
        "InvalidActivationId",
        "InvalidAggregatorException",
        "InvalidAllowedPatternException",
        "InvalidAssociation",
        "InvalidAssociationVersion",
        "InvalidAutomationExecutionParametersException",
        "InvalidAutomationSignalException",
        "InvalidAutomationStatusUpdateException",
        "InvalidCommandId",
        "InvalidDeleteInventoryParametersException",
        "InvalidDeletionIdException",
        "InvalidDocument",
        "InvalidDocumentContent",
        "InvalidDocumentOperation",
        "InvalidDocumentSchemaVersion",
        "InvalidDocumentType",
        "InvalidDocumentVersion",
        "InvalidFilter",
        "InvalidFilterKey",
        "InvalidFilterOption",
        "InvalidFilterValue",
        "InvalidInstanceId",
        "InvalidInstanceInformationFilterValue",
        "InvalidInstancePropertyFilterValue",
        "InvalidInventoryGroupException",
        "InvalidInventoryItemContextException",
        "InvalidInventoryRequestException",
        "InvalidItemContentException",
        "InvalidKeyId",
        "InvalidNextToken",
        "InvalidNotificationConfig",
        "InvalidOptionException",
        "InvalidOutputFolder",
        "InvalidOutputLocation",
        "InvalidParameters",
        "InvalidPermissionType",
        "InvalidPluginName",
        "InvalidPolicyAttributeException",
        "InvalidPolicyTypeException",
        "InvalidResourceId",
        "InvalidResourceType",
        "InvalidResultAttributeException",
        "InvalidRole",
        "InvalidSchedule",
        "InvalidTag",
        "InvalidTarget",
        "InvalidTargetMaps",
        "InvalidTypeNameException",
        "InvalidUpdate",
        "InvocationDoesNotExist",
        "ItemContentMismatchException",
        "ItemSizeLimitExceededException",
        "MalformedResourcePolicyDocumentException",
        "MaxDocumentSizeExceeded",
        "OpsItemAccessDeniedException",
        "OpsItemAlreadyExistsException",
        "OpsItemConflictException",
        "OpsItemInvalidParameterException",
        "OpsItemLimitExceededException",
        "OpsItemNotFoundException",
        "OpsItemRelatedItemAlreadyExistsException",
        "OpsItemRelatedItemAssociationNotFoundException",
        "OpsMetadataAlreadyExistsException",
        "OpsMetadataInvalidArgumentException",
        "OpsMetadataKeyLimitExceededException",
        "OpsMetadataLimitExceededException",
        "OpsMetadataNotFoundException",
        "OpsMetadataTooManyUpdatesException",
        "ParameterAlreadyExists",
        "ParameterLimitExceeded",
        "ParameterMaxVersionLimitExceeded",
        "ParameterNotFound",
        "ParameterPatternMismatchException",
        "ParameterVersionLabelLimitExceeded",
        "ParameterVersionNotFound",
        "PoliciesLimitExceededException",
        "ResourceDataSyncAlreadyExistsException",
        "ResourceDataSyncConflictException",
        "ResourceDataSyncCountExceededException",
        "ResourceDataSyncInvalidConfigurationException",
        "ResourceDataSyncNotFoundException",
        "ResourceInUseException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ResourcePolicyConflictException",
        "ResourcePolicyInvalidParameterException",
        "ResourcePolicyLimitExceededException",
        "ResourcePolicyNotFoundException",
        "ServiceSettingNotFound",
        "StatusUnchanged",
        "SubTypeCountLimitExceededException",
        "TargetInUseException",
        "TargetNotConnected",
        "TooManyTagsError",
        "TooManyUpdates",
        "TotalSizeLimitExceededException",
        "UnsupportedCalendarException",
        "UnsupportedFeatureRequiredException",
        "UnsupportedInventoryItemContextException",
        "UnsupportedInventorySchemaVersionException",
        "UnsupportedOperatingSystem",
        "UnsupportedOperationException",
        "UnsupportedParameterType",
        "UnsupportedPlatformType",
        "ValidationException",
        "AccessDeniedException",
        "ConflictException",
        "NoLongerSupportedException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already exists.Associated instances.Association already exists.Association does not exist.Association execution does not exist.Association limit exceeded.Association version limit exceeded.Automation definition not approved.Automation definition not found.Automation definition version not found.Automation execution limit exceeded.Automation execution not found.Automation step not found.Compliance type count limit exceeded.Custom schema count limit exceeded.Document already exists.Document limit exceeded.Document permission limit.Document version limit exceeded.Does not exist.Duplicate document content.Duplicate document version name.Duplicate instance id.Feature not available.Hierarchy level limit exceeded.Hierarchy type mismatch.Idempotent parameter mismatch.Incompatible policy.Internal server error.Invalid activation.Invalid activation id.Invalid aggregator.Invalid allowed pattern.Invalid association.Invalid association version.Invalid automation execution parameters.Invalid automation signal.Invalid automation status update.Invalid command id.Invalid delete inventory parameters.Invalid deletion id.Invalid document.Invalid document content.Invalid document operation.Invalid document schema version.Invalid document type.Invalid document version.Invalid filter.Invalid filter key.Invalid filter option.Invalid filter value.Invalid instance id.Invalid instance information filter value.Invalid instance property filter value.Invalid inventory group.Invalid inventory item context.Invalid inventory request.Invalid item content.Invalid key id.Invalid next token.Invalid notification config.Invalid option.Invalid output folder.Invalid output location.Invalid parameters.Invalid permission type.Invalid plugin name.Invalid policy attribute.Invalid policy type.Invalid resource id.Invalid resource type.Invalid result attribute.Invalid role.Invalid schedule.Invalid tag.Invalid target.Invalid target maps.Invalid type name.Invalid update.Invocation does not exist.Item content mismatch.Item size limit exceeded.Malformed resource policy document.Max document size exceeded.Ops item access denied.Ops item already exists.Ops item conflict.Ops item invalid parameter.Ops item limit exceeded.Ops item not found.Ops item related item already exists.Ops item related item association not found.Ops metadata already exists.Ops metadata invalid argument.Ops metadata key limit exceeded.Ops metadata limit exceeded.Ops metadata not found.Ops metadata too many updates.Parameter already exists.Parameter limit exceeded.Parameter max version limit exceeded.Parameter not found.Parameter pattern mismatch.Parameter version label limit exceeded.Parameter version not found.Policies limit exceeded.Resource data sync already exists.Resource data sync conflict.Resource data sync count exceeded.Resource data sync invalid configuration.Resource data sync not found.Resource in use.Resource limit exceeded.Resource not found.Resource policy conflict.Resource policy invalid parameter.Resource policy limit exceeded.Resource policy not found.Service setting not found.Status unchanged.Sub type count limit exceeded.Target in use.Target not connected.Too many tags error.Too many updates.Total size limit exceeded.Unsupported calendar.Unsupported feature required.Unsupported inventory item context.Unsupported inventory schema version.Unsupported operating system.Unsupported operation.Unsupported parameter type.Unsupported platform type.The request failed validation.Access denied.The request conflicts with the current state of the resource.No longer supported.Service quota exceeded.The request was throttled.",
        ends: &[
            0, 15, 36, 63, 90, 127, 154, 189, 224, 256, 296, 332, 363, 389, 426, 461,
            485, 509, 535, 567, 582, 609, 641, 663, 685, 716, 740, 770, 790, 812, 831,
            853, 872, 896, 916, 944, 984, 1010, 1043, 1062, 1098, 1118, 1135, 1160, 1187,
            1219, 1241, 1266, 1281, 1300, 1322, 1343, 1363, 1405, 1444, 1468, 1499, 1525,
            1546, 1561, 1580, 1608, 1623, 1645, 1669, 1688, 1712, 1732, 1757, 1777, 1797,
            1819, 1844, 1857, 1874, 1886, 1901, 1921, 1939, 1954, 1980, 2002, 2027, 2062,
            2089, 2112, 2136, 2154, 2181, 2205, 2224, 2261, 2305, 2333, 2363, 2395, 2423,
            2446, 2476, 2501, 2526, 2563, 2583, 2610, 2649, 2677, 2701, 2735, 2763, 2797,
            2838, 2867, 2883, 2907, 2926, 2951, 2985, 3016, 3042, 3068, 3085, 3115, 3129,
            3150, 3170, 3187, 3213, 3234, 3263, 3298, 3335, 3364, 3386, 3413, 3439, 3469,
            3483, 3544, 3564, 3587, 3613,
        ],
    };
    static STATUSES: [u16; 140] = [
        400, 400, 400, 404, 404, 400, 400, 400, 404, 404, 429, 404, 404, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 500, 404, 404, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 404, 400, 403, 400, 400, 400, 441,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 409, 400, 400, 400, 400, 400, 400, 400, 429, 429,
        404, 429, 400, 429, 400, 404, 400, 400, 400, 400, 400, 409, 400, 400, 404, 400,
        400, 404, 400, 400, 400, 404, 400, 400, 400, 400, 430, 400, 429, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 141] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140,
    ];
    static RETRY: [::cloud_errors::Retry; 140] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 140] = ::cloud_errors::__private::category_column(
        b"ccceeccceeheecccccceccecccccmeeccccccceccecgccciccceccccccccccccccecccccccccccccccccgcjccccccchhehchcecccccjccecceccceccccichcccccccccccccch",
    );
    static PILOTS: [u16; 35] = [
        68, 3, 10, 1, 19, 0, 56, 155, 1, 24, 0, 13, 136, 0, 8, 6, 126, 4, 6, 21, 13, 9,
        23, 29, 132, 101, 1, 18, 23, 122, 14, 77, 16, 214, 17,
    ];
    static SLOTS: [(&str, u32); 155] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            125, 80, 69, 4, 63, 27, 102, 138, 135, 139, 55, 71, 4294967295, 129, 48,
            4294967295, 136, 86, 112, 85, 51, 6, 4294967295, 66, 52, 46, 15, 18, 25, 23,
            45, 4294967295, 38, 36, 29, 89, 111, 0, 114, 26, 4294967295, 119, 78, 35,
            133, 43, 53, 22, 57, 9, 50, 62, 64, 98, 4294967295, 7, 83, 28, 44, 54, 70,
            19, 34, 132, 131, 124, 67, 79, 110, 56, 109, 73, 116, 77, 12, 4294967295,
            4294967295, 82, 4294967295, 11, 134, 93, 20, 47, 33, 31, 103, 4294967295, 96,
            59, 17, 10, 108, 42, 106, 128, 122, 58, 92, 1, 49, 5, 4294967295, 41, 40, 90,
            120, 118, 2, 113, 3, 72, 137, 91, 87, 4294967295, 30, 84, 75, 95, 99, 107, 8,
            37, 68, 126, 16, 100, 115, 121, 4294967295, 13, 74, 130, 117, 88, 14, 81, 60,
            39, 32, 61, 94, 4294967295, 123, 4294967295, 104, 105, 65, 24, 101, 97, 127,
            21, 76,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "AWS SSM";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SSM's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SSM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
