//! `synth --tencent-shape`: many catalogs shaped like an import of the Tencent Cloud Go SDK (a
//! common catalog and ~280 service catalogs extending it, ~17,000 codes), in the catalog format
//! the generator reads today (en/ja, retry, category), for measuring the generator on a catalog
//! set of that shape. Deterministic from a seed; reuses the crate's families, words and PRNG.

use std::collections::HashSet;

use cloud_errors_codegen::ident::{variant_name, RESERVED_VARIANTS};
use cloud_errors_codegen::validate::Source;

use crate::{distinct_codes, SplitMix64, SynthCode, FAMILIES, WORDS};

/// The common catalog's module; service modules are `<COMMON>_<product>`.
pub const COMMON: &str = "synth_tencent";
/// Service catalogs: the SDK has about 280 product versions.
pub const SERVICES: usize = 280;
/// Codes per service catalog, uniformly: 61 on average, ~17,000 in all.
pub const SERVICE_CODES: std::ops::RangeInclusive<usize> = 5..=117;
/// Length of a service code in bytes.
pub const CODE_LEN: std::ops::RangeInclusive<usize> = 10..=60;

/// One catalog file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthFile {
    pub file_name: String,
    pub yaml: String,
    pub codes: usize,
    pub overrides: usize,
}

impl SynthFile {
    /// The file as the generator reads it.
    pub fn source(&self) -> Source {
        Source {
            path: self.file_name.clone(),
            text: self.yaml.clone(),
        }
    }
}

/// The category Tencent's families have (API 3.0 documents no statuses, so every category is
/// explicit, as in catalogs/tencent.yaml), from the family's usual status.
fn category(status: u16) -> &'static str {
    match status {
        400 => "invalid_argument",
        401 => "unauthenticated",
        403 => "permission_denied",
        404 => "not_found",
        409 => "aborted",
        429 => "resource_exhausted",
        500 => "internal",
        _ => "unavailable",
    }
}

fn header(module: &str, provider: &str, extends: Option<&str>, seed: u64) -> String {
    let mut yaml = format!(
        "# Synthetic catalog (seed {seed}), Tencent Cloud SDK shape, written by `synth --tencent-shape`.\n\
         module: {module}\n\
         provider: {provider}\n\
         docs: https://example.com/synthetic-errors\n\
         envelope: tencent\n"
    );
    if let Some(base) = extends {
        yaml.push_str(&format!("extends: {base}\n"));
    }
    yaml.push_str("\ncodes:\n");
    yaml
}

/// One entry; every text is ASCII letters, digits, `.`, spaces and Japanese without quotes or
/// backslashes, so double quotes need no escaping.
fn entry(
    yaml: &mut String,
    wire: &str,
    family: (&str, u16, &str),
    overrides: bool,
    number: usize,
    topic: &str,
) {
    let (_, status, retry) = family;
    yaml.push_str(&format!("  - code: \"{wire}\"\n"));
    if overrides {
        yaml.push_str("    overrides: true\n");
    }
    yaml.push_str(&format!(
        "    retry: {retry}\n    category: {}\n    en: \"Synthetic error {number} about {topic}.\"\n    ja: \"{topic} に関する合成エラー {number} です。\"\n",
        category(status)
    ));
}

/// A product name: 3–8 lower-case letters, like the SDK's folders (`cvm`, `tcaplusdb`).
pub fn product_name(rng: &mut SplitMix64) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    (0..3 + rng.below(6))
        .map(|_| LETTERS[rng.below(LETTERS.len())] as char)
        .collect()
}

/// One service code, its family and its words: mostly `Family.Words`, sometimes a third level,
/// as in `FailedOperation.Domain.UnExist`. Its length is not checked (see [`CODE_LEN`]).
fn service_code(rng: &mut SplitMix64) -> (String, (&'static str, u16, &'static str), Vec<&'static str>) {
    let family = FAMILIES[rng.below(FAMILIES.len())];
    let words: Vec<&str> = (0..1 + rng.below(4))
        .map(|_| WORDS[rng.below(WORDS.len())])
        .collect();
    let wire = if rng.below(8) == 0 && words.len() > 1 {
        format!("{}.{}.{}", family.0, words[0], words[1..].concat())
    } else {
        format!("{}.{}", family.0, words.concat())
    };
    (wire, family, words)
}

/// `count` distinct service codes of this shape (dotted, [`CODE_LEN`] bytes, distinct variant
/// names) in one catalog, deterministic from `seed`: the lookup benchmarks' codes.
pub fn service_codes(count: usize, seed: u64) -> Vec<SynthCode> {
    distinct_codes(count, seed, CODE_LEN, |rng| {
        let (wire, (_, status, retry), words) = service_code(rng);
        (wire, vec![status], retry, words)
    })
}

/// The common catalog and the service catalogs, in file name order of writing.
pub fn tencent_shape(seed: u64) -> Vec<SynthFile> {
    let mut rng = SplitMix64(seed);
    let mut files = Vec::with_capacity(SERVICES + 1);

    // The common catalog: one code per family, as tencent.yaml has them.
    let mut common = header(COMMON, "Synthetic Tencent Cloud API 3.0", None, seed);
    for (number, family) in FAMILIES.iter().enumerate() {
        entry(
            &mut common,
            family.0,
            *family,
            false,
            number + 1,
            "a common condition",
        );
    }
    files.push(SynthFile {
        file_name: format!("{COMMON}.yaml"),
        yaml: common,
        codes: FAMILIES.len(),
        overrides: 0,
    });

    let mut products = HashSet::new();
    while files.len() <= SERVICES {
        let product = product_name(&mut rng);
        if !products.insert(product.clone()) {
            continue;
        }
        // Some products have two API versions, one catalog each (as the import names them).
        let versions: &[&str] = if rng.below(10) == 0 && files.len() < SERVICES {
            &["v20180101", "v20230101"]
        } else {
            &[""]
        };
        for version in versions {
            let module = if version.is_empty() {
                format!("{COMMON}_{product}")
            } else {
                format!("{COMMON}_{product}_{version}")
            };
            let provider = format!(
                "Synthetic Tencent Cloud {} {version}",
                product.to_ascii_uppercase()
            );
            let mut yaml = header(&module, provider.trim_end(), Some(COMMON), seed);
            let count = SERVICE_CODES.start() + rng.below(SERVICE_CODES.end() - SERVICE_CODES.start() + 1);
            let mut wires = HashSet::new();
            let mut names = HashSet::new();
            let mut overrides = 0;
            // About a third of the services repeat one to three common codes, as the SDK does.
            if rng.below(3) == 0 {
                for _ in 0..1 + rng.below(3) {
                    let family = FAMILIES[rng.below(FAMILIES.len())];
                    if wires.insert(family.0.to_owned()) {
                        names.insert(variant_name(family.0).expect("family names are identifiers"));
                        overrides += 1;
                        entry(
                            &mut yaml,
                            family.0,
                            family,
                            true,
                            wires.len(),
                            "a repeated common code",
                        );
                    }
                }
            }
            while wires.len() < count {
                let (wire, family, words) = service_code(&mut rng);
                if !CODE_LEN.contains(&wire.len()) || wires.contains(&wire) {
                    continue;
                }
                // Distinct derived names: the current format would need an explicit `name:`.
                let Ok(name) = variant_name(&wire) else { continue };
                if RESERVED_VARIANTS.contains(&name.as_str()) || !names.insert(name) {
                    continue;
                }
                wires.insert(wire.clone());
                let topic = words.join(" ").to_ascii_lowercase();
                entry(&mut yaml, &wire, family, false, wires.len(), &topic);
            }
            files.push(SynthFile {
                file_name: format!("{module}.yaml"),
                yaml,
                codes: wires.len(),
                overrides,
            });
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use cloud_errors_codegen::generate_from;

    use super::*;

    #[test]
    fn many_catalogs_of_the_sdk_shape_that_the_generator_accepts() {
        let files = tencent_shape(3);
        assert_eq!(files, tencent_shape(3), "deterministic");
        assert_ne!(files, tencent_shape(4), "seed-dependent");
        assert_eq!(files.len(), SERVICES + 1);
        let codes: usize = files.iter().map(|file| file.codes).sum();
        assert!((15_000..=19_000).contains(&codes), "{codes} codes");
        assert!(files.iter().filter(|file| file.overrides > 0).count() > 50);
        assert!(
            files
                .iter()
                .filter(|file| file.file_name.ends_with("_v20230101.yaml"))
                .count()
                > 5
        );
        let sources: Vec<_> = files.iter().map(SynthFile::source).collect();
        let generated = generate_from(&sources).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(generated.catalogs.len(), SERVICES + 1);
        let service_codes = generated
            .catalogs
            .iter()
            .filter(|catalog| catalog.module != COMMON);
        for catalog in service_codes {
            assert_eq!(catalog.extends.as_deref(), Some(COMMON));
            for code in &catalog.codes {
                assert!(
                    code.overrides || CODE_LEN.contains(&code.wire.len()),
                    "{}",
                    code.wire
                );
                assert!(code.wire.contains('.') || code.overrides, "{}", code.wire);
            }
        }
        let checked: usize = generated.catalogs.iter().map(|catalog| catalog.codes.len()).sum();
        assert_eq!(checked, codes);
    }
}
