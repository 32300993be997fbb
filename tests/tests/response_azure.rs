//! Azure's error bodies, in the shapes azcore's own tests feed `NewResponseError`
//! (`sdk/azcore/internal/exported/response_error_test.go`; written by us), and its retry headers
//! (`internal/shared` `RetryAfter`).

use std::time::Duration;

use cloud_errors::azure_storage::{Code, Error};
use cloud_errors::envelopes::AzureFormat;
use http::{HeaderMap, HeaderValue};

fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(name, value)| {
            (
                http::HeaderName::from_static(name),
                HeaderValue::from_static(value),
            )
        })
        .collect()
}

fn read(status: u16, pairs: &[(&'static str, &'static str)], body: &str) -> Error {
    Error::from_parts(status, &headers(pairs), body.as_bytes())
}

#[test]
fn the_header_code_wins_over_the_body() {
    let error = read(
        500,
        &[("x-ms-error-code", "ServerBusy")],
        r#"{"error":{"code":"InternalError","message":"m"}}"#,
    );
    assert_eq!(error.code(), &Code::ServerBusy);
    assert_eq!(error.message(), Some("m"));
    let error = read(500, &[("x-ms-error-code", "ErrorTooManyCheats")], "");
    assert_eq!(error.code(), &Code::Unknown("ErrorTooManyCheats".to_owned()));
    // A header code beside a body that is not the envelope: the body is kept.
    let error = read(
        502,
        &[("x-ms-error-code", "ServerBusy")],
        "<html>Bad Gateway</html>",
    );
    assert_eq!(error.raw_body(), Some(&b"<html>Bad Gateway</html>"[..]));
}

#[test]
fn json_forms() {
    let error = read(
        404,
        &[("x-ms-request-id", "6e2d")],
        r#"{"code":"ResourceNotFound","message":"it's not there"}"#,
    );
    assert_eq!(
        (error.code(), error.message(), error.request_id()),
        (&Code::ResourceNotFound, Some("it's not there"), Some("6e2d"))
    );
    let odata = r#"{"odata.error":{"code":"ResourceNotFound","message":{"lang":"en-us","value":"The resource does not exist.\nRequestID:6e2d\n"}}}"#;
    let error = read(404, &[], odata);
    assert_eq!(error.code(), &Code::ResourceNotFound);
    assert_eq!(
        error.message(),
        Some("The resource does not exist.\nRequestID:6e2d\n")
    );
    let nested = r#"{"error":{"code":"InvalidInput","message":"m","target":"properties.name",
        "details":[{"code":"InvalidHeaderValue","message":"d","target":"x-ms-version"}],
        "innererror":{"code":"NameTooLong","innererror":{"code":"Over63"}}}}"#;
    let error = read(400, &[], nested);
    assert_eq!(error.code(), &Code::InvalidInput);
    let extras = error.extras();
    assert_eq!(extras.target.as_deref(), Some("properties.name"));
    assert_eq!(extras.details[0]["code"], "InvalidHeaderValue");
    assert_eq!(
        extras.innererror.as_ref().unwrap()["innererror"]["code"],
        "Over63"
    );
    // A number is no code (azcore takes strings only): the status decides, the body is kept.
    let error = read(500, &[], r#"{"error":{"code":500,"message":"m"}}"#);
    assert_eq!(error.code().code(), "");
    assert!(error.raw_body().is_some());
}

#[test]
fn storage_xml_forms() {
    let plain = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ContainerAlreadyExists</Code>\
        <Message>The specified container already exists.\nRequestId:73b2\nTime:2026-08-22T10:00:00.0000000Z</Message></Error>";
    let error = read(409, &[], plain);
    // A Blob code, imported from the Storage specs' enum (it was kept verbatim as `Unknown`
    // when the catalog held only the common codes).
    assert_eq!(error.code(), &Code::ContainerAlreadyExists);
    assert!(error
        .message()
        .unwrap()
        .starts_with("The specified container already exists.\nRequestId:73b2"));
    assert_eq!(error.extras().format, AzureFormat::Xml);
    let namespaced =
        "\u{feff}<m:Error xmlns:m=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\">\
        <m:Code>ResourceNotFound</m:Code><m:Message>gone &amp; away</m:Message></m:Error>";
    let error = read(404, &[], namespaced);
    assert_eq!(
        (error.code(), error.message()),
        (&Code::ResourceNotFound, Some("gone & away"))
    );
    let detail = "<Error><Code>AuthenticationFailed</Code><Message>m</Message>\
        <AuthenticationErrorDetail>Signature did not match.</AuthenticationErrorDetail></Error>";
    let error = read(403, &[], detail);
    assert_eq!(
        error.extras().xml_elements,
        [(
            "AuthenticationErrorDetail".to_owned(),
            "Signature did not match.".to_owned()
        )]
    );
    // No Code: the status decides, the body is kept.
    let error = read(500, &[], "<Error><Message>m</Message></Error>");
    assert_eq!(error.code().code(), "");
    assert!(error.is_retryable());
}

#[test]
fn not_the_envelope_keeps_the_raw_body() {
    for (status, body) in [
        (500, "JSON error string"),
        (
            401,
            r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."}"#,
        ),
        (
            502,
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        ),
        (503, ""),
    ] {
        let error = read(status, &[], body);
        assert_eq!(error.code().code(), "", "{body}");
        assert_eq!(error.raw_body(), Some(body.as_bytes()), "{body}");
    }
}

#[test]
fn retry_headers_in_azcores_order() {
    let body = r#"{"error":{"code":"ServerBusy","message":"m"}}"#;
    let all = [
        ("retry-after", "7"),
        ("x-ms-retry-after-ms", "250"),
        ("retry-after-ms", "1500"),
    ];
    assert_eq!(
        read(503, &all, body).retry_after(),
        Some(Duration::from_millis(1500))
    );
    assert_eq!(
        read(503, &all[..2], body).retry_after(),
        Some(Duration::from_millis(250))
    );
    assert_eq!(
        read(503, &all[..1], body).retry_after(),
        Some(Duration::from_secs(7))
    );
    let ctx = cloud_errors::RetryContext::new(http::Method::PUT);
    assert_eq!(
        read(503, &all, body).decide(&ctx).delay(),
        Some(Duration::from_millis(1500))
    );
}
