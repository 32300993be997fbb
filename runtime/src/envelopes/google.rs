//! Google Cloud's HTTP/JSON error body (AIP-193): `{"error": {"code": <HTTP status>, "message",
//! "status": "<google.rpc.Code name>", "details": [{"@type": "type.googleapis.com/google.rpc.…",
//! …}]}}`, and the older form BigQuery and Cloud Storage still send, `{"error": {"code",
//! "message", "errors": [{"domain", "reason", "message", …}]}}`. Field names follow proto3 JSON
//! (`google/rpc/error_details.proto` at googleapis f8291d2b: `retryDelay`, `fieldViolations`, …).
//!
//! The error's code: the `ErrorInfo` reason when its domain is `googleapis.com` (or under
//! `googleapis.com/`), else `status`, else the first legacy `errors[].reason`, else a gRPC
//! number (1..=16) in `code` as its canonical name. A reason of another domain is a service's
//! own (reasons are unique only within a domain): it stays in the extras.
//!
//! Google sends no documented request-id header: the request id is `RequestInfo.requestId`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{json, Envelope, Fields, Parsed, JSON};
use crate::Category;

/// Google Cloud's envelope (`google` in catalogs): AIP-193 JSON with typed details, or the
/// legacy `errors[]` form. Its extras are [`GoogleExtras`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Google;

/// What a Google error body carries besides code, message and request id.
///
/// ```
/// use std::time::Duration;
///
/// use cloud_errors::google;
///
/// let body = br#"{"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED",
///   "details": [
///     {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED",
///      "domain": "googleapis.com", "metadata": {"service": "pubsub.googleapis.com"}},
///     {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2.500s"},
///     {"@type": "type.googleapis.com/google.rpc.RequestInfo", "requestId": "r-17"}]}}"#;
/// let error = google::Error::from_parts(429, &http::HeaderMap::new(), body);
/// assert_eq!(error.code(), &google::Code::RateLimitExceeded);
/// assert_eq!(error.extras().status.as_deref(), Some("RESOURCE_EXHAUSTED"));
/// assert_eq!(error.extras().error_info.as_ref().unwrap().metadata["service"], "pubsub.googleapis.com");
/// assert_eq!(error.request_id(), Some("r-17"));
/// // RetryInfo is the wait `decide` uses when no Retry-After header is sent (our addition).
/// assert_eq!(error.retry_after(), Some(Duration::from_millis(2500)));
/// assert_eq!(google::Error::from_response(&error.to_response()), error);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct GoogleExtras {
    /// The canonical code as the body names it (`"UNAVAILABLE"`), kept verbatim.
    #[serde(rename = "rpc_status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The first `ErrorInfo` detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_info: Option<ErrorInfo>,
    /// `RetryInfo.retryDelay`: how long the server asks the client to wait.
    #[serde(
        rename = "retry_delay_secs",
        serialize_with = "secs",
        skip_serializing_if = "Option::is_none"
    )]
    pub retry_delay: Option<Duration>,
    /// The violations of every `QuotaFailure` detail.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quota_violations: Vec<QuotaViolation>,
    /// The field violations of every `BadRequest` detail.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub field_violations: Vec<FieldViolation>,
    /// `RequestInfo.servingData` (its `requestId` is the error's request id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serving_data: Option<String>,
    /// Every other detail, as sent (`PreconditionFailure`, `Help`, `LocalizedMessage`, a second
    /// `ErrorInfo`, types this crate does not know).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_details: Vec<Value>,
    /// The legacy `errors` array, every entry as sent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Value>,
}

/// `google.rpc.ErrorInfo`: why the error happened, in a domain, with metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// The reason (`SERVICE_DISABLED`), unique within its domain.
    pub reason: String,
    /// The domain (`googleapis.com`, or a service's own such as `storage.googleapis.com`).
    pub domain: String,
    /// The metadata (`consumer`, `service`, `quota_metric`, …).
    pub metadata: BTreeMap<String, String>,
}

impl ErrorInfo {
    /// An `ErrorInfo` with this reason and domain and no metadata.
    pub fn new(reason: impl Into<String>, domain: impl Into<String>) -> ErrorInfo {
        ErrorInfo {
            reason: reason.into(),
            domain: domain.into(),
            metadata: BTreeMap::new(),
        }
    }

    /// Adds a metadata entry.
    pub fn with_metadata(mut self, key: impl Into<String>, value: impl Into<String>) -> ErrorInfo {
        self.metadata.insert(key.into(), value.into());
        self
    }

    /// Whether the reason is one of `google.api.ErrorReason` (the `googleapis.com` domain and
    /// its `googleapis.com/policies/…` subdomains), which a catalog code names.
    pub fn is_googleapis(&self) -> bool {
        self.domain == GOOGLEAPIS || self.domain.starts_with("googleapis.com/")
    }
}

/// One violation of a `google.rpc.QuotaFailure`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuotaViolation {
    /// What the quota is about (`project:123`).
    pub subject: String,
    /// What was exceeded.
    pub description: String,
    /// The API service of the quota.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub api_service: String,
    /// The quota metric.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub quota_metric: String,
    /// The quota's id.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub quota_id: String,
    /// The quota's dimensions.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub quota_dimensions: BTreeMap<String, String>,
    /// The quota's value (an int64, a JSON string in proto3 JSON).
    #[serde(skip_serializing_if = "Option::is_none", with = "int64")]
    pub quota_value: Option<i64>,
    /// The value the quota is changing to.
    #[serde(skip_serializing_if = "Option::is_none", with = "int64")]
    pub future_quota_value: Option<i64>,
}

/// One field violation of a `google.rpc.BadRequest`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FieldViolation {
    /// The path to the field (`instance.name`).
    pub field: String,
    /// What is wrong with it.
    pub description: String,
    /// A reason in the style of `ErrorInfo.reason`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// A `LocalizedMessage` (`{"locale", "message"}`), as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localized_message: Option<Value>,
}

impl FieldViolation {
    /// A violation of `field`.
    pub fn new(field: impl Into<String>, description: impl Into<String>) -> FieldViolation {
        FieldViolation {
            field: field.into(),
            description: description.into(),
            ..FieldViolation::default()
        }
    }
}

/// proto3 JSON writes an int64 as a string; read a number too.
mod int64 {
    use serde::{Deserialize, Deserializer, Serializer};
    use serde_json::Value;

    pub(super) fn serialize<S: Serializer>(value: &Option<i64>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.serialize_str(&value.to_string()),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
        Ok(match Value::deserialize(deserializer)? {
            Value::String(text) => text.parse().ok(),
            Value::Number(number) => number.as_i64(),
            _ => None,
        })
    }
}

fn secs<S: serde::Serializer>(delay: &Option<Duration>, serializer: S) -> Result<S::Ok, S::Error> {
    match delay {
        Some(delay) => serializer.serialize_f64(delay.as_secs_f64()),
        None => serializer.serialize_none(),
    }
}

const GOOGLEAPIS: &str = "googleapis.com";
const TYPE_PREFIX: &str = "type.googleapis.com/google.rpc.";

/// The 16 non-OK names of `google.rpc.Code`, by number (`google/rpc/code.proto`).
const CANONICAL: [&str; 16] = [
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

impl Envelope for Google {
    const NAME: &'static str = crate::EnvelopeName::Google.as_str();
    type Extras = GoogleExtras;

    fn parse(body: &[u8]) -> Option<Parsed<'_, GoogleExtras>> {
        parse(body)
    }

    /// `RetryInfo.retryDelay`. gax reads it but its retry loop never waits it; waiting it is
    /// this crate's addition (the server's own word on when to retry).
    fn body_delay(extras: &GoogleExtras) -> Option<Duration> {
        extras.retry_delay
    }

    /// The body states the status in `code`; the code is written where a reader finds it: a
    /// canonical name in `status`, a reason in a `googleapis.com` `ErrorInfo` (with `status`
    /// from the HTTP status where none is set), or, in the legacy form (`errors` given, no
    /// `status`, no `ErrorInfo`), in the first entry's `reason`.
    fn normalize(status: u16, code: &str, fields: &mut Fields<GoogleExtras>) {
        fields.reported_status = Some(i64::from(status));
        let extras = &mut fields.extras;
        if code.is_empty() {
            return;
        }
        if CANONICAL.contains(&code) {
            extras.status = Some(code.to_owned());
            if extras.error_info.as_ref().is_some_and(ErrorInfo::is_googleapis) {
                extras.error_info = None;
            }
            return;
        }
        let legacy = extras.status.is_none() && extras.error_info.is_none() && !extras.errors.is_empty();
        if legacy {
            if let Some(Value::Object(first)) = extras.errors.first_mut() {
                first.insert("reason".to_owned(), Value::String(code.to_owned()));
            } else {
                extras.errors.insert(
                    0,
                    Value::Object(Map::from_iter([("reason".to_owned(), code.into())])),
                );
            }
            return;
        }
        let info = extras.error_info.get_or_insert_with(ErrorInfo::default);
        info.reason = code.to_owned();
        if !info.is_googleapis() {
            info.domain = GOOGLEAPIS.to_owned();
        }
        if extras.status.is_none() {
            extras.status = Some(Category::from_http_status(status).as_str().to_ascii_uppercase());
        }
    }

    fn write(status: u16, _code: &str, fields: &Fields<GoogleExtras>) -> (&'static str, Vec<u8>) {
        let extras = &fields.extras;
        let mut error = Map::new();
        error.insert("code".to_owned(), status.into());
        if let Some(message) = &fields.message {
            error.insert("message".to_owned(), message.as_str().into());
        }
        if !extras.errors.is_empty() {
            error.insert("errors".to_owned(), Value::Array(extras.errors.clone()));
        }
        if let Some(name) = &extras.status {
            error.insert("status".to_owned(), name.as_str().into());
        }
        let details = write_details(fields);
        if !details.is_empty() {
            error.insert("details".to_owned(), Value::Array(details));
        }
        (
            JSON,
            json(&Value::Object(Map::from_iter([(
                "error".to_owned(),
                Value::Object(error),
            )]))),
        )
    }
}

fn typed(name: &str, fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    let mut detail = Map::new();
    detail.insert("@type".to_owned(), format!("{TYPE_PREFIX}{name}").into());
    detail.extend(fields.into_iter().map(|(key, value)| (key.to_owned(), value)));
    Value::Object(detail)
}

fn write_details(fields: &Fields<GoogleExtras>) -> Vec<Value> {
    let extras = &fields.extras;
    let mut details = Vec::new();
    if let Some(info) = &extras.error_info {
        details.push(typed(
            "ErrorInfo",
            [
                ("reason", info.reason.as_str().into()),
                ("domain", info.domain.as_str().into()),
                ("metadata", value(&info.metadata)),
            ],
        ));
    }
    if let Some(delay) = extras.retry_delay {
        details.push(typed("RetryInfo", [("retryDelay", write_duration(delay).into())]));
    }
    if !extras.quota_violations.is_empty() {
        details.push(typed(
            "QuotaFailure",
            [("violations", value(&extras.quota_violations))],
        ));
    }
    if !extras.field_violations.is_empty() {
        details.push(typed(
            "BadRequest",
            [("fieldViolations", value(&extras.field_violations))],
        ));
    }
    if fields.request_id.is_some() || extras.serving_data.is_some() {
        let mut info = Vec::new();
        if let Some(id) = &fields.request_id {
            info.push(("requestId", Value::from(id.as_str())));
        }
        if let Some(data) = &extras.serving_data {
            info.push(("servingData", Value::from(data.as_str())));
        }
        details.push(typed("RequestInfo", info));
    }
    details.extend(extras.other_details.iter().cloned());
    details
}

/// A value as JSON. Serializing strings, numbers and maps of strings cannot fail; `null` if it
/// ever did, rather than a panic.
fn value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn parse(body: &[u8]) -> Option<Parsed<'_, GoogleExtras>> {
    let Value::Object(mut root) = serde_json::from_slice::<Value>(body).ok()? else {
        return None;
    };
    // `{"error": "invalid_token"}` (OAuth2) and `{"error": 1234}` are not this envelope.
    let Some(Value::Object(mut error)) = root.remove("error") else {
        return None;
    };
    let mut extras = GoogleExtras::default();
    let mut request_id = None;
    let message = match error.remove("message") {
        Some(Value::String(message)) => Some(message),
        _ => None,
    };
    let number = error.get("code").and_then(Value::as_i64);
    extras.status = match error.remove("status") {
        Some(Value::String(name)) if !name.is_empty() => Some(name),
        _ => None,
    };
    if let Some(Value::Array(errors)) = error.remove("errors") {
        extras.errors = errors;
    }
    if let Some(Value::Array(details)) = error.remove("details") {
        for detail in details {
            read_detail(detail, &mut extras, &mut request_id);
        }
    }
    let legacy_reason = extras
        .errors
        .iter()
        .find_map(|entry| entry.get("reason")?.as_str());
    let grpc_name = number
        .filter(|number| (1..=16).contains(number))
        .and_then(|number| CANONICAL.get(usize::try_from(number - 1).ok()?).copied());
    let code = extras
        .error_info
        .as_ref()
        .filter(|info| info.is_googleapis() && !info.reason.is_empty())
        .map(|info| info.reason.as_str())
        .or(extras.status.as_deref())
        .or(legacy_reason)
        .or(grpc_name)
        .map(str::to_owned);
    Some(Parsed {
        error_shape: true,
        code: code.map(Into::into),
        fields: Fields {
            message,
            request_id,
            reported_status: number.filter(|number| (100..=599).contains(number)),
            extras,
        },
    })
}

/// Files one detail where it belongs; a detail of a known type whose fields do not fit the type
/// is kept as sent.
fn read_detail(detail: Value, extras: &mut GoogleExtras, request_id: &mut Option<String>) {
    let name = detail
        .get("@type")
        .and_then(Value::as_str)
        .and_then(|kind| kind.strip_prefix(TYPE_PREFIX))
        .unwrap_or_default();
    let kept = match name {
        "ErrorInfo" if extras.error_info.is_none() => serde_json::from_value(detail.clone())
            .map(|info| extras.error_info = Some(info))
            .is_ok(),
        "RetryInfo" if extras.retry_delay.is_none() => detail
            .get("retryDelay")
            .and_then(Value::as_str)
            .and_then(read_duration)
            .map(|delay| extras.retry_delay = Some(delay))
            .is_some(),
        "QuotaFailure" => detail
            .get("violations")
            .cloned()
            .and_then(|violations| serde_json::from_value::<Vec<QuotaViolation>>(violations).ok())
            .map(|violations| extras.quota_violations.extend(violations))
            .is_some(),
        "BadRequest" => detail
            .get("fieldViolations")
            .cloned()
            .and_then(|violations| serde_json::from_value::<Vec<FieldViolation>>(violations).ok())
            .map(|violations| extras.field_violations.extend(violations))
            .is_some(),
        "RequestInfo" if request_id.is_none() && extras.serving_data.is_none() => {
            let text = |key| detail.get(key).and_then(Value::as_str).map(str::to_owned);
            *request_id = text("requestId");
            extras.serving_data = text("servingData");
            true
        }
        _ => false,
    };
    if !kept {
        extras.other_details.push(detail);
    }
}

/// A proto3 JSON `Duration`: seconds with up to nine fractional digits and an `s` (`"1s"`,
/// `"10.000000010s"`). `None` for a negative or malformed one.
pub(crate) fn read_duration(text: &str) -> Option<Duration> {
    let number = text.strip_suffix('s')?;
    let (whole, fraction) = match number.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (number, ""),
    };
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 9 {
        return None;
    }
    let seconds = whole.parse().ok()?;
    let nanos = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<9}").parse().ok()?
    };
    Some(Duration::new(seconds, nanos))
}

/// A `Duration` as proto3 JSON writes it: 0, 3, 6 or 9 fractional digits.
pub(crate) fn write_duration(delay: Duration) -> String {
    let nanos = delay.subsec_nanos();
    let fraction = match nanos {
        0 => String::new(),
        _ if nanos % 1_000_000 == 0 => format!(".{:03}", nanos / 1_000_000),
        _ if nanos % 1_000 == 0 => format!(".{:06}", nanos / 1_000),
        _ => format!(".{nanos:09}"),
    };
    format!("{}{fraction}s", delay.as_secs())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{read_duration, write_duration};

    #[test]
    fn durations_read_and_write_as_proto3_json() {
        for (text, delay) in [
            ("1s", Duration::from_secs(1)),
            ("0s", Duration::ZERO),
            ("1.500s", Duration::from_millis(1500)),
            ("10.000000010s", Duration::new(10, 10)),
            ("0.000001s", Duration::from_micros(1)),
        ] {
            assert_eq!(read_duration(text), Some(delay), "{text}");
            assert_eq!(write_duration(delay), text);
        }
        assert_eq!(read_duration("1.5s"), Some(Duration::from_millis(1500)));
        for bad in [
            "",
            "s",
            "1",
            "-1s",
            "1.s",
            "1.s5",
            "1.0000000001s",
            "1e3s",
            " 1s",
            "1.5 s",
        ] {
            assert_eq!(read_duration(bad), None, "{bad}");
        }
    }
}
