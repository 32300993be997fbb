// @generated from catalogs/aws/dax.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS DAX: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS DAX: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster already exists.
    ClusterAlreadyExistsFault,
    /// `ClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Cluster not found.
    ClusterNotFoundFault,
    /// `ClusterQuotaForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster quota for customer exceeded.
    ClusterQuotaForCustomerExceededFault,
    /// `InsufficientClusterCapacityFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient cluster capacity.
    InsufficientClusterCapacityFault,
    /// `InvalidARNFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ARN.
    InvalidArnFault,
    /// `InvalidClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster state.
    InvalidClusterStateFault,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidParameterGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter group state.
    InvalidParameterGroupStateFault,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `NodeNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Node not found.
    NodeNotFoundFault,
    /// `NodeQuotaForClusterExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for cluster exceeded.
    NodeQuotaForClusterExceededFault,
    /// `NodeQuotaForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for customer exceeded.
    NodeQuotaForCustomerExceededFault,
    /// `ParameterGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter group already exists.
    ParameterGroupAlreadyExistsFault,
    /// `ParameterGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Parameter group not found.
    ParameterGroupNotFoundFault,
    /// `ParameterGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter group quota exceeded.
    ParameterGroupQuotaExceededFault,
    /// `ServiceLinkedRoleNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Service linked role not found.
    ServiceLinkedRoleNotFoundFault,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `SubnetGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group already exists.
    SubnetGroupAlreadyExistsFault,
    /// `SubnetGroupInUseFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group in use.
    SubnetGroupInUseFault,
    /// `SubnetGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Subnet group not found.
    SubnetGroupNotFoundFault,
    /// `SubnetGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group quota exceeded.
    SubnetGroupQuotaExceededFault,
    /// `SubnetInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet in use.
    SubnetInUse,
    /// `SubnetQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet quota exceeded.
    SubnetQuotaExceededFault,
    /// `TagNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Tag not found.
    TagNotFoundFault,
    /// `TagQuotaPerResourceExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag quota per resource exceeded.
    TagQuotaPerResourceExceeded,
    /// `SubnetNotAllowedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not allowed.
    SubnetNotAllowedFault,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "ClusterAlreadyExistsFault",
        "ClusterNotFoundFault",
        "ClusterQuotaForCustomerExceededFault",
        "InsufficientClusterCapacityFault",
        "InvalidARNFault",
        "InvalidClusterStateFault",
        "InvalidParameterCombinationException",
        "InvalidParameterGroupStateFault",
        "InvalidParameterValueException",
        "InvalidSubnet",
        "InvalidVPCNetworkStateFault",
        "NodeNotFoundFault",
        "NodeQuotaForClusterExceededFault",
        "NodeQuotaForCustomerExceededFault",
        "ParameterGroupAlreadyExistsFault",
        "ParameterGroupNotFoundFault",
        "ParameterGroupQuotaExceededFault",
        "ServiceLinkedRoleNotFoundFault",
        "ServiceQuotaExceededException",
        "SubnetGroupAlreadyExistsFault",
        "SubnetGroupInUseFault",
        "SubnetGroupNotFoundFault",
        "SubnetGroupQuotaExceededFault",
        "SubnetInUse",
        "SubnetQuotaExceededFault",
        "TagNotFoundFault",
        "TagQuotaPerResourceExceeded",
        "SubnetNotAllowedFault",
    ];
    static NAME_CODES: [u32; 2] = [4, 10];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidArnFaultInvalidVpcNetworkStateFault",
        ends: &[0, 15, 42],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Cluster already exists.Cluster not found.Cluster quota for customer exceeded.Insufficient cluster capacity.Invalid ARN.Invalid cluster state.Invalid parameter combination.Invalid parameter group state.Invalid parameter value.Invalid subnet.Invalid VPC network state.Node not found.Node quota for cluster exceeded.Node quota for customer exceeded.Parameter group already exists.Parameter group not found.Parameter group quota exceeded.Service linked role not found.Service quota exceeded.Subnet group already exists.Subnet group in use.Subnet group not found.Subnet group quota exceeded.Subnet in use.Subnet quota exceeded.Tag not found.Tag quota per resource exceeded.Subnet not allowed.",
        ends: &[
            0, 23, 41, 77, 107, 119, 141, 171, 201, 225, 240, 266, 281, 313, 346, 377,
            403, 434, 464, 487, 515, 535, 558, 586, 600, 622, 636, 668, 687,
        ],
    };
    static STATUSES: [u16; 28] = [
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 404,
        400, 400, 402, 400, 400, 404, 400, 400, 400, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 29] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28,
    ];
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"cecccccccccecccecciccecccecc",
    );
    static PILOTS: [u16; 7] = [7, 10, 9, 20, 3, 643, 6];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 20, 1, 4, 13, 16, 22, 4294967295, 10, 9, 27, 17, 3, 2, 8, 21, 14, 0, 11,
            25, 19, 12, 6, 26, 15, 4294967295, 18, 24, 7, 23, 4294967295,
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
    const PROVIDER: &'static str = "AWS DAX";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS DAX's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS DAX: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
