//! `#[cloud_error(extends = …)]`: codes the enum does not declare fall back to the base catalog,
//! unknown dotted codes inherit from their nearest known ancestor in either, and the enum's own
//! codes win over the base's.

use cloud_errors::oci::Code as Oci;
use cloud_errors::{cloud_error, Category, Locale, Retry};

/// A made-up OCI service with codes of its own.
#[cloud_error(extends = ::cloud_errors::oci::Code)]
pub enum BucketCode {
    /// The bucket is locked by a retention rule.
    #[code(
        "Bucket.Locked",
        status = 409,
        retry = "after_fix",
        category = "failed_precondition",
        ja = "保持ルールによってバケットがロックされています。"
    )]
    BucketLocked,
    /// The bucket is being replicated; try again shortly.
    #[code(
        "Bucket.Locked.Replicating",
        status = 409,
        retry = "backoff",
        category = "aborted"
    )]
    BucketLockedReplicating,
    /// The bucket does not exist in this region.
    #[code("NotFound", status = 404, retry = "never", help = "Check the region.")]
    NotFound,
}

#[test]
fn own_codes_come_first() {
    let code = BucketCode::from_code("Bucket.Locked");
    assert_eq!(code, BucketCode::BucketLocked);
    assert_eq!(code.retry(), Retry::AfterFix);
    assert_eq!(
        code.description_in(Locale::Ja),
        "保持ルールによってバケットがロックされています。"
    );
    // A code the base also knows is the enum's own definition.
    let code = BucketCode::from_code("NotFound");
    assert_eq!(code, BucketCode::NotFound);
    assert_eq!(code.description(), "The bucket does not exist in this region.");
    assert_eq!(code.help(), Some("Check the region."));
    assert_ne!(code.description(), Oci::NotFound.description());
    assert_eq!(BucketCode::KNOWN_COUNT, 3);
    assert_eq!(
        BucketCode::known().count(),
        3,
        "known() lists the enum's own codes only"
    );
}

#[test]
fn other_codes_fall_back_to_the_base() {
    for base in Oci::known().filter(|code| code.code() != "NotFound") {
        let wire = base.code();
        let code = BucketCode::from_code(wire);
        assert_eq!(code, BucketCode::Base(base.clone()), "{wire}");
        assert!(code.is_known(), "{wire}");
        assert_eq!(code.code(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(code.http_statuses(), base.http_statuses(), "{wire}");
        assert_eq!(code.retry(), base.retry(), "{wire}");
        assert_eq!(code.category(), base.category(), "{wire}");
        assert_eq!(
            code.description_in(Locale::Ja),
            base.description_in(Locale::Ja),
            "{wire}"
        );
        assert_eq!(code.help_in(Locale::En), base.help_in(Locale::En), "{wire}");
        assert_eq!(BucketCode::from_known_code(wire), Some(code), "{wire}");
    }
}

#[test]
fn unknown_dotted_codes_inherit_from_the_nearest_known_ancestor() {
    // From the enum's own codes: the nearest ancestor wins over a farther one.
    let code = BucketCode::from_code("Bucket.Locked.Replicating.Cross.Region");
    assert_eq!(
        code,
        BucketCode::Unknown("Bucket.Locked.Replicating.Cross.Region".to_owned())
    );
    assert_eq!(code.retry(), Retry::Backoff);
    assert_eq!(code.category(), Category::Aborted);
    let code = BucketCode::from_code("Bucket.Locked.Legal");
    assert_eq!(code.retry(), Retry::AfterFix);
    assert_eq!(code.http_statuses(), &[409]);
    // From the base's codes.
    let code = BucketCode::from_code("TooManyRequests.PerBucket");
    assert!(!code.is_known());
    assert!(code.is_retryable());
    assert_eq!(code.http_statuses(), &[429]);
    assert_eq!(code.category(), Category::ResourceExhausted);
    // An overridden code is inherited in the enum's version.
    assert_eq!(BucketCode::from_code("NotFound.Region").retry(), Retry::Never);
    assert_eq!(Oci::from_code("NotFound.Region").retry(), Oci::NotFound.retry());
    // Unknown descriptions stay the generic text, like the generated enums'.
    assert_eq!(
        BucketCode::from_code("TooManyRequests.PerBucket").description(),
        Oci::from_code("TooManyRequests.PerBucket").description()
    );
}

#[test]
fn codes_nobody_knows_are_kept_verbatim() {
    for wire in ["", "Bucket", "bucket.locked", "Brand.New"] {
        let code = BucketCode::from_code(wire);
        assert_eq!(code, BucketCode::Unknown(wire.to_owned()));
        assert_eq!(code.code(), wire);
        assert_eq!(BucketCode::from_known_code(wire), None);
        assert_eq!(code.retry(), Retry::Never);
        assert_eq!(code.category(), Category::Unknown);
    }
}

/// The defaults of left-out options, and the codegen rule behind `retry`'s default, which must
/// agree with the runtime's reading of a status without a known code.
#[cloud_error]
enum Defaults {
    /// No status.
    #[code("None")]
    NoStatus,
    /// Throttled.
    #[code("Throttled", status = 429)]
    Throttled,
    /// Gateway.
    #[code("Gateway", statuses = [502, 400])]
    Gateway,
    /// Conflict.
    #[code("Conflict", status = 409)]
    Conflict,
}

#[test]
fn left_out_options_default_from_the_first_status() {
    for code in Defaults::known() {
        let first = code.http_statuses().first().copied();
        let retry = first.map_or(Retry::Never, Retry::from_http_status);
        let category = first.map_or(Category::Unknown, Category::from_http_status);
        assert_eq!(code.retry(), retry, "{code}");
        assert_eq!(code.category(), category, "{code}");
        assert_eq!(code.description_in(Locale::Ja), code.description(), "{code}");
        assert_eq!(code.help(), None);
    }
    assert!(Defaults::Throttled.is_retryable());
    assert!(Defaults::Gateway.is_retryable());
    assert!(!Defaults::Conflict.is_retryable());
    assert!(!Defaults::NoStatus.is_retryable());
}

#[test]
fn codegen_and_runtime_default_retry_alike() {
    use cloud_errors_codegen::model;
    for status in 0..=1000u16 {
        assert_eq!(
            model::Retry::from_http_status(status).as_str(),
            Retry::from_http_status(status).as_str(),
            "status {status}"
        );
    }
}
