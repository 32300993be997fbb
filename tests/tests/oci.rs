//! The OCI catalog, pinned code by code against seeds 000/001.

use cloud_errors::oci::Code;
use cloud_errors::{Category, ErrorCode, Locale, Retry};

use Category::*;
use Retry::{AfterFix, Backoff, Never};

/// Every row of the seed pages: wire code, variant, statuses, retry, category.
const EXPECTED: &[(&str, Code, &[u16], Retry, Category)] = &[
    (
        "CannotParseRequest",
        Code::CannotParseRequest,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "InvalidParameter",
        Code::InvalidParameter,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "LimitExceeded",
        Code::LimitExceeded,
        &[400],
        Never,
        ResourceExhausted,
    ),
    (
        "MissingParameter",
        Code::MissingParameter,
        &[400],
        Never,
        InvalidArgument,
    ),
    (
        "QuotaExceeded",
        Code::QuotaExceeded,
        &[400],
        Never,
        ResourceExhausted,
    ),
    (
        "RelatedResourceNotAuthorizedOrNotFound",
        Code::RelatedResourceNotAuthorizedOrNotFound,
        &[400],
        Backoff,
        NotFound,
    ),
    (
        "NotAuthenticated",
        Code::NotAuthenticated,
        &[401],
        Backoff,
        Unauthenticated,
    ),
    (
        "SignUpRequired",
        Code::SignUpRequired,
        &[402],
        Never,
        FailedPrecondition,
    ),
    (
        "NotAuthorized",
        Code::NotAuthorized,
        &[403],
        Never,
        PermissionDenied,
    ),
    (
        "NotAuthorizedOrNotFound",
        Code::NotAuthorizedOrNotFound,
        &[404],
        Backoff,
        NotFound,
    ),
    ("NotFound", Code::NotFound, &[404], Never, NotFound),
    (
        "MethodNotAllowed",
        Code::MethodNotAllowed,
        &[405],
        Never,
        Unimplemented,
    ),
    (
        "IncorrectState",
        Code::IncorrectState,
        &[409],
        Backoff,
        FailedPrecondition,
    ),
    (
        "InvalidatedRetryToken",
        Code::InvalidatedRetryToken,
        &[409],
        AfterFix,
        FailedPrecondition,
    ),
    (
        "NotAuthorizedOrResourceAlreadyExists",
        Code::NotAuthorizedOrResourceAlreadyExists,
        &[409],
        Backoff,
        AlreadyExists,
    ),
    (
        "NoEtagMatch",
        Code::NoEtagMatch,
        &[412],
        Never,
        FailedPrecondition,
    ),
    (
        "TooManyRequests",
        Code::TooManyRequests,
        &[429],
        Backoff,
        ResourceExhausted,
    ),
    (
        "InternalServerError",
        Code::InternalServerError,
        &[500],
        Backoff,
        Internal,
    ),
    (
        "MethodNotImplemented",
        Code::MethodNotImplemented,
        &[501],
        Never,
        Unimplemented,
    ),
    (
        "ServiceUnavailable",
        Code::ServiceUnavailable,
        &[503],
        Backoff,
        Unavailable,
    ),
    // SDK-only codes: not on the page; oci-go-sdk's retry tables name them (common/retry.go
    // defaultRetryStatusCodeMap, common/eventual_consistency.go
    // affectedByEventualConsistencyRetryStatusCodeMap).
    ("LockConflict", Code::LockConflict, &[409], Backoff, Aborted),
    (
        "InsufficientServicePermissions",
        Code::InsufficientServicePermissions,
        &[400],
        Backoff,
        PermissionDenied,
    ),
    (
        "ResourceAlreadyExists",
        Code::ResourceAlreadyExists,
        &[409],
        Backoff,
        AlreadyExists,
    ),
    (
        "ResourceDisabled",
        Code::ResourceDisabled,
        &[400],
        Backoff,
        FailedPrecondition,
    ),
];

fn is_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

#[test]
fn every_code_of_the_seed_is_pinned() {
    // 19 rows on the Japanese page (000) plus 503 ServiceUnavailable, which only the English page
    // (001) lists, plus the 4 SDK-only codes of oci-go-sdk's retry tables.
    assert_eq!(Code::KNOWN_COUNT, 20 + 4);
    assert_eq!(EXPECTED.len(), Code::KNOWN_COUNT);
    let known: Vec<Code> = Code::known().collect();
    let pinned: Vec<Code> = EXPECTED.iter().map(|row| row.1.clone()).collect();
    assert_eq!(known, pinned);
}

#[test]
fn every_code_has_its_wire_string_statuses_retry_and_category() {
    for (wire, variant, statuses, retry, category) in EXPECTED {
        let code = Code::from_code(wire);
        assert_eq!(&code, variant, "{wire}");
        assert_eq!(code.code(), *wire);
        assert_eq!(code.to_string(), *wire);
        assert_eq!(wire.parse::<Code>().unwrap(), code);
        assert_eq!(code.http_statuses(), *statuses, "{wire}");
        assert_eq!(code.retry(), *retry, "{wire}");
        assert_eq!(code.is_retryable(), *retry == Backoff, "{wire}");
        assert_eq!(code.category(), *category, "{wire}");
        assert!(code.is_known());
        assert_eq!(Code::from_known_code(wire).as_ref(), Some(variant));
    }
}

#[test]
fn every_code_has_both_descriptions() {
    for code in Code::known() {
        let en = code.description_in(Locale::En);
        let ja = code.description_in(Locale::Ja);
        assert_eq!(code.description(), en);
        assert!(!en.trim().is_empty() && en.is_ascii(), "{code}: {en}");
        assert!(is_japanese(ja), "{code}: {ja}");
    }
}

#[test]
fn troubleshooting_notes_are_help() {
    for code in [
        Code::NotAuthenticated,
        Code::NotAuthorizedOrNotFound,
        Code::RelatedResourceNotAuthorizedOrNotFound,
        Code::NotAuthorizedOrResourceAlreadyExists,
    ] {
        assert!(code.help().is_some_and(|help| help.is_ascii()), "{code}");
        assert!(code.help_in(Locale::Ja).is_some_and(is_japanese), "{code}");
    }
    assert!(Code::NotAuthenticated.help().unwrap().contains("five minutes"));
    assert_eq!(Code::TooManyRequests.help(), None);
}

#[test]
fn unknown_codes_round_trip_verbatim() {
    for wire in [
        "BrandNewCode",
        "toomanyrequests",
        "TooManyRequests ",
        "Dotted.Unknown",
    ] {
        let code = Code::from_code(wire);
        assert_eq!(code, Code::Unknown(wire.to_owned()));
        assert!(!code.is_known());
        assert_eq!(code.code(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(code.retry(), Never);
        assert_eq!(code.category(), Category::Unknown);
        assert!(code.http_statuses().is_empty());
        assert_eq!(code.help(), None);
        assert_eq!(code.messages().count(), 0);
        assert!(!code.description().is_empty());
        assert_eq!(Code::from_known_code(wire), None);
    }
}

#[test]
fn debug_prints_variant_names() {
    assert_eq!(format!("{:?}", Code::TooManyRequests), "TooManyRequests");
    assert_eq!(format!("{:?}", Code::from_code("X")), "Unknown(\"X\")");
}

#[test]
fn clone_eq_and_hash_agree_for_every_variant() {
    use std::collections::HashSet;
    let all: Vec<Code> = Code::known()
        .chain([Code::from_code("A"), Code::from_code("B")])
        .collect();
    let set: HashSet<Code> = all.iter().cloned().collect();
    assert_eq!(set.len(), all.len());
    for (i, code) in all.iter().enumerate() {
        assert_eq!(&code.clone(), code);
        assert!(set.contains(code));
        for (j, other) in all.iter().enumerate() {
            assert_eq!(code == other, i == j, "{code:?} vs {other:?}");
        }
    }
}

#[test]
fn generic_code_sees_the_same_answers() {
    fn via_trait<C: ErrorCode>(wire: &str) -> (String, Retry, Category, &'static [u16]) {
        let code = C::from_code(wire);
        (
            code.code().to_owned(),
            code.retry(),
            code.category(),
            code.http_statuses(),
        )
    }
    for (wire, _, statuses, retry, category) in EXPECTED {
        assert_eq!(
            via_trait::<Code>(wire),
            (wire.to_string(), *retry, *category, *statuses)
        );
    }
}

#[test]
fn serde_uses_the_wire_string() {
    assert_eq!(
        serde_json::to_string(&Code::TooManyRequests).unwrap(),
        "\"TooManyRequests\""
    );
    assert_eq!(serde_json::to_string(&Code::from_code("New")).unwrap(), "\"New\"");
    let back: Code = serde_json::from_str("\"NotAuthorizedOrNotFound\"").unwrap();
    assert_eq!(back, Code::NotAuthorizedOrNotFound);
    let unknown: Code = serde_json::from_str("\"Whatever\"").unwrap();
    assert_eq!(unknown, Code::Unknown("Whatever".to_owned()));
}

#[test]
fn unknown_dotted_codes_inherit_from_their_nearest_known_ancestor() {
    let code = Code::from_code("TooManyRequests.PerTenancy.Burst");
    assert_eq!(code, Code::Unknown("TooManyRequests.PerTenancy.Burst".to_owned()));
    assert_eq!(code.retry(), Backoff);
    assert_eq!(code.category(), ResourceExhausted);
    assert_eq!(code.http_statuses(), &[429]);
    // Only whole dot-separated prefixes count as ancestors.
    assert_eq!(Code::from_code("TooManyRequestsX.Y").retry(), Never);
    assert_eq!(Code::from_code(".TooManyRequests").category(), Category::Unknown);
}
