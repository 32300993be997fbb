// @generated from catalogs/tencent/ckafka.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CKAFKA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CKAFKA: a variant per documented code,
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
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.TopicExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: topic exist.
    InvalidParameterTopicExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InstanceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not exist.
    InvalidParameterValueInstanceNotExist,
    /// `InvalidParameterValue.NotAllowedEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allowed empty.
    InvalidParameterValueNotAllowedEmpty,
    /// `InvalidParameterValue.RepetitionValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repetition value.
    InvalidParameterValueRepetitionValue,
    /// `InvalidParameterValue.SubnetIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet id invalid.
    InvalidParameterValueSubnetIdInvalid,
    /// `InvalidParameterValue.SubnetNotBelongToZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not belong to zone.
    InvalidParameterValueSubnetNotBelongToZone,
    /// `InvalidParameterValue.TopicNameAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic name already exist.
    InvalidParameterValueTopicNameAlreadyExist,
    /// `InvalidParameterValue.VpcIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id invalid.
    InvalidParameterValueVpcIdInvalid,
    /// `InvalidParameterValue.WrongAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: wrong action.
    InvalidParameterValueWrongAction,
    /// `InvalidParameterValue.ZoneNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone not support.
    InvalidParameterValueZoneNotSupport,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.RouteOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: route over limit.
    LimitExceededRouteOverLimit,
    /// `LimitExceeded.RouteSASLOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: route SASL over limit.
    LimitExceededRouteSaslOverLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ResourceTaskPaused`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource task paused.
    OperationDeniedResourceTaskPaused,
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
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.KafkaStorageError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: kafka storage error.
    ResourceUnavailableKafkaStorageError,
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
    /// `UnsupportedOperation.BatchDelInstanceLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: batch del instance limit.
    UnsupportedOperationBatchDelInstanceLimit,
    /// `UnsupportedOperation.FrequencyTopicDeleteOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: frequency topic delete operate.
    UnsupportedOperationFrequencyTopicDeleteOperate,
    /// `UnsupportedOperation.OssReject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: oss reject.
    UnsupportedOperationOssReject,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.TopicExist",
        "InvalidParameterValue",
        "InvalidParameterValue.InstanceNotExist",
        "InvalidParameterValue.NotAllowedEmpty",
        "InvalidParameterValue.RepetitionValue",
        "InvalidParameterValue.SubnetIdInvalid",
        "InvalidParameterValue.SubnetNotBelongToZone",
        "InvalidParameterValue.TopicNameAlreadyExist",
        "InvalidParameterValue.VpcIdInvalid",
        "InvalidParameterValue.WrongAction",
        "InvalidParameterValue.ZoneNotSupport",
        "LimitExceeded",
        "LimitExceeded.RouteOverLimit",
        "LimitExceeded.RouteSASLOverLimit",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.ResourceTaskPaused",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.KafkaStorageError",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.BatchDelInstanceLimit",
        "UnsupportedOperation.FrequencyTopicDeleteOperate",
        "UnsupportedOperation.OssReject",
    ];
    static NAME_CODES: [u32; 1] = [19];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "LimitExceededRouteSaslOverLimit",
        ends: &[0, 31],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: topic exist.A parameter value is invalid.A parameter value is invalid: instance not exist.A parameter value is invalid: not allowed empty.A parameter value is invalid: repetition value.A parameter value is invalid: subnet id invalid.A parameter value is invalid: subnet not belong to zone.A parameter value is invalid: topic name already exist.A parameter value is invalid: vpc id invalid.A parameter value is invalid: wrong action.A parameter value is invalid: zone not support.A limit was exceeded.A limit was exceeded: route over limit.A limit was exceeded: route SASL over limit.A required parameter is missing.The operation was denied.The operation was denied: resource task paused.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resource is unavailable: kafka storage error.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: batch del instance limit.The operation is not supported: frequency topic delete operate.The operation is not supported: oss reject.",
        ends: &[
            0, 22, 72, 93, 120, 135, 158, 194, 223, 272, 320, 367, 415, 471, 526, 571,
            614, 661, 682, 721, 765, 797, 822, 869, 882, 910, 933, 960, 987, 1015, 1064,
            1091, 1123, 1154, 1185, 1242, 1305, 1348,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaaaaaaaaaaaaccabbcaccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"biimbcccccccccccchhhcggbhjheiihgcliii",
    );
    static PILOTS: [u16; 10] = [10, 17, 16, 1, 0, 23, 2, 15, 1, 3];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            35, 23, 30, 2, 34, 21, 15, 14, 32, 26, 11, 28, 31, 27, 9, 4294967295, 25, 7,
            12, 17, 5, 19, 33, 4, 10, 29, 20, 36, 6, 1, 13, 4294967295, 16, 24, 22, 18,
            3, 8, 4294967295, 4294967295, 0,
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
    const PROVIDER: &'static str = "Tencent Cloud CKAFKA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CKAFKA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CKAFKA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
