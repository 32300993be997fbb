// @generated from catalogs/tencent/ags.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud AGS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud AGS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DependencyUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dependency unavailable.
    FailedOperationDependencyUnavailable,
    /// `FailedOperation.DuplicateRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate request.
    FailedOperationDuplicateRequest,
    /// `FailedOperation.RequestInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request in progress.
    FailedOperationRequestInProgress,
    /// `FailedOperation.StorageMount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage mount.
    FailedOperationStorageMount,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.NetworkSetupFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: network setup failed.
    InternalErrorNetworkSetupFailed,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InternalError.VPCServiceUnavailable`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: VPC service unavailable.
    InternalErrorVpcServiceUnavailable,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InstanceIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance ids.
    InvalidParameterValueInstanceIds,
    /// `InvalidParameterValue.MountOption`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mount option.
    InvalidParameterValueMountOption,
    /// `InvalidParameterValue.RoleArn`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: role arn.
    InvalidParameterValueRoleArn,
    /// `InvalidParameterValue.SandboxTool`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sandbox tool.
    InvalidParameterValueSandboxTool,
    /// `InvalidParameterValue.SecurityGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group id.
    InvalidParameterValueSecurityGroupId,
    /// `InvalidParameterValue.StorageMount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage mount.
    InvalidParameterValueStorageMount,
    /// `InvalidParameterValue.SubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet id.
    InvalidParameterValueSubnetId,
    /// `InvalidParameterValue.Timeout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: timeout.
    InvalidParameterValueTimeout,
    /// `InvalidParameterValue.ToolIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tool ids.
    InvalidParameterValueToolIds,
    /// `InvalidParameterValue.ToolType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tool type.
    InvalidParameterValueToolType,
    /// `LimitExceeded.APIKeyQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: API key quota.
    LimitExceededApiKeyQuota,
    /// `LimitExceeded.SandboxInstance`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: sandbox instance.
    LimitExceededSandboxInstance,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.RoleArn`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: role arn.
    MissingParameterRoleArn,
    /// `MissingParameter.VPCParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: VPC parameters.
    MissingParameterVpcParameters,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.SandboxTool`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: sandbox tool.
    ResourceInUseSandboxTool,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.SandboxInstance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: sandbox instance.
    ResourceNotFoundSandboxInstance,
    /// `ResourceNotFound.SandboxTool`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: sandbox tool.
    ResourceNotFoundSandboxTool,
    /// `ResourceNotFound.SecurityGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: security group.
    ResourceNotFoundSecurityGroup,
    /// `ResourceNotFound.StorageMount`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: storage mount.
    ResourceNotFoundStorageMount,
    /// `ResourceNotFound.Subnet`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: subnet.
    ResourceNotFoundSubnet,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.SandboxTool`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: sandbox tool.
    ResourceUnavailableSandboxTool,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.SandboxInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sandbox instance.
    UnsupportedOperationSandboxInstance,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 41] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.DependencyUnavailable",
        "FailedOperation.DuplicateRequest",
        "FailedOperation.RequestInProgress",
        "FailedOperation.StorageMount",
        "InternalError",
        "InternalError.NetworkSetupFailed",
        "InternalError.Unknown",
        "InternalError.VPCServiceUnavailable",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.InstanceIds",
        "InvalidParameterValue.MountOption",
        "InvalidParameterValue.RoleArn",
        "InvalidParameterValue.SandboxTool",
        "InvalidParameterValue.SecurityGroupId",
        "InvalidParameterValue.StorageMount",
        "InvalidParameterValue.SubnetId",
        "InvalidParameterValue.Timeout",
        "InvalidParameterValue.ToolIds",
        "InvalidParameterValue.ToolType",
        "LimitExceeded.APIKeyQuota",
        "LimitExceeded.SandboxInstance",
        "MissingParameter",
        "MissingParameter.RoleArn",
        "MissingParameter.VPCParameters",
        "ResourceInUse",
        "ResourceInUse.SandboxTool",
        "ResourceNotFound",
        "ResourceNotFound.SandboxInstance",
        "ResourceNotFound.SandboxTool",
        "ResourceNotFound.SecurityGroup",
        "ResourceNotFound.StorageMount",
        "ResourceNotFound.Subnet",
        "ResourceUnavailable",
        "ResourceUnavailable.SandboxTool",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.SandboxInstance",
    ];
    static NAME_CODES: [u32; 3] = [10, 23, 27];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorVpcServiceUnavailableLimitExceededApiKeyQuotaMissingParameterVpcParameters",
        ends: &[0, 34, 58, 87],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: dependency unavailable.The operation failed: duplicate request.The operation failed: request in progress.The operation failed: storage mount.An internal error occurred.An internal error occurred: network setup failed.An internal error occurred: unknown.An internal error occurred: VPC service unavailable.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: instance ids.A parameter value is invalid: mount option.A parameter value is invalid: role arn.A parameter value is invalid: sandbox tool.A parameter value is invalid: security group id.A parameter value is invalid: storage mount.A parameter value is invalid: subnet id.A parameter value is invalid: timeout.A parameter value is invalid: tool ids.A parameter value is invalid: tool type.A limit was exceeded: API key quota.A limit was exceeded: sandbox instance.A required parameter is missing.A required parameter is missing: role arn.A required parameter is missing: VPC parameters.The resource is in use.The resource is in use: sandbox tool.The resource was not found.The resource was not found: sandbox instance.The resource was not found: sandbox tool.The resource was not found: security group.The resource was not found: storage mount.The resource was not found: subnet.The resource is unavailable.The resource is unavailable: sandbox tool.The operation is not authorized.The operation is not supported.The operation is not supported: sandbox instance.",
        ends: &[
            0, 22, 68, 89, 134, 174, 216, 252, 279, 328, 364, 416, 439, 468, 511, 554,
            593, 636, 684, 728, 768, 806, 845, 885, 921, 960, 992, 1034, 1082, 1105,
            1142, 1169, 1214, 1255, 1298, 1340, 1375, 1403, 1445, 1477, 1508, 1557,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 41] = ::cloud_errors::__private::retry_column(
        b"acaaaaabbbbaaaaaaaaaaaaaaaaabbaaaaaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 41] = ::cloud_errors::__private::category_column(
        b"bpiiiiimmmmcccccccccccchhcccjjeeeeeeiigli",
    );
    static PILOTS: [u16; 11] = [12, 4, 0, 38, 3, 64, 1, 1, 32, 2, 15];
    static SLOTS: [(&str, u32); 45] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            38, 29, 36, 32, 4294967295, 39, 40, 9, 19, 5, 18, 4294967295, 27, 33, 8, 10,
            13, 3, 4294967295, 4, 7, 23, 25, 35, 4294967295, 28, 14, 15, 31, 11, 21, 17,
            20, 26, 34, 6, 22, 0, 24, 30, 16, 12, 2, 37, 1,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud AGS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud AGS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud AGS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
