//! `from_code` is total: odd input never panics and always round-trips.

use cloud_errors::oci::Code;
use proptest::prelude::*;

fn round_trips(input: &str) {
    let code = Code::from_code(input);
    assert_eq!(code.code(), input);
    assert_eq!(code.to_string(), input);
    let _ = (
        code.retry(),
        code.category(),
        code.http_statuses(),
        code.description(),
    );
}

#[test]
fn odd_inputs_round_trip() {
    let long = "A".repeat(10 * 1024);
    let dotted = "TooManyRequests.".repeat(700);
    for input in [
        "",
        " ",
        "\t\n",
        "\0",
        "TooMany\0Requests",
        "エラー",
        "🦀",
        "..",
        ".",
        long.as_str(),
        dotted.as_str(),
    ] {
        round_trips(input);
        assert!(!Code::from_code(input).is_known(), "{input:?}");
    }
}

proptest! {
    #[test]
    fn any_string_round_trips(input in any::<String>()) {
        round_trips(&input);
    }

    #[test]
    fn known_codes_with_noise_are_unknown(index in 0..Code::KNOWN_COUNT, noise in "[ a-z.]{1,4}") {
        let known = Code::known().nth(index).unwrap();
        let noisy = format!("{}{noise}", known.code());
        let is_a_catalog_code = Code::known().any(|code| code.code() == noisy);
        let parsed = Code::from_code(&noisy);
        prop_assert_eq!(parsed.is_known(), is_a_catalog_code);
        prop_assert_eq!(parsed.code(), noisy.as_str());
    }
}
