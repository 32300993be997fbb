// @generated from catalogs/alibaba/cloudauth.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Cloudauth: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Cloudauth: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Error.InternalError`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// Error: internal error.
    ErrorInternalError,
    /// `InvalidParam.ParamsMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: params missing.
    InvalidParamParamsMissing,
    /// `InvalidParam.ImageTypeEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: image type empty.
    InvalidParamImageTypeEmpty,
    /// `InvalidParam.FacePicNotGiven`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: face pic not given.
    InvalidParamFacePicNotGiven,
    /// `InvalidParam.ImageValuePatternError`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: image value pattern error.
    InvalidParamImageValuePatternError,
    /// `InvalidParam.ImageTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: image type invalid.
    InvalidParamImageTypeInvalid,
    /// `Error.NoFaceDetected`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: no face detected.
    ErrorNoFaceDetected,
    /// `InvalidParam.ImageNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: image not found.
    InvalidParamImageNotFound,
    /// `Error.NoPermissionAccess`: HTTP 403; retry: never; category: permission_denied.
    /// Error: no permission access.
    ErrorNoPermissionAccess,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `DataExpired`: HTTP 410; retry: never; category: failed_precondition.
    /// Data expired.
    DataExpired,
    /// `Error.DetectFaceAttributesParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes param error.
    ErrorDetectFaceAttributesParamError,
    /// `Error.DetectFaceAttributesHttpError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes http error.
    ErrorDetectFaceAttributesHttpError,
    /// `Error.DetectFaceAttributesOssError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes oss error.
    ErrorDetectFaceAttributesOssError,
    /// `Error.DetectFaceAttributesAlgServiceError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes alg service error.
    ErrorDetectFaceAttributesAlgServiceError,
    /// `Error.DetectFaceAttributesAlgServieReturnError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes alg servie return error.
    ErrorDetectFaceAttributesAlgServieReturnError,
    /// `Error.DetectFaceAttributesBase64Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: detect face attributes base64 error.
    ErrorDetectFaceAttributesBase64Error,
    /// `InvalidParam.MaterialsNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: materials not valid.
    InvalidParamMaterialsNotValid,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "Error.InternalError",
        "InvalidParam.ParamsMissing",
        "InvalidParam.ImageTypeEmpty",
        "InvalidParam.FacePicNotGiven",
        "InvalidParam.ImageValuePatternError",
        "InvalidParam.ImageTypeInvalid",
        "Error.NoFaceDetected",
        "InvalidParam.ImageNotFound",
        "Error.NoPermissionAccess",
        "NoPermission",
        "DataExpired",
        "Error.DetectFaceAttributesParamError",
        "Error.DetectFaceAttributesHttpError",
        "Error.DetectFaceAttributesOssError",
        "Error.DetectFaceAttributesAlgServiceError",
        "Error.DetectFaceAttributesAlgServieReturnError",
        "Error.DetectFaceAttributesBase64Error",
        "InvalidParam.MaterialsNotValid",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Error: internal error.A parameter is invalid: params missing.A parameter is invalid: image type empty.A parameter is invalid: face pic not given.A parameter is invalid: image value pattern error.A parameter is invalid: image type invalid.Error: no face detected.A parameter is invalid: image not found.Error: no permission access.The caller has no permission.Data expired.Error: detect face attributes param error.Error: detect face attributes http error.Error: detect face attributes oss error.Error: detect face attributes alg service error.Error: detect face attributes alg servie return error.Error: detect face attributes base64 error.A parameter is invalid: materials not valid.",
        ends: &[
            0, 22, 61, 102, 145, 195, 238, 262, 302, 330, 359, 372, 414, 455, 495, 543,
            597, 640, 684,
        ],
    };
    static STATUSES: [u16; 19] = [
        400, 401, 400, 400, 400, 400, 400, 400, 400, 403, 403, 410, 400, 400, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaacaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"ccccccccggiccccccc",
    );
    static PILOTS: [u16; 5] = [17, 19, 1, 7, 0];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            7, 6, 15, 4, 1, 8, 9, 12, 4294967295, 2, 3, 5, 14, 11, 4294967295, 13, 16,
            10, 0, 17,
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
    const PROVIDER: &'static str = "Alibaba Cloud Cloudauth";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Cloudauth's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Cloudauth: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
