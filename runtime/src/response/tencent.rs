//! Tencent Cloud API 3.0's body: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
//! Errors usually come with HTTP 200, so the `Error` object is what tells them from success
//! bodies, which share the `Response` wrapper and its `RequestId`.

use serde::Deserialize;

use super::{Parsed, Text};

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(rename = "Response", borrow)]
    response: Response<'a>,
}

#[derive(Deserialize)]
struct Response<'a> {
    #[serde(rename = "Error", borrow, default)]
    error: Option<Error<'a>>,
    #[serde(rename = "RequestId", default)]
    request_id: Option<String>,
}

#[derive(Deserialize)]
struct Error<'a> {
    #[serde(rename = "Code", borrow, default)]
    code: Option<Text<'a>>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
}

/// `None` unless `body` is a JSON object with a `Response` object; `error_shape` says whether
/// that has an `Error`.
pub(crate) fn parse(body: &[u8]) -> Option<Parsed<'_>> {
    let Body {
        response: Response { error, request_id },
    } = serde_json::from_slice(body).ok()?;
    let error_shape = error.is_some();
    let (code, message) = error.map_or((None, None), |error| (error.code, error.message));
    Some(Parsed {
        error_shape,
        code: Text::non_empty(code),
        // Written empty when unset (the service always sends both): empty is none.
        message: message.filter(|text| !text.is_empty()),
        request_id: request_id.filter(|text| !text.is_empty()),
        ..Parsed::default()
    })
}
