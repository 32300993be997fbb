//! Every `#[code]` option, read back through the inherent methods and the `ErrorCode` trait.

use cloud_errors::{cloud_error, Category, ErrorCode, Locale, Retry};

/// Codes of a made-up storage service.
#[cloud_error]
#[derive(PartialOrd)]
pub enum StorageCode {
    /// The bucket does not exist.
    ///
    /// Check its name.
    #[code("Bucket.NotFound", status = 404, ja = "バケットが存在しません。", empty_body = true)]
    BucketNotFound,
    /// Too many requests
    /// for this bucket.
    #[code(
        "Bucket.Throttled",
        statuses = [429, 503],
        retry = "backoff",
        category = "resource_exhausted",
        ja = "このバケットへのリクエストが多すぎます。",
        help = "Slow down.",
        help_ja = "リクエストの頻度を下げてください。",
        zh = "对该存储桶的请求过多。",
        help_zh = "请降低请求频率。",
        messages = ["Slow down", "Rate exceeded for {bucket}"],
    )]
    BucketThrottled,
    /// The clock of the client is off.
    #[code("RequestTimeTooSkewed", retry = "after_fix", help = "Sync the clock.")]
    RequestTimeTooSkewed,
}

fn retry_of<C: ErrorCode>(wire: &str) -> Retry {
    C::from_code(wire).retry()
}

fn main() {
    let code = StorageCode::from_code("Bucket.NotFound");
    assert_eq!(code, StorageCode::BucketNotFound);
    assert_eq!(code.code(), "Bucket.NotFound");
    assert_eq!(code.http_statuses(), &[404]);
    assert_eq!(code.retry(), Retry::Never);
    assert_eq!(code.category(), Category::NotFound);
    assert_eq!(code.description(), "The bucket does not exist.\n\nCheck its name.");
    assert_eq!(code.description_in(Locale::Ja), "バケットが存在しません。");
    // No `zh`: English, the next step of the chain.
    assert_eq!(code.description_in(Locale::Zh), "The bucket does not exist.\n\nCheck its name.");
    let throttled = StorageCode::BucketThrottled;
    assert_eq!(throttled.description_in(Locale::Zh), "对该存储桶的请求过多。");
    assert_eq!(throttled.help_in(Locale::Zh), Some("请降低请求频率。"));
    assert_eq!(StorageCode::RequestTimeTooSkewed.help_in(Locale::Zh), Some("Sync the clock."));
    assert_eq!(code.help(), None);
    assert_eq!(code.messages().count(), 0);
    // A `HEAD` answered 404 with no body is this code.
    assert_eq!(StorageCode::from_empty_body(404), Some(StorageCode::BucketNotFound));
    assert_eq!(<StorageCode as ErrorCode>::from_empty_body(429), None);

    let code: StorageCode = "Bucket.Throttled".parse().unwrap();
    assert_eq!(code.http_statuses(), &[429, 503]);
    assert!(code.is_retryable());
    assert_eq!(code.category(), Category::ResourceExhausted);
    assert_eq!(code.description(), "Too many requests for this bucket.");
    assert_eq!(code.help(), Some("Slow down."));
    assert_eq!(code.help_in(Locale::Ja), Some("リクエストの頻度を下げてください。"));
    assert_eq!(
        code.messages().collect::<Vec<_>>(),
        ["Slow down", "Rate exceeded for {bucket}"]
    );

    let code = StorageCode::RequestTimeTooSkewed;
    assert_eq!(code.retry(), Retry::AfterFix);
    assert_eq!(code.category(), Category::Unknown);
    assert!(code.http_statuses().is_empty());
    // Without `ja`, Japanese falls back to English, and so does the help.
    assert_eq!(code.description_in(Locale::Ja), "The clock of the client is off.");
    assert_eq!(code.help_in(Locale::Ja), Some("Sync the clock."));

    let unknown = StorageCode::from_code("Bucket.Gone");
    assert_eq!(unknown, StorageCode::Unknown("Bucket.Gone".to_owned()));
    assert_eq!(unknown.to_string(), "Bucket.Gone");
    assert!(!unknown.is_known());
    assert_eq!(format!("{unknown:?}"), "Unknown(\"Bucket.Gone\")");
    assert_eq!(format!("{:?}", StorageCode::BucketThrottled), "BucketThrottled");

    assert_eq!(retry_of::<StorageCode>("Bucket.Throttled"), Retry::Backoff);
    assert_eq!(StorageCode::KNOWN_COUNT, 3);
    assert_eq!(
        StorageCode::known().map(|code| code.to_string()).collect::<Vec<_>>(),
        ["Bucket.NotFound", "Bucket.Throttled", "RequestTimeTooSkewed"]
    );
    // The user's own derives of other traits still apply.
    assert!(StorageCode::BucketNotFound < StorageCode::BucketThrottled);
}
