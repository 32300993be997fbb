// @generated from catalogs/oci.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Oracle Cloud Infrastructure: error codes.
//!
//! The provider's documentation: <https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm>.
//!
//! Error responses are read and written as [`Oci`](cloud_errors::envelopes::Oci) (`oci`).
/// An error code of Oracle Cloud Infrastructure: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CannotParseRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is malformed and could not be parsed.
    CannotParseRequest,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid or badly formatted.
    InvalidParameter,
    /// `LimitExceeded`: HTTP 400; retry: never; category: resource_exhausted.
    /// Fulfilling the request would exceed a limit that Oracle sets for this resource type in the tenancy.
    LimitExceeded,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `QuotaExceeded`: HTTP 400; retry: never; category: resource_exhausted.
    /// Fulfilling the request would exceed a quota that an administrator set for this resource in the compartment.
    QuotaExceeded,
    /// `RelatedResourceNotAuthorizedOrNotFound`: HTTP 400; retry: backoff; category: not_found.
    /// A resource named in the request body does not exist, or the caller is not authorized to access it.
    RelatedResourceNotAuthorizedOrNotFound,
    /// `NotAuthenticated`: HTTP 401; retry: backoff; category: unauthenticated.
    /// The authentication information was missing or wrong; other causes can produce this code too.
    NotAuthenticated,
    /// `SignUpRequired`: HTTP 402; retry: never; category: failed_precondition.
    /// The operation requires opting in before it can be called.
    SignUpRequired,
    /// `NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// The caller is not authorized to update one or more of the fields in the request.
    NotAuthorized,
    /// `NotAuthorizedOrNotFound`: HTTP 404; retry: backoff; category: not_found.
    /// A resource named in the request URI (path or query parameters) does not exist, or the caller is not authorized to access it.
    NotAuthorizedOrNotFound,
    /// `NotFound`: HTTP 404; retry: never; category: not_found.
    /// No operation exists for the URI path and HTTP method of the request.
    NotFound,
    /// `MethodNotAllowed`: HTTP 405; retry: never; category: unimplemented.
    /// The target resource does not support the HTTP method.
    MethodNotAllowed,
    /// `IncorrectState`: HTTP 409; retry: backoff; category: failed_precondition.
    /// The state requested for the resource conflicts with its current state; check the message for any action needed before retrying.
    IncorrectState,
    /// `InvalidatedRetryToken`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The retry token was already used by an earlier request that changed the system, and a later operation invalidated it (for example, the entity created with that token was deleted since). To perform the change again, send the request with a different retry token.
    InvalidatedRetryToken,
    /// `NotAuthorizedOrResourceAlreadyExists`: HTTP 409; retry: backoff; category: already_exists.
    /// The caller is not authorized to perform the request, or the resource it tries to create already exists. Only create operations return this code, in place of the more general NotAuthorizedOrNotFound.
    NotAuthorizedOrResourceAlreadyExists,
    /// `NoEtagMatch`: HTTP 412; retry: never; category: failed_precondition.
    /// The ETag given in the request does not match the resource\'s current ETag.
    NoEtagMatch,
    /// `TooManyRequests`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent to the Oracle Cloud Infrastructure APIs in too short a time.
    TooManyRequests,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred in the service.
    InternalServerError,
    /// `MethodNotImplemented`: HTTP 501; retry: never; category: unimplemented.
    /// The target of the HTTP request does not recognize the HTTP method.
    MethodNotImplemented,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable at the moment.
    ServiceUnavailable,
    /// `LockConflict`: HTTP 409; retry: backoff; category: aborted.
    /// Another operation holds a lock on the resource; the request can succeed once that operation ends.
    LockConflict,
    /// `InsufficientServicePermissions`: HTTP 400; retry: backoff; category: permission_denied.
    /// The service acting for the caller lacks a permission it needs; shortly after a policy change, the change may not have reached every part of the service yet.
    InsufficientServicePermissions,
    /// `ResourceAlreadyExists`: HTTP 409; retry: backoff; category: already_exists.
    /// The resource the request tries to create already exists, or a recent change has not reached every part of the service yet.
    ResourceAlreadyExists,
    /// `ResourceDisabled`: HTTP 400; retry: backoff; category: failed_precondition.
    /// A resource the request depends on is disabled, or its recent enabling has not reached every part of the service yet.
    ResourceDisabled,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "CannotParseRequest",
        "InvalidParameter",
        "LimitExceeded",
        "MissingParameter",
        "QuotaExceeded",
        "RelatedResourceNotAuthorizedOrNotFound",
        "NotAuthenticated",
        "SignUpRequired",
        "NotAuthorized",
        "NotAuthorizedOrNotFound",
        "NotFound",
        "MethodNotAllowed",
        "IncorrectState",
        "InvalidatedRetryToken",
        "NotAuthorizedOrResourceAlreadyExists",
        "NoEtagMatch",
        "TooManyRequests",
        "InternalServerError",
        "MethodNotImplemented",
        "ServiceUnavailable",
        "LockConflict",
        "InsufficientServicePermissions",
        "ResourceAlreadyExists",
        "ResourceDisabled",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request is malformed and could not be parsed.A parameter is invalid or badly formatted.Fulfilling the request would exceed a limit that Oracle sets for this resource type in the tenancy.A required parameter is missing.Fulfilling the request would exceed a quota that an administrator set for this resource in the compartment.A resource named in the request body does not exist, or the caller is not authorized to access it.The authentication information was missing or wrong; other causes can produce this code too.The operation requires opting in before it can be called.The caller is not authorized to update one or more of the fields in the request.A resource named in the request URI (path or query parameters) does not exist, or the caller is not authorized to access it.No operation exists for the URI path and HTTP method of the request.The target resource does not support the HTTP method.The state requested for the resource conflicts with its current state; check the message for any action needed before retrying.The retry token was already used by an earlier request that changed the system, and a later operation invalidated it (for example, the entity created with that token was deleted since). To perform the change again, send the request with a different retry token.The caller is not authorized to perform the request, or the resource it tries to create already exists. Only create operations return this code, in place of the more general NotAuthorizedOrNotFound.The ETag given in the request does not match the resource's current ETag.Too many requests were sent to the Oracle Cloud Infrastructure APIs in too short a time.An internal error occurred in the service.The target of the HTTP request does not recognize the HTTP method.The service is unavailable at the moment.Another operation holds a lock on the resource; the request can succeed once that operation ends.The service acting for the caller lacks a permission it needs; shortly after a policy change, the change may not have reached every part of the service yet.The resource the request tries to create already exists, or a recent change has not reached every part of the service yet.A resource the request depends on is disabled, or its recent enabling has not reached every part of the service yet.",
        ends: &[
            0, 49, 91, 190, 222, 329, 427, 519, 576, 656, 780, 848, 901, 1028, 1289,
            1487, 1560, 1648, 1690, 1756, 1797, 1894, 2050, 2172, 2288,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "リクエストの形式が不正で、解析できませんでした。パラメータが無効であるか、形式が正しくありません。このリクエストを処理すると、テナンシのこのリソース・タイプについてOracleが定めた上限を超えます。必須のパラメータが指定されていません。このリクエストを処理すると、管理者がコンパートメントのこのリソースに設定したクォータを超えます。リクエスト本文で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。認証情報が指定されていないか、誤っています。ほかの原因でもこのエラー・コードが返されることがあります。この操作を呼び出すには、事前にオプトインが必要です。リクエストに含まれる1つ以上のフィールドを更新する権限がありません。リクエストのURI（パスまたは問合せパラメータ）で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。リクエストのURIパスとHTTPメソッドに対応する操作が存在しません。対象のリソースは、このHTTPメソッドをサポートしていません。リソースに要求した状態が、現在の状態と競合しています。再試行の前に必要な対応がないか、メッセージを確認してください。この再試行トークンは、システムを変更した以前のリクエストですでに使用され、その後の操作によって無効になっています（たとえば、同じトークンで作成したエンティティがその後削除された場合）。変更をもう一度行うには、別の再試行トークンを指定してリクエストを送信してください。このリクエストを実行する権限がないか、作成しようとしているリソースがすでに存在します。このエラー・コードは作成操作からのみ、より一般的なNotAuthorizedOrNotFoundの代わりに返されます。リクエストで指定したETagが、リソースの現在のETagと一致しません。短時間にOracle Cloud Infrastructure APIへ送信されたリクエストが多すぎます。サービス内部でエラーが発生しました。HTTPリクエストの対象は、このHTTPメソッドを認識しません。サービスは現在利用できません。別の操作がリソースをロックしています。その操作が終われば、リクエストは成功する可能性があります。呼び出し元に代わって動作するサービスに、必要な権限がありません。ポリシーを変更した直後は、その変更がまだサービス全体に反映されていない可能性があります。作成しようとしているリソースがすでに存在するか、最近の変更がまだサービス全体に反映されていません。リクエストが依存するリソースが無効になっているか、最近の有効化がまだサービス全体に反映されていません。",
        ends: &[
            0, 72, 147, 288, 345, 489, 624, 777, 855, 955, 1135, 1226, 1311, 1485, 1884,
            2144, 2236, 2333, 2387, 2467, 2512, 2656, 2884, 3031, 3184,
        ],
    };
    static HELP_CODES: [u32; 4] = [5, 6, 9, 14];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.Check that every required credential (tenancy OCID, user OCID, key fingerprint and private key) is supplied and correct, and that the public key matching the fingerprint is uploaded for the user. A client clock more than five minutes off the server's clock also causes this status, as does a signing string that lacks a required header.Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
        ends: &[0, 314, 650, 964, 1278],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。必要な認証情報（テナンシOCID、ユーザーOCID、キーのフィンガープリント、秘密キー）がすべて正しく指定されていること、およびフィンガープリントに対応する公開キーがユーザーにアップロードされていることを確認してください。クライアントの時計がサーバーの時計と5分以上ずれている場合や、署名文字列に必要なヘッダーが含まれていない場合にも、このステータスが返されます。ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。",
        ends: &[0, 450, 978, 1428, 1878],
    };
    static STATUSES: [u16; 24] = [
        400, 400, 400, 400, 400, 400, 401, 402, 403, 404, 404, 405, 409, 409, 409, 412,
        429, 500, 501, 503, 409, 400, 409, 400,
    ];
    static STATUS_ENDS: [u32; 25] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24,
    ];
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"aaaaabbaabaabcbabbabbbbb",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"cchchepigeeliifihmlnjgfi",
    );
    static PILOTS: [u16; 6] = [4, 70, 2079, 0, 0, 1];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            7, 10, 19, 12, 2, 15, 17, 13, 11, 16, 6, 5, 14, 1, 22, 21, 8, 3, 18,
            4294967295, 20, 23, 4, 9, 4294967295, 0,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
        help_codes: &HELP_CODES,
        help_en: &HELP_EN,
        help_ja: &HELP_JA,
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
    const PROVIDER: &'static str = "Oracle Cloud Infrastructure";
    type Envelope = ::cloud_errors::envelopes::Oci;
    /// The retry defaults of Oracle Cloud Infrastructure's SDK: oci\-go\-sdk common/retry.go DefaultRetryPolicy, IsErrorRetryableByDefault; common/eventual\_consistency.go.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            8,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(30000),
                jitter: ::cloud_errors::Jitter::Add(
                    ::core::time::Duration::from_millis(1000),
                ),
            },
        )
        .with_code_conditions(
            &[
                (
                    "RelatedResourceNotAuthorizedOrNotFound",
                    ::cloud_errors::RetryWhen::InConsistencyWindow,
                ),
                ("NotAuthenticated", ::cloud_errors::RetryWhen::Never),
                (
                    "NotAuthorizedOrNotFound",
                    ::cloud_errors::RetryWhen::InConsistencyWindow,
                ),
                ("IncorrectState", ::cloud_errors::RetryWhen::Always),
                (
                    "NotAuthorizedOrResourceAlreadyExists",
                    ::cloud_errors::RetryWhen::InConsistencyWindow,
                ),
                ("TooManyRequests", ::cloud_errors::RetryWhen::Always),
                ("MethodNotImplemented", ::cloud_errors::RetryWhen::Never),
                ("LockConflict", ::cloud_errors::RetryWhen::Always),
                (
                    "InsufficientServicePermissions",
                    ::cloud_errors::RetryWhen::InConsistencyWindow,
                ),
                (
                    "ResourceAlreadyExists",
                    ::cloud_errors::RetryWhen::InConsistencyWindow,
                ),
                ("ResourceDisabled", ::cloud_errors::RetryWhen::InConsistencyWindow),
            ],
        )
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(::core::option::Option::None)
        .with_status_conditions(
            &[
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
        .with_code_statuses(
            &[
                ("RelatedResourceNotAuthorizedOrNotFound", &[400u16]),
                ("NotAuthenticated", &[401u16]),
                ("NotAuthorizedOrNotFound", &[404u16]),
                ("IncorrectState", &[409u16]),
                ("NotAuthorizedOrResourceAlreadyExists", &[409u16]),
                ("TooManyRequests", &[429u16]),
                ("MethodNotImplemented", &[501u16]),
                ("LockConflict", &[409u16]),
                ("InsufficientServicePermissions", &[400u16]),
                ("ResourceAlreadyExists", &[409u16]),
                ("ResourceDisabled", &[400u16]),
            ],
        )
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::None,
                ::core::option::Option::Some(::cloud_errors::RetryWhen::Always),
                &[],
                ::core::option::Option::Some(
                    &[
                        ::cloud_errors::StatusCondition::range(
                            500u16,
                            504u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        )
        .with_consistency_window(
            9,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 3.52f64,
                cap: ::core::time::Duration::from_millis(45000),
                jitter: ::cloud_errors::Jitter::Add(
                    ::core::time::Duration::from_millis(1000),
                ),
            },
        )
        .with_idempotency_token(::cloud_errors::TokenPlace::Header("opc-retry-token"));
}
/// An error response of Oracle Cloud Infrastructure: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
