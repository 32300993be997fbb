//! What the provider tests of error responses share: the odd bodies every envelope must survive,
//! a hand-rolled protobuf encoder (independent of the crate's own decoder), and the round trip
//! of an error through `to_response` with the errors it is tried on.

#![allow(dead_code)] // Each test file uses its own part of this module.

use std::time::Duration;

use cloud_errors::{Category, Envelope, ProviderCode, ProviderError, Retry};
use http::{HeaderMap, HeaderValue, StatusCode};
use proptest::prelude::*;

/// Headers from `(name, value)` pairs.
pub fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for &(name, value) in pairs {
        map.append(name, HeaderValue::from_str(value).unwrap());
    }
    map
}

/// Bodies that no envelope can read: each with its name for assertion messages. `envelope_like`
/// is a valid body of the envelope under test, used to make truncated and corrupted variants.
pub fn odd_bodies(envelope_like: &[u8], wrong_types: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let mut invalid_utf8 = envelope_like.to_vec();
    // Corrupt the first letter of the first string value: the one after the first `: "`.
    let colon = find(envelope_like, b":").expect("a JSON body");
    let at = colon + 1 + find(&envelope_like[colon + 1..], b"\"").expect("a string value") + 1;
    invalid_utf8[at] = 0xFF;
    let mut huge = b"<html><body>".to_vec();
    huge.resize(4 << 20, b'x');
    vec![
        ("empty", Vec::new()),
        ("whitespace", b" \r\n\t".to_vec()),
        (
            "HTML 502 page",
            b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
              <center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
                .to_vec(),
        ),
        (
            "truncated JSON",
            envelope_like[..envelope_like.len() / 2].to_vec(),
        ),
        ("wrong field types", wrong_types.to_vec()),
        ("invalid UTF-8", invalid_utf8),
        ("JSON array", b"[1, 2, 3]".to_vec()),
        ("JSON null", b"null".to_vec()),
        ("huge body", huge),
        ("deeply nested", b"[".repeat(100_000)),
    ]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// The checks every odd body must pass at every status: no code, the body kept verbatim, and
/// the class given by the status (or by the catalog's rule for that status).
pub fn assert_status_decides<C: ProviderCode>(
    error: &ProviderError<C>,
    status: u16,
    body: &[u8],
    what: &str,
) {
    assert_eq!(error.status(), status, "{what}");
    assert_eq!(error.code().code(), "", "{what}");
    assert!(!error.code().is_known(), "{what}");
    assert_eq!(error.raw_body(), Some(body), "{what}");
    let (retry, category) = match C::status_rule(status) {
        Some(rule) => (rule.retry, rule.category),
        None => (
            Retry::from_http_status(status),
            Category::from_http_status(status),
        ),
    };
    assert_eq!(error.retry(), retry, "{what}");
    assert_eq!(error.category(), category, "{what}");
    assert!(!error.to_string().contains('\n'), "{what}");
}

/// The statuses of the rules, with the class each gives a response without a code.
pub const STATUS_RULES: &[(u16, Retry, Category)] = &[
    (429, Retry::Backoff, Category::ResourceExhausted),
    (500, Retry::Backoff, Category::Internal),
    (502, Retry::Backoff, Category::Internal),
    (503, Retry::Backoff, Category::Unavailable),
    (504, Retry::Backoff, Category::DeadlineExceeded),
    (501, Retry::Never, Category::Unimplemented),
    (400, Retry::Never, Category::InvalidArgument),
    (404, Retry::Never, Category::NotFound),
    (409, Retry::Never, Category::Aborted),
    (418, Retry::Never, Category::FailedPrecondition),
];

/// A protobuf field: its key, then a varint or a length-delimited payload.
pub enum Field<'a> {
    Varint(u32, u64),
    Bytes(u32, &'a [u8]),
}

/// Encodes `fields` in order, as the protobuf wire format specifies.
pub fn protobuf(fields: &[Field<'_>]) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut value: u64) {
        while value >= 0x80 {
            out.push((value as u8) | 0x80);
            value >>= 7;
        }
        out.push(value as u8);
    }
    let mut out = Vec::new();
    for field in fields {
        match *field {
            Field::Varint(number, value) => {
                varint(&mut out, u64::from(number) << 3);
                varint(&mut out, value);
            }
            Field::Bytes(number, bytes) => {
                varint(&mut out, u64::from(number) << 3 | 2);
                varint(&mut out, bytes.len() as u64);
                out.extend_from_slice(bytes);
            }
        }
    }
    out
}

/// An error with a code of `codes` and any message, request id, status and `Retry-After`.
pub fn error_with<C: ProviderCode>(
    codes: impl Strategy<Value = C>,
) -> impl Strategy<Value = ProviderError<C>> {
    (
        codes,
        proptest::option::of(any::<String>()),
        proptest::option::of(any::<String>()),
        proptest::option::of(100u16..=599),
        proptest::option::of(0u64..=86_400_000),
    )
        .prop_map(|(code, message, request_id, status, retry_after)| {
            let mut error = ProviderError::new(code);
            if let Some(message) = message {
                error = error.with_message(message);
            }
            if let Some(request_id) = request_id {
                error = error.with_request_id(request_id);
            }
            if let Some(status) = status.and_then(|status| StatusCode::from_u16(status).ok()) {
                error = error.with_status(status);
            }
            if let Some(millis) = retry_after {
                error = error.with_retry_after(Duration::from_millis(millis));
            }
            error
        })
}

/// Writes `error`, reads it back and compares: every field the contract names, then the whole
/// error. Where only headers carry the request id (OCI, Azure, AWS's JSON and CBOR), one that cannot be a header value
/// is left out.
pub fn round_trip<C: ProviderCode>(error: &ProviderError<C>) -> Result<(), TestCaseError> {
    let response = error.to_response();
    let back = ProviderError::<C>::from_response(&response);
    prop_assert_eq!(back.code(), error.code());
    prop_assert_eq!(back.status(), error.status());
    prop_assert_eq!(back.message(), error.message());
    prop_assert_eq!(back.retry(), error.retry());
    prop_assert_eq!(back.category(), error.category());
    prop_assert_eq!(back.retry_after(), error.retry_after());
    let header_safe = error
        .request_id()
        .is_none_or(|id| http::HeaderValue::from_bytes(id.as_bytes()).is_ok());
    if !header_safe && !body_carries_request_id::<C>() {
        for name in <C::Envelope as Envelope>::WRITTEN_REQUEST_ID_HEADERS {
            prop_assert!(response.headers().get(*name).is_none());
        }
        prop_assert_eq!(back.request_id(), None);
    } else {
        prop_assert_eq!(back.request_id(), error.request_id());
        prop_assert_eq!(&back, error);
    }
    Ok(())
}

/// Whether `C`'s envelope writes the request id in its body (IBM's `trace`), not only in headers
/// (OCI's `opc-request-id`, Azure's `x-ms-request-id`): an id written, then the body read alone.
fn body_carries_request_id<C: ProviderCode>() -> bool {
    let Some(code) = C::known().next() else {
        return false;
    };
    let response = ProviderError::new(code).with_request_id("probe-1").to_response();
    let body_alone = ProviderError::<C>::from_parts(
        response.status().as_u16(),
        &http::HeaderMap::new(),
        response.body(),
    );
    body_alone.request_id() == Some("probe-1")
}
