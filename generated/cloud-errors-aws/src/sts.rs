// @generated from catalogs/aws/sts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS STS: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS STS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ExpiredTokenException`: HTTP 400; retry: never; category: invalid_argument.
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
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "ExpiredTokenException",
        "IDPCommunicationError",
        "IDPRejectedClaim",
        "InvalidAuthorizationMessageException",
        "InvalidIdentityToken",
        "MalformedPolicyDocument",
        "PackedPolicyTooLarge",
        "RegionDisabledException",
    ];
    static NAME_CODES: [u32; 2] = [1, 2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IdpCommunicationErrorIdpRejectedClaim",
        ends: &[0, 21, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Expired token.IDP communication error.IDP rejected claim.Invalid authorization message.Invalid identity token.Malformed policy document.Packed policy too large.Region disabled.",
        ends: &[0, 14, 38, 57, 87, 110, 136, 160, 176],
    };
    static STATUSES: [u16; 8] = [400, 400, 403, 400, 400, 400, 400, 403];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"ccgccccg",
    );
    static PILOTS: [u16; 2] = [291, 2];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 3, 0, 4, 2, 1, 7, 6],
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
