// @generated from catalogs/aws/cloudfront.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudFront: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestXml`](cloud_errors::envelopes::AwsRestXml) (`aws_rest_xml`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudFront: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDenied,
    /// `BatchTooLarge`: HTTP 413; retry: never; category: failed_precondition.
    /// Batch too large.
    BatchTooLarge,
    /// `CNAMEAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// CNAME already exists.
    CnameAlreadyExists,
    /// `CachePolicyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Cache policy already exists.
    CachePolicyAlreadyExists,
    /// `CachePolicyInUse`: HTTP 409; retry: never; category: aborted.
    /// Cache policy in use.
    CachePolicyInUse,
    /// `CannotChangeImmutablePublicKeyFields`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot change immutable public key fields.
    CannotChangeImmutablePublicKeyFields,
    /// `CannotDeleteEntityWhileInUse`: HTTP 409; retry: never; category: aborted.
    /// Cannot delete entity while in use.
    CannotDeleteEntityWhileInUse,
    /// `CannotUpdateEntityWhileInUse`: HTTP 409; retry: never; category: aborted.
    /// Cannot update entity while in use.
    CannotUpdateEntityWhileInUse,
    /// `CloudFrontOriginAccessIdentityAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Cloud front origin access identity already exists.
    CloudFrontOriginAccessIdentityAlreadyExists,
    /// `CloudFrontOriginAccessIdentityInUse`: HTTP 409; retry: never; category: aborted.
    /// Cloud front origin access identity in use.
    CloudFrontOriginAccessIdentityInUse,
    /// `ContinuousDeploymentPolicyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Continuous deployment policy already exists.
    ContinuousDeploymentPolicyAlreadyExists,
    /// `ContinuousDeploymentPolicyInUse`: HTTP 409; retry: never; category: aborted.
    /// Continuous deployment policy in use.
    ContinuousDeploymentPolicyInUse,
    /// `DistributionAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Distribution already exists.
    DistributionAlreadyExists,
    /// `DistributionNotDisabled`: HTTP 409; retry: never; category: aborted.
    /// Distribution not disabled.
    DistributionNotDisabled,
    /// `EntityAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists.
    EntityAlreadyExists,
    /// `EntityLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity limit exceeded.
    EntityLimitExceeded,
    /// `EntityNotFound`: HTTP 404; retry: never; category: not_found.
    /// Entity not found.
    EntityNotFound,
    /// `EntitySizeLimitExceeded`: HTTP 413; retry: never; category: failed_precondition.
    /// Entity size limit exceeded.
    EntitySizeLimitExceeded,
    /// `FieldLevelEncryptionConfigAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Field level encryption config already exists.
    FieldLevelEncryptionConfigAlreadyExists,
    /// `FieldLevelEncryptionConfigInUse`: HTTP 409; retry: never; category: aborted.
    /// Field level encryption config in use.
    FieldLevelEncryptionConfigInUse,
    /// `FieldLevelEncryptionProfileAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Field level encryption profile already exists.
    FieldLevelEncryptionProfileAlreadyExists,
    /// `FieldLevelEncryptionProfileInUse`: HTTP 409; retry: never; category: aborted.
    /// Field level encryption profile in use.
    FieldLevelEncryptionProfileInUse,
    /// `FieldLevelEncryptionProfileSizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Field level encryption profile size exceeded.
    FieldLevelEncryptionProfileSizeExceeded,
    /// `FunctionAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Function already exists.
    FunctionAlreadyExists,
    /// `FunctionInUse`: HTTP 409; retry: never; category: aborted.
    /// Function in use.
    FunctionInUse,
    /// `FunctionSizeLimitExceeded`: HTTP 413; retry: never; category: failed_precondition.
    /// Function size limit exceeded.
    FunctionSizeLimitExceeded,
    /// `IllegalDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal delete.
    IllegalDelete,
    /// `IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal field level encryption config association with cache behavior.
    IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior,
    /// `IllegalOriginAccessConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal origin access configuration.
    IllegalOriginAccessConfiguration,
    /// `IllegalUpdate`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal update.
    IllegalUpdate,
    /// `InconsistentQuantities`: HTTP 400; retry: never; category: invalid_argument.
    /// Inconsistent quantities.
    InconsistentQuantities,
    /// `InvalidArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgument,
    /// `InvalidDefaultRootObject`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid default root object.
    InvalidDefaultRootObject,
    /// `InvalidDomainNameForOriginAccessControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name for origin access control.
    InvalidDomainNameForOriginAccessControl,
    /// `InvalidErrorCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid error code.
    InvalidErrorCode,
    /// `InvalidForwardCookies`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid forward cookies.
    InvalidForwardCookies,
    /// `InvalidFunctionAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function association.
    InvalidFunctionAssociation,
    /// `InvalidGeoRestrictionParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid geo restriction parameter.
    InvalidGeoRestrictionParameter,
    /// `InvalidHeadersForS3Origin`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid headers for s3 origin.
    InvalidHeadersForS3Origin,
    /// `InvalidIfMatchVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid if match version.
    InvalidIfMatchVersion,
    /// `InvalidLambdaFunctionAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lambda function association.
    InvalidLambdaFunctionAssociation,
    /// `InvalidLocationCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid location code.
    InvalidLocationCode,
    /// `InvalidMinimumProtocolVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minimum protocol version.
    InvalidMinimumProtocolVersion,
    /// `InvalidOrigin`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid origin.
    InvalidOrigin,
    /// `InvalidOriginAccessControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid origin access control.
    InvalidOriginAccessControl,
    /// `InvalidOriginAccessIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid origin access identity.
    InvalidOriginAccessIdentity,
    /// `InvalidOriginKeepaliveTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid origin keepalive timeout.
    InvalidOriginKeepaliveTimeout,
    /// `InvalidOriginReadTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid origin read timeout.
    InvalidOriginReadTimeout,
    /// `InvalidProtocolSettings`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid protocol settings.
    InvalidProtocolSettings,
    /// `InvalidQueryStringParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query string parameters.
    InvalidQueryStringParameters,
    /// `InvalidRelativePath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid relative path.
    InvalidRelativePath,
    /// `InvalidRequiredProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid required protocol.
    InvalidRequiredProtocol,
    /// `InvalidResponseCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid response code.
    InvalidResponseCode,
    /// `InvalidTTLOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TTL order.
    InvalidTtlOrder,
    /// `InvalidTagging`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tagging.
    InvalidTagging,
    /// `InvalidViewerCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid viewer certificate.
    InvalidViewerCertificate,
    /// `InvalidWebACLId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid web ACL id.
    InvalidWebAclId,
    /// `KeyGroupAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Key group already exists.
    KeyGroupAlreadyExists,
    /// `MissingBody`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing body.
    MissingBody,
    /// `MonitoringSubscriptionAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Monitoring subscription already exists.
    MonitoringSubscriptionAlreadyExists,
    /// `NoSuchCachePolicy`: HTTP 404; retry: never; category: not_found.
    /// No such cache policy.
    NoSuchCachePolicy,
    /// `NoSuchCloudFrontOriginAccessIdentity`: HTTP 404; retry: never; category: not_found.
    /// No such cloud front origin access identity.
    NoSuchCloudFrontOriginAccessIdentity,
    /// `NoSuchContinuousDeploymentPolicy`: HTTP 404; retry: never; category: not_found.
    /// No such continuous deployment policy.
    NoSuchContinuousDeploymentPolicy,
    /// `NoSuchDistribution`: HTTP 404; retry: never; category: not_found.
    /// No such distribution.
    NoSuchDistribution,
    /// `NoSuchFieldLevelEncryptionConfig`: HTTP 404; retry: never; category: not_found.
    /// No such field level encryption config.
    NoSuchFieldLevelEncryptionConfig,
    /// `NoSuchFieldLevelEncryptionProfile`: HTTP 404; retry: never; category: not_found.
    /// No such field level encryption profile.
    NoSuchFieldLevelEncryptionProfile,
    /// `NoSuchFunctionExists`: HTTP 404; retry: never; category: not_found.
    /// No such function exists.
    NoSuchFunctionExists,
    /// `NoSuchInvalidation`: HTTP 404; retry: never; category: not_found.
    /// No such invalidation.
    NoSuchInvalidation,
    /// `NoSuchMonitoringSubscription`: HTTP 404; retry: never; category: not_found.
    /// No such monitoring subscription.
    NoSuchMonitoringSubscription,
    /// `NoSuchOrigin`: HTTP 404; retry: never; category: not_found.
    /// No such origin.
    NoSuchOrigin,
    /// `NoSuchOriginAccessControl`: HTTP 404; retry: never; category: not_found.
    /// No such origin access control.
    NoSuchOriginAccessControl,
    /// `NoSuchOriginRequestPolicy`: HTTP 404; retry: never; category: not_found.
    /// No such origin request policy.
    NoSuchOriginRequestPolicy,
    /// `NoSuchPublicKey`: HTTP 404; retry: never; category: not_found.
    /// No such public key.
    NoSuchPublicKey,
    /// `NoSuchRealtimeLogConfig`: HTTP 404; retry: never; category: not_found.
    /// No such realtime log config.
    NoSuchRealtimeLogConfig,
    /// `NoSuchResource`: HTTP 404; retry: never; category: not_found.
    /// No such resource.
    NoSuchResource,
    /// `NoSuchResponseHeadersPolicy`: HTTP 404; retry: never; category: not_found.
    /// No such response headers policy.
    NoSuchResponseHeadersPolicy,
    /// `NoSuchStreamingDistribution`: HTTP 404; retry: never; category: not_found.
    /// No such streaming distribution.
    NoSuchStreamingDistribution,
    /// `OriginAccessControlAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Origin access control already exists.
    OriginAccessControlAlreadyExists,
    /// `OriginAccessControlInUse`: HTTP 409; retry: never; category: aborted.
    /// Origin access control in use.
    OriginAccessControlInUse,
    /// `OriginRequestPolicyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Origin request policy already exists.
    OriginRequestPolicyAlreadyExists,
    /// `OriginRequestPolicyInUse`: HTTP 409; retry: never; category: aborted.
    /// Origin request policy in use.
    OriginRequestPolicyInUse,
    /// `PreconditionFailed`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailed,
    /// `PublicKeyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Public key already exists.
    PublicKeyAlreadyExists,
    /// `PublicKeyInUse`: HTTP 409; retry: never; category: aborted.
    /// Public key in use.
    PublicKeyInUse,
    /// `QueryArgProfileEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Query arg profile empty.
    QueryArgProfileEmpty,
    /// `RealtimeLogConfigAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Realtime log config already exists.
    RealtimeLogConfigAlreadyExists,
    /// `RealtimeLogConfigInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Realtime log config in use.
    RealtimeLogConfigInUse,
    /// `RealtimeLogConfigOwnerMismatch`: HTTP 401; retry: never; category: unauthenticated.
    /// Realtime log config owner mismatch.
    RealtimeLogConfigOwnerMismatch,
    /// `ResourceInUse`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUse,
    /// `ResponseHeadersPolicyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Response headers policy already exists.
    ResponseHeadersPolicyAlreadyExists,
    /// `ResponseHeadersPolicyInUse`: HTTP 409; retry: never; category: aborted.
    /// Response headers policy in use.
    ResponseHeadersPolicyInUse,
    /// `StagingDistributionInUse`: HTTP 409; retry: never; category: aborted.
    /// Staging distribution in use.
    StagingDistributionInUse,
    /// `StreamingDistributionAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Streaming distribution already exists.
    StreamingDistributionAlreadyExists,
    /// `StreamingDistributionNotDisabled`: HTTP 409; retry: never; category: aborted.
    /// Streaming distribution not disabled.
    StreamingDistributionNotDisabled,
    /// `TestFunctionFailed`: HTTP 500; retry: backoff; category: internal.
    /// Test function failed.
    TestFunctionFailed,
    /// `TooLongCSPInResponseHeadersPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too long CSP in response headers policy.
    TooLongCspInResponseHeadersPolicy,
    /// `TooManyCacheBehaviors`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cache behaviors.
    TooManyCacheBehaviors,
    /// `TooManyCachePolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cache policies.
    TooManyCachePolicies,
    /// `TooManyCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many certificates.
    TooManyCertificates,
    /// `TooManyCloudFrontOriginAccessIdentities`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cloud front origin access identities.
    TooManyCloudFrontOriginAccessIdentities,
    /// `TooManyContinuousDeploymentPolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many continuous deployment policies.
    TooManyContinuousDeploymentPolicies,
    /// `TooManyCookieNamesInWhiteList`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cookie names in white list.
    TooManyCookieNamesInWhiteList,
    /// `TooManyCookiesInCachePolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cookies in cache policy.
    TooManyCookiesInCachePolicy,
    /// `TooManyCookiesInOriginRequestPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many cookies in origin request policy.
    TooManyCookiesInOriginRequestPolicy,
    /// `TooManyCustomHeadersInResponseHeadersPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many custom headers in response headers policy.
    TooManyCustomHeadersInResponseHeadersPolicy,
    /// `TooManyDistributionCNAMEs`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distribution CNAM es.
    TooManyDistributionCnamEs,
    /// `TooManyDistributions`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions.
    TooManyDistributions,
    /// `TooManyDistributionsAssociatedToCachePolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to cache policy.
    TooManyDistributionsAssociatedToCachePolicy,
    /// `TooManyDistributionsAssociatedToFieldLevelEncryptionConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to field level encryption config.
    TooManyDistributionsAssociatedToFieldLevelEncryptionConfig,
    /// `TooManyDistributionsAssociatedToKeyGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to key group.
    TooManyDistributionsAssociatedToKeyGroup,
    /// `TooManyDistributionsAssociatedToOriginAccessControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to origin access control.
    TooManyDistributionsAssociatedToOriginAccessControl,
    /// `TooManyDistributionsAssociatedToOriginRequestPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to origin request policy.
    TooManyDistributionsAssociatedToOriginRequestPolicy,
    /// `TooManyDistributionsAssociatedToResponseHeadersPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions associated to response headers policy.
    TooManyDistributionsAssociatedToResponseHeadersPolicy,
    /// `TooManyDistributionsWithFunctionAssociations`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions with function associations.
    TooManyDistributionsWithFunctionAssociations,
    /// `TooManyDistributionsWithLambdaAssociations`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions with lambda associations.
    TooManyDistributionsWithLambdaAssociations,
    /// `TooManyDistributionsWithSingleFunctionARN`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many distributions with single function ARN.
    TooManyDistributionsWithSingleFunctionArn,
    /// `TooManyFieldLevelEncryptionConfigs`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption configs.
    TooManyFieldLevelEncryptionConfigs,
    /// `TooManyFieldLevelEncryptionContentTypeProfiles`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption content type profiles.
    TooManyFieldLevelEncryptionContentTypeProfiles,
    /// `TooManyFieldLevelEncryptionEncryptionEntities`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption encryption entities.
    TooManyFieldLevelEncryptionEncryptionEntities,
    /// `TooManyFieldLevelEncryptionFieldPatterns`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption field patterns.
    TooManyFieldLevelEncryptionFieldPatterns,
    /// `TooManyFieldLevelEncryptionProfiles`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption profiles.
    TooManyFieldLevelEncryptionProfiles,
    /// `TooManyFieldLevelEncryptionQueryArgProfiles`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many field level encryption query arg profiles.
    TooManyFieldLevelEncryptionQueryArgProfiles,
    /// `TooManyFunctionAssociations`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many function associations.
    TooManyFunctionAssociations,
    /// `TooManyFunctions`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many functions.
    TooManyFunctions,
    /// `TooManyHeadersInCachePolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many headers in cache policy.
    TooManyHeadersInCachePolicy,
    /// `TooManyHeadersInForwardedValues`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many headers in forwarded values.
    TooManyHeadersInForwardedValues,
    /// `TooManyHeadersInOriginRequestPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many headers in origin request policy.
    TooManyHeadersInOriginRequestPolicy,
    /// `TooManyInvalidationsInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many invalidations in progress.
    TooManyInvalidationsInProgress,
    /// `TooManyKeyGroups`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many key groups.
    TooManyKeyGroups,
    /// `TooManyKeyGroupsAssociatedToDistribution`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many key groups associated to distribution.
    TooManyKeyGroupsAssociatedToDistribution,
    /// `TooManyLambdaFunctionAssociations`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many lambda function associations.
    TooManyLambdaFunctionAssociations,
    /// `TooManyOriginAccessControls`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many origin access controls.
    TooManyOriginAccessControls,
    /// `TooManyOriginCustomHeaders`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many origin custom headers.
    TooManyOriginCustomHeaders,
    /// `TooManyOriginGroupsPerDistribution`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many origin groups per distribution.
    TooManyOriginGroupsPerDistribution,
    /// `TooManyOriginRequestPolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many origin request policies.
    TooManyOriginRequestPolicies,
    /// `TooManyOrigins`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many origins.
    TooManyOrigins,
    /// `TooManyPublicKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many public keys.
    TooManyPublicKeys,
    /// `TooManyPublicKeysInKeyGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many public keys in key group.
    TooManyPublicKeysInKeyGroup,
    /// `TooManyQueryStringParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many query string parameters.
    TooManyQueryStringParameters,
    /// `TooManyQueryStringsInCachePolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many query strings in cache policy.
    TooManyQueryStringsInCachePolicy,
    /// `TooManyQueryStringsInOriginRequestPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many query strings in origin request policy.
    TooManyQueryStringsInOriginRequestPolicy,
    /// `TooManyRealtimeLogConfigs`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many realtime log configs.
    TooManyRealtimeLogConfigs,
    /// `TooManyRemoveHeadersInResponseHeadersPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many remove headers in response headers policy.
    TooManyRemoveHeadersInResponseHeadersPolicy,
    /// `TooManyResponseHeadersPolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many response headers policies.
    TooManyResponseHeadersPolicies,
    /// `TooManyStreamingDistributionCNAMEs`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many streaming distribution CNAM es.
    TooManyStreamingDistributionCnamEs,
    /// `TooManyStreamingDistributions`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many streaming distributions.
    TooManyStreamingDistributions,
    /// `TooManyTrustedSigners`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many trusted signers.
    TooManyTrustedSigners,
    /// `TrustedKeyGroupDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Trusted key group does not exist.
    TrustedKeyGroupDoesNotExist,
    /// `TrustedSignerDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Trusted signer does not exist.
    TrustedSignerDoesNotExist,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperation,
    /// `InvalidAssociation`: HTTP 409; retry: never; category: aborted.
    /// Invalid association.
    InvalidAssociation,
    /// `ResourceNotDisabled`: HTTP 409; retry: never; category: aborted.
    /// Resource not disabled.
    ResourceNotDisabled,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 152] = [
        "AccessDenied",
        "BatchTooLarge",
        "CNAMEAlreadyExists",
        "CachePolicyAlreadyExists",
        "CachePolicyInUse",
        "CannotChangeImmutablePublicKeyFields",
        "CannotDeleteEntityWhileInUse",
        "CannotUpdateEntityWhileInUse",
        "CloudFrontOriginAccessIdentityAlreadyExists",
        "CloudFrontOriginAccessIdentityInUse",
        "ContinuousDeploymentPolicyAlreadyExists",
        "ContinuousDeploymentPolicyInUse",
        "DistributionAlreadyExists",
        "DistributionNotDisabled",
        "EntityAlreadyExists",
        "EntityLimitExceeded",
        "EntityNotFound",
        "EntitySizeLimitExceeded",
        "FieldLevelEncryptionConfigAlreadyExists",
        "FieldLevelEncryptionConfigInUse",
        "FieldLevelEncryptionProfileAlreadyExists",
        "FieldLevelEncryptionProfileInUse",
        "FieldLevelEncryptionProfileSizeExceeded",
        "FunctionAlreadyExists",
        "FunctionInUse",
        "FunctionSizeLimitExceeded",
        "IllegalDelete",
        "IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior",
        "IllegalOriginAccessConfiguration",
        "IllegalUpdate",
        "InconsistentQuantities",
        "InvalidArgument",
        "InvalidDefaultRootObject",
        "InvalidDomainNameForOriginAccessControl",
        "InvalidErrorCode",
        "InvalidForwardCookies",
        "InvalidFunctionAssociation",
        "InvalidGeoRestrictionParameter",
        "InvalidHeadersForS3Origin",
        "InvalidIfMatchVersion",
        "InvalidLambdaFunctionAssociation",
        "InvalidLocationCode",
        "InvalidMinimumProtocolVersion",
        "InvalidOrigin",
        "InvalidOriginAccessControl",
        "InvalidOriginAccessIdentity",
        "InvalidOriginKeepaliveTimeout",
        "InvalidOriginReadTimeout",
        "InvalidProtocolSettings",
        "InvalidQueryStringParameters",
        "InvalidRelativePath",
        "InvalidRequiredProtocol",
        "InvalidResponseCode",
        "InvalidTTLOrder",
        "InvalidTagging",
        "InvalidViewerCertificate",
        "InvalidWebACLId",
        "KeyGroupAlreadyExists",
        "MissingBody",
        "MonitoringSubscriptionAlreadyExists",
        "NoSuchCachePolicy",
        "NoSuchCloudFrontOriginAccessIdentity",
        "NoSuchContinuousDeploymentPolicy",
        "NoSuchDistribution",
        "NoSuchFieldLevelEncryptionConfig",
        "NoSuchFieldLevelEncryptionProfile",
        "NoSuchFunctionExists",
        "NoSuchInvalidation",
        "NoSuchMonitoringSubscription",
        "NoSuchOrigin",
        "NoSuchOriginAccessControl",
        "NoSuchOriginRequestPolicy",
        "NoSuchPublicKey",
        "NoSuchRealtimeLogConfig",
        "NoSuchResource",
        "NoSuchResponseHeadersPolicy",
        "NoSuchStreamingDistribution",
        "OriginAccessControlAlreadyExists",
        "OriginAccessControlInUse",
        "OriginRequestPolicyAlreadyExists",
        "OriginRequestPolicyInUse",
        "PreconditionFailed",
        "PublicKeyAlreadyExists",
        "PublicKeyInUse",
        "QueryArgProfileEmpty",
        "RealtimeLogConfigAlreadyExists",
        "RealtimeLogConfigInUse",
        "RealtimeLogConfigOwnerMismatch",
        "ResourceInUse",
        "ResponseHeadersPolicyAlreadyExists",
        "ResponseHeadersPolicyInUse",
        "StagingDistributionInUse",
        "StreamingDistributionAlreadyExists",
        "StreamingDistributionNotDisabled",
        "TestFunctionFailed",
        "TooLongCSPInResponseHeadersPolicy",
        "TooManyCacheBehaviors",
        "TooManyCachePolicies",
        "TooManyCertificates",
        "TooManyCloudFrontOriginAccessIdentities",
        "TooManyContinuousDeploymentPolicies",
        "TooManyCookieNamesInWhiteList",
        "TooManyCookiesInCachePolicy",
        "TooManyCookiesInOriginRequestPolicy",
        "TooManyCustomHeadersInResponseHeadersPolicy",
        "TooManyDistributionCNAMEs",
        "TooManyDistributions",
        "TooManyDistributionsAssociatedToCachePolicy",
        "TooManyDistributionsAssociatedToFieldLevelEncryptionConfig",
        "TooManyDistributionsAssociatedToKeyGroup",
        "TooManyDistributionsAssociatedToOriginAccessControl",
        "TooManyDistributionsAssociatedToOriginRequestPolicy",
        "TooManyDistributionsAssociatedToResponseHeadersPolicy",
        "TooManyDistributionsWithFunctionAssociations",
        "TooManyDistributionsWithLambdaAssociations",
        "TooManyDistributionsWithSingleFunctionARN",
        "TooManyFieldLevelEncryptionConfigs",
        "TooManyFieldLevelEncryptionContentTypeProfiles",
        "TooManyFieldLevelEncryptionEncryptionEntities",
        "TooManyFieldLevelEncryptionFieldPatterns",
        "TooManyFieldLevelEncryptionProfiles",
        "TooManyFieldLevelEncryptionQueryArgProfiles",
        "TooManyFunctionAssociations",
        "TooManyFunctions",
        "TooManyHeadersInCachePolicy",
        "TooManyHeadersInForwardedValues",
        "TooManyHeadersInOriginRequestPolicy",
        "TooManyInvalidationsInProgress",
        "TooManyKeyGroups",
        "TooManyKeyGroupsAssociatedToDistribution",
        "TooManyLambdaFunctionAssociations",
        "TooManyOriginAccessControls",
        "TooManyOriginCustomHeaders",
        "TooManyOriginGroupsPerDistribution",
        "TooManyOriginRequestPolicies",
        "TooManyOrigins",
        "TooManyPublicKeys",
        "TooManyPublicKeysInKeyGroup",
        "TooManyQueryStringParameters",
        "TooManyQueryStringsInCachePolicy",
        "TooManyQueryStringsInOriginRequestPolicy",
        "TooManyRealtimeLogConfigs",
        "TooManyRemoveHeadersInResponseHeadersPolicy",
        "TooManyResponseHeadersPolicies",
        "TooManyStreamingDistributionCNAMEs",
        "TooManyStreamingDistributions",
        "TooManyTrustedSigners",
        "TrustedKeyGroupDoesNotExist",
        "TrustedSignerDoesNotExist",
        "UnsupportedOperation",
        "InvalidAssociation",
        "ResourceNotDisabled",
    ];
    static NAME_CODES: [u32; 7] = [2, 53, 56, 95, 105, 115, 144];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CnameAlreadyExistsInvalidTtlOrderInvalidWebAclIdTooLongCspInResponseHeadersPolicyTooManyDistributionCnamEsTooManyDistributionsWithSingleFunctionArnTooManyStreamingDistributionCnamEs",
        ends: &[0, 18, 33, 48, 81, 106, 147, 181],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Batch too large.CNAME already exists.Cache policy already exists.Cache policy in use.Cannot change immutable public key fields.Cannot delete entity while in use.Cannot update entity while in use.Cloud front origin access identity already exists.Cloud front origin access identity in use.Continuous deployment policy already exists.Continuous deployment policy in use.Distribution already exists.Distribution not disabled.Entity already exists.Entity limit exceeded.Entity not found.Entity size limit exceeded.Field level encryption config already exists.Field level encryption config in use.Field level encryption profile already exists.Field level encryption profile in use.Field level encryption profile size exceeded.Function already exists.Function in use.Function size limit exceeded.Illegal delete.Illegal field level encryption config association with cache behavior.Illegal origin access configuration.Illegal update.Inconsistent quantities.Invalid argument.Invalid default root object.Invalid domain name for origin access control.Invalid error code.Invalid forward cookies.Invalid function association.Invalid geo restriction parameter.Invalid headers for s3 origin.Invalid if match version.Invalid lambda function association.Invalid location code.Invalid minimum protocol version.Invalid origin.Invalid origin access control.Invalid origin access identity.Invalid origin keepalive timeout.Invalid origin read timeout.Invalid protocol settings.Invalid query string parameters.Invalid relative path.Invalid required protocol.Invalid response code.Invalid TTL order.Invalid tagging.Invalid viewer certificate.Invalid web ACL id.Key group already exists.Missing body.Monitoring subscription already exists.No such cache policy.No such cloud front origin access identity.No such continuous deployment policy.No such distribution.No such field level encryption config.No such field level encryption profile.No such function exists.No such invalidation.No such monitoring subscription.No such origin.No such origin access control.No such origin request policy.No such public key.No such realtime log config.No such resource.No such response headers policy.No such streaming distribution.Origin access control already exists.Origin access control in use.Origin request policy already exists.Origin request policy in use.Precondition failed.Public key already exists.Public key in use.Query arg profile empty.Realtime log config already exists.Realtime log config in use.Realtime log config owner mismatch.Resource in use.Response headers policy already exists.Response headers policy in use.Staging distribution in use.Streaming distribution already exists.Streaming distribution not disabled.Test function failed.Too long CSP in response headers policy.Too many cache behaviors.Too many cache policies.Too many certificates.Too many cloud front origin access identities.Too many continuous deployment policies.Too many cookie names in white list.Too many cookies in cache policy.Too many cookies in origin request policy.Too many custom headers in response headers policy.Too many distribution CNAM es.Too many distributions.Too many distributions associated to cache policy.Too many distributions associated to field level encryption config.Too many distributions associated to key group.Too many distributions associated to origin access control.Too many distributions associated to origin request policy.Too many distributions associated to response headers policy.Too many distributions with function associations.Too many distributions with lambda associations.Too many distributions with single function ARN.Too many field level encryption configs.Too many field level encryption content type profiles.Too many field level encryption encryption entities.Too many field level encryption field patterns.Too many field level encryption profiles.Too many field level encryption query arg profiles.Too many function associations.Too many functions.Too many headers in cache policy.Too many headers in forwarded values.Too many headers in origin request policy.Too many invalidations in progress.Too many key groups.Too many key groups associated to distribution.Too many lambda function associations.Too many origin access controls.Too many origin custom headers.Too many origin groups per distribution.Too many origin request policies.Too many origins.Too many public keys.Too many public keys in key group.Too many query string parameters.Too many query strings in cache policy.Too many query strings in origin request policy.Too many realtime log configs.Too many remove headers in response headers policy.Too many response headers policies.Too many streaming distribution CNAM es.Too many streaming distributions.Too many trusted signers.Trusted key group does not exist.Trusted signer does not exist.Unsupported operation.Invalid association.Resource not disabled.",
        ends: &[
            0, 14, 30, 51, 79, 99, 141, 175, 209, 259, 301, 345, 381, 409, 435, 457, 479,
            496, 523, 568, 605, 651, 689, 734, 758, 774, 803, 818, 888, 924, 939, 963,
            980, 1008, 1054, 1073, 1097, 1126, 1160, 1190, 1215, 1251, 1273, 1306, 1321,
            1351, 1382, 1415, 1443, 1469, 1501, 1523, 1549, 1571, 1589, 1605, 1632, 1651,
            1676, 1689, 1728, 1749, 1792, 1829, 1850, 1888, 1927, 1951, 1972, 2004, 2019,
            2049, 2079, 2098, 2126, 2143, 2175, 2206, 2243, 2272, 2309, 2338, 2358, 2384,
            2402, 2426, 2461, 2488, 2523, 2539, 2578, 2609, 2637, 2675, 2711, 2732, 2772,
            2797, 2821, 2843, 2889, 2929, 2965, 2998, 3040, 3091, 3121, 3144, 3194, 3261,
            3308, 3367, 3426, 3487, 3537, 3585, 3633, 3673, 3727, 3779, 3826, 3867, 3918,
            3949, 3968, 4001, 4038, 4080, 4115, 4135, 4182, 4220, 4252, 4283, 4323, 4356,
            4373, 4394, 4428, 4461, 4500, 4548, 4578, 4629, 4664, 4704, 4737, 4762, 4795,
            4825, 4847, 4867, 4889,
        ],
    };
    static STATUSES: [u16; 152] = [
        403, 413, 409, 409, 409, 400, 409, 409, 409, 409, 409, 409, 409, 409, 409, 400,
        404, 413, 409, 409, 409, 409, 400, 409, 409, 413, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 409, 400, 409, 404, 404, 404, 404,
        404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 409, 409, 409,
        409, 412, 409, 409, 400, 409, 400, 401, 409, 409, 409, 409, 409, 409, 500, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 409, 409,
    ];
    static STATUS_ENDS: [u32; 153] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152,
    ];
    static RETRY: [::cloud_errors::Retry; 152] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 152] = ::cloud_errors::__private::category_column(
        b"gijjjcjjjjjjjjjceijjjjcjjicccccccccccccccccccccccccccccccjcjeeeeeeeeeeeeeeeeejjjjijjcjcpjjjjjjmcccccccccccccccccccccccccccccccccccccccccccccccccccccccjj",
    );
    static PILOTS: [u16; 38] = [
        0, 29, 52, 0, 8, 36, 13, 22, 48, 0, 2, 7, 7, 4, 4, 16, 1, 49, 34, 8, 7, 6, 1, 2,
        24, 322, 0, 3, 9, 29, 39, 78, 0, 201, 215, 86, 35, 12,
    ];
    static SLOTS: [(&str, u32); 168] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 57, 27, 4294967295, 89, 4294967295, 96, 91, 125, 145, 79, 82, 69, 66, 71,
            12, 32, 129, 63, 2, 64, 4294967295, 10, 38, 47, 98, 135, 33, 30, 146, 25,
            4294967295, 15, 34, 85, 117, 124, 75, 43, 53, 8, 41, 4294967295, 127, 48,
            134, 102, 4294967295, 87, 4294967295, 128, 31, 133, 116, 4294967295, 61, 5,
            4294967295, 23, 4294967295, 139, 122, 95, 115, 94, 92, 114, 88, 121, 9, 151,
            46, 147, 104, 4294967295, 97, 144, 3, 65, 131, 4294967295, 106, 20, 99, 143,
            60, 14, 119, 68, 72, 36, 59, 4294967295, 55, 0, 45, 110, 112, 109, 58, 150,
            52, 76, 22, 26, 113, 80, 62, 7, 42, 123, 70, 67, 111, 78, 51, 6, 108, 132,
            44, 138, 19, 11, 137, 140, 39, 4294967295, 16, 130, 141, 149, 29, 18, 17, 49,
            74, 107, 1, 24, 93, 13, 86, 120, 103, 148, 100, 21, 37, 136, 101, 84, 81, 54,
            50, 35, 73, 90, 4294967295, 105, 4294967295, 126, 4, 118, 142, 56, 83, 40, 77,
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
    const PROVIDER: &'static str = "AWS CloudFront";
    type Envelope = ::cloud_errors::envelopes::AwsRestXml;
    /// The retry defaults of AWS CloudFront's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudFront: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
