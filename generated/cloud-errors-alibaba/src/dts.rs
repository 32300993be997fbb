// @generated from catalogs/alibaba/dts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dts: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dts: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Throttling.User`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled: user.
    ThrottlingUser,
    /// `InvalidParameter.KafkaBrokerInvalid`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: kafka broker invalid.
    InvalidParameterKafkaBrokerInvalid,
    /// `InvalidParameter.KafkaHostInvalid`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: kafka host invalid.
    InvalidParameterKafkaHostInvalid,
    /// `UpdateJob.OperationDenied.InitStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Update job: operation denied, init status.
    UpdateJobOperationDeniedInitStatus,
    /// `GetMongoDbShardInfo.NoShardAddress`: HTTP 403; retry: never; category: permission_denied.
    /// Get mongo db shard info: no shard address.
    GetMongoDbShardInfoNoShardAddress,
    /// `GetMongoDbShardInfo.EmptyInstances`: HTTP 403; retry: never; category: permission_denied.
    /// Get mongo db shard info: empty instances.
    GetMongoDbShardInfoEmptyInstances,
    /// `CheckJobFailed.ServerUnAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Check job failed: server un available.
    CheckJobFailedServerUnAvailable,
    /// `DbTypeNotSupport.PolarDBRDS`: HTTP 403; retry: never; category: permission_denied.
    /// Db type not support: polar DBRDS.
    DbTypeNotSupportPolarDbrds,
    /// `DbTypeNotSupport.OnlyReadRDS`: HTTP 403; retry: never; category: permission_denied.
    /// Db type not support: only read RDS.
    DbTypeNotSupportOnlyReadRds,
    /// `DTS.Msg.InvalidParameter.KafkaBrokerInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, invalid parameter, kafka broker invalid.
    DtsMsgInvalidParameterKafkaBrokerInvalid,
    /// `DTS.Msg.InvalidParameter.KafkaHostInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, invalid parameter, kafka host invalid.
    DtsMsgInvalidParameterKafkaHostInvalid,
    /// `DTS.Msg.UpdateJob.OperationDenied.InitStatus`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, update job, operation denied, init status.
    DtsMsgUpdateJobOperationDeniedInitStatus,
    /// `DTS.Msg.GetMongoDbShardInfo.NoShardAddress`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, get mongo db shard info, no shard address.
    DtsMsgGetMongoDbShardInfoNoShardAddress,
    /// `DTS.Msg.GetMongoDbShardInfo.EmptyInstances`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, get mongo db shard info, empty instances.
    DtsMsgGetMongoDbShardInfoEmptyInstances,
    /// `DTS.Msg.CheckJobFailed.ServerUnAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, check job failed, server un available.
    DtsMsgCheckJobFailedServerUnAvailable,
    /// `DTS.Msg.DbTypeNotSupport.PolarDBRDS`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, db type not support, polar DBRDS.
    DtsMsgDbTypeNotSupportPolarDbrds,
    /// `DTS.Msg.DbTypeNotSupport.OnlyReadRDS`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, db type not support, only read RDS.
    DtsMsgDbTypeNotSupportOnlyReadRds,
    /// `InvalidSecurityToken.Expired`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security token: expired.
    InvalidSecurityTokenExpired,
    /// `ServiceUnavailable`: HTTP 500; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `LXCreateOrderError`: HTTP 403; retry: never; category: permission_denied.
    /// LX create order error.
    LxCreateOrderError,
    /// `LXCreateOrder.NotFoundPricePlan`: HTTP 403; retry: never; category: permission_denied.
    /// LX create order: not found price plan.
    LxCreateOrderNotFoundPricePlan,
    /// `LXPayOrder.InsufficientBalance`: HTTP 403; retry: never; category: permission_denied.
    /// LX pay order: insufficient balance.
    LxPayOrderInsufficientBalance,
    /// `DTS.Msg.LXCreateOrderError`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, LX create order error.
    DtsMsgLxCreateOrderError,
    /// `DTS.Msg.LXCreateOrder.NotFoundPricePlan`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, LX create order, not found price plan.
    DtsMsgLxCreateOrderNotFoundPricePlan,
    /// `DTS.Msg.LXPayOrder.InsufficientBalance`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, LX pay order, insufficient balance.
    DtsMsgLxPayOrderInsufficientBalance,
    /// `DTS.Msg.LXCreateOrderErrorIntl`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, LX create order error intl.
    DtsMsgLxCreateOrderErrorIntl,
    /// `ReverseJob.Exists`: HTTP 403; retry: never; category: permission_denied.
    /// Reverse job: exists.
    ReverseJobExists,
    /// `InvalidParameter`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `DTS.Msg.FileExistValidFailError`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, file exist valid fail error.
    DtsMsgFileExistValidFailError,
    /// `InvalidParameter.Category`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: category.
    InvalidParameterCategory,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `QuotaExceed.TagsPerResource`: HTTP 419, 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags per resource.
    QuotaExceedTagsPerResource,
    /// `OperationDenied.JobStatusModifying`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: job status modifying.
    OperationDeniedJobStatusModifying,
    /// `CheckStatus.InvalidInitStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Check status: invalid init status.
    CheckStatusInvalidInitStatus,
    /// `DTS.Msg.OperationDenied.JobStatusModifying`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, operation denied, job status modifying.
    DtsMsgOperationDeniedJobStatusModifying,
    /// `DTS.Msg.CheckStatus.InvalidInitStatus`: HTTP 403; retry: never; category: permission_denied.
    /// DTS: msg, check status, invalid init status.
    DtsMsgCheckStatusInvalidInitStatus,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidParameter.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tags.
    InvalidParameterTags,
    /// `Missing.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing: tag key.
    MissingTagKey,
    /// `MissingParameter.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag or resource id.
    MissingParameterTagOrResourceId,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `InvalidParameter.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token.
    InvalidParameterNextToken,
    /// `InvalidParameter.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope.
    InvalidParameterScope,
    /// `Duplicate.TagKey`: HTTP 403; retry: never; category: permission_denied.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `NoPermission.SystemTag`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: system tag.
    NoPermissionSystemTag,
    /// `NoPermission.Operator`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: operator.
    NoPermissionOperator,
    /// `OperationDenied.NotPurchased`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not purchased.
    OperationDeniedNotPurchased,
    /// `Original.Job.Running`: HTTP 403; retry: never; category: permission_denied.
    /// Original: job, running.
    OriginalJobRunning,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 51] = [
        "Throttling.User",
        "InvalidParameter.KafkaBrokerInvalid",
        "InvalidParameter.KafkaHostInvalid",
        "UpdateJob.OperationDenied.InitStatus",
        "GetMongoDbShardInfo.NoShardAddress",
        "GetMongoDbShardInfo.EmptyInstances",
        "CheckJobFailed.ServerUnAvailable",
        "DbTypeNotSupport.PolarDBRDS",
        "DbTypeNotSupport.OnlyReadRDS",
        "DTS.Msg.InvalidParameter.KafkaBrokerInvalid",
        "DTS.Msg.InvalidParameter.KafkaHostInvalid",
        "DTS.Msg.UpdateJob.OperationDenied.InitStatus",
        "DTS.Msg.GetMongoDbShardInfo.NoShardAddress",
        "DTS.Msg.GetMongoDbShardInfo.EmptyInstances",
        "DTS.Msg.CheckJobFailed.ServerUnAvailable",
        "DTS.Msg.DbTypeNotSupport.PolarDBRDS",
        "DTS.Msg.DbTypeNotSupport.OnlyReadRDS",
        "InvalidSecurityToken.Expired",
        "ServiceUnavailable",
        "LXCreateOrderError",
        "LXCreateOrder.NotFoundPricePlan",
        "LXPayOrder.InsufficientBalance",
        "DTS.Msg.LXCreateOrderError",
        "DTS.Msg.LXCreateOrder.NotFoundPricePlan",
        "DTS.Msg.LXPayOrder.InsufficientBalance",
        "DTS.Msg.LXCreateOrderErrorIntl",
        "ReverseJob.Exists",
        "InvalidParameter",
        "InternalError",
        "DTS.Msg.FileExistValidFailError",
        "InvalidParameter.Category",
        "InvalidParameter.ResourceType",
        "QuotaExceed.TagsPerResource",
        "OperationDenied.JobStatusModifying",
        "CheckStatus.InvalidInitStatus",
        "DTS.Msg.OperationDenied.JobStatusModifying",
        "DTS.Msg.CheckStatus.InvalidInitStatus",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "InvalidParameter.Tags",
        "Missing.TagKey",
        "MissingParameter.TagOrResourceId",
        "NumberExceed.Tags",
        "NumberExceed.ResourceIds",
        "InvalidParameter.NextToken",
        "InvalidParameter.Scope",
        "Duplicate.TagKey",
        "NoPermission.SystemTag",
        "NoPermission.Operator",
        "OperationDenied.NotPurchased",
        "Original.Job.Running",
    ];
    static NAME_CODES: [u32; 20] = [
        7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 24, 25, 29, 35, 36,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DbTypeNotSupportPolarDbrdsDbTypeNotSupportOnlyReadRdsDtsMsgInvalidParameterKafkaBrokerInvalidDtsMsgInvalidParameterKafkaHostInvalidDtsMsgUpdateJobOperationDeniedInitStatusDtsMsgGetMongoDbShardInfoNoShardAddressDtsMsgGetMongoDbShardInfoEmptyInstancesDtsMsgCheckJobFailedServerUnAvailableDtsMsgDbTypeNotSupportPolarDbrdsDtsMsgDbTypeNotSupportOnlyReadRdsLxCreateOrderErrorLxCreateOrderNotFoundPricePlanLxPayOrderInsufficientBalanceDtsMsgLxCreateOrderErrorDtsMsgLxCreateOrderNotFoundPricePlanDtsMsgLxPayOrderInsufficientBalanceDtsMsgLxCreateOrderErrorIntlDtsMsgFileExistValidFailErrorDtsMsgOperationDeniedJobStatusModifyingDtsMsgCheckStatusInvalidInitStatus",
        ends: &[
            0, 26, 53, 93, 131, 171, 210, 249, 286, 318, 351, 369, 399, 428, 452, 488,
            523, 551, 580, 619, 653,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was throttled: user.A parameter is invalid: kafka broker invalid.A parameter is invalid: kafka host invalid.Update job: operation denied, init status.Get mongo db shard info: no shard address.Get mongo db shard info: empty instances.Check job failed: server un available.Db type not support: polar DBRDS.Db type not support: only read RDS.DTS: msg, invalid parameter, kafka broker invalid.DTS: msg, invalid parameter, kafka host invalid.DTS: msg, update job, operation denied, init status.DTS: msg, get mongo db shard info, no shard address.DTS: msg, get mongo db shard info, empty instances.DTS: msg, check job failed, server un available.DTS: msg, db type not support, polar DBRDS.DTS: msg, db type not support, only read RDS.Invalid security token: expired.The service is unavailable.LX create order error.LX create order: not found price plan.LX pay order: insufficient balance.DTS: msg, LX create order error.DTS: msg, LX create order, not found price plan.DTS: msg, LX pay order, insufficient balance.DTS: msg, LX create order error intl.Reverse job: exists.A parameter is invalid.An internal error occurred.DTS: msg, file exist valid fail error.A parameter is invalid: category.A parameter is invalid: resource type.A quota was exceeded: tags per resource.Operation denied: job status modifying.Check status: invalid init status.DTS: msg, operation denied, job status modifying.DTS: msg, check status, invalid init status.A parameter is invalid: tag key.A parameter is invalid: tag value.A parameter is invalid: tags.Missing: tag key.A required parameter is missing: tag or resource id.Number exceed: tags.Number exceed: resource ids.A parameter is invalid: next token.A parameter is invalid: scope.Duplicate: tag key.The caller has no permission: system tag.The caller has no permission: operator.Operation denied: not purchased.Original: job, running.",
        ends: &[
            0, 32, 77, 120, 162, 204, 245, 283, 316, 351, 401, 449, 501, 553, 604, 652,
            695, 740, 772, 799, 821, 859, 894, 926, 974, 1019, 1056, 1076, 1099, 1126,
            1164, 1197, 1235, 1275, 1314, 1348, 1397, 1441, 1473, 1507, 1536, 1553, 1605,
            1625, 1653, 1688, 1718, 1737, 1778, 1817, 1849, 1872,
        ],
    };
    static STATUSES: [u16; 52] = [
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 500, 403, 403, 403, 403, 403, 403, 403, 403, 403, 500, 403, 400, 400,
        419, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 403, 403, 403,
    ];
    static STATUS_ENDS: [u32; 52] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52,
    ];
    static RETRY: [::cloud_errors::Retry; 51] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaaaaaaabaaaaaaaaabaaacaaaaaaaaaaaaaaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 51] = ::cloud_errors::__private::category_column(
        b"hccgggggggggggggggnggggggggcmgcchggggcccccccccggggg",
    );
    static PILOTS: [u16; 13] = [2, 2, 57, 14, 32, 6, 6, 2, 14, 20, 39, 236, 165];
    static SLOTS: [(&str, u32); 56] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 29, 28, 39, 27, 7, 6, 8, 46, 4294967295, 30, 24, 19, 35, 31, 42, 9, 2,
            45, 33, 43, 4294967295, 10, 20, 12, 3, 34, 4294967295, 50, 5, 44, 13, 22, 1,
            48, 36, 23, 47, 4294967295, 15, 11, 4, 37, 14, 0, 4294967295, 17, 32, 38, 41,
            26, 18, 21, 16, 40, 49,
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
    const PROVIDER: &'static str = "Alibaba Cloud Dts";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dts's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dts: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
