//! Microsoft Azure's error bodies, read as azure-sdk-for-go's azcore reads them
//! (`sdk/azcore/internal/exported/response_error.go`, `NewResponseError`): the `x-ms-error-code`
//! header before anything in the body ([`read_headers`](Envelope::read_headers));
//! then JSON, `{"error": {…}}`, else `{"odata.error": {…}}`, else the object itself
//! (`{"code", "message"}` unwrapped), whose `code` counts only as a string; then Storage's XML,
//! `<Error><Code>…</Code><Message>…</Message></Error>`, namespace prefixes allowed
//! (`<m:Error xmlns:m=…>`). The REST guidelines' fields are kept: `target`, nested `details`,
//! `innererror`. A message given as `{"lang", "value"}` (OData) reads as its value.
//!
//! Beyond azcore, deliberately: a UTF-8 byte-order mark before the body is skipped for JSON
//! too (azcore's JSON reader fails on it; its XML pattern does not care), and the message is
//! read (azcore reads none). An OAuth2 body (`{"error": "invalid_client", …}`, Microsoft Entra
//! ID) and an HTML page are not this envelope: the body is kept verbatim. The XML is read by a
//! small scanner of the flat `Error` element, no XML library.

use std::borrow::Cow;

use http::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde_json::{Map, Value};

use super::{json, DelayHeader, Envelope, Fields, Parsed, JSON};

/// Microsoft Azure's envelope (`azure` in catalogs): JSON `{"error": {"code", "message",
/// "target", "details", "innererror"}}` or Storage's XML `<Error>`, the code also in
/// `x-ms-error-code`, the request id in `x-ms-request-id`. Its extras are [`AzureExtras`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Azure;

/// What an Azure error body carries besides code, message and request id.
///
/// ```
/// use cloud_errors::azure_storage;
/// use cloud_errors::envelopes::{AzureExtras, AzureFormat};
///
/// // Storage answers XML; the code header wins over the body, as in azcore.
/// let body = "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code>\
///     <Message>Ingress is over the account limit.</Message></Error>";
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-ms-error-code", http::HeaderValue::from_static("ServerBusy"));
/// headers.insert("x-ms-request-id", http::HeaderValue::from_static("5c1d-01"));
/// headers.insert("retry-after-ms", http::HeaderValue::from_static("1500"));
/// let error = azure_storage::Error::from_parts(503, &headers, body.as_bytes());
/// assert_eq!(error.code(), &azure_storage::Code::ServerBusy);
/// assert_eq!(error.message(), Some("Ingress is over the account limit."));
/// assert_eq!(error.request_id(), Some("5c1d-01"));
/// assert_eq!(error.extras().format, AzureFormat::Xml);
/// assert_eq!(error.retry_after(), Some(std::time::Duration::from_millis(1500)));
///
/// // Written back as Storage writes it.
/// let built = azure_storage::Error::new(azure_storage::Code::ServerBusy)
///     .with_extras(AzureExtras::xml());
/// let response = built.to_response();
/// assert_eq!(response.headers()["x-ms-error-code"], "ServerBusy");
/// assert_eq!(response.headers()["content-type"], "application/xml");
/// assert_eq!(azure_storage::Error::from_response(&response), built);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AzureExtras {
    /// The body's form: JSON (the REST guidelines) or Storage's XML; the writer writes it.
    pub format: AzureFormat,
    /// `target`: what the error is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// `details`: nested errors of the same shape, as sent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Value>,
    /// `innererror`: service-specific, possibly nested, as sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub innererror: Option<Value>,
    /// The XML `Error` element's other children (`AuthenticationErrorDetail`,
    /// `QueryParameterName`, …), name and text, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub xml_elements: Vec<(String, String)>,
}

impl AzureExtras {
    /// Extras that write Storage's XML body.
    pub fn xml() -> AzureExtras {
        AzureExtras {
            format: AzureFormat::Xml,
            ..AzureExtras::default()
        }
    }
}

/// The form of an Azure error body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AzureFormat {
    /// JSON, `{"error": {…}}` (also read: `odata.error`, unwrapped).
    #[default]
    Json,
    /// Storage's XML, `<Error><Code>…</Code><Message>…</Message></Error>`.
    Xml,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The code header.
const ERROR_CODE: HeaderName = HeaderName::from_static("x-ms-error-code");

impl Envelope for Azure {
    const NAME: &'static str = crate::EnvelopeName::Azure.as_str();
    type Extras = AzureExtras;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(HeaderName::from_static("x-ms-request-id"));
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-ms-request-id"];
    // azcore `internal/shared` `RetryAfter`: the millisecond headers first.
    const DELAY_HEADERS: &'static [DelayHeader] = &[
        DelayHeader::Milliseconds("retry-after-ms"),
        DelayHeader::Milliseconds("x-ms-retry-after-ms"),
        DelayHeader::RetryAfter,
    ];

    fn parse(body: &[u8]) -> Option<Parsed<'_, AzureExtras>> {
        let body = body.strip_prefix(BOM).unwrap_or(body);
        let start = body.iter().position(|byte| !byte.is_ascii_whitespace())?;
        match body[start] {
            b'{' => parse_json(body),
            b'<' => parse_xml(core::str::from_utf8(&body[start..]).ok()?),
            _ => None,
        }
    }

    /// `x-ms-error-code` wins over the body's code (azcore reads it first).
    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AzureExtras>) {
        let code = headers
            .get(&ERROR_CODE)
            .and_then(|value| value.to_str().ok())
            .map(str::trim)
            .filter(|code| !code.is_empty());
        if let Some(code) = code {
            parsed.code = Some(Cow::Borrowed(code));
        }
    }

    /// `x-ms-error-code` beside the body's code; a code a header cannot carry as it is (HTTP trims
    /// surrounding white space) stays in the body only.
    fn write_headers(_status: u16, code: &str, _fields: &Fields<AzureExtras>, headers: &mut HeaderMap) {
        if code.is_empty() || code.trim() != code {
            return;
        }
        if let Ok(value) = HeaderValue::from_str(code) {
            headers.insert(ERROR_CODE, value);
        }
    }

    fn write(_status: u16, code: &str, fields: &Fields<AzureExtras>) -> (&'static str, Vec<u8>) {
        let extras = &fields.extras;
        match extras.format {
            AzureFormat::Xml => ("application/xml", write_xml(code, fields).into_bytes()),
            AzureFormat::Json => {
                let mut error = Map::new();
                error.insert("code".to_owned(), code.into());
                if let Some(message) = &fields.message {
                    error.insert("message".to_owned(), message.as_str().into());
                }
                if let Some(target) = &extras.target {
                    error.insert("target".to_owned(), target.as_str().into());
                }
                if !extras.details.is_empty() {
                    error.insert("details".to_owned(), Value::Array(extras.details.clone()));
                }
                if let Some(inner) = &extras.innererror {
                    error.insert("innererror".to_owned(), inner.clone());
                }
                let body = Map::from_iter([("error".to_owned(), Value::Object(error))]);
                (JSON, json(&Value::Object(body)))
            }
        }
    }
}

fn parse_json(body: &[u8]) -> Option<Parsed<'static, AzureExtras>> {
    let Value::Object(mut root) = serde_json::from_slice::<Value>(body).ok()? else {
        return None;
    };
    let mut error = match (root.remove("error"), root.remove("odata.error")) {
        (Some(Value::Object(error)), _) => error,
        // `{"error": "invalid_client", …}`: OAuth2, not this envelope.
        (Some(_), _) => return None,
        (None, Some(Value::Object(error))) => error,
        (None, Some(_)) => return None,
        (None, None) => root,
    };
    let code = match error.remove("code") {
        Some(Value::String(code)) if !code.is_empty() => Some(code),
        _ => None,
    };
    let message = match error.remove("message") {
        Some(Value::String(message)) => Some(message),
        Some(Value::Object(mut localized)) => match localized.remove("value") {
            Some(Value::String(value)) => Some(value),
            _ => None,
        },
        _ => None,
    };
    let extras = AzureExtras {
        format: AzureFormat::Json,
        target: match error.remove("target") {
            Some(Value::String(target)) => Some(target),
            _ => None,
        },
        details: match error.remove("details") {
            Some(Value::Array(details)) => details,
            _ => Vec::new(),
        },
        innererror: error.remove("innererror").filter(|inner| !inner.is_null()),
        xml_elements: Vec::new(),
    };
    Some(parsed(code, message, extras))
}

fn parse_xml(text: &str) -> Option<Parsed<'static, AzureExtras>> {
    let children = xml::error_children(text)?;
    let mut code = None;
    let mut message = None;
    let mut extras = AzureExtras::xml();
    for (name, value) in children {
        match name.as_str() {
            "Code" | "code" if code.is_none() => code = Some(value.trim().to_owned()),
            "Message" | "message" if message.is_none() => message = Some(value),
            _ => extras.xml_elements.push((name, value)),
        }
    }
    let code = code.filter(|code| !code.is_empty());
    Some(parsed(code, message, extras))
}

/// What either form gave: an error shape when it had a code or a message.
fn parsed(
    code: Option<String>,
    message: Option<String>,
    extras: AzureExtras,
) -> Parsed<'static, AzureExtras> {
    Parsed {
        error_shape: code.is_some() || message.is_some(),
        code: code.map(Into::into),
        fields: Fields {
            message,
            extras,
            ..Fields::default()
        },
    }
}

fn write_xml(code: &str, fields: &Fields<AzureExtras>) -> String {
    let mut out = String::from("\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?><Error>");
    let mut element = |name: &str, text: &str| {
        out.push('<');
        out.push_str(name);
        out.push('>');
        xml::escape_into(&mut out, text);
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    };
    element("Code", code);
    if let Some(message) = &fields.message {
        element("Message", message);
    }
    for (name, text) in &fields.extras.xml_elements {
        // A name that cannot be an element name would break the document: left out.
        if xml::is_name(name) {
            element(name, text);
        }
    }
    out.push_str("</Error>");
    out
}

/// The little XML Storage's error bodies need: one `Error` element (any namespace prefix) whose
/// children are text elements.
mod xml {
    /// The children of the root `Error` element, local name and unescaped text, in order. `None`
    /// when the document's root is not `Error`. Malformed content ends the reading with what was
    /// read so far.
    pub(super) fn error_children(text: &str) -> Option<Vec<(String, String)>> {
        let mut rest = skip_prolog(text)?;
        let (name, after, empty) = start_tag(rest)?;
        if local(name) != "Error" {
            return None;
        }
        let mut children = Vec::new();
        if empty {
            return Some(children);
        }
        rest = after;
        loop {
            rest = rest.trim_start();
            if rest.starts_with("</") || rest.is_empty() {
                break;
            }
            if let Some(after_comment) = rest.strip_prefix("<!--") {
                let Some(end) = after_comment.find("-->") else {
                    break;
                };
                rest = &after_comment[end + 3..];
                continue;
            }
            let Some((name, after, empty)) = start_tag(rest) else {
                break;
            };
            if empty {
                children.push((local(name).to_owned(), String::new()));
                rest = after;
                continue;
            }
            // Text up to this element's end tag; a child with children of its own is kept as
            // its raw text.
            let Some(end) = find_end_tag(after, name) else {
                break;
            };
            children.push((local(name).to_owned(), unescape(&after[..end.0])));
            rest = &after[end.1..];
        }
        Some(children)
    }

    /// Skips white space, `<?…?>` and comments before the root element.
    fn skip_prolog(mut text: &str) -> Option<&str> {
        loop {
            text = text.trim_start();
            if let Some(rest) = text.strip_prefix("<?") {
                text = &rest[rest.find("?>")? + 2..];
            } else if let Some(rest) = text.strip_prefix("<!--") {
                text = &rest[rest.find("-->")? + 3..];
            } else {
                return Some(text);
            }
        }
    }

    /// A start tag at the start of `text`: its qualified name, the text after it, and whether it
    /// was empty (`<a/>`).
    fn start_tag(text: &str) -> Option<(&str, &str, bool)> {
        let rest = text.strip_prefix('<')?;
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
        let name = &rest[..name_end];
        if !is_name(local(name)) {
            return None;
        }
        let close = rest.find('>')?;
        let empty = rest[..close].ends_with('/');
        Some((name, &rest[close + 1..], empty))
    }

    /// Where `</name>` starts and ends in `text`.
    fn find_end_tag(text: &str, name: &str) -> Option<(usize, usize)> {
        let tag = format!("</{name}");
        let start = text.find(&tag)?;
        let end = start + tag.len() + text[start + tag.len()..].find('>')? + 1;
        Some((start, end))
    }

    fn local(name: &str) -> &str {
        name.rsplit(':').next().unwrap_or(name)
    }

    /// Whether `name` can be an element name (ASCII letters, digits, `_`, `-`, `.`, not first
    /// a digit): all Storage's are.
    pub(super) fn is_name(name: &str) -> bool {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    }

    /// Text with the five predefined entities and character references replaced; an unknown
    /// entity is kept as written.
    fn unescape(text: &str) -> String {
        if let Some(inner) = text
            .strip_prefix("<![CDATA[")
            .and_then(|inner| inner.strip_suffix("]]>"))
        {
            return inner.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find('&') {
            out.push_str(&rest[..at]);
            let after = &rest[at..];
            match entity(after) {
                Some((c, len)) => {
                    out.push(c);
                    rest = &after[len..];
                }
                None => {
                    out.push('&');
                    rest = &after[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The character an entity at the start of `text` (`&amp;`, `&#10;`, `&#x1F;`) stands for,
    /// and the entity's length.
    fn entity(text: &str) -> Option<(char, usize)> {
        let end = text.find(';').filter(|&end| end <= 12)?;
        let c = match &text[1..end] {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            reference => {
                let number = match reference.strip_prefix("#x") {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => reference.strip_prefix('#')?.parse().ok()?,
                };
                char::from_u32(number)?
            }
        };
        Some((c, end + 1))
    }

    pub(super) fn escape_into(out: &mut String, text: &str) {
        for c in text.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '\r' => out.push_str("&#13;"),
                _ => out.push(c),
            }
        }
    }
}
