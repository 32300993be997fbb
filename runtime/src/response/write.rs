//! The other side of the wire: building a [`ProviderError`] and writing it as its provider's
//! response, so that a service (or a test's fake provider) answers exactly what the provider
//! sends, and `ProviderError::from_response(&error.to_response())` gives `error` back.

use std::borrow::Cow;
use std::time::Duration;

use http::header::{HeaderName, HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use http::StatusCode;

use super::retry_after::RetryAfter;
use super::{ExtrasOf, ProviderCode, ProviderError};
use crate::envelopes::{DelayHeader, Envelope, Fields, Parsed};

/// The status an error of a code is written with when nothing says another: 200 where the
/// envelope carries errors in success bodies, else the first documented status, else the
/// category's ([`ProviderError::new`], and `index::CatalogCode::written_status` for the command).
pub(crate) fn written_status(in_success_bodies: bool, documented: &[u16], category: crate::Category) -> u16 {
    if in_success_bodies {
        200
    } else {
        documented
            .first()
            .copied()
            .unwrap_or_else(|| category.http_status())
    }
}

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
        let status = written_status(
            C::Envelope::ERRORS_IN_SUCCESS_BODIES,
            code.http_statuses(),
            code.category(),
        );
        let parsed = Parsed {
            error_shape: true,
            code: Some(Cow::Borrowed(code.code())),
            fields: Fields::default(),
        };
        let (mut error, ()) = Self::assemble(status, parsed, &[], false, None, |()| (Default::default(), ()));
        error.sync_wire();
        error
    }

    /// The provider's message. Any text is written correctly escaped for the envelope. Alibaba
    /// KMS's protobuf body cannot tell an empty message from none, and Tencent's always has a
    /// `Message`, so there an empty message is none.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.fields.message = Some(message.into());
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
        self.fields.request_id = Some(request_id.into());
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

    /// The envelope's extras (see [`extras`](ProviderError::extras)): IBM's `more_info`
    /// ([`IbmExtras::with_more_info`](crate::envelopes::IbmExtras::with_more_info)), Alibaba's
    /// `HostId` and `Recommend` ([`AlibabaExtras`](crate::envelopes::AlibabaExtras)), which
    /// then writes the JSON body of Alibaba's other APIs instead of KMS's protobuf `Error`.
    /// What the envelope derives from the error itself (IBM's entry repeats code and message) is
    /// derived again, so that the error equals its round trip.
    pub fn with_extras(mut self, extras: ExtrasOf<C>) -> Self {
        self.fields.extras = extras;
        self.sync_wire();
        self
    }

    /// Keeps what the envelope writes besides code and message equal to what reading the
    /// written response gives back, so that a built error equals its round trip in every field.
    fn sync_wire(&mut self) {
        C::Envelope::normalize(self.status, self.code.code(), &mut self.fields);
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
        self.to_response_as::<C::Envelope>()
    }

    /// The response in another envelope of the same provider, for a service that speaks several
    /// protocols and answers each client in the one it asked in: AWS's services that offer
    /// rpcv2Cbor beside awsJson, which aws-sdk-rust calls in CBOR (their catalogs' envelope) and
    /// botocore in JSON. Read back through `C`'s envelope only where that envelope reads `E`'s
    /// bodies too ([`AwsCbor`](crate::envelopes::AwsCbor) reads awsJson's).
    pub fn to_response_as<E: Envelope<Extras = ExtrasOf<C>>>(&self) -> http::Response<Vec<u8>> {
        let mut response = http::Response::new(Vec::new());
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        let body = match &self.raw_body {
            Some(raw) => raw.clone(),
            None => {
                let (content_type, body) = E::write(self.status, self.code.code(), &self.fields);
                headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
                body
            }
        };
        // Also beside a raw body: a code read from a header is written back there.
        E::write_headers(self.status, self.code.code(), &self.fields, headers);
        if let Some(request_id) = &self.fields.request_id {
            if let Ok(value) = HeaderValue::from_bytes(request_id.as_bytes()) {
                for name in E::WRITTEN_REQUEST_ID_HEADERS {
                    headers.insert(HeaderName::from_static(name), value.clone());
                }
            }
        }
        if let Some(after) = self.retry_after {
            for header in E::WRITTEN_DELAY_HEADERS {
                let (name, text) = match (header, after) {
                    (DelayHeader::RetryAfter, RetryAfter::Delay(delay)) => {
                        (RETRY_AFTER, delay.as_secs().to_string())
                    }
                    (DelayHeader::RetryAfter, RetryAfter::At(at)) => {
                        (RETRY_AFTER, httpdate::fmt_http_date(at))
                    }
                    (DelayHeader::Milliseconds(name), RetryAfter::Delay(delay)) => {
                        (HeaderName::from_static(name), delay.as_millis().to_string())
                    }
                    _ => continue,
                };
                if let Ok(value) = HeaderValue::from_str(&text) {
                    headers.insert(name, value);
                }
            }
        }
        *response.body_mut() = body;
        response
    }
}

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl<C: ProviderCode> axum_core::response::IntoResponse for ProviderError<C> {
    /// [`to_response`](ProviderError::to_response), as an axum handler's answer.
    fn into_response(self) -> axum_core::response::Response {
        self.to_response().map(axum_core::body::Body::from)
    }
}
