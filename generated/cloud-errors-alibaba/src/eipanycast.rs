// @generated from catalogs/alibaba/eipanycast.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Eipanycast: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Eipanycast: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `Forbidden.TagKeys`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag keys.
    ForbiddenTagKeys,
    /// `Forbidden.TagKey.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag key, duplicated.
    ForbiddenTagKeyDuplicated,
    /// `InvalidInstanceIds.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ids: not found.
    InvalidInstanceIdsNotFound,
    /// `InvalidInstanceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not found.
    InvalidInstanceTypeNotFound,
    /// `SystemBusy`: HTTP 503; retry: never; category: unavailable.
    /// System busy.
    SystemBusy,
    /// `OperationFailed.SetNormalAssociationMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: set normal association mode.
    OperationFailedSetNormalAssociationMode,
    /// `OperationFailed.DeletedPopLocation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: deleted pop location.
    OperationFailedDeletedPopLocation,
    /// `OperationFailed.AddPopLocation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: add pop location.
    OperationFailedAddPopLocation,
    /// `ResourceNotFound.BindInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: bind instance id.
    ResourceNotFoundBindInstanceId,
    /// `ResourceNotFound.AnycastId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: anycast id.
    ResourceNotFoundAnycastId,
    /// `IncorrectStatus.Anycast`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: anycast.
    IncorrectStatusAnycast,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "InvalidTagKey",
        "NumberExceed.Tags",
        "NumberExceed.ResourceIds",
        "Forbidden.TagKeys",
        "Forbidden.TagKey.Duplicated",
        "InvalidInstanceIds.NotFound",
        "InvalidInstanceType.NotFound",
        "SystemBusy",
        "OperationFailed.SetNormalAssociationMode",
        "OperationFailed.DeletedPopLocation",
        "OperationFailed.AddPopLocation",
        "ResourceNotFound.BindInstanceId",
        "ResourceNotFound.AnycastId",
        "IncorrectStatus.Anycast",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid tag key.Number exceed: tags.Number exceed: resource ids.The request is forbidden: tag keys.The request is forbidden: tag key, duplicated.Invalid instance ids: not found.Invalid instance type: not found.System busy.Operation failed: set normal association mode.Operation failed: deleted pop location.Operation failed: add pop location.Resource not found: bind instance id.Resource not found: anycast id.The resource is not in a state that allows this: anycast.",
        ends: &[0, 16, 36, 64, 99, 145, 177, 210, 222, 268, 307, 342, 379, 410, 467],
    };
    static STATUSES: [u16; 14] = [
        400, 400, 400, 400, 400, 400, 400, 503, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aaaccaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"cccggccnccccci",
    );
    static PILOTS: [u16; 4] = [2, 6, 3, 0];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[13, 3, 4, 7, 0, 12, 6, 4294967295, 1, 2, 11, 8, 5, 9, 10],
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
    const PROVIDER: &'static str = "Alibaba Cloud Eipanycast";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Eipanycast's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Eipanycast: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
