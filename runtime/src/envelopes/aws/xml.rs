//! AWS's XML protocols: restXml, awsQuery and ec2Query. One reader serves the three, as
//! botocore's `parsers.py` reads them (`RestXMLParser._parse_error_from_body`,
//! `QueryParser._do_error_parse`, `EC2QueryParser._do_error_parse`): the error element is the root
//! when it is `<Error>` (S3), else the root's `<Error>` child (`<ErrorResponse>`), else the first
//! `<Error>` of the root's `<Errors>` (ec2Query's `<Response>`); from it `Code`, `Message` and
//! `Type`; the request id from the root's `RequestId` or `RequestID` (or S3's `<Error>`'s own),
//! else the headers. Namespace prefixes are ignored, as botocore strips them.
//!
//! The reader is quick-xml's pull reader over the body: no tree, text borrowed from the body
//! where it has no references, and no entity but XML's five and character references — a
//! document type's own entities are never expanded: a body that uses one is not understood (its
//! raw body is kept). Nesting costs a counter; what is kept is at most the body's own text.

use std::borrow::Cow;

use http::{HeaderMap, HeaderName};
use quick_xml::events::Event;
use quick_xml::Reader;

use super::{from_headers, normalize, write_headers, AwsExtras, CodeHeaders, Fault};
use crate::envelopes::{DelayHeader, Envelope, Fields, Parsed};

/// AWS's restXml envelope (`aws_rest_xml` in catalogs): S3's `<Error><Code><Message><RequestId>
/// <HostId></Error>`, or `<ErrorResponse><Error><Type><Code><Message></Error><RequestId>
/// </ErrorResponse>` (CloudFront, Route 53). The request id also in `x-amz-request-id`, the host
/// id in `x-amz-id-2`.
///
/// S3 answers some errors with HTTP 200 (CompleteMultipartUpload, CopyObject, UploadPartCopy; the
/// SDKs look for them in every response of an operation whose answer is not a stream): a success
/// body whose root is `<Error>` is an error ([`ProviderError::from_body`], and the glue that
/// reads success bodies).
///
/// Written as S3's `<Error>`, or as `<ErrorResponse>` when the error has a
/// [`fault`](AwsExtras::fault).
///
/// ```
/// use cloud_errors::envelopes::AwsRestXml;
/// use cloud_errors::Envelope;
///
/// let body = br#"<?xml version="1.0" encoding="UTF-8"?>
/// <Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>
/// <RequestId>4442587FB7D0A2F9</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>"#;
/// let parsed = AwsRestXml::parse(body).unwrap();
/// assert!(parsed.error_shape);
/// assert_eq!(parsed.code.as_deref(), Some("SlowDown"));
/// assert_eq!(parsed.fields.request_id.as_deref(), Some("4442587FB7D0A2F9"));
/// assert!(parsed.fields.extras.host_id.is_some());
/// ```
///
/// [`ProviderError::from_body`]: crate::ProviderError::from_body
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsRestXml;

/// AWS's awsQuery envelope (`aws_query` in catalogs): `<ErrorResponse><Error><Type><Code><Message>
/// </Error><RequestId></ErrorResponse>` (IAM, STS, SNS, …). The code is the query error code,
/// which may differ from the model's shape name. Written with a `<Type>` always: the error's
/// [`fault`](AwsExtras::fault), else `Sender` below 500 and `Receiver` from 500 on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsQuery;

/// AWS's ec2Query envelope (`aws_ec2` in catalogs): `<Response><Errors><Error><Code><Message>
/// </Error></Errors><RequestID></Response>` (EC2), the first `<Error>` read. No fault.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsEc2;

impl Envelope for AwsRestXml {
    const NAME: &'static str = crate::EnvelopeName::AwsRestXml.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::S3_REQUEST_ID);
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-amz-request-id"];
    const SOME_ERRORS_IN_SUCCESS_BODIES: bool = true;

    /// `error_shape` only for a root `<Error>`: what S3's answers under HTTP 200 look like.
    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        scan(body).map(|found| {
            let shape = found.root_is_error;
            found.into_parsed(shape)
        })
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        read_headers(headers, parsed);
    }

    fn normalize(_status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        let s3 = fields.extras.fault.is_none();
        normalize(code, fields, s3, Fault::InBody);
        xml_text(fields);
    }

    fn write(_status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        match &fields.extras.fault {
            None => (XML, write_s3(code, fields)),
            Some(fault) => (XML, write_wrapped(code, fault, fields)),
        }
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        write_headers(code, fields, headers, false);
    }
}

impl super::super::InBodyErrors for AwsRestXml {}

impl Envelope for AwsQuery {
    const NAME: &'static str = crate::EnvelopeName::AwsQuery.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::REQUEST_ID);

    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        scan(body).map(|found| {
            let shape = found.error_found;
            found.into_parsed(shape)
        })
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        read_headers(headers, parsed);
    }

    /// The `<Type>` is always written: from the status when the error has none.
    fn normalize(status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        normalize(code, fields, false, Fault::InBody);
        if fields.extras.fault.is_none() {
            let fault = if status < 500 { "Sender" } else { "Receiver" };
            fields.extras.fault = Some(fault.to_owned());
        }
        xml_text(fields);
    }

    fn write(status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        let fault = match fields.extras.fault.as_deref() {
            Some(fault) => fault,
            None if status < 500 => "Sender",
            None => "Receiver",
        };
        (TEXT_XML, write_wrapped(code, fault, fields))
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        write_headers(code, fields, headers, false);
    }
}

impl Envelope for AwsEc2 {
    const NAME: &'static str = crate::EnvelopeName::AwsEc2.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::REQUEST_ID);

    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        scan(body).map(|found| {
            let shape = found.error_found;
            found.into_parsed(shape)
        })
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        read_headers(headers, parsed);
    }

    fn normalize(_status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        normalize(code, fields, false, Fault::None);
        xml_text(fields);
    }

    fn write(_status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        let mut out = String::with_capacity(160);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>");
        element(&mut out, "Code", Some(code));
        element(&mut out, "Message", fields.message.as_deref());
        out.push_str("</Error></Errors>");
        element(&mut out, "RequestID", fields.request_id.as_deref());
        out.push_str("</Response>");
        (TEXT_XML, out.into_bytes())
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        write_headers(code, fields, headers, false);
    }
}

/// S3's content type.
const XML: &str = "application/xml";
/// The query protocols' content type.
const TEXT_XML: &str = "text/xml";

/// After the body, the headers for what it lacks. A body that is not XML still gives the headers'
/// ids (and no code: its raw body is kept).
fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
    from_headers(headers, parsed, CodeHeaders::None);
}

/// S3's bare `<Error>`.
fn write_s3(code: &str, fields: &Fields<AwsExtras>) -> Vec<u8> {
    let mut out = String::with_capacity(160);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
    element(&mut out, "Code", Some(code));
    element(&mut out, "Message", fields.message.as_deref());
    element(&mut out, "RequestId", fields.request_id.as_deref());
    element(&mut out, "HostId", fields.extras.host_id.as_deref());
    out.push_str("</Error>");
    out.into_bytes()
}

/// `<ErrorResponse>` of awsQuery and of restXml services other than S3.
fn write_wrapped(code: &str, fault: &str, fields: &Fields<AwsExtras>) -> Vec<u8> {
    let mut out = String::with_capacity(160);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error>");
    element(&mut out, "Type", Some(fault));
    element(&mut out, "Code", Some(code));
    element(&mut out, "Message", fields.message.as_deref());
    out.push_str("</Error>");
    element(&mut out, "RequestId", fields.request_id.as_deref());
    out.push_str("</ErrorResponse>");
    out.into_bytes()
}

/// `<name>text</name>`, nothing for `None`.
fn element(out: &mut String, name: &str, text: Option<&str>) {
    if let Some(text) = text {
        out.push('<');
        out.push_str(name);
        out.push('>');
        escape(out, text);
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }
}

/// Text as XML 1.0 content that reads back as itself: markup characters escaped, a carriage
/// return as a reference (a raw one would be read as a line feed), and a character XML 1.0 cannot
/// carry at all as U+FFFD.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => out.push(char::REPLACEMENT_CHARACTER),
        }
    }
}

/// Whether XML 1.0 can carry `c` (its `Char` production).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// What the writer makes of texts: a character XML cannot carry becomes U+FFFD.
fn xml_text(fields: &mut Fields<AwsExtras>) {
    let clean = |text: &mut Option<String>| {
        if let Some(text) = text {
            if !text.chars().all(xml_char) {
                *text = text
                    .chars()
                    .map(|c| {
                        if xml_char(c) {
                            c
                        } else {
                            char::REPLACEMENT_CHARACTER
                        }
                    })
                    .collect();
            }
        }
    };
    clean(&mut fields.message);
    clean(&mut fields.request_id);
    clean(&mut fields.extras.host_id);
    clean(&mut fields.extras.fault);
}

/// What one pass over an XML body found.
#[derive(Default)]
struct Found<'a> {
    /// The root element is `<Error>` (S3).
    root_is_error: bool,
    /// An error element was found (the root `<Error>`, or one below the root).
    error_found: bool,
    code: Option<Cow<'a, str>>,
    message: Option<Cow<'a, str>>,
    fault: Option<Cow<'a, str>>,
    request_id: Option<Cow<'a, str>>,
    host_id: Option<Cow<'a, str>>,
}

impl<'a> Found<'a> {
    fn into_parsed(self, error_shape: bool) -> Parsed<'a, AwsExtras> {
        Parsed {
            error_shape,
            code: self.code.filter(|code| !code.is_empty()),
            fields: Fields {
                message: self.message.map(Cow::into_owned),
                request_id: self.request_id.map(Cow::into_owned),
                reported_status: None,
                extras: AwsExtras {
                    host_id: self.host_id.map(Cow::into_owned),
                    fault: self.fault.map(Cow::into_owned),
                },
            },
        }
    }
}

/// What an open element is, for the elements whose children matter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The root, when it is not `<Error>`.
    Root,
    /// The error element: its `Code`, `Message`, `Type` (and, for S3's root `<Error>`,
    /// `RequestId` and `HostId`) are read.
    Error { root: bool },
    /// The root's `<Errors>` (ec2Query).
    Errors,
    /// An element whose text is read into a field.
    Field(Field),
    /// Anything else: its content is skipped.
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Code,
    Message,
    Fault,
    RequestId,
    HostId,
}

/// The roles of the open elements down to the deepest one that matters: below a field or an
/// ignored element only the depth is counted.
const TRACKED: usize = 4;

/// One pass over `body`: `None` when it is not well-formed XML with a root element, or uses an
/// entity other than XML's own.
fn scan(body: &[u8]) -> Option<Found<'_>> {
    let mut reader = Reader::from_reader(body);
    let mut found = Found::default();
    let mut roles = [Role::Other; TRACKED];
    let mut depth = 0usize;
    let mut root_seen = false;
    // The text of the field being read: at `depth`, directly inside that element.
    let mut text: Option<Cow<'_, str>> = None;
    loop {
        match reader.read_event().ok()? {
            Event::Start(start) => {
                let role = child_role(&roles, depth, &mut found, root_seen, start.local_name().as_ref());
                root_seen = true;
                if depth < TRACKED {
                    roles[depth] = role;
                }
                depth += 1;
                if matches!(role, Role::Field(_)) {
                    text = Some(Cow::Borrowed(""));
                }
            }
            Event::Empty(start) => {
                let role = child_role(&roles, depth, &mut found, root_seen, start.local_name().as_ref());
                root_seen = true;
                if let Role::Field(field) = role {
                    found.set(field, Cow::Borrowed(""));
                }
            }
            Event::End(_) => {
                depth = depth.checked_sub(1)?;
                if let Some(Role::Field(field)) = roles.get(depth) {
                    found.set(*field, text.take().unwrap_or_default());
                }
                if depth < TRACKED {
                    roles[depth] = Role::Other;
                }
            }
            Event::Text(part) if in_field(&roles, depth) => {
                append(&mut text, part.xml10_content().ok()?);
            }
            Event::CData(part) if in_field(&roles, depth) => {
                append(&mut text, part.xml10_content().ok()?);
            }
            Event::GeneralRef(reference) => {
                let c = match reference.resolve_char_ref().ok()? {
                    Some(c) => c,
                    None => match reference.as_ref() {
                        b"lt" => '<',
                        b"gt" => '>',
                        b"amp" => '&',
                        b"apos" => '\'',
                        b"quot" => '"',
                        // A document type's own entity: never expanded.
                        _ => return None,
                    },
                };
                if in_field(&roles, depth) {
                    let mut utf8 = [0; 4];
                    append(&mut text, Cow::Owned(c.encode_utf8(&mut utf8).to_owned()));
                }
            }
            // An unclosed element: a cut or broken body, not understood (as JSON's is not).
            Event::Eof if depth > 0 => return None,
            Event::Eof => break,
            _ => {}
        }
    }
    root_seen.then_some(found)
}

/// Whether the text at `depth` belongs to a field being read.
fn in_field(roles: &[Role; TRACKED], depth: usize) -> bool {
    (1..=TRACKED).contains(&depth) && matches!(roles[depth - 1], Role::Field(_))
}

/// Adds a part of a field's text: the first part stays borrowed.
fn append<'a>(text: &mut Option<Cow<'a, str>>, part: Cow<'a, str>) {
    match text {
        Some(Cow::Borrowed("")) | None => *text = Some(part),
        Some(text) => text.to_mut().push_str(&part),
    }
}

/// The role of an element named `name` opened at `depth`, whose parent is `roles[depth - 1]`.
fn child_role(
    roles: &[Role; TRACKED],
    depth: usize,
    found: &mut Found<'_>,
    root_seen: bool,
    name: &[u8],
) -> Role {
    if depth == 0 {
        if root_seen {
            // A second root: not XML; the reader reports it, or the body is still read as one.
            return Role::Other;
        }
        if name == b"Error" {
            found.root_is_error = true;
            found.error_found = true;
            return Role::Error { root: true };
        }
        return Role::Root;
    }
    let Some(parent) = roles.get(depth - 1) else {
        return Role::Other;
    };
    match (parent, name) {
        (Role::Root, b"Error") | (Role::Errors, b"Error") if !found.error_found => {
            found.error_found = true;
            Role::Error { root: false }
        }
        (Role::Root, b"Errors") => Role::Errors,
        (Role::Root, b"RequestId" | b"RequestID") | (Role::Error { root: true }, b"RequestId") => {
            Role::Field(Field::RequestId)
        }
        (Role::Root, b"HostId") | (Role::Error { root: true }, b"HostId") => Role::Field(Field::HostId),
        (Role::Error { .. }, b"Code") => Role::Field(Field::Code),
        (Role::Error { .. }, b"Message") => Role::Field(Field::Message),
        (Role::Error { .. }, b"Type") => Role::Field(Field::Fault),
        _ => Role::Other,
    }
}

impl<'a> Found<'a> {
    /// Keeps the first value of each field.
    fn set(&mut self, field: Field, value: Cow<'a, str>) {
        let slot = match field {
            Field::Code => &mut self.code,
            Field::Message => &mut self.message,
            Field::Fault => &mut self.fault,
            Field::RequestId => &mut self.request_id,
            Field::HostId => &mut self.host_id,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::scan;

    #[test]
    fn a_code_without_references_is_borrowed_from_the_body() {
        let found = scan(b"<Error><Code>NoSuchKey</Code><Message>a &amp; b</Message></Error>").unwrap();
        assert!(matches!(found.code, Some(Cow::Borrowed("NoSuchKey"))));
        assert_eq!(found.message.as_deref(), Some("a & b"));
    }

    #[test]
    fn each_form_is_found() {
        let query =
            b"<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>\
            <Code>NoSuchEntity</Code><Message>m</Message></Error><RequestId>r-1</RequestId></ErrorResponse>";
        let found = scan(query).unwrap();
        assert_eq!(
            (found.code.as_deref(), found.fault.as_deref()),
            (Some("NoSuchEntity"), Some("Sender"))
        );
        assert_eq!(found.request_id.as_deref(), Some("r-1"));
        assert!(!found.root_is_error && found.error_found);

        let ec2 =
            b"<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>m</Message></Error>\
            <Error><Code>Second</Code></Error></Errors><RequestID>r-2</RequestID></Response>";
        let found = scan(ec2).unwrap();
        assert_eq!(found.code.as_deref(), Some("InvalidInstanceID.NotFound"));
        assert_eq!(found.request_id.as_deref(), Some("r-2"));

        // Elements of the same name elsewhere are not the error's.
        let nested = b"<Error><Details><Code>Inner</Code></Details><Code>Outer</Code></Error>";
        assert_eq!(scan(nested).unwrap().code.as_deref(), Some("Outer"));
        // A prefixed name is read by its local name.
        let prefixed = b"<s3:Error xmlns:s3=\"x\"><s3:Code>NoSuchBucket</s3:Code></s3:Error>";
        assert_eq!(scan(prefixed).unwrap().code.as_deref(), Some("NoSuchBucket"));
    }

    #[test]
    fn a_document_types_entities_are_not_expanded() {
        let laughs = b"<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\
            <Error><Code>X</Code><Message>&b;</Message></Error>";
        assert!(scan(laughs).is_none());
        let external = b"<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\
            <Error><Code>&e;</Code></Error>";
        assert!(scan(external).is_none());
    }

    #[test]
    fn broken_and_hostile_bodies_are_not_read() {
        for body in [
            &b""[..],
            b"<html><body>502",
            b"<Error><Code>X</Code>",
            b"not xml",
            b"<Error><Code>X</Error>",
        ] {
            assert!(
                scan(body).is_none_or(|found| found.code.is_none()),
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
        // Deep nesting: a counter, not a stack of roles.
        let depth = 100_000;
        let mut deep = b"<Error>".to_vec();
        deep.extend(b"<a>".repeat(depth));
        deep.extend(b"</a>".repeat(depth));
        deep.extend(b"<Code>Deep</Code></Error>");
        assert_eq!(scan(&deep).unwrap().code.as_deref(), Some("Deep"));
    }
}
