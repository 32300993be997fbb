// @generated from catalogs/aws/elasticloadbalancingv2.yaml and catalogs/aws/elasticloadbalancingv2.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Elastic Load Balancing v2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Elastic Load Balancing v2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ALPNPolicyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// ALPN policy not found.
    AlpnPolicyNotFound,
    /// `AllocationIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Allocation id not found.
    AllocationIdNotFound,
    /// `AvailabilityZoneNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Availability zone not supported.
    AvailabilityZoneNotSupported,
    /// `CaCertificatesBundleNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Ca certificates bundle not found.
    CaCertificatesBundleNotFound,
    /// `CapacityDecreaseRequestLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Capacity decrease request limit exceeded.
    CapacityDecreaseRequestLimitExceeded,
    /// `CapacityReservationPending`: HTTP 400; retry: never; category: invalid_argument.
    /// Capacity reservation pending.
    CapacityReservationPending,
    /// `CapacityUnitsLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Capacity units limit exceeded.
    CapacityUnitsLimitExceeded,
    /// `CertificateNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate not found.
    CertificateNotFound,
    /// `DeleteAssociationSameAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete association same account.
    DeleteAssociationSameAccount,
    /// `DuplicateListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate listener.
    DuplicateListener,
    /// `DuplicateLoadBalancerName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate load balancer name.
    DuplicateLoadBalancerName,
    /// `DuplicateTagKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate tag keys.
    DuplicateTagKeys,
    /// `DuplicateTargetGroupName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate target group name.
    DuplicateTargetGroupName,
    /// `DuplicateTrustStoreName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate trust store name.
    DuplicateTrustStoreName,
    /// `HealthUnavailable`: HTTP 500; retry: backoff; category: internal.
    /// Health unavailable.
    HealthUnavailable,
    /// `IncompatibleProtocols`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible protocols.
    IncompatibleProtocols,
    /// `InsufficientCapacity`: HTTP 500; retry: backoff; category: internal.
    /// Insufficient capacity.
    InsufficientCapacity,
    /// `InvalidCaCertificatesBundle`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ca certificates bundle.
    InvalidCaCertificatesBundle,
    /// `InvalidConfigurationRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration request.
    InvalidConfigurationRequest,
    /// `InvalidLoadBalancerAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid load balancer action.
    InvalidLoadBalancerAction,
    /// `InvalidRevocationContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid revocation content.
    InvalidRevocationContent,
    /// `InvalidScheme`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scheme.
    InvalidScheme,
    /// `InvalidSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group.
    InvalidSecurityGroup,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTarget,
    /// `ListenerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener not found.
    ListenerNotFound,
    /// `LoadBalancerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer not found.
    LoadBalancerNotFound,
    /// `OperationNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermitted,
    /// `PriorRequestNotComplete`: HTTP 429; retry: backoff; category: aborted.
    /// Prior request not complete.
    PriorRequestNotComplete,
    /// `PriorityInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Priority in use.
    PriorityInUse,
    /// `ResourceInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUse,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `RevocationContentNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Revocation content not found.
    RevocationContentNotFound,
    /// `RevocationIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Revocation id not found.
    RevocationIdNotFound,
    /// `RuleNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule not found.
    RuleNotFound,
    /// `SSLPolicyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL policy not found.
    SslPolicyNotFound,
    /// `SubnetNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not found.
    SubnetNotFound,
    /// `TargetGroupAssociationLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Target group association limit.
    TargetGroupAssociationLimit,
    /// `TargetGroupNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Target group not found.
    TargetGroupNotFound,
    /// `TooManyActions`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many actions.
    TooManyActions,
    /// `TooManyCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many certificates.
    TooManyCertificates,
    /// `TooManyListeners`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many listeners.
    TooManyListeners,
    /// `TooManyLoadBalancers`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many load balancers.
    TooManyLoadBalancers,
    /// `TooManyRegistrationsForTargetId`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many registrations for target id.
    TooManyRegistrationsForTargetId,
    /// `TooManyRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many rules.
    TooManyRules,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `TooManyTargetGroups`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many target groups.
    TooManyTargetGroups,
    /// `TooManyTargets`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many targets.
    TooManyTargets,
    /// `TooManyTrustStoreRevocationEntries`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many trust store revocation entries.
    TooManyTrustStoreRevocationEntries,
    /// `TooManyTrustStores`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many trust stores.
    TooManyTrustStores,
    /// `TooManyUniqueTargetGroupsPerLoadBalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many unique target groups per load balancer.
    TooManyUniqueTargetGroupsPerLoadBalancer,
    /// `AssociationNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Association not found.
    AssociationNotFound,
    /// `TrustStoreInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Trust store in use.
    TrustStoreInUse,
    /// `TrustStoreNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Trust store not found.
    TrustStoreNotFound,
    /// `TrustStoreNotReady`: HTTP 400; retry: never; category: invalid_argument.
    /// Trust store not ready.
    TrustStoreNotReady,
    /// `UnsupportedProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported protocol.
    UnsupportedProtocol,
    /// `InvalidInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A target instance is not in a state the request can use.
    InvalidInstance,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 57] = [
        "ALPNPolicyNotFound",
        "AllocationIdNotFound",
        "AvailabilityZoneNotSupported",
        "CaCertificatesBundleNotFound",
        "CapacityDecreaseRequestLimitExceeded",
        "CapacityReservationPending",
        "CapacityUnitsLimitExceeded",
        "CertificateNotFound",
        "DeleteAssociationSameAccount",
        "DuplicateListener",
        "DuplicateLoadBalancerName",
        "DuplicateTagKeys",
        "DuplicateTargetGroupName",
        "DuplicateTrustStoreName",
        "HealthUnavailable",
        "IncompatibleProtocols",
        "InsufficientCapacity",
        "InvalidCaCertificatesBundle",
        "InvalidConfigurationRequest",
        "InvalidLoadBalancerAction",
        "InvalidRevocationContent",
        "InvalidScheme",
        "InvalidSecurityGroup",
        "InvalidSubnet",
        "InvalidTarget",
        "ListenerNotFound",
        "LoadBalancerNotFound",
        "OperationNotPermitted",
        "PriorRequestNotComplete",
        "PriorityInUse",
        "ResourceInUse",
        "ResourceNotFound",
        "RevocationContentNotFound",
        "RevocationIdNotFound",
        "RuleNotFound",
        "SSLPolicyNotFound",
        "SubnetNotFound",
        "TargetGroupAssociationLimit",
        "TargetGroupNotFound",
        "TooManyActions",
        "TooManyCertificates",
        "TooManyListeners",
        "TooManyLoadBalancers",
        "TooManyRegistrationsForTargetId",
        "TooManyRules",
        "TooManyTags",
        "TooManyTargetGroups",
        "TooManyTargets",
        "TooManyTrustStoreRevocationEntries",
        "TooManyTrustStores",
        "TooManyUniqueTargetGroupsPerLoadBalancer",
        "AssociationNotFound",
        "TrustStoreInUse",
        "TrustStoreNotFound",
        "TrustStoreNotReady",
        "UnsupportedProtocol",
        "InvalidInstance",
    ];
    static NAME_CODES: [u32; 2] = [0, 35];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AlpnPolicyNotFoundSslPolicyNotFound",
        ends: &[0, 18, 35],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ALPN policy not found.Allocation id not found.Availability zone not supported.Ca certificates bundle not found.Capacity decrease request limit exceeded.Capacity reservation pending.Capacity units limit exceeded.Certificate not found.Delete association same account.Duplicate listener.Duplicate load balancer name.Duplicate tag keys.Duplicate target group name.Duplicate trust store name.Health unavailable.Incompatible protocols.Insufficient capacity.Invalid ca certificates bundle.Invalid configuration request.Invalid load balancer action.Invalid revocation content.Invalid scheme.Invalid security group.Invalid subnet.Invalid target.Listener not found.Load balancer not found.Operation not permitted.Prior request not complete.Priority in use.Resource in use.Resource not found.Revocation content not found.Revocation id not found.Rule not found.SSL policy not found.Subnet not found.Target group association limit.Target group not found.Too many actions.Too many certificates.Too many listeners.Too many load balancers.Too many registrations for target id.Too many rules.Too many tags.Too many target groups.Too many targets.Too many trust store revocation entries.Too many trust stores.Too many unique target groups per load balancer.Association not found.Trust store in use.Trust store not found.Trust store not ready.Unsupported protocol.A target instance is not in a state the request can use.",
        ends: &[
            0, 22, 46, 78, 111, 152, 181, 211, 233, 265, 284, 313, 332, 360, 387, 406,
            429, 451, 482, 512, 541, 568, 583, 606, 621, 636, 655, 679, 703, 730, 746,
            762, 781, 810, 834, 849, 870, 887, 918, 941, 958, 980, 999, 1023, 1060, 1075,
            1089, 1112, 1129, 1169, 1191, 1239, 1261, 1280, 1302, 1324, 1345, 1401,
        ],
    };
    static STATUSES: [u16; 56] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400,
        500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 429, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 58] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 56,
    ];
    static RETRY: [::cloud_errors::Retry; 57] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaababaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 57] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccmcmcccccccccccjccccccccccccccccccccccccccci",
    );
    static PILOTS: [u16; 15] = [0, 66, 38, 8, 11, 30, 22, 0, 54, 84, 0, 38, 17, 1239, 0];
    static SLOTS: [(&str, u32); 63] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 25, 34, 24, 10, 45, 6, 4294967295, 4, 55, 49, 47, 9, 29, 41, 11, 44, 52,
            17, 4294967295, 31, 50, 54, 39, 32, 4294967295, 56, 53, 36, 2, 30, 27, 35,
            46, 4294967295, 15, 43, 3, 21, 48, 4294967295, 5, 4294967295, 40, 0, 51, 7,
            12, 37, 8, 20, 26, 42, 28, 14, 18, 19, 22, 23, 13, 38, 1, 33,
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
    const PROVIDER: &'static str = "AWS Elastic Load Balancing v2";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Elastic Load Balancing v2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Elastic Load Balancing v2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
