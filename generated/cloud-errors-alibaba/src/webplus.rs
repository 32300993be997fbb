// @generated from catalogs/alibaba/webplus.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud WebPlus: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud WebPlus: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ChangeOnAborting`: HTTP 400; retry: never; category: invalid_argument.
    /// Change on aborting.
    ChangeOnAborting,
    /// `ChangeFinished`: HTTP 400; retry: never; category: invalid_argument.
    /// Change finished.
    ChangeFinished,
    /// `ResourceAuthFailed`: HTTP 403, 500; retry: never; category: permission_denied.
    /// Resource auth failed.
    ResourceAuthFailed,
    /// `ConfigOptionNotExists`: HTTP 404; retry: never; category: not_found.
    /// Config option not exists.
    ConfigOptionNotExists,
    /// `EnvCreateFailed`: HTTP 500; retry: never; category: internal.
    /// Env create failed.
    EnvCreateFailed,
    /// `OSSDisabled`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// OSS disabled.
    OssDisabled,
    /// `OSSApiCallFailed`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// OSS api call failed.
    OssApiCallFailed,
    /// `StackNotExists`: HTTP 404, 500; retry: never; category: not_found.
    /// Stack not exists.
    StackNotExists,
    /// `AppNotExist`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// App not exist.
    AppNotExist,
    /// `AppCategoryNotMatchWithStacks`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// App category not match with stacks.
    AppCategoryNotMatchWithStacks,
    /// `StackContainsNoConfigOption`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Stack contains no config option.
    StackContainsNoConfigOption,
    /// `ChangingAReadonlyConfig`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Changing a readonly config.
    ChangingAReadonlyConfig,
    /// `ConfigValueInvalid`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Config value invalid.
    ConfigValueInvalid,
    /// `AppPackageNotExists`: HTTP 404, 500; retry: never; category: not_found.
    /// App package not exists.
    AppPackageNotExists,
    /// `AppPackageOwnedByOthers`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// App package owned by others.
    AppPackageOwnedByOthers,
    /// `AppNameUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// App name used.
    AppNameUsed,
    /// `CategoryNotExists`: HTTP 404; retry: never; category: not_found.
    /// Category not exists.
    CategoryNotExists,
    /// `DuplicatedTemplateName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated template name.
    DuplicatedTemplateName,
    /// `ConfigParsingFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Config parsing failed.
    ConfigParsingFailed,
    /// `ProfileNameInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Profile name invalid.
    ProfileNameInvalid,
    /// `VersionLabelExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Version label exists.
    VersionLabelExists,
    /// `OSSPathInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// OSS path invalid.
    OssPathInvalid,
    /// `DeleteEnvNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Delete env not allowed.
    DeleteEnvNotAllowed,
    /// `DeletingEnvNotExists`: HTTP 404; retry: never; category: not_found.
    /// Deleting env not exists.
    DeletingEnvNotExists,
    /// `EnvDeleteFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Env delete failed.
    EnvDeleteFailed,
    /// `AppDeleteNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// App delete not allowed.
    AppDeleteNotAllowed,
    /// `EnvOnChanging`: HTTP 400; retry: never; category: invalid_argument.
    /// Env on changing.
    EnvOnChanging,
    /// `StatusNotAllowedRestart`: HTTP 403; retry: never; category: permission_denied.
    /// Status not allowed restart.
    StatusNotAllowedRestart,
    /// `ChangeNotExists`: HTTP 404; retry: never; category: not_found.
    /// Change not exists.
    ChangeNotExists,
    /// `InstanceIdParamInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id param invalid.
    InstanceIdParamInvalid,
    /// `InstanceNotExists`: HTTP 404; retry: never; category: not_found.
    /// Instance not exists.
    InstanceNotExists,
    /// `StatusNotAllowedRebuild`: HTTP 403; retry: never; category: permission_denied.
    /// Status not allowed rebuild.
    StatusNotAllowedRebuild,
    /// `StatusNotAllowedStart`: HTTP 403; retry: never; category: permission_denied.
    /// Status not allowed start.
    StatusNotAllowedStart,
    /// `StatusNotAllowedStop`: HTTP 403; retry: never; category: permission_denied.
    /// Status not allowed stop.
    StatusNotAllowedStop,
    /// `StatusNotAllowedTerminated`: HTTP 403; retry: never; category: permission_denied.
    /// Status not allowed terminated.
    StatusNotAllowedTerminated,
    /// `VpcNotAllowedUpdate`: HTTP 403; retry: never; category: permission_denied.
    /// Vpc not allowed update.
    VpcNotAllowedUpdate,
    /// `TemplateUpdateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Template update failed.
    TemplateUpdateFailed,
    /// `TemplateNotExists`: HTTP 404; retry: never; category: not_found.
    /// Template not exists.
    TemplateNotExists,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
        "ChangeOnAborting",
        "ChangeFinished",
        "ResourceAuthFailed",
        "ConfigOptionNotExists",
        "EnvCreateFailed",
        "OSSDisabled",
        "OSSApiCallFailed",
        "StackNotExists",
        "AppNotExist",
        "AppCategoryNotMatchWithStacks",
        "StackContainsNoConfigOption",
        "ChangingAReadonlyConfig",
        "ConfigValueInvalid",
        "AppPackageNotExists",
        "AppPackageOwnedByOthers",
        "AppNameUsed",
        "CategoryNotExists",
        "DuplicatedTemplateName",
        "ConfigParsingFailed",
        "ProfileNameInvalid",
        "VersionLabelExists",
        "OSSPathInvalid",
        "DeleteEnvNotAllowed",
        "DeletingEnvNotExists",
        "EnvDeleteFailed",
        "AppDeleteNotAllowed",
        "EnvOnChanging",
        "StatusNotAllowedRestart",
        "ChangeNotExists",
        "InstanceIdParamInvalid",
        "InstanceNotExists",
        "StatusNotAllowedRebuild",
        "StatusNotAllowedStart",
        "StatusNotAllowedStop",
        "StatusNotAllowedTerminated",
        "VpcNotAllowedUpdate",
        "TemplateUpdateFailed",
        "TemplateNotExists",
    ];
    static NAME_CODES: [u32; 3] = [5, 6, 21];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OssDisabledOssApiCallFailedOssPathInvalid",
        ends: &[0, 11, 27, 41],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Change on aborting.Change finished.Resource auth failed.Config option not exists.Env create failed.OSS disabled.OSS api call failed.Stack not exists.App not exist.App category not match with stacks.Stack contains no config option.Changing a readonly config.Config value invalid.App package not exists.App package owned by others.App name used.Category not exists.Duplicated template name.Config parsing failed.Profile name invalid.Version label exists.OSS path invalid.Delete env not allowed.Deleting env not exists.Env delete failed.App delete not allowed.Env on changing.Status not allowed restart.Change not exists.Instance id param invalid.Instance not exists.Status not allowed rebuild.Status not allowed start.Status not allowed stop.Status not allowed terminated.Vpc not allowed update.Template update failed.Template not exists.",
        ends: &[
            0, 19, 35, 56, 81, 99, 112, 132, 149, 163, 198, 230, 257, 278, 301, 329, 343,
            363, 388, 410, 431, 452, 469, 492, 516, 534, 557, 573, 600, 618, 644, 664,
            691, 716, 740, 770, 793, 816, 836,
        ],
    };
    static STATUSES: [u16; 49] = [
        400, 400, 403, 500, 404, 500, 400, 500, 400, 500, 404, 500, 400, 500, 400, 500,
        400, 500, 400, 500, 400, 500, 404, 500, 400, 500, 400, 404, 400, 400, 400, 400,
        400, 403, 404, 400, 403, 400, 403, 404, 400, 404, 403, 403, 403, 403, 403, 400,
        404,
    ];
    static STATUS_ENDS: [u32; 39] = [
        0, 1, 2, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 27, 28, 29, 30, 31, 32,
        33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
    ];
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"ccgemcceccccceccecccccgecgcgecegggggce",
    );
    static PILOTS: [u16; 10] = [3, 4, 2, 15, 18, 46, 14, 22, 0, 1200];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 10, 15, 2, 31, 26, 17, 32, 7, 3, 21, 16, 4294967295, 33, 14, 35, 25, 27,
            4294967295, 30, 6, 18, 23, 13, 0, 8, 36, 24, 28, 4294967295, 9, 12, 4, 1, 37,
            11, 20, 4294967295, 34, 5, 29, 19,
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
    const PROVIDER: &'static str = "Alibaba Cloud WebPlus";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud WebPlus's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud WebPlus: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
