// @generated from catalogs/tencent/ivld.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IVLD: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IVLD: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidSecretId`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid secret id.
    AuthFailureInvalidSecretId,
    /// `AuthFailure.MFAFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: MFA failure.
    AuthFailureMfaFailure,
    /// `AuthFailure.SecretIdNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: secret id not found.
    AuthFailureSecretIdNotFound,
    /// `AuthFailure.SignatureExpire`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: signature expire.
    AuthFailureSignatureExpire,
    /// `AuthFailure.SignatureFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: signature failure.
    AuthFailureSignatureFailure,
    /// `AuthFailure.TaskFinished`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: task finished.
    AuthFailureTaskFinished,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token failure.
    AuthFailureTokenFailure,
    /// `AuthFailure.UserActivated`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: user activated.
    AuthFailureUserActivated,
    /// `AuthFailure.UserInvalidStatus`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: user invalid status.
    AuthFailureUserInvalidStatus,
    /// `AuthFailure.UserNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: user not found.
    AuthFailureUserNotFound,
    /// `AuthFailure.UserStopArrear`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: user stop arrear.
    AuthFailureUserStopArrear,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AiTemplateNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ai template not exist.
    FailedOperationAiTemplateNotExist,
    /// `FailedOperation.CategoryExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: category exist.
    FailedOperationCategoryExist,
    /// `FailedOperation.CategoryLevelChanged`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: category level changed.
    FailedOperationCategoryLevelChanged,
    /// `FailedOperation.CategoryReferred`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: category referred.
    FailedOperationCategoryReferred,
    /// `FailedOperation.CustomGroupAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: custom group already exist.
    FailedOperationCustomGroupAlreadyExist,
    /// `FailedOperation.DBConnectionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB connection error.
    FailedOperationDbConnectionError,
    /// `FailedOperation.DownloadFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download failed.
    FailedOperationDownloadFailed,
    /// `FailedOperation.FeatureAlgoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: feature algo failed.
    FailedOperationFeatureAlgoFailed,
    /// `FailedOperation.GetCAMTokenFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get CAM token failed.
    FailedOperationGetCamTokenFailed,
    /// `FailedOperation.GetTaskListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get task list failed.
    FailedOperationGetTaskListFailed,
    /// `FailedOperation.GetVideoMetadataFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get video metadata failed.
    FailedOperationGetVideoMetadataFailed,
    /// `FailedOperation.ImageNumExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image num exceeded.
    FailedOperationImageNumExceeded,
    /// `FailedOperation.MD5Mismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: MD5 mismatch.
    FailedOperationMd5Mismatch,
    /// `FailedOperation.MediaAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media already exist.
    FailedOperationMediaAlreadyExist,
    /// `FailedOperation.MediaExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media expired.
    FailedOperationMediaExpired,
    /// `FailedOperation.MediaInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media in use.
    FailedOperationMediaInUse,
    /// `FailedOperation.MediaNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media not ready.
    FailedOperationMediaNotReady,
    /// `FailedOperation.MultipleFacesInImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: multiple faces in image.
    FailedOperationMultipleFacesInImage,
    /// `FailedOperation.NoFaceInImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no face in image.
    FailedOperationNoFaceInImage,
    /// `FailedOperation.OpenChargeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open charge failed.
    FailedOperationOpenChargeFailed,
    /// `FailedOperation.PersonDuplicated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: person duplicated.
    FailedOperationPersonDuplicated,
    /// `FailedOperation.PersonNotMatched`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: person not matched.
    FailedOperationPersonNotMatched,
    /// `FailedOperation.PersonNumExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: person num exceeded.
    FailedOperationPersonNumExceeded,
    /// `FailedOperation.QualityAlgoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quality algo failed.
    FailedOperationQualityAlgoFailed,
    /// `FailedOperation.QualityTooLow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quality too low.
    FailedOperationQualityTooLow,
    /// `FailedOperation.SnapshotDeserializeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: snapshot deserialize failed.
    FailedOperationSnapshotDeserializeFailed,
    /// `FailedOperation.StopFlowFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop flow failed.
    FailedOperationStopFlowFailed,
    /// `FailedOperation.TaskAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task already exist.
    FailedOperationTaskAlreadyExist,
    /// `FailedOperation.TaskNotFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not finished.
    FailedOperationTaskNotFinished,
    /// `FailedOperation.TranscodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transcode failed.
    FailedOperationTranscodeFailed,
    /// `FailedOperation.UploadFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload failed.
    FailedOperationUploadFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBConnectionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB connection error.
    InternalErrorDbConnectionError,
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InternalError.InnerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inner error.
    InternalErrorInnerError,
    /// `InternalError.InternalOverflow`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal overflow.
    InternalErrorInternalOverflow,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidCategoryId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid category id.
    InvalidParameterInvalidCategoryId,
    /// `InvalidParameter.InvalidFilePath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file path.
    InvalidParameterInvalidFilePath,
    /// `InvalidParameter.InvalidImage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid image.
    InvalidParameterInvalidImage,
    /// `InvalidParameter.InvalidImageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid image id.
    InvalidParameterInvalidImageId,
    /// `InvalidParameter.InvalidL1Category`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid l1 category.
    InvalidParameterInvalidL1Category,
    /// `InvalidParameter.InvalidL2Category`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid l2 category.
    InvalidParameterInvalidL2Category,
    /// `InvalidParameter.InvalidMD5`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid MD5.
    InvalidParameterInvalidMd5,
    /// `InvalidParameter.InvalidMediaId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media id.
    InvalidParameterInvalidMediaId,
    /// `InvalidParameter.InvalidMediaLabel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media label.
    InvalidParameterInvalidMediaLabel,
    /// `InvalidParameter.InvalidMediaLang`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media lang.
    InvalidParameterInvalidMediaLang,
    /// `InvalidParameter.InvalidMediaName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media name.
    InvalidParameterInvalidMediaName,
    /// `InvalidParameter.InvalidMediaPreknownInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media preknown info.
    InvalidParameterInvalidMediaPreknownInfo,
    /// `InvalidParameter.InvalidMediaStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media status.
    InvalidParameterInvalidMediaStatus,
    /// `InvalidParameter.InvalidMediaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media type.
    InvalidParameterInvalidMediaType,
    /// `InvalidParameter.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid name.
    InvalidParameterInvalidName,
    /// `InvalidParameter.InvalidPageNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid page number.
    InvalidParameterInvalidPageNumber,
    /// `InvalidParameter.InvalidPageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid page size.
    InvalidParameterInvalidPageSize,
    /// `InvalidParameter.InvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid param.
    InvalidParameterInvalidParam,
    /// `InvalidParameter.InvalidPersonId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid person id.
    InvalidParameterInvalidPersonId,
    /// `InvalidParameter.InvalidSortBy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sort by.
    InvalidParameterInvalidSortBy,
    /// `InvalidParameter.InvalidSortOrder`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sort order.
    InvalidParameterInvalidSortOrder,
    /// `InvalidParameter.InvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task id.
    InvalidParameterInvalidTaskId,
    /// `InvalidParameter.InvalidTaskName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task name.
    InvalidParameterInvalidTaskName,
    /// `InvalidParameter.InvalidTaskStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task status.
    InvalidParameterInvalidTaskStatus,
    /// `InvalidParameter.InvalidURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid URL.
    InvalidParameterInvalidUrl,
    /// `InvalidParameter.InvalidUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid uin.
    InvalidParameterInvalidUin,
    /// `InvalidParameter.NameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name too long.
    InvalidParameterNameTooLong,
    /// `InvalidParameter.ParamTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param too long.
    InvalidParameterParamTooLong,
    /// `InvalidParameter.URLNotResolved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: URL not resolved.
    InvalidParameterUrlNotResolved,
    /// `InvalidParameter.UnsupportURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupport URL.
    InvalidParameterUnsupportUrl,
    /// `LimitExceeded.UsageLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: usage limit exceeded.
    LimitExceededUsageLimitExceeded,
    /// `RequestLimitExceeded.BatchImportOverflow`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: batch import overflow.
    RequestLimitExceededBatchImportOverflow,
    /// `RequestLimitExceeded.ConcurrencyOverflow`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: concurrency overflow.
    RequestLimitExceededConcurrencyOverflow,
    /// `ResourceNotFound.CustomCategoryNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: custom category not found.
    ResourceNotFoundCustomCategoryNotFound,
    /// `ResourceNotFound.CustomGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: custom group not found.
    ResourceNotFoundCustomGroupNotFound,
    /// `ResourceNotFound.MediaNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: media not found.
    ResourceNotFoundMediaNotFound,
    /// `ResourceNotFound.RecordNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: record not found.
    ResourceNotFoundRecordNotFound,
    /// `ResourceNotFound.TaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not found.
    ResourceNotFoundTaskNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UnauthorizedProduct`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized product.
    UnauthorizedOperationUnauthorizedProduct,
    /// `UnsupportedOperation.MediaNotAccessible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: media not accessible.
    UnsupportedOperationMediaNotAccessible,
    /// `UnsupportedOperation.TaskNotAccessible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: task not accessible.
    UnsupportedOperationTaskNotAccessible,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 91] = [
        "AuthFailure.InvalidSecretId",
        "AuthFailure.MFAFailure",
        "AuthFailure.SecretIdNotFound",
        "AuthFailure.SignatureExpire",
        "AuthFailure.SignatureFailure",
        "AuthFailure.TaskFinished",
        "AuthFailure.TokenFailure",
        "AuthFailure.UserActivated",
        "AuthFailure.UserInvalidStatus",
        "AuthFailure.UserNotFound",
        "AuthFailure.UserStopArrear",
        "FailedOperation",
        "FailedOperation.AiTemplateNotExist",
        "FailedOperation.CategoryExist",
        "FailedOperation.CategoryLevelChanged",
        "FailedOperation.CategoryReferred",
        "FailedOperation.CustomGroupAlreadyExist",
        "FailedOperation.DBConnectionError",
        "FailedOperation.DownloadFailed",
        "FailedOperation.FeatureAlgoFailed",
        "FailedOperation.GetCAMTokenFailed",
        "FailedOperation.GetTaskListFailed",
        "FailedOperation.GetVideoMetadataFailed",
        "FailedOperation.ImageNumExceeded",
        "FailedOperation.MD5Mismatch",
        "FailedOperation.MediaAlreadyExist",
        "FailedOperation.MediaExpired",
        "FailedOperation.MediaInUse",
        "FailedOperation.MediaNotReady",
        "FailedOperation.MultipleFacesInImage",
        "FailedOperation.NoFaceInImage",
        "FailedOperation.OpenChargeFailed",
        "FailedOperation.PersonDuplicated",
        "FailedOperation.PersonNotMatched",
        "FailedOperation.PersonNumExceeded",
        "FailedOperation.QualityAlgoFailed",
        "FailedOperation.QualityTooLow",
        "FailedOperation.SnapshotDeserializeFailed",
        "FailedOperation.StopFlowFailed",
        "FailedOperation.TaskAlreadyExist",
        "FailedOperation.TaskNotFinished",
        "FailedOperation.TranscodeFailed",
        "FailedOperation.UploadFailed",
        "InternalError",
        "InternalError.DBConnectionError",
        "InternalError.DBOperationError",
        "InternalError.InnerError",
        "InternalError.InternalOverflow",
        "InvalidParameter",
        "InvalidParameter.InvalidCategoryId",
        "InvalidParameter.InvalidFilePath",
        "InvalidParameter.InvalidImage",
        "InvalidParameter.InvalidImageId",
        "InvalidParameter.InvalidL1Category",
        "InvalidParameter.InvalidL2Category",
        "InvalidParameter.InvalidMD5",
        "InvalidParameter.InvalidMediaId",
        "InvalidParameter.InvalidMediaLabel",
        "InvalidParameter.InvalidMediaLang",
        "InvalidParameter.InvalidMediaName",
        "InvalidParameter.InvalidMediaPreknownInfo",
        "InvalidParameter.InvalidMediaStatus",
        "InvalidParameter.InvalidMediaType",
        "InvalidParameter.InvalidName",
        "InvalidParameter.InvalidPageNumber",
        "InvalidParameter.InvalidPageSize",
        "InvalidParameter.InvalidParam",
        "InvalidParameter.InvalidPersonId",
        "InvalidParameter.InvalidSortBy",
        "InvalidParameter.InvalidSortOrder",
        "InvalidParameter.InvalidTaskId",
        "InvalidParameter.InvalidTaskName",
        "InvalidParameter.InvalidTaskStatus",
        "InvalidParameter.InvalidURL",
        "InvalidParameter.InvalidUin",
        "InvalidParameter.NameTooLong",
        "InvalidParameter.ParamTooLong",
        "InvalidParameter.URLNotResolved",
        "InvalidParameter.UnsupportURL",
        "LimitExceeded.UsageLimitExceeded",
        "RequestLimitExceeded.BatchImportOverflow",
        "RequestLimitExceeded.ConcurrencyOverflow",
        "ResourceNotFound.CustomCategoryNotFound",
        "ResourceNotFound.CustomGroupNotFound",
        "ResourceNotFound.MediaNotFound",
        "ResourceNotFound.RecordNotFound",
        "ResourceNotFound.TaskNotFound",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UnauthorizedProduct",
        "UnsupportedOperation.MediaNotAccessible",
        "UnsupportedOperation.TaskNotAccessible",
    ];
    static NAME_CODES: [u32; 10] = [1, 17, 20, 24, 44, 45, 55, 73, 77, 78];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthFailureMfaFailureFailedOperationDbConnectionErrorFailedOperationGetCamTokenFailedFailedOperationMd5MismatchInternalErrorDbConnectionErrorInternalErrorDbOperationErrorInvalidParameterInvalidMd5InvalidParameterInvalidUrlInvalidParameterUrlNotResolvedInvalidParameterUnsupportUrl",
        ends: &[0, 21, 53, 85, 111, 141, 170, 196, 222, 252, 280],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid secret id.Authentication failed: MFA failure.Authentication failed: secret id not found.Authentication failed: signature expire.Authentication failed: signature failure.Authentication failed: task finished.Authentication failed: token failure.Authentication failed: user activated.Authentication failed: user invalid status.Authentication failed: user not found.Authentication failed: user stop arrear.The operation failed.The operation failed: ai template not exist.The operation failed: category exist.The operation failed: category level changed.The operation failed: category referred.The operation failed: custom group already exist.The operation failed: DB connection error.The operation failed: download failed.The operation failed: feature algo failed.The operation failed: get CAM token failed.The operation failed: get task list failed.The operation failed: get video metadata failed.The operation failed: image num exceeded.The operation failed: MD5 mismatch.The operation failed: media already exist.The operation failed: media expired.The operation failed: media in use.The operation failed: media not ready.The operation failed: multiple faces in image.The operation failed: no face in image.The operation failed: open charge failed.The operation failed: person duplicated.The operation failed: person not matched.The operation failed: person num exceeded.The operation failed: quality algo failed.The operation failed: quality too low.The operation failed: snapshot deserialize failed.The operation failed: stop flow failed.The operation failed: task already exist.The operation failed: task not finished.The operation failed: transcode failed.The operation failed: upload failed.An internal error occurred.An internal error occurred: DB connection error.An internal error occurred: DB operation error.An internal error occurred: inner error.An internal error occurred: internal overflow.A parameter is invalid.A parameter is invalid: invalid category id.A parameter is invalid: invalid file path.A parameter is invalid: invalid image.A parameter is invalid: invalid image id.A parameter is invalid: invalid l1 category.A parameter is invalid: invalid l2 category.A parameter is invalid: invalid MD5.A parameter is invalid: invalid media id.A parameter is invalid: invalid media label.A parameter is invalid: invalid media lang.A parameter is invalid: invalid media name.A parameter is invalid: invalid media preknown info.A parameter is invalid: invalid media status.A parameter is invalid: invalid media type.A parameter is invalid: invalid name.A parameter is invalid: invalid page number.A parameter is invalid: invalid page size.A parameter is invalid: invalid param.A parameter is invalid: invalid person id.A parameter is invalid: invalid sort by.A parameter is invalid: invalid sort order.A parameter is invalid: invalid task id.A parameter is invalid: invalid task name.A parameter is invalid: invalid task status.A parameter is invalid: invalid URL.A parameter is invalid: invalid uin.A parameter is invalid: name too long.A parameter is invalid: param too long.A parameter is invalid: URL not resolved.A parameter is invalid: unsupport URL.A limit was exceeded: usage limit exceeded.Too many requests were sent: batch import overflow.Too many requests were sent: concurrency overflow.The resource was not found: custom category not found.The resource was not found: custom group not found.The resource was not found: media not found.The resource was not found: record not found.The resource was not found: task not found.The operation is not authorized.The operation is not authorized: unauthorized product.The operation is not supported: media not accessible.The operation is not supported: task not accessible.",
        ends: &[
            0, 41, 76, 119, 159, 200, 237, 274, 312, 355, 393, 433, 454, 498, 535, 580,
            620, 669, 711, 749, 791, 834, 877, 925, 966, 1001, 1043, 1079, 1114, 1152,
            1198, 1237, 1278, 1318, 1359, 1401, 1443, 1481, 1531, 1570, 1611, 1651, 1690,
            1726, 1753, 1801, 1848, 1888, 1934, 1957, 2001, 2043, 2081, 2122, 2166, 2210,
            2246, 2287, 2331, 2374, 2417, 2469, 2514, 2557, 2594, 2638, 2680, 2718, 2760,
            2800, 2843, 2883, 2925, 2969, 3005, 3041, 3079, 3118, 3159, 3197, 3240, 3291,
            3341, 3395, 3446, 3490, 3535, 3578, 3610, 3664, 3717, 3769,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 91] = ::cloud_errors::__private::retry_column(
        b"cccccccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbaaaaaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 91] = ::cloud_errors::__private::category_column(
        b"pppppppppppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmccccccccccccccccccccccccccccccchhheeeeeggii",
    );
    static PILOTS: [u16; 23] = [
        22, 1, 2, 39, 3, 56, 0, 0, 8, 5, 14, 9, 27, 7, 190, 0, 116, 11, 0, 42, 270, 602,
        79,
    ];
    static SLOTS: [(&str, u32); 101] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            34, 51, 50, 13, 70, 16, 10, 12, 41, 55, 3, 4294967295, 52, 25, 7, 9, 73,
            4294967295, 64, 4294967295, 59, 89, 30, 58, 4294967295, 81, 88, 23, 54, 74,
            82, 63, 37, 2, 87, 69, 27, 15, 1, 14, 76, 44, 48, 31, 62, 60, 33, 4294967295,
            40, 57, 35, 8, 21, 4294967295, 38, 49, 4, 56, 17, 85, 90, 65, 71, 46, 53, 45,
            11, 18, 84, 80, 26, 79, 42, 4294967295, 4294967295, 66, 24, 19, 36, 72, 20,
            39, 5, 61, 47, 32, 43, 4294967295, 4294967295, 75, 78, 28, 83, 29, 86, 68, 0,
            77, 6, 67, 22,
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
    const PROVIDER: &'static str = "Tencent Cloud IVLD";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IVLD's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IVLD: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
