// @generated from catalogs/azure_storage.yaml and catalogs/azure_storage.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Azure Storage: error codes.
//!
//! The provider's documentation: <https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes>.
//!
//! Error responses are read and written as [`Azure`](cloud_errors::envelopes::Azure) (`azure`).
/// An error code of Azure Storage: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountAlreadyExists`: HTTP 409; retry: never; category: already_exists.
    /// The storage account already exists.
    AccountAlreadyExists,
    /// `AccountBeingCreated`: HTTP 409; retry: backoff; category: aborted.
    /// The storage account is still being created.
    AccountBeingCreated,
    /// `AccountIsDisabled`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The storage account is disabled.
    AccountIsDisabled,
    /// `AppendPositionConditionNotMet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Append position condition not met.
    AppendPositionConditionNotMet,
    /// `AuthenticationFailed`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The server could not authenticate the request; check how the Authorization header and its signature are formed.
    AuthenticationFailed,
    /// `AuthorizationFailure`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization failure.
    AuthorizationFailure,
    /// `AuthorizationPermissionMismatch`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization permission mismatch.
    AuthorizationPermissionMismatch,
    /// `AuthorizationProtocolMismatch`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization protocol mismatch.
    AuthorizationProtocolMismatch,
    /// `AuthorizationResourceTypeMismatch`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization resource type mismatch.
    AuthorizationResourceTypeMismatch,
    /// `AuthorizationServiceMismatch`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization service mismatch.
    AuthorizationServiceMismatch,
    /// `AuthorizationSourceIPMismatch`: no documented HTTP status; retry: never; category: permission_denied.
    /// Authorization source IP mismatch.
    AuthorizationSourceIpMismatch,
    /// `BlobAccessTierNotSupportedForAccountType`: no documented HTTP status; retry: never; category: unknown.
    /// Blob access tier not supported for account type.
    BlobAccessTierNotSupportedForAccountType,
    /// `BlobAlreadyExists`: no documented HTTP status; retry: never; category: already_exists.
    /// Blob already exists.
    BlobAlreadyExists,
    /// `BlobArchived`: no documented HTTP status; retry: never; category: unknown.
    /// Blob archived.
    BlobArchived,
    /// `BlobBeingRehydrated`: no documented HTTP status; retry: never; category: unknown.
    /// Blob being rehydrated.
    BlobBeingRehydrated,
    /// `BlobImmutableDueToPolicy`: no documented HTTP status; retry: never; category: unknown.
    /// Blob immutable due to policy.
    BlobImmutableDueToPolicy,
    /// `BlobNotArchived`: no documented HTTP status; retry: never; category: unknown.
    /// Blob not archived.
    BlobNotArchived,
    /// `BlobNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// Blob not found.
    BlobNotFound,
    /// `BlobOverwritten`: no documented HTTP status; retry: never; category: unknown.
    /// Blob overwritten.
    BlobOverwritten,
    /// `BlobTierInadequateForContentLength`: no documented HTTP status; retry: never; category: unknown.
    /// Blob tier inadequate for content length.
    BlobTierInadequateForContentLength,
    /// `BlobUsesCustomerSpecifiedEncryption`: no documented HTTP status; retry: never; category: unknown.
    /// Blob uses customer specified encryption.
    BlobUsesCustomerSpecifiedEncryption,
    /// `BlockCountExceedsLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Block count exceeds limit.
    BlockCountExceedsLimit,
    /// `BlockListTooLong`: no documented HTTP status; retry: never; category: unknown.
    /// Block list too long.
    BlockListTooLong,
    /// `CannotChangeToLowerTier`: no documented HTTP status; retry: never; category: unknown.
    /// Cannot change to lower tier.
    CannotChangeToLowerTier,
    /// `CannotVerifyCopySource`: no documented HTTP status; retry: never; category: unknown.
    /// Cannot verify copy source.
    CannotVerifyCopySource,
    /// `ConditionHeadersNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// The operation does not support conditional headers.
    ConditionHeadersNotSupported,
    /// `ConditionNotMet`: HTTP 412, 304; retry: never; category: failed_precondition.
    /// A conditional header\'s condition does not hold: 412 for a write, 304 for a read.
    ConditionNotMet,
    /// `ContainerAlreadyExists`: no documented HTTP status; retry: never; category: already_exists.
    /// Container already exists.
    ContainerAlreadyExists,
    /// `ContainerBeingDeleted`: no documented HTTP status; retry: never; category: unknown.
    /// Container being deleted.
    ContainerBeingDeleted,
    /// `ContainerDisabled`: no documented HTTP status; retry: never; category: unknown.
    /// Container disabled.
    ContainerDisabled,
    /// `ContainerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// Container not found.
    ContainerNotFound,
    /// `ContentLengthLargerThanTierLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Content length larger than tier limit.
    ContentLengthLargerThanTierLimit,
    /// `CopyAcrossAccountsNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Copy across accounts not supported.
    CopyAcrossAccountsNotSupported,
    /// `CopyIdMismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Copy id mismatch.
    CopyIdMismatch,
    /// `EmptyMetadataKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A metadata key\-value pair has an empty key.
    EmptyMetadataKey,
    /// `FeatureVersionMismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Feature version mismatch.
    FeatureVersionMismatch,
    /// `IncrementalCopyBlobMismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Incremental copy blob mismatch.
    IncrementalCopyBlobMismatch,
    /// `IncrementalCopyOfEarlierSnapshotNotAllowed`: no documented HTTP status; retry: never; category: unknown.
    /// Incremental copy of earlier snapshot not allowed.
    IncrementalCopyOfEarlierSnapshotNotAllowed,
    /// `IncrementalCopyOfEarlierVersionSnapshotNotAllowed`: no documented HTTP status; retry: never; category: unknown.
    /// Incremental copy of earlier version snapshot not allowed.
    IncrementalCopyOfEarlierVersionSnapshotNotAllowed,
    /// `IncrementalCopySourceMustBeSnapshot`: no documented HTTP status; retry: never; category: unknown.
    /// Incremental copy source must be snapshot.
    IncrementalCopySourceMustBeSnapshot,
    /// `InfiniteLeaseDurationRequired`: no documented HTTP status; retry: never; category: unknown.
    /// Infinite lease duration required.
    InfiniteLeaseDurationRequired,
    /// `InsufficientAccountPermissions`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The account lacks the permissions for this operation, or reads or writes are disabled on it.
    InsufficientAccountPermissions,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// The server hit an internal error; the request may be retried.
    InternalError,
    /// `InvalidAuthenticationInfo`: HTTP 401, 400; retry: after_fix; category: unauthenticated.
    /// The authentication information is missing parts or is not in the expected format.
    InvalidAuthenticationInfo,
    /// `InvalidBlobOrBlock`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid blob or block.
    InvalidBlobOrBlock,
    /// `InvalidBlobTier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid blob tier.
    InvalidBlobTier,
    /// `InvalidBlobType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid blob type.
    InvalidBlobType,
    /// `InvalidBlockId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid block id.
    InvalidBlockId,
    /// `InvalidBlockList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid block list.
    InvalidBlockList,
    /// `InvalidHeaderValue`: HTTP 400; retry: never; category: invalid_argument.
    /// An HTTP header\'s value is not in the expected format.
    InvalidHeaderValue,
    /// `InvalidHttpVerb`: HTTP 400; retry: never; category: invalid_argument.
    /// The server does not recognise the HTTP method.
    InvalidHttpVerb,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// An input of the request is invalid.
    InvalidInput,
    /// `InvalidMarker`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid marker.
    InvalidMarker,
    /// `InvalidMd5`: HTTP 400; retry: never; category: invalid_argument.
    /// The MD5 value is invalid: it must be 128 bits, Base64\-encoded.
    InvalidMd5,
    /// `InvalidMetadata`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid metadata.
    InvalidMetadata,
    /// `InvalidOperation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperation,
    /// `InvalidPageRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid page range.
    InvalidPageRange,
    /// `InvalidQueryParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A query parameter of the request URI has an invalid value.
    InvalidQueryParameterValue,
    /// `InvalidRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid range.
    InvalidRange,
    /// `InvalidRequestUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid request url.
    InvalidRequestUrl,
    /// `InvalidResourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid resource name.
    InvalidResourceName,
    /// `InvalidSourceBlobType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid source blob type.
    InvalidSourceBlobType,
    /// `InvalidSourceBlobUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid source blob url.
    InvalidSourceBlobUrl,
    /// `InvalidUri`: HTTP 400; retry: never; category: invalid_argument.
    /// The request URI names no resource of the server.
    InvalidUri,
    /// `InvalidVersionForPageBlobOperation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Invalid version for page blob operation.
    InvalidVersionForPageBlobOperation,
    /// `InvalidXmlDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// The XML of the request body is not valid.
    InvalidXmlDocument,
    /// `InvalidXmlNodeValue`: HTTP 400; retry: never; category: invalid_argument.
    /// An XML node of the request body has a value in the wrong format.
    InvalidXmlNodeValue,
    /// `LeaseAlreadyBroken`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease already broken.
    LeaseAlreadyBroken,
    /// `LeaseAlreadyPresent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease already present.
    LeaseAlreadyPresent,
    /// `LeaseIdMismatchWithBlobOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease id mismatch with blob operation.
    LeaseIdMismatchWithBlobOperation,
    /// `LeaseIdMismatchWithContainerOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease id mismatch with container operation.
    LeaseIdMismatchWithContainerOperation,
    /// `LeaseIdMismatchWithLeaseOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease id mismatch with lease operation.
    LeaseIdMismatchWithLeaseOperation,
    /// `LeaseIdMissing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease id missing.
    LeaseIdMissing,
    /// `LeaseIsBreakingAndCannotBeAcquired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease is breaking and cannot be acquired.
    LeaseIsBreakingAndCannotBeAcquired,
    /// `LeaseIsBreakingAndCannotBeChanged`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease is breaking and cannot be changed.
    LeaseIsBreakingAndCannotBeChanged,
    /// `LeaseIsBrokenAndCannotBeRenewed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease is broken and cannot be renewed.
    LeaseIsBrokenAndCannotBeRenewed,
    /// `LeaseLost`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease lost.
    LeaseLost,
    /// `LeaseNotPresentWithBlobOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease not present with blob operation.
    LeaseNotPresentWithBlobOperation,
    /// `LeaseNotPresentWithContainerOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease not present with container operation.
    LeaseNotPresentWithContainerOperation,
    /// `LeaseNotPresentWithLeaseOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Lease not present with lease operation.
    LeaseNotPresentWithLeaseOperation,
    /// `MaxBlobSizeConditionNotMet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Max blob size condition not met.
    MaxBlobSizeConditionNotMet,
    /// `Md5Mismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Md5 mismatch.
    Md5Mismatch,
    /// `MessageNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// Message not found.
    MessageNotFound,
    /// `MessageTooLarge`: no documented HTTP status; retry: never; category: unknown.
    /// Message too large.
    MessageTooLarge,
    /// `MetadataTooLarge`: no documented HTTP status; retry: never; category: unknown.
    /// Metadata too large.
    MetadataTooLarge,
    /// `MissingContentLengthHeader`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Missing content length header.
    MissingContentLengthHeader,
    /// `MissingRequiredHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// A required HTTP header is missing.
    MissingRequiredHeader,
    /// `MissingRequiredQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required query parameter is missing.
    MissingRequiredQueryParameter,
    /// `MissingRequiredXmlNode`: HTTP 400; retry: never; category: invalid_argument.
    /// A required XML node is missing from the request body.
    MissingRequiredXmlNode,
    /// `MultipleConditionHeadersNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Multiple condition headers not supported.
    MultipleConditionHeadersNotSupported,
    /// `NoAuthenticationInformation`: HTTP 401; retry: after_fix; category: unauthenticated.
    /// The request carries no authentication information; see the WWW\-Authenticate header.
    NoAuthenticationInformation,
    /// `NoPendingCopyOperation`: no documented HTTP status; retry: never; category: unknown.
    /// No pending copy operation.
    NoPendingCopyOperation,
    /// `OperationNotAllowedOnIncrementalCopyBlob`: no documented HTTP status; retry: never; category: unknown.
    /// Operation not allowed on incremental copy blob.
    OperationNotAllowedOnIncrementalCopyBlob,
    /// `OperationTimedOut`: HTTP 500; retry: backoff; category: deadline_exceeded.
    /// The operation did not complete in the time allowed.
    OperationTimedOut,
    /// `OutOfRangeInput`: HTTP 400; retry: never; category: out_of_range.
    /// An input of the request is out of range.
    OutOfRangeInput,
    /// `OutOfRangeQueryParameterValue`: HTTP 400; retry: never; category: out_of_range.
    /// A query parameter of the request URI is outside its allowed range.
    OutOfRangeQueryParameterValue,
    /// `PendingCopyOperation`: no documented HTTP status; retry: never; category: unknown.
    /// Pending copy operation.
    PendingCopyOperation,
    /// `PopReceiptMismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Pop receipt mismatch.
    PopReceiptMismatch,
    /// `PreviousSnapshotCannotBeNewer`: no documented HTTP status; retry: never; category: unknown.
    /// Previous snapshot cannot be newer.
    PreviousSnapshotCannotBeNewer,
    /// `PreviousSnapshotNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// Previous snapshot not found.
    PreviousSnapshotNotFound,
    /// `PreviousSnapshotOperationNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Previous snapshot operation not supported.
    PreviousSnapshotOperationNotSupported,
    /// `QueueAlreadyExists`: no documented HTTP status; retry: never; category: already_exists.
    /// Queue already exists.
    QueueAlreadyExists,
    /// `QueueBeingDeleted`: no documented HTTP status; retry: never; category: unknown.
    /// Queue being deleted.
    QueueBeingDeleted,
    /// `QueueDisabled`: no documented HTTP status; retry: never; category: unknown.
    /// Queue disabled.
    QueueDisabled,
    /// `QueueNotEmpty`: no documented HTTP status; retry: never; category: unknown.
    /// Queue not empty.
    QueueNotEmpty,
    /// `QueueNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// Queue not found.
    QueueNotFound,
    /// `RequestBodyTooLarge`: no documented HTTP status; retry: never; category: unknown.
    /// Request body too large.
    RequestBodyTooLarge,
    /// `RequestUrlFailedToParse`: HTTP 400; retry: never; category: invalid_argument.
    /// The request URL could not be parsed.
    RequestUrlFailedToParse,
    /// `ResourceAlreadyExists`: no documented HTTP status; retry: never; category: already_exists.
    /// Resource already exists.
    ResourceAlreadyExists,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// The resource does not exist.
    ResourceNotFound,
    /// `ResourceTypeMismatch`: no documented HTTP status; retry: never; category: unknown.
    /// Resource type mismatch.
    ResourceTypeMismatch,
    /// `SequenceNumberConditionNotMet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Sequence number condition not met.
    SequenceNumberConditionNotMet,
    /// `SequenceNumberIncrementTooLarge`: no documented HTTP status; retry: never; category: unknown.
    /// Sequence number increment too large.
    SequenceNumberIncrementTooLarge,
    /// `ServerBusy`: HTTP 503; retry: backoff; category: unavailable.
    /// The server cannot take requests for now, or the account\'s ingress or egress limits were exceeded; retry with backoff.
    ServerBusy,
    /// `SnapshotCountExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Snapshot count exceeded.
    SnapshotCountExceeded,
    /// `SnapshotOperationRateExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Snapshot operation rate exceeded.
    SnapshotOperationRateExceeded,
    /// `SnapshotsPresent`: no documented HTTP status; retry: never; category: unknown.
    /// Snapshots present.
    SnapshotsPresent,
    /// `SourceConditionNotMet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Source condition not met.
    SourceConditionNotMet,
    /// `SystemInUse`: no documented HTTP status; retry: never; category: unknown.
    /// System in use.
    SystemInUse,
    /// `TargetConditionNotMet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Target condition not met.
    TargetConditionNotMet,
    /// `UnauthorizedBlobOverwrite`: no documented HTTP status; retry: never; category: unknown.
    /// Unauthorized blob overwrite.
    UnauthorizedBlobOverwrite,
    /// `UnsupportedHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// An HTTP header of the request is not supported.
    UnsupportedHeader,
    /// `UnsupportedHttpVerb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Unsupported http verb.
    UnsupportedHttpVerb,
    /// `UnsupportedQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A query parameter of the request URI is not supported.
    UnsupportedQueryParameter,
    /// `UnsupportedXmlNode`: HTTP 400; retry: never; category: invalid_argument.
    /// An XML node of the request body is not supported.
    UnsupportedXmlNode,
    /// `AccountProtectedFromDeletion`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The account cannot be deleted: containers in it are under a legal hold or a locked immutability policy. (Not in the Storage specs\' error\-code enums.)
    AccountProtectedFromDeletion,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 126] = [
        "AccountAlreadyExists",
        "AccountBeingCreated",
        "AccountIsDisabled",
        "AppendPositionConditionNotMet",
        "AuthenticationFailed",
        "AuthorizationFailure",
        "AuthorizationPermissionMismatch",
        "AuthorizationProtocolMismatch",
        "AuthorizationResourceTypeMismatch",
        "AuthorizationServiceMismatch",
        "AuthorizationSourceIPMismatch",
        "BlobAccessTierNotSupportedForAccountType",
        "BlobAlreadyExists",
        "BlobArchived",
        "BlobBeingRehydrated",
        "BlobImmutableDueToPolicy",
        "BlobNotArchived",
        "BlobNotFound",
        "BlobOverwritten",
        "BlobTierInadequateForContentLength",
        "BlobUsesCustomerSpecifiedEncryption",
        "BlockCountExceedsLimit",
        "BlockListTooLong",
        "CannotChangeToLowerTier",
        "CannotVerifyCopySource",
        "ConditionHeadersNotSupported",
        "ConditionNotMet",
        "ContainerAlreadyExists",
        "ContainerBeingDeleted",
        "ContainerDisabled",
        "ContainerNotFound",
        "ContentLengthLargerThanTierLimit",
        "CopyAcrossAccountsNotSupported",
        "CopyIdMismatch",
        "EmptyMetadataKey",
        "FeatureVersionMismatch",
        "IncrementalCopyBlobMismatch",
        "IncrementalCopyOfEarlierSnapshotNotAllowed",
        "IncrementalCopyOfEarlierVersionSnapshotNotAllowed",
        "IncrementalCopySourceMustBeSnapshot",
        "InfiniteLeaseDurationRequired",
        "InsufficientAccountPermissions",
        "InternalError",
        "InvalidAuthenticationInfo",
        "InvalidBlobOrBlock",
        "InvalidBlobTier",
        "InvalidBlobType",
        "InvalidBlockId",
        "InvalidBlockList",
        "InvalidHeaderValue",
        "InvalidHttpVerb",
        "InvalidInput",
        "InvalidMarker",
        "InvalidMd5",
        "InvalidMetadata",
        "InvalidOperation",
        "InvalidPageRange",
        "InvalidQueryParameterValue",
        "InvalidRange",
        "InvalidRequestUrl",
        "InvalidResourceName",
        "InvalidSourceBlobType",
        "InvalidSourceBlobUrl",
        "InvalidUri",
        "InvalidVersionForPageBlobOperation",
        "InvalidXmlDocument",
        "InvalidXmlNodeValue",
        "LeaseAlreadyBroken",
        "LeaseAlreadyPresent",
        "LeaseIdMismatchWithBlobOperation",
        "LeaseIdMismatchWithContainerOperation",
        "LeaseIdMismatchWithLeaseOperation",
        "LeaseIdMissing",
        "LeaseIsBreakingAndCannotBeAcquired",
        "LeaseIsBreakingAndCannotBeChanged",
        "LeaseIsBrokenAndCannotBeRenewed",
        "LeaseLost",
        "LeaseNotPresentWithBlobOperation",
        "LeaseNotPresentWithContainerOperation",
        "LeaseNotPresentWithLeaseOperation",
        "MaxBlobSizeConditionNotMet",
        "Md5Mismatch",
        "MessageNotFound",
        "MessageTooLarge",
        "MetadataTooLarge",
        "MissingContentLengthHeader",
        "MissingRequiredHeader",
        "MissingRequiredQueryParameter",
        "MissingRequiredXmlNode",
        "MultipleConditionHeadersNotSupported",
        "NoAuthenticationInformation",
        "NoPendingCopyOperation",
        "OperationNotAllowedOnIncrementalCopyBlob",
        "OperationTimedOut",
        "OutOfRangeInput",
        "OutOfRangeQueryParameterValue",
        "PendingCopyOperation",
        "PopReceiptMismatch",
        "PreviousSnapshotCannotBeNewer",
        "PreviousSnapshotNotFound",
        "PreviousSnapshotOperationNotSupported",
        "QueueAlreadyExists",
        "QueueBeingDeleted",
        "QueueDisabled",
        "QueueNotEmpty",
        "QueueNotFound",
        "RequestBodyTooLarge",
        "RequestUrlFailedToParse",
        "ResourceAlreadyExists",
        "ResourceNotFound",
        "ResourceTypeMismatch",
        "SequenceNumberConditionNotMet",
        "SequenceNumberIncrementTooLarge",
        "ServerBusy",
        "SnapshotCountExceeded",
        "SnapshotOperationRateExceeded",
        "SnapshotsPresent",
        "SourceConditionNotMet",
        "SystemInUse",
        "TargetConditionNotMet",
        "UnauthorizedBlobOverwrite",
        "UnsupportedHeader",
        "UnsupportedHttpVerb",
        "UnsupportedQueryParameter",
        "UnsupportedXmlNode",
        "AccountProtectedFromDeletion",
    ];
    static NAME_CODES: [u32; 1] = [10];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthorizationSourceIpMismatch",
        ends: &[0, 29],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The storage account already exists.The storage account is still being created.The storage account is disabled.Append position condition not met.The server could not authenticate the request; check how the Authorization header and its signature are formed.Authorization failure.Authorization permission mismatch.Authorization protocol mismatch.Authorization resource type mismatch.Authorization service mismatch.Authorization source IP mismatch.Blob access tier not supported for account type.Blob already exists.Blob archived.Blob being rehydrated.Blob immutable due to policy.Blob not archived.Blob not found.Blob overwritten.Blob tier inadequate for content length.Blob uses customer specified encryption.Block count exceeds limit.Block list too long.Cannot change to lower tier.Cannot verify copy source.The operation does not support conditional headers.A conditional header's condition does not hold: 412 for a write, 304 for a read.Container already exists.Container being deleted.Container disabled.Container not found.Content length larger than tier limit.Copy across accounts not supported.Copy id mismatch.A metadata key-value pair has an empty key.Feature version mismatch.Incremental copy blob mismatch.Incremental copy of earlier snapshot not allowed.Incremental copy of earlier version snapshot not allowed.Incremental copy source must be snapshot.Infinite lease duration required.The account lacks the permissions for this operation, or reads or writes are disabled on it.The server hit an internal error; the request may be retried.The authentication information is missing parts or is not in the expected format.Invalid blob or block.Invalid blob tier.Invalid blob type.Invalid block id.Invalid block list.An HTTP header's value is not in the expected format.The server does not recognise the HTTP method.An input of the request is invalid.Invalid marker.The MD5 value is invalid: it must be 128 bits, Base64-encoded.Invalid metadata.Invalid operation.Invalid page range.A query parameter of the request URI has an invalid value.Invalid range.Invalid request url.Invalid resource name.Invalid source blob type.Invalid source blob url.The request URI names no resource of the server.Invalid version for page blob operation.The XML of the request body is not valid.An XML node of the request body has a value in the wrong format.Lease already broken.Lease already present.Lease id mismatch with blob operation.Lease id mismatch with container operation.Lease id mismatch with lease operation.Lease id missing.Lease is breaking and cannot be acquired.Lease is breaking and cannot be changed.Lease is broken and cannot be renewed.Lease lost.Lease not present with blob operation.Lease not present with container operation.Lease not present with lease operation.Max blob size condition not met.Md5 mismatch.Message not found.Message too large.Metadata too large.Missing content length header.A required HTTP header is missing.A required query parameter is missing.A required XML node is missing from the request body.Multiple condition headers not supported.The request carries no authentication information; see the WWW-Authenticate header.No pending copy operation.Operation not allowed on incremental copy blob.The operation did not complete in the time allowed.An input of the request is out of range.A query parameter of the request URI is outside its allowed range.Pending copy operation.Pop receipt mismatch.Previous snapshot cannot be newer.Previous snapshot not found.Previous snapshot operation not supported.Queue already exists.Queue being deleted.Queue disabled.Queue not empty.Queue not found.Request body too large.The request URL could not be parsed.Resource already exists.The resource does not exist.Resource type mismatch.Sequence number condition not met.Sequence number increment too large.The server cannot take requests for now, or the account's ingress or egress limits were exceeded; retry with backoff.Snapshot count exceeded.Snapshot operation rate exceeded.Snapshots present.Source condition not met.System in use.Target condition not met.Unauthorized blob overwrite.An HTTP header of the request is not supported.Unsupported http verb.A query parameter of the request URI is not supported.An XML node of the request body is not supported.The account cannot be deleted: containers in it are under a legal hold or a locked immutability policy. (Not in the Storage specs' error-code enums.)",
        ends: &[
            0, 35, 78, 110, 144, 255, 277, 311, 343, 380, 411, 444, 492, 512, 526, 548,
            577, 595, 610, 627, 667, 707, 733, 753, 781, 807, 858, 938, 963, 987, 1006,
            1026, 1064, 1099, 1116, 1159, 1184, 1215, 1264, 1321, 1362, 1395, 1487, 1548,
            1629, 1651, 1669, 1687, 1704, 1723, 1776, 1822, 1857, 1872, 1934, 1951, 1969,
            1988, 2046, 2060, 2080, 2102, 2127, 2151, 2199, 2239, 2280, 2344, 2365, 2387,
            2425, 2468, 2507, 2524, 2565, 2605, 2643, 2654, 2692, 2735, 2774, 2806, 2819,
            2837, 2855, 2874, 2904, 2938, 2976, 3029, 3070, 3153, 3179, 3226, 3277, 3317,
            3383, 3406, 3427, 3461, 3489, 3531, 3552, 3572, 3587, 3603, 3619, 3642, 3678,
            3702, 3730, 3753, 3787, 3823, 3940, 3964, 3997, 4015, 4040, 4054, 4079, 4107,
            4154, 4176, 4230, 4279, 4428,
        ],
    };
    static STATUSES: [u16; 34] = [
        409, 409, 403, 403, 400, 412, 304, 400, 403, 500, 401, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 401, 500, 400, 400, 400, 404, 503, 400, 400,
        400, 409,
    ];
    static STATUS_ENDS: [u32; 127] = [
        0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5,
        7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 9, 10, 12, 12, 12, 12, 12, 12, 13,
        14, 15, 15, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 18, 18, 19, 20, 20, 20, 20,
        20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 21, 22, 23, 23,
        24, 24, 24, 25, 26, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 29,
        29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 32, 33, 34,
    ];
    static RETRY: [::cloud_errors::Retry; 126] = ::cloud_errors::__private::retry_column(
        b"abcacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbcaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaabaaaaaaaaaaaaaaaaaaabaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 126] = ::cloud_errors::__private::category_column(
        b"fjgipggggggbfbbbbebbbbbbbcifbbebbbcbbbbbbgmpccccccccccccccccccccccciiiiiiiiiiiiiibebbccccbpbbdkkbbbebfbbbebcfebibnbbbibibcccci",
    );
    static PILOTS: [u16; 32] = [
        8, 1, 16, 0, 31, 3, 1, 4, 3, 0, 0, 4, 10, 16, 2, 1, 24, 92, 12, 31, 3, 11, 27,
        55, 10, 14, 65, 44, 11, 62, 31, 23,
    ];
    static SLOTS: [(&str, u32); 140] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            99, 10, 45, 7, 37, 69, 38, 97, 74, 70, 68, 65, 88, 52, 110, 120, 21, 13, 119,
            89, 71, 102, 73, 124, 109, 11, 25, 107, 4294967295, 72, 19, 4294967295, 26,
            115, 113, 30, 91, 80, 59, 40, 0, 122, 93, 4294967295, 112, 92, 94, 105, 87,
            77, 121, 22, 16, 4294967295, 62, 81, 27, 35, 42, 4294967295, 61, 85, 66, 47,
            84, 3, 103, 4294967295, 49, 1, 96, 43, 79, 116, 24, 4, 9, 28, 8, 4294967295,
            44, 46, 23, 4294967295, 98, 4294967295, 76, 14, 5, 106, 2, 104, 118, 56, 15,
            100, 51, 41, 114, 90, 57, 33, 50, 75, 111, 39, 4294967295, 125, 4294967295,
            67, 58, 17, 83, 18, 55, 108, 32, 123, 64, 34, 54, 6, 82, 78, 4294967295, 31,
            4294967295, 48, 53, 95, 86, 117, 4294967295, 36, 63, 29, 60, 20, 12, 101,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Azure Storage";
    type Envelope = ::cloud_errors::envelopes::Azure;
    /// The retry defaults of Azure Storage's SDK: azure\-sdk\-for\-go azcore runtime/policy\_retry.go setDefaults, calcDelay, retryPolicy.Do; internal/shared RetryAfter.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            4,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(800),
                multiplier: 3f64,
                cap: ::core::time::Duration::from_millis(60000),
                jitter: ::cloud_errors::Jitter::None,
            },
        )
        .with_code_conditions(&[])
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(::core::option::Option::None)
        .with_status_conditions(
            &[
                ::cloud_errors::StatusCondition::new(
                    408u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    429u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    500u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    502u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    503u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    504u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
            ],
        )
        .with_decide_by(::cloud_errors::DecideBy::Status)
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::None,
                ::core::option::Option::None,
                &[],
                ::core::option::Option::Some(
                    &[
                        ::cloud_errors::StatusCondition::new(
                            408u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            429u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            500u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            502u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            503u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            504u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        );
}
/// An error response of Azure Storage: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
