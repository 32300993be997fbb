//! The `#[cloud_error]` attribute of [cloud-errors](https://docs.rs/cloud-errors), re-exported
//! there as `cloud_errors::cloud_error`. A thin shell: the parsing, the checks and the emitted
//! code live in `cloud-errors-codegen`, shared with the generator of the crate's catalogs.

use proc_macro::TokenStream;

/// Turns an enum of your own service's error codes into a `Code` enum with exactly the methods
/// and trait impls of a generated catalog's `Code`: `from_code`, `code`, `http_statuses`,
/// `retry`, `category`, descriptions, [`ErrorCode`], `Display`, `FromStr`, `Clone`, `Eq`, `Hash`,
/// `Debug`, and serde's traits when the `serde` feature of cloud-errors is on.
///
/// ```
/// use cloud_errors::{cloud_error, Category, ErrorCode, Locale, Retry};
///
/// /// The codes of our billing service.
/// #[cloud_error]
/// pub enum BillingCode {
///     /// The card was declined by the bank.
///     #[code("Card.Declined", status = 402, category = "failed_precondition",
///            ja = "カードが銀行に拒否されました。")]
///     CardDeclined,
///     /// The payment processor is briefly unavailable.
///     #[code("Processor.Unavailable", statuses = [503, 502], retry = "backoff",
///            help = "Retry with backoff.", messages = ["processor timed out"])]
///     ProcessorUnavailable,
/// }
///
/// let code = BillingCode::from_code("Card.Declined");
/// assert_eq!(code, BillingCode::CardDeclined);
/// assert_eq!(code.http_statuses(), &[402]);
/// assert_eq!(code.retry(), Retry::Never); // 402 alone is not worth a retry
/// assert_eq!(code.description_in(Locale::Ja), "カードが銀行に拒否されました。");
///
/// let code: BillingCode = "Processor.Unavailable".parse().unwrap();
/// assert!(code.is_retryable());
/// assert_eq!(code.category(), Category::Unavailable); // from the first status
/// // No `ja`: the Japanese description falls back to the English one.
/// assert_eq!(code.description_in(Locale::Ja), "The payment processor is briefly unavailable.");
///
/// // Unknown codes are kept verbatim; dotted ones inherit from their nearest known ancestor.
/// let new = BillingCode::from_code("Processor.Unavailable.Overloaded");
/// assert_eq!(new, BillingCode::Unknown("Processor.Unavailable.Overloaded".to_owned()));
/// assert!(new.is_retryable());
/// ```
///
/// # The attribute
/// - `#[cloud_error]`: codes the enum does not declare are kept in an added `Unknown(String)`.
/// - `#[cloud_error(extends = path::to::Code)]`: codes the enum does not declare are looked up in
///   that [`ErrorCode`] type first (a generated catalog's `Code`, or another `#[cloud_error]`
///   enum), and kept in an added `Base(path::to::Code)`; only codes neither knows are `Unknown`.
///   A code both declare is the enum's own.
/// - `#[cloud_error(provider = "My Service", envelope = "oci")]`: the enum is also a provider's
///   code ([`ProviderCode`]), so `cloud_errors::ProviderError<MyCode>` reads and writes the
///   service's error responses in that envelope, named as catalogs name it (one of
///   [`EnvelopeName::ALL`]: `"oci"`, `"tencent"`, `"google"`, `"azure"`, `"aws_rest_xml"`, …; a
///   name that is none is an error listing them).
///   With `extends`, either one left out is the base's (then the base must be a `ProviderCode`,
///   as every catalog's `Code` is). The name stands for the envelope's type in
///   `cloud_errors::envelopes` (`"tencent"`: `Tencent`, whose errors under HTTP 200 give
///   `ProviderError::from_body`), which exists with its feature: a catalog of that envelope
///   enables it, or else the `envelope-<name>` feature of cloud-errors (`envelope-google`;
///   without it, the build says which feature the type is behind).
///
/// # The variants
/// Every variant is a unit variant with a `///` doc comment, its English description, and a
/// `#[code(…)]` attribute whose options mirror the keys of a catalog entry:
///
/// | option | meaning | when left out |
/// | --- | --- | --- |
/// | `"Wire.Code"` (first, required) | the code exactly as the service sends it | — |
/// | `status = 404` or `statuses = [404, 400]` | the documented HTTP statuses, 100 to 599 | no status |
/// | `retry = "backoff"` | `"never"`, `"backoff"` or `"after_fix"` | what a response with the first status and no known code gets: `"backoff"` for 429, 500, 502, 503 and 504, else `"never"` |
/// | `category = "not_found"` | a `google.rpc.Code` name in snake_case (see [`Category`]) | the category of the first status, `"unknown"` without one |
/// | `ja = "…"` | the Japanese description | the English description |
/// | `zh = "…"` | the Chinese description (simplified characters) | the English description |
/// | `help = "…"`, `help_ja = "…"`, `help_zh = "…"` | troubleshooting help in English, Japanese and Chinese | no help; a translation left out falls back to `help` |
/// | `messages = ["…", "…"]` | the messages the service documents for the code | none |
/// | `empty_body = true` | an answer at one of the code's statuses with an empty body is read as this code (a `HEAD` answered 404 with no body); one variant per status | an empty body gives no code |
///
/// Catalogs require `ja`; here it is optional so that a team can declare its codes in English
/// alone, and `description_in(Locale::Ja)` then answers in English.
///
/// # Mistakes
/// Every mistake is a compile error at the tokens at fault, all of them at once: a code declared
/// twice, two variants with one name, a variant with fields or a `= discriminant`, generics, a
/// variant without `#[code]` or without a doc comment, an unknown option, a retry class or
/// category not in the vocabulary, an unknown envelope, a `provider` without an `envelope` (or the
/// reverse) and no `extends`, a status outside 100..=599, `empty_body` on a variant without a
/// status or on two variants of one status, an `extends` type that is not an
/// [`ErrorCode`], `#[derive]`s of the traits the macro implements, and the attribute on anything
/// but an enum.
///
/// [`ErrorCode`]: https://docs.rs/cloud-errors/latest/cloud_errors/trait.ErrorCode.html
/// [`Category`]: https://docs.rs/cloud-errors/latest/cloud_errors/enum.Category.html
/// [`ProviderCode`]: https://docs.rs/cloud-errors/latest/cloud_errors/trait.ProviderCode.html
/// [`EnvelopeName::ALL`]: https://docs.rs/cloud-errors/latest/cloud_errors/enum.EnvelopeName.html#associatedconstant.ALL
#[proc_macro_attribute]
pub fn cloud_error(args: TokenStream, input: TokenStream) -> TokenStream {
    cloud_errors_codegen::attr::expand(args.into(), input.into()).into()
}
