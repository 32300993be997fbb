// @generated from catalogs/alibaba/baas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Baas: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Baas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ChaincodeDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Chaincode duplicated.
    ChaincodeDuplicated,
    /// `ChaincodeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Chaincode invalid.
    ChaincodeInvalid,
    /// `ChannelNameDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel name duplicated.
    ChannelNameDuplicated,
    /// `ResourceNotFound.Organization`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: organization.
    ResourceNotFoundOrganization,
    /// `GovernorException`: HTTP 500; retry: never; category: internal.
    /// Governor exception.
    GovernorException,
    /// `Chaincode.Duplicated`: HTTP 409; retry: never; category: aborted.
    /// Chaincode: duplicated.
    ChaincodeDuplicated2,
    /// `Chaincode.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Chaincode: error.
    ChaincodeError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "ChaincodeDuplicated",
        "ChaincodeInvalid",
        "ChannelNameDuplicated",
        "ResourceNotFound.Organization",
        "GovernorException",
        "Chaincode.Duplicated",
        "Chaincode.Error",
    ];
    static NAME_CODES: [u32; 1] = [5];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ChaincodeDuplicated2",
        ends: &[0, 20],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Chaincode duplicated.Chaincode invalid.Channel name duplicated.Resource not found: organization.Governor exception.Chaincode: duplicated.Chaincode: error.",
        ends: &[0, 21, 39, 63, 96, 115, 137, 154],
    };
    static STATUSES: [u16; 7] = [400, 400, 400, 404, 500, 409, 400];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cccemjc",
    );
    static PILOTS: [u16; 2] = [259, 3];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 0, 1, 6, 3, 2, 5],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud Baas";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Baas's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Baas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
