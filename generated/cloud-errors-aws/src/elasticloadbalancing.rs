// @generated from catalogs/aws/elasticloadbalancing.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Elastic Load Balancing: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Elastic Load Balancing: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `LoadBalancerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer not found.
    LoadBalancerNotFound,
    /// `CertificateNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate not found.
    CertificateNotFound,
    /// `DependencyThrottle`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency throttle.
    DependencyThrottle,
    /// `DuplicateLoadBalancerName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate load balancer name.
    DuplicateLoadBalancerName,
    /// `DuplicateListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate listener.
    DuplicateListener,
    /// `DuplicatePolicyName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate policy name.
    DuplicatePolicyName,
    /// `DuplicateTagKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate tag keys.
    DuplicateTagKeys,
    /// `InvalidConfigurationRequest`: HTTP 409; retry: never; category: aborted.
    /// Invalid configuration request.
    InvalidConfigurationRequest,
    /// `InvalidInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance.
    InvalidInstance,
    /// `InvalidScheme`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scheme.
    InvalidScheme,
    /// `InvalidSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group.
    InvalidSecurityGroup,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `ListenerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener not found.
    ListenerNotFound,
    /// `LoadBalancerAttributeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer attribute not found.
    LoadBalancerAttributeNotFound,
    /// `OperationNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermitted,
    /// `PolicyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy not found.
    PolicyNotFound,
    /// `PolicyTypeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy type not found.
    PolicyTypeNotFound,
    /// `SubnetNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not found.
    SubnetNotFound,
    /// `TooManyLoadBalancers`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many load balancers.
    TooManyLoadBalancers,
    /// `TooManyPolicies`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many policies.
    TooManyPolicies,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `UnsupportedProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported protocol.
    UnsupportedProtocol,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "LoadBalancerNotFound",
        "CertificateNotFound",
        "DependencyThrottle",
        "DuplicateLoadBalancerName",
        "DuplicateListener",
        "DuplicatePolicyName",
        "DuplicateTagKeys",
        "InvalidConfigurationRequest",
        "InvalidInstance",
        "InvalidScheme",
        "InvalidSecurityGroup",
        "InvalidSubnet",
        "ListenerNotFound",
        "LoadBalancerAttributeNotFound",
        "OperationNotPermitted",
        "PolicyNotFound",
        "PolicyTypeNotFound",
        "SubnetNotFound",
        "TooManyLoadBalancers",
        "TooManyPolicies",
        "TooManyTags",
        "UnsupportedProtocol",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Load balancer not found.Certificate not found.Dependency throttle.Duplicate load balancer name.Duplicate listener.Duplicate policy name.Duplicate tag keys.Invalid configuration request.Invalid instance.Invalid scheme.Invalid security group.Invalid subnet.Listener not found.Load balancer attribute not found.Operation not permitted.Policy not found.Policy type not found.Subnet not found.Too many load balancers.Too many policies.Too many tags.Unsupported protocol.",
        ends: &[
            0, 24, 46, 66, 95, 114, 136, 155, 185, 202, 217, 240, 255, 274, 308, 332,
            349, 371, 388, 412, 430, 444, 465,
        ],
    };
    static STATUSES: [u16; 22] = [
        400, 400, 400, 400, 400, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 23] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    ];
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"cccccccjcccccccccccccc",
    );
    static PILOTS: [u16; 6] = [14, 14, 25, 13, 2, 46];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 19, 3, 9, 4294967295, 8, 12, 4, 10, 14, 15, 13, 11, 2, 1, 20, 16,
            6, 7, 18, 17, 5, 21, 0,
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
    const PROVIDER: &'static str = "AWS Elastic Load Balancing";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Elastic Load Balancing's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Elastic Load Balancing: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
