// @generated from catalogs/aws/s3.yaml and catalogs/aws/s3.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS S3: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestXml`](cloud_errors::envelopes::AwsRestXml) (`aws_rest_xml`).
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
    /// `NotFound`: HTTP 404 (also an answer with an empty body); retry: never; category: not_found.
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
    /// `AccessDenied`: HTTP 403; retry: after_fix; category: permission_denied.
    /// Access to the bucket or object is denied to the caller.
    AccessDenied,
    /// `AnnotationLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Annotation limit exceeded.
    AnnotationLimitExceeded,
    /// `AnnotationNameTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Annotation name too long.
    AnnotationNameTooLong,
    /// `IdempotencyParameterMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotency parameter mismatch.
    IdempotencyParameterMismatch,
    /// `InvalidAnnotationName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid annotation name.
    InvalidAnnotationName,
    /// `InvalidPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid prefix.
    InvalidPrefix,
    /// `NoSuchAnnotation`: HTTP 404; retry: never; category: not_found.
    /// No such annotation.
    NoSuchAnnotation,
    /// `NoSuchPart`: HTTP 404; retry: never; category: not_found.
    /// No such part.
    NoSuchPart,
    /// `UnsupportedMediaType`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported media type.
    UnsupportedMediaType,
    /// `AccountProblem`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The account has a problem that blocks the operation; the account owner must resolve it.
    AccountProblem,
    /// `AllAccessDisabled`: HTTP 403; retry: after_fix; category: permission_denied.
    /// All access to this resource has been turned off.
    AllAccessDisabled,
    /// `AuthorizationHeaderMalformed`: HTTP 400; retry: never; category: invalid_argument.
    /// The Authorization header is not well formed.
    AuthorizationHeaderMalformed,
    /// `BadDigest`: HTTP 400; retry: never; category: invalid_argument.
    /// The body received does not match the Content\-MD5 header sent with it.
    BadDigest,
    /// `BucketNotEmpty`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The bucket still holds objects, so it cannot be deleted.
    BucketNotEmpty,
    /// `EntityTooLarge`: HTTP 400; retry: never; category: out_of_range.
    /// The upload is larger than the largest size allowed.
    EntityTooLarge,
    /// `EntityTooSmall`: HTTP 400; retry: never; category: out_of_range.
    /// The upload (a part other than the last) is smaller than the smallest size allowed.
    EntityTooSmall,
    /// `ExpiredToken`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// The security token of the request has expired.
    ExpiredToken,
    /// `IncompleteBody`: HTTP 400; retry: never; category: invalid_argument.
    /// Fewer bytes arrived than the Content\-Length header announced.
    IncompleteBody,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// S3 failed internally; the request may be sent again.
    InternalError,
    /// `InvalidAccessKeyId`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The access key ID is not known to AWS.
    InvalidAccessKeyId,
    /// `InvalidArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// An argument of the request is not valid.
    InvalidArgument,
    /// `InvalidBucketName`: HTTP 400; retry: never; category: invalid_argument.
    /// The bucket name does not follow the naming rules.
    InvalidBucketName,
    /// `InvalidDigest`: HTTP 400; retry: never; category: invalid_argument.
    /// The Content\-MD5 header is not a valid digest.
    InvalidDigest,
    /// `InvalidPart`: HTTP 400; retry: never; category: invalid_argument.
    /// A listed part was not found, or its entity tag does not match.
    InvalidPart,
    /// `InvalidPartOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// The parts are not listed in ascending order of part number.
    InvalidPartOrder,
    /// `InvalidRange`: HTTP 416; retry: never; category: out_of_range.
    /// The requested byte range cannot be served for this object.
    InvalidRange,
    /// `InvalidToken`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// The security token is malformed or not valid.
    InvalidToken,
    /// `KeyTooLongError`: HTTP 400; retry: never; category: invalid_argument.
    /// The object key is longer than allowed.
    KeyTooLongError,
    /// `MalformedXML`: HTTP 400; retry: never; category: invalid_argument.
    /// The XML of the request is not well formed or does not match the schema.
    MalformedXml,
    /// `MetadataTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// The object\'s metadata headers are larger than allowed.
    MetadataTooLarge,
    /// `MethodNotAllowed`: HTTP 405; retry: never; category: failed_precondition.
    /// This HTTP method is not allowed on this resource.
    MethodNotAllowed,
    /// `MissingContentLength`: HTTP 411; retry: never; category: failed_precondition.
    /// The request has no Content\-Length header.
    MissingContentLength,
    /// `NoSuchBucketPolicy`: HTTP 404; retry: never; category: not_found.
    /// The bucket has no bucket policy.
    NoSuchBucketPolicy,
    /// `NoSuchLifecycleConfiguration`: HTTP 404; retry: never; category: not_found.
    /// The bucket has no lifecycle configuration.
    NoSuchLifecycleConfiguration,
    /// `NoSuchVersion`: HTTP 404; retry: never; category: not_found.
    /// The version ID does not match any version of the object.
    NoSuchVersion,
    /// `NotImplemented`: HTTP 501; retry: never; category: unimplemented.
    /// A header of the request asks for something S3 does not implement.
    NotImplemented,
    /// `OperationAborted`: HTTP 409; retry: backoff; category: aborted.
    /// A conflicting operation on the same resource is still running.
    OperationAborted,
    /// `PermanentRedirect`: HTTP 301; retry: after_fix; category: failed_precondition.
    /// The bucket must be addressed through another endpoint.
    PermanentRedirect,
    /// `PreconditionFailed`: HTTP 412; retry: never; category: failed_precondition.
    /// A precondition header of the request does not hold.
    PreconditionFailed,
    /// `RequestTimeTooSkewed`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The request\'s time differs too much from the server\'s clock.
    RequestTimeTooSkewed,
    /// `RequestTimeout`: HTTP 400; retry: backoff; category: deadline_exceeded.
    /// The connection was idle too long while the request was being sent.
    RequestTimeout,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// S3 cannot serve the request for now.
    ServiceUnavailable,
    /// `SignatureDoesNotMatch`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The request\'s signature does not match the one S3 computed.
    SignatureDoesNotMatch,
    /// `SlowDown`: HTTP 503; retry: backoff; category: resource_exhausted.
    /// Requests arrive too fast for the bucket or prefix; lower the request rate.
    SlowDown,
    /// `TooManyBuckets`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// The account has as many buckets as it is allowed.
    TooManyBuckets,
    /// `XAmzContentSHA256Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// The body\'s SHA\-256 does not match the x\-amz\-content\-sha256 header.
    XAmzContentSha256Mismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 59] = [
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
        "AccessDenied",
        "AnnotationLimitExceeded",
        "AnnotationNameTooLong",
        "IdempotencyParameterMismatch",
        "InvalidAnnotationName",
        "InvalidPrefix",
        "NoSuchAnnotation",
        "NoSuchPart",
        "UnsupportedMediaType",
        "AccountProblem",
        "AllAccessDisabled",
        "AuthorizationHeaderMalformed",
        "BadDigest",
        "BucketNotEmpty",
        "EntityTooLarge",
        "EntityTooSmall",
        "ExpiredToken",
        "IncompleteBody",
        "InternalError",
        "InvalidAccessKeyId",
        "InvalidArgument",
        "InvalidBucketName",
        "InvalidDigest",
        "InvalidPart",
        "InvalidPartOrder",
        "InvalidRange",
        "InvalidToken",
        "KeyTooLongError",
        "MalformedXML",
        "MetadataTooLarge",
        "MethodNotAllowed",
        "MissingContentLength",
        "NoSuchBucketPolicy",
        "NoSuchLifecycleConfiguration",
        "NoSuchVersion",
        "NotImplemented",
        "OperationAborted",
        "PermanentRedirect",
        "PreconditionFailed",
        "RequestTimeTooSkewed",
        "RequestTimeout",
        "ServiceUnavailable",
        "SignatureDoesNotMatch",
        "SlowDown",
        "TooManyBuckets",
        "XAmzContentSHA256Mismatch",
    ];
    static NAME_CODES: [u32; 2] = [41, 58];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "MalformedXmlXAmzContentSha256Mismatch",
        ends: &[0, 12, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bucket already exists.Bucket already owned by you.Encryption type mismatch.Invalid object state.Invalid request.Invalid write offset.No such bucket.No such key.No such upload.Not found.Object already in active tier error.Object not in active tier error.Too many parts.Access to the bucket or object is denied to the caller.Annotation limit exceeded.Annotation name too long.Idempotency parameter mismatch.Invalid annotation name.Invalid prefix.No such annotation.No such part.Unsupported media type.The account has a problem that blocks the operation; the account owner must resolve it.All access to this resource has been turned off.The Authorization header is not well formed.The body received does not match the Content-MD5 header sent with it.The bucket still holds objects, so it cannot be deleted.The upload is larger than the largest size allowed.The upload (a part other than the last) is smaller than the smallest size allowed.The security token of the request has expired.Fewer bytes arrived than the Content-Length header announced.S3 failed internally; the request may be sent again.The access key ID is not known to AWS.An argument of the request is not valid.The bucket name does not follow the naming rules.The Content-MD5 header is not a valid digest.A listed part was not found, or its entity tag does not match.The parts are not listed in ascending order of part number.The requested byte range cannot be served for this object.The security token is malformed or not valid.The object key is longer than allowed.The XML of the request is not well formed or does not match the schema.The object's metadata headers are larger than allowed.This HTTP method is not allowed on this resource.The request has no Content-Length header.The bucket has no bucket policy.The bucket has no lifecycle configuration.The version ID does not match any version of the object.A header of the request asks for something S3 does not implement.A conflicting operation on the same resource is still running.The bucket must be addressed through another endpoint.A precondition header of the request does not hold.The request's time differs too much from the server's clock.The connection was idle too long while the request was being sent.S3 cannot serve the request for now.The request's signature does not match the one S3 computed.Requests arrive too fast for the bucket or prefix; lower the request rate.The account has as many buckets as it is allowed.The body's SHA-256 does not match the x-amz-content-sha256 header.",
        ends: &[
            0, 22, 50, 75, 96, 112, 133, 148, 160, 175, 185, 221, 253, 268, 323, 349,
            374, 405, 429, 444, 463, 476, 499, 586, 634, 678, 747, 803, 854, 936, 982,
            1043, 1095, 1133, 1173, 1222, 1267, 1329, 1388, 1446, 1491, 1529, 1600, 1654,
            1703, 1744, 1776, 1818, 1874, 1939, 2001, 2055, 2106, 2166, 2232, 2268, 2327,
            2401, 2450, 2516,
        ],
    };
    static STATUSES: [u16; 59] = [
        409, 409, 400, 403, 400, 400, 404, 404, 404, 404, 403, 403, 400, 403, 400, 400,
        400, 400, 400, 404, 404, 415, 403, 403, 400, 400, 409, 400, 400, 400, 400, 500,
        403, 400, 400, 400, 400, 400, 416, 400, 400, 400, 400, 405, 411, 404, 404, 404,
        501, 409, 301, 412, 403, 400, 503, 403, 503, 400, 400,
    ];
    static STATUS_ENDS: [u32; 60] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    ];
    static EMPTY_BODY_CODES: [u32; 1] = [9];
    static RETRY: [::cloud_errors::Retry; 59] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaacaaaaaaaaccaacaacabcaaaaaacaaaaaaaaabcacbbcbca",
    );
    static CATEGORY: [::cloud_errors::Category; 59] = ::cloud_errors::__private::category_column(
        b"jjcgcceeeeggcgccccceeiggccikkpcmpccccckpccciieeeljiipdnphhc",
    );
    static PILOTS: [u16; 15] = [3, 2, 5, 2, 0, 6, 17, 0, 64, 11, 82, 1, 6, 10, 143];
    static SLOTS: [(&str, u32); 65] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 9, 31, 18, 33, 54, 4294967295, 27, 13, 25, 45, 14, 46, 4294967295, 38,
            22, 35, 49, 11, 15, 50, 21, 58, 41, 56, 10, 37, 17, 40, 57, 42, 4294967295,
            0, 4294967295, 28, 5, 39, 1, 19, 4, 7, 48, 47, 32, 20, 55, 16, 23, 51, 12,
            36, 53, 6, 24, 34, 43, 4294967295, 4294967295, 8, 2, 29, 30, 44, 3, 52,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        empty_body_codes: &EMPTY_BODY_CODES,
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
