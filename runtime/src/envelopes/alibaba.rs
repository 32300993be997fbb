//! Alibaba Cloud's error bodies, two envelopes that read alike: the JSON body of Alibaba's OpenAPI
//! (RPC and ROA styles, [`Alibaba`]), and the KMS instance API's Protocol Buffers message `Error
//! {int32 StatusCode = 1; string ErrorCode = 2; string ErrorMessage = 3; string RequestId = 4;}`
//! ([`AlibabaKms`]). Each reads both bodies; each writes its API's. JSON is read as
//! darabonba-openapi reads it
//! (alibabacloud-go/darabonba-openapi client/client.go at fbb884fc: `doRPCRequest` reads `Code|code`,
//! `Message|message`, `RequestId|requestId`; `doROARequest` also `requestid`; `GetAccessDeniedDetail`
//! reads `AccessDeniedDetail|accessDeniedDetail`), the capitalized spelling first, plus `HostId` and
//! `Recommend`, which the legacy alibaba-cloud-sdk-go reads (sdk/errors/server_error.go
//! `NewServerError`).

// One feature compiles the file, which holds the other envelope too: with one of the two off,
// its type and the writer only it uses are unused.
#![cfg_attr(
    not(all(feature = "envelope-alibaba", feature = "envelope-alibaba_kms")),
    allow(dead_code)
)]

use std::time::Duration;

use http::{HeaderMap, HeaderName};
use serde::{Deserialize, Serialize};

use super::{json, DelayHeader, Envelope, Fields, Parsed, Text};

/// Alibaba Cloud's OpenAPI envelope (`alibaba` in catalogs): the JSON body every product's RPC
/// and ROA APIs answer errors with (darabonba-openapi `doRPCRequest` reads it with
/// `ReadAsJSON`), whose `HostId`, `Recommend` and `AccessDeniedDetail` are its extras.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Alibaba;

/// Alibaba Cloud's KMS instance API envelope (`alibaba_kms` in catalogs): its protobuf `Error`
/// message, what its SDK (dkms-gcs) reads. An error with extras, which the message cannot hold,
/// is written as the OpenAPI JSON body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AlibabaKms;

/// What an Alibaba JSON error body carries besides code, message and request id. KMS's protobuf
/// `Error` has none of it: a KMS error with any of it is written as the JSON body.
///
/// ```
/// use cloud_errors::alibaba;
/// use cloud_errors::envelopes::AlibabaExtras;
///
/// let error = alibaba::Error::new(alibaba::Code::from_code("Throttling.User"))
///     .with_extras(AlibabaExtras::default().with_host_id("ecs.cn-hangzhou.aliyuncs.com"));
/// let response = error.to_response();
/// assert_eq!(response.headers()["content-type"], "application/json;charset=utf-8");
/// let read = alibaba::Error::from_response(&response);
/// assert_eq!(read.extras().host_id.as_deref(), Some("ecs.cn-hangzhou.aliyuncs.com"));
/// assert_eq!(read, error);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AlibabaExtras {
    /// `HostId`: the endpoint that answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// `Recommend`: a link to a diagnosis of this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommend: Option<String>,
    /// `AccessDeniedDetail` (`accessDeniedDetail` in ROA bodies): which policy denied the request,
    /// kept as the object the service sent (its keys are the service's, `AuthAction`,
    /// `PolicyType`, `EncodedDiagnosticMessage`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_denied_detail: Option<serde_json::Map<String, serde_json::Value>>,
}

impl AlibabaExtras {
    /// Sets `HostId`, the endpoint that answered.
    pub fn with_host_id(mut self, host_id: impl Into<String>) -> Self {
        self.host_id = Some(host_id.into());
        self
    }

    /// Sets `Recommend`, a link to a diagnosis of the request.
    pub fn with_recommend(mut self, url: impl Into<String>) -> Self {
        self.recommend = Some(url.into());
        self
    }

    /// Sets `AccessDeniedDetail`, the object saying which policy denied the request.
    pub fn with_access_denied_detail(mut self, detail: serde_json::Map<String, serde_json::Value>) -> Self {
        self.access_denied_detail = Some(detail);
        self
    }

    /// Whether there is anything for the JSON body only: otherwise KMS's protobuf body is written.
    fn any(&self) -> bool {
        self.host_id.is_some() || self.recommend.is_some() || self.access_denied_detail.is_some()
    }
}

// Alibaba's gateways send `x-acs-request-id`.
const REQUEST_ID_HEADER: Option<HeaderName> = Some(HeaderName::from_static("x-acs-request-id"));
// `Retry-After` wins where a gateway sends it; else the throttling codes' `TimeLeft`.
const DELAY_HEADERS: &[DelayHeader] = &[DelayHeader::RetryAfter, DelayHeader::Derived(throttling_wait)];

#[cfg(feature = "envelope-alibaba")]
impl Envelope for Alibaba {
    const NAME: &'static str = crate::EnvelopeName::Alibaba.as_str();
    type Extras = AlibabaExtras;
    const REQUEST_ID_HEADER: Option<HeaderName> = REQUEST_ID_HEADER;
    const DELAY_HEADERS: &'static [DelayHeader] = DELAY_HEADERS;

    fn parse(body: &[u8]) -> Option<Parsed<'_, AlibabaExtras>> {
        parse(body)
    }

    /// The JSON body states no status.
    fn normalize(_status: u16, _code: &str, fields: &mut Fields<AlibabaExtras>) {
        fields.reported_status = None;
    }

    fn write(_status: u16, code: &str, fields: &Fields<AlibabaExtras>) -> (&'static str, Vec<u8>) {
        write_json(code, fields)
    }
}

#[cfg(feature = "envelope-alibaba_kms")]
impl Envelope for AlibabaKms {
    const NAME: &'static str = crate::EnvelopeName::AlibabaKms.as_str();
    type Extras = AlibabaExtras;
    const REQUEST_ID_HEADER: Option<HeaderName> = REQUEST_ID_HEADER;
    const DELAY_HEADERS: &'static [DelayHeader] = DELAY_HEADERS;

    fn parse(body: &[u8]) -> Option<Parsed<'_, AlibabaExtras>> {
        parse(body)
    }

    /// The protobuf body states the status and has no empty string apart from an absent one
    /// (proto3); the JSON body states no status.
    fn normalize(status: u16, _code: &str, fields: &mut Fields<AlibabaExtras>) {
        if fields.extras.any() {
            fields.reported_status = None;
        } else {
            fields.reported_status = Some(i64::from(status));
            fields.message = fields.message.take().filter(|text| !text.is_empty());
            fields.request_id = fields.request_id.take().filter(|text| !text.is_empty());
        }
    }

    fn write(status: u16, code: &str, fields: &Fields<AlibabaExtras>) -> (&'static str, Vec<u8>) {
        if fields.extras.any() {
            return write_json(code, fields);
        }
        let status = fields.reported_status.unwrap_or(i64::from(status));
        let status = i32::try_from(status).unwrap_or(0);
        let (message, request_id) = (fields.message.as_deref(), fields.request_id.as_deref());
        // What the KMS instance SDK accepts.
        (
            "application/x-protobuf",
            encode(status, code, message.unwrap_or(""), request_id.unwrap_or("")),
        )
    }
}

/// The OpenAPI JSON body.
fn write_json(code: &str, fields: &Fields<AlibabaExtras>) -> (&'static str, Vec<u8>) {
    let body = AlibabaJson {
        request_id: fields.request_id.as_deref(),
        host_id: fields.extras.host_id.as_deref(),
        code,
        message: fields.message.as_deref(),
        recommend: fields.extras.recommend.as_deref(),
        access_denied_detail: fields.extras.access_denied_detail.as_ref(),
    };
    ("application/json;charset=utf-8", json(&body))
}

/// darabonba-openapi makes exactly `Throttling`, `Throttling.User` and `Throttling.Api` a
/// `ThrottlingError` (client/client.go `doRPCRequest`/`doROARequest`), whose `RetryAfter` is
/// `GetThrottlingTimeLeft` (utils/client.go, at fbb884fc): the larger `TimeLeft` (ms) of the
/// `x-ratelimit-user-api` and `x-ratelimit-user` headers.
fn throttling_wait(code: &str, headers: &HeaderMap) -> Option<Duration> {
    if !matches!(code, "Throttling" | "Throttling.User" | "Throttling.Api") {
        return None;
    }
    let time_left = |name: &str| time_left(headers.get(name)?.to_str().ok()?);
    let millis = match (time_left("x-ratelimit-user-api"), time_left("x-ratelimit-user")) {
        (Some(api), Some(user)) => api.max(user),
        (api, user) => api.or(user)?,
    };
    Some(Duration::from_millis(u64::try_from(millis).ok()?))
}

/// The `TimeLeft` of a rate-limit header (`Limit:100,Remain:0,TimeLeft:1500,Reset:…`): pairs split
/// at `,`, each at `:`, the key exactly `TimeLeft`, no trimming, as `getTimeLeft` does.
fn time_left(value: &str) -> Option<i64> {
    value.split(',').find_map(|pair| {
        let mut parts = pair.split(':');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("TimeLeft"), Some(number), None) => number.parse().ok(),
            _ => None,
        }
    })
}

/// Alibaba's JSON error body, in the order its documentation shows the fields.
#[derive(Serialize)]
struct AlibabaJson<'a> {
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
    #[serde(rename = "HostId", skip_serializing_if = "Option::is_none")]
    host_id: Option<&'a str>,
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    #[serde(rename = "Recommend", skip_serializing_if = "Option::is_none")]
    recommend: Option<&'a str>,
    #[serde(rename = "AccessDeniedDetail", skip_serializing_if = "Option::is_none")]
    access_denied_detail: Option<&'a serde_json::Map<String, serde_json::Value>>,
}

/// Every spelling darabonba-openapi reads, each its own field (serde's `alias` would refuse a
/// body with two spellings); the capitalized one wins, as `dara.Default(Code, code)` does.
#[derive(Deserialize)]
struct JsonError<'a> {
    #[serde(rename = "Code", borrow, default)]
    code: Option<Text<'a>>,
    #[serde(rename = "code", borrow, default)]
    code_roa: Option<Text<'a>>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
    #[serde(rename = "message", default)]
    message_roa: Option<String>,
    #[serde(rename = "RequestId", default)]
    request_id: Option<String>,
    #[serde(rename = "requestId", default)]
    request_id_roa: Option<String>,
    #[serde(rename = "requestid", default)]
    request_id_lower: Option<String>,
    #[serde(rename = "HostId", default)]
    host_id: Option<String>,
    #[serde(rename = "Recommend", default)]
    recommend: Option<String>,
    #[serde(rename = "AccessDeniedDetail", default)]
    access_denied_detail: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "accessDeniedDetail", default)]
    access_denied_detail_roa: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A JSON body starts with `{`; anything else is tried as protobuf (a protobuf `Error` cannot
/// start with `{`, which would be field 15 as a group).
fn parse(body: &[u8]) -> Option<Parsed<'_, AlibabaExtras>> {
    match body.iter().find(|byte| !byte.is_ascii_whitespace()) {
        Some(b'{') => parse_json(body),
        _ => parse_protobuf(body),
    }
}

fn parse_json(body: &[u8]) -> Option<Parsed<'_, AlibabaExtras>> {
    let error: JsonError = serde_json::from_slice(body).ok()?;
    let code = Text::non_empty(error.code).or_else(|| Text::non_empty(error.code_roa));
    Some(Parsed {
        error_shape: true,
        code,
        fields: Fields {
            message: error.message.or(error.message_roa),
            request_id: error
                .request_id
                .or(error.request_id_roa)
                .or(error.request_id_lower),
            reported_status: None,
            extras: AlibabaExtras {
                host_id: error.host_id,
                recommend: error.recommend,
                access_denied_detail: error.access_denied_detail.or(error.access_denied_detail_roa),
            },
        },
    })
}

/// Most byte strings decode as *some* protobuf message (an empty one among them), so a decoded
/// message counts only when it has an `ErrorCode`; otherwise nothing of it is trusted.
fn parse_protobuf(body: &[u8]) -> Option<Parsed<'_, AlibabaExtras>> {
    let error = decode(body)?;
    if error.error_code.is_empty() {
        return None;
    }
    let non_empty = |text: &str| Some(text).filter(|text| !text.is_empty()).map(str::to_owned);
    Some(Parsed {
        error_shape: true,
        code: Some(error.error_code.into()),
        fields: Fields {
            message: non_empty(error.error_message),
            request_id: non_empty(error.request_id),
            // proto3 cannot tell 0 from absent, and 0 is no HTTP status.
            reported_status: Some(i64::from(error.status_code)).filter(|&status| status != 0),
            extras: AlibabaExtras::default(),
        },
    })
}

/// The KMS `Error` message's fields, borrowed from the body.
#[derive(Debug, Default, PartialEq, Eq)]
struct ProtobufError<'a> {
    status_code: i32,
    error_code: &'a str,
    error_message: &'a str,
    request_id: &'a str,
}

/// The protobuf wire types (the low three bits of a field's key).
const VARINT: u64 = 0;
const FIXED64: u64 = 1;
const LENGTH_DELIMITED: u64 = 2;
const START_GROUP: u64 = 3;
const END_GROUP: u64 = 4;
const FIXED32: u64 = 5;

/// How deeply unknown groups may nest before the body is refused, as prost refuses it.
const GROUP_DEPTH_LIMIT: u32 = 100;

/// A cursor over a protobuf body; every read fails (`None`) on a truncated or malformed body.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A base-128 varint of at most ten bytes whose tenth byte holds only the 64th bit.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for index in 0..10 {
            let (&byte, rest) = self.rest.split_first()?;
            self.rest = rest;
            if index == 9 && byte > 1 {
                return None;
            }
            value |= u64::from(byte & 0x7f) << (7 * index);
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }

    fn bytes(&mut self, len: u64) -> Option<&'a [u8]> {
        let len = usize::try_from(len).ok().filter(|&len| len <= self.rest.len())?;
        let (bytes, rest) = self.rest.split_at(len);
        self.rest = rest;
        Some(bytes)
    }

    fn length_delimited(&mut self) -> Option<&'a [u8]> {
        let len = self.varint()?;
        self.bytes(len)
    }

    /// A string field's value: length-delimited UTF-8.
    fn text(&mut self, wire_type: u64) -> Option<&'a str> {
        (wire_type == LENGTH_DELIMITED).then_some(())?;
        core::str::from_utf8(self.length_delimited()?).ok()
    }

    /// A field's key: its number (never 0) and wire type.
    fn key(&mut self) -> Option<(u64, u64)> {
        let key = self.varint()?;
        let (number, wire_type) = (key >> 3, key & 7);
        // Field numbers are 29 bits: a larger key is not a key.
        (number != 0 && key <= u64::from(u32::MAX)).then_some((number, wire_type))
    }

    /// Skips the value of an unknown field; a group up to its matching end.
    fn skip(&mut self, number: u64, wire_type: u64, depth: u32) -> Option<()> {
        match wire_type {
            VARINT => self.varint().map(drop),
            FIXED64 => self.bytes(8).map(drop),
            LENGTH_DELIMITED => self.length_delimited().map(drop),
            FIXED32 => self.bytes(4).map(drop),
            START_GROUP => {
                let depth = depth.checked_sub(1)?;
                loop {
                    let (inner, inner_type) = self.key()?;
                    if inner_type == END_GROUP {
                        return (inner == number).then_some(());
                    }
                    self.skip(inner, inner_type, depth)?;
                }
            }
            // An end without its start, or wire types 6 and 7, which do not exist.
            _ => None,
        }
    }
}

/// Decodes the message as prost did: a later occurrence of a field replaces an earlier one, an
/// unknown field of any wire type is skipped, and a known field of the wrong wire type, a
/// truncated body, an overlong varint or a string that is not UTF-8 make the body undecodable.
fn decode(body: &[u8]) -> Option<ProtobufError<'_>> {
    let mut reader = Reader { rest: body };
    let mut error = ProtobufError::default();
    while !reader.rest.is_empty() {
        let (number, wire_type) = reader.key()?;
        match number {
            1 => {
                (wire_type == VARINT).then_some(())?;
                // int32 is sent as a varint of its 64-bit sign extension; the low 32 bits are it.
                error.status_code = reader.varint()? as i32;
            }
            2 => error.error_code = reader.text(wire_type)?,
            3 => error.error_message = reader.text(wire_type)?,
            4 => error.request_id = reader.text(wire_type)?,
            _ => reader.skip(number, wire_type, GROUP_DEPTH_LIMIT)?,
        }
    }
    Some(error)
}

/// Encodes the KMS `Error` message as the KMS instance API sends it (proto3: a field with its
/// default value, 0 or empty, is left out).
pub fn encode(status_code: i32, error_code: &str, error_message: &str, request_id: &str) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut value: u64) {
        while value >= 0x80 {
            out.push(value as u8 | 0x80);
            value >>= 7;
        }
        out.push(value as u8);
    }
    let mut out = Vec::with_capacity(16 + error_code.len() + error_message.len() + request_id.len());
    if status_code != 0 {
        out.push(0x08);
        // Negative int32s are sign-extended to ten bytes, as protobuf specifies.
        varint(&mut out, i64::from(status_code) as u64);
    }
    for (key, text) in [(0x12, error_code), (0x1a, error_message), (0x22, request_id)] {
        if !text.is_empty() {
            out.push(key);
            varint(&mut out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{decode, encode, parse, Alibaba, AlibabaExtras, Envelope, Fields, ProtobufError};

    const CODE: &str = "Forbidden.KeyNotFound";

    fn error(status_code: i32, error_code: &str) -> ProtobufError<'_> {
        ProtobufError {
            status_code,
            error_code,
            ..ProtobufError::default()
        }
    }

    /// A body holding only `ErrorCode`, after `prefix` and before `suffix`.
    fn around(prefix: &[u8], suffix: &[u8]) -> Vec<u8> {
        [prefix, &encode(0, CODE, "", ""), suffix].concat()
    }

    #[test]
    fn encode_writes_the_wire_format_by_hand() {
        assert_eq!(
            encode(404, "A.B", "m", "r"),
            b"\x08\x94\x03\x12\x03A.B\x1a\x01m\x22\x01r".to_vec()
        );
        // proto3 leaves default values out.
        assert_eq!(encode(0, "", "", ""), Vec::<u8>::new());
        // A negative int32 is its 64-bit sign extension: ten bytes.
        assert_eq!(
            encode(-1, "", "", "")[1..],
            *b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"
        );
        // A string of 128 bytes or more has a two-byte length.
        let long = "x".repeat(300);
        assert_eq!(encode(0, &long, "", "")[..3], [0x12, 0xac, 0x02]);
    }

    #[test]
    fn decode_reads_what_encode_writes() {
        let long = "é".repeat(200);
        for (status, code, message, request_id) in [
            (404, CODE, "The specified Key is not found.", "r-1"),
            (0, CODE, "", ""),
            (-7, "", &*long, "x"),
            (i32::MAX, "a", "b", "c"),
            (i32::MIN, "", "", ""),
        ] {
            let body = encode(status, code, message, request_id);
            assert_eq!(
                decode(&body),
                Some(ProtobufError {
                    status_code: status,
                    error_code: code,
                    error_message: message,
                    request_id,
                })
            );
        }
    }

    #[test]
    fn a_later_field_replaces_an_earlier_one() {
        let body = [encode(500, "First", "", ""), encode(404, "Second", "", "")].concat();
        assert_eq!(decode(&body), Some(error(404, "Second")));
    }

    #[test]
    fn unknown_fields_of_every_wire_type_are_skipped() {
        for unknown in [
            &b"\x28\x96\x01"[..],                    // 5: varint
            b"\x31\x01\x02\x03\x04\x05\x06\x07\x08", // 6: fixed64
            b"\x3a\x03abc",                          // 7: length-delimited
            b"\x45\x01\x02\x03\x04",                 // 8: fixed32
            b"\x4b\x50\x01\x5b\x08\x01\x5c\x4c",     // 9: group holding field 10 and group 11
            b"\x4b\x4c",                             // 9: empty group
            b"\x80\x01\x00",                         // 16: two-byte key
            b"\xf8\xff\xff\xff\x0f\x00",             // 536870911, the largest field number
        ] {
            assert_eq!(
                decode(&around(unknown, b"")),
                Some(error(0, CODE)),
                "{unknown:x?}"
            );
            assert_eq!(
                decode(&around(b"", unknown)),
                Some(error(0, CODE)),
                "{unknown:x?}"
            );
        }
    }

    #[test]
    fn malformed_bodies_are_refused() {
        for body in [
            // Truncated: a key without a value, a short fixed field, a string past the end.
            &b"\x08"[..],
            b"\x31\x01\x02",
            b"\x35\x01",
            b"\x12\x05abc",
            b"\x12",
            // A varint cut short, and one longer than ten bytes or beyond 64 bits.
            b"\x08\x80",
            b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",
            b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02",
            // A key beyond 32 bits, field number 0, wire types 6 and 7.
            b"\x80\x80\x80\x80\x10\x00",
            b"\x00\x00",
            b"\x0e",
            b"\x0f",
            // Groups: unclosed, closed by another field's end, an end without a start.
            b"\x4b\x50\x01",
            b"\x4b\x54",
            b"\x4c",
            // A known field of the wrong wire type.
            b"\x0a\x01\x01",
            b"\x10\x01",
            // Invalid UTF-8 in each string field.
            b"\x12\x02\xc3\x28",
            b"\x1a\x01\xff",
            b"\x22\x01\x80",
        ] {
            assert_eq!(decode(&around(b"", body)), None, "{body:x?}");
        }
    }

    #[test]
    fn groups_nest_up_to_the_limit() {
        let nested = |depth: usize| {
            let body = [b"\x4b".repeat(depth), b"\x4c".repeat(depth)].concat();
            decode(&around(&body, b"")).is_some()
        };
        assert!(nested(100));
        assert!(!nested(101));
    }

    #[test]
    fn only_a_message_with_an_error_code_is_this_envelope() {
        assert!(parse(b"").is_none());
        assert!(parse(&encode(404, "", "message", "r")).is_none());
        assert!(parse(b"<html>Bad gateway</html>").is_none());
        let body = encode(404, CODE, "", "r");
        let parsed = parse(&body).unwrap();
        assert_eq!(parsed.code.as_deref(), Some(CODE));
        assert_eq!(parsed.fields.message, None);
        assert_eq!(parsed.fields.request_id.as_deref(), Some("r"));
        assert_eq!(parsed.fields.reported_status, Some(404));
    }

    /// The bodies below are ours, in the shapes darabonba-openapi reads.
    fn read(body: &str) -> (Option<String>, Fields<AlibabaExtras>) {
        let parsed = parse(body.as_bytes()).expect("a JSON error body");
        (parsed.code.map(|code| code.into_owned()), parsed.fields)
    }

    #[test]
    fn an_rpc_body_gives_code_request_id_host_and_recommend() {
        let (code, fields) = read(
            r#"{"RequestId":"R-1","HostId":"ecs.example.com","Code":"Throttling.User","Message":"m","Recommend":"https://example.com/r"}"#,
        );
        assert_eq!(code.as_deref(), Some("Throttling.User"));
        assert_eq!(fields.request_id.as_deref(), Some("R-1"));
        assert_eq!(fields.message.as_deref(), Some("m"));
        assert_eq!(fields.extras.host_id.as_deref(), Some("ecs.example.com"));
        assert_eq!(fields.extras.recommend.as_deref(), Some("https://example.com/r"));
    }

    #[test]
    fn a_roa_body_gives_code_and_request_id_in_each_spelling() {
        let (code, fields) = read(r#"{"code":"InvalidParameter","message":"m","requestId":"R-2"}"#);
        assert_eq!(code.as_deref(), Some("InvalidParameter"));
        assert_eq!(fields.request_id.as_deref(), Some("R-2"));
        assert_eq!(fields.message.as_deref(), Some("m"));
        let (code, fields) = read(r#"{"code":"Forbidden","requestid":"R-3"}"#);
        assert_eq!(code.as_deref(), Some("Forbidden"));
        assert_eq!(fields.request_id.as_deref(), Some("R-3"));
        // Both spellings: the capitalized one wins, as darabonba's `dara.Default` does.
        let (code, fields) = read(r#"{"code":"b","Code":"A","requestId":"r","RequestId":"R"}"#);
        assert_eq!(code.as_deref(), Some("A"));
        assert_eq!(fields.request_id.as_deref(), Some("R"));
        // An empty capitalized code is no code: the other spelling is read.
        let (code, _) = read(r#"{"Code":"","code":"B"}"#);
        assert_eq!(code.as_deref(), Some("B"));
    }

    #[test]
    fn an_access_denied_detail_is_kept_and_written_back() {
        for key in ["AccessDeniedDetail", "accessDeniedDetail"] {
            let body = format!(
                r#"{{"RequestId":"R-4","Code":"Forbidden.RAM","{key}":{{"AuthAction":"ecs:DescribeInstances","PolicyType":"AccountLevelIdentityBasedPolicy","NoPermissionType":"ImplicitDeny"}}}}"#
            );
            let (code, fields) = read(&body);
            assert_eq!(code.as_deref(), Some("Forbidden.RAM"));
            assert_eq!(fields.request_id.as_deref(), Some("R-4"));
            let detail = fields.extras.access_denied_detail.clone().expect("the detail");
            assert_eq!(detail["AuthAction"], "ecs:DescribeInstances");
            // Written as the JSON body (capitalized), read back the same.
            let (content_type, written) = Alibaba::write(403, "Forbidden.RAM", &fields);
            assert_eq!(content_type, "application/json;charset=utf-8");
            let again = parse(&written).expect("the written body");
            assert_eq!(again.code.as_deref(), Some("Forbidden.RAM"));
            assert_eq!(again.fields, fields);
        }
    }

    #[test]
    fn throttling_waits_the_larger_time_left_of_the_rate_limit_headers() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            "x-ratelimit-user-api",
            "Limit:10,Remain:0,TimeLeft:1500".parse().unwrap(),
        );
        headers.insert(
            "x-ratelimit-user",
            "Limit:100,TimeLeft:900,Reset:1".parse().unwrap(),
        );
        let delay = |code, headers: &http::HeaderMap| super::throttling_wait(code, headers);
        assert_eq!(
            delay("Throttling.Api", &headers),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(delay("Throttling", &headers), Some(Duration::from_millis(1500)));
        // Only darabonba's three codes.
        assert_eq!(delay("Throttling.System", &headers), None);
        headers.insert("x-ratelimit-user", "TimeLeft:2000".parse().unwrap());
        assert_eq!(
            delay("Throttling.User", &headers),
            Some(Duration::from_millis(2000))
        );
        // Not a number, a space before the key: not read, as getTimeLeft does not.
        headers.insert("x-ratelimit-user", "Limit:1, TimeLeft:5".parse().unwrap());
        headers.insert("x-ratelimit-user-api", "TimeLeft:soon".parse().unwrap());
        assert_eq!(delay("Throttling", &headers), None);
    }
}
