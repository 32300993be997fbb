// @generated from catalogs/alibaba/linkwan.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud LinkWAN: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud LinkWAN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ForbiddenByRam`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden by ram.
    ForbiddenByRam,
    /// `ForbiddenByRiskControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden by risk control.
    ForbiddenByRiskControl,
    /// `NonExistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Non existent.
    NonExistent,
    /// `IllegalOrderStateTransition`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal order state transition.
    IllegalOrderStateTransition,
    /// `ExceedNodeLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed node limit.
    ExceedNodeLimit,
    /// `NodeGroupDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Node group does not exist.
    NodeGroupDoesNotExist,
    /// `DevEuiDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Dev eui duplicated.
    DevEuiDuplicated,
    /// `NodeAlreadyAdded`: HTTP 400; retry: never; category: invalid_argument.
    /// Node already added.
    NodeAlreadyAdded,
    /// `InvalidPinCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pin code.
    InvalidPinCode,
    /// `ResourceLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource locked.
    ResourceLocked,
    /// `NodeDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Node does not exist.
    NodeDoesNotExist,
    /// `ExceedRoamingJoinPermissionLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed roaming join permission limit.
    ExceedRoamingJoinPermissionLimit,
    /// `JoinPermissionNameDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Join permission name duplicated.
    JoinPermissionNameDuplicated,
    /// `InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name.
    InvalidName,
    /// `InvalidFreqBandPlan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid freq band plan.
    InvalidFreqBandPlan,
    /// `JoinPermissionDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Join permission does not exist.
    JoinPermissionDoesNotExist,
    /// `JoinPermissionAlreadyBoundNodeGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Join permission already bound node group.
    JoinPermissionAlreadyBoundNodeGroup,
    /// `NodeGroupAlreadyBoundJoinPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Node group already bound join permission.
    NodeGroupAlreadyBoundJoinPermission,
    /// `InternalError`: HTTP 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `GwEuiDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Gw eui duplicated.
    GwEuiDuplicated,
    /// `GatewayTupleAlreadyAbandoned`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway tuple already abandoned.
    GatewayTupleAlreadyAbandoned,
    /// `IotHubTripleMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot hub triple missing.
    IotHubTripleMissing,
    /// `GatewayAlreadyBoundToOthers`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway already bound to others.
    GatewayAlreadyBoundToOthers,
    /// `ExceedGatewayLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed gateway limit.
    ExceedGatewayLimit,
    /// `GatewayInstanceInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway instance invalid.
    GatewayInstanceInvalid,
    /// `GatewayDistributeFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway distribute fail.
    GatewayDistributeFail,
    /// `ExceedLocalJoinPermissionLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed local join permission limit.
    ExceedLocalJoinPermissionLimit,
    /// `NodeGroupNameDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Node group name duplicated.
    NodeGroupNameDuplicated,
    /// `JoinPermissionAlreadyAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Join permission already authorized.
    JoinPermissionAlreadyAuthorized,
    /// `NotResourceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Not resource owner.
    NotResourceOwner,
    /// `GatewayTupleOrderNotAccepted`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway tuple order not accepted.
    GatewayTupleOrderNotAccepted,
    /// `CloudProductNotActivated`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud product not activated.
    CloudProductNotActivated,
    /// `FeatureNotActivated`: HTTP 400; retry: never; category: invalid_argument.
    /// Feature not activated.
    FeatureNotActivated,
    /// `Abandoned`: HTTP 400; retry: never; category: invalid_argument.
    /// Abandoned.
    Abandoned,
    /// `ExceedGatewayTupleLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed gateway tuple limit.
    ExceedGatewayTupleLimit,
    /// `TooManyRenterNonExistentFailures`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many renter non existent failures.
    TooManyRenterNonExistentFailures,
    /// `RenterDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Renter does not exist.
    RenterDoesNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "ForbiddenByRam",
        "ForbiddenByRiskControl",
        "NonExistent",
        "IllegalOrderStateTransition",
        "ExceedNodeLimit",
        "NodeGroupDoesNotExist",
        "DevEuiDuplicated",
        "NodeAlreadyAdded",
        "InvalidPinCode",
        "ResourceLocked",
        "NodeDoesNotExist",
        "ExceedRoamingJoinPermissionLimit",
        "JoinPermissionNameDuplicated",
        "InvalidName",
        "InvalidFreqBandPlan",
        "JoinPermissionDoesNotExist",
        "JoinPermissionAlreadyBoundNodeGroup",
        "NodeGroupAlreadyBoundJoinPermission",
        "InternalError",
        "GwEuiDuplicated",
        "GatewayTupleAlreadyAbandoned",
        "IotHubTripleMissing",
        "GatewayAlreadyBoundToOthers",
        "ExceedGatewayLimit",
        "GatewayInstanceInvalid",
        "GatewayDistributeFail",
        "ExceedLocalJoinPermissionLimit",
        "NodeGroupNameDuplicated",
        "JoinPermissionAlreadyAuthorized",
        "NotResourceOwner",
        "GatewayTupleOrderNotAccepted",
        "CloudProductNotActivated",
        "FeatureNotActivated",
        "Abandoned",
        "ExceedGatewayTupleLimit",
        "TooManyRenterNonExistentFailures",
        "RenterDoesNotExist",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Forbidden by ram.Forbidden by risk control.Non existent.Illegal order state transition.Exceed node limit.Node group does not exist.Dev eui duplicated.Node already added.Invalid pin code.Resource locked.Node does not exist.Exceed roaming join permission limit.Join permission name duplicated.Invalid name.Invalid freq band plan.Join permission does not exist.Join permission already bound node group.Node group already bound join permission.An internal error occurred.Gw eui duplicated.Gateway tuple already abandoned.Iot hub triple missing.Gateway already bound to others.Exceed gateway limit.Gateway instance invalid.Gateway distribute fail.Exceed local join permission limit.Node group name duplicated.Join permission already authorized.Not resource owner.Gateway tuple order not accepted.Cloud product not activated.Feature not activated.Abandoned.Exceed gateway tuple limit.Too many renter non existent failures.Renter does not exist.",
        ends: &[
            0, 17, 43, 56, 87, 105, 131, 150, 169, 186, 202, 222, 259, 291, 304, 327,
            358, 399, 440, 467, 485, 517, 540, 572, 593, 618, 642, 677, 704, 739, 758,
            791, 819, 841, 851, 878, 916, 938,
        ],
    };
    static STATUSES: [u16; 37] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 38] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
    ];
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccmcccccccccccccccccc",
    );
    static PILOTS: [u16; 10] = [78, 198, 0, 3, 7, 1, 24, 9, 47, 15];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 6, 5, 20, 8, 19, 7, 4294967295, 17, 32, 26, 9, 34, 21, 31, 10, 27, 28,
            18, 35, 36, 2, 33, 4294967295, 14, 4, 23, 4294967295, 11, 22, 16, 3, 29, 1,
            12, 13, 4294967295, 0, 30, 15, 25,
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
    const PROVIDER: &'static str = "Alibaba Cloud LinkWAN";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud LinkWAN's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud LinkWAN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
