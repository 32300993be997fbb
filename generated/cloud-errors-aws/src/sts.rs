// @generated from catalogs/aws/sts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS STS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS STS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ExpiredTokenException`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// Expired token.
    ExpiredTokenException,
    /// `IDPCommunicationError`: HTTP 400; retry: never; category: invalid_argument.
    /// IDP communication error.
    IdpCommunicationError,
    /// `IDPRejectedClaim`: HTTP 403; retry: never; category: permission_denied.
    /// IDP rejected claim.
    IdpRejectedClaim,
    /// `InvalidAuthorizationMessageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid authorization message.
    InvalidAuthorizationMessageException,
    /// `InvalidIdentityToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid identity token.
    InvalidIdentityToken,
    /// `MalformedPolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocument,
    /// `PackedPolicyTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// Packed policy too large.
    PackedPolicyTooLarge,
    /// `RegionDisabledException`: HTTP 403; retry: never; category: permission_denied.
    /// Region disabled.
    RegionDisabledException,
    /// `ExpiredTradeInTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired trade in token.
    ExpiredTradeInTokenException,
    /// `InsufficientSessionLifetime`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient session lifetime.
    InsufficientSessionLifetime,
    /// `InvalidAttestationDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid attestation document.
    InvalidAttestationDocument,
    /// `InvalidContextAssertion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid context assertion.
    InvalidContextAssertion,
    /// `InvalidSubjectCredentials`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subject credentials.
    InvalidSubjectCredentials,
    /// `InvalidWorkloadIdentityConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid workload identity configuration.
    InvalidWorkloadIdentityConfiguration,
    /// `JWTPayloadSizeExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// JWT payload size exceeded.
    JwtPayloadSizeExceededException,
    /// `MalformedCertificateSigningRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed certificate signing request.
    MalformedCertificateSigningRequestException,
    /// `OutboundWebIdentityFederationDisabledException`: HTTP 403; retry: never; category: permission_denied.
    /// Outbound web identity federation disabled.
    OutboundWebIdentityFederationDisabledException,
    /// `RegionalSignerUnavailableException`: HTTP 404; retry: never; category: not_found.
    /// Regional signer unavailable.
    RegionalSignerUnavailableException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `SessionDurationEscalationException`: HTTP 403; retry: never; category: permission_denied.
    /// Session duration escalation.
    SessionDurationEscalationException,
    /// `SignerNotConfiguredException`: HTTP 404; retry: never; category: not_found.
    /// Signer not configured.
    SignerNotConfiguredException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "ExpiredTokenException",
        "IDPCommunicationError",
        "IDPRejectedClaim",
        "InvalidAuthorizationMessageException",
        "InvalidIdentityToken",
        "MalformedPolicyDocument",
        "PackedPolicyTooLarge",
        "RegionDisabledException",
        "ExpiredTradeInTokenException",
        "InsufficientSessionLifetime",
        "InvalidAttestationDocument",
        "InvalidContextAssertion",
        "InvalidSubjectCredentials",
        "InvalidWorkloadIdentityConfiguration",
        "JWTPayloadSizeExceededException",
        "MalformedCertificateSigningRequestException",
        "OutboundWebIdentityFederationDisabledException",
        "RegionalSignerUnavailableException",
        "ResourceNotFoundException",
        "SessionDurationEscalationException",
        "SignerNotConfiguredException",
    ];
    static NAME_CODES: [u32; 3] = [1, 2, 14];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IdpCommunicationErrorIdpRejectedClaimJwtPayloadSizeExceededException",
        ends: &[0, 21, 37, 68],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Expired token.IDP communication error.IDP rejected claim.Invalid authorization message.Invalid identity token.Malformed policy document.Packed policy too large.Region disabled.Expired trade in token.Insufficient session lifetime.Invalid attestation document.Invalid context assertion.Invalid subject credentials.Invalid workload identity configuration.JWT payload size exceeded.Malformed certificate signing request.Outbound web identity federation disabled.Regional signer unavailable.Resource not found.Session duration escalation.Signer not configured.",
        ends: &[
            0, 14, 38, 57, 87, 110, 136, 160, 176, 199, 229, 258, 284, 312, 352, 378,
            416, 458, 486, 505, 533, 555,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 403, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 404, 404, 403, 404,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"pcgccccgccccccccgeege",
    );
    static PILOTS: [u16; 6] = [5, 0, 2, 27, 23, 0];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            7, 18, 17, 1, 0, 11, 19, 13, 8, 10, 4294967295, 9, 5, 16, 15, 2, 20, 3, 6, 4,
            12, 14, 4294967295,
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
    const PROVIDER: &'static str = "AWS STS";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS STS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS STS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
