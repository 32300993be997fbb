//! The shared vocabulary: `Retry`, `Category`, `EnvelopeName`, `Locale` (one definition, in
//! cloud-errors-runtime, which the generator uses too).

use cloud_errors::{Category, EnvelopeName, Locale, Retry};

/// Catalogs are read with serde, `Display`/`FromStr` use `as_str`: both must spell every name
/// alike (catalogs/README.md documents one spelling).
#[test]
fn serde_and_display_spell_the_vocabulary_alike() {
    fn check<T>(all: &[T])
    where
        T: serde::Serialize + serde::de::DeserializeOwned + std::fmt::Display + PartialEq + std::fmt::Debug,
    {
        for value in all {
            let json = serde_json::to_string(value).unwrap();
            assert_eq!(json, format!("\"{value}\""));
            assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value);
        }
    }
    check(&Retry::ALL);
    check(&Category::ALL);
    check(&EnvelopeName::ALL);
    check(&Locale::ALL);
}

#[test]
fn http_statuses_follow_googles_mapping() {
    let expected = [
        (400, Category::InvalidArgument),
        (401, Category::Unauthenticated),
        (403, Category::PermissionDenied),
        (404, Category::NotFound),
        (409, Category::Aborted),
        (429, Category::ResourceExhausted),
        (499, Category::Cancelled),
        (500, Category::Internal),
        (501, Category::Unimplemented),
        (503, Category::Unavailable),
        (504, Category::DeadlineExceeded),
    ];
    for (status, category) in expected {
        assert_eq!(Category::from_http_status(status), category, "{status}");
    }
    assert_eq!(Category::from_http_status(418), Category::FailedPrecondition);
    assert_eq!(Category::from_http_status(502), Category::Internal);
    assert_eq!(Category::from_http_status(200), Category::Unknown);
}

#[test]
fn rpc_codes_are_googles_numbers() {
    assert_eq!(Category::Cancelled.rpc_code(), 1);
    assert_eq!(Category::NotFound.rpc_code(), 5);
    assert_eq!(Category::Unauthenticated.rpc_code(), 16);
}

#[test]
fn only_backoff_is_retryable() {
    assert!(Retry::Backoff.is_retryable());
    assert!(!Retry::Never.is_retryable());
    assert!(!Retry::AfterFix.is_retryable());
    assert!("sometimes".parse::<Retry>().is_err());
}

#[test]
fn locales_parse_from_bcp47_tags() {
    assert_eq!("zh-CN".parse::<Locale>(), Ok(Locale::Zh));
    assert_eq!("ja-JP".parse::<Locale>(), Ok(Locale::Ja));
    assert_eq!("en-US".parse::<Locale>(), Ok(Locale::En));
    assert!("fr-FR".parse::<Locale>().is_err());
}
