//! Alibaba Cloud error responses: the KMS instance API's protobuf `Error` (seed 003) and
//! Alibaba's OpenAPI JSON error body, which both envelopes read; and what each writes.
//!
//! Read through the crate's test entry point with the OCI catalog's `Code` standing in, so the
//! parser is pinned whatever Alibaba catalogs exist.

mod response_support;

use cloud_errors::__response::from_parts_in;
use cloud_errors::__response::ReadIn;
use cloud_errors::envelopes::Alibaba;
use cloud_errors::{oci, Category, Retry};
use response_support::{assert_status_decides, headers, odd_bodies, protobuf, Field, STATUS_RULES};

type Error = ReadIn<oci::Code, Alibaba>;

fn read(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Error {
    from_parts_in(status, headers, body)
}

/// A row of seed 003 as KMS sends it: `StatusCode = 1`, `ErrorCode = 2`, `ErrorMessage = 3`,
/// `RequestId = 4`.
fn seed_protobuf(request_id: Option<&str>) -> Vec<u8> {
    let mut fields = vec![
        Field::Varint(1, 400),
        Field::Bytes(2, b"InvalidApiName"),
        Field::Bytes(3, "ApiName \"<apiname>\" は無効です。".as_bytes()),
    ];
    if let Some(request_id) = request_id {
        fields.push(Field::Bytes(4, request_id.as_bytes()));
    }
    protobuf(&fields)
}

const JSON_BODY: &[u8] = br#"{
  "RequestId": "3B6F7B2F-9C4F-4A8F-8F1E-6C1B2D3E4F50",
  "HostId": "kms.cn-hangzhou.aliyuncs.com",
  "Code": "Forbidden.KeyNotFound",
  "Message": "The specified Key is not found.",
  "Recommend": "https://api.aliyun.com/troubleshoot?q=Forbidden.KeyNotFound"
}"#;

#[test]
fn the_protobuf_error_of_seed_003() {
    let body = seed_protobuf(Some("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    let error = read(400, &headers(&[]), &body);
    assert_eq!(error.code().code(), "InvalidApiName");
    assert_eq!(error.message(), Some("ApiName \"<apiname>\" は無効です。"));
    assert_eq!(error.request_id(), Some("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    assert_eq!(error.reported_status(), Some(400));
    assert_eq!(error.raw_body(), None);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::InvalidArgument)
    );
}

#[test]
fn protobuf_fields_in_any_order_and_unknown_fields_are_read() {
    let body = protobuf(&[
        Field::Bytes(4, b"rid"),
        Field::Bytes(9, b"a field a later version might add"),
        Field::Bytes(2, b"SignatureNotMatch"),
        Field::Varint(1, 401),
    ]);
    let error = read(401, &headers(&[]), &body);
    assert_eq!(error.code().code(), "SignatureNotMatch");
    assert_eq!(error.message(), None);
    assert_eq!(error.request_id(), Some("rid"));
    assert_eq!(error.reported_status(), Some(401));
}

#[test]
fn the_request_id_falls_back_to_the_x_acs_request_id_header() {
    let body = seed_protobuf(None);
    let error = read(400, &headers(&[("x-acs-request-id", "hdr-1")]), &body);
    assert_eq!(error.request_id(), Some("hdr-1"));
    let error = read(
        400,
        &headers(&[("x-acs-request-id", "hdr-1")]),
        &seed_protobuf(Some("body-1")),
    );
    assert_eq!(error.request_id(), Some("body-1"));
}

#[test]
fn the_json_body_with_its_extras() {
    let error = read(404, &headers(&[]), JSON_BODY);
    assert_eq!(error.code().code(), "Forbidden.KeyNotFound");
    assert_eq!(error.message(), Some("The specified Key is not found."));
    assert_eq!(error.request_id(), Some("3B6F7B2F-9C4F-4A8F-8F1E-6C1B2D3E4F50"));
    assert_eq!(
        error.extras().host_id.as_deref(),
        Some("kms.cn-hangzhou.aliyuncs.com")
    );
    assert_eq!(
        error.extras().recommend.as_deref(),
        Some("https://api.aliyun.com/troubleshoot?q=Forbidden.KeyNotFound")
    );
    assert_eq!(error.raw_body(), None);
    // Leading whitespace still means JSON.
    let mut padded = b"\r\n  ".to_vec();
    padded.extend_from_slice(JSON_BODY);
    assert_eq!(
        read(404, &headers(&[]), &padded).code().code(),
        "Forbidden.KeyNotFound"
    );
}

#[test]
fn an_unknown_code_is_kept_and_the_status_decides() {
    let body = protobuf(&[Field::Bytes(2, b"Brand.New.Code")]);
    for &(status, retry, category) in STATUS_RULES {
        let error = read(status, &headers(&[]), &body);
        assert_eq!(error.code().code(), "Brand.New.Code");
        assert_eq!((error.retry(), error.category()), (retry, category), "{status}");
    }
}

#[test]
fn odd_bodies_keep_the_body_and_let_the_status_decide() {
    let wrong_types = br#"{"Code": ["InvalidParam"], "Message": 1, "RequestId": {}}"#;
    let mut bodies = odd_bodies(JSON_BODY, wrong_types);
    // Bytes that decode as a protobuf message, but one without an ErrorCode: not an error body.
    bodies.push(("protobuf without ErrorCode", protobuf(&[Field::Varint(1, 503)])));
    bodies.push((
        "protobuf with an empty ErrorCode",
        protobuf(&[Field::Bytes(2, b""), Field::Bytes(4, b"r")]),
    ));
    let mut truncated = seed_protobuf(Some("rid"));
    truncated.truncate(10);
    bodies.push(("truncated protobuf", truncated));
    bodies.push((
        "protobuf with a code that is not UTF-8",
        protobuf(&[Field::Bytes(2, &[0xC3, 0x28])]),
    ));
    bodies.push(("protobuf length past the end", vec![0x12, 0x7F, b'a']));
    for (what, body) in bodies {
        for &(status, _, _) in STATUS_RULES {
            let error = read(status, &headers(&[]), &body);
            assert_status_decides(&error, status, &body, what);
            assert_eq!(error.reported_status(), None, "{what}");
        }
    }
}

/// Each API answers in its own body: an OpenAPI product's error (and the common catalog's) is the
/// JSON body darabonba-openapi reads (`doRPCRequest`: `ReadAsJSON`), the KMS instance API's the
/// protobuf `Error` its SDK reads. Before the two envelopes were told apart, every product of
/// `cloud-errors-alibaba` wrote KMS's protobuf.
#[test]
fn each_api_writes_its_own_body() {
    use cloud_errors_alibaba::{ecs, kms_instance};

    let error = ecs::Error::new(ecs::Code::from_code("InvalidVpcId.NotFound"))
        .with_message("m")
        .with_request_id("r");
    let response = error.to_response();
    assert_eq!(
        response.headers()["content-type"],
        "application/json;charset=utf-8"
    );
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"RequestId": "r", "Code": "InvalidVpcId.NotFound", "Message": "m"})
    );
    assert_eq!(ecs::Error::from_response(&response), error);

    let throttled =
        cloud_errors::alibaba::Error::new(cloud_errors::alibaba::Code::from_code("Throttling.User"));
    let response = throttled.to_response();
    assert_eq!(
        response.headers()["content-type"],
        "application/json;charset=utf-8"
    );
    assert_eq!(response.body(), br#"{"Code":"Throttling.User"}"#);
    assert_eq!(cloud_errors::alibaba::Error::from_response(&response), throttled);

    let error = kms_instance::Error::new(kms_instance::Code::from_code("Forbidden.KeyNotFound"))
        .with_message("m")
        .with_request_id("r");
    let response = error.to_response();
    assert_eq!(response.headers()["content-type"], "application/x-protobuf");
    let expected = protobuf(&[
        Field::Varint(1, u64::from(response.status().as_u16())),
        Field::Bytes(2, b"Forbidden.KeyNotFound"),
        Field::Bytes(3, b"m"),
        Field::Bytes(4, b"r"),
    ]);
    assert_eq!(response.body(), &expected);
    assert_eq!(kms_instance::Error::from_response(&response), error);
}
