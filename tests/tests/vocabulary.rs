//! The shared vocabulary: `Retry`, `Category`, `Locale`, and codegen's copy of it.

use cloud_errors::{Category, Retry};
use cloud_errors_codegen::model;

#[test]
fn codegen_and_runtime_name_the_same_retry_classes() {
    assert_eq!(model::Retry::ALL.len(), Retry::ALL.len());
    for (generator, runtime) in model::Retry::ALL.iter().zip(Retry::ALL) {
        assert_eq!(generator.as_str(), runtime.as_str());
        assert_eq!(generator.variant(), format!("{runtime:?}"));
        assert_eq!(generator.as_str().parse::<Retry>(), Ok(runtime));
    }
}

#[test]
fn codegen_and_runtime_name_the_same_categories() {
    assert_eq!(model::Category::ALL.len(), Category::ALL.len());
    for (generator, runtime) in model::Category::ALL.iter().zip(Category::ALL) {
        assert_eq!(generator.as_str(), runtime.as_str());
        assert_eq!(generator.variant(), format!("{runtime:?}"));
        assert_eq!(generator.as_str().parse::<Category>(), Ok(runtime));
    }
}

#[test]
fn codegen_and_runtime_map_every_status_alike() {
    for status in 0..=1000u16 {
        assert_eq!(
            model::Category::from_http_status(status).as_str(),
            Category::from_http_status(status).as_str(),
            "status {status}"
        );
    }
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
