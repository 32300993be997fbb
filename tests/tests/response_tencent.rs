//! Tencent Cloud API 3.0 error responses: `{"Response": {"Error": {"Code", "Message"},
//! "RequestId"}}` (seed 004), usually with HTTP 200.
//!
//! Read through the crate's test entry points with the OCI catalog's `Code` standing in, so the
//! parser is pinned whatever Tencent catalogs exist.

mod response_support;

use cloud_errors::__response::ReadIn;
use cloud_errors::__response::{from_body_in, from_parts_in};
use cloud_errors::envelopes::Tencent;
use cloud_errors::{oci, Category, Retry};
use response_support::{assert_status_decides, headers, odd_bodies, STATUS_RULES};

type Error = ReadIn<oci::Code, Tencent>;

fn read(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Error {
    from_parts_in(status, headers, body)
}

fn read_body(body: &[u8]) -> Option<Error> {
    from_body_in(body)
}

/// The example of seed 004, as the page prints it.
const SEED_EXAMPLE: &[u8] = br#" {
    "Response": {
        "Error": {
            "Code": "AuthFailure.SignatureFailure",
            "Message": "The provided credentials could not be validated. Please check your signature is correct."
        },
        "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    }
}"#;

const SUCCESS: &[u8] = br#"{"Response": {"TotalCount": 0, "InstanceSet": [], "RequestId": "b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#;

#[test]
fn the_seed_example_in_an_http_200_body() {
    let error = read_body(SEED_EXAMPLE).expect("an error body");
    assert_eq!(error.status(), 200);
    assert_eq!(error.code().code(), "AuthFailure.SignatureFailure");
    assert_eq!(
        error.message(),
        Some("The provided credentials could not be validated. Please check your signature is correct.")
    );
    assert_eq!(error.request_id(), Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    assert_eq!(error.raw_body(), None);
    assert_eq!(error.retry_after(), None);
    // from_parts reads the same body the same way.
    assert_eq!(read(200, &headers(&[]), SEED_EXAMPLE), error);
}

#[test]
fn a_success_body_is_not_an_error() {
    assert_eq!(read_body(SUCCESS), None);
    assert_eq!(read_body(br#"{"Response": {}}"#), None);
    // from_parts is total: a success body read as an error keeps the body and its request id.
    let error = read(200, &headers(&[]), SUCCESS);
    assert_eq!(error.code().code(), "");
    assert_eq!(error.raw_body(), Some(SUCCESS));
    assert_eq!(error.request_id(), Some("b5b41468-520d-4192-b42f-595cc34b6c1c"));
    assert_eq!(error.retry(), Retry::Never);
}

#[test]
fn an_error_object_without_a_code_is_still_an_error() {
    let body = br#"{"Response": {"Error": {"Message": "no code here"}, "RequestId": "r"}}"#;
    let error = read_body(body).expect("an error body");
    assert_eq!(error.code().code(), "");
    assert_eq!(error.message(), Some("no code here"));
    assert_eq!(error.raw_body(), Some(&body[..]));
}

#[test]
fn bodies_that_are_not_the_envelope_are_not_errors_from_body() {
    for (what, body) in odd_bodies(SEED_EXAMPLE, br#"{"Response": {"Error": "AuthFailure"}}"#) {
        assert_eq!(read_body(&body), None, "{what}");
    }
}

#[test]
fn an_unknown_code_is_kept_and_the_status_decides() {
    let body = br#"{"Response": {"Error": {"Code": "ResourceUnavailable.BrandNew", "Message": "m"}, "RequestId": "r"}}"#;
    let error = read_body(body).unwrap();
    assert_eq!(error.code().code(), "ResourceUnavailable.BrandNew");
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::Unknown)
    );
    for &(status, retry, category) in STATUS_RULES {
        let error = read(status, &headers(&[]), body);
        assert_eq!((error.retry(), error.category()), (retry, category), "{status}");
    }
}

#[test]
fn odd_bodies_keep_the_body_and_let_the_status_decide() {
    let wrong_types = br#"{"Response": {"Error": {"Code": 4000, "Message": null}, "RequestId": "r"}}"#;
    let mut bodies = odd_bodies(SEED_EXAMPLE, wrong_types);
    bodies.push(("no Response", br#"{"Error": {"Code": "InternalError"}}"#.to_vec()));
    for (what, body) in bodies {
        for &(status, _, _) in STATUS_RULES {
            let error = read(status, &headers(&[]), &body);
            assert_status_decides(&error, status, &body, what);
        }
    }
}
