// @generated from catalogs/azure_storage.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Azure Storage: error codes.
//!
//! Curated from <https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes>.
/// An error code of Azure Storage: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NoAuthenticationInformation`: HTTP 401; retry: after_fix; category: unauthenticated.
    /// The request carries no authentication information; see the WWW\-Authenticate header.
    NoAuthenticationInformation,
    /// `InvalidAuthenticationInfo`: HTTP 401, 400; retry: after_fix; category: unauthenticated.
    /// The authentication information is missing parts or is not in the expected format.
    InvalidAuthenticationInfo,
    /// `AccountAlreadyExists`: HTTP 409; retry: never; category: already_exists.
    /// The storage account already exists.
    AccountAlreadyExists,
    /// `AccountBeingCreated`: HTTP 409; retry: backoff; category: aborted.
    /// The storage account is still being created.
    AccountBeingCreated,
    /// `AccountIsDisabled`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The storage account is disabled.
    AccountIsDisabled,
    /// `AccountProtectedFromDeletion`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The account cannot be deleted: containers in it are under a legal hold or a locked immutability policy. (Not in the Storage specs\' error\-code enums.)
    AccountProtectedFromDeletion,
    /// `AuthenticationFailed`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The server could not authenticate the request; check how the Authorization header and its signature are formed.
    AuthenticationFailed,
    /// `ConditionHeadersNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// The operation does not support conditional headers.
    ConditionHeadersNotSupported,
    /// `ConditionNotMet`: HTTP 412, 304; retry: never; category: failed_precondition.
    /// A conditional header\'s condition does not hold: 412 for a write, 304 for a read.
    ConditionNotMet,
    /// `EmptyMetadataKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A metadata key\-value pair has an empty key.
    EmptyMetadataKey,
    /// `InsufficientAccountPermissions`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The account lacks the permissions for this operation, or reads or writes are disabled on it.
    InsufficientAccountPermissions,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// The server hit an internal error; the request may be retried.
    InternalError,
    /// `InvalidHeaderValue`: HTTP 400; retry: never; category: invalid_argument.
    /// An HTTP header\'s value is not in the expected format.
    InvalidHeaderValue,
    /// `InvalidHttpVerb`: HTTP 400; retry: never; category: invalid_argument.
    /// The server does not recognise the HTTP method.
    InvalidHttpVerb,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// An input of the request is invalid.
    InvalidInput,
    /// `InvalidMd5`: HTTP 400; retry: never; category: invalid_argument.
    /// The MD5 value is invalid: it must be 128 bits, Base64\-encoded.
    InvalidMd5,
    /// `MissingRequiredHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// A required HTTP header is missing.
    MissingRequiredHeader,
    /// `MissingRequiredXmlNode`: HTTP 400; retry: never; category: invalid_argument.
    /// A required XML node is missing from the request body.
    MissingRequiredXmlNode,
    /// `UnsupportedHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// An HTTP header of the request is not supported.
    UnsupportedHeader,
    /// `UnsupportedXmlNode`: HTTP 400; retry: never; category: invalid_argument.
    /// An XML node of the request body is not supported.
    UnsupportedXmlNode,
    /// `InvalidXmlNodeValue`: HTTP 400; retry: never; category: invalid_argument.
    /// An XML node of the request body has a value in the wrong format.
    InvalidXmlNodeValue,
    /// `MissingRequiredQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required query parameter is missing.
    MissingRequiredQueryParameter,
    /// `UnsupportedQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A query parameter of the request URI is not supported.
    UnsupportedQueryParameter,
    /// `InvalidQueryParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A query parameter of the request URI has an invalid value.
    InvalidQueryParameterValue,
    /// `OutOfRangeQueryParameterValue`: HTTP 400; retry: never; category: out_of_range.
    /// A query parameter of the request URI is outside its allowed range.
    OutOfRangeQueryParameterValue,
    /// `RequestUrlFailedToParse`: HTTP 400; retry: never; category: invalid_argument.
    /// The request URL could not be parsed.
    RequestUrlFailedToParse,
    /// `InvalidUri`: HTTP 400; retry: never; category: invalid_argument.
    /// The request URI names no resource of the server.
    InvalidUri,
    /// `InvalidXmlDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// The XML of the request body is not valid.
    InvalidXmlDocument,
    /// `OutOfRangeInput`: HTTP 400; retry: never; category: out_of_range.
    /// An input of the request is out of range.
    OutOfRangeInput,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// The resource does not exist.
    ResourceNotFound,
    /// `OperationTimedOut`: HTTP 500; retry: backoff; category: deadline_exceeded.
    /// The operation did not complete in the time allowed.
    OperationTimedOut,
    /// `ServerBusy`: HTTP 503; retry: backoff; category: unavailable.
    /// The server cannot take requests for now, or the account\'s ingress or egress limits were exceeded; retry with backoff.
    ServerBusy,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "NoAuthenticationInformation",
        "InvalidAuthenticationInfo",
        "AccountAlreadyExists",
        "AccountBeingCreated",
        "AccountIsDisabled",
        "AccountProtectedFromDeletion",
        "AuthenticationFailed",
        "ConditionHeadersNotSupported",
        "ConditionNotMet",
        "EmptyMetadataKey",
        "InsufficientAccountPermissions",
        "InternalError",
        "InvalidHeaderValue",
        "InvalidHttpVerb",
        "InvalidInput",
        "InvalidMd5",
        "MissingRequiredHeader",
        "MissingRequiredXmlNode",
        "UnsupportedHeader",
        "UnsupportedXmlNode",
        "InvalidXmlNodeValue",
        "MissingRequiredQueryParameter",
        "UnsupportedQueryParameter",
        "InvalidQueryParameterValue",
        "OutOfRangeQueryParameterValue",
        "RequestUrlFailedToParse",
        "InvalidUri",
        "InvalidXmlDocument",
        "OutOfRangeInput",
        "ResourceNotFound",
        "OperationTimedOut",
        "ServerBusy",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request carries no authentication information; see the WWW-Authenticate header.The authentication information is missing parts or is not in the expected format.The storage account already exists.The storage account is still being created.The storage account is disabled.The account cannot be deleted: containers in it are under a legal hold or a locked immutability policy. (Not in the Storage specs' error-code enums.)The server could not authenticate the request; check how the Authorization header and its signature are formed.The operation does not support conditional headers.A conditional header's condition does not hold: 412 for a write, 304 for a read.A metadata key-value pair has an empty key.The account lacks the permissions for this operation, or reads or writes are disabled on it.The server hit an internal error; the request may be retried.An HTTP header's value is not in the expected format.The server does not recognise the HTTP method.An input of the request is invalid.The MD5 value is invalid: it must be 128 bits, Base64-encoded.A required HTTP header is missing.A required XML node is missing from the request body.An HTTP header of the request is not supported.An XML node of the request body is not supported.An XML node of the request body has a value in the wrong format.A required query parameter is missing.A query parameter of the request URI is not supported.A query parameter of the request URI has an invalid value.A query parameter of the request URI is outside its allowed range.The request URL could not be parsed.The request URI names no resource of the server.The XML of the request body is not valid.An input of the request is out of range.The resource does not exist.The operation did not complete in the time allowed.The server cannot take requests for now, or the account's ingress or egress limits were exceeded; retry with backoff.",
        ends: &[
            0, 83, 164, 199, 242, 274, 423, 534, 585, 665, 708, 800, 861, 914, 960, 995,
            1057, 1091, 1144, 1191, 1240, 1304, 1342, 1396, 1454, 1520, 1556, 1604, 1645,
            1685, 1713, 1764, 1881,
        ],
    };
    static STATUSES: [u16; 34] = [
        401, 401, 400, 409, 409, 403, 409, 403, 400, 412, 304, 400, 403, 500, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        500, 503,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"ccabcccaaacbaaaaaaaaaaaaaaaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"ppfjgipcicgmcccccccccccckccckedn",
    );
    static PILOTS: [u16; 8] = [179, 1, 20, 0, 300, 18, 74, 21];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            30, 7, 24, 13, 10, 29, 6, 0, 23, 4, 3, 18, 22, 5, 25, 15, 16, 1, 19,
            4294967295, 4294967295, 11, 28, 8, 14, 4294967295, 12, 21, 17, 27, 26, 9, 31,
            20, 2,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Azure Storage";
    type Envelope = ::cloud_errors::envelopes::Azure;
    /// The retry defaults of Azure Storage's SDK: azure\-sdk\-for\-go azcore runtime/policy\_retry.go setDefaults, calcDelay, retryPolicy.Do; internal/shared RetryAfter.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            4,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(800),
                multiplier: 3f64,
                cap: ::core::time::Duration::from_millis(60000),
                jitter: ::cloud_errors::Jitter::None,
            },
        )
        .with_code_conditions(&[])
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(::core::option::Option::None)
        .with_status_conditions(
            &[
                ::cloud_errors::StatusCondition::new(
                    408u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    429u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    500u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    502u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    503u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    504u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
            ],
        )
        .with_decide_by(::cloud_errors::DecideBy::Status)
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::None,
                ::core::option::Option::None,
                &[],
                ::core::option::Option::Some(
                    &[
                        ::cloud_errors::StatusCondition::new(
                            408u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            429u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            500u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            502u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            503u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            504u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        );
}
/// An error response of Azure Storage: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
