// @generated from catalogs/tencent/cme.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CME: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CME: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CreateRecordTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create record task.
    FailedOperationCreateRecordTask,
    /// `FailedOperation.InvalidVodUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid vod user.
    FailedOperationInvalidVodUser,
    /// `FailedOperation.RecordNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: record not support.
    FailedOperationRecordNotSupport,
    /// `FailedOperation.StartStreamConnectPartlyErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start stream connect partly err.
    FailedOperationStartStreamConnectPartlyErr,
    /// `FailedOperation.StreamConnect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stream connect.
    FailedOperationStreamConnect,
    /// `FailedOperation.SwitcherOnWorking`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: switcher on working.
    FailedOperationSwitcherOnWorking,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CreateTask`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create task.
    InternalErrorCreateTask,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Id`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: id.
    InvalidParameterId,
    /// `InvalidParameter.Platform`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: platform.
    InvalidParameterPlatform,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AspectRatio`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: aspect ratio.
    InvalidParameterValueAspectRatio,
    /// `InvalidParameterValue.AspectRatioSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: aspect ratio set.
    InvalidParameterValueAspectRatioSet,
    /// `InvalidParameterValue.Category`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: category.
    InvalidParameterValueCategory,
    /// `InvalidParameterValue.CategorySet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: category set.
    InvalidParameterValueCategorySet,
    /// `InvalidParameterValue.ClassExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class exist.
    InvalidParameterValueClassExist,
    /// `InvalidParameterValue.ClassNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class not empty.
    InvalidParameterValueClassNotEmpty,
    /// `InvalidParameterValue.ClassNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class not exist.
    InvalidParameterValueClassNotExist,
    /// `InvalidParameterValue.ClassPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class path.
    InvalidParameterValueClassPath,
    /// `InvalidParameterValue.DataNotFoundInDB`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data not found in DB.
    InvalidParameterValueDataNotFoundInDb,
    /// `InvalidParameterValue.Definition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: definition.
    InvalidParameterValueDefinition,
    /// `InvalidParameterValue.DstClassPathNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dst class path not exist.
    InvalidParameterValueDstClassPathNotExist,
    /// `InvalidParameterValue.EndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time.
    InvalidParameterValueEndTime,
    /// `InvalidParameterValue.ExportDestination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: export destination.
    InvalidParameterValueExportDestination,
    /// `InvalidParameterValue.ExtInfoInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ext info invalid.
    InvalidParameterValueExtInfoInvalid,
    /// `InvalidParameterValue.ExternalMediaInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: external media info not exist.
    InvalidParameterValueExternalMediaInfoNotExist,
    /// `InvalidParameterValue.Input`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: input.
    InvalidParameterValueInput,
    /// `InvalidParameterValue.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValue.MaterialId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: material id.
    InvalidParameterValueMaterialId,
    /// `InvalidParameterValue.MediaCastSourceInfosInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media cast source infos invalid.
    InvalidParameterValueMediaCastSourceInfosInvalid,
    /// `InvalidParameterValue.MediaReplacementInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media replacement info.
    InvalidParameterValueMediaReplacementInfo,
    /// `InvalidParameterValue.MemberIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member ids.
    InvalidParameterValueMemberIds,
    /// `InvalidParameterValue.MemberNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member not exist.
    InvalidParameterValueMemberNotExist,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.NameLenLimt`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name len limt.
    InvalidParameterValueNameLenLimt,
    /// `InvalidParameterValue.NotTeamMemberError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not team member error.
    InvalidParameterValueNotTeamMemberError,
    /// `InvalidParameterValue.Offset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset.
    InvalidParameterValueOffset,
    /// `InvalidParameterValue.OperationInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation invalid.
    InvalidParameterValueOperationInvalid,
    /// `InvalidParameterValue.Operator`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operator.
    InvalidParameterValueOperator,
    /// `InvalidParameterValue.OwnerId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: owner id.
    InvalidParameterValueOwnerId,
    /// `InvalidParameterValue.OwnerRemark`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: owner remark.
    InvalidParameterValueOwnerRemark,
    /// `InvalidParameterValue.OwnerType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: owner type.
    InvalidParameterValueOwnerType,
    /// `InvalidParameterValue.Platform`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: platform.
    InvalidParameterValuePlatform,
    /// `InvalidParameterValue.PreProcessDefinition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pre process definition.
    InvalidParameterValuePreProcessDefinition,
    /// `InvalidParameterValue.ProjectId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project id.
    InvalidParameterValueProjectId,
    /// `InvalidParameterValue.ProjectInfoError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project info error.
    InvalidParameterValueProjectInfoError,
    /// `InvalidParameterValue.ReplacementType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: replacement type.
    InvalidParameterValueReplacementType,
    /// `InvalidParameterValue.Role`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: role.
    InvalidParameterValueRole,
    /// `InvalidParameterValue.SortOrder`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sort order.
    InvalidParameterValueSortOrder,
    /// `InvalidParameterValue.StreamConnect`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream connect.
    InvalidParameterValueStreamConnect,
    /// `InvalidParameterValue.StreamConnectInputInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream connect input invalid.
    InvalidParameterValueStreamConnectInputInvalid,
    /// `InvalidParameterValue.StreamConnectOutputInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream connect output invalid.
    InvalidParameterValueStreamConnectOutputInvalid,
    /// `InvalidParameterValue.StreamInput`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream input.
    InvalidParameterValueStreamInput,
    /// `InvalidParameterValue.SwitcherProjectInput`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: switcher project input.
    InvalidParameterValueSwitcherProjectInput,
    /// `InvalidParameterValue.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task id.
    InvalidParameterValueTaskId,
    /// `InvalidParameterValue.TeamId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: team id.
    InvalidParameterValueTeamId,
    /// `InvalidParameterValue.TeamNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: team not exist.
    InvalidParameterValueTeamNotExist,
    /// `InvalidParameterValue.ThirdyPartyPublishChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: thirdy party publish channel id.
    InvalidParameterValueThirdyPartyPublishChannelId,
    /// `InvalidParameterValue.TrackData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: track data.
    InvalidParameterValueTrackData,
    /// `InvalidParameterValue.TrackItem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: track item.
    InvalidParameterValueTrackItem,
    /// `InvalidParameterValue.VideoEditTemplateIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video edit template id not exist.
    InvalidParameterValueVideoEditTemplateIdNotExist,
    /// `InvalidParameterValue.VodFileId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vod file id.
    InvalidParameterValueVodFileId,
    /// `InvalidParameterValue.VodFileNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vod file not exist.
    InvalidParameterValueVodFileNotExist,
    /// `InvalidParameterValue.VodSubAppid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vod sub appid.
    InvalidParameterValueVodSubAppid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.BillItemLiveDispatchDuration`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bill item live dispatch duration.
    LimitExceededBillItemLiveDispatchDuration,
    /// `LimitExceeded.BillItemLiveDispatchMaxCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bill item live dispatch max count.
    LimitExceededBillItemLiveDispatchMaxCount,
    /// `LimitExceeded.BillItemStorage`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bill item storage.
    LimitExceededBillItemStorage,
    /// `LimitExceeded.BillItemVideoEditExportDuration`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bill item video edit export duration.
    LimitExceededBillItemVideoEditExportDuration,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.PermissionDeny`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: permission deny.
    OperationDeniedPermissionDeny,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Platform`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: platform.
    ResourceNotFoundPlatform,
    /// `ResourceNotFound.PlatformNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: platform not found.
    ResourceNotFoundPlatformNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 79] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.CreateRecordTask",
        "FailedOperation.InvalidVodUser",
        "FailedOperation.RecordNotSupport",
        "FailedOperation.StartStreamConnectPartlyErr",
        "FailedOperation.StreamConnect",
        "FailedOperation.SwitcherOnWorking",
        "InternalError",
        "InternalError.CreateTask",
        "InvalidParameter",
        "InvalidParameter.Id",
        "InvalidParameter.Platform",
        "InvalidParameterValue",
        "InvalidParameterValue.AspectRatio",
        "InvalidParameterValue.AspectRatioSet",
        "InvalidParameterValue.Category",
        "InvalidParameterValue.CategorySet",
        "InvalidParameterValue.ClassExist",
        "InvalidParameterValue.ClassNotEmpty",
        "InvalidParameterValue.ClassNotExist",
        "InvalidParameterValue.ClassPath",
        "InvalidParameterValue.DataNotFoundInDB",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.DstClassPathNotExist",
        "InvalidParameterValue.EndTime",
        "InvalidParameterValue.ExportDestination",
        "InvalidParameterValue.ExtInfoInvalid",
        "InvalidParameterValue.ExternalMediaInfoNotExist",
        "InvalidParameterValue.Input",
        "InvalidParameterValue.Limit",
        "InvalidParameterValue.MaterialId",
        "InvalidParameterValue.MediaCastSourceInfosInvalid",
        "InvalidParameterValue.MediaReplacementInfo",
        "InvalidParameterValue.MemberIds",
        "InvalidParameterValue.MemberNotExist",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.NameLenLimt",
        "InvalidParameterValue.NotTeamMemberError",
        "InvalidParameterValue.Offset",
        "InvalidParameterValue.OperationInvalid",
        "InvalidParameterValue.Operator",
        "InvalidParameterValue.OwnerId",
        "InvalidParameterValue.OwnerRemark",
        "InvalidParameterValue.OwnerType",
        "InvalidParameterValue.Platform",
        "InvalidParameterValue.PreProcessDefinition",
        "InvalidParameterValue.ProjectId",
        "InvalidParameterValue.ProjectInfoError",
        "InvalidParameterValue.ReplacementType",
        "InvalidParameterValue.Role",
        "InvalidParameterValue.SortOrder",
        "InvalidParameterValue.StreamConnect",
        "InvalidParameterValue.StreamConnectInputInvalid",
        "InvalidParameterValue.StreamConnectOutputInvalid",
        "InvalidParameterValue.StreamInput",
        "InvalidParameterValue.SwitcherProjectInput",
        "InvalidParameterValue.TaskId",
        "InvalidParameterValue.TeamId",
        "InvalidParameterValue.TeamNotExist",
        "InvalidParameterValue.ThirdyPartyPublishChannelId",
        "InvalidParameterValue.TrackData",
        "InvalidParameterValue.TrackItem",
        "InvalidParameterValue.VideoEditTemplateIdNotExist",
        "InvalidParameterValue.VodFileId",
        "InvalidParameterValue.VodFileNotExist",
        "InvalidParameterValue.VodSubAppid",
        "LimitExceeded",
        "LimitExceeded.BillItemLiveDispatchDuration",
        "LimitExceeded.BillItemLiveDispatchMaxCount",
        "LimitExceeded.BillItemStorage",
        "LimitExceeded.BillItemVideoEditExportDuration",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.PermissionDeny",
        "ResourceNotFound",
        "ResourceNotFound.Platform",
        "ResourceNotFound.PlatformNotFound",
        "UnauthorizedOperation",
    ];
    static NAME_CODES: [u32; 1] = [22];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueDataNotFoundInDb",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: create record task.The operation failed: invalid vod user.The operation failed: record not support.The operation failed: start stream connect partly err.The operation failed: stream connect.The operation failed: switcher on working.An internal error occurred.An internal error occurred: create task.A parameter is invalid.A parameter is invalid: id.A parameter is invalid: platform.A parameter value is invalid.A parameter value is invalid: aspect ratio.A parameter value is invalid: aspect ratio set.A parameter value is invalid: category.A parameter value is invalid: category set.A parameter value is invalid: class exist.A parameter value is invalid: class not empty.A parameter value is invalid: class not exist.A parameter value is invalid: class path.A parameter value is invalid: data not found in DB.A parameter value is invalid: definition.A parameter value is invalid: dst class path not exist.A parameter value is invalid: end time.A parameter value is invalid: export destination.A parameter value is invalid: ext info invalid.A parameter value is invalid: external media info not exist.A parameter value is invalid: input.A parameter value is invalid: limit.A parameter value is invalid: material id.A parameter value is invalid: media cast source infos invalid.A parameter value is invalid: media replacement info.A parameter value is invalid: member ids.A parameter value is invalid: member not exist.A parameter value is invalid: name.A parameter value is invalid: name len limt.A parameter value is invalid: not team member error.A parameter value is invalid: offset.A parameter value is invalid: operation invalid.A parameter value is invalid: operator.A parameter value is invalid: owner id.A parameter value is invalid: owner remark.A parameter value is invalid: owner type.A parameter value is invalid: platform.A parameter value is invalid: pre process definition.A parameter value is invalid: project id.A parameter value is invalid: project info error.A parameter value is invalid: replacement type.A parameter value is invalid: role.A parameter value is invalid: sort order.A parameter value is invalid: stream connect.A parameter value is invalid: stream connect input invalid.A parameter value is invalid: stream connect output invalid.A parameter value is invalid: stream input.A parameter value is invalid: switcher project input.A parameter value is invalid: task id.A parameter value is invalid: team id.A parameter value is invalid: team not exist.A parameter value is invalid: thirdy party publish channel id.A parameter value is invalid: track data.A parameter value is invalid: track item.A parameter value is invalid: video edit template id not exist.A parameter value is invalid: vod file id.A parameter value is invalid: vod file not exist.A parameter value is invalid: vod sub appid.A limit was exceeded.A limit was exceeded: bill item live dispatch duration.A limit was exceeded: bill item live dispatch max count.A limit was exceeded: bill item storage.A limit was exceeded: bill item video edit export duration.A required parameter is missing.The operation was denied.The operation was denied: permission deny.The resource was not found.The resource was not found: platform.The resource was not found: platform not found.The operation is not authorized.",
        ends: &[
            0, 22, 43, 84, 123, 164, 218, 255, 297, 324, 364, 387, 414, 447, 476, 519,
            566, 605, 648, 690, 736, 782, 823, 874, 915, 970, 1009, 1058, 1105, 1165,
            1201, 1237, 1279, 1341, 1394, 1435, 1482, 1517, 1561, 1613, 1650, 1698, 1737,
            1776, 1819, 1860, 1899, 1952, 1993, 2042, 2089, 2124, 2165, 2210, 2269, 2329,
            2372, 2425, 2463, 2501, 2546, 2608, 2649, 2690, 2753, 2795, 2844, 2888, 2909,
            2964, 3020, 3060, 3119, 3151, 3176, 3218, 3245, 3282, 3329, 3361,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 79] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 79] = ::cloud_errors::__private::category_column(
        b"biiiiiiimmccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhcggeeeg",
    );
    static PILOTS: [u16; 20] = [
        99, 0, 15, 0, 3, 33, 9, 0, 4, 213, 2, 17, 12, 15, 3, 57, 86, 0, 57, 90,
    ];
    static SLOTS: [(&str, u32); 87] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            53, 3, 41, 29, 4294967295, 69, 15, 54, 67, 66, 57, 50, 4294967295, 20, 26, 6,
            40, 47, 46, 21, 24, 10, 61, 39, 65, 68, 55, 4294967295, 7, 48, 4, 32, 2, 22,
            76, 27, 75, 31, 78, 17, 59, 12, 58, 42, 44, 18, 63, 30, 70, 5, 36,
            4294967295, 8, 4294967295, 45, 25, 62, 74, 35, 16, 73, 11, 49, 28, 34, 1, 52,
            13, 38, 43, 64, 51, 9, 14, 4294967295, 77, 71, 0, 60, 37, 4294967295, 72,
            4294967295, 23, 33, 56, 19,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud CME";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CME's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CME: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
