// @generated from catalogs/aws/s3.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS S3: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS S3: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BucketAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Bucket already exists.
    BucketAlreadyExists,
    /// `BucketAlreadyOwnedByYou`: HTTP 409; retry: never; category: aborted.
    /// Bucket already owned by you.
    BucketAlreadyOwnedByYou,
    /// `EncryptionTypeMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption type mismatch.
    EncryptionTypeMismatch,
    /// `InvalidObjectState`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid object state.
    InvalidObjectState,
    /// `InvalidRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequest,
    /// `InvalidWriteOffset`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid write offset.
    InvalidWriteOffset,
    /// `NoSuchBucket`: HTTP 404; retry: never; category: not_found.
    /// No such bucket.
    NoSuchBucket,
    /// `NoSuchKey`: HTTP 404; retry: never; category: not_found.
    /// No such key.
    NoSuchKey,
    /// `NoSuchUpload`: HTTP 404; retry: never; category: not_found.
    /// No such upload.
    NoSuchUpload,
    /// `NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found.
    NotFound,
    /// `ObjectAlreadyInActiveTierError`: HTTP 403; retry: never; category: permission_denied.
    /// Object already in active tier error.
    ObjectAlreadyInActiveTierError,
    /// `ObjectNotInActiveTierError`: HTTP 403; retry: never; category: permission_denied.
    /// Object not in active tier error.
    ObjectNotInActiveTierError,
    /// `TooManyParts`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many parts.
    TooManyParts,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "BucketAlreadyExists",
        "BucketAlreadyOwnedByYou",
        "EncryptionTypeMismatch",
        "InvalidObjectState",
        "InvalidRequest",
        "InvalidWriteOffset",
        "NoSuchBucket",
        "NoSuchKey",
        "NoSuchUpload",
        "NotFound",
        "ObjectAlreadyInActiveTierError",
        "ObjectNotInActiveTierError",
        "TooManyParts",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bucket already exists.Bucket already owned by you.Encryption type mismatch.Invalid object state.Invalid request.Invalid write offset.No such bucket.No such key.No such upload.Not found.Object already in active tier error.Object not in active tier error.Too many parts.",
        ends: &[0, 22, 50, 75, 96, 112, 133, 148, 160, 175, 185, 221, 253, 268],
    };
    static STATUSES: [u16; 13] = [
        409, 409, 400, 403, 400, 400, 404, 404, 404, 400, 403, 403, 400,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"jjcgcceeecggc",
    );
    static PILOTS: [u16; 4] = [51, 3, 140, 38];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 7, 12, 10, 4294967295, 5, 9, 1, 8, 11, 2, 6, 0, 4],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        retry: &RETRY,
        category: &CATEGORY,
        first_locale: ::cloud_errors::Locale::En,
        index: ::cloud_errors::__private::PerfectHash {
            seed: 0,
            pilots: &PILOTS,
            slots: &SLOTS,
        },
        ..::cloud_errors::__private::Table::EMPTY
    };
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS S3";
    type Envelope = ::cloud_errors::envelopes::AwsRestXml;
    /// The retry defaults of AWS S3's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS S3: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
