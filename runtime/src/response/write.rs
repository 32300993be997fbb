//! The other side of the wire: building a [`ProviderError`] and writing it as its provider's
//! response, so that a service (or a test's fake provider) answers exactly what the provider
//! sends, and `ProviderError::from_response(&error.to_response())` gives `error` back.

use std::borrow::Cow;
use std::time::Duration;

use http::header::{HeaderName, HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use http::StatusCode;
use serde::Serialize;

use super::retry_after::RetryAfter;
use super::{Details, IbmError, IbmTarget, Parsed, ProviderCode, ProviderError};
use crate::Envelope;

impl<C: ProviderCode> ProviderError<C> {
    /// An error with this code, as the provider would answer it: the status is the code's first
    /// documented status, or, for a code that documents none, the status of its category
    /// ([`Category::http_status`](crate::Category::http_status)); Tencent Cloud answers errors
    /// with HTTP 200, as its API 3.0 does. No message, request id or `Retry-After` until the
    /// `with_` methods add them.
    ///
    /// The code is taken as a reader would see it: an `Unknown` holding a code the catalog knows
    /// becomes that code. An empty code is no code: it is written as such, and reads back as an
    /// unreadable body.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// use cloud_errors::oci;
    ///
    /// let error = oci::Error::new(oci::Code::TooManyRequests)
    ///     .with_message("Tenancy request-rate limit exceeded.")
    ///     .with_request_id("7C1E/77E1A1C5/1B2A")
    ///     .with_retry_after(Duration::from_secs(2));
    /// assert_eq!(error.status(), 429);
    ///
    /// let response = error.to_response();
    /// assert_eq!(response.headers()["opc-request-id"], "7C1E/77E1A1C5/1B2A");
    /// assert_eq!(response.headers()["retry-after"], "2");
    /// assert_eq!(
    ///     response.body(),
    ///     br#"{"code":"TooManyRequests","message":"Tenancy request-rate limit exceeded."}"#
    /// );
    /// assert_eq!(oci::Error::from_response(&response), error);
    /// ```
    pub fn new(code: C) -> Self {
        let code = C::from_known_code(code.code()).unwrap_or(code);
        let status = match C::ENVELOPE {
            Envelope::Tencent => 200,
            _ => code
                .http_statuses()
                .first()
                .copied()
                .unwrap_or_else(|| code.category().http_status()),
        };
        let parsed = Parsed {
            error_shape: true,
            code: Some(Cow::Borrowed(code.code())),
            ..Parsed::default()
        };
        let mut error = Self::assemble(status, parsed, &[], None);
        error.sync_wire();
        error
    }

    /// The provider's message. Any text is written correctly escaped for the envelope. Alibaba
    /// KMS's protobuf body cannot tell an empty message from none, and Tencent's always has a
    /// `Message`, so there an empty message is none.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self.sync_wire();
        self
    }

    /// The request id: OCI's `opc-request-id` header, IBM's `trace` (and its `X-Request-Id` and
    /// `X-Global-Transaction-ID` headers), Alibaba's `RequestId`, Tencent's `Response.RequestId`.
    ///
    /// OCI carries it in a header, so an id that cannot be a header value (one with a line break
    /// or another control character) is left out of OCI's response rather than breaking it, and
    /// reads back as no request id. As with the message, Alibaba KMS's protobuf body and
    /// Tencent's have no empty request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self.sync_wire();
        self
    }

    /// The HTTP status, instead of the one [`new`](ProviderError::new) chose.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = status.as_u16();
        self.sync_wire();
        self
    }

    /// A `Retry-After` header asking the client to wait, in whole seconds (its unit): a delay
    /// with a fraction of a second is rounded up, so a client never comes back early.
    pub fn with_retry_after(mut self, delay: Duration) -> Self {
        let seconds = delay
            .as_secs()
            .saturating_add(u64::from(delay.subsec_nanos() > 0));
        self.retry_after = Some(RetryAfter::Delay(Duration::from_secs(seconds)));
        self
    }

    /// IBM Cloud's `more_info`: a link to documentation about the error. Other envelopes have no
    /// such field and ignore it.
    pub fn with_more_info(mut self, url: impl Into<String>) -> Self {
        if let Details::Ibm { errors } = &mut self.details {
            if let Some(first) = errors.first_mut() {
                first.more_info = Some(url.into());
            }
        }
        self
    }

    /// Alibaba Cloud's `HostId`, the endpoint that answered. KMS's protobuf `Error` has no such
    /// field: an error with a `HostId` or a `Recommend` is written as the JSON body of
    /// Alibaba's other APIs. Other envelopes ignore it.
    pub fn with_host_id(mut self, host_id: impl Into<String>) -> Self {
        if let Details::Alibaba { host_id: slot, .. } = &mut self.details {
            *slot = Some(host_id.into());
        }
        self.sync_wire();
        self
    }

    /// Alibaba Cloud's `Recommend`, a link to a diagnosis of the request; written like
    /// [`with_host_id`](ProviderError::with_host_id).
    pub fn with_recommend(mut self, url: impl Into<String>) -> Self {
        if let Details::Alibaba { recommend: slot, .. } = &mut self.details {
            *slot = Some(url.into());
        }
        self.sync_wire();
        self
    }

    /// Keeps what the envelope writes besides code and message equal to what reading the
    /// written response gives back, so that a built error equals its round trip in every field.
    fn sync_wire(&mut self) {
        let status = i64::from(self.status);
        match C::ENVELOPE {
            Envelope::Oci => {
                self.reported_status = None;
                self.details = Details::None;
            }
            Envelope::Tencent => {
                // The service always sends `Message` and `RequestId`, and the SDKs expect both:
                // they are written empty when unset, so an empty one is none.
                self.reported_status = None;
                self.details = Details::None;
                self.message = self.message.take().filter(|text| !text.is_empty());
                self.request_id = self.request_id.take().filter(|text| !text.is_empty());
            }
            Envelope::Ibm => {
                let more_info = match &self.details {
                    Details::Ibm { errors } => errors.first().and_then(|first| first.more_info.clone()),
                    _ => None,
                };
                self.reported_status = Some(status);
                self.details = Details::Ibm {
                    errors: vec![IbmError {
                        code: self.code.code().to_owned(),
                        message: self.message.clone(),
                        more_info,
                        target: None,
                    }],
                };
            }
            Envelope::Alibaba => {
                let (host_id, recommend) = match std::mem::take(&mut self.details) {
                    Details::Alibaba { host_id, recommend } => (host_id, recommend),
                    _ => (None, None),
                };
                if host_id.is_none() && recommend.is_none() {
                    // The protobuf body: proto3 strings have no "empty" apart from "absent".
                    self.reported_status = Some(status);
                    self.message = self.message.take().filter(|text| !text.is_empty());
                    self.request_id = self.request_id.take().filter(|text| !text.is_empty());
                } else {
                    self.reported_status = None;
                }
                self.details = Details::Alibaba { host_id, recommend };
            }
        }
    }

    /// The response the provider sends for this error: its status, its body in the provider's
    /// envelope, the content type, the request id header (OCI) and `Retry-After`.
    ///
    /// | envelope | body | content type |
    /// | --- | --- | --- |
    /// | OCI | `{"code","message"}`, the request id in `opc-request-id` | `application/json` |
    /// | IBM | `{"errors":[{"code","message","more_info"}],"trace","status_code"}` | `application/json` |
    /// | Alibaba | KMS's protobuf `Error {StatusCode, ErrorCode, ErrorMessage, RequestId}`; the JSON `{"RequestId","HostId","Code","Message","Recommend"}` when there is a `HostId` or `Recommend` | `application/x-protobuf` (what the KMS instance SDK accepts); `application/json;charset=utf-8` |
    /// | Tencent | `{"Response":{"Error":{"Code","Message"},"RequestId"}}` | `application/json` |
    ///
    /// IBM's request id also goes in the `X-Request-Id` and `X-Global-Transaction-ID` headers.
    /// Fields without a value (no message, no request id) are left out, except Tencent's
    /// `Message` and `RequestId`, which the service always sends: there they are empty. An error read from a
    /// body that had no readable code answers that body verbatim (the part kept, for a body cut
    /// to a size limit), without a content type. A
    /// status outside `100..=999` (only a response read with such a status has one) is written
    /// as 500.
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let (content_type, body) = match &self.raw_body {
            Some(raw) => (None, raw.clone()),
            None => {
                let (content_type, body) = self.body();
                (Some(content_type), body)
            }
        };
        let mut response = http::Response::new(body);
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        if let Some(content_type) = content_type {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        // OCI's request id lives in a header. IBM's is in the body's `trace` and, where the
        // SDKs look for it, in headers too: go-sdk-core reads `X-Request-Id`, the Python core
        // `X-Global-Transaction-ID` (conformance/README.md).
        let id_headers: &[&str] = match C::ENVELOPE {
            Envelope::Oci => &["opc-request-id"],
            Envelope::Ibm => &["x-request-id", "x-global-transaction-id"],
            _ => &[],
        };
        if let Some(request_id) = &self.request_id {
            if let Ok(value) = HeaderValue::from_bytes(request_id.as_bytes()) {
                for name in id_headers {
                    headers.insert(HeaderName::from_static(name), value.clone());
                }
            }
        }
        if let Some(after) = self.retry_after {
            let text = match after {
                RetryAfter::Delay(delay) => delay.as_secs().to_string(),
                RetryAfter::At(at) => httpdate::fmt_http_date(at),
            };
            if let Ok(value) = HeaderValue::from_str(&text) {
                headers.insert(RETRY_AFTER, value);
            }
        }
        response
    }

    /// The body in the envelope, and its content type.
    fn body(&self) -> (&'static str, Vec<u8>) {
        const JSON: &str = "application/json";
        let code = self.code.code();
        let message = self.message.as_deref();
        let request_id = self.request_id.as_deref();
        match (C::ENVELOPE, &self.details) {
            (Envelope::Oci, _) => (JSON, json(&OciBody { code, message })),
            (Envelope::Ibm, details) => {
                let single;
                let errors = match details {
                    Details::Ibm { errors } if !errors.is_empty() => errors.as_slice(),
                    _ => {
                        single = [IbmError {
                            code: code.to_owned(),
                            message: self.message.clone(),
                            more_info: None,
                            target: None,
                        }];
                        &single[..]
                    }
                };
                let body = IbmBody {
                    errors: errors.iter().map(IbmEntry::from).collect(),
                    trace: request_id,
                    status_code: self.reported_status.unwrap_or(i64::from(self.status)),
                };
                (JSON, json(&body))
            }
            (
                Envelope::Alibaba,
                Details::Alibaba {
                    host_id: host_id @ Some(_),
                    recommend,
                }
                | Details::Alibaba {
                    host_id,
                    recommend: recommend @ Some(_),
                },
            ) => {
                let body = AlibabaJson {
                    request_id,
                    host_id: host_id.as_deref(),
                    code,
                    message,
                    recommend: recommend.as_deref(),
                };
                ("application/json;charset=utf-8", json(&body))
            }
            (Envelope::Alibaba, _) => {
                let status = self.reported_status.unwrap_or(i64::from(self.status));
                let status = i32::try_from(status).unwrap_or(0);
                (
                    "application/x-protobuf",
                    kms_protobuf(status, code, message.unwrap_or(""), request_id.unwrap_or("")),
                )
            }
            (Envelope::Tencent, _) => {
                let body = TencentBody {
                    response: TencentResponse {
                        error: TencentError {
                            code,
                            message: message.unwrap_or(""),
                        },
                        request_id: request_id.unwrap_or(""),
                    },
                };
                (JSON, json(&body))
            }
        }
    }
}

/// A body as JSON. Serializing these structs of strings and numbers cannot fail; an empty body
/// if it ever did, rather than a panic.
fn json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

#[derive(Serialize)]
struct OciBody<'a> {
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

#[derive(Serialize)]
struct IbmBody<'a> {
    errors: Vec<IbmEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<&'a str>,
    status_code: i64,
}

#[derive(Serialize)]
struct IbmEntry<'a> {
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    more_info: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<IbmTargetOut<'a>>,
}

#[derive(Serialize)]
struct IbmTargetOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

impl<'a> From<&'a IbmError> for IbmEntry<'a> {
    fn from(error: &'a IbmError) -> Self {
        IbmEntry {
            code: &error.code,
            message: error.message.as_deref(),
            more_info: error.more_info.as_deref(),
            target: error.target.as_ref().map(|target: &'a IbmTarget| IbmTargetOut {
                name: target.name.as_deref(),
                kind: target.kind.as_deref(),
                value: target.value.as_deref(),
            }),
        }
    }
}

/// Alibaba's JSON error body, in the order its documentation shows the fields.
#[derive(Serialize)]
struct AlibabaJson<'a> {
    #[serde(rename = "RequestId", skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
    #[serde(rename = "HostId", skip_serializing_if = "Option::is_none")]
    host_id: Option<&'a str>,
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    #[serde(rename = "Recommend", skip_serializing_if = "Option::is_none")]
    recommend: Option<&'a str>,
}

#[derive(Serialize)]
struct TencentBody<'a> {
    #[serde(rename = "Response")]
    response: TencentResponse<'a>,
}

#[derive(Serialize)]
struct TencentResponse<'a> {
    #[serde(rename = "Error")]
    error: TencentError<'a>,
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

/// KMS's `Error {int32 StatusCode = 1; string ErrorCode = 2; string ErrorMessage = 3; string
/// RequestId = 4;}` in the protobuf wire format: the codec of the Alibaba envelope's parser.
#[cfg(feature = "envelope-alibaba")]
use super::alibaba::encode as kms_protobuf;

/// The same encoding when the Alibaba parser is not compiled in (no Alibaba catalog enabled, a
/// `#[cloud_error(envelope = "alibaba")]` service answering without reading): proto3, zero and
/// empty fields left out.
#[cfg(not(feature = "envelope-alibaba"))]
fn kms_protobuf(status: i32, code: &str, message: &str, request_id: &str) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut value: u64) {
        while value >= 0x80 {
            out.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        out.push(value as u8);
    }
    let mut out = Vec::with_capacity(16 + code.len() + message.len() + request_id.len());
    if status != 0 {
        varint(&mut out, 1 << 3); // field 1, varint
                                  // A negative int32 is sign-extended to ten bytes, as protobuf specifies.
        varint(&mut out, i64::from(status) as u64);
    }
    for (field, text) in [(2u64, code), (3, message), (4, request_id)] {
        if !text.is_empty() {
            varint(&mut out, (field << 3) | 2); // length-delimited
            varint(&mut out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
    }
    out
}

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl<C: ProviderCode> axum_core::response::IntoResponse for ProviderError<C> {
    /// [`to_response`](ProviderError::to_response), as an axum handler's answer.
    fn into_response(self) -> axum_core::response::Response {
        self.to_response().map(axum_core::body::Body::from)
    }
}

#[cfg(test)]
mod tests {
    use super::kms_protobuf;

    #[test]
    fn kms_protobuf_bytes_by_hand() {
        // Field 1 varint 400 = 0x08 0x90 0x03; field 2 "A" = 0x12 0x01 'A'; empty fields left out.
        assert_eq!(
            kms_protobuf(400, "A", "", ""),
            [0x08, 0x90, 0x03, 0x12, 0x01, b'A']
        );
        assert_eq!(kms_protobuf(0, "", "", "r"), [0x22, 0x01, b'r']);
        let long = "x".repeat(300);
        let encoded = kms_protobuf(0, "", &long, "");
        assert_eq!(&encoded[..3], [0x1a, 0xac, 0x02]);
        assert_eq!(encoded.len(), 303);
        assert_eq!(kms_protobuf(-1, "", "", "").len(), 11);
    }
}
