//! What the per-catalog table tests share: one row per documented code, and the checks every
//! catalog must pass for every row (oci.rs spells the same checks out for the first catalog).

#![allow(dead_code)] // Each test file uses its own part of this module.

use cloud_errors::{Category, ErrorCode, Locale, Retry};

/// One documented code: wire string, variant, statuses (most common first), retry, category.
pub type Row<C> = (&'static str, C, &'static [u16], Retry, Category);

/// Whether `text` has kana or kanji: a Japanese description must not fall back to English.
pub fn is_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

/// The catalog defines exactly the codes of `rows`, in the page's order.
pub fn check_every_code_is_pinned<C: ErrorCode>(rows: &[Row<C>]) {
    let known: Vec<C> = C::known().collect();
    let pinned: Vec<C> = rows.iter().map(|row| row.1.clone()).collect();
    assert_eq!(known, pinned, "the catalog's codes, in order");
}

/// Each row's wire string parses to its variant, which answers the row's statuses, retry and
/// category, through the inherent methods and the trait alike.
pub fn check_rows<C: ErrorCode>(rows: &[Row<C>]) {
    for (wire, variant, statuses, retry, category) in rows {
        let code = C::from_code(wire);
        assert_eq!(&code, variant, "{wire}");
        assert!(code.is_known(), "{wire}");
        assert_eq!(code.code(), *wire);
        assert_eq!(code.to_string(), *wire);
        assert_eq!(wire.parse::<C>().unwrap(), code);
        assert_eq!(C::from_known_code(wire).as_ref(), Some(variant));
        assert_eq!(code.http_statuses(), *statuses, "{wire}");
        assert_eq!(code.retry(), *retry, "{wire}");
        assert_eq!(code.is_retryable(), *retry == Retry::Backoff, "{wire}");
        assert_eq!(code.category(), *category, "{wire}");
    }
}

/// Every code has an English description (ASCII, so no Japanese slipped in) and a Japanese one
/// in Japanese script; help, where given, exists in both languages, and so do messages' sources.
pub fn check_descriptions<C: ErrorCode>() {
    check_descriptions_of(C::known());
}

/// [`check_descriptions`] for some codes of a catalog (the curated ones of an imported catalog).
pub fn check_descriptions_of<C: ErrorCode>(codes: impl IntoIterator<Item = C>) {
    for code in codes {
        let en = code.description_in(Locale::En);
        let ja = code.description_in(Locale::Ja);
        assert_eq!(code.description(), en);
        assert!(!en.trim().is_empty() && en.is_ascii(), "{code}: {en}");
        assert!(is_japanese(ja), "{code}: {ja}");
        assert!(!ja.contains('\n'), "{code}: one line");
        match (code.help_in(Locale::En), code.help_in(Locale::Ja)) {
            (None, None) => {}
            (Some(en), Some(ja)) => {
                assert!(!en.trim().is_empty() && en.is_ascii(), "{code}: {en}");
                assert!(is_japanese(ja), "{code}: {ja}");
            }
            other => panic!("{code}: help in one language only: {other:?}"),
        }
        for message in code.messages() {
            // Messages are the service's own (English) text.
            assert!(
                !message.trim().is_empty() && !is_japanese(message),
                "{code}: {message}"
            );
        }
    }
}
