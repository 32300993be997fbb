//! The languages descriptions come in.

/// A language of the catalogs' descriptions.
///
/// ```
/// use cloud_errors::{oci::Code, Locale};
///
/// let code = Code::TooManyRequests;
/// assert_ne!(code.description_in(Locale::En), code.description_in(Locale::Ja));
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
}

impl Locale {
    /// Every locale, in declaration order.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ja];

    /// The BCP 47 tag: `en` or `ja`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
        }
    }
}
