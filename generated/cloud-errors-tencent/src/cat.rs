// @generated from catalogs/tencent/cat.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CAT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CAT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DbQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db query failed.
    FailedOperationDbQueryFailed,
    /// `FailedOperation.DbRecordCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record create failed.
    FailedOperationDbRecordCreateFailed,
    /// `FailedOperation.DbRecordUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record update failed.
    FailedOperationDbRecordUpdateFailed,
    /// `FailedOperation.ESQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES query error.
    FailedOperationEsQueryError,
    /// `FailedOperation.ErrPrePaidResourceExpire`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err pre paid resource expire.
    FailedOperationErrPrePaidResourceExpire,
    /// `FailedOperation.NeedApproval`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: need approval.
    FailedOperationNeedApproval,
    /// `FailedOperation.NoValidNodes`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no valid nodes.
    FailedOperationNoValidNodes,
    /// `FailedOperation.OrderOutOfCredit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order out of credit.
    FailedOperationOrderOutOfCredit,
    /// `FailedOperation.PreResourceIDFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pre resource ID failed.
    FailedOperationPreResourceIdFailed,
    /// `FailedOperation.ResourceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not found.
    FailedOperationResourceNotFound,
    /// `FailedOperation.SendRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send request.
    FailedOperationSendRequest,
    /// `FailedOperation.TagRequiredVerifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag required verify failed.
    FailedOperationTagRequiredVerifyFailed,
    /// `FailedOperation.TaskNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not running.
    FailedOperationTaskNotRunning,
    /// `FailedOperation.TaskNotSuspended`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not suspended.
    FailedOperationTaskNotSuspended,
    /// `FailedOperation.TaskOperationNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task operation not allow.
    FailedOperationTaskOperationNotAllow,
    /// `FailedOperation.TaskTypeNotSame`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task type not same.
    FailedOperationTaskTypeNotSame,
    /// `FailedOperation.TrialTaskExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trial task exceed.
    FailedOperationTrialTaskExceed,
    /// `FailedOperation.UnmarshalResponse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unmarshal response.
    FailedOperationUnmarshalResponse,
    /// `FailedOperation.UserNoQcloudTAGFullAccess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user no qcloud TAG full access.
    FailedOperationUserNoQcloudTagFullAccess,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "FailedOperation",
        "FailedOperation.DbQueryFailed",
        "FailedOperation.DbRecordCreateFailed",
        "FailedOperation.DbRecordUpdateFailed",
        "FailedOperation.ESQueryError",
        "FailedOperation.ErrPrePaidResourceExpire",
        "FailedOperation.NeedApproval",
        "FailedOperation.NoValidNodes",
        "FailedOperation.OrderOutOfCredit",
        "FailedOperation.PreResourceIDFailed",
        "FailedOperation.ResourceNotFound",
        "FailedOperation.SendRequest",
        "FailedOperation.TagRequiredVerifyFailed",
        "FailedOperation.TaskNotRunning",
        "FailedOperation.TaskNotSuspended",
        "FailedOperation.TaskOperationNotAllow",
        "FailedOperation.TaskTypeNotSame",
        "FailedOperation.TrialTaskExceed",
        "FailedOperation.UnmarshalResponse",
        "FailedOperation.UserNoQcloudTAGFullAccess",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "MissingParameter",
        "ResourceNotFound",
        "UnknownParameter",
    ];
    static NAME_CODES: [u32; 3] = [4, 9, 19];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationEsQueryErrorFailedOperationPreResourceIdFailedFailedOperationUserNoQcloudTagFullAccess",
        ends: &[0, 27, 61, 101],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: db query failed.The operation failed: db record create failed.The operation failed: db record update failed.The operation failed: ES query error.The operation failed: err pre paid resource expire.The operation failed: need approval.The operation failed: no valid nodes.The operation failed: order out of credit.The operation failed: pre resource ID failed.The operation failed: resource not found.The operation failed: send request.The operation failed: tag required verify failed.The operation failed: task not running.The operation failed: task not suspended.The operation failed: task operation not allow.The operation failed: task type not same.The operation failed: trial task exceed.The operation failed: unmarshal response.The operation failed: user no qcloud TAG full access.An internal error occurred.A parameter is invalid.A parameter value is invalid.A required parameter is missing.The resource was not found.An unknown parameter was given.",
        ends: &[
            0, 21, 59, 105, 151, 188, 239, 275, 312, 354, 399, 440, 475, 524, 563, 604,
            651, 692, 732, 773, 826, 853, 876, 905, 937, 964, 995,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiimcccec",
    );
    static PILOTS: [u16; 7] = [4, 3, 13, 21, 0, 61, 55];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 13, 4294967295, 15, 4294967295, 10, 2, 5, 24, 8, 9, 6, 17, 1, 11, 18, 14,
            25, 0, 7, 3, 22, 12, 23, 21, 16, 4, 19,
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
    const PROVIDER: &'static str = "Tencent Cloud CAT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CAT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CAT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
