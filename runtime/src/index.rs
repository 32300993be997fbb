//! An index of the catalogs a generated crate holds, for tools that list or look up codes by
//! their wire string across catalogs (the `cloud-errors` command, reference pages).
//!
//! Each generated crate has a `CATALOGS` static: one [`Catalog`] per catalog whose feature is on,
//! reading the very tables its `Code` enum reads (no second copy of any string), with what the
//! provider's retry policy says of each code and a reader for the provider's error responses.
//!
//! ```
//! use cloud_errors::{Locale, Retry, RetryWhen};
//!
//! let oci = cloud_errors::CATALOGS.iter().find(|catalog| catalog.module() == "oci").unwrap();
//! assert_eq!(oci.path(), "cloud_errors::oci");
//! let code = oci.find("NotAuthorizedOrNotFound").unwrap();
//! assert_eq!(code.rust_path(), "cloud_errors::oci::Code::NotAuthorizedOrNotFound");
//! assert_eq!(code.http_statuses(), &[404]);
//! assert_eq!(code.retry(), Retry::Backoff);
//! // What `decide` sees: retried only inside an eventual-consistency window.
//! assert_eq!(code.retry_when(), RetryWhen::InConsistencyWindow);
//! assert!(oci.retry_policy().consistency_window.is_some());
//! assert!(!code.description_in(Locale::En).0.is_empty());
//! ```

use core::fmt;
use std::time::Duration;

use http::HeaderMap;

use crate::__private::{Generated, Table};
use crate::envelopes::Envelope;
use crate::{Category, Decision, PolicyDefaults, ProviderCode, ProviderError, Retry, RetryContext};
use crate::{Locale, Messages};
use crate::{RetryPolicy, RetryWhen};

/// One catalog of a generated crate: its module, provider, envelope and retry policy, and its
/// codes. Listed in each generated crate's `CATALOGS`.
#[derive(Clone, Copy)]
pub struct Catalog {
    path: &'static str,
    base: Option<&'static str>,
    provider: &'static str,
    envelope: &'static str,
    retry_policy: &'static PolicyDefaults,
    table: &'static Table,
    /// The envelope's `ERRORS_IN_SUCCESS_BODIES`.
    errors_in_success_bodies: bool,
    /// For a catalog that extends none, and one per envelope its base does not read: see
    /// `Catalog::read`.
    read: Option<Reader>,
}

/// Reads an error response (status, headers, body) as a catalog's `Error` does.
type Reader = fn(u16, &HeaderMap, &[u8]) -> Reading;

impl Catalog {
    /// The entry of `C`, the `Code` of the module at `path` (`cloud_errors::oci`), a catalog
    /// that extends none. Emitted by the generator, one line per catalog.
    #[doc(hidden)]
    pub const fn of<C: Generated + ProviderCode>(path: &'static str) -> Catalog {
        Catalog {
            read: Some(read::<C>),
            ..Catalog::extending::<C>(path, "")
        }
    }

    /// The entry of `C`, the `Code` of the module at `path` (`cloud_errors_tencent::cvm`), which
    /// extends the catalog at `base` (`cloud_errors::tencent`). No reader of its own: reading a
    /// response once per catalog would compile `ProviderError` once per catalog (a crate of 282
    /// catalogs built 2.4 times as long); its base reads the envelope, and
    /// [`CatalogCode::decide`] decides for its codes as `decide` does.
    #[doc(hidden)]
    pub const fn extending<C: Generated + ProviderCode>(path: &'static str, base: &'static str) -> Catalog {
        Catalog {
            path,
            base: if base.is_empty() { None } else { Some(base) },
            provider: C::PROVIDER,
            envelope: <C::Envelope as Envelope>::NAME,
            retry_policy: C::RETRY_POLICY,
            table: C::TABLE,
            errors_in_success_bodies: <C::Envelope as Envelope>::ERRORS_IN_SUCCESS_BODIES,
            read: None,
        }
    }

    /// [`extending`](Catalog::extending), with a reader: the first catalog of a crate in an
    /// envelope its base does not read (`cloud_errors_aws::cloudfront`, restXml over `aws`'s
    /// awsJson).
    #[doc(hidden)]
    pub const fn reading<C: Generated + ProviderCode>(path: &'static str, base: &'static str) -> Catalog {
        Catalog {
            read: Some(read::<C>),
            ..Catalog::extending::<C>(path, base)
        }
    }

    /// Whether [`read`](Catalog::read) reads responses: every catalog extending none, and one
    /// catalog per envelope its base does not read.
    pub fn reads(&self) -> bool {
        self.read.is_some()
    }

    /// The module's Rust path: `cloud_errors::oci`, `cloud_errors_tencent::cvm`.
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// The module's name, also its Cargo feature: `oci`, `cvm`.
    pub fn module(&self) -> &'static str {
        self.path.rsplit("::").next().unwrap_or(self.path)
    }

    /// The crate's name as Cargo spells it: `cloud-errors`, `cloud-errors-tencent`.
    pub fn crate_name(&self) -> String {
        self.path.split("::").next().unwrap_or_default().replace('_', "-")
    }

    /// The path of the catalog this one extends (`cloud_errors::tencent`): codes it does not
    /// define are looked up there.
    pub fn base(&self) -> Option<&'static str> {
        self.base
    }

    /// The provider's display name (`ProviderCode::PROVIDER`): `Tencent Cloud CVM`.
    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// The envelope the provider wraps errors in, as catalogs name it: `oci`, `tencent`.
    pub fn envelope(&self) -> &'static str {
        self.envelope
    }

    /// The provider's retry defaults (`ProviderCode::RETRY_POLICY`).
    pub fn retry_policy(&self) -> &'static PolicyDefaults {
        self.retry_policy
    }

    /// How many codes the catalog defines itself.
    pub fn len(&self) -> usize {
        self.table.code_count() as usize
    }

    /// Whether the catalog defines no code itself.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every code the catalog defines itself, in catalog order.
    pub fn codes(&'static self) -> impl ExactSizeIterator<Item = CatalogCode> + 'static {
        (0..self.table.code_count()).map(move |index| CatalogCode { catalog: self, index })
    }

    /// The code with this exact wire string, if the catalog defines it itself.
    pub fn find(&'static self, wire: &str) -> Option<CatalogCode> {
        let index = self.table.find(wire)?;
        Some(CatalogCode { catalog: self, index })
    }

    /// The code an answer at `status` with an empty body is read as, where the catalog names
    /// one ([`ErrorCode::from_empty_body`](crate::ErrorCode::from_empty_body): S3's `NotFound`
    /// at 404).
    pub fn from_empty_body(&'static self, status: u16) -> Option<CatalogCode> {
        let index = self.table.from_empty_body(status)?;
        Some(CatalogCode { catalog: self, index })
    }

    /// Reads an error response as this catalog's `ProviderError` reads it
    /// (`ProviderError::from_parts`), with what `ProviderError::decide` answers. `None` for a
    /// catalog that does not [`reads`](Catalog::reads): read with its base or the catalog of its
    /// crate that reads its envelope, and take the facts of a code it defines from
    /// [`find`](Catalog::find).
    pub fn read(&self, status: u16, headers: &HeaderMap, body: &[u8]) -> Option<Reading> {
        Some((self.read?)(status, headers, body))
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("path", &self.path)
            .field("provider", &self.provider)
            .field("codes", &self.len())
            .finish_non_exhaustive()
    }
}

/// A code a catalog defines, with its facts.
#[derive(Clone, Copy)]
pub struct CatalogCode {
    catalog: &'static Catalog,
    index: u32,
}

impl CatalogCode {
    /// The catalog that defines it.
    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    /// The wire string.
    pub fn code(&self) -> &'static str {
        self.catalog.table.code(self.index)
    }

    /// The name of its variant in the module's `Code`.
    pub fn variant(&self) -> String {
        struct Name<'a>(&'a Table, u32);
        impl fmt::Display for Name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write_name(self.1, f)
            }
        }
        Name(self.catalog.table, self.index).to_string()
    }

    /// The variant's Rust path: `cloud_errors_tencent::cvm::Code::FailedOperationAccountAlreadyExists`.
    pub fn rust_path(&self) -> String {
        format!("{}::Code::{}", self.catalog.path, self.variant())
    }

    /// The documented HTTP statuses.
    pub fn http_statuses(&self) -> &'static [u16] {
        self.catalog.table.http_statuses(self.index)
    }

    /// Whether an answer at one of its statuses with an empty body is read as this code (the
    /// catalog's `empty_body: true`: S3's `NotFound`).
    pub fn read_from_empty_body(&self) -> bool {
        self.catalog.table.empty_body_codes.contains(&self.index)
    }

    /// The status an error of this code is written with when nothing says another, as
    /// [`ProviderError::new`] writes it: 200 where the provider answers errors in success bodies
    /// (Tencent Cloud), else the first documented status, else its category's
    /// ([`Category::http_status`]).
    ///
    /// ```
    /// use cloud_errors::{google, ProviderError};
    ///
    /// let find = |path: &str, wire: &str| {
    ///     let catalog = cloud_errors::CATALOGS.iter().find(|catalog| catalog.path() == path);
    ///     catalog.and_then(|catalog| catalog.find(wire)).expect("a code of the catalog")
    /// };
    /// // Google's reasons document no status: RATE_LIMIT_EXCEEDED is resource_exhausted, 429.
    /// let reason = find("cloud_errors::google", "RATE_LIMIT_EXCEEDED");
    /// assert_eq!(reason.http_statuses(), &[] as &[u16]);
    /// assert_eq!(reason.written_status(), 429);
    /// assert_eq!(ProviderError::new(google::Code::RateLimitExceeded).status(), 429);
    /// // Tencent Cloud answers every error with HTTP 200.
    /// assert_eq!(find("cloud_errors::tencent", "AuthFailure.SignatureExpire").written_status(), 200);
    /// assert_eq!(find("cloud_errors::oci", "TooManyRequests").written_status(), 429);
    /// ```
    pub fn written_status(&self) -> u16 {
        crate::response::written_status(
            self.catalog.errors_in_success_bodies,
            self.http_statuses(),
            self.category(),
        )
    }

    /// Whether retrying can help.
    pub fn retry(&self) -> Retry {
        self.catalog.table.retry(self.index)
    }

    /// The provider-neutral category.
    pub fn category(&self) -> Category {
        self.catalog.table.category(self.index)
    }

    /// The description in `locale`, or along the fallback chain of [`Locale`] where the catalog
    /// has none in it, with the language it is in.
    pub fn description_in(&self, locale: Locale) -> (&'static str, Locale) {
        let table = self.catalog.table;
        let column = |locale| match locale {
            Locale::En => table.descriptions_en,
            Locale::Ja => table.descriptions_ja,
            Locale::Zh => table.descriptions_zh,
        };
        in_chain(locale, table.first_locale, |locale| {
            column(locale).get_or_empty(self.index as usize)
        })
        .unwrap_or(("", locale))
    }

    /// Troubleshooting help in `locale` (or along the fallback chain), with its language, where
    /// the catalog has any.
    pub fn help_in(&self, locale: Locale) -> Option<(&'static str, Locale)> {
        let table = self.catalog.table;
        let at = table.help_codes.binary_search(&self.index).ok()?;
        let column = |locale| match locale {
            Locale::En => table.help_en,
            Locale::Ja => table.help_ja,
            Locale::Zh => table.help_zh,
        };
        in_chain(locale, table.first_locale, |locale| {
            column(locale).get_or_empty(at)
        })
    }

    /// The messages the provider documents for this code.
    pub fn messages(&self) -> Messages {
        self.catalog.table.messages(self.index)
    }

    /// When the provider's retry policy retries this code if its class is
    /// [`Retry::Backoff`]: what `ProviderCode::retry_when` answers and `decide` applies.
    pub fn retry_when(&self) -> RetryWhen {
        self.catalog.retry_policy.code_condition(self.code())
    }

    /// What `ProviderError::decide` answers for a response carrying this code, with this status
    /// and the wait it asks for, after the attempt of `ctx` (the catalog's policy, without
    /// jitter).
    pub fn decide(&self, status: u16, retry_after: Option<Duration>, ctx: &RetryContext) -> Decision {
        let policy = RetryPolicy::from_defaults(self.catalog.retry_policy).with_jitter(false);
        let code = (self.code(), self.retry(), self.retry_when());
        policy.decide_code(code, status, retry_after, ctx)
    }

    /// [`decide`](CatalogCode::decide) for each of [`Reading::SITUATIONS`], after a first attempt.
    pub fn decisions(&self, status: u16, retry_after: Option<Duration>) -> Vec<Decision> {
        situations()
            .iter()
            .map(|ctx| self.decide(status, retry_after, ctx))
            .collect()
    }
}

impl fmt::Debug for CatalogCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::Code::{}", self.catalog.path, self.variant())
    }
}

/// The first non-empty text along the chain `[locale, En, first]`, with its language.
fn in_chain(
    locale: Locale,
    first: Locale,
    text: impl Fn(Locale) -> &'static str,
) -> Option<(&'static str, Locale)> {
    [locale, Locale::En, first]
        .into_iter()
        .map(|locale| (text(locale), locale))
        .find(|(text, _)| !text.is_empty())
}

/// An error response as one catalog's `ProviderError` read it: see [`Catalog::read`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Reading {
    /// The HTTP status given.
    pub status: u16,
    /// The code as sent; empty when the body had none.
    pub code: String,
    /// Whether the catalog (or the one it extends) knows the code.
    pub known: bool,
    /// How the class was decided.
    pub classified_by: ClassifiedBy,
    /// The provider's message.
    pub message: Option<String>,
    /// The request id.
    pub request_id: Option<String>,
    /// The status the body states, where it has one.
    pub reported_status: Option<i64>,
    /// The wait the response asks for.
    pub retry_after: Option<Duration>,
    /// Whether retrying can help.
    pub retry: Retry,
    /// The category.
    pub category: Category,
    /// The description of the code (of its nearest known ancestor, of the status rule), in
    /// English.
    pub description: &'static str,
    /// The envelope's extras, as `ProviderError`'s `Serialize` writes them (null for none).
    pub extras: serde_json::Value,
    /// Whether the body was kept because no code could be read from it.
    pub raw_body_kept: bool,
    /// What `ProviderError::decide` answers after a first attempt, for each of
    /// [`Reading::SITUATIONS`] (backoff without jitter).
    pub decisions: Vec<Decision>,
}

/// Where a [`Reading`]'s class comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClassifiedBy {
    /// The code (known, or an unknown dotted code with a known ancestor).
    Code,
    /// The catalog's rule for this status without a code.
    StatusRule,
    /// The HTTP status alone.
    Status,
}

impl Reading {
    /// The requests [`decisions`](Reading::decisions) are for: a `GET`, a `POST`, a `POST` with
    /// an idempotency token, and a `GET` inside an eventual-consistency window.
    pub const SITUATIONS: [&'static str; 4] = [
        "GET",
        "POST",
        "POST with idempotency token",
        "GET in consistency window",
    ];
}

/// `Catalog::read` of `C`: one instance per catalog, so it does only what needs `C` (reading,
/// classifying, deciding) and leaves the rest to `Reading::new`; iterator adaptors and closures
/// here would be compiled once per catalog too.
fn read<C: ProviderCode>(status: u16, headers: &HeaderMap, body: &[u8]) -> Reading {
    let error = ProviderError::<C>::from_parts(status, headers, body);
    let code = error.code();
    let mut description = match error.status_rule() {
        Some(rule) if !error.classified_by_code() => rule.description_in(Locale::En),
        _ => code.description_in(Locale::En),
    };
    // An unknown dotted code is described by its nearest known ancestor, as it is classified.
    if error.classified_by_code() && !code.is_known() {
        for ancestor in crate::__private::ancestors(code.code()) {
            if let Some(ancestor) = C::from_known_code(ancestor) {
                description = ancestor.description_in(Locale::En);
                break;
            }
        }
    }
    let policy = RetryPolicy::for_provider::<C>().with_jitter(false);
    let mut decisions = Vec::with_capacity(Reading::SITUATIONS.len());
    for ctx in situations() {
        decisions.push(policy.decide(&error, &ctx));
    }
    let classified_by = match (error.classified_by_code(), error.status_rule()) {
        (true, _) => ClassifiedBy::Code,
        (false, Some(_)) => ClassifiedBy::StatusRule,
        (false, None) => ClassifiedBy::Status,
    };
    Reading {
        status,
        code: code.code().to_owned(),
        known: code.is_known(),
        classified_by,
        message: error.message().map(str::to_owned),
        request_id: error.request_id().map(str::to_owned),
        reported_status: error.reported_status(),
        retry_after: error.retry_after(),
        retry: error.retry(),
        category: error.category(),
        description,
        extras: serde_json::to_value(error.extras()).unwrap_or_default(),
        raw_body_kept: error.raw_body().is_some(),
        decisions,
    }
}

/// The requests of [`Reading::SITUATIONS`], after their first attempt.
fn situations() -> [RetryContext; 4] {
    let get = RetryContext::new(http::Method::GET).attempt(1);
    let post = RetryContext::new(http::Method::POST).attempt(1);
    [
        get.clone(),
        post.clone(),
        post.with_idempotency_token(true),
        get.in_consistency_window(true),
    ]
}
