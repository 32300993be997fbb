// @generated from catalogs/alibaba/governance.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud governance: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud governance: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `DeployConflict.Blueprint`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy conflict: blueprint.
    DeployConflictBlueprint,
    /// `DependencyViolation.Blueprint`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: blueprint.
    DependencyViolationBlueprint,
    /// `DependencyViolation.BaselineItem`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: baseline item.
    DependencyViolationBaselineItem,
    /// `IncorrectBlueprintStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect blueprint status.
    IncorrectBlueprintStatus,
    /// `InvalidUser.NotResourceDirectoryMaster`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: not resource directory master.
    InvalidUserNotResourceDirectoryMaster,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `InvalidBlueprint.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid blueprint: not found.
    InvalidBlueprintNotFound,
    /// `InvalidBaselineItem.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid baseline item: not found.
    InvalidBaselineItemNotFound,
    /// `InvalidEnterpriseRealName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid enterprise real name: not found.
    InvalidEnterpriseRealNameNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidBaseline.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid baseline: not found.
    InvalidBaselineNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "InvalidParameter",
        "DeployConflict.Blueprint",
        "DependencyViolation.Blueprint",
        "DependencyViolation.BaselineItem",
        "IncorrectBlueprintStatus",
        "InvalidUser.NotResourceDirectoryMaster",
        "InvalidUser.NotFound",
        "InvalidBlueprint.NotFound",
        "InvalidBaselineItem.NotFound",
        "InvalidEnterpriseRealName.NotFound",
        "InternalError",
        "InvalidBaseline.NotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.Deploy conflict: blueprint.Dependency violation: blueprint.Dependency violation: baseline item.Incorrect blueprint status.Invalid user: not resource directory master.Invalid user: not found.Invalid blueprint: not found.Invalid baseline item: not found.Invalid enterprise real name: not found.An internal error occurred.Invalid baseline: not found.",
        ends: &[0, 23, 50, 82, 118, 145, 189, 213, 242, 275, 315, 342, 370],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 400, 400, 400, 403, 404, 404, 404, 404, 500, 404,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"cccccgeeeeme",
    );
    static PILOTS: [u16; 3] = [4, 4, 0];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 5, 0, 9, 8, 4294967295, 10, 4, 3, 1, 11, 6, 7],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud governance";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud governance's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud governance: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
