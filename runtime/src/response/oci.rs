//! Oracle Cloud Infrastructure's error body: JSON `{"code": …, "message": …}`. The request id is
//! not in the body but in the `opc-request-id` header.

use serde::Deserialize;

use super::{Parsed, Text};

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(borrow, default)]
    code: Option<Text<'a>>,
    #[serde(default)]
    message: Option<String>,
}

/// `None` unless `body` is a JSON object whose `code` and `message` are strings (or absent).
pub(crate) fn parse(body: &[u8]) -> Option<Parsed<'_>> {
    let Body { code, message } = serde_json::from_slice(body).ok()?;
    Some(Parsed {
        error_shape: true,
        code: Text::non_empty(code),
        message,
        ..Parsed::default()
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
