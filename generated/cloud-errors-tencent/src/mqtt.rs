// @generated from catalogs/tencent/mqtt.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MQTT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MQTT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CallTrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call trade.
    FailedOperationCallTrade,
    /// `FailedOperation.CertificateVerificationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate verification failed.
    FailedOperationCertificateVerificationFailed,
    /// `FailedOperation.DeleteProtect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete protect.
    FailedOperationDeleteProtect,
    /// `FailedOperation.DuplicateAuthorizationIdOrPriority`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate authorization id or priority.
    FailedOperationDuplicateAuthorizationIdOrPriority,
    /// `FailedOperation.DuplicatePolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate policy.
    FailedOperationDuplicatePolicy,
    /// `FailedOperation.DuplicatePriority`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate priority.
    FailedOperationDuplicatePriority,
    /// `FailedOperation.InstanceNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not ready.
    FailedOperationInstanceNotReady,
    /// `FailedOperation.InstanceRegistrationCodeEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance registration code empty.
    FailedOperationInstanceRegistrationCodeEmpty,
    /// `FailedOperation.NotSupportDisableAuthorizationPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support disable authorization policy.
    FailedOperationNotSupportDisableAuthorizationPolicy,
    /// `FailedOperation.PublicKeyVerifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: public key verify failed.
    FailedOperationPublicKeyVerifyFailed,
    /// `FailedOperation.RegistrationCodeVerifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: registration code verify failed.
    FailedOperationRegistrationCodeVerifyFailed,
    /// `FailedOperation.RelatedDeviceCertificateExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: related device certificate exists.
    FailedOperationRelatedDeviceCertificateExists,
    /// `InvalidParameter.InstanceTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type not match.
    InvalidParameterInstanceTypeNotMatch,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.PublicNetworkInvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: public network invalid parameter value.
    InvalidParameterValuePublicNetworkInvalidParameterValue,
    /// `LimitExceeded.TopicNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic num.
    LimitExceededTopicNum,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AuthorizationPolicy`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: authorization policy.
    ResourceNotFoundAuthorizationPolicy,
    /// `ResourceNotFound.Ca`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ca.
    ResourceNotFoundCa,
    /// `ResourceNotFound.Certificate`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: certificate.
    ResourceNotFoundCertificate,
    /// `ResourceNotFound.Instance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance.
    ResourceNotFoundInstance,
    /// `ResourceNotFound.Message`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: message.
    ResourceNotFoundMessage,
    /// `ResourceNotFound.NoAuthenticator`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no authenticator.
    ResourceNotFoundNoAuthenticator,
    /// `ResourceNotFound.Role`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role.
    ResourceNotFoundRole,
    /// `ResourceNotFound.Topic`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic.
    ResourceNotFoundTopic,
    /// `ResourceNotFound.Username`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: username.
    ResourceNotFoundUsername,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnsupportedOperation.ResourceAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource already exists.
    UnsupportedOperationResourceAlreadyExists,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "FailedOperation",
        "FailedOperation.CallTrade",
        "FailedOperation.CertificateVerificationFailed",
        "FailedOperation.DeleteProtect",
        "FailedOperation.DuplicateAuthorizationIdOrPriority",
        "FailedOperation.DuplicatePolicy",
        "FailedOperation.DuplicatePriority",
        "FailedOperation.InstanceNotReady",
        "FailedOperation.InstanceRegistrationCodeEmpty",
        "FailedOperation.NotSupportDisableAuthorizationPolicy",
        "FailedOperation.PublicKeyVerifyFailed",
        "FailedOperation.RegistrationCodeVerifyFailed",
        "FailedOperation.RelatedDeviceCertificateExists",
        "InvalidParameter.InstanceTypeNotMatch",
        "InvalidParameterValue",
        "InvalidParameterValue.PublicNetworkInvalidParameterValue",
        "LimitExceeded.TopicNum",
        "MissingParameter",
        "OperationDenied",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceNotFound.AuthorizationPolicy",
        "ResourceNotFound.Ca",
        "ResourceNotFound.Certificate",
        "ResourceNotFound.Instance",
        "ResourceNotFound.Message",
        "ResourceNotFound.NoAuthenticator",
        "ResourceNotFound.Role",
        "ResourceNotFound.Topic",
        "ResourceNotFound.Username",
        "ResourceUnavailable",
        "UnsupportedOperation.ResourceAlreadyExists",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: call trade.The operation failed: certificate verification failed.The operation failed: delete protect.The operation failed: duplicate authorization id or priority.The operation failed: duplicate policy.The operation failed: duplicate priority.The operation failed: instance not ready.The operation failed: instance registration code empty.The operation failed: not support disable authorization policy.The operation failed: public key verify failed.The operation failed: registration code verify failed.The operation failed: related device certificate exists.A parameter is invalid: instance type not match.A parameter value is invalid.A parameter value is invalid: public network invalid parameter value.A limit was exceeded: topic num.A required parameter is missing.The operation was denied.The resource is in use.The resource was not found.The resource was not found: authorization policy.The resource was not found: ca.The resource was not found: certificate.The resource was not found: instance.The resource was not found: message.The resource was not found: no authenticator.The resource was not found: role.The resource was not found: topic.The resource was not found: username.The resource is unavailable.The operation is not supported: resource already exists.",
        ends: &[
            0, 21, 54, 108, 145, 206, 245, 286, 327, 382, 445, 492, 546, 602, 650, 679,
            748, 780, 812, 837, 860, 887, 936, 967, 1007, 1044, 1080, 1125, 1158, 1192,
            1229, 1257, 1313,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaacbaaaaaaaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiccchcgjeeeeeeeeeeii",
    );
    static PILOTS: [u16; 8] = [40, 0, 6, 106, 1, 14, 6, 22];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            8, 13, 30, 5, 17, 1, 2, 24, 4, 19, 20, 4294967295, 31, 4294967295, 23, 15, 0,
            12, 22, 25, 28, 11, 21, 3, 7, 9, 16, 29, 4294967295, 18, 27, 26, 14, 10, 6,
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
    const PROVIDER: &'static str = "Tencent Cloud MQTT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MQTT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MQTT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
