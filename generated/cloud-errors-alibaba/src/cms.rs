// @generated from catalogs/alibaba/cms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Cms: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Cms: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ParameterInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid.
    ParameterInvalid,
    /// `AccessForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Access forbidden.
    AccessForbidden,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `InvalidAuthorization`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid authorization.
    InvalidAuthorization,
    /// `ResourceOverLimit`: HTTP 429; retry: never; category: resource_exhausted.
    /// Resource over limit.
    ResourceOverLimit,
    /// `500`: HTTP 500; retry: never; category: internal.
    /// Numeric error code 500; see the product\'s documentation for its meaning.
    Code500,
    /// `ResourceConflict`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflict,
    /// `ResourceExist`: HTTP 409; retry: never; category: aborted.
    /// Resource exist.
    ResourceExist,
    /// `ResouceOverLimit`: HTTP 412; retry: never; category: failed_precondition.
    /// Resouce over limit.
    ResouceOverLimit,
    /// `InvalidQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query parameter.
    InvalidQueryParameter,
    /// `IllegalAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal address.
    IllegalAddress,
    /// `OperationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation error.
    OperationError,
    /// `TaskNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Task not exists.
    TaskNotExists,
    /// `OperatorInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operator invalid.
    OperatorInvalid,
    /// `OperatorCityInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operator city invalid.
    OperatorCityInvalid,
    /// `NameRepeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Name repeat.
    NameRepeat,
    /// `CreateAlarmError`: HTTP 400; retry: never; category: invalid_argument.
    /// Create alarm error.
    CreateAlarmError,
    /// `NameNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Name not exists.
    NameNotExists,
    /// `AccessDeniedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Access denied exception.
    AccessDeniedException,
    /// `LimitExceeded`: HTTP 402; retry: never; category: failed_precondition.
    /// Limit exceeded.
    LimitExceeded,
    /// `Forbidden`: HTTP 403, 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `ExceedingQuota`: HTTP 406; retry: never; category: failed_precondition.
    /// Exceeding quota.
    ExceedingQuota,
    /// `InvalidClientTokenId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid client token id.
    InvalidClientTokenId,
    /// `ResourcesOverLimit`: HTTP 412; retry: never; category: failed_precondition.
    /// Resources over limit.
    ResourcesOverLimit,
    /// `Throttli∂ngException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Throttli ng exception.
    ThrottliNgException,
    /// `InternalFailure`: HTTP 500; retry: never; category: internal.
    /// Internal failure.
    InternalFailure,
    /// `RestrictedUser`: HTTP 403; retry: never; category: permission_denied.
    /// Restricted user.
    RestrictedUser,
    /// `ContactNotExists`: HTTP 404; retry: never; category: not_found.
    /// Contact not exists.
    ContactNotExists,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Throttling exception.
    ThrottlingException,
    /// `InternetServerError`: HTTP 500; retry: never; category: internal.
    /// Internet server error.
    InternetServerError,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequest,
    /// `ContactGroup.NotExists`: HTTP 404; retry: never; category: not_found.
    /// Contact group: not exists.
    ContactGroupNotExists,
    /// `LimitorError`: HTTP 400; retry: never; category: invalid_argument.
    /// Limitor error.
    LimitorError,
    /// `OverLimit`: HTTP 412; retry: never; category: failed_precondition.
    /// Over limit.
    OverLimit,
    /// `AgentStateError`: HTTP 412; retry: never; category: failed_precondition.
    /// Agent state error.
    AgentStateError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
        "ParameterInvalid",
        "AccessForbidden",
        "ResourceNotFound",
        "InternalError",
        "InvalidParameterValue",
        "InvalidAuthorization",
        "ResourceOverLimit",
        "500",
        "ResourceConflict",
        "ResourceExist",
        "ResouceOverLimit",
        "InvalidQueryParameter",
        "IllegalAddress",
        "OperationError",
        "TaskNotExists",
        "OperatorInvalid",
        "OperatorCityInvalid",
        "NameRepeat",
        "CreateAlarmError",
        "NameNotExists",
        "AccessDeniedException",
        "LimitExceeded",
        "Forbidden",
        "ExceedingQuota",
        "InvalidClientTokenId",
        "ResourcesOverLimit",
        "Throttli∂ngException",
        "InternalFailure",
        "RestrictedUser",
        "ContactNotExists",
        "ThrottlingException",
        "InternetServerError",
        "InvalidParameter",
        "BadRequest",
        "ContactGroup.NotExists",
        "LimitorError",
        "OverLimit",
        "AgentStateError",
    ];
    static NAME_CODES: [u32; 2] = [7, 26];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code500ThrottliNgException",
        ends: &[0, 7, 26],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Parameter invalid.Access forbidden.Resource not found.An internal error occurred.Invalid parameter value.Invalid authorization.Resource over limit.Numeric error code 500; see the product's documentation for its meaning.Resource conflict.Resource exist.Resouce over limit.Invalid query parameter.Illegal address.Operation error.Task not exists.Operator invalid.Operator city invalid.Name repeat.Create alarm error.Name not exists.Access denied exception.Limit exceeded.The request is forbidden.Exceeding quota.Invalid client token id.Resources over limit.Throttli ng exception.Internal failure.Restricted user.Contact not exists.Throttling exception.Internet server error.A parameter is invalid.Bad request.Contact group: not exists.Limitor error.Over limit.Agent state error.",
        ends: &[
            0, 18, 35, 54, 81, 105, 127, 147, 219, 237, 252, 271, 295, 311, 327, 343,
            360, 382, 394, 413, 429, 453, 468, 493, 509, 533, 554, 576, 593, 609, 628,
            649, 671, 694, 706, 732, 746, 757, 775,
        ],
    };
    static STATUSES: [u16; 39] = [
        400, 403, 404, 500, 400, 403, 429, 500, 409, 409, 412, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 401, 402, 403, 404, 406, 403, 412, 429, 500, 403, 404, 429,
        500, 400, 400, 404, 400, 412, 412,
    ];
    static STATUS_ENDS: [u32; 39] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
    ];
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaaaaaaaaaaaaacaaaaaaabaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"cgemcghmjjicccccccccpigigihmgehmccecii",
    );
    static PILOTS: [u16; 10] = [7, 3, 11, 328, 155, 7, 8, 1, 73, 5];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 1, 34, 17, 12, 6, 2, 21, 26, 32, 24, 28, 4294967295, 4294967295, 25, 27,
            5, 31, 37, 7, 29, 4, 0, 11, 9, 4294967295, 10, 16, 36, 22, 33, 35, 8, 18, 19,
            20, 30, 4294967295, 23, 15, 13, 14,
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
    const PROVIDER: &'static str = "Alibaba Cloud Cms";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Cms's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Cms: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
