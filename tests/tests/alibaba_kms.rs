//! The Alibaba Cloud KMS (instance API) catalog, pinned code by code against seed 003, with its
//! status rule for the 413 row that has no code.

mod catalog_support;

use catalog_support::{check_descriptions, check_every_code_is_pinned, check_rows, is_japanese, Row};
use cloud_errors::{Category::*, Locale, Retry::*};
use cloud_errors_alibaba::kms_instance::{Code, Error};

/// Every code of the page, once: wire code, variant, statuses, retry, category.
const EXPECTED: &[Row<Code>] = &[
    (
        "InvalidApiName",
        Code::InvalidApiName,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "InvalidApiVersion",
        Code::InvalidApiVersion,
        &[400],
        Never,
        InvalidArgument,
    ),
    // Three rows on the page, one code.
    ("InvalidParam", Code::InvalidParam, &[400], Never, InvalidArgument),
    (
        "MissingParameter",
        Code::MissingParameter,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "RequestTimeTooSkewed",
        Code::RequestTimeTooSkewed,
        &[400],
        AfterFix,
        FailedPrecondition,
    ),
    (
        "InvalidParameter",
        Code::InvalidParameter,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "UnsupportedOperation",
        Code::UnsupportedOperation,
        &[400],
        Never,
        Unimplemented,
    ),
    (
        "SignatureNotMatch",
        Code::SignatureNotMatch,
        &[401],
        AfterFix,
        Unauthenticated,
    ),
    (
        "Forbidden.NoPermission",
        Code::ForbiddenNoPermission,
        &[403],
        AfterFix,
        PermissionDenied,
    ),
    // Three rows on the page, one code.
    (
        "Forbidden.KeyNotFound",
        Code::ForbiddenKeyNotFound,
        &[404],
        Never,
        NotFound,
    ),
    // The code the Japanese page translated (権限が付与されていません); see the catalog's header.
    (
        "Unauthorized",
        Code::Unauthorized,
        &[404],
        AfterFix,
        Unauthenticated,
    ),
    (
        "Rejected.PendingDeletion",
        Code::RejectedPendingDeletion,
        &[409],
        AfterFix,
        FailedPrecondition,
    ),
    (
        "Rejected.Disabled",
        Code::RejectedDisabled,
        &[409],
        AfterFix,
        FailedPrecondition,
    ),
    (
        "Rejected.PendingImport",
        Code::RejectedPendingImport,
        &[409],
        AfterFix,
        FailedPrecondition,
    ),
    (
        "InvalidContentType",
        Code::InvalidContentType,
        &[415],
        Never,
        InvalidArgument,
    ),
    (
        "InternalFailure",
        Code::InternalFailure,
        &[500],
        Backoff,
        Internal,
    ),
    (
        "ServiceUnavailableTemporary",
        Code::ServiceUnavailableTemporary,
        &[503],
        Backoff,
        Unavailable,
    ),
    // SDK-only: not on the page; openapi-util IsRetryErr names it, with no status.
    (
        "Rejected.Throttling",
        Code::RejectedThrottling,
        &[],
        Backoff,
        ResourceExhausted,
    ),
];

#[test]
fn every_code_of_the_seed_is_pinned() {
    check_every_code_is_pinned(EXPECTED);
}

#[test]
fn every_code_has_its_wire_string_statuses_retry_and_category() {
    check_rows(EXPECTED);
}

#[test]
fn every_code_has_both_descriptions() {
    check_descriptions::<Code>();
}

#[test]
fn codes_on_several_rows_keep_every_message_in_the_page_s_order() {
    assert_eq!(
        Code::InvalidParam.messages().collect::<Vec<_>>(),
        [
            "The Param Date is invalid.",
            "The Param x-kms-signaturemethod is invalid.",
            "The Param x-kms-signaturemethod is invalid. message:\"<signaturemethod value>\".",
        ]
    );
    let key_not_found: Vec<&str> = Code::ForbiddenKeyNotFound.messages().collect();
    assert_eq!(key_not_found.len(), 3);
    assert!(key_not_found[1].contains("key store \"<parameter name>\""));
    // Every row's troubleshooting text became help, not a duplicate entry.
    assert!(Code::InvalidParam.help().unwrap().contains("RFC 1123"));
}

#[test]
fn the_translated_code_is_restored_to_the_wire_code() {
    assert_eq!(Code::from_code("Unauthorized"), Code::Unauthorized);
    assert!(!Code::from_code("権限が付与されていません").is_known());
    assert_eq!(
        Code::Unauthorized.messages().collect::<Vec<_>>(),
        ["The AccessKey ID \"<accessKeyId>\" does not exist in our records."]
    );
}

#[test]
fn the_413_row_without_a_code_is_a_status_rule() {
    let rule = Code::status_rule(413).expect("the 413 row is a status rule");
    assert_eq!(rule.status, 413);
    assert_eq!((rule.retry, rule.category), (Never, InvalidArgument));
    assert!(rule.description_in(Locale::En).contains("3 MB"));
    assert!(is_japanese(rule.description_in(Locale::Ja)));
    // Only the documented status has a rule.
    for status in [400, 404, 412, 414, 500, 503] {
        assert_eq!(Code::status_rule(status), None, "{status}");
    }
}

#[test]
fn a_413_response_without_a_code_takes_the_rule_s_class() {
    let rule = Code::status_rule(413).unwrap();
    let error = Error::from_parts(413, &http::HeaderMap::new(), b"");
    assert!(!error.code().is_known());
    assert_eq!((error.retry(), error.category()), (Never, InvalidArgument));
    assert_eq!(error.status_rule(), Some(rule));
}

#[test]
fn the_sdk_s_retryable_codes_are_the_backoff_codes() {
    // The KMS instance SDK retries InternalFailure, ServiceUnavailableTemporary and
    // Rejected.Throttling (openapi-util IsRetryErr; the last is an SDK-only code): the catalog
    // agrees.
    let backoff: Vec<Code> = Code::known().filter(|code| code.retry() == Backoff).collect();
    assert_eq!(
        backoff,
        [
            Code::InternalFailure,
            Code::ServiceUnavailableTemporary,
            Code::RejectedThrottling
        ]
    );
}
