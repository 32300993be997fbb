//! The catalog file format as written in YAML: what serde reads before any check. A new catalog key
//! starts here (and in catalogs/README.md), then goes through `validate` into `model`.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

use crate::model::{Bilingual, Category, Envelope, Retry};

/// A whole catalog file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalog {
    pub module: String,
    pub provider: String,
    pub docs: String,
    pub envelope: Envelope,
    #[serde(default)]
    pub extends: Option<String>,
    #[serde(default)]
    pub status_rules: Vec<RawStatusRule>,
    pub codes: Vec<RawCode>,
}

/// One entry of `codes`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCode {
    pub code: String,
    #[serde(default)]
    pub status: Statuses,
    pub retry: Retry,
    #[serde(default)]
    pub category: Option<Category>,
    pub en: String,
    pub ja: String,
    #[serde(default)]
    pub help: Option<Bilingual>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub messages: Vec<String>,
    #[serde(default)]
    pub overrides: bool,
}

/// One entry of `status_rules`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatusRule {
    pub status: u16,
    pub retry: Retry,
    #[serde(default)]
    pub category: Option<Category>,
    pub en: String,
    pub ja: String,
}

/// `status: 404` or `status: [404, 400]`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Statuses(pub Vec<u16>);

impl<'de> Deserialize<'de> for Statuses {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatusesVisitor;

        impl<'de> Visitor<'de> for StatusesVisitor {
            type Value = Statuses;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an HTTP status (404) or a list of them ([404, 400])")
            }

            fn visit_u64<E: de::Error>(self, status: u64) -> Result<Statuses, E> {
                u16::try_from(status)
                    .map(|status| Statuses(vec![status]))
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(status), &self))
            }

            fn visit_i64<E: de::Error>(self, status: i64) -> Result<Statuses, E> {
                Err(E::invalid_value(de::Unexpected::Signed(status), &self))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Statuses, A::Error> {
                let mut statuses = Vec::new();
                while let Some(status) = seq.next_element::<u16>()? {
                    statuses.push(status);
                }
                Ok(Statuses(statuses))
            }
        }

        deserializer.deserialize_any(StatusesVisitor)
    }
}
