// @generated from catalogs/ibm_vpc_metadata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! IBM Cloud VPC instance metadata: error codes.
//!
//! The provider's documentation: <https://cloud.ibm.com/docs/vpc?topic=vpc-imd-error-codes>.
//!
//! Error responses are read and written as [`Ibm`](cloud_errors::envelopes::Ibm) (`ibm`).
/// An error code of IBM Cloud VPC instance metadata: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `invalid_request`: HTTP 400; retry: never; category: invalid_argument.
    /// The request could not be parsed, for example because its JSON is malformed or its body is too large.
    InvalidRequest,
    /// `invalid_value`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A header, query parameter, path parameter or property (named by \`target\`) has an invalid value, such as an integer out of range, a string with invalid characters, or a value not in the listed set. The status is 404 for a path parameter and 400 otherwise.
    InvalidValue,
    /// `missing_field`: HTTP 400; retry: never; category: invalid_argument.
    /// A required header, query parameter or property was not given.
    MissingField,
    /// `missing_value`: HTTP 400; retry: never; category: invalid_argument.
    /// A required header, query parameter or body property (named by \`target\`) has no value.
    MissingValue,
    /// `not_found`: HTTP 400, 404; retry: never; category: not_found.
    /// A header, query parameter, path parameter or body property (named by \`target\`) is well formed but refers to a resource that does not exist. The status is 404 for a path parameter and 400 otherwise.
    NotFound,
    /// `profile_not_linked`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The trusted profile is not linked to the virtual server instance. Only POST /instance\_identity/v1/iam\_token returns this code.
    ProfileNotLinked,
    /// `service_error`: HTTP 500; retry: backoff; category: internal.
    /// The service met a problem on its side.
    ServiceError,
    /// `unauthenticated`: HTTP 401; retry: after_fix; category: unauthenticated.
    /// A bearer token was given in the Authorization header, but it has expired, is malformed, or is well formed but invalid.
    Unauthenticated,
    /// `unauthorized`: HTTP 403; retry: after_fix; category: permission_denied.
    /// A header, parameter, path or property (named by \`target\`) is well formed but refers to a resource that the caller may not operate on in the requested way.
    Unauthorized,
    /// `unknown_field`: HTTP 400; retry: never; category: invalid_argument.
    /// An unknown query parameter or property was given.
    UnknownField,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "invalid_request",
        "invalid_value",
        "missing_field",
        "missing_value",
        "not_found",
        "profile_not_linked",
        "service_error",
        "unauthenticated",
        "unauthorized",
        "unknown_field",
    ];
    static NAME_CODES: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidRequestInvalidValueMissingFieldMissingValueNotFoundProfileNotLinkedServiceErrorUnauthenticatedUnauthorizedUnknownField",
        ends: &[0, 14, 26, 38, 50, 58, 74, 86, 101, 113, 125],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request could not be parsed, for example because its JSON is malformed or its body is too large.A header, query parameter, path parameter or property (named by `target`) has an invalid value, such as an integer out of range, a string with invalid characters, or a value not in the listed set. The status is 404 for a path parameter and 400 otherwise.A required header, query parameter or property was not given.A required header, query parameter or body property (named by `target`) has no value.A header, query parameter, path parameter or body property (named by `target`) is well formed but refers to a resource that does not exist. The status is 404 for a path parameter and 400 otherwise.The trusted profile is not linked to the virtual server instance. Only POST /instance_identity/v1/iam_token returns this code.The service met a problem on its side.A bearer token was given in the Authorization header, but it has expired, is malformed, or is well formed but invalid.A header, parameter, path or property (named by `target`) is well formed but refers to a resource that the caller may not operate on in the requested way.An unknown query parameter or property was given.",
        ends: &[0, 100, 354, 415, 500, 697, 823, 861, 979, 1133, 1182],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "リクエストを解析できませんでした。たとえばJSONの形式が誤っているか、リクエスト本文が大きすぎます。ヘッダー、照会パラメーター、パス・パラメーター、またはプロパティー（targetで示されます）の値が無効です。範囲外の整数、無効な文字を含む文字列、列挙された値以外の値などが該当します。パス・パラメーターの場合のステータスは404、それ以外は400です。必須のヘッダー、照会パラメーター、またはプロパティーが指定されていません。必須のヘッダー、照会パラメーター、または本文プロパティー（targetで示されます）の値が指定されていません。ヘッダー、照会パラメーター、パス・パラメーター、または本文プロパティー（targetで示されます）は構文上は正しいものの、存在しないリソースを参照しています。パス・パラメーターの場合のステータスは404、それ以外は400です。トラステッド・プロファイルが仮想サーバー・インスタンスにリンクされていません。このエラー・コードは POST /instance_identity/v1/iam_token でのみ返されます。サービス側で問題が発生しました。Authorizationヘッダーにベアラー・トークンが指定されていますが、有効期限が切れているか、形式が誤っているか、構文上は正しいものの無効です。ヘッダー、パラメーター、パス、またはプロパティー（targetで示されます）は構文上は正しいものの、要求された方法で操作することが許可されていないリソースを参照しています。不明な照会パラメーターまたはプロパティーが指定されました。",
        ends: &[0, 145, 502, 613, 766, 1081, 1293, 1341, 1540, 1786, 1873],
    };
    static HELP_CODES: [u32; 2] = [5, 7];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Link the trusted profile to the instance (or name a profile that is linked), then request the IAM token again.Request a new instance identity token and send it in the Authorization header.",
        ends: &[0, 110, 188],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "トラステッド・プロファイルをインスタンスにリンクしてから（またはリンク済みのプロファイルを指定して）、IAMトークンを再度リクエストしてください。新しいインスタンス・アイデンティティー・トークンを取得し、Authorizationヘッダーで送信してください。",
        ends: &[0, 213, 355],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 404, 400, 400, 400, 404, 400, 500, 401, 403, 400,
    ];
    static STATUS_ENDS: [u32; 11] = [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aaaaacbcca",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"cccceimpgc",
    );
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request body is malformed.The `expires_in` field must not exceed `3600`.The trusted profile ID was not passed in the request body.The Metadata-Flavor header must be given a value such as `ibm`.Placement group not found.The virtual server instance is not linked to the specified trusted profile.An internal error occurred.The provided token is invalid or expired.The metadata service is not enabled on the specified instance.An unknown property `xyzzy` was given in the request body.",
        ends: &[0, 30, 76, 134, 197, 223, 298, 325, 366, 428, 486],
    };
    static MESSAGE_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static PILOTS: [u16; 3] = [0, 15, 1];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 9, 8, 2, 4, 6, 5, 0, 7, 4294967295, 3],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
        help_codes: &HELP_CODES,
        help_en: &HELP_EN,
        help_ja: &HELP_JA,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        retry: &RETRY,
        category: &CATEGORY,
        messages: &MESSAGES,
        message_ends: &MESSAGE_ENDS,
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
    const PROVIDER: &'static str = "IBM Cloud VPC instance metadata";
    type Envelope = ::cloud_errors::envelopes::Ibm;
    /// The retry defaults of IBM Cloud VPC instance metadata's SDK: go\-sdk\-core core/base\_service.go IBMCloudSDKRetryPolicy, IBMCloudSDKBackoffPolicy, EnableRetries.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            5,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(30000),
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
                    429u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    500u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::range(
                    502u16,
                    599u16,
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
                            429u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            500u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::range(
                            502u16,
                            599u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        );
}
/// An error response of IBM Cloud VPC instance metadata: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
