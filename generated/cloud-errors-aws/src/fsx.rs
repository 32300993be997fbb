// @generated from catalogs/aws/fsx.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS FSx: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS FSx: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActiveDirectoryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Active directory error.
    ActiveDirectoryError,
    /// `BackupBeingCopied`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup being copied.
    BackupBeingCopied,
    /// `BackupInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup in progress.
    BackupInProgress,
    /// `BackupNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup not found.
    BackupNotFound,
    /// `BackupRestoring`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup restoring.
    BackupRestoring,
    /// `BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequest,
    /// `DataRepositoryAssociationNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Data repository association not found.
    DataRepositoryAssociationNotFound,
    /// `DataRepositoryTaskEnded`: HTTP 400; retry: never; category: invalid_argument.
    /// Data repository task ended.
    DataRepositoryTaskEnded,
    /// `DataRepositoryTaskExecuting`: HTTP 400; retry: never; category: invalid_argument.
    /// Data repository task executing.
    DataRepositoryTaskExecuting,
    /// `DataRepositoryTaskNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Data repository task not found.
    DataRepositoryTaskNotFound,
    /// `FileCacheNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// File cache not found.
    FileCacheNotFound,
    /// `FileSystemNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// File system not found.
    FileSystemNotFound,
    /// `IncompatibleParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible parameter error.
    IncompatibleParameterError,
    /// `IncompatibleRegionForMultiAZ`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible region for multi AZ.
    IncompatibleRegionForMultiAz,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidDataRepositoryType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data repository type.
    InvalidDataRepositoryType,
    /// `InvalidDestinationKmsKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid destination kms key.
    InvalidDestinationKmsKey,
    /// `InvalidExportPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid export path.
    InvalidExportPath,
    /// `InvalidImportPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid import path.
    InvalidImportPath,
    /// `InvalidNetworkSettings`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network settings.
    InvalidNetworkSettings,
    /// `InvalidPerUnitStorageThroughput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid per unit storage throughput.
    InvalidPerUnitStorageThroughput,
    /// `InvalidRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region.
    InvalidRegion,
    /// `InvalidSourceKmsKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source kms key.
    InvalidSourceKmsKey,
    /// `MissingFileCacheConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing file cache configuration.
    MissingFileCacheConfiguration,
    /// `MissingFileSystemConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing file system configuration.
    MissingFileSystemConfiguration,
    /// `MissingVolumeConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing volume configuration.
    MissingVolumeConfiguration,
    /// `NotServiceResourceError`: HTTP 400; retry: never; category: invalid_argument.
    /// Not service resource error.
    NotServiceResourceError,
    /// `ResourceDoesNotSupportTagging`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource does not support tagging.
    ResourceDoesNotSupportTagging,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `ServiceLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Service limit exceeded.
    ServiceLimitExceeded,
    /// `SnapshotNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot not found.
    SnapshotNotFound,
    /// `SourceBackupUnavailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Source backup unavailable.
    SourceBackupUnavailable,
    /// `StorageVirtualMachineNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage virtual machine not found.
    StorageVirtualMachineNotFound,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperation,
    /// `VolumeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Volume not found.
    VolumeNotFound,
    /// `AccessPointAlreadyOwnedByYou`: HTTP 400; retry: never; category: invalid_argument.
    /// Access point already owned by you.
    AccessPointAlreadyOwnedByYou,
    /// `ClusterPeerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster peer not found.
    ClusterPeerNotFound,
    /// `InvalidAccessPoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point.
    InvalidAccessPoint,
    /// `InvalidRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequest,
    /// `S3AccessPointAttachmentNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// S3 access point attachment not found.
    S3AccessPointAttachmentNotFound,
    /// `SnapmirrorPolicyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapmirror policy not found.
    SnapmirrorPolicyNotFound,
    /// `SnapmirrorRelationshipNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapmirror relationship not found.
    SnapmirrorRelationshipNotFound,
    /// `SnapshotPolicyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot policy not found.
    SnapshotPolicyNotFound,
    /// `StorageVirtualMachinePeerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage virtual machine peer not found.
    StorageVirtualMachinePeerNotFound,
    /// `TooManyAccessPoints`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many access points.
    TooManyAccessPoints,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 45] = [
        "ActiveDirectoryError",
        "BackupBeingCopied",
        "BackupInProgress",
        "BackupNotFound",
        "BackupRestoring",
        "BadRequest",
        "DataRepositoryAssociationNotFound",
        "DataRepositoryTaskEnded",
        "DataRepositoryTaskExecuting",
        "DataRepositoryTaskNotFound",
        "FileCacheNotFound",
        "FileSystemNotFound",
        "IncompatibleParameterError",
        "IncompatibleRegionForMultiAZ",
        "InternalServerError",
        "InvalidDataRepositoryType",
        "InvalidDestinationKmsKey",
        "InvalidExportPath",
        "InvalidImportPath",
        "InvalidNetworkSettings",
        "InvalidPerUnitStorageThroughput",
        "InvalidRegion",
        "InvalidSourceKmsKey",
        "MissingFileCacheConfiguration",
        "MissingFileSystemConfiguration",
        "MissingVolumeConfiguration",
        "NotServiceResourceError",
        "ResourceDoesNotSupportTagging",
        "ResourceNotFound",
        "ServiceLimitExceeded",
        "SnapshotNotFound",
        "SourceBackupUnavailable",
        "StorageVirtualMachineNotFound",
        "UnsupportedOperation",
        "VolumeNotFound",
        "AccessPointAlreadyOwnedByYou",
        "ClusterPeerNotFound",
        "InvalidAccessPoint",
        "InvalidRequest",
        "S3AccessPointAttachmentNotFound",
        "SnapmirrorPolicyNotFound",
        "SnapmirrorRelationshipNotFound",
        "SnapshotPolicyNotFound",
        "StorageVirtualMachinePeerNotFound",
        "TooManyAccessPoints",
    ];
    static NAME_CODES: [u32; 1] = [13];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IncompatibleRegionForMultiAz",
        ends: &[0, 28],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Active directory error.Backup being copied.Backup in progress.Backup not found.Backup restoring.Bad request.Data repository association not found.Data repository task ended.Data repository task executing.Data repository task not found.File cache not found.File system not found.Incompatible parameter error.Incompatible region for multi AZ.Internal server error.Invalid data repository type.Invalid destination kms key.Invalid export path.Invalid import path.Invalid network settings.Invalid per unit storage throughput.Invalid region.Invalid source kms key.Missing file cache configuration.Missing file system configuration.Missing volume configuration.Not service resource error.Resource does not support tagging.Resource not found.Service limit exceeded.Snapshot not found.Source backup unavailable.Storage virtual machine not found.Unsupported operation.Volume not found.Access point already owned by you.Cluster peer not found.Invalid access point.Invalid request.S3 access point attachment not found.Snapmirror policy not found.Snapmirror relationship not found.Snapshot policy not found.Storage virtual machine peer not found.Too many access points.",
        ends: &[
            0, 23, 43, 62, 79, 96, 108, 146, 173, 204, 235, 256, 278, 307, 340, 362, 391,
            419, 439, 459, 484, 520, 535, 558, 591, 625, 654, 681, 715, 734, 757, 776,
            802, 836, 858, 875, 909, 932, 953, 969, 1006, 1034, 1068, 1094, 1133, 1156,
        ],
    };
    static STATUSES: [u16; 45] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 46] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45,
    ];
    static RETRY: [::cloud_errors::Retry; 45] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 45] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccmcccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 12] = [5, 54, 1, 1, 1, 0, 60, 31, 0, 18, 20, 33];
    static SLOTS: [(&str, u32); 50] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            38, 0, 42, 17, 13, 5, 9, 2, 19, 34, 3, 23, 44, 43, 16, 20, 21, 30, 29, 32, 1,
            31, 4294967295, 10, 37, 26, 15, 33, 4294967295, 4294967295, 4, 35, 14, 25,
            40, 12, 6, 24, 11, 39, 41, 8, 4294967295, 4294967295, 7, 27, 28, 22, 18, 36,
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
    const PROVIDER: &'static str = "AWS FSx";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS FSx's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS FSx: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
