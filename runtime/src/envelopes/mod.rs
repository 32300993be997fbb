//! Envelopes: how each provider wraps errors in its HTTP responses. Each is a type implementing
//! [`Envelope`] (its body parser, its writer and its extras), in a module of its own behind its
//! `envelope-…` feature, which a catalog's feature enables; [`ProviderError`](crate::ProviderError)
//! is written once over the trait and names no provider.
//!
//! # Adding a provider's envelope
//! 1. A module here, `envelopes/<name>.rs`: a zero-sized type implementing [`Envelope`] (its
//!    [`Extras`](Envelope::Extras) type when the body has fields beyond code, message and request
//!    id), declared below with its `#[cfg(feature = "envelope-<name>")]`.
//! 2. One line in the registry, [`EnvelopeName`](crate::EnvelopeName): its variant, named like its
//!    type, and the name catalogs and `#[cloud_error(envelope = "…")]` use.
//! 3. The feature: `envelope-<name> = ["responses"]` in the runtime's `Cargo.toml`, forwarded by
//!    `cloud-errors` (`envelope-<name> = ["cloud-errors-runtime/envelope-<name>"]`), where the
//!    generator's catalog features then find it.
//! 4. Outside the runtime: its property test and its fuzz target (README.md, "Adding a
//!    provider"; `tests/tests/registries.rs` fails on a missing feature, forward or target).

#[cfg(any(feature = "envelope-alibaba", feature = "envelope-alibaba_kms"))]
pub(crate) mod alibaba;
#[cfg(any(
    feature = "envelope-aws_json",
    feature = "envelope-aws_rest_json",
    feature = "envelope-aws_rest_xml",
    feature = "envelope-aws_query",
    feature = "envelope-aws_ec2",
    feature = "envelope-aws_cbor"
))]
mod aws;
#[cfg(feature = "envelope-azure")]
mod azure;
#[cfg(feature = "envelope-google")]
mod google;
#[cfg(feature = "envelope-ibm")]
mod ibm;
#[cfg(feature = "envelope-oci")]
mod oci;
#[cfg(feature = "envelope-tencent")]
mod tencent;

#[cfg(feature = "envelope-alibaba")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-alibaba")))]
pub use alibaba::Alibaba;
#[cfg(any(feature = "envelope-alibaba", feature = "envelope-alibaba_kms"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "envelope-alibaba", feature = "envelope-alibaba_kms")))
)]
pub use alibaba::AlibabaExtras;
#[cfg(feature = "envelope-alibaba_kms")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-alibaba_kms")))]
pub use alibaba::AlibabaKms;
#[cfg(any(
    feature = "envelope-aws_json",
    feature = "envelope-aws_rest_json",
    feature = "envelope-aws_rest_xml",
    feature = "envelope-aws_query",
    feature = "envelope-aws_ec2",
    feature = "envelope-aws_cbor"
))]
pub use aws::*;
#[cfg(feature = "envelope-azure")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-azure")))]
pub use azure::{Azure, AzureExtras, AzureFormat};
#[cfg(feature = "envelope-google")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-google")))]
pub use google::{ErrorInfo, FieldViolation, Google, GoogleExtras, QuotaViolation};
#[cfg(feature = "envelope-ibm")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-ibm")))]
pub use ibm::{Ibm, IbmError, IbmExtras, IbmTarget};
#[cfg(feature = "envelope-oci")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-oci")))]
pub use oci::Oci;
#[cfg(feature = "envelope-tencent")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-tencent")))]
pub use tencent::Tencent;

use core::fmt;
use std::borrow::Cow;
use std::time::Duration;

use http::{HeaderMap, HeaderName};
use serde::Serialize;

/// How one provider wraps errors in its HTTP responses: the parser [`ProviderError`] reads a body
/// with, the writer its `to_response` uses, and the extras its body carries besides code, message
/// and request id. A catalog's `Code` names its envelope in
/// [`ProviderCode::Envelope`](crate::ProviderCode::Envelope).
///
/// The envelopes of this crate are in [`envelopes`](self), each behind its `envelope-…` feature;
/// the module's docs say what adding one takes.
///
/// ```
/// use cloud_errors::envelopes::{Ibm, Tencent};
/// use cloud_errors::{ibm_vpc_metadata, tencent, Envelope, ProviderCode};
///
/// assert_eq!(<tencent::Code as ProviderCode>::Envelope::NAME, "tencent");
/// assert!(Tencent::ERRORS_IN_SUCCESS_BODIES);
///
/// // An envelope's own fields are its extras, typed: IBM's `errors` array.
/// let body = br#"{"errors": [{"code": "not_found", "message": "m", "more_info": "https://x"}],
///     "trace": "t-1", "status_code": 404}"#;
/// let error = ibm_vpc_metadata::Error::from_parts(404, &http::HeaderMap::new(), body);
/// let extras: &<Ibm as Envelope>::Extras = error.extras();
/// assert_eq!(extras.errors[0].more_info.as_deref(), Some("https://x"));
/// ```
///
/// [`ProviderError`]: crate::ProviderError
pub trait Envelope: 'static {
    /// The envelope's name in catalogs and `#[cloud_error(envelope = "…")]`, as
    /// [`EnvelopeName::as_str`](crate::EnvelopeName::as_str) spells it.
    const NAME: &'static str;

    /// What this envelope's bodies carry besides code, message, request id and stated status:
    /// `()` for an envelope with nothing more. `Serialize` writes its fields into the map
    /// `ProviderError` serializes to (as `#[serde(flatten)]` does).
    type Extras: Clone + fmt::Debug + PartialEq + Eq + Default + Send + Sync + Serialize + 'static;

    /// The header that carries the request id when the body does not, where the provider sends
    /// one. A `HeaderName`, not a `&str`: looking a string up parses and lowercases it first.
    const REQUEST_ID_HEADER: Option<HeaderName> = None;

    /// The headers a written response carries the request id in (lowercase names), besides
    /// wherever the body puts it: OCI's `opc-request-id`, which has no place in the body; IBM's
    /// `x-request-id` and `x-global-transaction-id`, where its SDKs look for it. An id that cannot
    /// be a header value (a line break or another control character) is then left out rather than
    /// breaking the response.
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &[];

    /// Whether the provider answers errors with HTTP 200 and the error inside the body, so that a
    /// success body must be read for an error too (Tencent Cloud API 3.0). Such an envelope also
    /// implements [`InBodyErrors`].
    const ERRORS_IN_SUCCESS_BODIES: bool = false;

    /// Where a response's headers ask the client to wait, in order: the first that gives a wait
    /// wins. `Retry-After` alone unless the provider's SDK reads others (azcore:
    /// `retry-after-ms`, `x-ms-retry-after-ms`, then `Retry-After`; Alibaba's throttling
    /// `TimeLeft` after `Retry-After`; AWS's `x-amz-retry-after` before it). Read with the
    /// response, whose headers are not kept.
    ///
    /// This and [`body_delay`](Envelope::body_delay) are the whole rule of a server's wait:
    /// [`ProviderError::retry_after`](crate::ProviderError::retry_after) is the headers' wait,
    /// else the body's.
    const DELAY_HEADERS: &'static [DelayHeader] = &[DelayHeader::RetryAfter];

    /// The headers a written response asks the client to wait in (see
    /// [`ProviderError::with_retry_after`](crate::ProviderError::with_retry_after)):
    /// `Retry-After` unless the provider's SDKs read another. A date (from a read `Retry-After`)
    /// goes in `Retry-After` only. Each must read back through
    /// [`DELAY_HEADERS`](Envelope::DELAY_HEADERS).
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = &[DelayHeader::RetryAfter];

    /// A wait the body itself asks for (Google's `RetryInfo`), used when no delay header gives
    /// one. Asked of the error's extras when the wait is, so that an error built with those
    /// extras waits as its round trip does. `None` by default.
    fn body_delay(extras: &Self::Extras) -> Option<Duration> {
        let _ = extras;
        None
    }

    /// Whether some of the provider's operations answer an error with HTTP 200 and the error
    /// inside the body, while its errors otherwise come with an error status (S3's
    /// CompleteMultipartUpload, CopyObject, UploadPartCopy). `new` keeps the code's own status;
    /// [`ProviderError::from_body`](crate::ProviderError::from_body) reads such a body, and the
    /// glue that holds a success body anyway (the `reqwest` glue's `call`, the tower policy)
    /// looks in it; the reqwest-middleware glue, which hands success bodies on as streams, does
    /// not. Such an envelope also implements [`InBodyErrors`].
    const SOME_ERRORS_IN_SUCCESS_BODIES: bool = false;

    /// Reads a body in one pass; `None` when it is not this envelope at all. A code without
    /// escapes is borrowed from the body, so that a known code costs no allocation.
    fn parse(body: &[u8]) -> Option<Parsed<'_, Self::Extras>>;

    /// What the response's headers add to what the body gave, or change in it: a code header that
    /// wins over the body's code (Azure's `x-ms-error-code`, which azcore reads first; AWS's
    /// `x-amzn-errortype` and `x-amzn-query-error`), ids the body lacks. Called after
    /// [`parse`](Self::parse) by `ProviderError::from_parts`, also when the body was not
    /// understood (then `parsed` is empty, and the raw body is kept even if a header gave the
    /// code). Nothing by default; the reader then takes the request id from
    /// [`REQUEST_ID_HEADER`](Self::REQUEST_ID_HEADER) when neither gave one.
    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, Self::Extras>) {
        let _ = (headers, parsed);
    }

    /// Brings `fields` in line with what reading this envelope's response gives back (what the
    /// body repeats of status, code and message; what its format cannot tell apart), so that an
    /// error built with `ProviderError::new` and its `with_` methods equals its round trip. By
    /// default, for a body that states no status: no stated status.
    fn normalize(status: u16, code: &str, fields: &mut Fields<Self::Extras>) {
        let _ = (status, code);
        fields.reported_status = None;
    }

    /// The body of an error with this status, code and fields, and its content type.
    fn write(status: u16, code: &str, fields: &Fields<Self::Extras>) -> (&'static str, Vec<u8>);

    /// Headers a written response carries besides the content type, the request id headers and
    /// `Retry-After`: what [`read_headers`](Self::read_headers) reads back (Azure's
    /// `x-ms-error-code`, AWS's `x-amzn-errortype` and `x-amz-id-2`), also beside a kept raw body.
    /// None by default. A value that cannot be a header value, or that a header would not carry
    /// as it is (an empty code, outer spaces), is left out.
    fn write_headers(status: u16, code: &str, fields: &Fields<Self::Extras>, headers: &mut HeaderMap) {
        let _ = (status, code, fields, headers);
    }
}

/// Marks the envelopes whose provider answers errors (or some of them: S3) with HTTP 200 and the
/// error inside the body (Tencent Cloud API 3.0, AWS restXml): [`ProviderError::from_body`](crate::ProviderError::from_body) tells an
/// error body from a success body for every code type of such an envelope.
pub trait InBodyErrors: Envelope {
    /// Fails the build of `from_body` for an envelope marked without its
    /// [`ERRORS_IN_SUCCESS_BODIES`](Envelope::ERRORS_IN_SUCCESS_BODIES): the two say one thing.
    #[doc(hidden)]
    const CHECKED: () = assert!(
        Self::ERRORS_IN_SUCCESS_BODIES || Self::SOME_ERRORS_IN_SUCCESS_BODIES,
        "an `InBodyErrors` envelope has errors in success bodies"
    );
}

/// Where a response's headers ask the client to wait before retrying: one entry of
/// [`Envelope::DELAY_HEADERS`].
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum DelayHeader {
    /// `Retry-After`: whole seconds or an HTTP date (RFC 9110, section 10.2.3).
    RetryAfter,
    /// A header holding whole milliseconds (lowercase name), such as Azure's `retry-after-ms` or
    /// AWS's `x-amz-retry-after`; a value that is not a positive integer is passed over, as
    /// azcore does (AWS's SDKs take 0 too, and disagree on what it means: aws-sdk-rust retries at
    /// once, botocore 1.44 after its backoff).
    Milliseconds(&'static str),
    /// A wait the envelope derives from the headers for an error with this code, in a format
    /// of the provider's own (Alibaba's rate-limit headers for its throttling codes); `None`
    /// when they give none. Asked only of an error with a code.
    Derived(fn(code: &str, headers: &HeaderMap) -> Option<Duration>),
}

/// What an error carries besides its status and code, in an envelope's terms: what a parser
/// reads, what a writer writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields<X> {
    /// The provider's message.
    pub message: Option<String>,
    /// The request id, where the body carries it (the reader then takes it from
    /// [`REQUEST_ID_HEADER`](Envelope::REQUEST_ID_HEADER) when the body has none).
    pub request_id: Option<String>,
    /// A status the body states besides the HTTP one (IBM `status_code`, Alibaba `StatusCode`).
    pub reported_status: Option<i64>,
    /// The envelope's own fields.
    pub extras: X,
}

/// What an envelope's parser understood of a body.
#[derive(Debug, Default)]
pub struct Parsed<'a, X> {
    /// The body had the envelope's error shape (for Tencent: a `Response.Error` object), even if
    /// the code is missing.
    pub error_shape: bool,
    /// The error code, borrowed from the body where it has no escapes; `None` when the body has
    /// none (or an empty one).
    pub code: Option<Cow<'a, str>>,
    /// The rest.
    pub fields: Fields<X>,
}

/// What the envelopes' parsers and writers share. Unused when no envelope is compiled in (each is
/// behind its feature).
#[allow(dead_code)]
mod common {
    use std::borrow::Cow;

    use serde::{Deserialize, Serialize};

    /// A code string inside a body, borrowed when it has no escapes: a known code is then looked up
    /// without allocating. (`Option<Cow<str>>` alone would always allocate: serde borrows a `Cow` only
    /// as the direct field of a `#[serde(borrow)]` attribute.)
    #[derive(Debug, Deserialize)]
    #[serde(transparent)]
    pub(crate) struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

    impl<'a> Text<'a> {
        /// The text, `None` when empty: an empty code is no code.
        pub(crate) fn non_empty(text: Option<Text<'a>>) -> Option<Cow<'a, str>> {
            text.map(|Text(text)| text).filter(|text| !text.is_empty())
        }
    }

    /// A body as JSON. Serializing the writers' structs of strings and numbers cannot fail; an empty
    /// body if it ever did, rather than a panic.
    pub(crate) fn json<T: Serialize>(value: &T) -> Vec<u8> {
        serde_json::to_vec(value).unwrap_or_default()
    }

    /// The content type of the JSON envelopes' bodies.
    pub(crate) const JSON: &str = "application/json";
}
#[allow(unused_imports)]
pub(crate) use common::{json, Text, JSON};
