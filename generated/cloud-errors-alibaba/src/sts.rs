// @generated from catalogs/alibaba/sts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Sts: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Sts: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter.DurationSeconds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duration seconds.
    InvalidParameterDurationSeconds,
    /// `InvalidParameter.ExternalId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: external id.
    InvalidParameterExternalId,
    /// `InvalidParameter.RoleArn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: role arn.
    InvalidParameterRoleArn,
    /// `InvalidParameter.RoleSessionName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: role session name.
    InvalidParameterRoleSessionName,
    /// `InvalidParameter.SerialNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: serial number.
    InvalidParameterSerialNumber,
    /// `InvalidParameter.TokenCode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: token code.
    InvalidParameterTokenCode,
    /// `InvalidParameter.PolicyGrammar`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy grammar.
    InvalidParameterPolicyGrammar,
    /// `InvalidParameter.PolicySize`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy size.
    InvalidParameterPolicySize,
    /// `InvalidParameter.ContentType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: content type.
    InvalidParameterContentType,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `AuthenticationFail.ApiUsername`: HTTP 403; retry: never; category: permission_denied.
    /// Authentication fail: api username.
    AuthenticationFailApiUsername,
    /// `AuthenticationFail.ApiPassword`: HTTP 403; retry: never; category: permission_denied.
    /// Authentication fail: api password.
    AuthenticationFailApiPassword,
    /// `EntityNotExist.Role`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "InvalidParameter.DurationSeconds",
        "InvalidParameter.ExternalId",
        "InvalidParameter.RoleArn",
        "InvalidParameter.RoleSessionName",
        "InvalidParameter.SerialNumber",
        "InvalidParameter.TokenCode",
        "InvalidParameter.PolicyGrammar",
        "InvalidParameter.PolicySize",
        "InvalidParameter.ContentType",
        "NoPermission",
        "AuthenticationFail.ApiUsername",
        "AuthenticationFail.ApiPassword",
        "EntityNotExist.Role",
        "InternalError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: duration seconds.A parameter is invalid: external id.A parameter is invalid: role arn.A parameter is invalid: role session name.A parameter is invalid: serial number.A parameter is invalid: token code.A parameter is invalid: policy grammar.A parameter is invalid: policy size.A parameter is invalid: content type.The caller has no permission.Authentication fail: api username.Authentication fail: api password.Entity not exist: role.An internal error occurred.",
        ends: &[0, 41, 77, 110, 152, 190, 225, 264, 300, 337, 366, 400, 434, 457, 484],
    };
    static STATUSES: [u16; 14] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 500,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaacaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"cccccccccgggem",
    );
    static PILOTS: [u16; 4] = [0, 0, 44, 16];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 6, 2, 0, 4, 10, 5, 7, 3, 13, 1, 4294967295, 11, 8, 12],
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
    const PROVIDER: &'static str = "Alibaba Cloud Sts";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Sts's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Sts: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
