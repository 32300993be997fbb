// @generated from catalogs/aws/clouddirectory.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudDirectory: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudDirectory: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BatchWriteException`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch write.
    BatchWriteException,
    /// `CannotListParentOfRootException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot list parent of root.
    CannotListParentOfRootException,
    /// `DirectoryAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory already exists.
    DirectoryAlreadyExistsException,
    /// `DirectoryDeletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory deleted.
    DirectoryDeletedException,
    /// `DirectoryNotDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory not disabled.
    DirectoryNotDisabledException,
    /// `DirectoryNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory not enabled.
    DirectoryNotEnabledException,
    /// `FacetAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Facet already exists.
    FacetAlreadyExistsException,
    /// `FacetInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Facet in use.
    FacetInUseException,
    /// `FacetNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Facet not found.
    FacetNotFoundException,
    /// `FacetValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Facet validation.
    FacetValidationException,
    /// `IncompatibleSchemaException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible schema.
    IncompatibleSchemaException,
    /// `IndexedAttributeMissingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Indexed attribute missing.
    IndexedAttributeMissingException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidAttachmentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid attachment.
    InvalidAttachmentException,
    /// `InvalidFacetUpdateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid facet update.
    InvalidFacetUpdateException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidRuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule.
    InvalidRuleException,
    /// `InvalidSchemaDocException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid schema doc.
    InvalidSchemaDocException,
    /// `InvalidTaggingRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tagging request.
    InvalidTaggingRequestException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `LinkNameAlreadyInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Link name already in use.
    LinkNameAlreadyInUseException,
    /// `NotIndexException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not index.
    NotIndexException,
    /// `NotNodeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not node.
    NotNodeException,
    /// `NotPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not policy.
    NotPolicyException,
    /// `ObjectAlreadyDetachedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Object already detached.
    ObjectAlreadyDetachedException,
    /// `ObjectNotDetachedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Object not detached.
    ObjectNotDetachedException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `RetryableConflictException`: HTTP 409; retry: never; category: aborted.
    /// Retryable conflict.
    RetryableConflictException,
    /// `SchemaAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Schema already exists.
    SchemaAlreadyExistsException,
    /// `SchemaAlreadyPublishedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Schema already published.
    SchemaAlreadyPublishedException,
    /// `StillContainsLinksException`: HTTP 400; retry: never; category: invalid_argument.
    /// Still contains links.
    StillContainsLinksException,
    /// `UnsupportedIndexTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported index type.
    UnsupportedIndexTypeException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "AccessDeniedException",
        "BatchWriteException",
        "CannotListParentOfRootException",
        "DirectoryAlreadyExistsException",
        "DirectoryDeletedException",
        "DirectoryNotDisabledException",
        "DirectoryNotEnabledException",
        "FacetAlreadyExistsException",
        "FacetInUseException",
        "FacetNotFoundException",
        "FacetValidationException",
        "IncompatibleSchemaException",
        "IndexedAttributeMissingException",
        "InternalServiceException",
        "InvalidArnException",
        "InvalidAttachmentException",
        "InvalidFacetUpdateException",
        "InvalidNextTokenException",
        "InvalidRuleException",
        "InvalidSchemaDocException",
        "InvalidTaggingRequestException",
        "LimitExceededException",
        "LinkNameAlreadyInUseException",
        "NotIndexException",
        "NotNodeException",
        "NotPolicyException",
        "ObjectAlreadyDetachedException",
        "ObjectNotDetachedException",
        "ResourceNotFoundException",
        "RetryableConflictException",
        "SchemaAlreadyExistsException",
        "SchemaAlreadyPublishedException",
        "StillContainsLinksException",
        "UnsupportedIndexTypeException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Batch write.Cannot list parent of root.Directory already exists.Directory deleted.Directory not disabled.Directory not enabled.Facet already exists.Facet in use.Facet not found.Facet validation.Incompatible schema.Indexed attribute missing.Internal service.Invalid arn.Invalid attachment.Invalid facet update.Invalid next token.Invalid rule.Invalid schema doc.Invalid tagging request.Limit exceeded.Link name already in use.Not index.Not node.Not policy.Object already detached.Object not detached.Resource not found.Retryable conflict.Schema already exists.Schema already published.Still contains links.Unsupported index type.The request failed validation.",
        ends: &[
            0, 14, 26, 53, 78, 96, 119, 141, 162, 175, 191, 208, 228, 254, 271, 283, 302,
            323, 342, 355, 374, 398, 413, 438, 448, 457, 468, 492, 512, 531, 550, 572,
            597, 618, 641, 671,
        ],
    };
    static STATUSES: [u16; 35] = [
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 409, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 36] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
    ];
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaaaaaabaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"gccccccccccccmccccccchccccccejccccc",
    );
    static PILOTS: [u16; 9] = [5, 8, 1, 6, 12, 48, 14, 17, 35];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 3, 4294967295, 22, 21, 4, 31, 14, 34, 23, 5, 28, 0, 8, 17, 19, 10, 15,
            4294967295, 2, 30, 4294967295, 18, 29, 6, 7, 24, 20, 9, 11, 25, 13, 1, 26,
            27, 12, 33, 32,
        ],
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
    const PROVIDER: &'static str = "AWS CloudDirectory";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS CloudDirectory's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudDirectory: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
