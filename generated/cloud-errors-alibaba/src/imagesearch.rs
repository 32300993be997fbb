// @generated from catalogs/alibaba/imagesearch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ImageSearch: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ImageSearch: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequest,
    /// `InvalidInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance.
    InvalidInstance,
    /// `NoCaretSeperator`: HTTP 400; retry: never; category: invalid_argument.
    /// No caret seperator.
    NoCaretSeperator,
    /// `EmptyMeta`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty meta.
    EmptyMeta,
    /// `InvalidMetaItem`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid meta item.
    InvalidMetaItem,
    /// `NoPicList`: HTTP 400; retry: never; category: invalid_argument.
    /// No pic list.
    NoPicList,
    /// `InvalidPicList`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pic list.
    InvalidPicList,
    /// `NoSpecifiedPic`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified pic.
    NoSpecifiedPic,
    /// `NoSpecifiedSearchPic`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified search pic.
    NoSpecifiedSearchPic,
    /// `InvalidCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid category.
    InvalidCategory,
    /// `OverflowMaxResultNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Overflow max result num.
    OverflowMaxResultNum,
    /// `OverflowMaxReturnNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Overflow max return num.
    OverflowMaxReturnNum,
    /// `InvalidStartParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start parameter.
    InvalidStartParameter,
    /// `InvalidNumParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid num parameter.
    InvalidNumParameter,
    /// `NoSpecifiedAddPic`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified add pic.
    NoSpecifiedAddPic,
    /// `NoSpecifiedItemId`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified item id.
    NoSpecifiedItemId,
    /// `InvalidIntAttr`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid int attr.
    InvalidIntAttr,
    /// `UnsupportedPicFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported pic format.
    UnsupportedPicFormat,
    /// `InvalidFilterClause`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter clause.
    InvalidFilterClause,
    /// `InstanceOverQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance over quota.
    InstanceOverQuota,
    /// `IncorrectOrientation`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect orientation.
    IncorrectOrientation,
    /// `UnsupportedPicPixels`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported pic pixels.
    UnsupportedPicPixels,
    /// `SearchTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Search timeout.
    SearchTimeout,
    /// `PicNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Pic not exist.
    PicNotExist,
    /// `NoSpecifiedProductId`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified product id.
    NoSpecifiedProductId,
    /// `NoSpecifiedPicName`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified pic name.
    NoSpecifiedPicName,
    /// `NoSpecifiedPicContent`: HTTP 400; retry: never; category: invalid_argument.
    /// No specified pic content.
    NoSpecifiedPicContent,
    /// `InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type.
    InvalidType,
    /// `InvalidProductId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid product id.
    InvalidProductId,
    /// `InvalidPicName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pic name.
    InvalidPicName,
    /// `InvalidStrAttr`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid str attr.
    InvalidStrAttr,
    /// `InvalidCustomContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid custom content.
    InvalidCustomContent,
    /// `InvalidPicContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pic content.
    InvalidPicContent,
    /// `TimeoutForTransferImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Timeout for transfer image.
    TimeoutForTransferImage,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `DeniedRequest`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Denied request.
    DeniedRequest,
    /// `InstanceStatusError`: HTTP 400, 409; retry: never; category: invalid_argument.
    /// Instance status error.
    InstanceStatusError,
    /// `UnknownException`: HTTP 500; retry: never; category: internal.
    /// Unknown exception.
    UnknownException,
    /// `NetworkException`: HTTP 500; retry: never; category: internal.
    /// Network exception.
    NetworkException,
    /// `RequestTimeout`: HTTP 500; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeout,
    /// `UnsupportedInstanceType`: HTTP 500; retry: never; category: internal.
    /// Unsupported instance type.
    UnsupportedInstanceType,
    /// `UnsupportedOperationType`: HTTP 500; retry: never; category: internal.
    /// Unsupported operation type.
    UnsupportedOperationType,
    /// `ExtractFeatureTimeout`: HTTP 500; retry: never; category: internal.
    /// Extract feature timeout.
    ExtractFeatureTimeout,
    /// `AccessEngineFailed`: HTTP 500; retry: never; category: internal.
    /// Access engine failed.
    AccessEngineFailed,
    /// `InternalOssError`: HTTP 500; retry: never; category: internal.
    /// Internal oss error.
    InternalOssError,
    /// `InternalSwiftError`: HTTP 500; retry: never; category: internal.
    /// Internal swift error.
    InternalSwiftError,
    /// `InternalTableStoreError`: HTTP 500; retry: never; category: internal.
    /// Internal table store error.
    InternalTableStoreError,
    /// `InternalException`: HTTP 500; retry: never; category: internal.
    /// Internal exception.
    InternalException,
    /// `InvalidPicUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pic url.
    InvalidPicUrl,
    /// `InvalidInstanceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name.
    InvalidInstanceName,
    /// `InvalidRequestId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request id.
    InvalidRequestId,
    /// `InvalidRequestIdTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request id too large.
    InvalidRequestIdTooLarge,
    /// `InvalidRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region.
    InvalidRegion,
    /// `RegionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Region error.
    RegionError,
    /// `PictureError`: HTTP 500; retry: never; category: internal.
    /// Picture error.
    PictureError,
    /// `ConnectionDVException`: HTTP 500; retry: never; category: internal.
    /// Connection DV exception.
    ConnectionDvException,
    /// `UnknownlException`: HTTP 500; retry: never; category: internal.
    /// Unknownl exception.
    UnknownlException,
    /// `Console.BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Console: bad request.
    ConsoleBadRequest,
    /// `Console.InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Console: instance not found.
    ConsoleInstanceNotFound,
    /// `Console.LoginError`: HTTP 401; retry: never; category: unauthenticated.
    /// Console: login error.
    ConsoleLoginError,
    /// `Console.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Console: no permission.
    ConsoleNoPermission,
    /// `Console.InstanceStatusError`: HTTP 409; retry: never; category: aborted.
    /// Console: instance status error.
    ConsoleInstanceStatusError,
    /// `Console.OrderStatusError`: HTTP 409; retry: never; category: aborted.
    /// Console: order status error.
    ConsoleOrderStatusError,
    /// `Console.IncrementStatusError`: HTTP 409; retry: never; category: aborted.
    /// Console: increment status error.
    ConsoleIncrementStatusError,
    /// `Console.InternalError`: HTTP 500; retry: never; category: internal.
    /// Console: internal error.
    ConsoleInternalError,
    /// `Console.CallServiceError`: HTTP 500; retry: never; category: internal.
    /// Console: call service error.
    ConsoleCallServiceError,
    /// `Console.TaskAlreadyExist`: HTTP 409; retry: never; category: aborted.
    /// Console: task already exist.
    ConsoleTaskAlreadyExist,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `PidNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Pid not exist.
    PidNotExist,
    /// `InvalidPid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pid.
    InvalidPid,
    /// `InvalidItemIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid item ids.
    InvalidItemIds,
    /// `NotRegisterBeforeInvoke`: HTTP 400; retry: never; category: invalid_argument.
    /// Not register before invoke.
    NotRegisterBeforeInvoke,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 72] = [
        "BadRequest",
        "InvalidInstance",
        "NoCaretSeperator",
        "EmptyMeta",
        "InvalidMetaItem",
        "NoPicList",
        "InvalidPicList",
        "NoSpecifiedPic",
        "NoSpecifiedSearchPic",
        "InvalidCategory",
        "OverflowMaxResultNum",
        "OverflowMaxReturnNum",
        "InvalidStartParameter",
        "InvalidNumParameter",
        "NoSpecifiedAddPic",
        "NoSpecifiedItemId",
        "InvalidIntAttr",
        "UnsupportedPicFormat",
        "InvalidFilterClause",
        "InstanceOverQuota",
        "IncorrectOrientation",
        "UnsupportedPicPixels",
        "SearchTimeout",
        "PicNotExist",
        "NoSpecifiedProductId",
        "NoSpecifiedPicName",
        "NoSpecifiedPicContent",
        "InvalidType",
        "InvalidProductId",
        "InvalidPicName",
        "InvalidStrAttr",
        "InvalidCustomContent",
        "InvalidPicContent",
        "TimeoutForTransferImage",
        "NoPermission",
        "DeniedRequest",
        "InstanceStatusError",
        "UnknownException",
        "NetworkException",
        "RequestTimeout",
        "UnsupportedInstanceType",
        "UnsupportedOperationType",
        "ExtractFeatureTimeout",
        "AccessEngineFailed",
        "InternalOssError",
        "InternalSwiftError",
        "InternalTableStoreError",
        "InternalException",
        "InvalidPicUrl",
        "InvalidInstanceName",
        "InvalidRequestId",
        "InvalidRequestIdTooLarge",
        "InvalidRegion",
        "RegionError",
        "PictureError",
        "ConnectionDVException",
        "UnknownlException",
        "Console.BadRequest",
        "Console.InstanceNotFound",
        "Console.LoginError",
        "Console.NoPermission",
        "Console.InstanceStatusError",
        "Console.OrderStatusError",
        "Console.IncrementStatusError",
        "Console.InternalError",
        "Console.CallServiceError",
        "Console.TaskAlreadyExist",
        "InternalError",
        "PidNotExist",
        "InvalidPid",
        "InvalidItemIds",
        "NotRegisterBeforeInvoke",
    ];
    static NAME_CODES: [u32; 1] = [55];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ConnectionDvException",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.Invalid instance.No caret seperator.Empty meta.Invalid meta item.No pic list.Invalid pic list.No specified pic.No specified search pic.Invalid category.Overflow max result num.Overflow max return num.Invalid start parameter.Invalid num parameter.No specified add pic.No specified item id.Invalid int attr.Unsupported pic format.Invalid filter clause.Instance over quota.Incorrect orientation.Unsupported pic pixels.Search timeout.Pic not exist.No specified product id.No specified pic name.No specified pic content.Invalid type.Invalid product id.Invalid pic name.Invalid str attr.Invalid custom content.Invalid pic content.Timeout for transfer image.The caller has no permission.Denied request.Instance status error.Unknown exception.Network exception.Request timeout.Unsupported instance type.Unsupported operation type.Extract feature timeout.Access engine failed.Internal oss error.Internal swift error.Internal table store error.Internal exception.Invalid pic url.Invalid instance name.Invalid request id.Invalid request id too large.Invalid region.Region error.Picture error.Connection DV exception.Unknownl exception.Console: bad request.Console: instance not found.Console: login error.Console: no permission.Console: instance status error.Console: order status error.Console: increment status error.Console: internal error.Console: call service error.Console: task already exist.An internal error occurred.Pid not exist.Invalid pid.Invalid item ids.Not register before invoke.",
        ends: &[
            0, 12, 29, 48, 59, 77, 89, 106, 123, 147, 164, 188, 212, 236, 258, 279, 300,
            317, 340, 362, 382, 404, 427, 442, 456, 480, 502, 527, 540, 559, 576, 593,
            616, 636, 663, 692, 707, 729, 747, 765, 781, 807, 834, 858, 879, 898, 919,
            946, 965, 981, 1003, 1022, 1051, 1066, 1079, 1093, 1117, 1136, 1157, 1185,
            1206, 1229, 1260, 1288, 1320, 1344, 1372, 1400, 1427, 1441, 1453, 1470, 1497,
        ],
    };
    static STATUSES: [u16; 74] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 400, 400, 409, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 400, 400, 400, 400, 400, 400, 500, 500, 500, 400, 400, 401, 403, 409,
        409, 409, 500, 500, 409, 500, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 73] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
        65, 66, 67, 68, 69, 70, 71, 72, 73, 74,
    ];
    static RETRY: [::cloud_errors::Retry; 72] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 72] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccggcmmdmmmmmmmmccccccmmmccpgjjjmmjmcccc",
    );
    static PILOTS: [u16; 18] = [
        1, 8, 12, 56, 0, 36, 46, 21, 10, 153, 6, 32, 39, 74, 110, 27, 0, 1,
    ];
    static SLOTS: [(&str, u32); 80] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            63, 7, 56, 64, 61, 68, 42, 4294967295, 30, 4294967295, 26, 1, 70, 52, 35, 44,
            17, 4294967295, 69, 4294967295, 15, 67, 8, 24, 4294967295, 3, 31, 21, 39, 4,
            57, 4294967295, 23, 48, 41, 4294967295, 59, 40, 66, 25, 0, 49, 22, 29, 2, 10,
            6, 4294967295, 54, 43, 28, 14, 37, 50, 38, 34, 65, 18, 53, 11, 58, 9, 55, 45,
            47, 36, 16, 20, 51, 33, 27, 12, 46, 13, 32, 71, 19, 5, 60, 62,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud ImageSearch";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ImageSearch's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ImageSearch: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
