//! The `Retry-After` header: a number of seconds or an HTTP date (RFC 9110, section 10.2.3).

use std::time::{Duration, SystemTime};

use http::HeaderValue;

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
    fn neither_form() {
        for text in ["", "soon", "-1", "1.5", "12 s", "Sun, 06 Nov 1994"] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
