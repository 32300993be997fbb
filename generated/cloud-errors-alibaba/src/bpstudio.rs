// @generated from catalogs/alibaba/bpstudio.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud BPStudio: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud BPStudio: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Success`: no documented HTTP status; retry: never; category: unknown.
    /// Success.
    Success,
    /// `ParameterEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty.
    ParameterEmpty,
    /// `bp.java.8004`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, 8004.
    BpJava8004,
    /// `bp.java.appNameNotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, app name not null.
    BpJavaAppNameNotNull,
    /// `bp.java.nopower`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, nopower.
    BpJavaNopower,
    /// `bp.java.nopowerContact`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, nopower contact.
    BpJavaNopowerContact,
    /// `bp.java.tempNameNotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, temp name not null.
    BpJavaTempNameNotNull,
    /// `bp.java.userNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Bp: java, user not exist.
    BpJavaUserNotExist,
    /// `EntityNotExist.ResourceGroup`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `EntityNotExist.ResourceId`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: resource id.
    EntityNotExistResourceId,
    /// `bp.java.notDelete`: HTTP 500; retry: never; category: internal.
    /// Bp: java, not delete.
    BpJavaNotDelete,
    /// `bp.java.serviceError`: HTTP 500; retry: never; category: internal.
    /// Bp: java, service error.
    BpJavaServiceError,
    /// `ServiceError`: HTTP 500; retry: never; category: internal.
    /// Service error.
    ServiceError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "Success",
        "ParameterEmpty",
        "bp.java.8004",
        "bp.java.appNameNotNull",
        "bp.java.nopower",
        "bp.java.nopowerContact",
        "bp.java.tempNameNotNull",
        "bp.java.userNotExist",
        "EntityNotExist.ResourceGroup",
        "EntityNotExist.ResourceId",
        "bp.java.notDelete",
        "bp.java.serviceError",
        "ServiceError",
    ];
    static NAME_CODES: [u32; 8] = [2, 3, 4, 5, 6, 7, 10, 11];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "BpJava8004BpJavaAppNameNotNullBpJavaNopowerBpJavaNopowerContactBpJavaTempNameNotNullBpJavaUserNotExistBpJavaNotDeleteBpJavaServiceError",
        ends: &[0, 10, 30, 43, 63, 84, 102, 117, 135],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Success.Parameter empty.Bp: java, 8004.Bp: java, app name not null.Bp: java, nopower.Bp: java, nopower contact.Bp: java, temp name not null.Bp: java, user not exist.Entity not exist: resource group.Entity not exist: resource id.Bp: java, not delete.Bp: java, service error.Service error.",
        ends: &[0, 8, 24, 39, 67, 85, 111, 140, 165, 198, 228, 249, 273, 287],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 400, 400, 400, 400, 400, 404, 404, 500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"bccccccceemmm",
    );
    static PILOTS: [u16; 4] = [0, 30, 0, 146];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 3, 9, 10, 5, 0, 8, 7, 12, 11, 2, 4294967295, 6, 1],
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
    const PROVIDER: &'static str = "Alibaba Cloud BPStudio";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud BPStudio's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud BPStudio: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
