// @generated from catalogs/aws/kms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS KMS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS KMS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Already exists.
    AlreadyExistsException,
    /// `CloudHsmClusterInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm cluster in use.
    CloudHsmClusterInUseException,
    /// `CloudHsmClusterInvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm cluster invalid configuration.
    CloudHsmClusterInvalidConfigurationException,
    /// `CloudHsmClusterNotActiveException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm cluster not active.
    CloudHsmClusterNotActiveException,
    /// `CloudHsmClusterNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm cluster not found.
    CloudHsmClusterNotFoundException,
    /// `CloudHsmClusterNotRelatedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm cluster not related.
    CloudHsmClusterNotRelatedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `CustomKeyStoreHasCMKsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom key store has CM ks.
    CustomKeyStoreHasCmKsException,
    /// `CustomKeyStoreInvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom key store invalid state.
    CustomKeyStoreInvalidStateException,
    /// `CustomKeyStoreNameInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom key store name in use.
    CustomKeyStoreNameInUseException,
    /// `CustomKeyStoreNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom key store not found.
    CustomKeyStoreNotFoundException,
    /// `DependencyTimeoutException`: HTTP 503; retry: backoff; category: unavailable.
    /// Dependency timeout.
    DependencyTimeoutException,
    /// `DisabledException`: HTTP 409; retry: never; category: aborted.
    /// Disabled.
    DisabledException,
    /// `DryRunOperationException`: HTTP 412; retry: never; category: failed_precondition.
    /// Dry run operation.
    DryRunOperationException,
    /// `ExpiredImportTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired import token.
    ExpiredImportTokenException,
    /// `IncorrectKeyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect key.
    IncorrectKeyException,
    /// `IncorrectKeyMaterialException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect key material.
    IncorrectKeyMaterialException,
    /// `IncorrectTrustAnchorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect trust anchor.
    IncorrectTrustAnchorException,
    /// `InvalidAliasNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid alias name.
    InvalidAliasNameException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidCiphertextException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ciphertext.
    InvalidCiphertextException,
    /// `InvalidGrantIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid grant id.
    InvalidGrantIdException,
    /// `InvalidGrantTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid grant token.
    InvalidGrantTokenException,
    /// `InvalidImportTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid import token.
    InvalidImportTokenException,
    /// `InvalidKeyUsageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key usage.
    InvalidKeyUsageException,
    /// `InvalidMarkerException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid marker.
    InvalidMarkerException,
    /// `KMSInternalException`: HTTP 500; retry: backoff; category: internal.
    /// KMS internal.
    KmsInternalException,
    /// `KMSInvalidMacException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS invalid mac.
    KmsInvalidMacException,
    /// `KMSInvalidSignatureException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS invalid signature.
    KmsInvalidSignatureException,
    /// `KMSInvalidStateException`: HTTP 409; retry: never; category: aborted.
    /// KMS invalid state.
    KmsInvalidStateException,
    /// `KeyUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// Key unavailable.
    KeyUnavailableException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MalformedPolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocumentException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `TagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag.
    TagException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `XksKeyAlreadyInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks key already in use.
    XksKeyAlreadyInUseException,
    /// `XksKeyInvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks key invalid configuration.
    XksKeyInvalidConfigurationException,
    /// `XksKeyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks key not found.
    XksKeyNotFoundException,
    /// `XksProxyIncorrectAuthenticationCredentialException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy incorrect authentication credential.
    XksProxyIncorrectAuthenticationCredentialException,
    /// `XksProxyInvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy invalid configuration.
    XksProxyInvalidConfigurationException,
    /// `XksProxyInvalidResponseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy invalid response.
    XksProxyInvalidResponseException,
    /// `XksProxyUriEndpointInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy uri endpoint in use.
    XksProxyUriEndpointInUseException,
    /// `XksProxyUriInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy uri in use.
    XksProxyUriInUseException,
    /// `XksProxyUriUnreachableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy uri unreachable.
    XksProxyUriUnreachableException,
    /// `XksProxyVpcEndpointServiceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy vpc endpoint service in use.
    XksProxyVpcEndpointServiceInUseException,
    /// `XksProxyVpcEndpointServiceInvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy vpc endpoint service invalid configuration.
    XksProxyVpcEndpointServiceInvalidConfigurationException,
    /// `XksProxyVpcEndpointServiceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Xks proxy vpc endpoint service not found.
    XksProxyVpcEndpointServiceNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 48] = [
        "AlreadyExistsException",
        "CloudHsmClusterInUseException",
        "CloudHsmClusterInvalidConfigurationException",
        "CloudHsmClusterNotActiveException",
        "CloudHsmClusterNotFoundException",
        "CloudHsmClusterNotRelatedException",
        "ConflictException",
        "CustomKeyStoreHasCMKsException",
        "CustomKeyStoreInvalidStateException",
        "CustomKeyStoreNameInUseException",
        "CustomKeyStoreNotFoundException",
        "DependencyTimeoutException",
        "DisabledException",
        "DryRunOperationException",
        "ExpiredImportTokenException",
        "IncorrectKeyException",
        "IncorrectKeyMaterialException",
        "IncorrectTrustAnchorException",
        "InvalidAliasNameException",
        "InvalidArnException",
        "InvalidCiphertextException",
        "InvalidGrantIdException",
        "InvalidGrantTokenException",
        "InvalidImportTokenException",
        "InvalidKeyUsageException",
        "InvalidMarkerException",
        "KMSInternalException",
        "KMSInvalidMacException",
        "KMSInvalidSignatureException",
        "KMSInvalidStateException",
        "KeyUnavailableException",
        "LimitExceededException",
        "MalformedPolicyDocumentException",
        "NotFoundException",
        "TagException",
        "UnsupportedOperationException",
        "XksKeyAlreadyInUseException",
        "XksKeyInvalidConfigurationException",
        "XksKeyNotFoundException",
        "XksProxyIncorrectAuthenticationCredentialException",
        "XksProxyInvalidConfigurationException",
        "XksProxyInvalidResponseException",
        "XksProxyUriEndpointInUseException",
        "XksProxyUriInUseException",
        "XksProxyUriUnreachableException",
        "XksProxyVpcEndpointServiceInUseException",
        "XksProxyVpcEndpointServiceInvalidConfigurationException",
        "XksProxyVpcEndpointServiceNotFoundException",
    ];
    static NAME_CODES: [u32; 5] = [7, 26, 27, 28, 29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CustomKeyStoreHasCmKsExceptionKmsInternalExceptionKmsInvalidMacExceptionKmsInvalidSignatureExceptionKmsInvalidStateException",
        ends: &[0, 30, 50, 72, 100, 124],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already exists.Cloud hsm cluster in use.Cloud hsm cluster invalid configuration.Cloud hsm cluster not active.Cloud hsm cluster not found.Cloud hsm cluster not related.The request conflicts with the current state of the resource.Custom key store has CM ks.Custom key store invalid state.Custom key store name in use.Custom key store not found.Dependency timeout.Disabled.Dry run operation.Expired import token.Incorrect key.Incorrect key material.Incorrect trust anchor.Invalid alias name.Invalid arn.Invalid ciphertext.Invalid grant id.Invalid grant token.Invalid import token.Invalid key usage.Invalid marker.KMS internal.KMS invalid mac.KMS invalid signature.KMS invalid state.Key unavailable.Limit exceeded.Malformed policy document.Not found.Tag.Unsupported operation.Xks key already in use.Xks key invalid configuration.Xks key not found.Xks proxy incorrect authentication credential.Xks proxy invalid configuration.Xks proxy invalid response.Xks proxy uri endpoint in use.Xks proxy uri in use.Xks proxy uri unreachable.Xks proxy vpc endpoint service in use.Xks proxy vpc endpoint service invalid configuration.Xks proxy vpc endpoint service not found.",
        ends: &[
            0, 15, 40, 80, 109, 137, 167, 228, 255, 286, 315, 342, 361, 370, 388, 409,
            423, 446, 469, 488, 500, 519, 536, 556, 577, 595, 610, 623, 639, 661, 679,
            695, 710, 736, 746, 750, 772, 795, 825, 843, 889, 921, 948, 978, 999, 1025,
            1063, 1116, 1157,
        ],
    };
    static STATUSES: [u16; 48] = [
        409, 400, 400, 400, 400, 400, 409, 400, 400, 400, 400, 503, 409, 412, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 409, 500, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 49] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48,
    ];
    static RETRY: [::cloud_errors::Retry; 48] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaaaaaaaaaabaaabbaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 48] = ::cloud_errors::__private::category_column(
        b"jcccccjccccnjiccccccccccccmccjmhcecccccccccccccc",
    );
    static PILOTS: [u16; 12] = [3, 9, 31, 19, 67, 51, 1, 31, 59, 10, 2, 29];
    static SLOTS: [(&str, u32); 53] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 31, 4294967295, 8, 2, 47, 15, 37, 26, 36, 30, 4294967295, 21, 22, 12, 34,
            4294967295, 29, 38, 0, 42, 17, 24, 27, 19, 32, 11, 33, 43, 1, 35, 13, 6, 44,
            10, 3, 7, 4294967295, 41, 18, 14, 28, 4, 23, 40, 46, 45, 20, 16, 5, 25,
            4294967295, 39,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "AWS KMS";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS KMS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS KMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
