// @generated from catalogs/alibaba/nlp_automl.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud nlp\-automl: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud nlp\-automl: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `40002`: HTTP 403; retry: never; category: permission_denied.
    /// Numeric error code 40002; see the product\'s documentation for its meaning.
    Code40002,
    /// `40013`: HTTP 403; retry: never; category: permission_denied.
    /// Numeric error code 40013; see the product\'s documentation for its meaning.
    Code40013,
    /// `InvalidAccountStatus.ServiceUnavailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status: service unavailable.
    InvalidAccountStatusServiceUnavailable,
    /// `InvalidAccountStatus.ServiceLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status: service limit.
    InvalidAccountStatusServiceLimit,
    /// `InvalidParameter.ModelId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: model id.
    InvalidParameterModelId,
    /// `InvalidParameter.ModelVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: model version.
    InvalidParameterModelVersion,
    /// `InvalidContentLength`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid content length.
    InvalidContentLength,
    /// `parameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError,
    /// `predictLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Predict limit.
    PredictLimit,
    /// `Forbbiden`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    Forbbiden,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `40003`: HTTP 403; retry: never; category: permission_denied.
    /// Numeric error code 40003; see the product\'s documentation for its meaning.
    Code40003,
    /// `ModelInferenceFailed`: HTTP 500; retry: never; category: internal.
    /// Model inference failed.
    ModelInferenceFailed,
    /// `predictContentLength`: HTTP 400; retry: never; category: invalid_argument.
    /// Predict content length.
    PredictContentLength,
    /// `postPaidArrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// Post paid arrearage.
    PostPaidArrearage,
    /// `ModelInferenceError`: HTTP 500; retry: never; category: internal.
    /// Model inference error.
    ModelInferenceError,
    /// `UnknownError`: HTTP 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `predictTimeout`: HTTP 500; retry: never; category: internal.
    /// Predict timeout.
    PredictTimeout,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "40002",
        "40013",
        "InvalidAccountStatus.ServiceUnavailable",
        "InvalidAccountStatus.ServiceLimit",
        "InvalidParameter.ModelId",
        "InvalidParameter.ModelVersion",
        "InvalidContentLength",
        "parameterError",
        "predictLimit",
        "Forbbiden",
        "ResourceNotFound",
        "InternalError",
        "ServiceUnavailable",
        "40003",
        "ModelInferenceFailed",
        "predictContentLength",
        "postPaidArrearage",
        "ModelInferenceError",
        "UnknownError",
        "predictTimeout",
    ];
    static NAME_CODES: [u32; 8] = [0, 1, 7, 8, 13, 15, 16, 19];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code40002Code40013ParameterErrorPredictLimitCode40003PredictContentLengthPostPaidArrearagePredictTimeout",
        ends: &[0, 9, 18, 32, 44, 53, 73, 90, 104],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Numeric error code 40002; see the product's documentation for its meaning.Numeric error code 40013; see the product's documentation for its meaning.Invalid account status: service unavailable.Invalid account status: service limit.A parameter is invalid: model id.A parameter is invalid: model version.Invalid content length.Parameter error.Predict limit.The request is forbidden.Resource not found.An internal error occurred.The service is unavailable.Numeric error code 40003; see the product's documentation for its meaning.Model inference failed.Predict content length.Post paid arrearage.Model inference error.An unknown error occurred.Predict timeout.",
        ends: &[
            0, 74, 148, 192, 230, 263, 301, 324, 340, 354, 379, 398, 425, 452, 526, 549,
            572, 592, 614, 640, 656,
        ],
    };
    static STATUSES: [u16; 20] = [
        403, 403, 400, 400, 400, 400, 400, 400, 400, 403, 404, 500, 503, 403, 500, 400,
        400, 500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabbaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"ggcccccccgemngmccmmm",
    );
    static PILOTS: [u16; 5] = [30, 121, 13, 3, 9];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            14, 13, 0, 6, 5, 12, 4294967295, 3, 15, 17, 9, 16, 7, 2, 11, 10, 1, 8, 18, 4,
            19, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud nlp-automl";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud nlp\-automl's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud nlp\-automl: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
