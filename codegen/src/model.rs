//! The checked model: what validation produces and emission consumes. Every value here has
//! passed the checks of `check` and `validate` (or of `#[cloud_error]`'s attribute parser).

use proc_macro2::Ident;

/// Whether retrying can help; mirrors `cloud_errors::Retry`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retry {
    Never,
    Backoff,
    AfterFix,
}

impl Retry {
    pub const ALL: [Retry; 3] = [Retry::Never, Retry::Backoff, Retry::AfterFix];

    /// The name in catalogs and attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Backoff => "backoff",
            Retry::AfterFix => "after_fix",
        }
    }

    /// The variant of `cloud_errors::Retry`.
    pub fn variant(self) -> &'static str {
        match self {
            Retry::Never => "Never",
            Retry::Backoff => "Backoff",
            Retry::AfterFix => "AfterFix",
        }
    }

    /// The default for a `#[cloud_error]` code that names no retry class: what the runtime decides
    /// for a response with its first status and no known code, `never` without a status.
    pub fn default_for(statuses: &[u16]) -> Retry {
        statuses
            .first()
            .map_or(Retry::Never, |&status| Retry::from_http_status(status))
    }

    /// Must agree with `cloud_errors::Retry::from_http_status` (a test in tests/ checks it).
    pub fn from_http_status(status: u16) -> Retry {
        match status {
            429 | 500 | 502 | 503 | 504 => Retry::Backoff,
            _ => Retry::Never,
        }
    }
}

/// A `google.rpc.Code` category; mirrors `cloud_errors::Category`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Cancelled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated,
}

impl Category {
    pub const ALL: [Category; 16] = [
        Category::Cancelled,
        Category::Unknown,
        Category::InvalidArgument,
        Category::DeadlineExceeded,
        Category::NotFound,
        Category::AlreadyExists,
        Category::PermissionDenied,
        Category::ResourceExhausted,
        Category::FailedPrecondition,
        Category::Aborted,
        Category::OutOfRange,
        Category::Unimplemented,
        Category::Internal,
        Category::Unavailable,
        Category::DataLoss,
        Category::Unauthenticated,
    ];

    /// The name in catalogs and attributes (`not_found`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Cancelled => "cancelled",
            Category::Unknown => "unknown",
            Category::InvalidArgument => "invalid_argument",
            Category::DeadlineExceeded => "deadline_exceeded",
            Category::NotFound => "not_found",
            Category::AlreadyExists => "already_exists",
            Category::PermissionDenied => "permission_denied",
            Category::ResourceExhausted => "resource_exhausted",
            Category::FailedPrecondition => "failed_precondition",
            Category::Aborted => "aborted",
            Category::OutOfRange => "out_of_range",
            Category::Unimplemented => "unimplemented",
            Category::Internal => "internal",
            Category::Unavailable => "unavailable",
            Category::DataLoss => "data_loss",
            Category::Unauthenticated => "unauthenticated",
        }
    }

    /// The variant of `cloud_errors::Category`.
    pub fn variant(self) -> String {
        heck::ToUpperCamelCase::to_upper_camel_case(self.as_str())
    }

    /// The default for a code whose entry names no category: the category of its first status
    /// (as `cloud_errors::Category::from_http_status` maps it), `unknown` without a status.
    pub fn default_for(statuses: &[u16]) -> Category {
        match statuses.first() {
            Some(&status) => Category::from_http_status(status),
            None => Category::Unknown,
        }
    }

    /// Must agree with `cloud_errors::Category::from_http_status` (a test in tests/ checks it).
    pub fn from_http_status(status: u16) -> Category {
        match status {
            400 => Category::InvalidArgument,
            401 => Category::Unauthenticated,
            403 => Category::PermissionDenied,
            404 => Category::NotFound,
            409 => Category::Aborted,
            416 => Category::OutOfRange,
            429 => Category::ResourceExhausted,
            499 => Category::Cancelled,
            500 => Category::Internal,
            501 => Category::Unimplemented,
            503 => Category::Unavailable,
            504 => Category::DeadlineExceeded,
            402 | 405..=408 | 410..=415 | 417..=428 | 430..=498 => Category::FailedPrecondition,
            502 | 505..=599 => Category::Internal,
            _ => Category::Unknown,
        }
    }
}

/// How a provider wraps errors in its HTTP responses; picks the response parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Envelope {
    /// JSON `{"code", "message"}`, request id in the `opc-request-id` header.
    Oci,
    /// JSON `{"errors": [...], "trace", "status_code"}`.
    Ibm,
    /// Protocol Buffers `Error` message, or JSON `{"Code", "Message", "RequestId", ...}`.
    Alibaba,
    /// JSON `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`, often with HTTP 200.
    Tencent,
}

impl Envelope {
    pub fn as_str(self) -> &'static str {
        match self {
            Envelope::Oci => "oci",
            Envelope::Ibm => "ibm",
            Envelope::Alibaba => "alibaba",
            Envelope::Tencent => "tencent",
        }
    }
}

/// A text in English and Japanese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub en: String,
    pub ja: String,
}

/// One error code, checked.
#[derive(Clone, Debug)]
pub struct CodeDef {
    /// The code exactly as the service sends it.
    pub wire: String,
    /// The variant's name.
    pub name: Ident,
    /// Documented HTTP statuses, in catalog order; may be empty.
    pub statuses: Vec<u16>,
    pub retry: Retry,
    pub category: Category,
    pub description: Bilingual,
    pub help: Option<Bilingual>,
    /// Documented messages, in catalog order.
    pub messages: Vec<String>,
    /// In a catalog with `extends`: this code deliberately redefines one of the base catalog.
    pub overrides: bool,
}

/// A documented response with a status but no code.
#[derive(Clone, Debug)]
pub struct StatusRule {
    pub status: u16,
    pub retry: Retry,
    pub category: Category,
    pub description: Bilingual,
}

/// One catalog file, checked.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// The catalog's path as shown to people (`catalogs/oci.yaml`).
    pub source: String,
    /// The module name in `cloud_errors` (`oci`); also the Cargo feature.
    pub module: String,
    /// The provider's display name.
    pub provider: String,
    /// The provider's documentation page for these codes.
    pub docs: String,
    pub envelope: Envelope,
    /// The module of the catalog this one layers its codes over.
    pub extends: Option<String>,
    pub codes: Vec<CodeDef>,
    pub status_rules: Vec<StatusRule>,
}
