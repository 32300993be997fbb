// @generated from catalogs/aws/efs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EFS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EFS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessPointAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Access point already exists.
    AccessPointAlreadyExists,
    /// `AccessPointLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Access point limit exceeded.
    AccessPointLimitExceeded,
    /// `AccessPointNotFound`: HTTP 404; retry: never; category: not_found.
    /// Access point not found.
    AccessPointNotFound,
    /// `AvailabilityZonesMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Availability zones mismatch.
    AvailabilityZonesMismatch,
    /// `BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequest,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DependencyTimeout`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Dependency timeout.
    DependencyTimeout,
    /// `FileSystemAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// File system already exists.
    FileSystemAlreadyExists,
    /// `FileSystemInUse`: HTTP 409; retry: never; category: aborted.
    /// File system in use.
    FileSystemInUse,
    /// `FileSystemLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// File system limit exceeded.
    FileSystemLimitExceeded,
    /// `FileSystemNotFound`: HTTP 404; retry: never; category: not_found.
    /// File system not found.
    FileSystemNotFound,
    /// `IncorrectFileSystemLifeCycleState`: HTTP 409; retry: never; category: aborted.
    /// Incorrect file system life cycle state.
    IncorrectFileSystemLifeCycleState,
    /// `IncorrectMountTargetState`: HTTP 409; retry: never; category: aborted.
    /// Incorrect mount target state.
    IncorrectMountTargetState,
    /// `InsufficientThroughputCapacity`: HTTP 503; retry: backoff; category: unavailable.
    /// Insufficient throughput capacity.
    InsufficientThroughputCapacity,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy.
    InvalidPolicyException,
    /// `IpAddressInUse`: HTTP 409; retry: never; category: aborted.
    /// Ip address in use.
    IpAddressInUse,
    /// `MountTargetConflict`: HTTP 409; retry: never; category: aborted.
    /// Mount target conflict.
    MountTargetConflict,
    /// `MountTargetNotFound`: HTTP 404; retry: never; category: not_found.
    /// Mount target not found.
    MountTargetNotFound,
    /// `NetworkInterfaceLimitExceeded`: HTTP 409; retry: never; category: aborted.
    /// Network interface limit exceeded.
    NetworkInterfaceLimitExceeded,
    /// `NoFreeAddressesInSubnet`: HTTP 409; retry: never; category: aborted.
    /// No free addresses in subnet.
    NoFreeAddressesInSubnet,
    /// `PolicyNotFound`: HTTP 404; retry: never; category: not_found.
    /// Policy not found.
    PolicyNotFound,
    /// `ReplicationAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Replication already exists.
    ReplicationAlreadyExists,
    /// `ReplicationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Replication not found.
    ReplicationNotFound,
    /// `SecurityGroupLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group limit exceeded.
    SecurityGroupLimitExceeded,
    /// `SecurityGroupNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group not found.
    SecurityGroupNotFound,
    /// `SubnetNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not found.
    SubnetNotFound,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `ThroughputLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Throughput limit exceeded.
    ThroughputLimitExceeded,
    /// `TooManyRequests`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many requests.
    TooManyRequests,
    /// `UnsupportedAvailabilityZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported availability zone.
    UnsupportedAvailabilityZone,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "AccessPointAlreadyExists",
        "AccessPointLimitExceeded",
        "AccessPointNotFound",
        "AvailabilityZonesMismatch",
        "BadRequest",
        "ConflictException",
        "DependencyTimeout",
        "FileSystemAlreadyExists",
        "FileSystemInUse",
        "FileSystemLimitExceeded",
        "FileSystemNotFound",
        "IncorrectFileSystemLifeCycleState",
        "IncorrectMountTargetState",
        "InsufficientThroughputCapacity",
        "InternalServerError",
        "InvalidPolicyException",
        "IpAddressInUse",
        "MountTargetConflict",
        "MountTargetNotFound",
        "NetworkInterfaceLimitExceeded",
        "NoFreeAddressesInSubnet",
        "PolicyNotFound",
        "ReplicationAlreadyExists",
        "ReplicationNotFound",
        "SecurityGroupLimitExceeded",
        "SecurityGroupNotFound",
        "SubnetNotFound",
        "ThrottlingException",
        "ThroughputLimitExceeded",
        "TooManyRequests",
        "UnsupportedAvailabilityZone",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access point already exists.Access point limit exceeded.Access point not found.Availability zones mismatch.Bad request.The request conflicts with the current state of the resource.Dependency timeout.File system already exists.File system in use.File system limit exceeded.File system not found.Incorrect file system life cycle state.Incorrect mount target state.Insufficient throughput capacity.Internal server error.Invalid policy.Ip address in use.Mount target conflict.Mount target not found.Network interface limit exceeded.No free addresses in subnet.Policy not found.Replication already exists.Replication not found.Security group limit exceeded.Security group not found.Subnet not found.The request was throttled.Throughput limit exceeded.Too many requests.Unsupported availability zone.The request failed validation.",
        ends: &[
            0, 28, 56, 79, 107, 119, 180, 199, 226, 245, 272, 294, 333, 362, 395, 417,
            432, 450, 472, 495, 528, 556, 573, 600, 622, 652, 677, 694, 720, 746, 764,
            794, 824,
        ],
    };
    static STATUSES: [u16; 32] = [
        409, 403, 404, 400, 400, 409, 504, 409, 409, 403, 404, 409, 409, 503, 500, 400,
        409, 409, 404, 409, 409, 404, 409, 404, 400, 400, 400, 429, 400, 429, 400, 400,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaaabbaaaaaaaaaaaabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"jgeccjdjjgejjnmcjjejjejeccchchcc",
    );
    static PILOTS: [u16; 8] = [4, 8, 7, 0, 10, 24, 9, 12];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 10, 20, 29, 17, 22, 23, 30, 7, 21, 26, 4294967295, 5, 13, 12, 14, 19, 24,
            16, 15, 9, 8, 3, 6, 28, 4294967295, 0, 18, 4, 31, 25, 27, 11, 1, 4294967295,
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
    const PROVIDER: &'static str = "AWS EFS";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS EFS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EFS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
