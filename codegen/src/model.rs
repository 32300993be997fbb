//! The checked model: what validation produces and emission consumes. Every value here has
//! passed the checks of `check` and `validate` (or of `#[cloud_error]`'s attribute parser).

use proc_macro2::Ident;

/// The vocabulary is the runtime's own: one definition for the generator and the generated code.
pub use cloud_errors_runtime::{Category, EnvelopeName, Locale, Retry, RetryWhen};

/// A vocabulary a catalog key or `#[code]` option takes its value from (`retry: backoff`).
pub trait Word: Copy + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
}

macro_rules! words {
    ($($word:ident),*) => {$(
        impl Word for $word {
            const ALL: &'static [Self] = &$word::ALL;
            fn name(self) -> &'static str {
                self.as_str()
            }
        }
    )*};
}
words!(Category, EnvelopeName, Locale, Retry, RetryWhen);

/// The retry class of a code that names none (a `#[cloud_error]` code): what the runtime decides
/// for a response with its first status and no known code, `never` without a status.
pub fn default_retry(statuses: &[u16]) -> Retry {
    statuses
        .first()
        .map_or(Retry::Never, |&status| Retry::from_http_status(status))
}

/// The category of a code whose entry names none: the category of its first status (as
/// `Category::from_http_status` maps it), `unknown` without a status.
pub fn default_category(statuses: &[u16]) -> Category {
    statuses
        .first()
        .map_or(Category::Unknown, |&status| Category::from_http_status(status))
}

/// A text in each language a catalog may have; "" where it has none in that language (the
/// runtime then answers along the fallback chain of `Locale`). At least one is not empty.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bilingual {
    pub en: String,
    pub ja: String,
    pub zh: String,
}

impl Bilingual {
    /// The text in `locale`, "" where there is none.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Zh => &self.zh,
            Locale::Ja => &self.ja,
            _ => &self.en,
        }
    }
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
    /// An answer at one of `statuses` with an empty body is read as this code.
    pub empty_body: bool,
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
    /// Its curation file's path, when it has one (`catalogs/oci.curated.yaml`).
    pub curated: Option<String>,
    /// The module name in `cloud_errors` (`oci`); also the Cargo feature.
    pub module: String,
    /// The provider's display name.
    pub provider: String,
    /// The provider's documentation page for these codes.
    pub docs: String,
    pub envelope: EnvelopeName,
    /// The languages the catalog's texts are in (`languages`), the first being the last step of
    /// the fallback chain; `[en, ja]` by default.
    pub languages: Vec<Locale>,
    /// The module of the catalog this one layers its codes over.
    pub extends: Option<String>,
    pub codes: Vec<CodeDef>,
    pub status_rules: Vec<StatusRule>,
    /// The provider SDK's retry behaviour: the catalog's own `retry_policy`, else its base's
    /// (through `extends`), with the `retry_when` of its codes and then of its base's; `None`
    /// when no catalog of the chain declares one.
    pub retry_policy: Option<RetryPolicyDef>,
    /// The module of the catalog whose `retry_policy` this one inherits unchanged (no catalog
    /// between adds a `retry_when`): the emitted constant then names that catalog's instead of
    /// repeating it.
    pub retry_policy_of: Option<String>,
}

/// A catalog's `retry_policy` (catalogs/README.md, "Retry policy"): emitted as the
/// `cloud_errors::PolicyDefaults` of its `Code`.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicyDef {
    /// The SDK functions the values come from.
    pub source: String,
    pub max_attempts: u32,
    pub backoff: BackoffDef,
    pub max_delay_ms: u64,
    pub max_elapsed_ms: Option<u64>,
    pub default_when: RetryWhen,
    /// `None`: the runtime's common conditions.
    pub status_when: Option<Vec<StatusWhen>>,
    pub consistency_window: Option<(u32, BackoffDef)>,
    pub idempotency_token: Option<TokenPlaceDef>,
    /// The retry quota shared by the calls to one service (`retry_quota`).
    pub retry_quota: Option<QuotaDef>,
    /// Codes whose retry depends on the request (exact wire codes).
    pub code_conditions: Vec<(String, RetryWhen)>,
    /// Codes whose condition holds only at these statuses (`retry_when_status`); at another
    /// status their answer is decided by its status alone.
    pub code_statuses: Vec<(String, Vec<u16>)>,
    /// `decide_by: status`: the status alone decides.
    pub by_status: bool,
    /// Where the provider's SDK does otherwise (`sdk_*` keys).
    pub sdk: SdkDef,
}

/// Statuses `first..=last` and their condition (a key of `status_when`: `503` or `502-599`).
pub type StatusWhen = (u16, u16, RetryWhen);

/// The `sdk_*` keys of a `retry_policy`: the SDK's behaviour where the catalog deliberately
/// differs from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SdkDef {
    pub max_attempts: Option<u32>,
    pub default_when: Option<RetryWhen>,
    pub code_when: Vec<(String, RetryWhen)>,
    pub status_when: Option<Vec<StatusWhen>>,
}

/// `base × multiplier^(attempt − 1)`, capped, with jitter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BackoffDef {
    pub base_ms: u64,
    pub multiplier: f64,
    pub cap_ms: u64,
    pub jitter: JitterDef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitterDef {
    None,
    Full,
    AddMs(u64),
}

/// A retry quota's numbers: tokens at the start (and at most), what a retry takes (a timeout's
/// retry), what a first-attempt success gives back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaDef {
    pub initial: u32,
    pub retry_cost: u32,
    pub timeout_cost: u32,
    pub success_refund: u32,
}

/// Where the provider takes an idempotency token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenPlaceDef {
    Header(String),
    BodyParameter(String),
}
