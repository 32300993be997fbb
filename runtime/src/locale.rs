//! The languages descriptions come in.

use core::fmt;

/// A language of the catalogs' descriptions.
///
/// A catalog need not have every language (its `languages` key says which it has): asking for
/// one it lacks answers along one chain, the same everywhere (`description_in`, `help_in`,
/// [`StatusRule::description_in`](crate::StatusRule::description_in)): the requested language,
/// then English, then the catalog's first language. A known code's description is never empty.
///
/// ```
/// use cloud_errors::{oci::Code, Locale};
///
/// let code = Code::TooManyRequests;
/// assert_ne!(code.description_in(Locale::En), code.description_in(Locale::Ja));
/// // The OCI catalog has no Chinese: English is next in the chain.
/// assert_eq!(code.description_in(Locale::Zh), code.description_in(Locale::En));
/// // BCP 47 tags parse to the nearest locale.
/// assert_eq!("zh-Hans-CN".parse::<Locale>(), Ok(Locale::Zh));
/// assert_eq!("ja-JP".parse::<Locale>(), Ok(Locale::Ja));
/// assert_eq!(Locale::Zh.to_string(), "zh");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Japanese.
    Ja,
    /// Chinese, written in simplified characters (the texts of Tencent Cloud's Chinese pages).
    Zh,
}

impl Locale {
    /// Every locale, in declaration order.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ja, Locale::Zh];

    /// The short BCP 47 tag: `en`, `ja` or `zh`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
            Locale::Zh => "zh",
        }
    }

    /// The nearest locale of a BCP 47 tag (`en-US`, `ja-JP`, `zh-Hans-CN`, `ZH_cn`), by its
    /// language subtag, case-insensitively; `_` is accepted for `-` (POSIX locale names).
    ///
    /// Chinese in traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is `Zh` too:
    /// among the three locales it is the nearest, and a reader of traditional characters reads
    /// simplified ones far more easily than English. Callers who would rather show English to
    /// them check for those tags first.
    ///
    /// `None` for a tag that is not well formed (empty, a subtag that is not 1–8 letters or
    /// digits, a language subtag that is not 2–3 letters) or whose language is none of the three.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        let well_formed = (2..=3).contains(&language.len())
            && language.bytes().all(|b| b.is_ascii_alphabetic())
            && subtags.all(|subtag| {
                (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !well_formed {
            return None;
        }
        Locale::ALL
            .into_iter()
            .find(|locale| language.eq_ignore_ascii_case(locale.as_str()))
    }
}

impl fmt::Display for Locale {
    /// The short tag, as `as_str` (and serde) spell it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::str::FromStr for Locale {
    type Err = crate::ParseVocabularyError;

    /// See [`Locale::from_tag`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(s).ok_or_else(|| crate::ParseVocabularyError::new("locale", s))
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn tags_parse_to_the_nearest_locale() {
        let cases = [
            ("en", Locale::En),
            ("en-US", Locale::En),
            ("EN-gb", Locale::En),
            ("ja", Locale::Ja),
            ("ja-JP", Locale::Ja),
            ("zh", Locale::Zh),
            ("zh-CN", Locale::Zh),
            ("zh-Hans", Locale::Zh),
            ("zh-Hans-CN", Locale::Zh),
            ("zh_cn", Locale::Zh),
            ("zh-TW", Locale::Zh),
            ("zh-Hant-HK", Locale::Zh),
        ];
        for (tag, locale) in cases {
            assert_eq!(tag.parse::<Locale>(), Ok(locale), "{tag}");
        }
    }

    #[test]
    fn other_tags_are_errors() {
        for tag in [
            "",
            "fr",
            "fr-FR",
            "e",
            "english",
            "en-",
            "-en",
            "en--US",
            "en-US!",
            "en US",
            "日本語",
            "zh-abcdefghi",
            "eng",
            "zho",
        ] {
            let error = tag.parse::<Locale>().unwrap_err();
            assert_eq!(error.to_string(), format!("`{tag}` is not a known locale"));
        }
    }

    #[test]
    fn display_is_the_short_tag_and_parses_back() {
        for locale in Locale::ALL {
            assert_eq!(locale.to_string(), locale.as_str());
            assert_eq!(locale.to_string().parse::<Locale>(), Ok(locale));
        }
    }
}
