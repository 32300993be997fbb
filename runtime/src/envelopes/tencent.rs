//! Tencent Cloud API 3.0's body: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
//! Errors usually come with HTTP 200, so the `Error` object is what tells them from success
//! bodies, which share the `Response` wrapper and its `RequestId`.

use serde::{Deserialize, Serialize};

use super::{json, Envelope, Fields, InBodyErrors, Parsed, Text, JSON};

/// Tencent Cloud API 3.0's envelope (`tencent` in catalogs): JSON `{"Response": {"Error":
/// {"Code", "Message"}, "RequestId"}}`, under HTTP 200. No extras.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tencent;

impl Envelope for Tencent {
    const NAME: &'static str = crate::EnvelopeName::Tencent.as_str();
    type Extras = ();
    const ERRORS_IN_SUCCESS_BODIES: bool = true;

    fn parse(body: &[u8]) -> Option<Parsed<'_, ()>> {
        parse(body)
    }

    fn write(_status: u16, code: &str, fields: &Fields<()>) -> (&'static str, Vec<u8>) {
        let body = TencentBody {
            response: TencentResponse {
                error: TencentError {
                    code,
                    message: fields.message.as_deref(),
                },
                request_id: fields.request_id.as_deref(),
            },
        };
        (JSON, json(&body))
    }
}

impl InBodyErrors for Tencent {}

#[derive(Serialize)]
struct TencentBody<'a> {
    #[serde(rename = "Response")]
    response: TencentResponse<'a>,
}

#[derive(Serialize)]
struct TencentResponse<'a> {
    #[serde(rename = "Error")]
    error: TencentError<'a>,
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
}

#[derive(Serialize)]
struct TencentError<'a> {
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

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
fn parse(body: &[u8]) -> Option<Parsed<'_, ()>> {
    let Body {
        response: Response { error, request_id },
    } = serde_json::from_slice(body).ok()?;
    let error_shape = error.is_some();
    let (code, message) = error.map_or((None, None), |error| (error.code, error.message));
    Some(Parsed {
        error_shape,
        code: Text::non_empty(code),
        fields: Fields {
            message,
            request_id,
            ..Fields::default()
        },
    })
}
