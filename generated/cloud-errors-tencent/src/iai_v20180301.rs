// @generated from catalogs/tencent/iai_v20180301.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IAI v20180301: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IAI v20180301: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AcrossVersionsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: across versions error.
    FailedOperationAcrossVersionsError,
    /// `FailedOperation.ConflictOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: conflict operation.
    FailedOperationConflictOperation,
    /// `FailedOperation.CreateFaceConcurrent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create face concurrent.
    FailedOperationCreateFaceConcurrent,
    /// `FailedOperation.DuplicatedGroupDescription`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicated group description.
    FailedOperationDuplicatedGroupDescription,
    /// `FailedOperation.FaceQualityNotQualified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face quality not qualified.
    FailedOperationFaceQualityNotQualified,
    /// `FailedOperation.FaceSizeTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face size too small.
    FailedOperationFaceSizeTooSmall,
    /// `FailedOperation.GroupCannotUpgrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group cannot upgrade.
    FailedOperationGroupCannotUpgrade,
    /// `FailedOperation.GroupInDeletedState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group in deleted state.
    FailedOperationGroupInDeletedState,
    /// `FailedOperation.GroupPersonMapExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group person map exist.
    FailedOperationGroupPersonMapExist,
    /// `FailedOperation.GroupPersonMapNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group person map not exist.
    FailedOperationGroupPersonMapNotExist,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageFacedetectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image facedetect failed.
    FailedOperationImageFacedetectFailed,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution too small.
    FailedOperationImageResolutionTooSmall,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.JobCannnotRollback`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job cannnot rollback.
    FailedOperationJobCannnotRollback,
    /// `FailedOperation.RequestLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded.
    FailedOperationRequestLimitExceeded,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.RpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rpc fail.
    FailedOperationRpcFail,
    /// `FailedOperation.SearchFacesExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search faces exceed.
    FailedOperationSearchFacesExceed,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.UpgradeJobIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upgrade job id not exist.
    FailedOperationUpgradeJobIdNotExist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue.AccountFaceNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account face num exceed.
    InvalidParameterValueAccountFaceNumExceed,
    /// `InvalidParameterValue.DeleteFaceNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: delete face num exceed.
    InvalidParameterValueDeleteFaceNumExceed,
    /// `InvalidParameterValue.FaceMatchThresholdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face match threshold illegal.
    InvalidParameterValueFaceMatchThresholdIllegal,
    /// `InvalidParameterValue.FaceModelVersionIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face model version illegal.
    InvalidParameterValueFaceModelVersionIllegal,
    /// `InvalidParameterValue.GroupExDescriptionsExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group ex descriptions exceed.
    InvalidParameterValueGroupExDescriptionsExceed,
    /// `InvalidParameterValue.GroupExDescriptionsNameIdentical`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group ex descriptions name identical.
    InvalidParameterValueGroupExDescriptionsNameIdentical,
    /// `InvalidParameterValue.GroupExDescriptionsNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group ex descriptions name illegal.
    InvalidParameterValueGroupExDescriptionsNameIllegal,
    /// `InvalidParameterValue.GroupExDescriptionsNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group ex descriptions name too long.
    InvalidParameterValueGroupExDescriptionsNameTooLong,
    /// `InvalidParameterValue.GroupFaceNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group face num exceed.
    InvalidParameterValueGroupFaceNumExceed,
    /// `InvalidParameterValue.GroupIdAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group id already exist.
    InvalidParameterValueGroupIdAlreadyExist,
    /// `InvalidParameterValue.GroupIdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group id illegal.
    InvalidParameterValueGroupIdIllegal,
    /// `InvalidParameterValue.GroupIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group id not exist.
    InvalidParameterValueGroupIdNotExist,
    /// `InvalidParameterValue.GroupIdNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group id not exists.
    InvalidParameterValueGroupIdNotExists,
    /// `InvalidParameterValue.GroupIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group id too long.
    InvalidParameterValueGroupIdTooLong,
    /// `InvalidParameterValue.GroupIdsExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group ids exceed.
    InvalidParameterValueGroupIdsExceed,
    /// `InvalidParameterValue.GroupNameAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name already exist.
    InvalidParameterValueGroupNameAlreadyExist,
    /// `InvalidParameterValue.GroupNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name illegal.
    InvalidParameterValueGroupNameIllegal,
    /// `InvalidParameterValue.GroupNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name too long.
    InvalidParameterValueGroupNameTooLong,
    /// `InvalidParameterValue.GroupNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group num exceed.
    InvalidParameterValueGroupNumExceed,
    /// `InvalidParameterValue.GroupNumPerPersonExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group num per person exceed.
    InvalidParameterValueGroupNumPerPersonExceed,
    /// `InvalidParameterValue.GroupTagIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group tag illegal.
    InvalidParameterValueGroupTagIllegal,
    /// `InvalidParameterValue.GroupTagTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group tag too long.
    InvalidParameterValueGroupTagTooLong,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.ImageEmptyError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty error.
    InvalidParameterValueImageEmptyError,
    /// `InvalidParameterValue.LimitExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceed.
    InvalidParameterValueLimitExceed,
    /// `InvalidParameterValue.NoFaceInGroups`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in groups.
    InvalidParameterValueNoFaceInGroups,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.OffsetExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset exceed.
    InvalidParameterValueOffsetExceed,
    /// `InvalidParameterValue.PersonExDescriptionInfosExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person ex description infos exceed.
    InvalidParameterValuePersonExDescriptionInfosExceed,
    /// `InvalidParameterValue.PersonExDescriptionsNameIdentical`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person ex descriptions name identical.
    InvalidParameterValuePersonExDescriptionsNameIdentical,
    /// `InvalidParameterValue.PersonExDescriptionsNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person ex descriptions name illegal.
    InvalidParameterValuePersonExDescriptionsNameIllegal,
    /// `InvalidParameterValue.PersonExDescriptionsNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person ex descriptions name too long.
    InvalidParameterValuePersonExDescriptionsNameTooLong,
    /// `InvalidParameterValue.PersonExistInGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person exist in group.
    InvalidParameterValuePersonExistInGroup,
    /// `InvalidParameterValue.PersonFaceNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person face num exceed.
    InvalidParameterValuePersonFaceNumExceed,
    /// `InvalidParameterValue.PersonGenderIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person gender illegal.
    InvalidParameterValuePersonGenderIllegal,
    /// `InvalidParameterValue.PersonIdAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person id already exist.
    InvalidParameterValuePersonIdAlreadyExist,
    /// `InvalidParameterValue.PersonIdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person id illegal.
    InvalidParameterValuePersonIdIllegal,
    /// `InvalidParameterValue.PersonIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person id not exist.
    InvalidParameterValuePersonIdNotExist,
    /// `InvalidParameterValue.PersonIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person id too long.
    InvalidParameterValuePersonIdTooLong,
    /// `InvalidParameterValue.PersonNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person name illegal.
    InvalidParameterValuePersonNameIllegal,
    /// `InvalidParameterValue.PersonNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: person name too long.
    InvalidParameterValuePersonNameTooLong,
    /// `InvalidParameterValue.QualityControlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quality control illegal.
    InvalidParameterValueQualityControlIllegal,
    /// `InvalidParameterValue.SearchPersonsExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: search persons exceed.
    InvalidParameterValueSearchPersonsExceed,
    /// `InvalidParameterValue.UniquePersonControlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unique person control illegal.
    InvalidParameterValueUniquePersonControlIllegal,
    /// `InvalidParameterValue.UnsupportedGroupFaceModelVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported group face model version.
    InvalidParameterValueUnsupportedGroupFaceModelVersion,
    /// `InvalidParameterValue.UploadFaceNumExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: upload face num exceed.
    InvalidParameterValueUploadFaceNumExceed,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ErrorFaceNumExceed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: error face num exceed.
    LimitExceededErrorFaceNumExceed,
    /// `MissingParameter.ErrorParameterEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: error parameter empty.
    MissingParameterErrorParameterEmpty,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceUnavailable.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: charge status exception.
    ResourceUnavailableChargeStatusException,
    /// `ResourceUnavailable.Delivering`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: delivering.
    ResourceUnavailableDelivering,
    /// `ResourceUnavailable.Freeze`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: freeze.
    ResourceUnavailableFreeze,
    /// `ResourceUnavailable.GetAuthInfoError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: get auth info error.
    ResourceUnavailableGetAuthInfoError,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.LowBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: low balance.
    ResourceUnavailableLowBalance,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.NotReady`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not ready.
    ResourceUnavailableNotReady,
    /// `ResourceUnavailable.Recover`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: recover.
    ResourceUnavailableRecover,
    /// `ResourceUnavailable.StopUsing`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stop using.
    ResourceUnavailableStopUsing,
    /// `ResourceUnavailable.UnknownStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: unknown status.
    ResourceUnavailableUnknownStatus,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// `UnsupportedOperation.UnknowMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unknow method.
    UnsupportedOperationUnknowMethod,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 92] = [
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "FailedOperation.AcrossVersionsError",
        "FailedOperation.ConflictOperation",
        "FailedOperation.CreateFaceConcurrent",
        "FailedOperation.DuplicatedGroupDescription",
        "FailedOperation.FaceQualityNotQualified",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.GroupCannotUpgrade",
        "FailedOperation.GroupInDeletedState",
        "FailedOperation.GroupPersonMapExist",
        "FailedOperation.GroupPersonMapNotExist",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageFacedetectFailed",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.JobCannnotRollback",
        "FailedOperation.RequestLimitExceeded",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.SearchFacesExceed",
        "FailedOperation.ServerError",
        "FailedOperation.UnKnowError",
        "FailedOperation.UpgradeJobIdNotExist",
        "InternalError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue.AccountFaceNumExceed",
        "InvalidParameterValue.DeleteFaceNumExceed",
        "InvalidParameterValue.FaceMatchThresholdIllegal",
        "InvalidParameterValue.FaceModelVersionIllegal",
        "InvalidParameterValue.GroupExDescriptionsExceed",
        "InvalidParameterValue.GroupExDescriptionsNameIdentical",
        "InvalidParameterValue.GroupExDescriptionsNameIllegal",
        "InvalidParameterValue.GroupExDescriptionsNameTooLong",
        "InvalidParameterValue.GroupFaceNumExceed",
        "InvalidParameterValue.GroupIdAlreadyExist",
        "InvalidParameterValue.GroupIdIllegal",
        "InvalidParameterValue.GroupIdNotExist",
        "InvalidParameterValue.GroupIdNotExists",
        "InvalidParameterValue.GroupIdTooLong",
        "InvalidParameterValue.GroupIdsExceed",
        "InvalidParameterValue.GroupNameAlreadyExist",
        "InvalidParameterValue.GroupNameIllegal",
        "InvalidParameterValue.GroupNameTooLong",
        "InvalidParameterValue.GroupNumExceed",
        "InvalidParameterValue.GroupNumPerPersonExceed",
        "InvalidParameterValue.GroupTagIllegal",
        "InvalidParameterValue.GroupTagTooLong",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.ImageEmptyError",
        "InvalidParameterValue.LimitExceed",
        "InvalidParameterValue.NoFaceInGroups",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.OffsetExceed",
        "InvalidParameterValue.PersonExDescriptionInfosExceed",
        "InvalidParameterValue.PersonExDescriptionsNameIdentical",
        "InvalidParameterValue.PersonExDescriptionsNameIllegal",
        "InvalidParameterValue.PersonExDescriptionsNameTooLong",
        "InvalidParameterValue.PersonExistInGroup",
        "InvalidParameterValue.PersonFaceNumExceed",
        "InvalidParameterValue.PersonGenderIllegal",
        "InvalidParameterValue.PersonIdAlreadyExist",
        "InvalidParameterValue.PersonIdIllegal",
        "InvalidParameterValue.PersonIdNotExist",
        "InvalidParameterValue.PersonIdTooLong",
        "InvalidParameterValue.PersonNameIllegal",
        "InvalidParameterValue.PersonNameTooLong",
        "InvalidParameterValue.QualityControlIllegal",
        "InvalidParameterValue.SearchPersonsExceed",
        "InvalidParameterValue.UniquePersonControlIllegal",
        "InvalidParameterValue.UnsupportedGroupFaceModelVersion",
        "InvalidParameterValue.UploadFaceNumExceed",
        "InvalidParameterValue.UrlIllegal",
        "LimitExceeded",
        "LimitExceeded.ErrorFaceNumExceed",
        "MissingParameter.ErrorParameterEmpty",
        "RequestLimitExceeded",
        "ResourceUnavailable.ChargeStatusException",
        "ResourceUnavailable.Delivering",
        "ResourceUnavailable.Freeze",
        "ResourceUnavailable.GetAuthInfoError",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.LowBalance",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.NotReady",
        "ResourceUnavailable.Recover",
        "ResourceUnavailable.StopUsing",
        "ResourceUnavailable.UnknownStatus",
        "ResourcesSoldOut.ChargeStatusException",
        "UnsupportedOperation.UnknowMethod",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid authorization.The operation failed.The operation failed: across versions error.The operation failed: conflict operation.The operation failed: create face concurrent.The operation failed: duplicated group description.The operation failed: face quality not qualified.The operation failed: face size too small.The operation failed: group cannot upgrade.The operation failed: group in deleted state.The operation failed: group person map exist.The operation failed: group person map not exist.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image facedetect failed.The operation failed: image resolution exceed.The operation failed: image resolution too small.The operation failed: image size exceed.The operation failed: job cannnot rollback.The operation failed: request limit exceeded.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: search faces exceed.The operation failed: server error.The operation failed: un know error.The operation failed: upgrade job id not exist.An internal error occurred.A parameter is invalid: invalid parameter.A parameter value is invalid: account face num exceed.A parameter value is invalid: delete face num exceed.A parameter value is invalid: face match threshold illegal.A parameter value is invalid: face model version illegal.A parameter value is invalid: group ex descriptions exceed.A parameter value is invalid: group ex descriptions name identical.A parameter value is invalid: group ex descriptions name illegal.A parameter value is invalid: group ex descriptions name too long.A parameter value is invalid: group face num exceed.A parameter value is invalid: group id already exist.A parameter value is invalid: group id illegal.A parameter value is invalid: group id not exist.A parameter value is invalid: group id not exists.A parameter value is invalid: group id too long.A parameter value is invalid: group ids exceed.A parameter value is invalid: group name already exist.A parameter value is invalid: group name illegal.A parameter value is invalid: group name too long.A parameter value is invalid: group num exceed.A parameter value is invalid: group num per person exceed.A parameter value is invalid: group tag illegal.A parameter value is invalid: group tag too long.A parameter value is invalid: image empty.A parameter value is invalid: image empty error.A parameter value is invalid: limit exceed.A parameter value is invalid: no face in groups.A parameter value is invalid: no face in photo.A parameter value is invalid: offset exceed.A parameter value is invalid: person ex description infos exceed.A parameter value is invalid: person ex descriptions name identical.A parameter value is invalid: person ex descriptions name illegal.A parameter value is invalid: person ex descriptions name too long.A parameter value is invalid: person exist in group.A parameter value is invalid: person face num exceed.A parameter value is invalid: person gender illegal.A parameter value is invalid: person id already exist.A parameter value is invalid: person id illegal.A parameter value is invalid: person id not exist.A parameter value is invalid: person id too long.A parameter value is invalid: person name illegal.A parameter value is invalid: person name too long.A parameter value is invalid: quality control illegal.A parameter value is invalid: search persons exceed.A parameter value is invalid: unique person control illegal.A parameter value is invalid: unsupported group face model version.A parameter value is invalid: upload face num exceed.A parameter value is invalid: url illegal.A limit was exceeded.A limit was exceeded: error face num exceed.A required parameter is missing: error parameter empty.Too many requests were sent.The resource is unavailable: charge status exception.The resource is unavailable: delivering.The resource is unavailable: freeze.The resource is unavailable: get auth info error.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: not ready.The resource is unavailable: recover.The resource is unavailable: stop using.The resource is unavailable: unknown status.The resources are sold out: charge status exception.The operation is not supported: unknow method.",
        ends: &[
            0, 45, 66, 110, 151, 196, 247, 296, 338, 381, 426, 471, 520, 562, 605, 651,
            697, 746, 786, 829, 874, 912, 943, 985, 1020, 1056, 1103, 1130, 1172, 1226,
            1279, 1338, 1395, 1454, 1521, 1586, 1652, 1704, 1757, 1804, 1853, 1903, 1951,
            1998, 2053, 2102, 2152, 2199, 2257, 2305, 2354, 2396, 2444, 2487, 2535, 2582,
            2626, 2691, 2759, 2825, 2892, 2944, 2997, 3049, 3103, 3151, 3201, 3250, 3300,
            3351, 3405, 3457, 3517, 3584, 3637, 3679, 3700, 3744, 3799, 3827, 3880, 3920,
            3956, 4005, 4045, 4086, 4125, 4164, 4201, 4241, 4285, 4337, 4383,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 92] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcccccccccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 92] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiimcccccccccccccccccccccccccccccccccccccccccccccccchhchiiiiiiiiiiihi",
    );
    static PILOTS: [u16; 23] = [
        11, 10, 3, 2, 19, 0, 7, 3, 10, 2, 68, 10, 2, 17, 23, 0, 41, 0, 132, 96, 17, 579,
        1,
    ];
    static SLOTS: [(&str, u32); 102] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            63, 4294967295, 4294967295, 61, 24, 81, 4294967295, 40, 85, 87, 13, 75, 33,
            25, 34, 88, 0, 50, 77, 51, 47, 48, 42, 46, 4294967295, 67, 57, 7, 66, 19, 83,
            55, 43, 22, 17, 41, 44, 74, 29, 79, 4294967295, 71, 26, 2, 31, 76, 12, 90,
            21, 23, 3, 37, 4294967295, 52, 14, 5, 60, 4294967295, 70, 59, 10, 78, 8, 11,
            84, 65, 1, 58, 64, 9, 80, 91, 4294967295, 28, 39, 27, 30, 54, 86, 36, 32, 89,
            38, 68, 4294967295, 45, 69, 73, 62, 4294967295, 4, 18, 20, 35, 16, 53, 72,
            15, 49, 56, 82, 6,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud IAI v20180301";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IAI v20180301's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IAI v20180301: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
