//! IBM Cloud error responses: `{"errors": [...], "trace", "status_code"}` (seed 002).
//!
//! The envelope is read through the crate's test entry point with the OCI catalog's `Code`
//! standing in, so these tests pin the parser whatever IBM catalogs exist; the codes are then
//! `Unknown` to that catalog, which also exercises "the status decides".

mod response_support;

use cloud_errors::__response::from_parts_in;
use cloud_errors::__response::ReadIn;
use cloud_errors::envelopes::{Ibm, IbmError};
use cloud_errors::{oci, Category, Retry};
use response_support::{assert_status_decides, headers, odd_bodies, STATUS_RULES};

type Error = ReadIn<oci::Code, Ibm>;

fn read(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Error {
    from_parts_in(status, headers, body)
}

/// The example of seed 002, as the page prints it.
const SEED_EXAMPLE: &[u8] = br#"{
  "errors": [
    {
      "code": "invalid_value",
      "message": "The `expires_in` field must not exceed `3600`.",
      "more_info": "https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service",
      "target": {
        "name": "expires_in",
        "type": "field",
        "value": "7200"
      }
    }
  ],
  "status_code": 400,
  "trace": "e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"
}"#;

#[test]
fn the_seed_example_gives_every_field() {
    let error = read(400, &headers(&[]), SEED_EXAMPLE);
    assert_eq!(error.code().code(), "invalid_value");
    assert_eq!(
        error.message(),
        Some("The `expires_in` field must not exceed `3600`.")
    );
    assert_eq!(error.request_id(), Some("e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"));
    assert_eq!(error.reported_status(), Some(400));
    assert_eq!(error.raw_body(), None);
    let [entry] = error.extras().errors.as_slice() else {
        panic!("one entry: {:?}", error.extras().errors);
    };
    assert_eq!(entry.code, "invalid_value");
    assert_eq!(
        entry.message.as_deref(),
        Some("The `expires_in` field must not exceed `3600`.")
    );
    assert_eq!(
        entry.more_info.as_deref(),
        Some("https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service")
    );
    let target = entry.target.as_ref().unwrap();
    assert_eq!(target.name.as_deref(), Some("expires_in"));
    assert_eq!(target.kind.as_deref(), Some("field"));
    assert_eq!(target.value.as_deref(), Some("7200"));
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::InvalidArgument)
    );
}

#[test]
fn every_entry_is_kept_and_the_first_with_a_code_leads() {
    let body = br#"{"errors": [
        {"message": "an entry without a code"},
        {"code": "missing_field", "message": "The `token` field is required.",
         "target": {"name": "token", "type": "field", "value": 42}},
        {"code": "invalid_value", "message": "second", "target": {"name": "x"}}
    ], "trace": "t-1"}"#;
    let error = read(400, &headers(&[]), body);
    assert_eq!(error.code().code(), "missing_field");
    assert_eq!(error.message(), Some("The `token` field is required."));
    let codes: Vec<&str> = error
        .extras()
        .errors
        .iter()
        .map(|entry| entry.code.as_str())
        .collect();
    assert_eq!(codes, ["", "missing_field", "invalid_value"]);
    assert_eq!(
        error.extras().errors[0].message.as_deref(),
        Some("an entry without a code")
    );
    // A value that is not a string is kept as its JSON text.
    let target = error.extras().errors[1].target.as_ref().unwrap();
    assert_eq!(target.value.as_deref(), Some("42"));
    let target = error.extras().errors[2].target.as_ref().unwrap();
    assert_eq!((target.kind.as_deref(), target.value.as_deref()), (None, None));
    assert_eq!(error.reported_status(), None);
}

#[test]
fn the_request_id_falls_back_to_the_x_request_id_header() {
    let body = br#"{"errors": [{"code": "not_found", "message": "gone"}]}"#;
    let error = read(404, &headers(&[("x-request-id", "hdr-77")]), body);
    assert_eq!(error.request_id(), Some("hdr-77"));
    // The body's trace wins over the header.
    let error = read(400, &headers(&[("x-request-id", "hdr-77")]), SEED_EXAMPLE);
    assert_eq!(error.request_id(), Some("e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"));
    // OCI's header means nothing to IBM.
    let error = read(404, &headers(&[("opc-request-id", "oci")]), body);
    assert_eq!(error.request_id(), None);
}

#[test]
fn an_unknown_code_is_kept_and_the_status_decides() {
    let body = br#"{"errors": [{"code": "brand_new_code", "message": "new"}], "trace": "t"}"#;
    for &(status, retry, category) in STATUS_RULES {
        let error = read(status, &headers(&[]), body);
        assert_eq!(error.code().code(), "brand_new_code");
        assert!(!error.code().is_known());
        assert_eq!((error.retry(), error.category()), (retry, category), "{status}");
        assert_eq!(error.raw_body(), None);
    }
}

#[test]
fn odd_bodies_keep_the_body_and_let_the_status_decide() {
    let wrong_types = br#"{"errors": {"code": "invalid_value"}, "trace": 7, "status_code": "400"}"#;
    let mut bodies = odd_bodies(SEED_EXAMPLE, wrong_types);
    bodies.push(("no errors", br#"{"errors": [], "trace": "t-2"}"#.to_vec()));
    bodies.push((
        "entries without codes",
        br#"{"errors": [{"code": ""}, {}]}"#.to_vec(),
    ));
    for (what, body) in bodies {
        for &(status, _, _) in STATUS_RULES {
            let error = read(status, &headers(&[]), &body);
            assert_status_decides(&error, status, &body, what);
        }
    }
    // What could be read around the missing code is still there.
    let error = read(500, &headers(&[]), br#"{"errors": [], "trace": "t-2"}"#);
    assert_eq!(error.request_id(), Some("t-2"));
    assert_eq!(error.extras().errors, Vec::<IbmError>::new());
}
