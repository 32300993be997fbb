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

    /// `Message` and `RequestId` are always written, empty when unset: an empty one is none.
    fn normalize(_status: u16, _code: &str, fields: &mut Fields<()>) {
        fields.reported_status = None;
        fields.message = fields.message.take().filter(|text| !text.is_empty());
        fields.request_id = fields.request_id.take().filter(|text| !text.is_empty());
    }

    fn write(_status: u16, code: &str, fields: &Fields<()>) -> (&'static str, Vec<u8>) {
        let body = TencentBody {
            response: TencentResponse {
                error: TencentError {
                    code,
                    message: fields.message.as_deref().unwrap_or(""),
                },
                request_id: fields.request_id.as_deref().unwrap_or(""),
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
    // Always written, empty when unset: the service always sends it and the SDKs expect it.
    #[serde(rename = "RequestId")]
    request_id: &'a str,
}

#[derive(Serialize)]
struct TencentError<'a> {
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message")]
    message: &'a str,
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
        // Written empty when unset (the service always sends both): empty is none.
        fields: Fields {
            message: message.filter(|text| !text.is_empty()),
            request_id: request_id.filter(|text| !text.is_empty()),
            ..Fields::default()
        },
    })
}
