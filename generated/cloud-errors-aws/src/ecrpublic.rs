// @generated from catalogs/aws/ecrpublic.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ECR PUBLIC: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ECR PUBLIC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `EmptyUploadException`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty upload.
    EmptyUploadException,
    /// `ImageAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image already exists.
    ImageAlreadyExistsException,
    /// `ImageDigestDoesNotMatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image digest does not match.
    ImageDigestDoesNotMatchException,
    /// `ImageNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image not found.
    ImageNotFoundException,
    /// `ImageTagAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image tag already exists.
    ImageTagAlreadyExistsException,
    /// `InvalidLayerException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layer.
    InvalidLayerException,
    /// `InvalidLayerPartException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layer part.
    InvalidLayerPartException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidTagParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag parameter.
    InvalidTagParameterException,
    /// `LayerAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layer already exists.
    LayerAlreadyExistsException,
    /// `LayerPartTooSmallException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layer part too small.
    LayerPartTooSmallException,
    /// `LayersNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layers not found.
    LayersNotFoundException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ReferencedImagesNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Referenced images not found.
    ReferencedImagesNotFoundException,
    /// `RegistryNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Registry not found.
    RegistryNotFoundException,
    /// `RepositoryAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository already exists.
    RepositoryAlreadyExistsException,
    /// `RepositoryCatalogDataNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository catalog data not found.
    RepositoryCatalogDataNotFoundException,
    /// `RepositoryNotEmptyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository not empty.
    RepositoryNotEmptyException,
    /// `RepositoryNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository not found.
    RepositoryNotFoundException,
    /// `RepositoryPolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository policy not found.
    RepositoryPolicyNotFoundException,
    /// `ServerException`: HTTP 500; retry: backoff; category: internal.
    /// The service failed with an error on its side.
    ServerException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnsupportedCommandException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported command.
    UnsupportedCommandException,
    /// `UploadNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Upload not found.
    UploadNotFoundException,
    /// `AssociationAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Association already exists.
    AssociationAlreadyExistsException,
    /// `AssociationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Association not found.
    AssociationNotFoundException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DeletionNotAllowedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion not allowed.
    DeletionNotAllowedException,
    /// `EntitlementNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entitlement not found.
    EntitlementNotFoundException,
    /// `PublisherReportNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Publisher report not found.
    PublisherReportNotFoundException,
    /// `ScanNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scan not found.
    ScanNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "EmptyUploadException",
        "ImageAlreadyExistsException",
        "ImageDigestDoesNotMatchException",
        "ImageNotFoundException",
        "ImageTagAlreadyExistsException",
        "InvalidLayerException",
        "InvalidLayerPartException",
        "InvalidParameterException",
        "InvalidTagParameterException",
        "LayerAlreadyExistsException",
        "LayerPartTooSmallException",
        "LayersNotFoundException",
        "LimitExceededException",
        "ReferencedImagesNotFoundException",
        "RegistryNotFoundException",
        "RepositoryAlreadyExistsException",
        "RepositoryCatalogDataNotFoundException",
        "RepositoryNotEmptyException",
        "RepositoryNotFoundException",
        "RepositoryPolicyNotFoundException",
        "ServerException",
        "TooManyTagsException",
        "UnsupportedCommandException",
        "UploadNotFoundException",
        "AssociationAlreadyExistsException",
        "AssociationNotFoundException",
        "ConflictException",
        "DeletionNotAllowedException",
        "EntitlementNotFoundException",
        "PublisherReportNotFoundException",
        "ScanNotFoundException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Empty upload.Image already exists.Image digest does not match.Image not found.Image tag already exists.Invalid layer.Invalid layer part.Invalid parameter.Invalid tag parameter.Layer already exists.Layer part too small.Layers not found.Limit exceeded.Referenced images not found.Registry not found.Repository already exists.Repository catalog data not found.Repository not empty.Repository not found.Repository policy not found.The service failed with an error on its side.Too many tags.Unsupported command.Upload not found.Association already exists.Association not found.The request conflicts with the current state of the resource.Deletion not allowed.Entitlement not found.Publisher report not found.Scan not found.The request failed validation.",
        ends: &[
            0, 13, 34, 62, 78, 103, 117, 136, 154, 176, 197, 218, 235, 250, 278, 297,
            323, 357, 378, 399, 427, 472, 486, 506, 523, 550, 572, 633, 654, 676, 703,
            718, 748,
        ],
    };
    static STATUSES: [u16; 32] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabaaaaaaabaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"cccccccccccchcccccccmccccccccccc",
    );
    static PILOTS: [u16; 8] = [0, 78, 65, 148, 47, 5, 139, 1];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 26, 7, 27, 29, 14, 16, 11, 20, 13, 21, 4294967295, 23, 18, 1, 8, 3, 15,
            31, 5, 24, 28, 30, 9, 10, 4294967295, 17, 6, 0, 12, 4294967295, 19, 4, 25, 2,
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
    const PROVIDER: &'static str = "AWS ECR PUBLIC";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS ECR PUBLIC's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ECR PUBLIC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
