//! Each catalog's number of codes against its seed page: every row is in, and rows of the same
//! code are merged, never dropped or duplicated.

use cloud_errors::{alibaba_kms, ibm_vpc_metadata, oci, tencent, tencent_redis};

/// Seed rows, and how they became codes (the seeds are in ../shared/seeds):
/// - OCI (seeds 000 and 001): 19 rows on the Japanese page, plus 503 ServiceUnavailable, which
///   only the English page lists: 20 codes.
/// - IBM VPC instance metadata (seed 002): 10 code sections, one code each: 10 codes. The two
///   statuses of invalid_value and not_found are one code each.
/// - Alibaba KMS (seed 003): 22 rows. InvalidParam has 3 rows and Forbidden.KeyNotFound 3 (one
///   code each, every message kept: 4 rows merged away), and the 413 row has no code (a status
///   rule, not a code): 22 - 4 - 1 = 17 codes, plus 1 status rule.
/// - Tencent common codes (seed 004, first table): 26 rows, 26 distinct codes.
/// - TencentDB for Redis (seed 004, second table): 34 rows, 34 distinct codes. Two of them
///   (InvalidParameter, UnauthorizedOperation) repeat common codes; they stay in the service's
///   catalog as `overrides: true` entries, so the count is still the table's.
#[test]
fn catalog_sizes_match_the_seed_pages() {
    assert_eq!(oci::Code::KNOWN_COUNT, 19 + 1);
    assert_eq!(ibm_vpc_metadata::Code::KNOWN_COUNT, 10);
    assert_eq!(alibaba_kms::Code::KNOWN_COUNT, 22 - 4 - 1);
    assert_eq!(tencent::Code::KNOWN_COUNT, 26);
    assert_eq!(tencent_redis::Code::KNOWN_COUNT, 34);
}

/// `KNOWN_COUNT` is what `known()` yields: the constant cannot drift from the enum.
#[test]
fn known_count_is_the_number_of_known_codes() {
    assert_eq!(oci::Code::known().count(), oci::Code::KNOWN_COUNT);
    assert_eq!(
        ibm_vpc_metadata::Code::known().count(),
        ibm_vpc_metadata::Code::KNOWN_COUNT
    );
    assert_eq!(alibaba_kms::Code::known().count(), alibaba_kms::Code::KNOWN_COUNT);
    assert_eq!(tencent::Code::known().count(), tencent::Code::KNOWN_COUNT);
    assert_eq!(
        tencent_redis::Code::known().count(),
        tencent_redis::Code::KNOWN_COUNT
    );
}

/// No catalog lists a wire code twice (validation forbids it; this checks what was emitted), so
/// the counts above are counts of distinct codes.
#[test]
fn no_catalog_repeats_a_code() {
    fn distinct<C: cloud_errors::ErrorCode>() -> usize {
        let mut codes: Vec<String> = C::known().map(|code| code.code().to_owned()).collect();
        codes.sort();
        codes.dedup();
        codes.len()
    }
    assert_eq!(distinct::<oci::Code>(), oci::Code::KNOWN_COUNT);
    assert_eq!(
        distinct::<ibm_vpc_metadata::Code>(),
        ibm_vpc_metadata::Code::KNOWN_COUNT
    );
    assert_eq!(distinct::<alibaba_kms::Code>(), alibaba_kms::Code::KNOWN_COUNT);
    assert_eq!(distinct::<tencent::Code>(), tencent::Code::KNOWN_COUNT);
    assert_eq!(
        distinct::<tencent_redis::Code>(),
        tencent_redis::Code::KNOWN_COUNT
    );
}

/// Documented errors without a code: only Alibaba's 413 row.
#[test]
fn status_rules_match_the_rows_without_a_code() {
    let statuses = 100..=599;
    let rules = |rule: fn(u16) -> Option<&'static cloud_errors::StatusRule>| {
        statuses
            .clone()
            .filter(|&status| rule(status).is_some())
            .collect::<Vec<u16>>()
    };
    assert_eq!(rules(alibaba_kms::Code::status_rule), [413]);
    assert!(rules(oci::Code::status_rule).is_empty());
    assert!(rules(ibm_vpc_metadata::Code::status_rule).is_empty());
    assert!(rules(tencent::Code::status_rule).is_empty());
    assert!(rules(tencent_redis::Code::status_rule).is_empty());
}
