//! Google Cloud's error bodies, in the shapes its SDKs' tests feed their parsers (written by us):
//! google-cloud-rust gax `error/rpc.rs` and `gax-internal/src/http.rs`, gax-go `apierror`,
//! google-api-go-client `googleapi` `CheckResponse`.

use std::time::Duration;

use cloud_errors::envelopes::Google;
use cloud_errors::google::{Code, Error};
use cloud_errors::Retry;

fn read(status: u16, body: &str) -> Error {
    Error::from_parts(status, &http::HeaderMap::new(), body.as_bytes())
}

#[test]
fn aip_193_without_details() {
    let error = read(
        400,
        r#"{"error":{"code":400,"message":"Invalid resource field value.","status":"INVALID_ARGUMENT"}}"#,
    );
    assert_eq!(error.code(), &Code::InvalidArgument);
    assert_eq!(error.message(), Some("Invalid resource field value."));
    assert_eq!(error.reported_status(), Some(400));
    assert_eq!(error.raw_body(), None);
}

#[test]
fn an_unknown_status_is_kept_verbatim() {
    let error = read(
        400,
        r#"{"error":{"code":400,"message":"m","status":"NOT-A-VALID-CODE"}}"#,
    );
    assert_eq!(error.code(), &Code::Unknown("NOT-A-VALID-CODE".to_owned()));
    assert_eq!(error.retry(), Retry::Never); // classed by its status
}

#[test]
fn every_detail_type() {
    let body = r#"{"error":{"code":429,"message":"Quota exceeded for quota metric 'Read requests'.",
      "status":"RESOURCE_EXHAUSTED","details":[
        {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RATE_LIMIT_EXCEEDED","domain":"googleapis.com",
         "metadata":{"consumer":"projects/123","service":"pubsub.googleapis.com","quota_metric":"pubsub.googleapis.com/read_requests"}},
        {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"10.000000010s"},
        {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"subject":"project:123",
         "description":"Read requests per minute","quotaMetric":"pubsub.googleapis.com/read_requests","quotaValue":"600"}]},
        {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"name","description":"too long"}]},
        {"@type":"type.googleapis.com/google.rpc.RequestInfo","requestId":"a1b2c3","servingData":"s"},
        {"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en-US","message":"Slow down."},
        {"@type":"type.googleapis.com/google.protobuf.Timestamp","value":"2025-05-27T10:00:00Z"}]}}"#;
    let error = read(429, body);
    assert_eq!(error.code(), &Code::RateLimitExceeded);
    assert_eq!(error.request_id(), Some("a1b2c3"));
    let extras = error.extras();
    assert_eq!(extras.status.as_deref(), Some("RESOURCE_EXHAUSTED"));
    let info = extras.error_info.as_ref().unwrap();
    assert_eq!(
        (info.domain.as_str(), info.metadata["consumer"].as_str()),
        ("googleapis.com", "projects/123")
    );
    assert_eq!(extras.retry_delay, Some(Duration::new(10, 10)));
    assert_eq!(error.retry_after(), Some(Duration::new(10, 10)));
    assert_eq!(extras.quota_violations[0].subject, "project:123");
    assert_eq!(extras.quota_violations[0].quota_value, Some(600));
    assert_eq!(extras.field_violations[0].field, "name");
    assert_eq!(extras.serving_data.as_deref(), Some("s"));
    // The two details without a typed field are kept as sent.
    assert_eq!(extras.other_details.len(), 2);
    assert_eq!(extras.other_details[1]["value"], "2025-05-27T10:00:00Z");
}

#[test]
fn a_reason_of_another_domain_leaves_the_code_to_the_status() {
    let body = r#"{"error":{"code":403,"message":"m","status":"PERMISSION_DENIED","details":[
        {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"storage.googleapis.com"}]}}"#;
    let error = read(403, body);
    assert_eq!(error.code(), &Code::PermissionDenied);
    assert_eq!(
        error.extras().error_info.as_ref().unwrap().reason,
        "SERVICE_DISABLED"
    );
    // The policy subdomains are ErrorReason's own.
    let body = r#"{"error":{"code":403,"message":"m","status":"PERMISSION_DENIED","details":[
        {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"TLS_CIPHER_RESTRICTION_VIOLATED",
         "domain":"googleapis.com/policies/tlsCipherRestriction"}]}}"#;
    assert_eq!(read(403, body).code(), &Code::TlsCipherRestrictionViolated);
}

#[test]
fn legacy_errors_array() {
    let body = r#"{"error":{"errors":[{"domain":"usageLimits","reason":"keyInvalid","message":"Bad Request"}],"code":400,"message":"Bad Request"}}"#;
    let error = read(400, body);
    assert_eq!(error.code(), &Code::Unknown("keyInvalid".to_owned()));
    assert_eq!(error.retry(), Retry::Never);
    assert_eq!(error.extras().errors[0]["domain"], "usageLimits");
    // Plain strings in errors[] are kept; the status decides.
    let error = read(
        503,
        r#"{"error":{"code":503,"message":"m","errors":["backend error"]}}"#,
    );
    assert_eq!(error.code().code(), "");
    assert!(error.is_retryable());
    assert_eq!(error.extras().errors[0], "backend error");
}

#[test]
fn a_grpc_number_in_code() {
    let error = read(503, r#"{"error":{"code":14,"message":"connection reset"}}"#);
    assert_eq!(error.code(), &Code::Unavailable);
    assert_eq!(error.reported_status(), None);
}

#[test]
fn empty_and_message_only_errors_take_their_class_from_the_status() {
    let error = read(500, r#"{"error":{}}"#);
    assert_eq!((error.code().code(), error.message()), ("", None));
    assert!(error.is_retryable());
    assert_eq!(
        read(404, r#"{"error":{"message":"Not Found"}}"#).message(),
        Some("Not Found")
    );
}

#[test]
fn not_the_envelope_keeps_the_raw_body() {
    for (status, body) in [
        (
            400,
            r#"{"error":"invalid_token","error_description":"Invalid Value"}"#,
        ),
        (400, r#"{"error":"bad request"}"#),
        (400, r#"{"error":1234}"#),
        (400, r#"{"missing-error":1234}"#),
        (502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
        (503, ""),
    ] {
        let error = read(status, body);
        assert_eq!(error.code().code(), "", "{body}");
        assert_eq!(error.raw_body(), Some(body.as_bytes()), "{body}");
    }
}

#[test]
fn a_bad_retry_delay_is_kept_as_sent() {
    let body = r#"{"error":{"code":503,"message":"m","status":"UNAVAILABLE","details":[
        {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"-1s"}]}}"#;
    let error = read(503, body);
    assert_eq!(error.retry_after(), None);
    assert_eq!(error.extras().other_details[0]["retryDelay"], "-1s");
}

#[test]
fn the_envelope_is_named_google() {
    assert_eq!(<Google as cloud_errors::Envelope>::NAME, "google");
}
