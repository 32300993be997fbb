//! The `Retry-After` header: a number of seconds or an HTTP date (RFC 9110, section 10.2.3).

use std::time::{Duration, SystemTime};

use http::{HeaderMap, HeaderValue};

use crate::envelopes::DelayHeader;

/// A parsed `Retry-After`. A date is kept as a date, so the delay is measured when it is asked
/// for rather than when the response was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RetryAfter {
    Delay(Duration),
    At(SystemTime),
}

impl RetryAfter {
    /// `None` for a value that is neither form.
    pub(crate) fn parse(value: &HeaderValue) -> Option<RetryAfter> {
        let text = value.to_str().ok()?.trim();
        if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
            // More seconds than a u64 holds still means "not any time soon".
            let seconds = text.parse().unwrap_or(u64::MAX);
            return Some(RetryAfter::Delay(Duration::from_secs(seconds)));
        }
        httpdate::parse_http_date(text).ok().map(RetryAfter::At)
    }

    /// The first wait `order` finds in the headers, for an error with `code`.
    pub(crate) fn read(order: &[DelayHeader], code: Option<&str>, headers: &HeaderMap) -> Option<RetryAfter> {
        order.iter().find_map(|header| match *header {
            DelayHeader::Derived(derive) => derive(code?, headers).map(RetryAfter::Delay),
            DelayHeader::RetryAfter => headers.get(http::header::RETRY_AFTER).and_then(RetryAfter::parse),
            DelayHeader::Milliseconds(name) => {
                // Found by comparing names across the map, not by `get`: that would parse the name
                // and hash it byte by byte, which cost more than reading a whole AWS error body's
                // headers (BENCHMARKS.md, "AWS"); a response carries a handful of headers.
                let (_, value) = headers.iter().find(|(header, _)| header.as_str() == name)?;
                let text = value.to_str().ok()?.trim();
                let millis: u64 = match text.parse() {
                    Ok(millis) => millis,
                    // More milliseconds than a u64 holds still means "not any time soon".
                    Err(_) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => u64::MAX,
                    Err(_) => return None,
                };
                (millis > 0).then(|| RetryAfter::Delay(Duration::from_millis(millis)))
            }
        })
    }

    /// How long to wait from `now`; zero for a date already past.
    pub(crate) fn delay_at(self, now: SystemTime) -> Duration {
        match self {
            RetryAfter::Delay(delay) => delay,
            RetryAfter::At(at) => at.duration_since(now).unwrap_or(Duration::ZERO),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<RetryAfter> {
        RetryAfter::parse(&HeaderValue::from_str(text).unwrap())
    }

    #[test]
    fn seconds() {
        assert_eq!(parse("120"), Some(RetryAfter::Delay(Duration::from_secs(120))));
        assert_eq!(parse(" 0 "), Some(RetryAfter::Delay(Duration::ZERO)));
        assert_eq!(
            parse("99999999999999999999999"),
            Some(RetryAfter::Delay(Duration::from_secs(u64::MAX)))
        );
    }

    #[test]
    fn dates_in_all_three_formats() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        for text in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse(text), Some(RetryAfter::At(at)), "{text}");
        }
        let earlier = at - Duration::from_secs(30);
        assert_eq!(RetryAfter::At(at).delay_at(earlier), Duration::from_secs(30));
        assert_eq!(
            RetryAfter::At(at).delay_at(at + Duration::from_secs(1)),
            Duration::ZERO
        );
    }

    #[test]
    fn millisecond_headers_come_in_the_order_given() {
        let order = [
            DelayHeader::Milliseconds("retry-after-ms"),
            DelayHeader::Milliseconds("x-ms-retry-after-ms"),
            DelayHeader::RetryAfter,
        ];
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(
            RetryAfter::read(&order, None, &headers),
            Some(RetryAfter::Delay(Duration::from_secs(7)))
        );
        headers.insert("x-ms-retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(
            RetryAfter::read(&order, None, &headers),
            Some(RetryAfter::Delay(Duration::from_millis(250)))
        );
        headers.insert("retry-after-ms", HeaderValue::from_static("1500"));
        assert_eq!(
            RetryAfter::read(&order, None, &headers),
            Some(RetryAfter::Delay(Duration::from_millis(1500)))
        );
        // Zero and garbage are passed over, as azcore does.
        headers.insert("retry-after-ms", HeaderValue::from_static("0"));
        headers.insert("x-ms-retry-after-ms", HeaderValue::from_static("soon"));
        assert_eq!(
            RetryAfter::read(&order, None, &headers),
            Some(RetryAfter::Delay(Duration::from_secs(7)))
        );
        assert_eq!(
            RetryAfter::read(&[DelayHeader::RetryAfter], None, &HeaderMap::new()),
            None
        );
    }

    #[test]
    fn a_derived_wait_is_asked_only_of_an_error_with_a_code_and_only_in_its_turn() {
        fn derived(code: &str, _: &HeaderMap) -> Option<Duration> {
            (code == "Slow").then_some(Duration::from_millis(900))
        }
        let order = [DelayHeader::RetryAfter, DelayHeader::Derived(derived)];
        let mut headers = HeaderMap::new();
        let delay = Some(RetryAfter::Delay(Duration::from_millis(900)));
        assert_eq!(RetryAfter::read(&order, Some("Slow"), &headers), delay);
        assert_eq!(RetryAfter::read(&order, Some("Other"), &headers), None);
        assert_eq!(RetryAfter::read(&order, None, &headers), None);
        headers.insert("retry-after", HeaderValue::from_static("3"));
        assert_eq!(
            RetryAfter::read(&order, Some("Slow"), &headers),
            Some(RetryAfter::Delay(Duration::from_secs(3)))
        );
    }

    #[test]
    fn neither_form() {
        for text in ["", "soon", "-1", "1.5", "12 s", "Sun, 06 Nov 1994"] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
