// @generated from catalogs/alibaba/dbfs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud DBFS: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud DBFS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidRegion.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: DBFS.
    InvalidRegionDbfs,
    /// `EntityNotExist.DBFS`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: DBFS.
    EntityNotExistDbfs,
    /// `ParameterInvalid.DbfsIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: dbfs ids.
    ParameterInvalidDbfsIds,
    /// `ParameterEmpty.PolicyId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: policy id.
    ParameterEmptyPolicyId,
    /// `DbfsAlreadyAppliedAutoSnapshotPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Dbfs already applied auto snapshot policy.
    DbfsAlreadyAppliedAutoSnapshotPolicy,
    /// `PermissionDeny.Policy`: HTTP 401; retry: never; category: unauthenticated.
    /// Permission deny: policy.
    PermissionDenyPolicy,
    /// `PermissionDeny.DBFS`: HTTP 401; retry: never; category: unauthenticated.
    /// Permission deny: DBFS.
    PermissionDenyDbfs,
    /// `AutoSnapshotPolicyNotFound`: HTTP 404; retry: never; category: not_found.
    /// Auto snapshot policy not found.
    AutoSnapshotPolicyNotFound,
    /// `OperationConflict`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The operation conflicts with another one.
    OperationConflict,
    /// `AutoShapshotBusy`: HTTP 503; retry: never; category: unavailable.
    /// Auto shapshot busy.
    AutoShapshotBusy,
    /// `EntityNotExist.ECS`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: ECS.
    EntityNotExistEcs,
    /// `DbfsWithAutoSnapshotPolicy.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Dbfs with auto snapshot policy: not found.
    DbfsWithAutoSnapshotPolicyNotFound,
    /// `ParameterInvalid.RetentionDays`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: retention days.
    ParameterInvalidRetentionDays,
    /// `ParameterInvalid.RepeatWeekDays`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: repeat week days.
    ParameterInvalidRepeatWeekDays,
    /// `ParameterInvalid.TimePoints`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: time points.
    ParameterInvalidTimePoints,
    /// `ParameterInvalid.PolicyName`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: policy name.
    ParameterInvalidPolicyName,
    /// `InvalidCategory.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid category: DBFS.
    InvalidCategoryDbfs,
    /// `InvalidName.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name: DBFS.
    InvalidNameDbfs,
    /// `InvalidPerformanceLevel.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance level: DBFS.
    InvalidPerformanceLevelDbfs,
    /// `InvalidSize.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid size: DBFS.
    InvalidSizeDbfs,
    /// `InvalidZone.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone: DBFS.
    InvalidZoneDbfs,
    /// `EntityNotExist.Snapshot`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: snapshot.
    EntityNotExistSnapshot,
    /// `InvalidStatus.DBFS`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: DBFS.
    InvalidStatusDbfs,
    /// `ParameterEmpty.SnapshotId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: snapshot id.
    ParameterEmptySnapshotId,
    /// `ParameterExceed.SnapshotId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter exceed: snapshot id.
    ParameterExceedSnapshotId,
    /// `ParameterInvalid.SnapshotId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: snapshot id.
    ParameterInvalidSnapshotId,
    /// `SnapshotCreatedDbfs`: HTTP 500; retry: never; category: internal.
    /// Snapshot created dbfs.
    SnapshotCreatedDbfs,
    /// `PermissionDeny.SnapshotLink`: HTTP 403; retry: never; category: permission_denied.
    /// Permission deny: snapshot link.
    PermissionDenySnapshotLink,
    /// `SnapshotLinkNotFound`: HTTP 404; retry: never; category: not_found.
    /// Snapshot link not found.
    SnapshotLinkNotFound,
    /// `InvalidRegionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `ParameterInvalid.SnapshotDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: snapshot description.
    ParameterInvalidSnapshotDescription,
    /// `ParameterInvalid.SnapshotName`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid: snapshot name.
    ParameterInvalidSnapshotName,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "InvalidRegion.DBFS",
        "EntityNotExist.DBFS",
        "ParameterInvalid.DbfsIds",
        "ParameterEmpty.PolicyId",
        "DbfsAlreadyAppliedAutoSnapshotPolicy",
        "PermissionDeny.Policy",
        "PermissionDeny.DBFS",
        "AutoSnapshotPolicyNotFound",
        "OperationConflict",
        "AutoShapshotBusy",
        "EntityNotExist.ECS",
        "DbfsWithAutoSnapshotPolicy.NotFound",
        "ParameterInvalid.RetentionDays",
        "ParameterInvalid.RepeatWeekDays",
        "ParameterInvalid.TimePoints",
        "ParameterInvalid.PolicyName",
        "InvalidCategory.DBFS",
        "InvalidName.DBFS",
        "InvalidPerformanceLevel.DBFS",
        "InvalidSize.DBFS",
        "InvalidZone.DBFS",
        "EntityNotExist.Snapshot",
        "InvalidStatus.DBFS",
        "ParameterEmpty.SnapshotId",
        "ParameterExceed.SnapshotId",
        "ParameterInvalid.SnapshotId",
        "SnapshotCreatedDbfs",
        "PermissionDeny.SnapshotLink",
        "SnapshotLinkNotFound",
        "InvalidRegionId.NotFound",
        "ParameterInvalid.SnapshotDescription",
        "ParameterInvalid.SnapshotName",
    ];
    static NAME_CODES: [u32; 10] = [0, 1, 6, 10, 16, 17, 18, 19, 20, 22];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidRegionDbfsEntityNotExistDbfsPermissionDenyDbfsEntityNotExistEcsInvalidCategoryDbfsInvalidNameDbfsInvalidPerformanceLevelDbfsInvalidSizeDbfsInvalidZoneDbfsInvalidStatusDbfs",
        ends: &[0, 17, 35, 53, 70, 89, 104, 131, 146, 161, 178],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid region: DBFS.Entity not exist: DBFS.Parameter invalid: dbfs ids.Parameter empty: policy id.Dbfs already applied auto snapshot policy.Permission deny: policy.Permission deny: DBFS.Auto snapshot policy not found.The operation conflicts with another one.Auto shapshot busy.Entity not exist: ECS.Dbfs with auto snapshot policy: not found.Parameter invalid: retention days.Parameter invalid: repeat week days.Parameter invalid: time points.Parameter invalid: policy name.Invalid category: DBFS.Invalid name: DBFS.Invalid performance level: DBFS.Invalid size: DBFS.Invalid zone: DBFS.Entity not exist: snapshot.Invalid status: DBFS.Parameter empty: snapshot id.Parameter exceed: snapshot id.Parameter invalid: snapshot id.Snapshot created dbfs.Permission deny: snapshot link.Snapshot link not found.Invalid region id: not found.Parameter invalid: snapshot description.Parameter invalid: snapshot name.",
        ends: &[
            0, 21, 44, 72, 99, 141, 165, 187, 218, 259, 278, 300, 342, 376, 412, 443,
            474, 497, 516, 548, 567, 586, 613, 634, 663, 693, 724, 746, 777, 801, 830,
            870, 903,
        ],
    };
    static STATUSES: [u16; 32] = [
        400, 404, 400, 400, 400, 401, 401, 404, 409, 503, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 500, 403, 404, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaacaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"cecccppeinecccccccccceccccmgeecc",
    );
    static PILOTS: [u16; 8] = [1, 12, 18, 68, 15, 0, 0, 2];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            31, 4294967295, 0, 19, 9, 13, 4294967295, 27, 11, 2, 18, 23, 30, 29, 12, 26,
            21, 4, 7, 17, 10, 28, 24, 4294967295, 25, 20, 6, 22, 14, 8, 3, 1, 16, 5, 15,
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
    const PROVIDER: &'static str = "Alibaba Cloud DBFS";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud DBFS's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud DBFS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
