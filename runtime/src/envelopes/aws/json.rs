//! AWS's JSON protocols: awsJson1_0/1_1 and restJson1. Both are read as smithy-rs reads them
//! (`inlineable/src/json_errors.rs` `parse_error_metadata`): the `x-amzn-errortype` header first,
//! else the body's `code` (`Code`, which botocore's `RestJSONParser._inject_error_code` also
//! reads), else `__type`; the message from `message`, `Message` or `errorMessage`. They differ in
//! what they write: awsJson1_x puts the code in the body's `__type`, restJson1 in the
//! `x-amzn-errortype` header and the body's `code`.

use http::{HeaderMap, HeaderName};
use serde::{Deserialize, Serialize};

use super::{from_headers, normalize, sanitize, write_headers, AwsExtras, CodeHeaders, Fault, ERROR_TYPE};
use crate::envelopes::{json, DelayHeader, Envelope, Fields, Parsed, Text};

/// AWS's awsJson1_0 and awsJson1_1 envelope (`aws_json` in catalogs): JSON `{"__type",
/// "message"}` (`__type` may carry a namespace, `com.amazonaws.dynamodb.v20120810#…`), the
/// request id in `x-amzn-requestid`. Written with `__type` and the content type
/// `application/x-amz-json-1.1` (the bodies of 1.0 and 1.1 errors are the same).
///
/// ```
/// use cloud_errors::envelopes::AwsJson;
/// use cloud_errors::Envelope;
///
/// let headers = http::HeaderMap::from_iter([(
///     http::HeaderName::from_static("x-amzn-requestid"),
///     "KQ3RAV0J8PHGEC9S1U2N2D0RMJVV4KQNSO5AEMVJF66Q9ASUAAJG".parse().unwrap(),
/// )]);
/// let body = br#"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
///     "message":"The level of configured provisioned throughput for the table was exceeded."}"#;
/// let mut parsed = AwsJson::parse(body).unwrap();
/// AwsJson::read_headers(&headers, &mut parsed);
/// assert_eq!(parsed.code.as_deref(), Some("ProvisionedThroughputExceededException"));
/// assert_eq!(parsed.fields.request_id.as_deref(), Some("KQ3RAV0J8PHGEC9S1U2N2D0RMJVV4KQNSO5AEMVJF66Q9ASUAAJG"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsJson;

/// AWS's restJson1 envelope (`aws_rest_json` in catalogs): the code in the `x-amzn-errortype`
/// header (`ResourceNotFoundException:http://internal.amazon.com/…`), else the body's `code` or
/// `__type`; the request id in `x-amzn-requestid` (or S3's `x-amz-request-id`). Written with the
/// header and the body `{"code", "message"}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsRestJson;

/// The content type of awsJson1_1 bodies.
const AWS_JSON: &str = "application/x-amz-json-1.1";
/// The content type of restJson1 bodies.
const REST_JSON: &str = "application/json";

impl Envelope for AwsJson {
    const NAME: &'static str = crate::EnvelopeName::AwsJson.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::REQUEST_ID);
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-amzn-requestid"];

    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        parse(body)
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        read_headers(headers, parsed);
    }

    fn normalize(_status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        normalize(code, fields, false, Fault::QueryHeader);
    }

    fn write(_status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        let body = AwsJsonBody {
            kind: code,
            message: fields.message.as_deref(),
        };
        (AWS_JSON, json(&body))
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        write_headers(code, fields, headers, true);
    }
}

impl Envelope for AwsRestJson {
    const NAME: &'static str = crate::EnvelopeName::AwsRestJson.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::REQUEST_ID);
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-amzn-requestid"];

    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        parse(body)
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        read_headers(headers, parsed);
    }

    fn normalize(_status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        normalize(code, fields, false, Fault::QueryHeader);
    }

    fn write(_status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        let body = RestJsonBody {
            code,
            message: fields.message.as_deref(),
        };
        (REST_JSON, json(&body))
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        // A code with spaces around it would lose them on the wire, and a kept raw body has no
        // code: the body says what there is.
        if let Some(value) = super::value(code).filter(|_| !code.is_empty() && code.trim() == code) {
            headers.insert(ERROR_TYPE, value);
        }
        write_headers(code, fields, headers, true);
    }
}

#[derive(Serialize)]
struct AwsJsonBody<'a> {
    #[serde(rename = "__type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

#[derive(Serialize)]
struct RestJsonBody<'a> {
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

/// Each spelling its own field: serde's `alias` would refuse a body with two of them.
#[derive(Deserialize)]
struct Body<'a> {
    #[serde(borrow, default)]
    code: Option<Text<'a>>,
    #[serde(rename = "Code", borrow, default)]
    code_upper: Option<Text<'a>>,
    #[serde(rename = "__type", borrow, default)]
    kind: Option<Text<'a>>,
    #[serde(default)]
    message: Option<String>,
    #[serde(rename = "Message", default)]
    message_upper: Option<String>,
    #[serde(rename = "errorMessage", default)]
    error_message: Option<String>,
}

/// `None` unless `body` is a JSON object whose code and message fields are strings (or absent).
pub(super) fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
    let Body {
        code,
        code_upper,
        kind,
        message,
        message_upper,
        error_message,
    } = serde_json::from_slice(body).ok()?;
    let code = Text::non_empty(code)
        .or_else(|| Text::non_empty(code_upper))
        .or_else(|| Text::non_empty(kind))
        .map(sanitize)
        .filter(|code| !code.is_empty());
    Some(Parsed {
        error_shape: true,
        code,
        fields: Fields {
            message: message.or(message_upper).or(error_message),
            ..Fields::default()
        },
    })
}

/// After the body, the headers: `x-amzn-errortype` wins over the body's code, and
/// `x-amzn-query-error` over both. A body that is not JSON still gives the headers' code and ids.
fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
    from_headers(headers, parsed, CodeHeaders::ErrorTypeThenQuery);
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use http::{HeaderMap, HeaderName, HeaderValue};

    #[test]
    fn a_code_without_escapes_is_borrowed_from_the_body() {
        let parsed = super::parse(br#"{"__type":"ns#ThrottlingException","message":"slow down"}"#).unwrap();
        assert!(matches!(parsed.code, Some(Cow::Borrowed("ThrottlingException"))));
        assert_eq!(parsed.fields.message.as_deref(), Some("slow down"));
    }

    #[test]
    fn the_header_wins_over_the_body_and_code_over_type() {
        let parsed = super::parse(br#"{"__type":"A","code":"B"}"#).unwrap();
        assert_eq!(parsed.code.as_deref(), Some("B"));
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("x-amzn-errortype"),
            HeaderValue::from_static("C:http://internal.amazon.com/coral/"),
        );
        let mut parsed = super::parse(br#"{"code":"B"}"#).unwrap();
        super::read_headers(&headers, &mut parsed);
        assert_eq!(parsed.code.as_deref(), Some("C"));
        // A body that is not JSON: the header's code still counts.
        assert!(super::parse(b"<html>").is_none());
        let mut parsed = super::Parsed::default();
        super::read_headers(&headers, &mut parsed);
        assert_eq!(parsed.code.as_deref(), Some("C"));
    }
}
