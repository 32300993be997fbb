// @generated from catalogs/alibaba/fnf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud fnf: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud fnf: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Action not supported.
    ActionNotSupported,
    /// `APIVersionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// API version not supported.
    ApiVersionNotSupported,
    /// `EntityTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity too large.
    EntityTooLarge,
    /// `InvalidArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgument,
    /// `MissingRequiredHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required header.
    MissingRequiredHeader,
    /// `MissingRequiredParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required params.
    MissingRequiredParams,
    /// `AccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDenied,
    /// `InvalidAccessKeyID`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid access key ID.
    InvalidAccessKeyId,
    /// `RequestTimeTooSkewed`: HTTP 403; retry: never; category: permission_denied.
    /// Request time too skewed.
    RequestTimeTooSkewed,
    /// `SignatureNotMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Signature not match.
    SignatureNotMatch,
    /// `FlowAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Flow already exists.
    FlowAlreadyExists,
    /// `UnsupportedMediaType`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported media type.
    UnsupportedMediaType,
    /// `ResourceThrottled`: HTTP 429; retry: never; category: resource_exhausted.
    /// Resource throttled.
    ResourceThrottled,
    /// `InternalServerError`: HTTP 500; retry: never; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `FlowNotExists`: HTTP 404; retry: never; category: not_found.
    /// Flow not exists.
    FlowNotExists,
    /// `ConcurrentUpdateError`: HTTP 409; retry: never; category: aborted.
    /// Concurrent update error.
    ConcurrentUpdateError,
    /// `ScheduleAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Schedule already exists.
    ScheduleAlreadyExists,
    /// `PreconditionFailed`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailed,
    /// `ScheduleNotExists`: HTTP 404; retry: never; category: not_found.
    /// Schedule not exists.
    ScheduleNotExists,
    /// `ExecutionNotExists`: HTTP 404; retry: never; category: not_found.
    /// Execution not exists.
    ExecutionNotExists,
    /// `TaskAlreadyCompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Task already completed.
    TaskAlreadyCompleted,
    /// `TaskInvalidState`: HTTP 409; retry: never; category: aborted.
    /// Task invalid state.
    TaskInvalidState,
    /// `ExecutionAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution already exists.
    ExecutionAlreadyExists,
    /// `ExecutionAlreadyCompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Execution already completed.
    ExecutionAlreadyCompleted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "ActionNotSupported",
        "APIVersionNotSupported",
        "EntityTooLarge",
        "InvalidArgument",
        "MissingRequiredHeader",
        "MissingRequiredParams",
        "AccessDenied",
        "InvalidAccessKeyID",
        "RequestTimeTooSkewed",
        "SignatureNotMatch",
        "FlowAlreadyExists",
        "UnsupportedMediaType",
        "ResourceThrottled",
        "InternalServerError",
        "FlowNotExists",
        "ConcurrentUpdateError",
        "ScheduleAlreadyExists",
        "PreconditionFailed",
        "ScheduleNotExists",
        "ExecutionNotExists",
        "TaskAlreadyCompleted",
        "TaskInvalidState",
        "ExecutionAlreadyExists",
        "ExecutionAlreadyCompleted",
    ];
    static NAME_CODES: [u32; 2] = [1, 7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ApiVersionNotSupportedInvalidAccessKeyId",
        ends: &[0, 22, 40],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Action not supported.API version not supported.Entity too large.Invalid argument.Missing required header.Missing required params.Access denied.Invalid access key ID.Request time too skewed.Signature not match.Flow already exists.Unsupported media type.Resource throttled.Internal server error.Flow not exists.Concurrent update error.Schedule already exists.Precondition failed.Schedule not exists.Execution not exists.Task already completed.Task invalid state.Execution already exists.Execution already completed.",
        ends: &[
            0, 21, 47, 64, 81, 105, 129, 143, 165, 189, 209, 229, 252, 271, 293, 309,
            333, 357, 377, 397, 418, 441, 460, 485, 513,
        ],
    };
    static STATUSES: [u16; 24] = [
        400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 409, 415, 429, 500, 404, 409,
        409, 412, 404, 404, 400, 409, 400, 400,
    ];
    static STATUS_ENDS: [u32; 25] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24,
    ];
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"ccccccggggjihmejjieecjcc",
    );
    static PILOTS: [u16; 6] = [72, 2, 18, 5, 311, 0];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 21, 13, 8, 9, 7, 4294967295, 5, 0, 16, 4294967295, 4, 14, 11, 2, 3, 19,
            22, 15, 6, 12, 10, 20, 18, 17, 23,
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
    const PROVIDER: &'static str = "Alibaba Cloud fnf";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud fnf's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud fnf: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
