// @generated from catalogs/alibaba/ccc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud CCC: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud CCC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Parameter.Blank`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: blank.
    ParameterBlank,
    /// `Parameter.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: empty.
    ParameterEmpty,
    /// `Parameter.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: format.
    ParameterFormat,
    /// `Parameter.Null`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: null.
    ParameterNull,
    /// `NotExists.InstanceId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: instance id.
    NotExistsInstanceId,
    /// `AlreadyExists.SkillGroup`: HTTP 409; retry: never; category: aborted.
    /// Already exists: skill group.
    AlreadyExistsSkillGroup,
    /// `LimitExceed.CallTagsPerNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceed: call tags per number.
    LimitExceedCallTagsPerNumber,
    /// `NotExists.CustomCallTagging`: HTTP 404; retry: never; category: not_found.
    /// Not exists: custom call tagging.
    NotExistsCustomCallTagging,
    /// `InternalService.DB`: HTTP 500; retry: never; category: internal.
    /// Internal service: DB.
    InternalServiceDb,
    /// `Parameter.Maximum`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: maximum.
    ParameterMaximum,
    /// `Parameter.Minimum`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: minimum.
    ParameterMinimum,
    /// `NotExists.SkillGroupId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: skill group id.
    NotExistsSkillGroupId,
    /// `Parameter.Enumeration`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: enumeration.
    ParameterEnumeration,
    /// `Permission.SkillGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: skill group.
    PermissionSkillGroup,
    /// `NotExists.UserId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: user id.
    NotExistsUserId,
    /// `InternalService.Common`: HTTP 500; retry: never; category: internal.
    /// Internal service: common.
    InternalServiceCommon,
    /// `InvalidOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperation,
    /// `NotExists.ChannelId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: channel id.
    NotExistsChannelId,
    /// `NotExists.JobId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: job id.
    NotExistsJobId,
    /// `InternalService.CTI`: HTTP 500; retry: never; category: internal.
    /// Internal service: CTI.
    InternalServiceCti,
    /// `InvalidOperation.DeviceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: device state.
    InvalidOperationDeviceState,
    /// `InvalidOperation.UserState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: user state.
    InvalidOperationUserState,
    /// `Parameter.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: invalid.
    ParameterInvalid,
    /// `InvalidOperation.ChannelState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: channel state.
    InvalidOperationChannelState,
    /// `UserBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// User busy.
    UserBusy,
    /// `Permission.Common`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: common.
    PermissionCommon,
    /// `LimitExceed.CallTagsPerInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceed: call tags per instance.
    LimitExceedCallTagsPerInstance,
    /// `NotExists.RamId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: ram id.
    NotExistsRamId,
    /// `AlreadyExists.CustomNumber`: HTTP 409; retry: never; category: aborted.
    /// Already exists: custom number.
    AlreadyExistsCustomNumber,
    /// `NotExists.Number`: HTTP 404; retry: never; category: not_found.
    /// Not exists: number.
    NotExistsNumber,
    /// `AlreadyExists.InstanceId`: HTTP 409; retry: never; category: aborted.
    /// Already exists: instance id.
    AlreadyExistsInstanceId,
    /// `AlreadyExists.SkillGroupId`: HTTP 409; retry: never; category: aborted.
    /// Already exists: skill group id.
    AlreadyExistsSkillGroupId,
    /// `Permission.StsToken`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: sts token.
    PermissionStsToken,
    /// `NotExists.RoleId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: role id.
    NotExistsRoleId,
    /// `AlreadyExists.User`: HTTP 409; retry: never; category: aborted.
    /// Already exists: user.
    AlreadyExistsUser,
    /// `InUse.SkillGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// In use: skill group.
    InUseSkillGroup,
    /// `Parameter.InvalidFileContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: invalid file content.
    ParameterInvalidFileContent,
    /// `NotExists.UserResourceFileKey`: HTTP 404; retry: never; category: not_found.
    /// Not exists: user resource file key.
    NotExistsUserResourceFileKey,
    /// `InternalService.OSS`: HTTP 500; retry: never; category: internal.
    /// Internal service: OSS.
    InternalServiceOss,
    /// `Permission.Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: unauthorized.
    PermissionUnauthorized,
    /// `Permission.User`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: user.
    PermissionUser,
    /// `InternalService.ResourcePlatform`: HTTP 500; retry: never; category: internal.
    /// Internal service: resource platform.
    InternalServiceResourcePlatform,
    /// `NotExists.Extension`: HTTP 404; retry: never; category: not_found.
    /// Not exists: extension.
    NotExistsExtension,
    /// `Permission.Role`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: role.
    PermissionRole,
    /// `InternalService.RAM`: HTTP 500; retry: never; category: internal.
    /// Internal service: RAM.
    InternalServiceRam,
    /// `InternalService.STS`: HTTP 500; retry: never; category: internal.
    /// Internal service: STS.
    InternalServiceSts,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 46] = [
        "Parameter.Blank",
        "Parameter.Empty",
        "Parameter.Format",
        "Parameter.Null",
        "NotExists.InstanceId",
        "AlreadyExists.SkillGroup",
        "LimitExceed.CallTagsPerNumber",
        "NotExists.CustomCallTagging",
        "InternalService.DB",
        "Parameter.Maximum",
        "Parameter.Minimum",
        "NotExists.SkillGroupId",
        "Parameter.Enumeration",
        "Permission.SkillGroup",
        "NotExists.UserId",
        "InternalService.Common",
        "InvalidOperation",
        "NotExists.ChannelId",
        "NotExists.JobId",
        "InternalService.CTI",
        "InvalidOperation.DeviceState",
        "InvalidOperation.UserState",
        "Parameter.Invalid",
        "InvalidOperation.ChannelState",
        "UserBusy",
        "Permission.Common",
        "LimitExceed.CallTagsPerInstance",
        "NotExists.RamId",
        "AlreadyExists.CustomNumber",
        "NotExists.Number",
        "AlreadyExists.InstanceId",
        "AlreadyExists.SkillGroupId",
        "Permission.StsToken",
        "NotExists.RoleId",
        "AlreadyExists.User",
        "InUse.SkillGroup",
        "Parameter.InvalidFileContent",
        "NotExists.UserResourceFileKey",
        "InternalService.OSS",
        "Permission.Unauthorized",
        "Permission.User",
        "InternalService.ResourcePlatform",
        "NotExists.Extension",
        "Permission.Role",
        "InternalService.RAM",
        "InternalService.STS",
    ];
    static NAME_CODES: [u32; 5] = [8, 19, 38, 44, 45];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalServiceDbInternalServiceCtiInternalServiceOssInternalServiceRamInternalServiceSts",
        ends: &[0, 17, 35, 53, 71, 89],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Parameter: blank.Parameter: empty.Parameter: format.Parameter: null.Not exists: instance id.Already exists: skill group.Limit exceed: call tags per number.Not exists: custom call tagging.Internal service: DB.Parameter: maximum.Parameter: minimum.Not exists: skill group id.Parameter: enumeration.Permission: skill group.Not exists: user id.Internal service: common.Invalid operation.Not exists: channel id.Not exists: job id.Internal service: CTI.Invalid operation: device state.Invalid operation: user state.Parameter: invalid.Invalid operation: channel state.User busy.Permission: common.Limit exceed: call tags per instance.Not exists: ram id.Already exists: custom number.Not exists: number.Already exists: instance id.Already exists: skill group id.Permission: sts token.Not exists: role id.Already exists: user.In use: skill group.Parameter: invalid file content.Not exists: user resource file key.Internal service: OSS.Permission: unauthorized.Permission: user.Internal service: resource platform.Not exists: extension.Permission: role.Internal service: RAM.Internal service: STS.",
        ends: &[
            0, 17, 34, 52, 68, 92, 120, 155, 187, 208, 227, 246, 273, 296, 320, 340, 365,
            383, 406, 425, 447, 479, 509, 528, 561, 571, 590, 627, 646, 676, 695, 723,
            754, 776, 796, 817, 837, 869, 904, 926, 951, 968, 1004, 1026, 1043, 1065,
            1087,
        ],
    };
    static STATUSES: [u16; 46] = [
        400, 400, 400, 400, 404, 409, 400, 404, 500, 400, 400, 404, 400, 403, 404, 500,
        400, 404, 404, 500, 400, 400, 400, 400, 400, 403, 400, 404, 409, 404, 409, 409,
        403, 404, 409, 400, 400, 404, 500, 403, 403, 500, 404, 403, 500, 500,
    ];
    static STATUS_ENDS: [u32; 47] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46,
    ];
    static RETRY: [::cloud_errors::Retry; 46] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 46] = ::cloud_errors::__private::category_column(
        b"ccccejcemccecgemceemcccccgcejejjgejccemggmegmm",
    );
    static PILOTS: [u16; 12] = [19, 0, 4, 8, 3, 16, 0, 51, 75, 64, 16, 0];
    static SLOTS: [(&str, u32); 51] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            12, 4294967295, 45, 33, 18, 24, 20, 34, 37, 4294967295, 13, 23, 14, 35, 40,
            15, 9, 30, 26, 4294967295, 27, 1, 4294967295, 3, 41, 11, 44, 2, 25, 21, 22,
            7, 43, 31, 5, 42, 29, 0, 4294967295, 36, 4, 16, 8, 10, 19, 17, 6, 32, 38, 28,
            39,
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
    const PROVIDER: &'static str = "Alibaba Cloud CCC";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud CCC's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud CCC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
