// @generated from catalogs/tencent/tms_v20201229.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TMS v20201229: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TMS v20201229: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError.ErrTextTimeOut`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err text time out.
    InternalErrorErrTextTimeOut,
    /// `InternalError.QueryReqLimited`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query req limited.
    InternalErrorQueryReqLimited,
    /// `InvalidParameter.ErrAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err action.
    InvalidParameterErrAction,
    /// `InvalidParameter.ErrTextContentLen`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err text content len.
    InvalidParameterErrTextContentLen,
    /// `InvalidParameter.ErrTextContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err text content type.
    InvalidParameterErrTextContentType,
    /// `InvalidParameter.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter error.
    InvalidParameterParameterError,
    /// `InvalidParameterValue.ErrFileContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err file content.
    InvalidParameterValueErrFileContent,
    /// `InvalidParameterValue.ErrTextContentLen`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err text content len.
    InvalidParameterValueErrTextContentLen,
    /// `InvalidParameterValue.ErrTextContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err text content type.
    InvalidParameterValueErrTextContentType,
    /// `InvalidParameterValue.ErrType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err type.
    InvalidParameterValueErrType,
    /// `InvalidParameterValue.InvalidBizType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid biz type.
    InvalidParameterValueInvalidBizType,
    /// `InvalidParameterValue.InvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content.
    InvalidParameterValueInvalidContent,
    /// `InvalidParameterValue.InvalidContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content type.
    InvalidParameterValueInvalidContentType,
    /// `InvalidParameterValue.InvalidFileName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file name.
    InvalidParameterValueInvalidFileName,
    /// `InvalidParameterValue.InvalidFileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file type.
    InvalidParameterValueInvalidFileType,
    /// `InvalidParameterValue.InvalidFileUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file url.
    InvalidParameterValueInvalidFileUrl,
    /// `InvalidParameterValue.InvalidRequirement`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid requirement.
    InvalidParameterValueInvalidRequirement,
    /// `InvalidParameterValue.InvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid task id.
    InvalidParameterValueInvalidTaskId,
    /// `InvalidParameterValue.InvalidVerbose`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid verbose.
    InvalidParameterValueInvalidVerbose,
    /// `InvalidParameterValue.TaskIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task id not found.
    InvalidParameterValueTaskIdNotFound,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `UnauthorizedOperation.Unauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized.
    UnauthorizedOperationUnauthorized,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "InternalError.ErrTextTimeOut",
        "InternalError.QueryReqLimited",
        "InvalidParameter.ErrAction",
        "InvalidParameter.ErrTextContentLen",
        "InvalidParameter.ErrTextContentType",
        "InvalidParameter.ParameterError",
        "InvalidParameterValue.ErrFileContent",
        "InvalidParameterValue.ErrTextContentLen",
        "InvalidParameterValue.ErrTextContentType",
        "InvalidParameterValue.ErrType",
        "InvalidParameterValue.InvalidBizType",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidContentType",
        "InvalidParameterValue.InvalidFileName",
        "InvalidParameterValue.InvalidFileType",
        "InvalidParameterValue.InvalidFileUrl",
        "InvalidParameterValue.InvalidRequirement",
        "InvalidParameterValue.InvalidTaskId",
        "InvalidParameterValue.InvalidVerbose",
        "InvalidParameterValue.TaskIdNotFound",
        "RequestLimitExceeded",
        "UnauthorizedOperation.Unauthorized",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred: err text time out.An internal error occurred: query req limited.A parameter is invalid: err action.A parameter is invalid: err text content len.A parameter is invalid: err text content type.A parameter is invalid: parameter error.A parameter value is invalid: err file content.A parameter value is invalid: err text content len.A parameter value is invalid: err text content type.A parameter value is invalid: err type.A parameter value is invalid: invalid biz type.A parameter value is invalid: invalid content.A parameter value is invalid: invalid content type.A parameter value is invalid: invalid file name.A parameter value is invalid: invalid file type.A parameter value is invalid: invalid file url.A parameter value is invalid: invalid requirement.A parameter value is invalid: invalid task id.A parameter value is invalid: invalid verbose.A parameter value is invalid: task id not found.Too many requests were sent.The operation is not authorized: unauthorized.",
        ends: &[
            0, 46, 92, 127, 172, 218, 258, 305, 356, 408, 447, 494, 540, 591, 639, 687,
            734, 784, 830, 876, 924, 952, 998,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"bbaaaaaaaaaaaaaaaaaabc",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"mmcccccccccccccccccchg",
    );
    static PILOTS: [u16; 6] = [62, 14, 16387, 0, 4, 25];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 4, 1, 6, 9, 19, 8, 15, 16, 11, 3, 10, 12, 7, 13, 4294967295, 4294967295,
            20, 17, 2, 0, 14, 21, 5,
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
    const PROVIDER: &'static str = "Tencent Cloud TMS v20201229";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TMS v20201229's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TMS v20201229: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
