// @generated from catalogs/alibaba/ice.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ICE: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ICE: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `ProjectNotFound`: HTTP 404; retry: never; category: not_found.
    /// Project not found.
    ProjectNotFound,
    /// `Forbidden`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `AddMediaMarksFailed`: HTTP 500; retry: never; category: internal.
    /// Add media marks failed.
    AddMediaMarksFailed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `UserDisable`: HTTP 403; retry: never; category: permission_denied.
    /// User disable.
    UserDisable,
    /// `OperationDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParam.Height`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: height.
    InvalidParamHeight,
    /// `InvalidParam.Width`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: width.
    InvalidParamWidth,
    /// `InvalidParam.Fps`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: fps.
    InvalidParamFps,
    /// `OverlayNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Overlay not supported.
    OverlayNotSupported,
    /// `BucketNotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Bucket not authorized.
    BucketNotAuthorized,
    /// `JobNotFound`: HTTP 404; retry: never; category: not_found.
    /// Job not found.
    JobNotFound,
    /// `NoValidSnapshot`: HTTP 404; retry: never; category: not_found.
    /// No valid snapshot.
    NoValidSnapshot,
    /// `TemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Template not found.
    TemplateNotFound,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `Meter.ParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Meter: param error.
    MeterParamError,
    /// `Meter.AuthError`: HTTP 403; retry: never; category: permission_denied.
    /// Meter: auth error.
    MeterAuthError,
    /// `Meter.ServerInternalError`: HTTP 500; retry: never; category: internal.
    /// Meter: server internal error.
    MeterServerInternalError,
    /// `Meter.DataSourceQueryError`: HTTP 500; retry: never; category: internal.
    /// Meter: data source query error.
    MeterDataSourceQueryError,
    /// `Meter.ReadyTsError`: HTTP 502; retry: never; category: internal.
    /// Meter: ready ts error.
    MeterReadyTsError,
    /// `MalformedStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed start time.
    MalformedStartTime,
    /// `MalformedEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed end time.
    MalformedEndTime,
    /// `EndTimeMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// End time mismatch.
    EndTimeMismatch,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `JobLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Job limit exceeded.
    JobLimitExceeded,
    /// `StreamNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Stream not found.
    StreamNotFound,
    /// `JobAlreadyStarted`: HTTP 409; retry: never; category: aborted.
    /// Job already started.
    JobAlreadyStarted,
    /// `InvalidParam.TemplateIdInuse`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: template id inuse.
    InvalidParamTemplateIdInuse,
    /// `UpdateMediaMarksFailed`: HTTP 500; retry: never; category: internal.
    /// Update media marks failed.
    UpdateMediaMarksFailed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 31] = [
        "InvalidParameter",
        "ProjectNotFound",
        "Forbidden",
        "AddMediaMarksFailed",
        "MissingParameter",
        "UserDisable",
        "OperationDenied",
        "InternalError",
        "InvalidParam.Height",
        "InvalidParam.Width",
        "InvalidParam.Fps",
        "OverlayNotSupported",
        "BucketNotAuthorized",
        "JobNotFound",
        "NoValidSnapshot",
        "TemplateNotFound",
        "InvalidParam",
        "Meter.ParamError",
        "Meter.AuthError",
        "Meter.ServerInternalError",
        "Meter.DataSourceQueryError",
        "Meter.ReadyTsError",
        "MalformedStartTime",
        "MalformedEndTime",
        "EndTimeMismatch",
        "IdempotentParameterMismatch",
        "JobLimitExceeded",
        "StreamNotFound",
        "JobAlreadyStarted",
        "InvalidParam.TemplateIdInuse",
        "UpdateMediaMarksFailed",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.Project not found.The request is forbidden.Add media marks failed.A required parameter is missing.User disable.Operation denied.An internal error occurred.A parameter is invalid: height.A parameter is invalid: width.A parameter is invalid: fps.Overlay not supported.Bucket not authorized.Job not found.No valid snapshot.Template not found.A parameter is invalid.Meter: param error.Meter: auth error.Meter: server internal error.Meter: data source query error.Meter: ready ts error.Malformed start time.Malformed end time.End time mismatch.Idempotent parameter mismatch.Job limit exceeded.Stream not found.Job already started.A parameter is invalid: template id inuse.Update media marks failed.",
        ends: &[
            0, 23, 41, 66, 89, 121, 134, 151, 178, 209, 239, 267, 289, 311, 325, 343,
            362, 385, 404, 422, 451, 482, 504, 525, 544, 562, 592, 611, 628, 648, 690,
            716,
        ],
    };
    static STATUSES: [u16; 32] = [
        400, 404, 403, 400, 500, 400, 403, 403, 500, 400, 400, 400, 400, 403, 404, 404,
        404, 400, 400, 403, 500, 500, 502, 400, 400, 400, 400, 400, 400, 409, 400, 500,
    ];
    static STATUS_ENDS: [u32; 32] = [
        0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 31] = ::cloud_errors::__private::retry_column(
        b"aacaaaabaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 31] = ::cloud_errors::__private::category_column(
        b"cegmcggmccccgeeeccgmmmccciccjcm",
    );
    static PILOTS: [u16; 8] = [141, 4, 0, 16, 6, 233, 1, 46];
    static SLOTS: [(&str, u32); 34] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            6, 5, 21, 7, 10, 15, 30, 23, 18, 13, 20, 4294967295, 27, 14, 11, 19, 29, 0,
            17, 26, 3, 2, 8, 22, 4294967295, 16, 4294967295, 28, 1, 4, 9, 24, 12, 25,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud ICE";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ICE's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ICE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
