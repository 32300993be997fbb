// @generated from catalogs/alibaba/eventbridge.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud eventbridge: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud eventbridge: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `RequestParameterException`: HTTP 409; retry: never; category: aborted.
    /// Request parameter exception.
    RequestParameterException,
    /// `RequestParameterInvalid`: HTTP 409; retry: never; category: aborted.
    /// Request parameter invalid.
    RequestParameterInvalid,
    /// `ApiDestinationAlreadyExist`: HTTP 409; retry: never; category: aborted.
    /// Api destination already exist.
    ApiDestinationAlreadyExist,
    /// `ConnectionNotExist`: HTTP 409; retry: never; category: aborted.
    /// Connection not exist.
    ConnectionNotExist,
    /// `HttpApiParametersIsNull`: HTTP 409; retry: never; category: aborted.
    /// Http api parameters is null.
    HttpApiParametersIsNull,
    /// `EndpointIsBlank`: HTTP 409; retry: never; category: aborted.
    /// Endpoint is blank.
    EndpointIsBlank,
    /// `Method`: HTTP 409; retry: never; category: aborted.
    /// Method.
    Method,
    /// `EndpointLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Endpoint length exceed.
    EndpointLengthExceed,
    /// `ApiDestinationCountExceedLimit`: HTTP 409; retry: never; category: aborted.
    /// Api destination count exceed limit.
    ApiDestinationCountExceedLimit,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ConnectionAlreadyExist`: HTTP 409; retry: never; category: aborted.
    /// Connection already exist.
    ConnectionAlreadyExist,
    /// `ConnectionCountExceedLimit`: HTTP 409; retry: never; category: aborted.
    /// Connection count exceed limit.
    ConnectionCountExceedLimit,
    /// `BasicRequiredParameterIsEmpty`: HTTP 409; retry: never; category: aborted.
    /// Basic required parameter is empty.
    BasicRequiredParameterIsEmpty,
    /// `BasicUserNameLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Basic user name length exceed.
    BasicUserNameLengthExceed,
    /// `BasicPassWordLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Basic pass word length exceed.
    BasicPassWordLengthExceed,
    /// `ApiKeyRequiredParameterIsEmpty`: HTTP 409; retry: never; category: aborted.
    /// Api key required parameter is empty.
    ApiKeyRequiredParameterIsEmpty,
    /// `ApiKeyNameLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Api key name length exceed.
    ApiKeyNameLengthExceed,
    /// `ApiKeyValueLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Api key value length exceed.
    ApiKeyValueLengthExceed,
    /// `OAuthRequiredParameterIsEmpty`: HTTP 409; retry: never; category: aborted.
    /// O auth required parameter is empty.
    OAuthRequiredParameterIsEmpty,
    /// `AuthorizationEndpointLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Authorization endpoint length exceed.
    AuthorizationEndpointLengthExceed,
    /// `ClientIDLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Client ID length exceed.
    ClientIdLengthExceed,
    /// `ClientSecretLengthExceed`: HTTP 409; retry: never; category: aborted.
    /// Client secret length exceed.
    ClientSecretLengthExceed,
    /// `OauthHttpParametersEmpty`: HTTP 409; retry: never; category: aborted.
    /// Oauth http parameters empty.
    OauthHttpParametersEmpty,
    /// `SecretManagerAPICreateSecretNameFailed`: HTTP 409; retry: never; category: aborted.
    /// Secret manager API create secret name failed.
    SecretManagerApiCreateSecretNameFailed,
    /// `ServiceNotEnable`: HTTP 403; retry: never; category: permission_denied.
    /// Service not enable.
    ServiceNotEnable,
    /// `ApiDestinationNotExist`: HTTP 409; retry: never; category: aborted.
    /// Api destination not exist.
    ApiDestinationNotExist,
    /// `ConnectionBoundApiDestination`: HTTP 409; retry: never; category: aborted.
    /// Connection bound api destination.
    ConnectionBoundApiDestination,
    /// `SecretManagerAPIDeleteSecretFailed`: HTTP 409; retry: never; category: aborted.
    /// Secret manager API delete secret failed.
    SecretManagerApiDeleteSecretFailed,
    /// `SecretManagerAPIGetSecretValueFailed`: HTTP 409; retry: never; category: aborted.
    /// Secret manager API get secret value failed.
    SecretManagerApiGetSecretValueFailed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "RequestParameterException",
        "RequestParameterInvalid",
        "ApiDestinationAlreadyExist",
        "ConnectionNotExist",
        "HttpApiParametersIsNull",
        "EndpointIsBlank",
        "Method",
        "EndpointLengthExceed",
        "ApiDestinationCountExceedLimit",
        "InternalError",
        "ConnectionAlreadyExist",
        "ConnectionCountExceedLimit",
        "BasicRequiredParameterIsEmpty",
        "BasicUserNameLengthExceed",
        "BasicPassWordLengthExceed",
        "ApiKeyRequiredParameterIsEmpty",
        "ApiKeyNameLengthExceed",
        "ApiKeyValueLengthExceed",
        "OAuthRequiredParameterIsEmpty",
        "AuthorizationEndpointLengthExceed",
        "ClientIDLengthExceed",
        "ClientSecretLengthExceed",
        "OauthHttpParametersEmpty",
        "SecretManagerAPICreateSecretNameFailed",
        "ServiceNotEnable",
        "ApiDestinationNotExist",
        "ConnectionBoundApiDestination",
        "SecretManagerAPIDeleteSecretFailed",
        "SecretManagerAPIGetSecretValueFailed",
    ];
    static NAME_CODES: [u32; 4] = [20, 23, 27, 28];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ClientIdLengthExceedSecretManagerApiCreateSecretNameFailedSecretManagerApiDeleteSecretFailedSecretManagerApiGetSecretValueFailed",
        ends: &[0, 20, 58, 92, 128],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Request parameter exception.Request parameter invalid.Api destination already exist.Connection not exist.Http api parameters is null.Endpoint is blank.Method.Endpoint length exceed.Api destination count exceed limit.An internal error occurred.Connection already exist.Connection count exceed limit.Basic required parameter is empty.Basic user name length exceed.Basic pass word length exceed.Api key required parameter is empty.Api key name length exceed.Api key value length exceed.O auth required parameter is empty.Authorization endpoint length exceed.Client ID length exceed.Client secret length exceed.Oauth http parameters empty.Secret manager API create secret name failed.Service not enable.Api destination not exist.Connection bound api destination.Secret manager API delete secret failed.Secret manager API get secret value failed.",
        ends: &[
            0, 28, 54, 84, 105, 133, 151, 158, 181, 216, 243, 268, 298, 332, 362, 392,
            428, 455, 483, 518, 555, 579, 607, 635, 680, 699, 725, 758, 798, 841,
        ],
    };
    static STATUSES: [u16; 29] = [
        409, 409, 409, 409, 409, 409, 409, 409, 409, 500, 409, 409, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 409, 409, 409, 403, 409, 409, 409, 409,
    ];
    static STATUS_ENDS: [u32; 30] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29,
    ];
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"jjjjjjjjjmjjjjjjjjjjjjjjgjjjj",
    );
    static PILOTS: [u16; 8] = [2, 15, 18, 0, 0, 1, 43, 11];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 4294967295, 25, 16, 8, 24, 6, 22, 5, 11, 14, 17, 28, 15, 23, 7, 21, 12,
            18, 9, 2, 13, 0, 19, 20, 4294967295, 10, 27, 1, 4, 4294967295, 3,
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
    const PROVIDER: &'static str = "Alibaba Cloud eventbridge";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud eventbridge's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud eventbridge: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
