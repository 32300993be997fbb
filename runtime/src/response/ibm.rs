//! IBM Cloud's error body: `{"errors": [{"code", "message", "more_info", "target": {"name",
//! "type", "value"}}], "trace", "status_code"}`. Every entry is kept; the first one with a code
//! gives the error's code and message.

/// One entry of an IBM error body's `errors` array.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct IbmTarget {
    /// The name of the field, query parameter or header.
    pub name: Option<String>,
    /// What kind of input it is (`field`, `parameter`, `header`); `type` on the wire.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: Option<String>,
    /// The offending value. The pages show strings; any other JSON value is kept as its JSON
    /// text rather than failing the whole body.
    pub value: Option<String>,
}

/// The parser, compiled with the `envelope-ibm` feature only.
#[cfg(feature = "envelope-ibm")]
pub(crate) mod parser {
    use std::borrow::Cow;

    use serde::Deserialize;

    use super::{IbmError, IbmTarget};
    use crate::response::{Details, Parsed, Text};

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
    pub(crate) fn parse(body: &[u8]) -> Option<Parsed<'_>> {
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
            message,
            request_id: trace,
            reported_status: status_code,
            details: Details::Ibm { errors },
        })
    }
}
