//! `from_parts` is total for every provider: arbitrary bytes and statuses never panic, and a body
//! is either understood (a code was read) or kept verbatim.

mod response_support;

use cloud_errors::__response::{from_body_in, from_parts_in};
use cloud_errors::{oci, Envelope, ProviderCode, ProviderError, Retry};
use proptest::prelude::*;
use response_support::{headers, protobuf, Field};

const ENVELOPES: [Envelope; 4] = [Envelope::Oci, Envelope::Ibm, Envelope::Alibaba, Envelope::Tencent];

/// The invariants of any error, whatever it was read from.
fn check<C: ProviderCode>(error: &ProviderError<C>, status: u16, body: &[u8]) {
    assert_eq!(error.status(), status);
    match error.raw_body() {
        // Not understood: kept verbatim, and no code was made up.
        Some(kept) => {
            assert_eq!(kept, body);
            assert_eq!(error.code().code(), "");
            if error.status_rule().is_none() {
                assert_eq!(error.retry(), Retry::from_http_status(status));
            }
        }
        // Understood: a code was read.
        None => assert_ne!(error.code().code(), ""),
    }
    let line = error.to_string();
    assert!(!line.contains(['\n', '\r']), "{line:?}");
    assert!(line.starts_with(C::PROVIDER));
    let _ = (error.category(), error.retry_after(), format!("{error:?}"));
}

/// Reads `body` with every envelope (through the test entry point) and with every catalog's
/// own `Error`, checking the invariants of each.
fn read_everywhere(status: u16, headers: &http::HeaderMap, body: &[u8]) {
    for envelope in ENVELOPES {
        let error = from_parts_in::<oci::Code>(envelope, status, headers, body);
        check(&error, status, body);
        if let Some(error) = from_body_in::<oci::Code>(envelope, body) {
            check(&error, 200, body);
        }
    }
    check(&oci::Error::from_parts(status, headers, body), status, body);
}

/// A valid body of `envelope` carrying `code` and `message`.
fn envelope_body(envelope: Envelope, code: &str, message: &str) -> Vec<u8> {
    let json = |value: serde_json::Value| value.to_string().into_bytes();
    match envelope {
        Envelope::Oci => json(serde_json::json!({"code": code, "message": message})),
        Envelope::Ibm => json(serde_json::json!({
            "errors": [{"code": code, "message": message, "target": {"name": "n", "type": "field"}}],
            "trace": "t",
            "status_code": 400,
        })),
        Envelope::Alibaba => protobuf(&[
            Field::Varint(1, 400),
            Field::Bytes(2, code.as_bytes()),
            Field::Bytes(3, message.as_bytes()),
            Field::Bytes(4, b"r"),
        ]),
        Envelope::Tencent => json(serde_json::json!({
            "Response": {"Error": {"Code": code, "Message": message}, "RequestId": "r"}
        })),
        _ => unreachable!("a new envelope needs a body here"),
    }
}

fn any_envelope() -> impl Strategy<Value = Envelope> {
    prop::sample::select(ENVELOPES.to_vec())
}

proptest! {
    #[test]
    fn arbitrary_bytes_and_statuses(
        status in any::<u16>(),
        body in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        read_everywhere(status, &headers(&[]), &body);
    }

    #[test]
    fn json_like_bytes(
        status in prop::sample::select(vec![200u16, 400, 404, 413, 429, 500, 502, 503]),
        body in r#"[{}\[\]":,a-zA-Z0-9 .\\]{0,64}"#,
    ) {
        read_everywhere(status, &headers(&[("retry-after", "5")]), body.as_bytes());
    }

    #[test]
    fn valid_envelopes_give_back_their_code_and_message(
        envelope in any_envelope(),
        status in 400u16..600,
        code in any::<String>(),
        message in any::<String>(),
    ) {
        let body = envelope_body(envelope, &code, &message);
        let error = from_parts_in::<oci::Code>(envelope, status, &headers(&[]), &body);
        check(&error, status, &body);
        if code.is_empty() {
            prop_assert_eq!(error.raw_body(), Some(&body[..]));
        } else {
            prop_assert_eq!(error.code(), &oci::Code::from_code(&code));
            prop_assert_eq!(error.raw_body(), None);
            // Protobuf cannot tell an empty message from none, and Tencent's body always has a
            // `Message` (written empty when there is none).
            let empty_is_none = matches!(envelope, Envelope::Alibaba | Envelope::Tencent);
            let expected = Some(message.as_str()).filter(|m| !m.is_empty() || !empty_is_none);
            prop_assert_eq!(error.message(), expected);
        }
    }

    #[test]
    fn damaged_envelopes_never_panic_and_keep_what_they_cannot_read(
        envelope in any_envelope(),
        status in any::<u16>(),
        code in "[A-Za-z.]{1,20}",
        cut in any::<prop::sample::Index>(),
        flip in any::<(prop::sample::Index, u8)>(),
    ) {
        let body = envelope_body(envelope, &code, "message");
        let truncated = &body[..cut.index(body.len())];
        let error = from_parts_in::<oci::Code>(envelope, status, &headers(&[]), truncated);
        check(&error, status, truncated);
        let mut flipped = body.clone();
        let at = flip.0.index(flipped.len());
        flipped[at] ^= flip.1;
        let error = from_parts_in::<oci::Code>(envelope, status, &headers(&[]), &flipped);
        check(&error, status, &flipped);
    }
}
