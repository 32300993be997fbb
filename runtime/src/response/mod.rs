//! Error responses: any HTTP error response of a provider, read into a typed [`ProviderError`].
//!
//! One generic implementation serves every catalog: a catalog's `Code` names the envelope its
//! provider wraps errors in ([`ProviderCode::Envelope`]), whose parser turns a body into
//! [`Parsed`] fields in a single pass, borrowing the code from the body so that a known code costs
//! no allocation, and whose writer answers the provider's response.

mod retry_after;
mod write;

pub(crate) use write::written_status;

use core::fmt;
use std::time::{Duration, SystemTime};

use http::HeaderMap;

use crate::envelopes::{Envelope, Fields, InBodyErrors, Parsed};
use crate::{Category, ErrorCode, PolicyDefaults, Retry, RetryWhen, StatusRule};

use retry_after::RetryAfter;

/// A catalog's `Code` together with what is needed to read its provider's error responses.
/// Every generated catalog implements it.
pub trait ProviderCode: ErrorCode {
    /// The provider's display name, as `Display` of [`ProviderError`] shows it.
    const PROVIDER: &'static str;
    /// How the provider wraps errors in a response body: one of [`envelopes`](crate::envelopes).
    type Envelope: Envelope;
    /// The provider's retry defaults (attempts, backoff, which codes are conditional): its
    /// catalog's `retry_policy` (catalogs/README.md, "Retry policy"), or
    /// [`PolicyDefaults::GENERIC`] where none is declared.
    const RETRY_POLICY: &'static PolicyDefaults = &PolicyDefaults::GENERIC;

    /// When this code, if its class is [`Retry::Backoff`], may be retried for a given request;
    /// by default looked up in [`RETRY_POLICY`](ProviderCode::RETRY_POLICY) by exact wire code.
    fn retry_when(&self) -> RetryWhen {
        Self::RETRY_POLICY.code_condition(self.code())
    }
}

/// The extras of `C`'s envelope.
pub(crate) type ExtrasOf<C> = <<C as ProviderCode>::Envelope as Envelope>::Extras;

/// An error response of one provider, read from its HTTP status, headers and body: the code
/// (typed by the catalog), message, request id, provider extras, and a retry decision that
/// combines code and status.
///
/// Each catalog module has an alias for it, `Error` (for example `cloud_errors::oci::Error`).
/// The constructors never fail and never panic: a body that is not what the envelope promises
/// (empty, a gateway's HTML page, truncated JSON, wrong field types, invalid UTF-8) still gives an
/// error whose code is `Unknown` and whose class comes from the status, and the body is kept
/// verbatim in [`raw_body`](ProviderError::raw_body) whenever its code could not be read. An
/// empty body at a status its catalog names a code for is that code
/// ([`from_empty_body`](crate::ErrorCode::from_empty_body): S3's bodiless 404 is `NotFound`).
///
/// # Example: a client deciding whether to retry
///
/// ```
/// use std::time::Duration;
///
/// use cloud_errors::{oci, Category, Retry, RetryContext, RetryPolicy};
///
/// /// How long to wait before attempt `attempt + 1` of a GET, or `None` to give up and report
/// /// `error`: the service's Retry-After (when the policy allows that long), else exponential
/// /// backoff from 100 ms, at most 4 attempts.
/// fn next_delay(error: &oci::Error, attempt: u32) -> Option<Duration> {
///     let policy = RetryPolicy::for_provider::<oci::Code>()
///         .with_max_attempts(4)
///         .with_base(Duration::from_millis(100))
///         .with_jitter(false);
///     let ctx = RetryContext::new(http::Method::GET).attempt(attempt + 1);
///     policy.decide(error, &ctx).delay()
/// }
///
/// // Throttled, with a Retry-After: wait as long as the service asks.
/// let throttled = http::Response::builder()
///     .status(429)
///     .header("opc-request-id", "7C1E/77E1A1C5/1B2A")
///     .header("retry-after", "3")
///     .body(r#"{"code":"TooManyRequests","message":"Too many requests for the user"}"#)
///     .unwrap();
/// let error = oci::Error::from_response(&throttled);
/// assert_eq!(error.code(), &oci::Code::TooManyRequests);
/// assert_eq!(error.request_id(), Some("7C1E/77E1A1C5/1B2A"));
/// assert_eq!(error.category(), Category::ResourceExhausted);
/// assert_eq!(next_delay(&error, 0), Some(Duration::from_secs(3)));
/// assert_eq!(
///     error.to_string(),
///     "Oracle Cloud Infrastructure: HTTP 429, TooManyRequests: \
///      Too many requests for the user (request id 7C1E/77E1A1C5/1B2A)"
/// );
///
/// // A gateway's HTML page instead of JSON: the status decides, the page is kept.
/// let page = b"<html><body>502 Bad Gateway</body></html>";
/// let error = oci::Error::from_parts(502, &http::HeaderMap::new(), page);
/// assert!(!error.code().is_known());
/// assert_eq!(error.retry(), Retry::Backoff);
/// assert_eq!(next_delay(&error, 1), Some(Duration::from_millis(200)));
/// assert_eq!(error.raw_body(), Some(&page[..]));
///
/// // A known code's class wins over its status: this 400 is final.
/// let error = oci::Error::from_parts(
///     400,
///     &http::HeaderMap::new(),
///     br#"{"code":"InvalidParameter","message":"displayName is too long"}"#,
/// );
/// assert_eq!(error.retry(), Retry::Never);
/// assert_eq!(next_delay(&error, 0), None);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ProviderError<C: ProviderCode> {
    status: u16,
    code: C,
    /// Message, request id, stated status and the envelope's extras.
    fields: Fields<ExtrasOf<C>>,
    raw_body: Option<Vec<u8>>,
    retry_after: Option<RetryAfter>,
    classified_by: ClassifiedBy,
    truncated: Option<Truncated>,
}

/// A body that was cut to a size limit before it was read: see [`ProviderError::truncated`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Truncated {
    /// The bytes kept (and parsed): the limit.
    pub kept: usize,
    /// The length the response declared (`Content-Length`), if it did.
    pub declared: Option<u64>,
}

/// Where the retry class and category come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClassifiedBy {
    /// The code is known to the catalog, or is an unknown dotted code with a known ancestor.
    Code,
    /// No code, and the catalog documents this status without one.
    StatusRule(&'static StatusRule),
    /// The HTTP status alone.
    Status,
}

impl<C: ProviderCode> ProviderError<C> {
    /// Reads an error response from its parts. Never fails and never panics, whatever the body.
    ///
    /// `status` is the HTTP status; a status outside `100..=999` is kept as it is and classified
    /// like any status no table lists.
    pub fn from_parts(status: u16, headers: &HeaderMap, body: &[u8]) -> Self {
        Self::read_in::<C::Envelope, _>(status, headers, body, |extras| (extras, ())).0
    }

    /// Reads an error response; the same as [`from_parts`](ProviderError::from_parts) with the
    /// response's status, headers and body.
    pub fn from_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        Self::from_parts(
            response.status().as_u16(),
            response.headers(),
            response.body().as_ref(),
        )
    }

    /// The error inside a success body, when `body` is an error envelope (see
    /// [`from_body`](ProviderError::from_body)), for any envelope: the glue asks only those whose
    /// errors arrive in success bodies.
    pub(crate) fn read_body(body: &[u8]) -> Option<Self> {
        Self::read_body_in::<C::Envelope, _>(body, |extras| (extras, ())).map(|(error, ())| error)
    }

    /// [`from_parts`](ProviderError::from_parts) with envelope `E`, whose extras `place` puts in
    /// the error or hands back (the test entry points read with another envelope than `C`'s).
    ///
    /// The error is built once, where it is returned: moving it (248 bytes for AWS) and the
    /// envelope's `Parsed` between steps cost a tenth of an awsJson read (BENCHMARKS.md, AWS).
    fn read_in<E: Envelope, R>(
        status: u16,
        headers: &HeaderMap,
        body: &[u8],
        place: impl FnOnce(E::Extras) -> (ExtrasOf<C>, R),
    ) -> (Self, R) {
        let parsed = E::parse(body);
        let understood = parsed.is_some();
        let mut parsed = parsed.unwrap_or_default();
        E::read_headers(headers, &mut parsed);
        if parsed.fields.request_id.is_none() {
            parsed.fields.request_id = E::REQUEST_ID_HEADER
                .and_then(|name| headers.get(&name))
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
        }
        let retry_after = RetryAfter::read(E::DELAY_HEADERS, parsed.code.as_deref(), headers);
        // The code came from a header, but the body was not understood: keep it all the same.
        let keep_body = !understood && parsed.code.is_some() && !body.is_empty();
        Self::assemble(status, parsed, body, keep_body, retry_after, place)
    }

    /// [`read_body`](ProviderError::read_body) with envelope `E`.
    fn read_body_in<E: Envelope, R>(
        body: &[u8],
        place: impl FnOnce(E::Extras) -> (ExtrasOf<C>, R),
    ) -> Option<(Self, R)> {
        let parsed = E::parse(body).filter(|parsed| parsed.error_shape)?;
        Some(Self::assemble(200, parsed, body, false, None, place))
    }

    /// The error, with the extras `place` puts in it, and what `place` hands back. The body is
    /// kept when no code was read, or when `keep_body` says so.
    #[inline(always)]
    fn assemble<X, R>(
        status: u16,
        parsed: Parsed<'_, X>,
        body: &[u8],
        keep_body: bool,
        retry_after: Option<RetryAfter>,
        place: impl FnOnce(X) -> (ExtrasOf<C>, R),
    ) -> (Self, R) {
        let Parsed {
            error_shape: _,
            code,
            fields:
                Fields {
                    message,
                    request_id,
                    reported_status,
                    extras,
                },
        } = parsed;
        let (code, classified_by, keep_body) = match code {
            Some(wire) => {
                let code = C::from_code(&wire);
                let classified_by = if has_catalog_class(&code) {
                    ClassifiedBy::Code
                } else {
                    ClassifiedBy::Status
                };
                (code, classified_by, keep_body)
            }
            // An empty body at a status the catalog names a code for (S3's bodiless 404).
            None => match body.is_empty().then(|| C::from_empty_body(status)).flatten() {
                Some(code) => (code, ClassifiedBy::Code, false),
                // Without a code the body was not understood: keep it for the caller.
                None => (
                    C::from_code(""),
                    C::status_rule(status).map_or(ClassifiedBy::Status, ClassifiedBy::StatusRule),
                    true,
                ),
            },
        };
        let (extras, rest) = place(extras);
        let error = ProviderError {
            status,
            code,
            fields: Fields {
                message,
                request_id,
                reported_status,
                extras,
            },
            raw_body: keep_body.then(|| body.to_vec()),
            retry_after,
            classified_by,
            truncated: None,
        };
        (error, rest)
    }

    /// Records that the body was cut to `kept` bytes before it was read.
    #[cfg_attr(not(feature = "reqwest"), allow(dead_code))]
    pub(crate) fn with_truncation(mut self, kept: usize, declared: Option<u64>) -> Self {
        self.truncated = Some(Truncated { kept, declared });
        self
    }

    /// Whether the retry class comes from the code (rather than the status).
    pub(crate) fn classified_by_code(&self) -> bool {
        self.classified_by == ClassifiedBy::Code
    }
}

impl<C: ProviderCode> ProviderError<C>
where
    C::Envelope: InBodyErrors,
{
    /// Tells an error body from a success body, for providers that answer errors with HTTP 200
    /// (Tencent Cloud API 3.0): `Some` when `body` is an error envelope (its status is then 200),
    /// `None` for anything else — a success body, or a body that is not JSON at all, which the
    /// caller's own parsing of the expected answer reports.
    ///
    /// ```
    /// # #[cfg(feature = "tencent")] {
    /// use cloud_errors::tencent;
    ///
    /// let success = br#"{"Response": {"InstanceSet": [], "RequestId": "6e2d-1"}}"#;
    /// assert!(tencent::Error::from_body(success).is_none());
    ///
    /// let failure = br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureExpire",
    ///     "Message": "Signature expired"}, "RequestId": "6e2d-2"}}"#;
    /// let error = tencent::Error::from_body(failure).unwrap();
    /// assert_eq!(error.code().code(), "AuthFailure.SignatureExpire");
    /// assert_eq!(error.request_id(), Some("6e2d-2"));
    /// # }
    /// ```
    pub fn from_body(body: &[u8]) -> Option<Self> {
        #[allow(clippy::let_unit_value)]
        let () = <C::Envelope as InBodyErrors>::CHECKED;
        Self::read_body(body)
    }
}

/// Whether the catalog classifies `code`: a known code, or an unknown dotted code with a known
/// ancestor (whose class `retry()`/`category()` of the code already answer).
fn has_catalog_class<C: ErrorCode>(code: &C) -> bool {
    code.is_known()
        || crate::__private::ancestors(code.code()).any(|ancestor| C::from_known_code(ancestor).is_some())
}

impl<C: ProviderCode> ProviderError<C> {
    /// The provider's display name.
    pub fn provider(&self) -> &'static str {
        C::PROVIDER
    }

    /// The HTTP status as received (200 for an error read by `from_body`).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The HTTP status as an [`http::StatusCode`], `None` if it is outside `100..=999`.
    pub fn status_code(&self) -> Option<http::StatusCode> {
        http::StatusCode::from_u16(self.status).ok()
    }

    /// The error code: a known variant, or `Unknown` with the code as sent. A response that
    /// carried no readable code has `Unknown` with an empty string.
    pub fn code(&self) -> &C {
        &self.code
    }

    /// The error code, consuming the error.
    pub fn into_code(self) -> C {
        self.code
    }

    /// The provider's message, where the body had one.
    pub fn message(&self) -> Option<&str> {
        self.fields.message.as_deref()
    }

    /// The request id to quote to the provider's support: OCI's `opc-request-id` header, IBM's
    /// `trace` (or an `X-Request-Id` header), Alibaba's `RequestId` (or an `x-acs-request-id`
    /// header), Tencent's `Response.RequestId`.
    pub fn request_id(&self) -> Option<&str> {
        self.fields.request_id.as_deref()
    }

    /// The status the body itself states, where it has one (IBM `status_code`, Alibaba's
    /// protobuf `StatusCode`); it normally repeats the HTTP status.
    pub fn reported_status(&self) -> Option<i64> {
        self.fields.reported_status
    }

    /// What the provider's envelope carries besides code, message and request id: IBM's
    /// `errors` array, Alibaba's `HostId` and `Recommend`, `()` for an envelope with nothing
    /// more (see [`envelopes`](crate::envelopes)).
    pub fn extras(&self) -> &ExtrasOf<C> {
        &self.fields.extras
    }

    /// The body exactly as received, kept whenever no error code could be read from it (an empty
    /// body, an HTML page, broken or unexpected JSON); `None` when the body was understood.
    pub fn raw_body(&self) -> Option<&[u8]> {
        self.raw_body.as_deref()
    }

    /// Whether the body was cut to a size limit before it was read (the `reqwest` glue keeps at
    /// most 64 KiB of an error body by default), with the bytes kept and the declared length;
    /// [`raw_body`](ProviderError::raw_body) then holds the kept prefix when it could not be
    /// parsed.
    pub fn truncated(&self) -> Option<Truncated> {
        self.truncated
    }

    /// The documented rule for this status, when the response had no code and the catalog
    /// documents such a response (Alibaba KMS's 413, for example); it then decides the class.
    pub fn status_rule(&self) -> Option<&'static StatusRule> {
        match self.classified_by {
            ClassifiedBy::StatusRule(rule) => Some(rule),
            _ => None,
        }
    }

    /// Whether retrying can help. The class of a code the catalog knows wins; without one, a
    /// documented status rule decides, and otherwise the status: 429, 500, 502, 503 and 504 back
    /// off, everything else is final.
    pub fn retry(&self) -> Retry {
        match self.classified_by {
            ClassifiedBy::Code => self.code.retry(),
            ClassifiedBy::StatusRule(rule) => rule.retry,
            ClassifiedBy::Status => Retry::from_http_status(self.status),
        }
    }

    /// `true` exactly when [`retry`](ProviderError::retry) is [`Retry::Backoff`].
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// The provider-neutral category, decided like [`retry`](ProviderError::retry) (the status's
    /// category is [`Category::from_http_status`]).
    pub fn category(&self) -> Category {
        match self.classified_by {
            ClassifiedBy::Code => self.code.category(),
            ClassifiedBy::StatusRule(rule) => rule.category,
            ClassifiedBy::Status => Category::from_http_status(self.status),
        }
    }

    /// How long the server asks the client to wait, from a `Retry-After` header in seconds or as
    /// an HTTP date (a date in the past gives zero), or the other delay headers of the envelope
    /// (Azure's `retry-after-ms`, `x-ms-retry-after-ms`), or else a wait the body states
    /// (Google's `RetryInfo`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after_at(SystemTime::now())
    }

    /// [`retry_after`](ProviderError::retry_after) as seen at `now`.
    pub fn retry_after_at(&self, now: SystemTime) -> Option<Duration> {
        self.retry_after
            .map(|after| after.delay_at(now))
            .or_else(|| C::Envelope::body_delay(&self.fields.extras))
    }
}

impl<C: ProviderCode> fmt::Display for ProviderError<C> {
    /// One line: provider, status, code, message and request id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}, ", C::PROVIDER, self.status)?;
        match self.code.code() {
            "" => f.write_str("no error code")?,
            code => write_one_line(f, code)?,
        }
        match (&self.fields.message, &self.raw_body) {
            (Some(message), _) => {
                f.write_str(": ")?;
                write_one_line(f, message)?;
            }
            (None, Some(body)) if body.is_empty() => f.write_str(" (empty body)")?,
            (None, Some(body)) => write!(f, " (unreadable body of {} bytes)", body.len())?,
            (None, None) => {}
        }
        if let Some(Truncated { kept, declared }) = self.truncated {
            match declared {
                Some(declared) => write!(f, " (body cut to its first {kept} of {declared} bytes)")?,
                None => write!(f, " (body cut to its first {kept} bytes)")?,
            }
        }
        if let Some(request_id) = &self.fields.request_id {
            f.write_str(" (request id ")?;
            write_one_line(f, request_id)?;
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// Writes `text` with its line breaks and other control characters as spaces, so `Display` stays
/// on one line whatever the provider sent.
fn write_one_line(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let breaks_lines = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    let mut rest = text;
    while let Some(at) = rest.find(breaks_lines) {
        f.write_str(&rest[..at])?;
        f.write_str(" ")?;
        let width = rest[at..].chars().next().map_or(1, char::len_utf8);
        rest = &rest[at + width..];
    }
    f.write_str(rest)
}

impl<C: ProviderCode> fmt::Debug for ProviderError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderError")
            .field("provider", &C::PROVIDER)
            .field("status", &self.status)
            .field("code", &self.code)
            .field("message", &self.fields.message)
            .field("request_id", &self.fields.request_id)
            .field("reported_status", &self.fields.reported_status)
            .field("extras", &self.fields.extras)
            .field("raw_body", &self.raw_body.as_deref().map(BodyPreview))
            .field("retry_after", &self.retry_after)
            .field("truncated", &self.truncated)
            .field("retry", &self.retry())
            .field("category", &self.category())
            .finish()
    }
}

/// A body in `Debug` output: its start as text, and its length, so a huge body stays readable.
struct BodyPreview<'a>(&'a [u8]);

impl fmt::Debug for BodyPreview<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 256;
        let start = &self.0[..self.0.len().min(SHOWN)];
        write!(f, "{:?}", String::from_utf8_lossy(start))?;
        if self.0.len() > SHOWN {
            write!(f, "… ({} bytes)", self.0.len())?;
        }
        Ok(())
    }
}

impl<C: ProviderCode> std::error::Error for ProviderError<C> {}

#[cfg(feature = "serde")]
impl<C: ProviderCode> serde::Serialize for ProviderError<C> {
    /// A map of what a log line needs: provider, status, code, message, request id, the retry
    /// decision, the provider's extras where present, and the raw body (as a string when it is
    /// UTF-8, as bytes otherwise, so nothing is lost).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Body<'a>(&'a [u8]);
        impl serde::Serialize for Body<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match core::str::from_utf8(self.0) {
                    Ok(text) => serializer.serialize_str(text),
                    Err(_) => serializer.serialize_bytes(self.0),
                }
            }
        }

        /// The entries, in this order; the extras' fields among them (a map, as flattening
        /// makes it).
        #[derive(serde::Serialize)]
        struct Entries<'a, X> {
            provider: &'static str,
            status: u16,
            code: &'a str,
            message: &'a Option<String>,
            request_id: &'a Option<String>,
            retry: Retry,
            category: Category,
            #[serde(skip_serializing_if = "Option::is_none")]
            retry_after_secs: Option<f64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            reported_status: Option<i64>,
            #[serde(flatten)]
            extras: &'a X,
            #[serde(skip_serializing_if = "Option::is_none")]
            raw_body: Option<Body<'a>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            body_kept_bytes: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            body_declared_bytes: Option<u64>,
        }

        serde::Serialize::serialize(
            &Entries {
                provider: C::PROVIDER,
                status: self.status,
                code: self.code.code(),
                message: &self.fields.message,
                request_id: &self.fields.request_id,
                retry: self.retry(),
                category: self.category(),
                retry_after_secs: self.retry_after().map(|after| after.as_secs_f64()),
                reported_status: self.fields.reported_status,
                extras: &self.fields.extras,
                raw_body: self.raw_body.as_deref().map(Body),
                body_kept_bytes: self.truncated.map(|truncated| truncated.kept),
                body_declared_bytes: self.truncated.and_then(|truncated| truncated.declared),
            },
            serializer,
        )
    }
}

/// Entry points for tests and fuzz targets: read a body with any envelope, whatever catalog `C`
/// is, so each parser can be exercised on its own.
#[doc(hidden)]
pub mod testing {
    use core::fmt;
    use core::ops::Deref;

    use super::{ProviderCode, ProviderError};
    use crate::envelopes::Envelope;

    /// An error of catalog `C` read with envelope `E`: the error (what `C` makes of the code and
    /// status) and `E`'s extras beside it.
    pub struct ReadIn<C: ProviderCode, E: Envelope> {
        error: ProviderError<C>,
        extras: E::Extras,
    }

    impl<C: ProviderCode, E: Envelope> ReadIn<C, E> {
        /// `E`'s extras, as read.
        pub fn extras(&self) -> &E::Extras {
            &self.extras
        }

        /// The error without `E`'s extras.
        pub fn into_error(self) -> ProviderError<C> {
            self.error
        }
    }

    impl<C: ProviderCode, E: Envelope> Deref for ReadIn<C, E> {
        type Target = ProviderError<C>;

        fn deref(&self) -> &ProviderError<C> {
            &self.error
        }
    }

    impl<C: ProviderCode, E: Envelope> PartialEq for ReadIn<C, E> {
        fn eq(&self, other: &Self) -> bool {
            (&self.error, &self.extras) == (&other.error, &other.extras)
        }
    }

    impl<C: ProviderCode, E: Envelope> fmt::Debug for ReadIn<C, E> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("ReadIn")
                .field("error", &self.error)
                .field("extras", &self.extras)
                .finish()
        }
    }

    /// [`ProviderError::from_parts`] with envelope `E` instead of `C`'s.
    pub fn from_parts_in<E: Envelope, C: ProviderCode>(
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> ReadIn<C, E> {
        let (error, extras) =
            ProviderError::read_in::<E, _>(status, headers, body, |extras| (Default::default(), extras));
        ReadIn { error, extras }
    }

    /// [`ProviderError::from_body`] with envelope `E`, for any catalog.
    pub fn from_body_in<E: Envelope, C: ProviderCode>(body: &[u8]) -> Option<ReadIn<C, E>> {
        let (error, extras) =
            ProviderError::read_body_in::<E, _>(body, |extras| (Default::default(), extras))?;
        Some(ReadIn { error, extras })
    }

    /// Alibaba Cloud KMS's protobuf `Error` message, as its API sends it (for fake providers in
    /// tests and examples).
    #[cfg(feature = "envelope-alibaba_kms")]
    pub use crate::envelopes::alibaba::encode as encode_alibaba_protobuf;
}
