//! What every fuzz target does with its input: read it as an error response of one envelope and
//! check the invariants that must hold for any bytes.

use cloud_errors::__response::{from_body_in, from_parts_in};
use cloud_errors::{oci, Envelope, ProviderError};

/// The first two bytes are the status (so the fuzzer explores the status rules too), the rest is
/// the body. The OCI catalog's `Code` stands in for every envelope: the parsers do not depend on
/// the catalog, only the classification of known codes does.
pub fn read<E: Envelope>(data: &[u8]) {
    let (status, body) = match data {
        [high, low, body @ ..] => (u16::from_be_bytes([*high, *low]), body),
        _ => (502, data),
    };
    let mut headers = http::HeaderMap::new();
    headers.insert("retry-after", http::HeaderValue::from_static("7"));
    let error = from_parts_in::<E, oci::Code>(status, &headers, body);
    check(&error, status, body);
    if let Some(error) = from_body_in::<E, oci::Code>(body) {
        check(&error, 200, body);
    }
}

fn check(error: &ProviderError<oci::Code>, status: u16, body: &[u8]) {
    assert_eq!(error.status(), status);
    match error.raw_body() {
        Some(kept) => {
            assert_eq!(kept, body, "a body that was not understood is kept verbatim");
            assert_eq!(error.code().code(), "", "no code is made up");
        }
        None => assert!(
            !error.code().code().is_empty(),
            "understood means a code was read"
        ),
    }
    let line = error.to_string();
    assert!(!line.contains(['\n', '\r']), "Display is one line: {line:?}");
    let _ = (error.retry(), error.category(), error.retry_after());
    let _ = format!("{error:?}");
}
