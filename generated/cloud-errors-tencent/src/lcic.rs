// @generated from catalogs/tencent/lcic.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud LCIC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud LCIC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ClassEnded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class ended.
    FailedOperationClassEnded,
    /// `FailedOperation.ClassExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class expired.
    FailedOperationClassExpired,
    /// `FailedOperation.ClassStarted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class started.
    FailedOperationClassStarted,
    /// `FailedOperation.ClassTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class too long.
    FailedOperationClassTooLong,
    /// `FailedOperation.ImageArgInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image arg invalid.
    FailedOperationImageArgInvalid,
    /// `FailedOperation.OriginIdExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: origin id exists.
    FailedOperationOriginIdExists,
    /// `FailedOperation.PostpaidNotAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: postpaid not available.
    FailedOperationPostpaidNotAvailable,
    /// `FailedOperation.RequestTimedOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timed out.
    FailedOperationRequestTimedOut,
    /// `FailedOperation.RoomNotEnd`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: room not end.
    FailedOperationRoomNotEnd,
    /// `FailedOperation.UserIsAlreadyInGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user is already in group.
    FailedOperationUserIsAlreadyInGroup,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ClassID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: class ID.
    InvalidParameterClassId,
    /// `InvalidParameter.ClassIDs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: class i ds.
    InvalidParameterClassIDs,
    /// `InvalidParameter.Content`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: content.
    InvalidParameterContent,
    /// `InvalidParameter.CssOrJs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: css or js.
    InvalidParameterCssOrJs,
    /// `InvalidParameter.DisableRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: disable record.
    InvalidParameterDisableRecord,
    /// `InvalidParameter.EndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidParameter.GroupMemberOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group member over limit.
    InvalidParameterGroupMemberOverLimit,
    /// `InvalidParameter.GroupParamInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group param invalid.
    InvalidParameterGroupParamInvalid,
    /// `InvalidParameter.GroupTeacherNotMember`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group teacher not member.
    InvalidParameterGroupTeacherNotMember,
    /// `InvalidParameter.GroupTeachersNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group teachers not exist.
    InvalidParameterGroupTeachersNotExist,
    /// `InvalidParameter.GroupTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group type invalid.
    InvalidParameterGroupTypeInvalid,
    /// `InvalidParameter.LiveType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: live type.
    InvalidParameterLiveType,
    /// `InvalidParameter.MaxMicNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max mic number.
    InvalidParameterMaxMicNumber,
    /// `InvalidParameter.MaxRTCMember`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max RTC member.
    InvalidParameterMaxRtcMember,
    /// `InvalidParameter.RecordLayout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record layout.
    InvalidParameterRecordLayout,
    /// `InvalidParameter.ReplayLayout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: replay layout.
    InvalidParameterReplayLayout,
    /// `InvalidParameter.RoomTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: room type invalid.
    InvalidParameterRoomTypeInvalid,
    /// `InvalidParameter.SchoolID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: school ID.
    InvalidParameterSchoolId,
    /// `InvalidParameter.SdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sdk app id.
    InvalidParameterSdkAppId,
    /// `InvalidParameter.StartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time.
    InvalidParameterStartTime,
    /// `InvalidParameter.UserSchoolMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user school mismatch.
    InvalidParameterUserSchoolMismatch,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ClassDocumentLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: class document limit.
    LimitExceededClassDocumentLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.Record`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: record.
    ResourceInsufficientRecord,
    /// `ResourceInsufficient.Room`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: room.
    ResourceInsufficientRoom,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Document`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: document.
    ResourceNotFoundDocument,
    /// `ResourceNotFound.GroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group not exist.
    ResourceNotFoundGroupNotExist,
    /// `ResourceNotFound.GroupPartUsersNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group part users not exist.
    ResourceNotFoundGroupPartUsersNotExist,
    /// `ResourceNotFound.Room`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: room.
    ResourceNotFoundRoom,
    /// `ResourceNotFound.User`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user.
    ResourceNotFoundUser,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.RoomStatistics`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: room statistics.
    ResourceUnavailableRoomStatistics,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.Version`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: version.
    UnsupportedOperationVersion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 62] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.ClassEnded",
        "FailedOperation.ClassExpired",
        "FailedOperation.ClassStarted",
        "FailedOperation.ClassTooLong",
        "FailedOperation.ImageArgInvalid",
        "FailedOperation.OriginIdExists",
        "FailedOperation.PostpaidNotAvailable",
        "FailedOperation.RequestTimedOut",
        "FailedOperation.RoomNotEnd",
        "FailedOperation.UserIsAlreadyInGroup",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.ClassID",
        "InvalidParameter.ClassIDs",
        "InvalidParameter.Content",
        "InvalidParameter.CssOrJs",
        "InvalidParameter.DisableRecord",
        "InvalidParameter.EndTime",
        "InvalidParameter.GroupMemberOverLimit",
        "InvalidParameter.GroupParamInvalid",
        "InvalidParameter.GroupTeacherNotMember",
        "InvalidParameter.GroupTeachersNotExist",
        "InvalidParameter.GroupTypeInvalid",
        "InvalidParameter.LiveType",
        "InvalidParameter.MaxMicNumber",
        "InvalidParameter.MaxRTCMember",
        "InvalidParameter.RecordLayout",
        "InvalidParameter.ReplayLayout",
        "InvalidParameter.RoomTypeInvalid",
        "InvalidParameter.SchoolID",
        "InvalidParameter.SdkAppId",
        "InvalidParameter.StartTime",
        "InvalidParameter.UserSchoolMismatch",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.ClassDocumentLimit",
        "MissingParameter",
        "OperationDenied",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.Record",
        "ResourceInsufficient.Room",
        "ResourceNotFound",
        "ResourceNotFound.Document",
        "ResourceNotFound.GroupNotExist",
        "ResourceNotFound.GroupPartUsersNotExist",
        "ResourceNotFound.Room",
        "ResourceNotFound.User",
        "ResourceUnavailable",
        "ResourceUnavailable.RoomStatistics",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.Version",
    ];
    static NAME_CODES: [u32; 3] = [16, 29, 33];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterClassIdInvalidParameterMaxRtcMemberInvalidParameterSchoolId",
        ends: &[0, 23, 51, 75],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: class ended.The operation failed: class expired.The operation failed: class started.The operation failed: class too long.The operation failed: image arg invalid.The operation failed: origin id exists.The operation failed: postpaid not available.The operation failed: request timed out.The operation failed: room not end.The operation failed: user is already in group.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: class ID.A parameter is invalid: class i ds.A parameter is invalid: content.A parameter is invalid: css or js.A parameter is invalid: disable record.A parameter is invalid: end time.A parameter is invalid: group member over limit.A parameter is invalid: group param invalid.A parameter is invalid: group teacher not member.A parameter is invalid: group teachers not exist.A parameter is invalid: group type invalid.A parameter is invalid: live type.A parameter is invalid: max mic number.A parameter is invalid: max RTC member.A parameter is invalid: record layout.A parameter is invalid: replay layout.A parameter is invalid: room type invalid.A parameter is invalid: school ID.A parameter is invalid: sdk app id.A parameter is invalid: start time.A parameter is invalid: user school mismatch.Invalid parameter combination.A parameter value is invalid.A limit was exceeded.A limit was exceeded: class document limit.A required parameter is missing.The operation was denied.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.Resources are insufficient: record.Resources are insufficient: room.The resource was not found.The resource was not found: document.The resource was not found: group not exist.The resource was not found: group part users not exist.The resource was not found: room.The resource was not found: user.The resource is unavailable.The resource is unavailable: room statistics.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: version.",
        ends: &[
            0, 22, 72, 93, 127, 163, 199, 236, 276, 315, 360, 400, 435, 482, 509, 524,
            547, 580, 615, 647, 681, 720, 753, 801, 845, 894, 943, 986, 1020, 1059, 1098,
            1136, 1174, 1216, 1250, 1285, 1320, 1365, 1395, 1424, 1445, 1488, 1520, 1545,
            1558, 1586, 1609, 1636, 1671, 1704, 1731, 1768, 1812, 1867, 1900, 1933, 1961,
            2006, 2033, 2065, 2096, 2127, 2167,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 62] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaacabbcccaaaaaaccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 62] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiimbccccccccccccccccccccccbchhcgbhjhhheeeeeeiihgcli",
    );
    static PILOTS: [u16; 16] = [3, 2, 5, 33, 2, 8, 15, 27, 17, 21, 15, 6, 0, 103, 1, 25];
    static SLOTS: [(&str, u32); 68] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 61, 59, 15, 18, 40, 16, 28, 29, 4294967295, 24, 36, 39, 38, 2,
            4294967295, 42, 22, 17, 58, 56, 7, 19, 52, 4294967295, 11, 54, 31,
            4294967295, 1, 12, 48, 23, 35, 4294967295, 21, 47, 37, 9, 13, 44, 8, 57, 10,
            41, 14, 5, 50, 27, 4, 6, 55, 4294967295, 46, 34, 32, 30, 53, 49, 3, 0, 25,
            51, 20, 33, 43, 60, 45,
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
    const PROVIDER: &'static str = "Tencent Cloud LCIC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud LCIC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud LCIC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
