//! `#[cloud_error]` against the generator: an enum declared with the macro with exactly the codes
//! of catalogs/oci.yaml behaves like the generated `cloud_errors::oci::Code`, known codes and
//! unknown ones alike (`macro_extends.rs` tests `extends`).

use cloud_errors::{cloud_error, ErrorCode, Locale};

/// The OCI catalog, declared by hand with the macro: every entry of catalogs/oci.yaml, in order.
#[cloud_error]
pub enum MacroOci {
    /// The request is malformed and could not be parsed.
    #[code(
        "CannotParseRequest",
        status = 400,
        retry = "never",
        ja = "リクエストの形式が不正で、解析できませんでした。"
    )]
    CannotParseRequest,
    /// A parameter is invalid or badly formatted.
    #[code(
        "InvalidParameter",
        status = 400,
        retry = "never",
        ja = "パラメータが無効であるか、形式が正しくありません。"
    )]
    InvalidParameter,
    /// Fulfilling the request would exceed a limit that Oracle sets for this resource type in the tenancy.
    #[code(
        "LimitExceeded",
        status = 400,
        retry = "never",
        category = "resource_exhausted",
        ja = "このリクエストを処理すると、テナンシのこのリソース・タイプについてOracleが定めた上限を超えます。"
    )]
    LimitExceeded,
    /// A required parameter is missing.
    #[code(
        "MissingParameter",
        status = 400,
        retry = "never",
        ja = "必須のパラメータが指定されていません。"
    )]
    MissingParameter,
    /// Fulfilling the request would exceed a quota that an administrator set for this resource in the compartment.
    #[code(
        "QuotaExceeded",
        status = 400,
        retry = "never",
        category = "resource_exhausted",
        ja = "このリクエストを処理すると、管理者がコンパートメントのこのリソースに設定したクォータを超えます。"
    )]
    QuotaExceeded,
    /// A resource named in the request body does not exist, or the caller is not authorized to access it.
    #[code(
        "RelatedResourceNotAuthorizedOrNotFound",
        status = 400,
        retry = "backoff",
        category = "not_found",
        ja = "リクエスト本文で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。",
        help = "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
        help_ja = "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。"
    )]
    RelatedResourceNotAuthorizedOrNotFound,
    /// The authentication information was missing or wrong; other causes can produce this code too.
    #[code(
        "NotAuthenticated",
        status = 401,
        retry = "backoff",
        category = "unauthenticated",
        ja = "認証情報が指定されていないか、誤っています。ほかの原因でもこのエラー・コードが返されることがあります。",
        help = "Check that every required credential (tenancy OCID, user OCID, key fingerprint and private key) is supplied and correct, and that the public key matching the fingerprint is uploaded for the user. A client clock more than five minutes off the server's clock also causes this status, as does a signing string that lacks a required header.",
        help_ja = "必要な認証情報（テナンシOCID、ユーザーOCID、キーのフィンガープリント、秘密キー）がすべて正しく指定されていること、およびフィンガープリントに対応する公開キーがユーザーにアップロードされていることを確認してください。クライアントの時計がサーバーの時計と5分以上ずれている場合や、署名文字列に必要なヘッダーが含まれていない場合にも、このステータスが返されます。"
    )]
    NotAuthenticated,
    /// The operation requires opting in before it can be called.
    #[code(
        "SignUpRequired",
        status = 402,
        retry = "never",
        ja = "この操作を呼び出すには、事前にオプトインが必要です。"
    )]
    SignUpRequired,
    /// The caller is not authorized to update one or more of the fields in the request.
    #[code(
        "NotAuthorized",
        status = 403,
        retry = "never",
        ja = "リクエストに含まれる1つ以上のフィールドを更新する権限がありません。"
    )]
    NotAuthorized,
    /// A resource named in the request URI (path or query parameters) does not exist, or the caller is not authorized to access it.
    #[code(
        "NotAuthorizedOrNotFound",
        status = 404,
        retry = "backoff",
        ja = "リクエストのURI（パスまたは問合せパラメータ）で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。",
        help = "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
        help_ja = "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。"
    )]
    NotAuthorizedOrNotFound,
    /// No operation exists for the URI path and HTTP method of the request.
    #[code(
        "NotFound",
        status = 404,
        retry = "never",
        ja = "リクエストのURIパスとHTTPメソッドに対応する操作が存在しません。"
    )]
    NotFound,
    /// The target resource does not support the HTTP method.
    #[code(
        "MethodNotAllowed",
        status = 405,
        retry = "never",
        category = "unimplemented",
        ja = "対象のリソースは、このHTTPメソッドをサポートしていません。"
    )]
    MethodNotAllowed,
    /// The state requested for the resource conflicts with its current state; check the message for any action needed before retrying.
    #[code(
        "IncorrectState",
        status = 409,
        retry = "backoff",
        category = "failed_precondition",
        ja = "リソースに要求した状態が、現在の状態と競合しています。再試行の前に必要な対応がないか、メッセージを確認してください。"
    )]
    IncorrectState,
    /// The retry token was already used by an earlier request that changed the system, and a later operation invalidated it (for example, the entity created with that token was deleted since). To perform the change again, send the request with a different retry token.
    #[code(
        "InvalidatedRetryToken",
        status = 409,
        retry = "after_fix",
        category = "failed_precondition",
        ja = "この再試行トークンは、システムを変更した以前のリクエストですでに使用され、その後の操作によって無効になっています（たとえば、同じトークンで作成したエンティティがその後削除された場合）。変更をもう一度行うには、別の再試行トークンを指定してリクエストを送信してください。"
    )]
    InvalidatedRetryToken,
    /// The caller is not authorized to perform the request, or the resource it tries to create already exists. Only create operations return this code, in place of the more general NotAuthorizedOrNotFound.
    #[code(
        "NotAuthorizedOrResourceAlreadyExists",
        status = 409,
        retry = "backoff",
        category = "already_exists",
        ja = "このリクエストを実行する権限がないか、作成しようとしているリソースがすでに存在します。このエラー・コードは作成操作からのみ、より一般的なNotAuthorizedOrNotFoundの代わりに返されます。",
        help = "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
        help_ja = "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。"
    )]
    NotAuthorizedOrResourceAlreadyExists,
    /// The ETag given in the request does not match the resource's current ETag.
    #[code(
        "NoEtagMatch",
        status = 412,
        retry = "never",
        ja = "リクエストで指定したETagが、リソースの現在のETagと一致しません。"
    )]
    NoEtagMatch,
    /// Too many requests were sent to the Oracle Cloud Infrastructure APIs in too short a time.
    #[code(
        "TooManyRequests",
        status = 429,
        retry = "backoff",
        ja = "短時間にOracle Cloud Infrastructure APIへ送信されたリクエストが多すぎます。"
    )]
    TooManyRequests,
    /// An internal error occurred in the service.
    #[code(
        "InternalServerError",
        status = 500,
        retry = "backoff",
        ja = "サービス内部でエラーが発生しました。"
    )]
    InternalServerError,
    /// The target of the HTTP request does not recognize the HTTP method.
    #[code(
        "MethodNotImplemented",
        status = 501,
        retry = "never",
        ja = "HTTPリクエストの対象は、このHTTPメソッドを認識しません。"
    )]
    MethodNotImplemented,
    /// The service is unavailable at the moment.
    #[code(
        "ServiceUnavailable",
        status = 503,
        retry = "backoff",
        ja = "サービスは現在利用できません。"
    )]
    ServiceUnavailable,
    /// Another operation holds a lock on the resource; the request can succeed once that operation ends.
    #[code(
        "LockConflict",
        status = 409,
        retry = "backoff",
        category = "aborted",
        ja = "別の操作がリソースをロックしています。その操作が終われば、リクエストは成功する可能性があります。"
    )]
    LockConflict,
    /// The service acting for the caller lacks a permission it needs; shortly after a policy change, the change may not have reached every part of the service yet.
    #[code(
        "InsufficientServicePermissions",
        status = 400,
        retry = "backoff",
        category = "permission_denied",
        ja = "呼び出し元に代わって動作するサービスに、必要な権限がありません。ポリシーを変更した直後は、その変更がまだサービス全体に反映されていない可能性があります。"
    )]
    InsufficientServicePermissions,
    /// The resource the request tries to create already exists, or a recent change has not reached every part of the service yet.
    #[code(
        "ResourceAlreadyExists",
        status = 409,
        retry = "backoff",
        category = "already_exists",
        ja = "作成しようとしているリソースがすでに存在するか、最近の変更がまだサービス全体に反映されていません。"
    )]
    ResourceAlreadyExists,
    /// A resource the request depends on is disabled, or its recent enabling has not reached every part of the service yet.
    #[code(
        "ResourceDisabled",
        status = 400,
        retry = "backoff",
        category = "failed_precondition",
        ja = "リクエストが依存するリソースが無効になっているか、最近の有効化がまだサービス全体に反映されていません。"
    )]
    ResourceDisabled,
}

/// Every property `ErrorCode` exposes, as plain data, so two types can be compared.
#[derive(Debug, PartialEq)]
struct Properties {
    code: String,
    debug: String,
    is_known: bool,
    statuses: Vec<u16>,
    retry: cloud_errors::Retry,
    is_retryable: bool,
    category: cloud_errors::Category,
    description_en: &'static str,
    description_ja: &'static str,
    help_en: Option<&'static str>,
    help_ja: Option<&'static str>,
    messages: Vec<&'static str>,
}

fn properties<C: ErrorCode>(code: &C) -> Properties {
    Properties {
        code: code.code().to_owned(),
        debug: format!("{code:?}"),
        is_known: code.is_known(),
        statuses: code.http_statuses().to_vec(),
        retry: code.retry(),
        is_retryable: code.is_retryable(),
        category: code.category(),
        description_en: code.description_in(Locale::En),
        description_ja: code.description_in(Locale::Ja),
        help_en: code.help_in(Locale::En),
        help_ja: code.help_in(Locale::Ja),
        messages: code.messages().collect(),
    }
}

/// Codes neither declares: unknown, dotted below a known code (inheriting from it), near misses.
const UNKNOWN_CODES: &[&str] = &[
    "",
    "SomethingNew",
    "notfound",
    "NotFound ",
    " NotFound",
    "NotFound.InBucket",
    "TooManyRequests.PerTenancy.Burst",
    "InvalidParameter.",
    ".NotFound",
    "ServiceUnavailable..Retry",
    "Not.Found",
    "未知のコード",
];

#[test]
fn every_catalog_code_agrees() {
    assert_eq!(MacroOci::KNOWN_COUNT, cloud_errors::oci::Code::KNOWN_COUNT);
    let generated: Vec<cloud_errors::oci::Code> = cloud_errors::oci::Code::known().collect();
    let declared: Vec<MacroOci> = MacroOci::known().collect();
    assert_eq!(declared.len(), generated.len());
    for (generated, declared) in generated.iter().zip(&declared) {
        let wire = generated.code();
        assert_eq!(
            declared.code(),
            wire,
            "the macro enum lists the codes in catalog order"
        );
        assert_eq!(properties(declared), properties(generated), "{wire}");
        assert_eq!(&MacroOci::from_code(wire), declared, "{wire}");
        assert_eq!(MacroOci::from_known_code(wire).as_ref(), Some(declared), "{wire}");
        assert_eq!(wire.parse::<MacroOci>().unwrap(), *declared, "{wire}");
        assert_eq!(declared.to_string(), generated.to_string(), "{wire}");
    }
}

#[test]
fn unknown_codes_agree() {
    for &wire in UNKNOWN_CODES {
        let generated = cloud_errors::oci::Code::from_code(wire);
        let declared = MacroOci::from_code(wire);
        assert_eq!(declared, MacroOci::Unknown(wire.to_owned()), "{wire:?}");
        assert_eq!(properties(&declared), properties(&generated), "{wire:?}");
        assert_eq!(MacroOci::from_known_code(wire), None, "{wire:?}");
    }
    // The dotted ones really inherit, so the comparison above is not between two defaults.
    let below = MacroOci::from_code("TooManyRequests.PerTenancy.Burst");
    assert!(below.is_retryable());
    assert_eq!(below.http_statuses(), &[429]);
    assert_eq!(below.category(), cloud_errors::Category::ResourceExhausted);
}

#[test]
fn serde_round_trips_like_the_generated_code() {
    for code in MacroOci::known().chain(UNKNOWN_CODES.iter().map(|&wire| MacroOci::from_code(wire))) {
        let json = serde_json::to_string(&code).unwrap();
        let generated = cloud_errors::oci::Code::from_code(code.code());
        assert_eq!(json, serde_json::to_string(&generated).unwrap());
        assert_eq!(serde_json::from_str::<MacroOci>(&json).unwrap(), code);
    }
}
