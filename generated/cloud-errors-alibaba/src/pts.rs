// @generated from catalogs/alibaba/pts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud PTS: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud PTS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `SceneNotExist`: HTTP 403; retry: never; category: permission_denied.
    /// Scene not exist.
    SceneNotExist,
    /// `CreateSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Create scene fail.
    CreateSceneFail,
    /// `CreatePtsSceneBaseLineFromReportFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Create pts scene base line from report fail.
    CreatePtsSceneBaseLineFromReportFail,
    /// `DeletePtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete pts scene fail.
    DeletePtsSceneFail,
    /// `DeletePtsSceneBaseLineFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete pts scene base line fail.
    DeletePtsSceneBaseLineFail,
    /// `DeletePtsScenesFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete pts scenes fail.
    DeletePtsScenesFail,
    /// `Code`: HTTP 403; retry: never; category: permission_denied.
    /// Code.
    Code,
    /// `ReportNotExist`: HTTP 403; retry: never; category: permission_denied.
    /// Report not exist.
    ReportNotExist,
    /// `GetPtsDebugSampleLogsFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts debug sample logs fail.
    GetPtsDebugSampleLogsFail,
    /// `GetPtsReportDetailsFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts report details fail.
    GetPtsReportDetailsFail,
    /// `GetPtsReportsBySceneIdFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts reports by scene id fail.
    GetPtsReportsBySceneIdFail,
    /// `GetPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts scene fail.
    GetPtsSceneFail,
    /// `GetPtsSceneBaseLineFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts scene base line fail.
    GetPtsSceneBaseLineFail,
    /// `GetPtsSceneRunningDataFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get pts scene running data fail.
    GetPtsSceneRunningDataFail,
    /// `GetPtsSceneRunningStatusFail`: HTTP 403; retry: never; category: permission_denied.
    /// Get pts scene running status fail.
    GetPtsSceneRunningStatusFail,
    /// `EnvNotExist`: HTTP 503; retry: never; category: unavailable.
    /// Env not exist.
    EnvNotExist,
    /// `ListPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// List pts scene fail.
    ListPtsSceneFail,
    /// `ModifyPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify pts scene fail.
    ModifyPtsSceneFail,
    /// `SaveEnvFail`: HTTP 503; retry: never; category: unavailable.
    /// Save env fail.
    SaveEnvFail,
    /// `SaveOpenJMeterSceneFail`: HTTP 403; retry: never; category: permission_denied.
    /// Save open j meter scene fail.
    SaveOpenJMeterSceneFail,
    /// `StartDebugPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Start debug pts scene fail.
    StartDebugPtsSceneFail,
    /// `StartPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Start pts scene fail.
    StartPtsSceneFail,
    /// `StopDebugPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Stop debug pts scene fail.
    StopDebugPtsSceneFail,
    /// `StopPtsSceneFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Stop pts scene fail.
    StopPtsSceneFail,
    /// `UpdatePtsSceneBaseLineFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Update pts scene base line fail.
    UpdatePtsSceneBaseLineFail,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 25] = [
        "SceneNotExist",
        "CreateSceneFail",
        "CreatePtsSceneBaseLineFromReportFail",
        "DeletePtsSceneFail",
        "DeletePtsSceneBaseLineFail",
        "DeletePtsScenesFail",
        "Code",
        "ReportNotExist",
        "GetPtsDebugSampleLogsFail",
        "GetPtsReportDetailsFail",
        "GetPtsReportsBySceneIdFail",
        "GetPtsSceneFail",
        "GetPtsSceneBaseLineFail",
        "GetPtsSceneRunningDataFail",
        "GetPtsSceneRunningStatusFail",
        "EnvNotExist",
        "ListPtsSceneFail",
        "ModifyPtsSceneFail",
        "SaveEnvFail",
        "SaveOpenJMeterSceneFail",
        "StartDebugPtsSceneFail",
        "StartPtsSceneFail",
        "StopDebugPtsSceneFail",
        "StopPtsSceneFail",
        "UpdatePtsSceneBaseLineFail",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Scene not exist.Create scene fail.Create pts scene base line from report fail.Delete pts scene fail.Delete pts scene base line fail.Delete pts scenes fail.Code.Report not exist.Get pts debug sample logs fail.Get pts report details fail.Get pts reports by scene id fail.Get pts scene fail.Get pts scene base line fail.Get pts scene running data fail.Get pts scene running status fail.Env not exist.List pts scene fail.Modify pts scene fail.Save env fail.Save open j meter scene fail.Start debug pts scene fail.Start pts scene fail.Stop debug pts scene fail.Stop pts scene fail.Update pts scene base line fail.",
        ends: &[
            0, 16, 34, 78, 100, 132, 155, 160, 177, 208, 236, 269, 288, 317, 349, 383,
            397, 417, 439, 453, 482, 509, 530, 556, 576, 608,
        ],
    };
    static STATUSES: [u16; 25] = [
        403, 400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 403, 503,
        400, 400, 503, 403, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 26] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25,
    ];
    static RETRY: [::cloud_errors::Retry; 25] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 25] = ::cloud_errors::__private::category_column(
        b"gcccccggccccccgnccngccccc",
    );
    static PILOTS: [u16; 7] = [12, 6, 0, 66, 8, 209, 0];
    static SLOTS: [(&str, u32); 27] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            23, 22, 15, 9, 7, 2, 19, 18, 21, 3, 5, 13, 10, 0, 17, 8, 4294967295, 24, 20,
            16, 4294967295, 1, 14, 11, 6, 4, 12,
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
    const PROVIDER: &'static str = "Alibaba Cloud PTS";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud PTS's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud PTS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
