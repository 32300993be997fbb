//! Oracle Cloud Infrastructure error responses: `{"code", "message"}` with the request id in the
//! `opc-request-id` header.

mod response_support;

use std::time::{Duration, SystemTime};

use cloud_errors::oci::{Code, Error};
use cloud_errors::{Category, Retry};
use response_support::{assert_status_decides, headers, odd_bodies, STATUS_RULES};

const NOT_FOUND: &[u8] =
    br#"{"code": "NotAuthorizedOrNotFound", "message": "Authorization failed or requested resource not found."}"#;

#[test]
fn documented_body_with_the_request_id_in_its_header() {
    let error = Error::from_parts(
        404,
        &headers(&[("opc-request-id", "A1B2C3/D4E5F6/0987")]),
        NOT_FOUND,
    );
    assert_eq!(error.status(), 404);
    assert_eq!(error.status_code(), Some(http::StatusCode::NOT_FOUND));
    assert_eq!(error.code(), &Code::NotAuthorizedOrNotFound);
    assert_eq!(
        error.message(),
        Some("Authorization failed or requested resource not found.")
    );
    assert_eq!(error.request_id(), Some("A1B2C3/D4E5F6/0987"));
    assert_eq!(error.raw_body(), None);
    assert_eq!(error.provider(), "Oracle Cloud Infrastructure");
    // The catalog's class wins over the status's (404 alone would be final).
    assert_eq!(error.retry(), Retry::Backoff);
    assert!(error.is_retryable());
    assert_eq!(error.category(), Category::NotFound);
    // OCI's envelope has no extras: no IBM `errors`, no Alibaba `HostId`.
    assert_eq!(error.extras(), &());
    assert_eq!(
        error.to_string(),
        "Oracle Cloud Infrastructure: HTTP 404, NotAuthorizedOrNotFound: Authorization failed or \
         requested resource not found. (request id A1B2C3/D4E5F6/0987)"
    );
}

#[test]
fn a_known_code_overrides_its_status_class_both_ways() {
    let none = headers(&[]);
    // 401 alone is final, but the page says NotAuthenticated may be retried.
    let error = Error::from_parts(401, &none, br#"{"code":"NotAuthenticated","message":"x"}"#);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Backoff, Category::Unauthenticated)
    );
    // 409 alone is final; InvalidatedRetryToken needs a new token first.
    let error = Error::from_parts(409, &none, br#"{"code":"InvalidatedRetryToken"}"#);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::AfterFix, Category::FailedPrecondition)
    );
    assert_eq!(error.message(), None);
    // A 500 status would back off; MethodNotImplemented never will.
    let error = Error::from_parts(500, &none, br#"{"code":"MethodNotImplemented"}"#);
    assert_eq!(error.retry(), Retry::Never);
}

#[test]
fn an_unknown_code_is_kept_and_the_status_decides() {
    let body = br#"{"code":"BrandNewThrottle","message":"Slow down"}"#;
    let error = Error::from_parts(503, &headers(&[]), body);
    assert_eq!(error.code(), &Code::Unknown("BrandNewThrottle".to_owned()));
    assert_eq!(error.message(), Some("Slow down"));
    // The code was read, so the body was understood and is not kept.
    assert_eq!(error.raw_body(), None);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Backoff, Category::Unavailable)
    );
    let error = Error::from_parts(403, &headers(&[]), body);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::PermissionDenied)
    );
}

#[test]
fn odd_bodies_keep_the_body_and_let_the_status_decide() {
    let wrong_types = br#"{"code": 404, "message": ["not", "a", "string"]}"#;
    for (what, body) in odd_bodies(NOT_FOUND, wrong_types) {
        for &(status, retry, category) in STATUS_RULES {
            let error = Error::from_parts(status, &headers(&[("opc-request-id", "rid")]), &body);
            assert_status_decides(&error, status, &body, what);
            assert_eq!((error.retry(), error.category()), (retry, category), "{what}");
            // The header's request id survives any body.
            assert_eq!(error.request_id(), Some("rid"), "{what}");
        }
    }
}

#[test]
fn a_message_without_a_code_is_kept_with_the_body() {
    let body = br#"{"message": "upstream timed out"}"#;
    let error = Error::from_parts(504, &headers(&[]), body);
    assert_eq!(error.code().code(), "");
    assert_eq!(error.message(), Some("upstream timed out"));
    assert_eq!(error.raw_body(), Some(&body[..]));
    assert_eq!(error.retry(), Retry::Backoff);
    assert_eq!(
        error.to_string(),
        "Oracle Cloud Infrastructure: HTTP 504, no error code: upstream timed out"
    );
}

#[test]
fn display_stays_on_one_line() {
    let body = br#"{"code":"InvalidParameter","message":"line one\nline two\r\n\tend\u2028"}"#;
    let error = Error::from_parts(400, &headers(&[("opc-request-id", "r\td")]), body);
    assert_eq!(error.message(), Some("line one\nline two\r\n\tend\u{2028}"));
    assert_eq!(
        error.to_string(),
        "Oracle Cloud Infrastructure: HTTP 400, InvalidParameter: line one line two   end  \
         (request id r d)"
    );
    let error = Error::from_parts(502, &headers(&[]), b"<html>bad gateway</html>");
    assert_eq!(
        error.to_string(),
        "Oracle Cloud Infrastructure: HTTP 502, no error code (unreadable body of 24 bytes)"
    );
    let error = Error::from_parts(503, &headers(&[]), b"");
    assert_eq!(
        error.to_string(),
        "Oracle Cloud Infrastructure: HTTP 503, no error code (empty body)"
    );
}

#[test]
fn retry_after_in_seconds_or_as_a_date() {
    let body = br#"{"code":"TooManyRequests","message":"slow down"}"#;
    let error = Error::from_parts(429, &headers(&[("retry-after", "17")]), body);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(17)));

    let error = Error::from_parts(
        503,
        &headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")]),
        body,
    );
    let date = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
    assert_eq!(
        error.retry_after_at(date - Duration::from_secs(90)),
        Some(Duration::from_secs(90))
    );
    assert_eq!(
        error.retry_after_at(date + Duration::from_secs(5)),
        Some(Duration::ZERO)
    );
    // That date is long past.
    assert_eq!(error.retry_after(), Some(Duration::ZERO));

    for value in ["soon", "", "-3", "2.5"] {
        let error = Error::from_parts(429, &headers(&[("retry-after", value)]), body);
        assert_eq!(error.retry_after(), None, "{value:?}");
    }
    assert_eq!(Error::from_parts(429, &headers(&[]), body).retry_after(), None);
}

#[test]
fn from_response_reads_status_headers_and_body() {
    let response = http::Response::builder()
        .status(409)
        .header("opc-request-id", "rq-9")
        .body(br#"{"code":"IncorrectState","message":"busy"}"#.to_vec())
        .unwrap();
    let error = Error::from_response(&response);
    assert_eq!(error, Error::from_parts(409, response.headers(), response.body()));
    assert_eq!(error.code(), &Code::IncorrectState);
    assert_eq!(error.request_id(), Some("rq-9"));
    assert_eq!(error.into_code(), Code::IncorrectState);
}

#[test]
fn statuses_outside_the_http_range_are_kept() {
    for status in [0, 99, 1000, u16::MAX] {
        let error = Error::from_parts(status, &headers(&[]), b"");
        assert_eq!(error.status(), status);
        assert_eq!(error.status_code(), None);
        assert_eq!(error.retry(), Retry::Never);
        assert_eq!(error.category(), Category::Unknown);
    }
}

#[test]
fn is_a_std_error_that_is_send_and_sync() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    let error = Error::from_parts(500, &headers(&[]), b"{}");
    assert_error(&error);
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert!(boxed
        .to_string()
        .starts_with("Oracle Cloud Infrastructure: HTTP 500"));
}

#[test]
fn serializes_what_a_log_line_needs() {
    let error = Error::from_parts(
        429,
        &headers(&[("opc-request-id", "rid-1"), ("retry-after", "2")]),
        br#"{"code":"TooManyRequests","message":"slow down"}"#,
    );
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::json!({
            "provider": "Oracle Cloud Infrastructure",
            "status": 429,
            "code": "TooManyRequests",
            "message": "slow down",
            "request_id": "rid-1",
            "retry": "backoff",
            "category": "resource_exhausted",
            "retry_after_secs": 2.0,
        })
    );
    let error = Error::from_parts(502, &headers(&[]), b"<html>502</html>");
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::json!({
            "provider": "Oracle Cloud Infrastructure",
            "status": 502,
            "code": "",
            "message": null,
            "request_id": null,
            "retry": "backoff",
            "category": "internal",
            "raw_body": "<html>502</html>",
        })
    );
    // A body that is not UTF-8 is serialized as bytes, not lossily.
    let error = Error::from_parts(500, &headers(&[]), &[0xFF, 0x00, 0x7B]);
    assert_eq!(
        serde_json::to_value(&error).unwrap()["raw_body"],
        serde_json::json!([255, 0, 123])
    );
}

#[test]
fn debug_shows_the_start_of_a_huge_body() {
    let body = vec![b'x'; 1 << 20];
    let error = Error::from_parts(502, &headers(&[]), &body);
    assert_eq!(error.raw_body().map(<[u8]>::len), Some(1 << 20));
    let debug = format!("{error:?}");
    assert!(debug.len() < 2_000, "{}", debug.len());
    assert!(debug.contains("(1048576 bytes)"));
}
