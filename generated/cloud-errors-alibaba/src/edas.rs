// @generated from catalogs/alibaba/edas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Edas: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Edas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Edas.errorcode.PermissionDenied.message`: HTTP 500, 400; retry: never; category: internal.
    /// Edas: errorcode, permission denied, message.
    EdasErrorcodePermissionDeniedMessage,
    /// `UnknownError`: HTTP 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `Edas.errorcode.ParameterMissing.AppId.message`: HTTP 400; retry: never; category: invalid_argument.
    /// Edas: errorcode, parameter missing, app id, message.
    EdasErrorcodeParameterMissingAppIdMessage,
    /// `Edas.errorcode.InstanceNotExist.Cluster.message`: HTTP 500; retry: never; category: internal.
    /// Edas: errorcode, instance not exist, cluster, message.
    EdasErrorcodeInstanceNotExistClusterMessage,
    /// `Edas.errorcode.ParameterMissing.ChangeOrderId.message`: HTTP 400; retry: never; category: invalid_argument.
    /// Edas: errorcode, parameter missing, change order id, message.
    EdasErrorcodeParameterMissingChangeOrderIdMessage,
    /// `Edas.errorcode.ParameterInvalid.PointedParameter.message`: no documented HTTP status; retry: never; category: unknown.
    /// Edas: errorcode, parameter invalid, pointed parameter, message.
    EdasErrorcodeParameterInvalidPointedParameterMessage,
    /// `Edas.errorcode.InstanceNotExist.Instance.message`: HTTP 500; retry: never; category: internal.
    /// Edas: errorcode, instance not exist, instance, message.
    EdasErrorcodeInstanceNotExistInstanceMessage,
    /// `Edas.Errorcode.OperationFailed.CloseAdvancedMonitor.Message`: no documented HTTP status; retry: never; category: unknown.
    /// Edas: errorcode, operation failed, close advanced monitor, message.
    EdasErrorcodeOperationFailedCloseAdvancedMonitorMessage,
    /// `Edas.Errorcode.OperationFailed.OpenAdvancedMonitor.Message`: no documented HTTP status; retry: never; category: unknown.
    /// Edas: errorcode, operation failed, open advanced monitor, message.
    EdasErrorcodeOperationFailedOpenAdvancedMonitorMessage,
    /// `Edas.errorcode.K8SAppConfiguration.UpdateFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Edas: errorcode, k8 s app configuration, update fail.
    EdasErrorcodeK8sAppConfigurationUpdateFail,
    /// `OperationFailed.AuthExchange`: HTTP 500; retry: never; category: internal.
    /// Operation failed: auth exchange.
    OperationFailedAuthExchange,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "Edas.errorcode.PermissionDenied.message",
        "UnknownError",
        "Edas.errorcode.ParameterMissing.AppId.message",
        "Edas.errorcode.InstanceNotExist.Cluster.message",
        "Edas.errorcode.ParameterMissing.ChangeOrderId.message",
        "Edas.errorcode.ParameterInvalid.PointedParameter.message",
        "Edas.errorcode.InstanceNotExist.Instance.message",
        "Edas.Errorcode.OperationFailed.CloseAdvancedMonitor.Message",
        "Edas.Errorcode.OperationFailed.OpenAdvancedMonitor.Message",
        "Edas.errorcode.K8SAppConfiguration.UpdateFail",
        "OperationFailed.AuthExchange",
    ];
    static NAME_CODES: [u32; 7] = [0, 2, 3, 4, 5, 6, 9];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "EdasErrorcodePermissionDeniedMessageEdasErrorcodeParameterMissingAppIdMessageEdasErrorcodeInstanceNotExistClusterMessageEdasErrorcodeParameterMissingChangeOrderIdMessageEdasErrorcodeParameterInvalidPointedParameterMessageEdasErrorcodeInstanceNotExistInstanceMessageEdasErrorcodeK8sAppConfigurationUpdateFail",
        ends: &[0, 36, 77, 120, 169, 221, 265, 307],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Edas: errorcode, permission denied, message.An unknown error occurred.Edas: errorcode, parameter missing, app id, message.Edas: errorcode, instance not exist, cluster, message.Edas: errorcode, parameter missing, change order id, message.Edas: errorcode, parameter invalid, pointed parameter, message.Edas: errorcode, instance not exist, instance, message.Edas: errorcode, operation failed, close advanced monitor, message.Edas: errorcode, operation failed, open advanced monitor, message.Edas: errorcode, k8 s app configuration, update fail.Operation failed: auth exchange.",
        ends: &[0, 44, 70, 122, 176, 237, 300, 355, 422, 488, 541, 573],
    };
    static STATUSES: [u16; 9] = [500, 400, 500, 400, 500, 400, 500, 400, 500];
    static STATUS_ENDS: [u32; 12] = [0, 2, 3, 4, 5, 6, 6, 7, 7, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"abaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"mmcmcbmbbcm",
    );
    static PILOTS: [u16; 3] = [262, 1, 21];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 4, 7, 9, 2, 8, 6, 3, 10, 1, 5, 0],
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
    const PROVIDER: &'static str = "Alibaba Cloud Edas";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Edas's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Edas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
