// @generated from catalogs/tencent/tione_v20191022.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TIONE v20191022: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TIONE v20191022: a variant per documented code,
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
    /// `FailedOperation.ClsServiceNotActived`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls service not actived.
    FailedOperationClsServiceNotActived,
    /// `FailedOperation.DuplicateName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate name.
    FailedOperationDuplicateName,
    /// `FailedOperation.NotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow.
    FailedOperationNotAllow,
    /// `FailedOperation.RepoBindByInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: repo bind by instance.
    FailedOperationRepoBindByInstance,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BadName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad name.
    InvalidParameterValueBadName,
    /// `InvalidParameterValue.ClsConfigRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cls config required.
    InvalidParameterValueClsConfigRequired,
    /// `InvalidParameterValue.CodeRepoNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code repo not found.
    InvalidParameterValueCodeRepoNotFound,
    /// `InvalidParameterValue.DuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate name.
    InvalidParameterValueDuplicateName,
    /// `InvalidParameterValue.FileSystemNeedVpcConfigSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file system need vpc config support.
    InvalidParameterValueFileSystemNeedVpcConfigSupport,
    /// `InvalidParameterValue.FileSystemNumLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file system num limit.
    InvalidParameterValueFileSystemNumLimit,
    /// `InvalidParameterValue.FileSystemVpcNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file system vpc not match.
    InvalidParameterValueFileSystemVpcNotMatch,
    /// `InvalidParameterValue.FrameworkVersionNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: framework version not support.
    InvalidParameterValueFrameworkVersionNotSupport,
    /// `InvalidParameterValue.ImageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image not found.
    InvalidParameterValueImageNotFound,
    /// `InvalidParameterValue.InvalidInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type.
    InvalidParameterValueInvalidInstanceType,
    /// `InvalidParameterValue.InvalidTrainingImageName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid training image name.
    InvalidParameterValueInvalidTrainingImageName,
    /// `InvalidParameterValue.KmsKeyNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: kms key not found.
    InvalidParameterValueKmsKeyNotFound,
    /// `InvalidParameterValue.LogSetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: log set not found.
    InvalidParameterValueLogSetNotFound,
    /// `InvalidParameterValue.MpiProcessesPerHostTooMuch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mpi processes per host too much.
    InvalidParameterValueMpiProcessesPerHostTooMuch,
    /// `InvalidParameterValue.RepositoryUrlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repository url invalid.
    InvalidParameterValueRepositoryUrlInvalid,
    /// `InvalidParameterValue.SubnetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not found.
    InvalidParameterValueSubnetNotFound,
    /// `InvalidParameterValue.TopicNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic not found.
    InvalidParameterValueTopicNotFound,
    /// `InvalidParameterValue.TrainCodeNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: train code not found.
    InvalidParameterValueTrainCodeNotFound,
    /// `InvalidParameterValue.VolumeShrinkNotAllow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: volume shrink not allow.
    InvalidParameterValueVolumeShrinkNotAllow,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.BillNotActivated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: bill not activated.
    ResourceUnavailableBillNotActivated,
    /// `ResourceUnavailable.NotAlive`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not alive.
    ResourceUnavailableNotAlive,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.ClsServiceNotActived",
        "FailedOperation.DuplicateName",
        "FailedOperation.NotAllow",
        "FailedOperation.RepoBindByInstance",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.BadName",
        "InvalidParameterValue.ClsConfigRequired",
        "InvalidParameterValue.CodeRepoNotFound",
        "InvalidParameterValue.DuplicateName",
        "InvalidParameterValue.FileSystemNeedVpcConfigSupport",
        "InvalidParameterValue.FileSystemNumLimit",
        "InvalidParameterValue.FileSystemVpcNotMatch",
        "InvalidParameterValue.FrameworkVersionNotSupport",
        "InvalidParameterValue.ImageNotFound",
        "InvalidParameterValue.InvalidInstanceType",
        "InvalidParameterValue.InvalidTrainingImageName",
        "InvalidParameterValue.KmsKeyNotFound",
        "InvalidParameterValue.LogSetNotFound",
        "InvalidParameterValue.MpiProcessesPerHostTooMuch",
        "InvalidParameterValue.RepositoryUrlInvalid",
        "InvalidParameterValue.SubnetNotFound",
        "InvalidParameterValue.TopicNotFound",
        "InvalidParameterValue.TrainCodeNotFound",
        "InvalidParameterValue.VolumeShrinkNotAllow",
        "LimitExceeded",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.BillNotActivated",
        "ResourceUnavailable.NotAlive",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: cls service not actived.The operation failed: duplicate name.The operation failed: not allow.The operation failed: repo bind by instance.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: bad name.A parameter value is invalid: cls config required.A parameter value is invalid: code repo not found.A parameter value is invalid: duplicate name.A parameter value is invalid: file system need vpc config support.A parameter value is invalid: file system num limit.A parameter value is invalid: file system vpc not match.A parameter value is invalid: framework version not support.A parameter value is invalid: image not found.A parameter value is invalid: invalid instance type.A parameter value is invalid: invalid training image name.A parameter value is invalid: kms key not found.A parameter value is invalid: log set not found.A parameter value is invalid: mpi processes per host too much.A parameter value is invalid: repository url invalid.A parameter value is invalid: subnet not found.A parameter value is invalid: topic not found.A parameter value is invalid: train code not found.A parameter value is invalid: volume shrink not allow.A limit was exceeded.Resources are insufficient.The resource was not found.The resource is unavailable.The resource is unavailable: bill not activated.The resource is unavailable: not alive.The operation is not authorized.",
        ends: &[
            0, 22, 43, 89, 126, 158, 202, 229, 252, 281, 320, 370, 420, 465, 531, 583,
            639, 699, 745, 797, 855, 903, 951, 1013, 1066, 1113, 1159, 1210, 1264, 1285,
            1312, 1339, 1367, 1415, 1454, 1486,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaaaaaaaaaaaaaaaaaaacacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"biiiiimccccccccccccccccccccchheiiig",
    );
    static PILOTS: [u16; 9] = [16, 12, 20, 11, 268, 3, 0, 18, 24];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 21, 23, 17, 11, 7, 5, 16, 4294967295, 28, 13, 8, 29, 4, 32, 2, 31, 27, 9,
            12, 4294967295, 0, 10, 24, 1, 3, 6, 34, 22, 25, 33, 18, 30, 15, 20,
            4294967295, 14, 26,
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
    const PROVIDER: &'static str = "Tencent Cloud TIONE v20191022";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TIONE v20191022's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TIONE v20191022: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
