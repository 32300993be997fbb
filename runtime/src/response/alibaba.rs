//! Alibaba Cloud's error bodies: the KMS instance API's Protocol Buffers message `Error
//! {int32 StatusCode = 1; string ErrorCode = 2; string ErrorMessage = 3; string RequestId = 4;}`,
//! and the JSON body of Alibaba's other APIs, `{"Code", "Message", "RequestId", "HostId",
//! "Recommend"}`.

use serde::Deserialize;

use super::{Details, Parsed, Text};

/// The KMS instance API's error message.
#[derive(Clone, PartialEq, prost::Message)]
struct ProtobufError {
    #[prost(int32, tag = "1")]
    status_code: i32,
    #[prost(string, tag = "2")]
    error_code: String,
    #[prost(string, tag = "3")]
    error_message: String,
    #[prost(string, tag = "4")]
    request_id: String,
}

#[derive(Deserialize)]
struct JsonError<'a> {
    #[serde(rename = "Code", borrow, default)]
    code: Option<Text<'a>>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
    #[serde(rename = "RequestId", default)]
    request_id: Option<String>,
    #[serde(rename = "HostId", default)]
    host_id: Option<String>,
    #[serde(rename = "Recommend", default)]
    recommend: Option<String>,
}

/// A JSON body starts with `{`; anything else is tried as protobuf (a protobuf `Error` cannot
/// start with `{`, which would be field 15 as a group).
pub(crate) fn parse(body: &[u8]) -> Option<Parsed<'_>> {
    match body.iter().find(|byte| !byte.is_ascii_whitespace()) {
        Some(b'{') => parse_json(body),
        _ => parse_protobuf(body),
    }
}

fn parse_json(body: &[u8]) -> Option<Parsed<'_>> {
    let JsonError {
        code,
        message,
        request_id,
        host_id,
        recommend,
    } = serde_json::from_slice(body).ok()?;
    Some(Parsed {
        error_shape: true,
        code: Text::non_empty(code),
        message,
        request_id,
        reported_status: None,
        details: Details::Alibaba { host_id, recommend },
    })
}

/// Most byte strings decode as *some* protobuf message (an empty one among them), so a decoded
/// message counts only when it has an `ErrorCode`; otherwise nothing of it is trusted.
fn parse_protobuf(body: &[u8]) -> Option<Parsed<'static>> {
    let error = <ProtobufError as prost::Message>::decode(body).ok()?;
    if error.error_code.is_empty() {
        return None;
    }
    let non_empty = |text: String| Some(text).filter(|text| !text.is_empty());
    Some(Parsed {
        error_shape: true,
        code: Some(error.error_code.into()),
        message: non_empty(error.error_message),
        request_id: non_empty(error.request_id),
        // proto3 cannot tell 0 from absent, and 0 is no HTTP status.
        reported_status: Some(i64::from(error.status_code)).filter(|&status| status != 0),
        details: Details::Alibaba {
            host_id: None,
            recommend: None,
        },
    })
}
