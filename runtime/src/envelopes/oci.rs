//! Oracle Cloud Infrastructure's error body: JSON `{"code": …, "message": …}`. The request id is
//! not in the body but in the `opc-request-id` header.

use http::HeaderName;
use serde::{Deserialize, Serialize};

use super::{json, Envelope, Fields, Parsed, Text, JSON};

/// Oracle Cloud Infrastructure's envelope (`oci` in catalogs): JSON `{"code", "message"}`, the
/// request id in the `opc-request-id` header. No extras.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Oci;

impl Envelope for Oci {
    const NAME: &'static str = crate::EnvelopeName::Oci.as_str();
    type Extras = ();
    // OCI documents `opc-request-id`.
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(HeaderName::from_static("opc-request-id"));
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["opc-request-id"];

    fn parse(body: &[u8]) -> Option<Parsed<'_, ()>> {
        parse(body)
    }

    fn write(_status: u16, code: &str, fields: &Fields<()>) -> (&'static str, Vec<u8>) {
        let body = OciBody {
            code,
            message: fields.message.as_deref(),
        };
        (JSON, json(&body))
    }
}

#[derive(Serialize)]
struct OciBody<'a> {
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(borrow, default)]
    code: Option<Text<'a>>,
    #[serde(default)]
    message: Option<String>,
}

/// `None` unless `body` is a JSON object whose `code` and `message` are strings (or absent).
fn parse(body: &[u8]) -> Option<Parsed<'_, ()>> {
    let Body { code, message } = serde_json::from_slice(body).ok()?;
    Some(Parsed {
        error_shape: true,
        code: Text::non_empty(code),
        fields: Fields {
            message,
            ..Fields::default()
        },
    })
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    #[test]
    fn a_code_without_escapes_is_borrowed_from_the_body() {
        let parsed = super::parse(br#"{"code":"TooManyRequests","message":"slow down"}"#).unwrap();
        assert!(matches!(parsed.code, Some(Cow::Borrowed("TooManyRequests"))));
        let parsed = super::parse(br#"{"code":"Too\u004dany"}"#).unwrap();
        assert!(matches!(parsed.code, Some(Cow::Owned(ref code)) if code == "TooMany"));
    }
}
