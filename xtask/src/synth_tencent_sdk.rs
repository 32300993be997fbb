//! `cargo xtask synth --tencent-sdk [--seed S] --out DIR`: a synthetic tencentcloud-sdk-go
//! checkout and its international edition, for timing `cargo xtask import tencent-sdk` (and
//! `generate` on what it writes) at the SDK's scale without the provider's text: ~280 product
//! versions (some products with two), ~17,000 codes, each `tencentcloud/<product>/<version>/
//! errors.go` in the SDK's layout (a `const ( … )` block, a `// description` line above each
//! constant). Codes and texts are invented; their shapes are the SDK's, oddities included (see
//! [`Oddities`]). Families and repeated common codes come from the workspace's common catalog
//! (catalogs/tencent.yaml), so the import classifies them as it would the SDK's. Deterministic
//! from a seed; reuses synth.rs's words and PRNG.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::ops::RangeInclusive;
use std::path::Path;
use std::process::ExitCode;

use crate::import::Common;
use crate::synth::{SplitMix64, WORDS};
use crate::synth_tencent::product_name;

/// Product versions: the SDK has about 280.
pub const PRODUCT_VERSIONS: usize = 280;
/// Codes per product version, uniformly: 61 on average, ~17,000 in all.
pub const CODES: RangeInclusive<usize> = 5..=117;
/// Length of a product's own code in bytes (repeated common codes keep theirs).
pub const CODE_LEN: RangeInclusive<usize> = 10..=60;
/// The two folders written under `--out`.
pub const ZH_DIR: &str = "tencentcloud-sdk-go";
pub const EN_DIR: &str = "tencentcloud-sdk-go-intl-en";

/// One product version's errors.go in both editions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SdkFile {
    /// `tencentcloud/<product>/<version>/errors.go`.
    pub relative: String,
    pub zh: String,
    /// `None`: the international edition lacks this product version.
    pub en: Option<String>,
    pub codes: usize,
}

/// How many of each oddity the tree holds, for the summary and the tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Oddities {
    /// `MissingParameter.`: a family with a trailing dot and nothing after it.
    pub trailing_dot: usize,
    /// `FailedOperation.dealWidgetError`: a sub-code starting lower-case.
    pub lower_case: usize,
    /// `InternalError.SYS_ERR`: an upper snake case sub-code.
    pub snake_case: usize,
    /// `FailedOperation.Domain.UnExist`.
    pub three_segments: usize,
    /// Pairs such as `InvalidParameter.ValueTooLarge` / `InvalidParameterValue.TooLarge`, which
    /// derive the same variant name.
    pub collisions: usize,
    /// Codes of the common catalog repeated by a product.
    pub repeated_common: usize,
    /// Codes in no family (`InvalidDisk.Busy`, `ZoneNotMatch`), as older products have them.
    pub no_family: usize,
    /// Codes with no comment in the Chinese edition (the English one has a text).
    pub no_comment: usize,
    /// Descriptions with `{{1}}`, `%s` or `%(name)s`.
    pub placeholders: usize,
    /// Codes with a blank `// ` comment in the English edition.
    pub blank_english: usize,
    /// Codes only in the English edition (the editions' releases differ).
    pub english_only: usize,
}

/// One constant of a file being written.
struct Constant {
    wire: String,
    zh: Option<String>,
    /// `None`: absent from the English edition; `Some("")`: a blank comment.
    en: Option<String>,
}

/// The texts of code number `number` about `topic`, with a placeholder for some.
fn texts(rng: &mut SplitMix64, number: usize, topic: &str, oddities: &mut Oddities) -> (String, String) {
    match rng.below(50) {
        0 => {
            oddities.placeholders += 1;
            (
                format!("合成错误 {number}：{topic} {{{{1}}}} 无效。"),
                format!("Synthetic error {number}: {topic} {{{{1}}}} is not valid."),
            )
        }
        1 => {
            oddities.placeholders += 1;
            (
                format!("合成错误 {number}：%s 的 {topic} 不可用。"),
                format!("Synthetic error {number}: {topic} of %s is unavailable."),
            )
        }
        2 => {
            oddities.placeholders += 1;
            (
                format!("合成错误 {number}：%(name)s 的 {topic} 已存在。"),
                format!("Synthetic error {number}: {topic} %(name)s already exists."),
            )
        }
        _ => (
            format!("合成错误 {number}：{topic}。"),
            format!("Synthetic error {number} about {topic}."),
        ),
    }
}

fn words(rng: &mut SplitMix64, count: usize) -> Vec<&'static str> {
    (0..count).map(|_| WORDS[rng.below(WORDS.len())]).collect()
}

/// A product's own code (not a repeated common one): mostly `Family.Words`, with the SDK's
/// oddities now and then.
fn product_code(
    rng: &mut SplitMix64,
    families: &[String],
    oddities: &mut Oddities,
) -> (String, Vec<&'static str>) {
    let family = &families[rng.below(families.len())];
    let count = 1 + rng.below(4);
    let words = words(rng, count);
    let shape = rng.below(100);
    let wire = match shape {
        // In no family, as older products' codes are: `Invalid<Thing>.<Words>` or plain words.
        0..=5 => format!("Invalid{}.{}", words[0], words[1..].concat()),
        6..=9 => words.concat(),
        10..=21 if words.len() > 1 => format!("{family}.{}.{}", words[0], words[1..].concat()),
        22 => {
            let mut sub = words.concat();
            sub[..1].make_ascii_lowercase();
            format!("{family}.{sub}")
        }
        23 => {
            let upper: Vec<String> = words.iter().map(|word| word.to_ascii_uppercase()).collect();
            format!("{family}.{}", upper.join("_"))
        }
        _ => format!("{family}.{}", words.concat()),
    };
    match shape {
        0..=9 => oddities.no_family += 1,
        10..=21 if words.len() > 1 => oddities.three_segments += 1,
        22 => oddities.lower_case += 1,
        23 => oddities.snake_case += 1,
        _ => {}
    }
    (wire, words)
}

/// One product version's constants; `english`: whether the international edition has it (a code
/// without a Chinese comment needs an English one).
fn constants(
    rng: &mut SplitMix64,
    common: &Common,
    families: &[String],
    english: bool,
    oddities: &mut Oddities,
) -> Vec<Constant> {
    let count = CODES.start() + rng.below(CODES.end() - CODES.start() + 1);
    let mut wires = HashSet::new();
    let mut out: Vec<(String, String, String)> = Vec::with_capacity(count);
    let mut add =
        |wire: String, topic: &str, rng: &mut SplitMix64, oddities: &mut Oddities, out: &mut Vec<_>| {
            if wires.insert(wire.clone()) {
                let (zh, en) = texts(rng, out.len() + 1, topic, oddities);
                out.push((wire, zh, en));
                true
            } else {
                false
            }
        };
    // About a third of the products repeat one to three common codes, as the SDK's do.
    if rng.below(3) == 0 {
        for _ in 0..1 + rng.below(3) {
            let wire = common.codes[rng.below(common.codes.len())].clone();
            if add(wire, "a common condition", rng, oddities, &mut out) {
                oddities.repeated_common += 1;
            }
        }
    }
    // One product in ten has a pair of codes deriving the same variant name.
    if rng.below(10) == 0 {
        let family = &families[rng.below(families.len())];
        let pair = words(rng, 3);
        let first = format!("{family}.{}", pair.concat());
        let second = format!("{family}{}.{}", pair[0], pair[1..].concat());
        if CODE_LEN.contains(&first.len()) && CODE_LEN.contains(&second.len()) {
            let topic = pair.join(" ").to_ascii_lowercase();
            if add(first, &topic, rng, oddities, &mut out) && add(second, &topic, rng, oddities, &mut out) {
                oddities.collisions += 1;
            }
        }
    }
    // One in ten has a family code with a trailing dot.
    if rng.below(10) == 0 {
        let family = &families[rng.below(families.len())];
        if add(format!("{family}."), "a family", rng, oddities, &mut out) {
            oddities.trailing_dot += 1;
        }
    }
    while out.len() < count {
        let mut counted = Oddities::default();
        let (wire, words) = product_code(rng, families, &mut counted);
        if !CODE_LEN.contains(&wire.len()) || common.codes.contains(&wire) {
            continue;
        }
        let topic = words.join(" ").to_ascii_lowercase();
        if add(wire, &topic, rng, oddities, &mut out) {
            for (total, one) in [
                (&mut oddities.no_family, counted.no_family),
                (&mut oddities.three_segments, counted.three_segments),
                (&mut oddities.lower_case, counted.lower_case),
                (&mut oddities.snake_case, counted.snake_case),
            ] {
                *total += one;
            }
        }
    }
    out.into_iter()
        .map(|(wire, zh, en)| {
            // A few codes have no comment in the Chinese edition, a few a blank one in the
            // English edition, and some are missing there.
            let roll = rng.below(100);
            let zh = if roll == 0 && english {
                oddities.no_comment += 1;
                None
            } else {
                Some(zh)
            };
            let en = match roll {
                0 => Some(en),
                1..=3 => {
                    oddities.blank_english += 1;
                    Some(String::new())
                }
                4..=10 => None,
                _ => Some(en),
            };
            Constant { wire, zh, en }
        })
        .collect()
}

/// The Go constant's name, as the SDK spells it: the code upper-cased, `.` as `_`.
fn go_name(wire: &str) -> String {
    wire.to_ascii_uppercase().replace('.', "_")
}

fn go_file(package: &str, seed: u64, heading: &str, constants: &[(&str, Option<&str>)]) -> String {
    let mut go = format!(
        "// Synthetic (seed {seed}), written by `cargo xtask synth --tencent-sdk`: invented codes and\n\
         // texts in the layout of tencentcloud-sdk-go's errors.go.\n\npackage {package}\n\nconst (\n\t// {heading}\n"
    );
    for (wire, doc) in constants {
        go.push('\n');
        match doc {
            Some("") => go.push_str("\t// \n"),
            Some(doc) => writeln!(go, "\t// {doc}").expect("writing to a String"),
            None => {}
        }
        writeln!(go, "\t{} = \"{wire}\"", go_name(wire)).expect("writing to a String");
    }
    go.push_str(")\n");
    go
}

/// The tree's files, in the SDK's (sorted) order, and the oddities they hold.
pub fn tencent_sdk(seed: u64, common: &Common) -> (Vec<SdkFile>, Oddities) {
    let mut rng = SplitMix64(seed);
    let mut oddities = Oddities::default();
    // `AuthFailure.` covers sub-codes only: the family is `AuthFailure`.
    let families: Vec<String> = common
        .families
        .iter()
        .map(|rule| rule.prefix.value.trim_end_matches('.').to_owned())
        .collect();
    let mut products = HashSet::new();
    let mut files = Vec::with_capacity(PRODUCT_VERSIONS);
    while files.len() < PRODUCT_VERSIONS {
        let product = product_name(&mut rng);
        if product == "common" || !products.insert(product.clone()) {
            continue;
        }
        let versions: &[&str] = if rng.below(10) == 0 && files.len() + 1 < PRODUCT_VERSIONS {
            &["v20180101", "v20230101"]
        } else {
            &["v20200101"]
        };
        for version in versions {
            // One product version in fifteen is missing from the international edition.
            let english = rng.below(15) != 0;
            let constants = constants(&mut rng, common, &families, english, &mut oddities);
            let zh: Vec<(&str, Option<&str>)> = constants
                .iter()
                .map(|constant| (constant.wire.as_str(), constant.zh.as_deref()))
                .collect();
            // One in five in the international edition has a code or two the Chinese one lacks.
            let en = english.then(|| {
                let mut en: Vec<(String, Option<String>)> = constants
                    .iter()
                    .filter_map(|constant| Some((constant.wire.clone(), Some(constant.en.clone()?))))
                    .collect();
                if rng.below(5) == 0 {
                    for extra in 0..1 + rng.below(2) {
                        let wire = format!("UnsupportedOperation.EnglishOnly{}", extra + 1);
                        oddities.english_only += 1;
                        en.push((
                            wire,
                            Some(format!("Synthetic error only in English {}.", extra + 1)),
                        ));
                    }
                }
                let en: Vec<(&str, Option<&str>)> = en
                    .iter()
                    .map(|(wire, doc)| (wire.as_str(), doc.as_deref()))
                    .collect();
                go_file(version, seed, "error codes of this product", &en)
            });
            files.push(SdkFile {
                relative: format!("tencentcloud/{product}/{version}/errors.go"),
                zh: go_file(version, seed, "此产品的特有错误码", &zh),
                en,
                codes: constants.len(),
            });
        }
    }
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    (files, oddities)
}

/// `cargo xtask synth --tencent-sdk [--seed S] --out DIR`; `workspace` holds the common catalog.
pub fn run(options: &[&str], usage: &str, workspace: &Path) -> ExitCode {
    let (seed, out) = match crate::synth_tencent::seed_and_out(options, "--tencent-sdk", usage) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let common = match Common::read(&workspace.join("catalogs/tencent.yaml")) {
        Ok(common) => common,
        Err(message) => {
            eprintln!("{message}\nerror: cannot read the common catalog; nothing was written");
            return ExitCode::FAILURE;
        }
    };
    let (files, oddities) = tencent_sdk(seed, &common);
    for file in &files {
        let editions = [(ZH_DIR, Some(&file.zh)), (EN_DIR, file.en.as_ref())];
        for (edition, text) in editions {
            let Some(text) = text else { continue };
            let path = out.join(edition).join(&file.relative);
            if let Err(error) = crate::write(&path, text) {
                eprintln!("error: cannot write {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let codes: usize = files.iter().map(|file| file.codes).sum();
    let english = files.iter().filter(|file| file.en.is_some()).count();
    crate::out::say(format_args!(
        "wrote {} product versions ({english} in the English edition), {codes} codes, to {}/{{{ZH_DIR},{EN_DIR}}} (seed {seed})\n{oddities:?}",
        files.len(),
        out.display(),
    ));
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::go_consts::read_consts;

    fn common() -> Common {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the workspace");
        Common::read(&workspace.join("catalogs/tencent.yaml")).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn a_tree_of_the_sdk_shape_with_every_oddity_that_reads_back() {
        let common = common();
        let (files, oddities) = tencent_sdk(5, &common);
        assert_eq!(
            (files.clone(), oddities.clone()),
            tencent_sdk(5, &common),
            "deterministic"
        );
        assert_ne!(files, tencent_sdk(6, &common).0, "seed-dependent");
        assert_eq!(files.len(), PRODUCT_VERSIONS);
        let codes: usize = files.iter().map(|file| file.codes).sum();
        assert!((15_000..=19_000).contains(&codes), "{codes} codes");
        assert!(
            files
                .iter()
                .filter(|file| file.relative.contains("/v20230101/"))
                .count()
                > 5
        );
        assert!(files.iter().filter(|file| file.en.is_none()).count() > 5);
        for count in [
            oddities.trailing_dot,
            oddities.lower_case,
            oddities.snake_case,
            oddities.three_segments,
            oddities.collisions,
            oddities.repeated_common,
            oddities.no_family,
            oddities.no_comment,
            oddities.placeholders,
            oddities.blank_english,
            oddities.english_only,
        ] {
            assert!(count > 5, "{oddities:?}");
        }
        // Every file reads back, with its codes and descriptions, and product codes are 10–60 bytes.
        let mut read = 0;
        for file in &files {
            let (consts, problems) = read_consts(file.zh.as_bytes());
            assert_eq!(problems, [], "{}", file.relative);
            assert_eq!(consts.len(), file.codes, "{}", file.relative);
            read += consts.len();
            for constant in &consts {
                assert!(
                    common.codes.contains(&constant.value) || CODE_LEN.contains(&constant.value.len()),
                    "{}",
                    constant.value
                );
            }
            if let Some(en) = &file.en {
                assert_eq!(read_consts(en.as_bytes()).1, [], "{}", file.relative);
            }
        }
        assert_eq!(read, codes);
    }
}
