//! The IBM Cloud VPC instance metadata catalog, pinned code by code against seed 002.

mod catalog_support;

use catalog_support::{check_descriptions, check_every_code_is_pinned, check_rows, Row};
use cloud_errors::ibm_vpc_metadata::Code;
use cloud_errors::{Category::*, Retry::*};

/// Every code section of the page: wire code, variant, statuses, retry, category.
const EXPECTED: &[Row<Code>] = &[
    (
        "invalid_request",
        Code::InvalidRequest,
        &[400],
        Never,
        InvalidArgument,
    ),
    // 404 for a path parameter, 400 in all other cases: both kept, the common one first.
    (
        "invalid_value",
        Code::InvalidValue,
        &[400, 404],
        Never,
        InvalidArgument,
    ),
    (
        "missing_field",
        Code::MissingField,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "missing_value",
        Code::MissingValue,
        &[400],
        Never,
        InvalidArgument,
    ),
    ("not_found", Code::NotFound, &[400, 404], Never, NotFound),
    (
        "profile_not_linked",
        Code::ProfileNotLinked,
        &[400],
        AfterFix,
        FailedPrecondition,
    ),
    ("service_error", Code::ServiceError, &[500], Backoff, Internal),
    (
        "unauthenticated",
        Code::Unauthenticated,
        &[401],
        AfterFix,
        Unauthenticated,
    ),
    (
        "unauthorized",
        Code::Unauthorized,
        &[403],
        AfterFix,
        PermissionDenied,
    ),
    (
        "unknown_field",
        Code::UnknownField,
        &[400],
        Never,
        InvalidArgument,
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
fn codes_with_two_statuses_keep_both_and_say_which_is_which() {
    for code in [Code::InvalidValue, Code::NotFound] {
        assert_eq!(code.http_statuses(), &[400, 404]);
        // The category is the code's own, not the first status's default.
        assert!(code.description().contains("404 for a path parameter"), "{code}");
    }
    assert_eq!(Code::NotFound.category(), NotFound);
    assert_eq!(Code::InvalidValue.category(), InvalidArgument);
}

#[test]
fn every_code_keeps_the_page_s_example_message() {
    for code in Code::known() {
        assert_eq!(code.messages().count(), 1, "{code}");
    }
    assert_eq!(
        Code::InvalidValue.messages().collect::<Vec<_>>(),
        ["The `expires_in` field must not exceed `3600`."]
    );
}

#[test]
fn codes_the_caller_must_fix_first_say_how() {
    for code in [Code::ProfileNotLinked, Code::Unauthenticated] {
        assert_eq!(code.retry(), AfterFix);
        assert!(code.help().is_some(), "{code}");
    }
}

#[test]
fn the_ibm_style_is_case_sensitive_snake_case() {
    assert!(!Code::from_code("Invalid_Value").is_known());
    assert!(!Code::from_code("invalid_value ").is_known());
    assert!(!Code::from_code("invalidValue").is_known());
    // No status rules: every documented IBM error has a code.
    assert_eq!(Code::status_rule(400), None);
    assert_eq!(Code::status_rule(500), None);
}
