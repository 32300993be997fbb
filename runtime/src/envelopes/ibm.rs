//! IBM Cloud's error body: `{"errors": [{"code", "message", "more_info", "target": {"name",
//! "type", "value"}}], "trace", "status_code"}`. Every entry is kept; the first one with a code
//! gives the error's code and message.

use http::HeaderName;
use serde::Serialize;

use super::{json, Envelope, Fields, Parsed, JSON};

/// IBM Cloud's envelope (`ibm` in catalogs): JSON `{"errors": [{"code", "message", "more_info",
/// "target"}], "trace", "status_code"}`. Its extras are the `errors` array, every entry kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ibm;

/// What an IBM error body carries besides the first entry's code and message: every entry of its
/// `errors` array, in order.
///
/// ```
/// use cloud_errors::envelopes::IbmExtras;
/// use cloud_errors::ibm_vpc_metadata;
///
/// // Writing: a link to documentation about the error, in the first entry's `more_info`.
/// let error = ibm_vpc_metadata::Error::new(ibm_vpc_metadata::Code::from_code("invalid_value"))
///     .with_extras(IbmExtras::default().with_more_info("https://cloud.ibm.com/docs/vpc"));
/// assert_eq!(error.extras().errors[0].more_info.as_deref(), Some("https://cloud.ibm.com/docs/vpc"));
/// assert_eq!(ibm_vpc_metadata::Error::from_response(&error.to_response()), error);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IbmExtras {
    /// Every entry of the body's `errors` array, in order.
    pub errors: Vec<IbmError>,
}

impl IbmExtras {
    /// `more_info`, a link to documentation about the error, in the first entry (added when
    /// there is none). An error's entry is written from its code and message: of what is set
    /// here, only the link is kept.
    pub fn with_more_info(mut self, url: impl Into<String>) -> Self {
        if self.errors.is_empty() {
            self.errors.push(IbmError::default());
        }
        self.errors[0].more_info = Some(url.into());
        self
    }
}

impl Envelope for Ibm {
    const NAME: &'static str = crate::EnvelopeName::Ibm.as_str();
    type Extras = IbmExtras;
    // IBM's troubleshooting pages ask for `X-Request-Id` where the body has no `trace`.
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(HeaderName::from_static("x-request-id"));
    // Besides the body's `trace`: go-sdk-core reads `X-Request-Id`, the Python core
    // `X-Global-Transaction-ID` (conformance/README.md).
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-request-id", "x-global-transaction-id"];

    fn parse(body: &[u8]) -> Option<Parsed<'_, IbmExtras>> {
        parser::parse(body)
    }

    /// The body states the status, and its one entry repeats code and message.
    fn normalize(status: u16, code: &str, fields: &mut Fields<IbmExtras>) {
        let more_info = fields
            .extras
            .errors
            .first_mut()
            .and_then(|first| first.more_info.take());
        fields.reported_status = Some(i64::from(status));
        fields.extras.errors = vec![IbmError {
            code: code.to_owned(),
            message: fields.message.clone(),
            more_info,
            target: None,
        }];
    }

    fn write(status: u16, code: &str, fields: &Fields<IbmExtras>) -> (&'static str, Vec<u8>) {
        let single;
        let errors = match fields.extras.errors.as_slice() {
            [] => {
                single = [IbmError {
                    code: code.to_owned(),
                    message: fields.message.clone(),
                    more_info: None,
                    target: None,
                }];
                &single[..]
            }
            errors => errors,
        };
        let body = IbmBody {
            errors: errors.iter().map(IbmEntry::from).collect(),
            trace: fields.request_id.as_deref(),
            status_code: fields.reported_status.unwrap_or(i64::from(status)),
        };
        (JSON, json(&body))
    }
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

/// One entry of an IBM error body's `errors` array.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IbmError {
    /// The error code as sent (`invalid_value`); empty if the entry had none.
    pub code: String,
    /// What went wrong.
    pub message: Option<String>,
    /// A link to documentation about this error.
    pub more_info: Option<String>,
    /// The field, query parameter or header at fault, where the service names one.
    pub target: Option<IbmTarget>,
}

/// The input an [`IbmError`] is about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IbmTarget {
    /// The name of the field, query parameter or header.
    pub name: Option<String>,
    /// What kind of input it is (`field`, `parameter`, `header`); `type` on the wire.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The offending value. The pages show strings; any other JSON value is kept as its JSON
    /// text rather than failing the whole body.
    pub value: Option<String>,
}

mod parser {
    use std::borrow::Cow;

    use serde::Deserialize;

    use super::{IbmError, IbmExtras, IbmTarget};
    use crate::envelopes::{Fields, Parsed, Text};

    #[derive(Deserialize)]
    struct Body<'a> {
        #[serde(borrow, default)]
        errors: Vec<Entry<'a>>,
        #[serde(default)]
        trace: Option<String>,
        #[serde(default)]
        status_code: Option<i64>,
    }

    #[derive(Deserialize)]
    struct Entry<'a> {
        #[serde(borrow, default)]
        code: Option<Text<'a>>,
        #[serde(default)]
        message: Option<String>,
        #[serde(default)]
        more_info: Option<String>,
        #[serde(default)]
        target: Option<Target>,
    }

    #[derive(Deserialize)]
    struct Target {
        #[serde(default)]
        name: Option<String>,
        #[serde(rename = "type", default)]
        kind: Option<String>,
        #[serde(default)]
        value: Option<serde_json::Value>,
    }

    /// `None` unless `body` is a JSON object whose fields have the documented types.
    pub(super) fn parse(body: &[u8]) -> Option<Parsed<'_, IbmExtras>> {
        let Body {
            errors,
            trace,
            status_code,
        } = serde_json::from_slice(body).ok()?;
        let mut code: Option<Cow<'_, str>> = None;
        let mut message = None;
        let errors = errors
            .into_iter()
            .map(|entry| {
                let entry_code = Text::non_empty(entry.code);
                if code.is_none() && entry_code.is_some() {
                    code.clone_from(&entry_code);
                    message.clone_from(&entry.message);
                }
                IbmError {
                    code: entry_code.map(Cow::into_owned).unwrap_or_default(),
                    message: entry.message,
                    more_info: entry.more_info,
                    target: entry.target.map(|target| IbmTarget {
                        name: target.name,
                        kind: target.kind,
                        value: target.value.map(|value| match value {
                            serde_json::Value::String(text) => text,
                            other => other.to_string(),
                        }),
                    }),
                }
            })
            .collect();
        Some(Parsed {
            error_shape: true,
            code,
            fields: Fields {
                message,
                request_id: trace,
                reported_status: status_code,
                extras: IbmExtras { errors },
            },
        })
    }
}
