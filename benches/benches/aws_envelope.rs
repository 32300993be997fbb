//! Reading an AWS error response into a typed `Error` (`from_parts`), one real-shaped response per
//! protocol, against the best alternative a user would write for the same response: serde_json
//! into a plain struct for awsJson1_1 and restJson1, a hand-written quick-xml reader for restXml,
//! awsQuery and ec2Query, ciborium (and a hand-written minicbor reader) for rpcv2Cbor.
//!
//! Every alternative yields the fields of the typed `Error`, owned as it owns them: code,
//! message, request id, S3's host id and the awsQuery fault, each a `String`, the code cut as the
//! SDKs cut it (the `__type` namespace, the `:http://…` suffix) with one allocation, the XML texts
//! with XML's references resolved. Each reads them where the protocol carries them: the body, and
//! the headers the typed reader also reads for that protocol (`x-amzn-requestid`, `x-amz-id-2`,
//! and for JSON and CBOR `x-amzn-query-error`, whose code wins). They are made for the one shape
//! each reads, where the typed reader also accepts every spelling of the code and message, looks
//! for `Retry-After` (and, for awsJson, `x-amzn-errortype`), looks the code up in its catalog, and
//! checks each XML element's parent, not only its depth: the ratio leans against ours.
//!
//! Timed by the thread's CPU time rather than criterion's wall clock: these figures are taken on a
//! shared 2-core machine, where wall time swung 1.5× between runs a minute apart as other builds
//! took the cores (time spent descheduled is not the reader's). Even so the absolute times moved
//! up to 1.8× between runs, so `PAIRED_ROUNDS=n` instead times ours and the alternative in
//! alternating rounds of 200 calls and prints the median per-round ratio, which held within a few
//! percent. BENCHMARKS.md has the numbers and how to run them.

use std::hint::black_box;
use std::time::Duration;

use cloud_errors::envelopes::AwsExtras;
use cloud_errors::{cloud_error, Envelope, ProviderCode, ProviderError};
use cloud_errors_aws::{dynamodb, ec2, iam, lambda, s3};
use cloud_errors_benches::{paired, paired_rounds, thread_cpu_ns};
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, Criterion};
use http::{HeaderMap, HeaderName, HeaderValue};
use minicbor::data::Type;
use quick_xml::events::Event;
use quick_xml::Reader;
use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// A service speaking rpcv2Cbor, declared as its catalog would (cloud-errors-aws's rpcv2Cbor
/// modules, `cloudwatch` and 15 others, need its `aws_cbor` feature, which this bench does not
/// enable).
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_cbor")]
pub enum Alarms {
    /// The alarm does not exist.
    #[code("ResourceNotFoundException", status = 404, retry = "never")]
    ResourceNotFound,
}

// The responses, written by us in the shape each protocol sends.

/// awsJson1_1 (DynamoDB): the code namespaced in `__type`, the request id in a header.
const AWS_JSON_BODY: &[u8] = br#"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"Table orders-2026 is reading faster than its provisioned capacity allows; retry with backoff."}"#;
const AWS_JSON_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/x-amz-json-1.0"),
    (
        "x-amzn-requestid",
        "7Q0C5ROJ8H2M6V4T1EKS3NBAVFVV4KQNSO5AEMVJF66Q9ASUAAJG",
    ),
];

/// restJson1 (Lambda): the code in `x-amzn-errortype` with its suffix, the message in the body.
const REST_JSON_BODY: &[u8] =
    br#"{"Type":"User","Message":"No function named orders-ingest in account 123456789012, region eu-west-1."}"#;
const REST_JSON_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/json"),
    (
        "x-amzn-errortype",
        "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/",
    ),
    ("x-amzn-requestid", "0d5c7a3e-8b21-4f6d-9e40-3c1a2b7f6e95"),
];

/// restXml (S3): a bare `<Error>` with an element the reader skips, the ids in the body (and, as
/// S3 sends them, in the headers too).
const REST_XML_BODY: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>NoSuchKey</Code><Message>The object you asked for is not in this bucket.</Message><Key>invoices/2026/12/inv-0042.pdf</Key><RequestId>9GQ2V4T7XK1M3B8D</RequestId><HostId>q3Lx9cV0b2ZrT7yN1mUe5WkH8sJd4Fa6Pg0Ri2Ao9Ct3Ev7Bu1Yn5Xw8Qz4Ml6Kj2Hs0Gd9Fc3=</HostId></Error>"#;
const REST_XML_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/xml"),
    ("x-amz-request-id", "9GQ2V4T7XK1M3B8D"),
    (
        "x-amz-id-2",
        "q3Lx9cV0b2ZrT7yN1mUe5WkH8sJd4Fa6Pg0Ri2Ao9Ct3Ev7Bu1Yn5Xw8Qz4Ml6Kj2Hs0Gd9Fc3=",
    ),
];

/// awsQuery (IAM): `<ErrorResponse>`, indented, with a default namespace.
const QUERY_BODY: &[u8] = br#"<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <Error>
    <Type>Sender</Type>
    <Code>NoSuchEntity</Code>
    <Message>No role named deploy-bot exists in this account.</Message>
  </Error>
  <RequestId>5e1f8c2a-3b7d-4e90-a6c4-d2f1b0e9a873</RequestId>
</ErrorResponse>
"#;
const QUERY_HEADERS: &[(&str, &str)] = &[
    ("content-type", "text/xml"),
    ("x-amzn-requestid", "5e1f8c2a-3b7d-4e90-a6c4-d2f1b0e9a873"),
];

/// ec2Query (EC2): `<Response><Errors><Error>`, `<RequestID>` in capitals.
const EC2_BODY: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>InvalidParameterValue</Code><Message>Value (m9.colossal) for parameter instanceType is invalid: no such instance type.</Message></Error></Errors><RequestID>c0a4f7e2-91d3-4b5a-8e6f-2d7c1b9a0e54</RequestID></Response>"#;
const EC2_HEADERS: &[(&str, &str)] = &[("content-type", "text/xml;charset=UTF-8")];

/// rpcv2Cbor: a definite map `{"__type", "message"}` (encoded in `cbor_body`).
const CBOR_TYPE: &str = "com.amazonaws.alarms#ResourceNotFoundException";
const CBOR_MESSAGE: &str = "No alarm named disk-full-web-3 exists in eu-west-1.";
const CBOR_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/cbor"),
    ("smithy-protocol", "rpc-v2-cbor"),
    ("x-amzn-requestid", "b8e3d1f0-6a2c-4e7b-9d15-0f4c3a8e2b71"),
];

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(name, value)| {
            (
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            )
        })
        .collect()
}

#[derive(Serialize)]
struct CborBody<'a> {
    #[serde(rename = "__type")]
    kind: &'a str,
    message: &'a str,
}

fn cbor_body() -> Vec<u8> {
    let mut body = Vec::new();
    ciborium::into_writer(
        &CborBody {
            kind: CBOR_TYPE,
            message: CBOR_MESSAGE,
        },
        &mut body,
    )
    .unwrap();
    body
}

// The alternatives' shared parts.

const REQUEST_ID: HeaderName = HeaderName::from_static("x-amzn-requestid");
const S3_REQUEST_ID: HeaderName = HeaderName::from_static("x-amz-request-id");
const HOST_ID: HeaderName = HeaderName::from_static("x-amz-id-2");
const QUERY_ERROR: HeaderName = HeaderName::from_static("x-amzn-query-error");
const ERROR_TYPE: HeaderName = HeaderName::from_static("x-amzn-errortype");

/// What every alternative yields: the fields of the typed `Error`, each owned.
#[derive(Debug, PartialEq, Eq)]
struct Plain {
    code: String,
    message: Option<String>,
    request_id: Option<String>,
    /// S3's extended request id: the body's `<HostId>`, else `x-amz-id-2`.
    host_id: Option<String>,
    /// awsQuery's `<Type>`, or the `Type` of `x-amzn-query-error` (`Code;Type`).
    fault: Option<String>,
}

fn header<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<&'a str> {
    headers.get(name)?.to_str().ok()
}

fn owned_header(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    header(headers, name).map(str::to_owned)
}

/// The code as the SDKs take it: cut from the first `:`, then after the first `#`.
fn cut(code: &str) -> &str {
    let code = code.split_once(':').map_or(code, |(head, _)| head);
    code.split_once('#').map_or(code, |(_, name)| name)
}

/// The JSON and CBOR protocols' headers: the request id, the host id, and the awsQuery code and
/// fault of a service that moved from awsQuery, whose code wins over the body's.
fn json_headers(headers: &HeaderMap, code: String, message: Option<String>) -> Plain {
    let mut plain = Plain {
        code,
        message,
        request_id: owned_header(headers, &REQUEST_ID),
        host_id: owned_header(headers, &HOST_ID),
        fault: None,
    };
    if let Some((code, fault)) = header(headers, &QUERY_ERROR).and_then(|value| value.split_once(';')) {
        plain.code = code.to_owned();
        plain.fault = Some(fault.to_owned());
    }
    plain
}

/// A code deserialized already cut, so that it is allocated once (serde_json hands over the
/// borrowed text, ciborium its scratch buffer).
struct WireCode(String);

impl<'de> Deserialize<'de> for WireCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Cut;
        impl Visitor<'_> for Cut {
            type Value = WireCode;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a code")
            }
            fn visit_str<E>(self, code: &str) -> Result<WireCode, E> {
                Ok(WireCode(cut(code).to_owned()))
            }
        }
        deserializer.deserialize_str(Cut)
    }
}

// awsJson1_1 and rpcv2Cbor: serde_json / ciborium into the same struct.

#[derive(Deserialize)]
struct TypeAndMessage {
    #[serde(rename = "__type")]
    code: WireCode,
    message: Option<String>,
}

fn aws_json_serde(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let TypeAndMessage { code, message } = serde_json::from_slice(body).ok()?;
    Some(json_headers(headers, code.0, message))
}

fn cbor_ciborium(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let TypeAndMessage { code, message } = ciborium::from_reader(body).ok()?;
    Some(json_headers(headers, code.0, message))
}

/// minicbor by hand: the map's `__type` and `message` texts, anything else skipped.
fn cbor_minicbor(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let mut decoder = minicbor::Decoder::new(body);
    let entries = decoder.map().ok()?;
    let (mut code, mut message) = (None, None);
    let mut read = 0;
    loop {
        match entries {
            Some(len) if read == len => break,
            None if decoder.datatype().ok()? == Type::Break => break,
            _ => read += 1,
        }
        match decoder.str().ok()? {
            "__type" => code = Some(cut(decoder.str().ok()?).to_owned()),
            "message" => message = Some(decoder.str().ok()?.to_owned()),
            _ => decoder.skip().ok()?,
        }
    }
    Some(json_headers(headers, code?, message))
}

// restJson1: the code from `x-amzn-errortype`, else the body's `code`; the message from the body.

#[derive(Deserialize)]
struct RestJsonBody {
    code: Option<WireCode>,
    #[serde(rename = "Message")]
    message: Option<String>,
}

fn rest_json_serde(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let RestJsonBody { code, message } = serde_json::from_slice(body).ok()?;
    let code = match header(headers, &ERROR_TYPE) {
        Some(code) => cut(code).to_owned(),
        None => code?.0,
    };
    Some(json_headers(headers, code, message))
}

// The XML protocols: one quick-xml loop, told by each shape which elements hold its fields.

/// Reads the texts of the fields `field_of(depth, local name)` names (the root at depth 0),
/// owned, the first of each kept; XML's five entities and character references resolved, any other
/// entity refused (as the typed reader refuses it). `None` when the body is not well-formed.
fn read_xml<const N: usize>(
    body: &[u8],
    field_of: impl Fn(usize, &[u8]) -> Option<usize>,
) -> Option<[Option<String>; N]> {
    let mut reader = Reader::from_reader(body);
    let mut fields: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut depth = 0;
    // The field whose element is open (directly, at `depth`), and its text so far.
    let mut open: Option<usize> = None;
    let mut text = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(start) => {
                open = field_of(depth, start.local_name().as_ref());
                depth += 1;
            }
            Event::Empty(start) => {
                if let Some(field) = field_of(depth, start.local_name().as_ref()) {
                    fields[field].get_or_insert_with(String::new);
                }
            }
            Event::Text(part) if open.is_some() => text.push_str(&part.xml10_content().ok()?),
            Event::CData(part) if open.is_some() => text.push_str(&part.xml10_content().ok()?),
            Event::GeneralRef(reference) => {
                let c = match reference.resolve_char_ref().ok()? {
                    Some(c) => c,
                    None => match reference.as_ref() {
                        b"lt" => '<',
                        b"gt" => '>',
                        b"amp" => '&',
                        b"apos" => '\'',
                        b"quot" => '"',
                        _ => return None,
                    },
                };
                if open.is_some() {
                    text.push(c);
                }
            }
            Event::End(_) => {
                depth -= 1;
                if let Some(field) = open.take() {
                    let value = std::mem::take(&mut text);
                    fields[field].get_or_insert(value);
                }
            }
            Event::Eof if depth == 0 => return Some(fields),
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The XML protocols' headers, for what the body lacks: the request id and the host id.
fn xml_plain(headers: &HeaderMap, fields: [Option<String>; 5]) -> Option<Plain> {
    let [code, message, request_id, host_id, fault] = fields;
    Some(Plain {
        code: code?,
        message,
        request_id: request_id
            .or_else(|| owned_header(headers, &REQUEST_ID))
            .or_else(|| owned_header(headers, &S3_REQUEST_ID)),
        host_id: host_id.or_else(|| owned_header(headers, &HOST_ID)),
        fault,
    })
}

/// S3's `<Error>`: `Code`, `Message`, `RequestId`, `HostId` under the root.
fn rest_xml_quick_xml(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let fields = read_xml(body, |depth, name| match (depth, name) {
        (1, b"Code") => Some(0),
        (1, b"Message") => Some(1),
        (1, b"RequestId") => Some(2),
        (1, b"HostId") => Some(3),
        _ => None,
    })?;
    xml_plain(headers, fields)
}

/// awsQuery's `<ErrorResponse>`: `Code`, `Message`, `Type` under `<Error>`, `RequestId` under the
/// root.
fn query_quick_xml(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let fields = read_xml(body, |depth, name| match (depth, name) {
        (2, b"Code") => Some(0),
        (2, b"Message") => Some(1),
        (1, b"RequestId") => Some(2),
        (2, b"Type") => Some(4),
        _ => None,
    })?;
    xml_plain(headers, fields)
}

/// ec2Query's `<Response>`: `Code` and `Message` of the first `<Errors><Error>`, `RequestID`
/// under the root.
fn ec2_quick_xml(headers: &HeaderMap, body: &[u8]) -> Option<Plain> {
    let fields = read_xml(body, |depth, name| match (depth, name) {
        (3, b"Code") => Some(0),
        (3, b"Message") => Some(1),
        (1, b"RequestID") => Some(2),
        _ => None,
    })?;
    xml_plain(headers, fields)
}

/// The typed error's fields, as an alternative yields them.
fn plain<C>(error: &ProviderError<C>) -> Plain
where
    C: ProviderCode,
    C::Envelope: Envelope<Extras = AwsExtras>,
{
    Plain {
        code: error.code().code().to_owned(),
        message: error.message().map(str::to_owned),
        request_id: error.request_id().map(str::to_owned),
        host_id: error.extras().host_id.clone(),
        fault: error.extras().fault.clone(),
    }
}

/// The calling thread's CPU time, in ns (one `clock_gettime` per sample of many iterations).
struct ThreadCpuTime;

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns() - start
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, ns: &u64) -> f64 {
        *ns as f64
    }
    /// Nanoseconds, shown as criterion shows its wall time.
    fn formatter(&self) -> &dyn ValueFormatter {
        static NANOSECONDS: WallTime = WallTime;
        NANOSECONDS.formatter()
    }
}

/// Each protocol's headers (and the CBOR body), each typed reader and alternative checked.
struct Responses {
    aws_json: HeaderMap,
    rest_json: HeaderMap,
    rest_xml: HeaderMap,
    query: HeaderMap,
    ec2: HeaderMap,
    cbor_headers: HeaderMap,
    cbor: Vec<u8>,
}

impl Responses {
    /// Each typed reader must understand its response, and each alternative read the same fields,
    /// before either is timed.
    fn checked() -> Responses {
        let r = Responses {
            aws_json: headers(AWS_JSON_HEADERS),
            rest_json: headers(REST_JSON_HEADERS),
            rest_xml: headers(REST_XML_HEADERS),
            query: headers(QUERY_HEADERS),
            ec2: headers(EC2_HEADERS),
            cbor_headers: headers(CBOR_HEADERS),
            cbor: cbor_body(),
        };
        let error = dynamodb::Error::from_parts(400, &r.aws_json, AWS_JSON_BODY);
        assert!(error.code().is_known() && error.is_retryable());
        assert_eq!(plain(&error), aws_json_serde(&r.aws_json, AWS_JSON_BODY).unwrap());
        let error = lambda::Error::from_parts(404, &r.rest_json, REST_JSON_BODY);
        assert!(error.code().is_known());
        assert_eq!(
            plain(&error),
            rest_json_serde(&r.rest_json, REST_JSON_BODY).unwrap()
        );
        let error = s3::Error::from_parts(404, &r.rest_xml, REST_XML_BODY);
        assert!(error.code().is_known() && error.extras().host_id.is_some());
        assert_eq!(
            plain(&error),
            rest_xml_quick_xml(&r.rest_xml, REST_XML_BODY).unwrap()
        );
        let error = iam::Error::from_parts(404, &r.query, QUERY_BODY);
        assert!(error.code().is_known() && error.extras().fault.is_some());
        assert_eq!(plain(&error), query_quick_xml(&r.query, QUERY_BODY).unwrap());
        let error = ec2::Error::from_parts(400, &r.ec2, EC2_BODY);
        assert!(error.code().is_known() && error.request_id().is_some());
        assert_eq!(plain(&error), ec2_quick_xml(&r.ec2, EC2_BODY).unwrap());
        let error = ProviderError::<Alarms>::from_parts(404, &r.cbor_headers, &r.cbor);
        assert_eq!(error.code(), &Alarms::ResourceNotFound);
        assert_eq!(plain(&error), cbor_ciborium(&r.cbor_headers, &r.cbor).unwrap());
        assert_eq!(plain(&error), cbor_minicbor(&r.cbor_headers, &r.cbor).unwrap());
        r
    }
}

fn aws(c: &mut Criterion<ThreadCpuTime>) {
    let r = Responses::checked();
    let mut group = c.benchmark_group("aws");
    group.bench_function("aws_json/from_parts", |b| {
        b.iter(|| dynamodb::Error::from_parts(400, &r.aws_json, black_box(AWS_JSON_BODY)))
    });
    group.bench_function("aws_json/serde_json", |b| {
        b.iter(|| aws_json_serde(&r.aws_json, black_box(AWS_JSON_BODY)).unwrap())
    });
    group.bench_function("rest_json/from_parts", |b| {
        b.iter(|| lambda::Error::from_parts(404, &r.rest_json, black_box(REST_JSON_BODY)))
    });
    group.bench_function("rest_json/serde_json", |b| {
        b.iter(|| rest_json_serde(&r.rest_json, black_box(REST_JSON_BODY)).unwrap())
    });
    group.bench_function("rest_xml/from_parts", |b| {
        b.iter(|| s3::Error::from_parts(404, &r.rest_xml, black_box(REST_XML_BODY)))
    });
    group.bench_function("rest_xml/quick_xml", |b| {
        b.iter(|| rest_xml_quick_xml(&r.rest_xml, black_box(REST_XML_BODY)).unwrap())
    });
    group.bench_function("query/from_parts", |b| {
        b.iter(|| iam::Error::from_parts(404, &r.query, black_box(QUERY_BODY)))
    });
    group.bench_function("query/quick_xml", |b| {
        b.iter(|| query_quick_xml(&r.query, black_box(QUERY_BODY)).unwrap())
    });
    group.bench_function("ec2/from_parts", |b| {
        b.iter(|| ec2::Error::from_parts(400, &r.ec2, black_box(EC2_BODY)))
    });
    group.bench_function("ec2/quick_xml", |b| {
        b.iter(|| ec2_quick_xml(&r.ec2, black_box(EC2_BODY)).unwrap())
    });
    group.bench_function("cbor/from_parts", |b| {
        b.iter(|| ProviderError::<Alarms>::from_parts(404, &r.cbor_headers, black_box(&r.cbor)))
    });
    group.bench_function("cbor/ciborium", |b| {
        b.iter(|| cbor_ciborium(&r.cbor_headers, black_box(&r.cbor)).unwrap())
    });
    group.bench_function("cbor/minicbor", |b| {
        b.iter(|| cbor_minicbor(&r.cbor_headers, black_box(&r.cbor)).unwrap())
    });
    group.finish();
}

/// The paired rounds of every protocol (`PAIRED_ROUNDS=n`).
fn paired_all(rounds: usize) {
    let r = Responses::checked();
    paired(
        "aws_json/serde_json",
        rounds,
        || dynamodb::Error::from_parts(400, &r.aws_json, black_box(AWS_JSON_BODY)),
        || aws_json_serde(&r.aws_json, black_box(AWS_JSON_BODY)).unwrap(),
    );
    paired(
        "rest_json/serde_json",
        rounds,
        || lambda::Error::from_parts(404, &r.rest_json, black_box(REST_JSON_BODY)),
        || rest_json_serde(&r.rest_json, black_box(REST_JSON_BODY)).unwrap(),
    );
    paired(
        "rest_xml/quick_xml",
        rounds,
        || s3::Error::from_parts(404, &r.rest_xml, black_box(REST_XML_BODY)),
        || rest_xml_quick_xml(&r.rest_xml, black_box(REST_XML_BODY)).unwrap(),
    );
    paired(
        "query/quick_xml",
        rounds,
        || iam::Error::from_parts(404, &r.query, black_box(QUERY_BODY)),
        || query_quick_xml(&r.query, black_box(QUERY_BODY)).unwrap(),
    );
    paired(
        "ec2/quick_xml",
        rounds,
        || ec2::Error::from_parts(400, &r.ec2, black_box(EC2_BODY)),
        || ec2_quick_xml(&r.ec2, black_box(EC2_BODY)).unwrap(),
    );
    paired(
        "cbor/ciborium",
        rounds,
        || ProviderError::<Alarms>::from_parts(404, &r.cbor_headers, black_box(&r.cbor)),
        || cbor_ciborium(&r.cbor_headers, black_box(&r.cbor)).unwrap(),
    );
    paired(
        "cbor/minicbor",
        rounds,
        || ProviderError::<Alarms>::from_parts(404, &r.cbor_headers, black_box(&r.cbor)),
        || cbor_minicbor(&r.cbor_headers, black_box(&r.cbor)).unwrap(),
    );
}

criterion_group! {
    name = benches;
    // Short runs: each response takes about a microsecond, so 1 s + 3 s per benchmark is plenty.
    config = Criterion::default()
        .with_measurement(ThreadCpuTime)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = aws
}

/// criterion's benchmarks, or with `PAIRED_ROUNDS=n` the paired rounds instead.
fn main() {
    if let Some(rounds) = paired_rounds() {
        paired_all(rounds);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
