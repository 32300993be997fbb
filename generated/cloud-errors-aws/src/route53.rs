// @generated from catalogs/aws/route53.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Route 53: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestXml`](cloud_errors::envelopes::AwsRestXml) (`aws_rest_xml`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Route 53: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CidrBlockInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cidr block in use.
    CidrBlockInUseException,
    /// `CidrCollectionAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cidr collection already exists.
    CidrCollectionAlreadyExistsException,
    /// `CidrCollectionInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cidr collection in use.
    CidrCollectionInUseException,
    /// `CidrCollectionVersionMismatchException`: HTTP 409; retry: never; category: aborted.
    /// Cidr collection version mismatch.
    CidrCollectionVersionMismatchException,
    /// `ConcurrentModification`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModification,
    /// `ConflictingDomainExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflicting domain exists.
    ConflictingDomainExists,
    /// `ConflictingTypes`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflicting types.
    ConflictingTypes,
    /// `DNSSECNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// DNSSEC not found.
    DnssecNotFound,
    /// `DelegationSetAlreadyCreated`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegation set already created.
    DelegationSetAlreadyCreated,
    /// `DelegationSetAlreadyReusable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegation set already reusable.
    DelegationSetAlreadyReusable,
    /// `DelegationSetInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegation set in use.
    DelegationSetInUse,
    /// `DelegationSetNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegation set not available.
    DelegationSetNotAvailable,
    /// `DelegationSetNotReusable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegation set not reusable.
    DelegationSetNotReusable,
    /// `HealthCheckAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Health check already exists.
    HealthCheckAlreadyExists,
    /// `HealthCheckInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Health check in use.
    HealthCheckInUse,
    /// `HealthCheckVersionMismatch`: HTTP 409; retry: never; category: aborted.
    /// Health check version mismatch.
    HealthCheckVersionMismatch,
    /// `HostedZoneAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Hosted zone already exists.
    HostedZoneAlreadyExists,
    /// `HostedZoneNotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Hosted zone not empty.
    HostedZoneNotEmpty,
    /// `HostedZoneNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Hosted zone not found.
    HostedZoneNotFound,
    /// `HostedZoneNotPrivate`: HTTP 400; retry: never; category: invalid_argument.
    /// Hosted zone not private.
    HostedZoneNotPrivate,
    /// `HostedZonePartiallyDelegated`: HTTP 400; retry: never; category: invalid_argument.
    /// Hosted zone partially delegated.
    HostedZonePartiallyDelegated,
    /// `IncompatibleVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible version.
    IncompatibleVersion,
    /// `InsufficientCloudWatchLogsResourcePolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient cloud watch logs resource policy.
    InsufficientCloudWatchLogsResourcePolicy,
    /// `InvalidArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgument,
    /// `InvalidChangeBatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change batch.
    InvalidChangeBatch,
    /// `InvalidDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name.
    InvalidDomainName,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInput,
    /// `InvalidKMSArn`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid KMS arn.
    InvalidKmsArn,
    /// `InvalidKeySigningKeyName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key signing key name.
    InvalidKeySigningKeyName,
    /// `InvalidKeySigningKeyStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key signing key status.
    InvalidKeySigningKeyStatus,
    /// `InvalidPaginationToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationToken,
    /// `InvalidSigningStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid signing status.
    InvalidSigningStatus,
    /// `InvalidTrafficPolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic policy document.
    InvalidTrafficPolicyDocument,
    /// `InvalidVPCId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC id.
    InvalidVpcId,
    /// `KeySigningKeyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Key signing key already exists.
    KeySigningKeyAlreadyExists,
    /// `KeySigningKeyInParentDSRecord`: HTTP 400; retry: never; category: invalid_argument.
    /// Key signing key in parent DS record.
    KeySigningKeyInParentDsRecord,
    /// `KeySigningKeyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Key signing key in use.
    KeySigningKeyInUse,
    /// `KeySigningKeyWithActiveStatusNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Key signing key with active status not found.
    KeySigningKeyWithActiveStatusNotFound,
    /// `LastVPCAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Last VPC association.
    LastVpcAssociation,
    /// `LimitsExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Limits exceeded.
    LimitsExceeded,
    /// `NoSuchChange`: HTTP 404; retry: never; category: not_found.
    /// No such change.
    NoSuchChange,
    /// `NoSuchCidrCollectionException`: HTTP 404; retry: never; category: not_found.
    /// No such cidr collection.
    NoSuchCidrCollectionException,
    /// `NoSuchCidrLocationException`: HTTP 404; retry: never; category: not_found.
    /// No such cidr location.
    NoSuchCidrLocationException,
    /// `NoSuchCloudWatchLogsLogGroup`: HTTP 404; retry: never; category: not_found.
    /// No such cloud watch logs log group.
    NoSuchCloudWatchLogsLogGroup,
    /// `NoSuchDelegationSet`: HTTP 400; retry: never; category: invalid_argument.
    /// No such delegation set.
    NoSuchDelegationSet,
    /// `NoSuchGeoLocation`: HTTP 404; retry: never; category: not_found.
    /// No such geo location.
    NoSuchGeoLocation,
    /// `NoSuchHealthCheck`: HTTP 404; retry: never; category: not_found.
    /// No such health check.
    NoSuchHealthCheck,
    /// `NoSuchHostedZone`: HTTP 404; retry: never; category: not_found.
    /// No such hosted zone.
    NoSuchHostedZone,
    /// `NoSuchKeySigningKey`: HTTP 404; retry: never; category: not_found.
    /// No such key signing key.
    NoSuchKeySigningKey,
    /// `NoSuchQueryLoggingConfig`: HTTP 404; retry: never; category: not_found.
    /// No such query logging config.
    NoSuchQueryLoggingConfig,
    /// `NoSuchTrafficPolicy`: HTTP 404; retry: never; category: not_found.
    /// No such traffic policy.
    NoSuchTrafficPolicy,
    /// `NoSuchTrafficPolicyInstance`: HTTP 404; retry: never; category: not_found.
    /// No such traffic policy instance.
    NoSuchTrafficPolicyInstance,
    /// `NotAuthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Not authorized.
    NotAuthorizedException,
    /// `PriorRequestNotComplete`: HTTP 400; retry: backoff; category: aborted.
    /// Prior request not complete.
    PriorRequestNotComplete,
    /// `PublicZoneVPCAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Public zone VPC association.
    PublicZoneVpcAssociation,
    /// `QueryLoggingConfigAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Query logging config already exists.
    QueryLoggingConfigAlreadyExists,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyHealthChecks`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many health checks.
    TooManyHealthChecks,
    /// `TooManyHostedZones`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many hosted zones.
    TooManyHostedZones,
    /// `TooManyKeySigningKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many key signing keys.
    TooManyKeySigningKeys,
    /// `TooManyTrafficPolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many traffic policies.
    TooManyTrafficPolicies,
    /// `TooManyTrafficPolicyInstances`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many traffic policy instances.
    TooManyTrafficPolicyInstances,
    /// `TooManyTrafficPolicyVersionsForCurrentPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many traffic policy versions for current policy.
    TooManyTrafficPolicyVersionsForCurrentPolicy,
    /// `TooManyVPCAssociationAuthorizations`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many VPC association authorizations.
    TooManyVpcAssociationAuthorizations,
    /// `TrafficPolicyAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Traffic policy already exists.
    TrafficPolicyAlreadyExists,
    /// `TrafficPolicyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Traffic policy in use.
    TrafficPolicyInUse,
    /// `TrafficPolicyInstanceAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Traffic policy instance already exists.
    TrafficPolicyInstanceAlreadyExists,
    /// `VPCAssociationAuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// VPC association authorization not found.
    VpcAssociationAuthorizationNotFound,
    /// `VPCAssociationNotFound`: HTTP 404; retry: never; category: not_found.
    /// VPC association not found.
    VpcAssociationNotFound,
    /// `FeatureNotEnabled`: HTTP 403; retry: never; category: permission_denied.
    /// Feature not enabled.
    FeatureNotEnabled,
    /// `HealthCheckSourceAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Health check source already exists.
    HealthCheckSourceAlreadyExists,
    /// `InvalidResourceRecordSetProtectionBatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource record set protection batch.
    InvalidResourceRecordSetProtectionBatch,
    /// `NoSuchHealthCheckSource`: HTTP 404; retry: never; category: not_found.
    /// No such health check source.
    NoSuchHealthCheckSource,
    /// `ProtectionAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Protection already exists.
    ProtectionAlreadyExists,
    /// `TooManyHealthCheckSources`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many health check sources.
    TooManyHealthCheckSources,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 75] = [
        "CidrBlockInUseException",
        "CidrCollectionAlreadyExistsException",
        "CidrCollectionInUseException",
        "CidrCollectionVersionMismatchException",
        "ConcurrentModification",
        "ConflictingDomainExists",
        "ConflictingTypes",
        "DNSSECNotFound",
        "DelegationSetAlreadyCreated",
        "DelegationSetAlreadyReusable",
        "DelegationSetInUse",
        "DelegationSetNotAvailable",
        "DelegationSetNotReusable",
        "HealthCheckAlreadyExists",
        "HealthCheckInUse",
        "HealthCheckVersionMismatch",
        "HostedZoneAlreadyExists",
        "HostedZoneNotEmpty",
        "HostedZoneNotFound",
        "HostedZoneNotPrivate",
        "HostedZonePartiallyDelegated",
        "IncompatibleVersion",
        "InsufficientCloudWatchLogsResourcePolicy",
        "InvalidArgument",
        "InvalidChangeBatch",
        "InvalidDomainName",
        "InvalidInput",
        "InvalidKMSArn",
        "InvalidKeySigningKeyName",
        "InvalidKeySigningKeyStatus",
        "InvalidPaginationToken",
        "InvalidSigningStatus",
        "InvalidTrafficPolicyDocument",
        "InvalidVPCId",
        "KeySigningKeyAlreadyExists",
        "KeySigningKeyInParentDSRecord",
        "KeySigningKeyInUse",
        "KeySigningKeyWithActiveStatusNotFound",
        "LastVPCAssociation",
        "LimitsExceeded",
        "NoSuchChange",
        "NoSuchCidrCollectionException",
        "NoSuchCidrLocationException",
        "NoSuchCloudWatchLogsLogGroup",
        "NoSuchDelegationSet",
        "NoSuchGeoLocation",
        "NoSuchHealthCheck",
        "NoSuchHostedZone",
        "NoSuchKeySigningKey",
        "NoSuchQueryLoggingConfig",
        "NoSuchTrafficPolicy",
        "NoSuchTrafficPolicyInstance",
        "NotAuthorizedException",
        "PriorRequestNotComplete",
        "PublicZoneVPCAssociation",
        "QueryLoggingConfigAlreadyExists",
        "ThrottlingException",
        "TooManyHealthChecks",
        "TooManyHostedZones",
        "TooManyKeySigningKeys",
        "TooManyTrafficPolicies",
        "TooManyTrafficPolicyInstances",
        "TooManyTrafficPolicyVersionsForCurrentPolicy",
        "TooManyVPCAssociationAuthorizations",
        "TrafficPolicyAlreadyExists",
        "TrafficPolicyInUse",
        "TrafficPolicyInstanceAlreadyExists",
        "VPCAssociationAuthorizationNotFound",
        "VPCAssociationNotFound",
        "FeatureNotEnabled",
        "HealthCheckSourceAlreadyExists",
        "InvalidResourceRecordSetProtectionBatch",
        "NoSuchHealthCheckSource",
        "ProtectionAlreadyExists",
        "TooManyHealthCheckSources",
    ];
    static NAME_CODES: [u32; 9] = [7, 27, 33, 35, 38, 54, 63, 67, 68];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DnssecNotFoundInvalidKmsArnInvalidVpcIdKeySigningKeyInParentDsRecordLastVpcAssociationPublicZoneVpcAssociationTooManyVpcAssociationAuthorizationsVpcAssociationAuthorizationNotFoundVpcAssociationNotFound",
        ends: &[0, 14, 27, 39, 68, 86, 110, 145, 180, 202],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Cidr block in use.Cidr collection already exists.Cidr collection in use.Cidr collection version mismatch.Concurrent modification.Conflicting domain exists.Conflicting types.DNSSEC not found.Delegation set already created.Delegation set already reusable.Delegation set in use.Delegation set not available.Delegation set not reusable.Health check already exists.Health check in use.Health check version mismatch.Hosted zone already exists.Hosted zone not empty.Hosted zone not found.Hosted zone not private.Hosted zone partially delegated.Incompatible version.Insufficient cloud watch logs resource policy.Invalid argument.Invalid change batch.Invalid domain name.Invalid input.Invalid KMS arn.Invalid key signing key name.Invalid key signing key status.Invalid pagination token.Invalid signing status.Invalid traffic policy document.Invalid VPC id.Key signing key already exists.Key signing key in parent DS record.Key signing key in use.Key signing key with active status not found.Last VPC association.Limits exceeded.No such change.No such cidr collection.No such cidr location.No such cloud watch logs log group.No such delegation set.No such geo location.No such health check.No such hosted zone.No such key signing key.No such query logging config.No such traffic policy.No such traffic policy instance.Not authorized.Prior request not complete.Public zone VPC association.Query logging config already exists.The request was throttled.Too many health checks.Too many hosted zones.Too many key signing keys.Too many traffic policies.Too many traffic policy instances.Too many traffic policy versions for current policy.Too many VPC association authorizations.Traffic policy already exists.Traffic policy in use.Traffic policy instance already exists.VPC association authorization not found.VPC association not found.Feature not enabled.Health check source already exists.Invalid resource record set protection batch.No such health check source.Protection already exists.Too many health check sources.",
        ends: &[
            0, 18, 49, 72, 105, 129, 155, 173, 190, 221, 253, 275, 304, 332, 360, 380,
            410, 437, 459, 481, 505, 537, 558, 604, 621, 642, 662, 676, 692, 721, 752,
            777, 800, 832, 847, 878, 914, 937, 982, 1003, 1019, 1034, 1058, 1080, 1115,
            1138, 1159, 1180, 1200, 1224, 1253, 1276, 1308, 1323, 1350, 1378, 1414, 1440,
            1463, 1485, 1511, 1537, 1571, 1623, 1663, 1693, 1715, 1754, 1794, 1820, 1840,
            1875, 1920, 1948, 1974, 2004,
        ],
    };
    static STATUSES: [u16; 75] = [
        400, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 409, 400, 409,
        409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 409, 400, 400, 400, 400, 400, 404, 404, 404, 404, 400, 404, 404, 404,
        404, 404, 404, 404, 401, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400,
        409, 400, 409, 404, 404, 403, 409, 400, 404, 409, 400,
    ];
    static STATUS_ENDS: [u32; 76] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75,
    ];
    static RETRY: [::cloud_errors::Retry; 75] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaabaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 75] = ::cloud_errors::__private::category_column(
        b"cccjcccccccccjcjjcccccccccccccccccjccccceeeeceeeeeeepjcjhcccccccjcjeegjcejc",
    );
    static PILOTS: [u16; 19] = [
        147, 5, 8, 1, 17, 41, 2, 41, 2, 52, 15, 19, 379, 0, 2, 1, 44, 1, 278,
    ];
    static SLOTS: [(&str, u32); 83] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            37, 12, 23, 63, 64, 38, 9, 39, 28, 46, 70, 69, 54, 41, 24, 27, 53, 34, 68,
            4294967295, 51, 36, 7, 50, 66, 8, 74, 61, 6, 2, 72, 59, 11, 5, 35, 52, 1, 29,
            57, 56, 14, 17, 58, 33, 73, 4, 65, 25, 60, 49, 71, 55, 4294967295,
            4294967295, 31, 48, 40, 26, 44, 10, 45, 67, 47, 62, 30, 4294967295, 21,
            4294967295, 3, 18, 0, 19, 42, 43, 22, 15, 20, 32, 4294967295, 4294967295,
            4294967295, 13, 16,
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
    const PROVIDER: &'static str = "AWS Route 53";
    type Envelope = ::cloud_errors::envelopes::AwsRestXml;
    /// The retry defaults of AWS Route 53's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Route 53: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
