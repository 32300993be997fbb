//! The Tencent Cloud API 3.0 common codes, pinned code by code against seed 004's first table.

mod catalog_support;

use catalog_support::{check_descriptions, check_every_code_is_pinned, check_rows, Row};
use cloud_errors::tencent::Code;
use cloud_errors::{Category, Category::*, Locale, Retry, Retry::*};

/// API 3.0 documents no HTTP status (errors come under HTTP 200), so every row has none.
const fn row(wire: &'static str, variant: Code, retry: Retry, category: Category) -> Row<Code> {
    (wire, variant, &[], retry, category)
}

/// Every row of the common-codes table: wire code, variant, retry, category.
const EXPECTED: &[Row<Code>] = &[
    row(
        "AuthFailure.InvalidSecretId",
        Code::AuthFailureInvalidSecretId,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.MFAFailure",
        Code::AuthFailureMfaFailure,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.SecretIdNotFound",
        Code::AuthFailureSecretIdNotFound,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.SignatureExpire",
        Code::AuthFailureSignatureExpire,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.SignatureFailure",
        Code::AuthFailureSignatureFailure,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.TokenFailure",
        Code::AuthFailureTokenFailure,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "AuthFailure.UnauthorizedOperation",
        Code::AuthFailureUnauthorizedOperation,
        AfterFix,
        Unauthenticated,
    ),
    row(
        "DryRunOperation",
        Code::DryRunOperation,
        Never,
        FailedPrecondition,
    ),
    row(
        "FailedOperation",
        Code::FailedOperation,
        Never,
        FailedPrecondition,
    ),
    row("InternalError", Code::InternalError, Backoff, Internal),
    row("InvalidAction", Code::InvalidAction, Never, Unimplemented),
    row("InvalidParameter", Code::InvalidParameter, Never, InvalidArgument),
    row(
        "InvalidParameterValue",
        Code::InvalidParameterValue,
        Never,
        InvalidArgument,
    ),
    row("LimitExceeded", Code::LimitExceeded, Never, ResourceExhausted),
    row("MissingParameter", Code::MissingParameter, Never, InvalidArgument),
    row("NoSuchVersion", Code::NoSuchVersion, Never, InvalidArgument),
    row(
        "RequestLimitExceeded",
        Code::RequestLimitExceeded,
        Backoff,
        ResourceExhausted,
    ),
    row("ResourceInUse", Code::ResourceInUse, Backoff, Aborted),
    row(
        "ResourceInsufficient",
        Code::ResourceInsufficient,
        AfterFix,
        ResourceExhausted,
    ),
    row("ResourceNotFound", Code::ResourceNotFound, Never, NotFound),
    row(
        "ResourceUnavailable",
        Code::ResourceUnavailable,
        AfterFix,
        FailedPrecondition,
    ),
    row(
        "UnauthorizedOperation",
        Code::UnauthorizedOperation,
        AfterFix,
        PermissionDenied,
    ),
    row("UnknownParameter", Code::UnknownParameter, Never, InvalidArgument),
    row(
        "UnsupportedOperation",
        Code::UnsupportedOperation,
        Never,
        Unimplemented,
    ),
    row(
        "UnsupportedProtocol",
        Code::UnsupportedProtocol,
        Never,
        InvalidArgument,
    ),
    row("UnsupportedRegion", Code::UnsupportedRegion, Never, Unimplemented),
];

#[test]
fn every_code_of_the_seed_is_pinned() {
    check_every_code_is_pinned(EXPECTED);
}

#[test]
fn every_code_has_its_wire_string_retry_and_an_explicit_category() {
    check_rows(EXPECTED);
    // Without statuses the default category would be `unknown`: every code names its own.
    for code in Code::known() {
        assert!(code.http_statuses().is_empty(), "{code}");
        assert_ne!(code.category(), Category::Unknown, "{code}");
    }
}

#[test]
fn every_code_has_both_descriptions() {
    check_descriptions::<Code>();
}

#[test]
fn the_issue_s_examples_are_classified_as_agreed() {
    assert_eq!(
        (
            Code::RequestLimitExceeded.retry(),
            Code::RequestLimitExceeded.category()
        ),
        (Backoff, ResourceExhausted)
    );
    assert_eq!(Code::AuthFailureSignatureExpire.retry(), AfterFix);
    for code in Code::known().filter(|code| code.code().starts_with("AuthFailure.")) {
        assert_eq!(code.category(), Unauthenticated, "{code}");
        assert_eq!(code.retry(), AfterFix, "{code}");
    }
    assert_eq!(Code::ResourceNotFound.category(), NotFound);
}

#[test]
fn troubleshooting_text_is_help_in_both_languages() {
    let expire = Code::AuthFailureSignatureExpire;
    assert!(expire.help().unwrap().contains("five minutes"));
    assert!(expire.help_in(Locale::Ja).unwrap().contains("5分"));
    // The description says what happened; how to fix it is help only.
    assert!(!expire.description().contains("clock"));
    assert!(Code::AuthFailureSecretIdNotFound.help().is_some());
    assert!(Code::AuthFailureSignatureFailure.help().is_some());
    assert_eq!(Code::InternalError.help(), None);
}

#[test]
fn unknown_dotted_codes_inherit_from_the_common_family() {
    let code = Code::from_code("AuthFailure.SignatureExpire.Skewed");
    assert!(!code.is_known());
    assert_eq!((code.retry(), code.category()), (AfterFix, Unauthenticated));
    let code = Code::from_code("RequestLimitExceeded.UinLimitExceeded");
    assert_eq!((code.retry(), code.category()), (Backoff, ResourceExhausted));
    // `AuthFailure` itself is not a code, so an unlisted AuthFailure.* has no ancestor.
    let code = Code::from_code("AuthFailure.Brand.New");
    assert_eq!((code.retry(), code.category()), (Never, Category::Unknown));
}
