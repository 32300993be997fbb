//! The behaviour every catalog's `Code` shares, so generic code works over any provider.

use core::convert::Infallible;
use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::{Category, Locale, Retry};

/// An error code of one catalog: implemented by every generated `Code` enum and by enums annotated
/// with `#[cloud_error]`.
///
/// The wire string is the source of truth: [`from_code`](ErrorCode::from_code) and
/// [`code`](ErrorCode::code) round-trip every string, known or not, and `Display`/`FromStr` agree
/// with them.
///
/// ```
/// use cloud_errors::{ErrorCode, Retry};
///
/// fn should_retry<C: ErrorCode>(wire_code: &str) -> bool {
///     C::from_code(wire_code).is_retryable()
/// }
///
/// assert!(should_retry::<cloud_errors::oci::Code>("TooManyRequests"));
/// assert!(!should_retry::<cloud_errors::oci::Code>("InvalidParameter"));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error code type of cloud-errors",
    label = "not a catalog's `Code` nor a `#[cloud_error]` enum",
    note = "every catalog's `Code` (such as `cloud_errors::oci::Code`) and every enum annotated with `#[cloud_error]` is an `ErrorCode`"
)]
pub trait ErrorCode:
    Sized + Clone + Eq + Hash + Debug + Display + FromStr<Err = Infallible> + Send + Sync + 'static
{
    /// Looks a wire code up exactly (case-sensitive). Never fails: a code the catalog does not know
    /// is kept verbatim in the catch-all variant, which allocates its `String`; a known code does
    /// not allocate. [`from_known_code`](Self::from_known_code) never allocates.
    fn from_code(code: &str) -> Self;

    /// The code if the catalog (or the catalog it extends) knows it, `None` otherwise. Does not
    /// allocate.
    fn from_known_code(code: &str) -> Option<Self>;

    /// The wire string, exactly as the service sends it.
    fn code(&self) -> &str;

    /// `false` for the catch-all variant that holds a code the catalog does not know.
    fn is_known(&self) -> bool;

    /// The HTTP statuses the provider documents for this code; empty where it documents none.
    fn http_statuses(&self) -> &'static [u16];

    /// Whether retrying can help. For an unknown dotted code (`A.B.New`) this is the class of its
    /// nearest known ancestor (`A.B` or `A`), and [`Retry::Never`] where there is none.
    fn retry(&self) -> Retry;

    /// `true` exactly when [`retry`](ErrorCode::retry) is [`Retry::Backoff`].
    fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// The provider-neutral category; unknown codes inherit it like [`retry`](ErrorCode::retry),
    /// and are [`Category::Unknown`] where no ancestor is known.
    fn category(&self) -> Category;

    /// The English description.
    fn description(&self) -> &'static str {
        self.description_in(Locale::En)
    }

    /// The description in the given language.
    fn description_in(&self, locale: Locale) -> &'static str;

    /// Troubleshooting help in English, where the catalog has any.
    fn help(&self) -> Option<&'static str> {
        self.help_in(Locale::En)
    }

    /// Troubleshooting help in the given language, where the catalog has any.
    fn help_in(&self, locale: Locale) -> Option<&'static str>;

    /// The messages the provider documents for this code (often templates with placeholders).
    fn messages(&self) -> Messages;

    /// Every code this catalog defines itself, in catalog order (not those of a catalog it
    /// extends).
    fn known() -> Known<Self>;

    /// How the catalog classifies a response with this HTTP status that carries no code at all,
    /// where it documents such a response (Alibaba KMS's 413, for example).
    fn status_rule(status: u16) -> Option<&'static StatusRule>;

    /// The code an answer with this HTTP status and an empty body is read as, where the catalog
    /// names one (its `empty_body: true`): S3 answers a `HEAD` of a missing object with a 404
    /// and no body, which aws-sdk-rust names `NotFound`. `None` by default.
    fn from_empty_body(status: u16) -> Option<Self> {
        let _ = status;
        None
    }
}

/// A documented error response that has an HTTP status but no code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct StatusRule {
    /// The HTTP status.
    pub status: u16,
    /// Whether retrying can help.
    pub retry: Retry,
    /// The category.
    pub category: Category,
    /// English description.
    pub description_en: &'static str,
    /// Japanese description; empty where the catalog has none (see `description_in`).
    pub description_ja: &'static str,
    /// Chinese description; empty where the catalog has none.
    pub description_zh: &'static str,
    /// The catalog's first language, the last step of the fallback chain.
    pub first_locale: Locale,
}

impl StatusRule {
    #[doc(hidden)]
    pub const fn new(
        status: u16,
        retry: Retry,
        category: Category,
        [description_en, description_ja, description_zh]: [&'static str; 3],
        first_locale: Locale,
    ) -> StatusRule {
        StatusRule {
            status,
            retry,
            category,
            description_en,
            description_ja,
            description_zh,
            first_locale,
        }
    }

    /// The description in the given language; where the catalog has none in it, in English,
    /// else in the catalog's first language (the chain of [`Locale`]).
    pub const fn description_in(&self, locale: Locale) -> &'static str {
        let chain = [locale, Locale::En, self.first_locale];
        let mut i = 0;
        while i < chain.len() {
            let text = match chain[i] {
                Locale::En => self.description_en,
                Locale::Ja => self.description_ja,
                Locale::Zh => self.description_zh,
            };
            if !text.is_empty() {
                return text;
            }
            i += 1;
        }
        ""
    }
}

/// The description given to a code that no catalog documents.
pub const fn unknown_description(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "An error code that this catalog does not document.",
        Locale::Ja => "このカタログに記載されていないエラーコードです。",
        Locale::Zh => "本目录未收录的错误码。",
    }
}

/// The documented messages of one code: an iterator over `&'static str`.
#[derive(Clone, Debug)]
pub struct Messages {
    pub(crate) strings: crate::__private::Strings,
    pub(crate) range: core::ops::Range<usize>,
}

impl Messages {
    /// No messages.
    pub const EMPTY: Messages = Messages {
        strings: crate::__private::Strings::EMPTY,
        range: 0..0,
    };
}

impl Iterator for Messages {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let index = self.range.next()?;
        Some(self.strings.get(index))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl ExactSizeIterator for Messages {}
impl DoubleEndedIterator for Messages {
    fn next_back(&mut self) -> Option<&'static str> {
        let index = self.range.next_back()?;
        Some(self.strings.get(index))
    }
}
impl core::iter::FusedIterator for Messages {}

/// Every code a catalog defines, in catalog order: see [`ErrorCode::known`].
#[derive(Clone, Debug)]
pub struct Known<C> {
    pub(crate) indices: core::ops::Range<u32>,
    pub(crate) make: fn(u32) -> C,
}

impl<C> Iterator for Known<C> {
    type Item = C;

    fn next(&mut self) -> Option<C> {
        self.indices.next().map(self.make)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.indices.size_hint()
    }
}

impl<C> ExactSizeIterator for Known<C> {}
impl<C> DoubleEndedIterator for Known<C> {
    fn next_back(&mut self) -> Option<C> {
        self.indices.next_back().map(self.make)
    }
}
impl<C> core::iter::FusedIterator for Known<C> {}
