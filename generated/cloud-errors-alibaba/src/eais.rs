// @generated from catalogs/alibaba/eais.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud eais: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud eais: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidClientInstanceId.NotBound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client instance id: not bound.
    InvalidClientInstanceIdNotBound,
    /// `InvalidClientInstanceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client instance id: not found.
    InvalidClientInstanceIdNotFound,
    /// `InvalidClientInstanceId.TypeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client instance id: type error.
    InvalidClientInstanceIdTypeError,
    /// `InvalidClientInstanceId.VpcIdError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client instance id: vpc id error.
    InvalidClientInstanceIdVpcIdError,
    /// `InvalidClientInstanceId.VSwitchIdError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client instance id: v switch id error.
    InvalidClientInstanceIdVSwitchIdError,
    /// `InvalidClientInstanceId.Forbidden`: HTTP 404; retry: never; category: not_found.
    /// Invalid client instance id: forbidden.
    InvalidClientInstanceIdForbidden,
    /// `NoPermission.ChangeResourceGroup`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: change resource group.
    NoPermissionChangeResourceGroup,
    /// `MissingParameter.ResourceRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource region id.
    MissingParameterResourceRegionId,
    /// `MissingParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParameterResourceId,
    /// `MissingParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource group id.
    MissingParameterResourceGroupId,
    /// `InvalidResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group.
    InvalidResourceGroup,
    /// `SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// System error.
    SystemError,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `CheckTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Check timeout.
    CheckTimeout,
    /// `CustomTag.NumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom tag: number exceed.
    CustomTagNumberExceed,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type.
    InvalidInstanceType,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id.
    InvalidRegionId,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Timeout`: HTTP 400; retry: backoff; category: deadline_exceeded.
    /// The request timed out.
    Timeout,
    /// `CallRamApiFailed`: HTTP 401; retry: never; category: unauthenticated.
    /// Call ram api failed.
    CallRamApiFailed,
    /// `CreateOrderFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Create order failed.
    CreateOrderFailed,
    /// `InDebt`: HTTP 403; retry: never; category: permission_denied.
    /// In debt.
    InDebt,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `NoResources`: HTTP 403; retry: never; category: permission_denied.
    /// No resources.
    NoResources,
    /// `OperationDenied.KeyValueNotNull`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: key value not null.
    OperationDeniedKeyValueNotNull,
    /// `InconsistentSignature`: HTTP 400; retry: never; category: invalid_argument.
    /// Inconsistent signature.
    InconsistentSignature,
    /// `InvalidEaiStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eai status.
    InvalidEaiStatus,
    /// `InvalidParameter.InstanceId.NotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance id, not found.
    InvalidParameterInstanceIdNotFound,
    /// `InvalidInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceId,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "InvalidClientInstanceId.NotBound",
        "InvalidClientInstanceId.NotFound",
        "InvalidClientInstanceId.TypeError",
        "InvalidClientInstanceId.VpcIdError",
        "InvalidClientInstanceId.VSwitchIdError",
        "InvalidClientInstanceId.Forbidden",
        "NoPermission.ChangeResourceGroup",
        "MissingParameter.ResourceRegionId",
        "MissingParameter.ResourceId",
        "MissingParameter.ResourceGroupId",
        "InvalidResourceGroup",
        "SystemError",
        "ResourceNotFound",
        "CheckTimeout",
        "CustomTag.NumberExceed",
        "Duplicate.TagKey",
        "InvalidInstanceType",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "InvalidRegionId",
        "NumberExceed.Tags",
        "Timeout",
        "CallRamApiFailed",
        "CreateOrderFailed",
        "InDebt",
        "NoPermission",
        "NoResources",
        "OperationDenied.KeyValueNotNull",
        "InconsistentSignature",
        "InvalidEaiStatus",
        "InvalidParameter.InstanceId.NotFound",
        "InvalidInstanceId",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid client instance id: not bound.Invalid client instance id: not found.Invalid client instance id: type error.Invalid client instance id: vpc id error.Invalid client instance id: v switch id error.Invalid client instance id: forbidden.The caller has no permission: change resource group.A required parameter is missing: resource region id.A required parameter is missing: resource id.A required parameter is missing: resource group id.Invalid resource group.System error.Resource not found.Check timeout.Custom tag: number exceed.Duplicate: tag key.Invalid instance type.A parameter is invalid: tag key.A parameter is invalid: tag value.Invalid region id.Number exceed: tags.The request timed out.Call ram api failed.Create order failed.In debt.The caller has no permission.No resources.Operation denied: key value not null.Inconsistent signature.Invalid eai status.A parameter is invalid: instance id, not found.Invalid instance id.",
        ends: &[
            0, 38, 76, 115, 156, 202, 240, 292, 344, 389, 440, 463, 476, 495, 509, 535,
            554, 576, 608, 642, 660, 680, 702, 722, 742, 750, 779, 792, 829, 852, 871,
            918, 938,
        ],
    };
    static STATUSES: [u16; 32] = [
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 401, 403, 403, 403, 403, 403, 400, 400, 404, 400,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaacaaaaaaaaaaaaaabaaacaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"cccccegccccccccccccccdpgggggcccc",
    );
    static PILOTS: [u16; 8] = [11, 22, 6, 4, 11, 265, 27, 29];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 18, 4294967295, 4, 6, 4294967295, 3, 16, 31, 22, 20, 23, 7, 29, 13, 1,
            27, 19, 28, 9, 10, 17, 26, 4294967295, 15, 2, 30, 8, 14, 21, 11, 25, 5, 12, 0,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud eais";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud eais's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud eais: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
