//! AWS's rpcv2Cbor protocol: the error body is a CBOR map with `__type` (namespaced like
//! awsJson's) and `message` or `Message`, read as smithy-rs reads it
//! (`inlineable/src/cbor_errors.rs` `parse_error_metadata`: a definite or indefinite map, the
//! code sanitized, the message from `message`, `Message` or `errorMessage`). The request id is in
//! `x-amzn-requestid`; a service that moved from awsQuery sends `x-amzn-query-error`.
//!
//! A JSON body is read too, as awsJson's (see [`AwsCbor`]'s `parse`): botocore sends JSON to a
//! service that offers both. Its code is the body's, with `x-amzn-query-error` winning, as
//! botocore's JSON parser takes it (`BaseJSONParser._do_error_parse`: no `x-amzn-errortype`).
//!
//! Read with minicbor's decoder: strings borrowed from the body where they are definite, other
//! values skipped without being built, nesting bounded.

use std::borrow::Cow;

use http::{HeaderMap, HeaderName, HeaderValue};
use minicbor::data::Type;
use minicbor::Decoder;

use super::{from_headers, normalize, sanitize, write_headers, AwsExtras, CodeHeaders, Fault};
use crate::envelopes::{DelayHeader, Envelope, Fields, Parsed};

/// AWS's rpcv2Cbor envelope (`aws_cbor` in catalogs): a CBOR map `{"__type", "message"}`, the
/// request id in `x-amzn-requestid`. A JSON body (awsJson's, which botocore asks for where a
/// service offers both) is read too. Written as a definite map with the content type
/// `application/cbor` and the `smithy-protocol: rpc-v2-cbor` header.
///
/// ```
/// use cloud_errors::envelopes::AwsCbor;
/// use cloud_errors::Envelope;
///
/// // {"__type": "com.amazonaws.cloudwatch#LimitExceededException", "message": "too many"}
/// let mut body = vec![0xa2, 0x66];
/// body.extend(b"__type");
/// body.push(0x78);
/// body.push(47);
/// body.extend(b"com.amazonaws.cloudwatch#LimitExceededException");
/// body.push(0x67);
/// body.extend(b"message");
/// body.push(0x68);
/// body.extend(b"too many");
/// let parsed = AwsCbor::parse(&body).unwrap();
/// assert_eq!(parsed.code.as_deref(), Some("LimitExceededException"));
/// assert_eq!(parsed.fields.message.as_deref(), Some("too many"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AwsCbor;

/// The header rpcv2Cbor responses carry.
const SMITHY_PROTOCOL: HeaderName = HeaderName::from_static("smithy-protocol");

impl Envelope for AwsCbor {
    const NAME: &'static str = crate::EnvelopeName::AwsCbor.as_str();
    type Extras = AwsExtras;
    const DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const WRITTEN_DELAY_HEADERS: &'static [DelayHeader] = super::DELAY_HEADERS;
    const REQUEST_ID_HEADER: Option<HeaderName> = Some(super::REQUEST_ID);
    const WRITTEN_REQUEST_ID_HEADERS: &'static [&'static str] = &["x-amzn-requestid"];

    fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
        // A service that offers rpcv2Cbor beside awsJson (CloudWatch, GameLift, …) is spoken to
        // in CBOR by aws-sdk-rust (smithy-rs `ClientProtocolLoader.DefaultProtocols` lists
        // rpcv2Cbor first) and in JSON by botocore (`botocore/utils.py`
        // `PRIORITY_ORDERED_SUPPORTED_PROTOCOLS` prefers json): both answers are read. An error
        // body in CBOR is a map, whose first byte is never `{`.
        if body.first().is_some_and(|&first| first >> 5 != MAP) && body.trim_ascii_start().starts_with(b"{") {
            return super::json::parse(body);
        }
        parse(body)
    }

    fn read_headers<'a>(headers: &'a HeaderMap, parsed: &mut Parsed<'a, AwsExtras>) {
        from_headers(headers, parsed, CodeHeaders::Query);
    }

    fn normalize(_status: u16, code: &str, fields: &mut Fields<AwsExtras>) {
        normalize(code, fields, false, Fault::QueryHeader);
    }

    fn write(_status: u16, code: &str, fields: &Fields<AwsExtras>) -> (&'static str, Vec<u8>) {
        let mut out = Vec::with_capacity(32 + code.len() + fields.message.as_ref().map_or(0, String::len));
        head(&mut out, MAP, 1 + u64::from(fields.message.is_some()));
        text(&mut out, "__type");
        text(&mut out, code);
        if let Some(message) = &fields.message {
            text(&mut out, "message");
            text(&mut out, message);
        }
        ("application/cbor", out)
    }

    fn write_headers(_status: u16, code: &str, fields: &Fields<AwsExtras>, headers: &mut HeaderMap) {
        headers.insert(SMITHY_PROTOCOL, HeaderValue::from_static("rpc-v2-cbor"));
        write_headers(code, fields, headers, true);
    }
}

/// CBOR's major types of a text string and a map.
const TEXT: u8 = 3;
const MAP: u8 = 5;

/// A data item's head: its major type and length, in the shortest form.
fn head(out: &mut Vec<u8>, major: u8, len: u64) {
    let major = major << 5;
    match len {
        0..=23 => out.push(major | len as u8),
        24..=0xff => out.extend([major | 24, len as u8]),
        0x100..=0xffff => {
            out.push(major | 25);
            out.extend((len as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(major | 26);
            out.extend((len as u32).to_be_bytes());
        }
        _ => {
            out.push(major | 27);
            out.extend(len.to_be_bytes());
        }
    }
}

/// A definite text string.
fn text(out: &mut Vec<u8>, value: &str) {
    head(out, TEXT, value.len() as u64);
    out.extend(value.as_bytes());
}

/// The deepest nesting of arrays, maps and tags skipped inside the error map: deeper bodies are
/// not understood, whatever their size.
const MAX_DEPTH: u32 = 64;

/// `None` unless `body` is one CBOR map whose code and message entries are text.
fn parse(body: &[u8]) -> Option<Parsed<'_, AwsExtras>> {
    let mut decoder = Decoder::new(body);
    let entries = decoder.map().ok()?;
    let (mut kind, mut message) = (None, None);
    let mut read = 0u64;
    loop {
        match entries {
            Some(len) if read == len => break,
            None if decoder.datatype().ok()? == Type::Break => {
                decoder.set_position(decoder.position() + 1);
                break;
            }
            _ => {}
        }
        read += 1;
        let key = match decoder.datatype().ok()? {
            Type::String | Type::StringIndef => Some(string(&mut decoder)?),
            _ => {
                skip(&mut decoder, 0)?;
                None
            }
        };
        match key.as_deref() {
            Some("__type") => kind = Some(string(&mut decoder)?),
            Some("message" | "Message" | "errorMessage") if message.is_none() => {
                message = Some(string(&mut decoder)?.into_owned());
            }
            _ => skip(&mut decoder, 0)?,
        }
    }
    // One data item: anything after it is not this envelope.
    if decoder.position() != body.len() {
        return None;
    }
    Some(Parsed {
        error_shape: true,
        code: kind.map(sanitize).filter(|code| !code.is_empty()),
        fields: Fields {
            message,
            ..Fields::default()
        },
    })
}

/// A text string, borrowed when definite; `None` for anything else.
fn string<'a>(decoder: &mut Decoder<'a>) -> Option<Cow<'a, str>> {
    match decoder.datatype().ok()? {
        Type::String => decoder.str().ok().map(Cow::Borrowed),
        Type::StringIndef => {
            let mut joined = String::new();
            for chunk in decoder.str_iter().ok()? {
                joined.push_str(chunk.ok()?);
            }
            Some(Cow::Owned(joined))
        }
        _ => None,
    }
}

/// Skips one data item, at most [`MAX_DEPTH`] arrays, maps and tags deep.
fn skip(decoder: &mut Decoder<'_>, depth: u32) -> Option<()> {
    let items = |len: Option<u64>, per: u64, decoder: &mut Decoder<'_>| -> Option<()> {
        if depth >= MAX_DEPTH {
            return None;
        }
        match len {
            Some(len) => {
                for _ in 0..len.checked_mul(per)? {
                    skip(decoder, depth + 1)?;
                }
            }
            None => loop {
                if decoder.datatype().ok()? == Type::Break {
                    decoder.set_position(decoder.position() + 1);
                    break;
                }
                skip(decoder, depth + 1)?;
            },
        }
        Some(())
    };
    match decoder.datatype().ok()? {
        Type::Array | Type::ArrayIndef => {
            let len = decoder.array().ok()?;
            items(len, 1, decoder)
        }
        Type::Map | Type::MapIndef => {
            let len = decoder.map().ok()?;
            items(len, 2, decoder)
        }
        Type::Tag => {
            decoder.tag().ok()?;
            items(Some(1), 1, decoder)
        }
        Type::Break | Type::Unknown(_) => None,
        // Scalars and strings: minicbor skips them without allocating.
        _ => decoder.skip().ok(),
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{head, parse, text, MAP};

    fn body(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut out = Vec::new();
        head(&mut out, MAP, entries.len() as u64);
        for (key, value) in entries {
            text(&mut out, key);
            text(&mut out, value);
        }
        out
    }

    #[test]
    fn a_json_body_is_read_as_botocore_sends_it() {
        use http::{HeaderMap, HeaderName, HeaderValue};

        use super::AwsCbor;
        use crate::Envelope;

        let json = b" {\"__type\":\"com.amazonaws.gamelift#NotFoundException\",\"message\":\"no fleet\"}";
        let parsed = AwsCbor::parse(json).unwrap();
        assert!(matches!(parsed.code, Some(Cow::Borrowed("NotFoundException"))));
        assert_eq!(parsed.fields.message.as_deref(), Some("no fleet"));
        // The query code of a service that moved from awsQuery wins, as in a CBOR answer; the
        // errortype header of restJson1 counts for neither.
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("x-amzn-errortype"),
            HeaderValue::from_static("Other"),
        );
        headers.insert(
            HeaderName::from_static("x-amzn-query-error"),
            HeaderValue::from_static("ResourceNotFound;Sender"),
        );
        let mut parsed = AwsCbor::parse(br#"{"__type":"ResourceNotFoundException"}"#).unwrap();
        AwsCbor::read_headers(&headers, &mut parsed);
        assert_eq!(parsed.code.as_deref(), Some("ResourceNotFound"));
        assert_eq!(parsed.fields.extras.fault.as_deref(), Some("Sender"));
        // Neither format: not understood.
        assert!(AwsCbor::parse(b"<Error/>").is_none());
        assert!(AwsCbor::parse(b"{not json").is_none());
    }

    #[test]
    fn a_definite_code_is_borrowed_and_the_namespace_cut() {
        let bytes = body(&[
            ("__type", "aws.protocoltests.rpcv2cbor#InvalidGreeting"),
            ("Message", "Hi"),
        ]);
        let parsed = parse(&bytes).unwrap();
        assert!(matches!(parsed.code, Some(Cow::Borrowed("InvalidGreeting"))));
        assert_eq!(parsed.fields.message.as_deref(), Some("Hi"));
    }

    #[test]
    fn indefinite_maps_and_strings_are_read() {
        // {_ "__type": (_ "Throttling", "Exception"), "other": [_ 1, {}], "message": "m"}
        let mut bytes = vec![0xbf];
        text(&mut bytes, "__type");
        bytes.push(0x7f);
        text(&mut bytes, "Throttling");
        text(&mut bytes, "Exception");
        bytes.push(0xff);
        text(&mut bytes, "other");
        bytes.extend([0x9f, 0x01, 0xa0, 0xff]);
        text(&mut bytes, "message");
        text(&mut bytes, "m");
        bytes.push(0xff);
        let parsed = parse(&bytes).unwrap();
        assert_eq!(parsed.code.as_deref(), Some("ThrottlingException"));
        assert_eq!(parsed.fields.message.as_deref(), Some("m"));
    }

    #[test]
    fn hostile_bodies_are_not_understood() {
        // Deep nesting inside the map: refused at MAX_DEPTH, whatever the body's size.
        let mut deep = vec![0xa1];
        text(&mut deep, "x");
        deep.extend(std::iter::repeat_n(0x81, 100_000));
        deep.push(0x00);
        assert!(parse(&deep).is_none());
        // A map declaring more entries than the body has; a huge declared string.
        assert!(parse(&[0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).is_none());
        assert!(parse(&[
            0xa1, 0x66, b'_', b'_', b't', b'y', b'p', b'e', 0x7b, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0
        ])
        .is_none());
        // Not a map; a wrong type for the code; trailing bytes.
        assert!(parse(b"\x01").is_none());
        let mut wrong = vec![0xa1];
        text(&mut wrong, "__type");
        wrong.push(0x01);
        assert!(parse(&wrong).is_none());
        let mut trailing = body(&[("__type", "A")]);
        trailing.push(0x00);
        assert!(parse(&trailing).is_none());
        assert!(parse(b"").is_none());
    }
}
