// @generated from catalogs/alibaba/smc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud smc: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud smc: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ReplicationJobDataDiskIndex.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job data disk index: invalid.
    ReplicationJobDataDiskIndexInvalid,
    /// `VSwitchIdVpcId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch id vpc id: mismatch.
    VSwitchIdVpcIdMismatch,
    /// `InvalidSecurityGroupId.IncorrectNetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: incorrect network type.
    InvalidSecurityGroupIdIncorrectNetworkType,
    /// `InvalidSecurityGroupId.VPCMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: VPC mismatch.
    InvalidSecurityGroupIdVpcMismatch,
    /// `QuotaExceeded.ReplicationJob`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: replication job.
    QuotaExceededReplicationJob,
    /// `ReplicationJobName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job name: duplicate.
    ReplicationJobNameDuplicate,
    /// `SourceServerState.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Source server state: invalid.
    SourceServerStateInvalid,
    /// `ImageName.UsedByReplicationJob`: HTTP 400; retry: never; category: invalid_argument.
    /// Image name: used by replication job.
    ImageNameUsedByReplicationJob,
    /// `InvalidOsMigrationType.NotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid os migration type: not matched.
    InvalidOsMigrationTypeNotMatched,
    /// `EntityNotExist.Role`: HTTP 403; retry: never; category: permission_denied.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `RealNameAuthenticationError`: HTTP 403; retry: never; category: permission_denied.
    /// Real name authentication error.
    RealNameAuthenticationError,
    /// `ReplicationJob.InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job: invalid status.
    ReplicationJobInvalidStatus,
    /// `ReplicationJob.InvalidBusinessStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job: invalid business status.
    ReplicationJobInvalidBusinessStatus,
    /// `SourceServer.WithRunningReplicationJob`: HTTP 400; retry: never; category: invalid_argument.
    /// Source server: with running replication job.
    SourceServerWithRunningReplicationJob,
    /// `ReplicationJob.Related`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job: related.
    ReplicationJobRelated,
    /// `Forbidden.Unauthorized`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: unauthorized.
    ForbiddenUnauthorized,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `MissingParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource type.
    MissingParameterResourceType,
    /// `InvalidResourceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type: not found.
    InvalidResourceTypeNotFound,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `Duplicate.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: resource id.
    DuplicateResourceId,
    /// `InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `DataDisk.DuplicateIndex`: HTTP 400; retry: never; category: invalid_argument.
    /// Data disk: duplicate index.
    DataDiskDuplicateIndex,
    /// `SourceServerName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Source server name: duplicate.
    SourceServerNameDuplicate,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 25] = [
        "InternalError",
        "ReplicationJobDataDiskIndex.Invalid",
        "VSwitchIdVpcId.Mismatch",
        "InvalidSecurityGroupId.IncorrectNetworkType",
        "InvalidSecurityGroupId.VPCMismatch",
        "QuotaExceeded.ReplicationJob",
        "ReplicationJobName.Duplicate",
        "SourceServerState.Invalid",
        "ImageName.UsedByReplicationJob",
        "InvalidOsMigrationType.NotMatched",
        "EntityNotExist.Role",
        "RealNameAuthenticationError",
        "ReplicationJob.InvalidStatus",
        "ReplicationJob.InvalidBusinessStatus",
        "SourceServer.WithRunningReplicationJob",
        "ReplicationJob.Related",
        "Forbidden.Unauthorized",
        "NumberExceed.Tags",
        "MissingParameter.ResourceType",
        "InvalidResourceType.NotFound",
        "NumberExceed.ResourceIds",
        "Duplicate.ResourceId",
        "InvalidResourceId.NotFound",
        "DataDisk.DuplicateIndex",
        "SourceServerName.Duplicate",
    ];
    static NAME_CODES: [u32; 1] = [4];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidSecurityGroupIdVpcMismatch",
        ends: &[0, 33],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.Replication job data disk index: invalid.V switch id vpc id: mismatch.Invalid security group id: incorrect network type.Invalid security group id: VPC mismatch.A quota was exceeded: replication job.Replication job name: duplicate.Source server state: invalid.Image name: used by replication job.Invalid os migration type: not matched.Entity not exist: role.Real name authentication error.Replication job: invalid status.Replication job: invalid business status.Source server: with running replication job.Replication job: related.The request is forbidden: unauthorized.Number exceed: tags.A required parameter is missing: resource type.Invalid resource type: not found.Number exceed: resource ids.Duplicate: resource id.Invalid resource id: not found.Data disk: duplicate index.Source server name: duplicate.",
        ends: &[
            0, 27, 68, 97, 147, 187, 225, 257, 286, 322, 361, 384, 415, 447, 488, 532,
            557, 596, 616, 663, 696, 724, 747, 778, 805, 835,
        ],
    };
    static STATUSES: [u16; 25] = [
        500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400,
        403, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 26] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25,
    ];
    static RETRY: [::cloud_errors::Retry; 25] = ::cloud_errors::__private::retry_column(
        b"baaaacaaaaaaaaaacaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 25] = ::cloud_errors::__private::category_column(
        b"mcccchccccggccccgcccccccc",
    );
    static PILOTS: [u16; 7] = [0, 82, 24, 5, 6, 57, 5];
    static SLOTS: [(&str, u32); 27] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 19, 14, 7, 6, 1, 11, 3, 15, 0, 21, 8, 10, 20, 9, 4, 4294967295,
            4294967295, 13, 18, 5, 2, 23, 17, 16, 12, 22,
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
    const PROVIDER: &'static str = "Alibaba Cloud smc";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud smc's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud smc: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
