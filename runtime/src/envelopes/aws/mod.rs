//! Amazon Web Services: one envelope per protocol a service speaks, each behind its own feature.
//! A service's catalog names its protocol's envelope.
//!
//! | envelope | protocol | code | request id |
//! | --- | --- | --- | --- |
//! | [`AwsJson`] (`aws_json`) | awsJson1_0, awsJson1_1 | header `x-amzn-errortype`, else body `__type`, else `code` | `x-amzn-requestid` |
//! | [`AwsRestJson`] (`aws_rest_json`) | restJson1 | header `x-amzn-errortype`, else body `code`, `Code`, else `__type` | `x-amzn-requestid`, else `x-amz-request-id` |
//! | [`AwsRestXml`] (`aws_rest_xml`) | restXml | `<Error><Code>` (S3) or `<ErrorResponse><Error><Code>` | `<RequestId>`, else `x-amz-request-id` |
//! | [`AwsQuery`] (`aws_query`) | awsQuery | `<ErrorResponse><Error><Code>` | `<RequestId>` |
//! | [`AwsEc2`] (`aws_ec2`) | ec2Query | `<Response><Errors><Error><Code>` | `<RequestID>` |
//! | [`AwsCbor`] (`aws_cbor`) | rpcv2Cbor (and awsJson's bodies) | CBOR map `__type` (a JSON body's `__type`) | `x-amzn-requestid` |
//!
//! A code is taken as the SDKs take it (botocore `parsers.py`, smithy-rs
//! `inlineable/src/json_errors.rs` `sanitize_error_code`): everything from the first `:` on is
//! cut (`…:http://internal.amazon.com/…`), then everything up to the first `#` (the Smithy
//! namespace, `com.amazonaws.dynamodb.v20120810#`). A body of any protocol may fall back on the
//! request id headers; every envelope reads the `x-amz-id-2` header as [`AwsExtras::host_id`].

// A protocol's feature compiles its file, which holds its siblings' types too (one reader per
// format): with some of the six off, their items and the helpers only they use are unused.
#![cfg_attr(
    not(all(
        feature = "envelope-aws_json",
        feature = "envelope-aws_rest_json",
        feature = "envelope-aws_rest_xml",
        feature = "envelope-aws_query",
        feature = "envelope-aws_ec2",
        feature = "envelope-aws_cbor"
    )),
    allow(dead_code)
)]

#[cfg(feature = "envelope-aws_cbor")]
mod cbor;
// rpcv2Cbor's envelope reads JSON bodies too.
#[cfg(any(
    feature = "envelope-aws_json",
    feature = "envelope-aws_rest_json",
    feature = "envelope-aws_cbor"
))]
mod json;
#[cfg(any(
    feature = "envelope-aws_rest_xml",
    feature = "envelope-aws_query",
    feature = "envelope-aws_ec2"
))]
mod xml;

#[cfg(feature = "envelope-aws_cbor")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_cbor")))]
pub use cbor::AwsCbor;
#[cfg(feature = "envelope-aws_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_json")))]
pub use json::AwsJson;
#[cfg(feature = "envelope-aws_rest_json")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_rest_json")))]
pub use json::AwsRestJson;
#[cfg(feature = "envelope-aws_ec2")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_ec2")))]
pub use xml::AwsEc2;
#[cfg(feature = "envelope-aws_query")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_query")))]
pub use xml::AwsQuery;
#[cfg(feature = "envelope-aws_rest_xml")]
#[cfg_attr(docsrs, doc(cfg(feature = "envelope-aws_rest_xml")))]
pub use xml::AwsRestXml;

use std::borrow::Cow;

use http::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;

use super::{DelayHeader, Fields, Parsed};

/// What an AWS error carries besides code, message and request id, in every AWS envelope: S3's
/// host id and the awsQuery fault. An envelope that has no place for one leaves it out (see each
/// field).
///
/// ```
/// # #[cfg(feature = "envelope-aws_json")] {
/// use cloud_errors::envelopes::{AwsExtras, AwsJson};
/// use cloud_errors::Envelope;
///
/// let headers = http::HeaderMap::from_iter([
///     (http::HeaderName::from_static("x-amzn-requestid"), "4f2c".parse().unwrap()),
///     (http::HeaderName::from_static("x-amzn-query-error"), "AWS.SimpleQueueService.NonExistentQueue;Sender".parse().unwrap()),
/// ]);
/// let body = br#"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "no such queue"}"#;
/// let mut parsed = AwsJson::parse(body).unwrap();
/// AwsJson::read_headers(&headers, &mut parsed);
/// assert_eq!(parsed.code.as_deref(), Some("AWS.SimpleQueueService.NonExistentQueue"));
/// assert_eq!(parsed.fields.request_id.as_deref(), Some("4f2c"));
/// assert_eq!(parsed.fields.extras, AwsExtras::default().with_fault("Sender"));
/// # }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AwsExtras {
    /// S3's extended request id (`x-amz-id-2`, the body's `<HostId>`), which AWS support asks for
    /// with the request id. Read from the body where it has one, else from the header, in every
    /// envelope; written in the header, and in S3's body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// Whose fault the error is, as awsQuery and restXml's `<ErrorResponse>` say in `<Type>`:
    /// `Sender` (the caller's) or `Receiver` (the service's). The JSON and CBOR protocols of a
    /// service that moved from awsQuery carry it in the `x-amzn-query-error` header (`Code;Type`),
    /// whose code then wins over the body's, as botocore and aws-sdk-rust read it. ec2Query has no
    /// place for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fault: Option<String>,
}

impl AwsExtras {
    /// Sets the host id (`x-amz-id-2`).
    pub fn with_host_id(mut self, host_id: impl Into<String>) -> Self {
        self.host_id = Some(host_id.into());
        self
    }

    /// Sets the fault (`Sender` or `Receiver`).
    pub fn with_fault(mut self, fault: impl Into<String>) -> Self {
        self.fault = Some(fault.into());
        self
    }
}

/// Where AWS asks a client to wait, in milliseconds: the SDKs' only delay header
/// (aws-sdk-rust `aws-runtime` `retries/classifiers.rs` `retry_after_from_ctx`; botocore 1.44
/// `retries/standard.py` `ExponentialBackoff._get_retry_after_delay`). Neither reads
/// `Retry-After`; a proxy's or an S3-compatible server's still counts here, after it.
const DELAY_HEADERS: &[DelayHeader] = &[
    DelayHeader::Milliseconds("x-amz-retry-after"),
    DelayHeader::RetryAfter,
];

/// The request id headers.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-amzn-requestid");
const S3_REQUEST_ID: HeaderName = HeaderName::from_static("x-amz-request-id");
/// S3's extended request id.
const HOST_ID: HeaderName = HeaderName::from_static("x-amz-id-2");
/// A JSON or CBOR service that moved from awsQuery: `Code;Type`.
const QUERY_ERROR: HeaderName = HeaderName::from_static("x-amzn-query-error");
/// restJson1's code header.
const ERROR_TYPE: HeaderName = HeaderName::from_static("x-amzn-errortype");

/// The headers the envelopes read, each its first value, found in one pass over the map: a lookup
/// hashes a custom name byte by byte (FNV), and an awsJson response is asked for five of them
/// (BENCHMARKS.md, "AWS": the lookups were a fifth of a read).
#[derive(Default)]
struct Found<'a> {
    request_id: Option<&'a HeaderValue>,
    s3_request_id: Option<&'a HeaderValue>,
    host_id: Option<&'a HeaderValue>,
    query_error: Option<&'a HeaderValue>,
    error_type: Option<&'a HeaderValue>,
}

impl<'a> Found<'a> {
    fn read(headers: &'a HeaderMap) -> Self {
        let mut found = Found::default();
        for (name, value) in headers {
            let slot = if name == REQUEST_ID {
                &mut found.request_id
            } else if name == S3_REQUEST_ID {
                &mut found.s3_request_id
            } else if name == HOST_ID {
                &mut found.host_id
            } else if name == QUERY_ERROR {
                &mut found.query_error
            } else if name == ERROR_TYPE {
                &mut found.error_type
            } else {
                continue;
            };
            slot.get_or_insert(value);
        }
        found
    }
}

/// A header's value as text, `None` when absent or not UTF-8 (a value may carry UTF-8 bytes).
fn text(value: Option<&HeaderValue>) -> Option<&str> {
    value.and_then(|value| core::str::from_utf8(value.as_bytes()).ok())
}

/// The code as the SDKs take it: cut from the first `:`, then after the first `#`.
fn sanitize(code: Cow<'_, str>) -> Cow<'_, str> {
    fn cut(code: &str) -> &str {
        let code = code.split_once(':').map_or(code, |(head, _)| head);
        code.split_once('#').map_or(code, |(_, name)| name)
    }
    match code {
        Cow::Borrowed(code) => Cow::Borrowed(cut(code)),
        Cow::Owned(code) if cut(&code).len() == code.len() => Cow::Owned(code),
        Cow::Owned(code) => Cow::Owned(cut(&code).to_owned()),
    }
}

/// Which headers carry a code, besides the body (each wins over what comes before it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum CodeHeaders {
    /// None (the XML protocols).
    None,
    /// `x-amzn-query-error` (`Code;Type`) of a service that moved from awsQuery (rpcv2Cbor).
    Query,
    /// `x-amzn-errortype`, then `x-amzn-query-error` (the JSON protocols).
    ErrorTypeThenQuery,
}

/// Completes what a body left to the headers: the request id and host id, and the codes of
/// `code_headers`.
fn from_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>, code_headers: CodeHeaders) {
    let found = Found::read(headers);
    let fields = &mut parsed.fields;
    if fields.request_id.is_none() {
        // In the order the SDKs look (aws-sdk-rust `aws-types` `request_id.rs`; botocore
        // `BaseRestParser._populate_response_metadata`).
        fields.request_id = text(found.request_id)
            .or_else(|| text(found.s3_request_id))
            .map(str::to_owned);
    }
    if fields.extras.host_id.is_none() {
        fields.extras.host_id = text(found.host_id).map(str::to_owned);
    }
    if code_headers == CodeHeaders::ErrorTypeThenQuery {
        if let Some(code) = text(found.error_type).map(|code| sanitize(Cow::Borrowed(code))) {
            if !code.is_empty() {
                parsed.code = Some(code);
            }
        }
    }
    if code_headers != CodeHeaders::None {
        // `Code;Type`, when exactly two parts with a code (botocore
        // `BaseJSONParser._do_query_compatible_error_parse`).
        let query_error = text(found.query_error)
            .and_then(|value| value.split_once(';'))
            .filter(|(code, fault)| !code.is_empty() && !fault.contains(';'));
        if let Some((code, fault)) = query_error {
            parsed.code = Some(Cow::Borrowed(code));
            fields.extras.fault = Some(fault.to_owned());
        }
    }
}

/// Writes the host id header and, for JSON and CBOR, `x-amzn-query-error`.
fn write_headers(code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap, query_compatible: bool) {
    if let Some(value) = fields.extras.host_id.as_deref().and_then(value) {
        headers.insert(HOST_ID, value);
    }
    if query_compatible {
        if let Some(fault) = &fields.extras.fault {
            if let Some(value) = value(&format!("{code};{fault}")) {
                headers.insert(QUERY_ERROR, value);
            }
        }
    }
}

/// `text` as a header value, which [`header`] reads back as `text`; `None` for a text with a line
/// break or another control character.
fn value(text: &str) -> Option<HeaderValue> {
    HeaderValue::from_bytes(text.as_bytes()).ok()
}

/// Keeps of the extras what the envelope writes: the host id where it is a header value (or
/// `in_body`), the fault where `fault` can carry it.
fn normalize(code: &str, fields: &mut Fields<AwsExtras>, host_id_in_body: bool, fault: Fault) {
    fields.reported_status = None;
    let extras = &mut fields.extras;
    if !host_id_in_body {
        extras.host_id = extras.host_id.take().filter(|id| value(id).is_some());
    }
    extras.fault = match fault {
        Fault::None => None,
        Fault::InBody => extras.fault.take(),
        // Only a well-formed `Code;Type` header reads back.
        Fault::QueryHeader => extras.fault.take().filter(|fault| {
            !code.is_empty()
                && !code.contains(';')
                && !fault.contains(';')
                && value(&format!("{code};{fault}")).is_some()
        }),
    };
}

/// Where an envelope carries [`AwsExtras::fault`]. (Each envelope is behind its feature: some
/// variants go unused when only the JSON or CBOR ones are compiled in.)
#[allow(dead_code)]
#[derive(Clone, Copy)]
enum Fault {
    /// Nowhere (ec2Query).
    None,
    /// In the body's `<Type>`.
    InBody,
    /// In `x-amzn-query-error`.
    QueryHeader,
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::sanitize;

    #[test]
    fn the_namespace_and_the_suffix_are_cut() {
        let cases = [
            ("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "ResourceNotFoundException"),
            ("ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/", "ValidationException"),
            ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
            ("FooError", "FooError"),
            ("", ""),
        ];
        for (sent, code) in cases {
            assert_eq!(sanitize(Cow::Borrowed(sent)), code);
            assert_eq!(sanitize(Cow::Owned(sent.to_owned())), code);
        }
        assert!(matches!(sanitize(Cow::Borrowed("a#B")), Cow::Borrowed("B")));
    }
}
