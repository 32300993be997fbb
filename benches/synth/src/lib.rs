//! Synthetic catalogs for measuring the generator and the generated code at scale: codes shaped
//! like real ones (dotted CamelCase families sharing long prefixes, snake_case, plain CamelCase),
//! 8–60 bytes, distinct, each with a derivable variant name of its own, deterministic from a seed.
//!
//! Beside the benchmarks, which alone need it: the `synth` command writes these catalogs for the
//! scripts of BENCHMARKS.md, and the build script of `cloud-errors-benches` writes the same codes
//! into its benchmark catalogs, so both measure the very same codes.

pub mod match_shape;
pub mod tencent;

use std::collections::HashSet;

use cloud_errors_codegen::ident::{variant_name, RESERVED_VARIANTS};

/// Shortest and longest code, in bytes.
pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 60;

/// One synthetic code with everything a catalog entry needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthCode {
    pub wire: String,
    pub statuses: Vec<u16>,
    pub retry: &'static str,
    pub en: String,
    pub ja: String,
}

/// Families as cloud APIs have them (Tencent Cloud's API 3.0 style), with their usual status
/// and retry class.
pub const FAMILIES: [(&str, u16, &str); 14] = [
    ("AuthFailure", 401, "after_fix"),
    ("FailedOperation", 400, "never"),
    ("InternalError", 500, "backoff"),
    ("InvalidParameter", 400, "never"),
    ("InvalidParameterValue", 400, "never"),
    ("LimitExceeded", 429, "backoff"),
    ("MissingParameter", 400, "never"),
    ("OperationDenied", 403, "never"),
    ("ResourceInUse", 409, "after_fix"),
    ("ResourceInsufficient", 409, "backoff"),
    ("ResourceNotFound", 404, "never"),
    ("ResourceUnavailable", 503, "backoff"),
    ("UnauthorizedOperation", 403, "never"),
    ("UnsupportedOperation", 400, "never"),
];

pub const WORDS: [&str; 64] = [
    "Instance",
    "Type",
    "Not",
    "Supported",
    "In",
    "Zone",
    "Disk",
    "Snapshot",
    "Image",
    "Vpc",
    "Subnet",
    "Security",
    "Group",
    "Quota",
    "Exceeded",
    "Invalid",
    "Format",
    "Length",
    "Charge",
    "Period",
    "Bandwidth",
    "Address",
    "Cluster",
    "Node",
    "Pool",
    "Certificate",
    "Domain",
    "Record",
    "Already",
    "Exists",
    "Expired",
    "Locked",
    "Mismatch",
    "Range",
    "Count",
    "Owner",
    "Region",
    "Project",
    "Tag",
    "Key",
    "Policy",
    "Role",
    "Account",
    "Balance",
    "Backup",
    "Database",
    "User",
    "Password",
    "Port",
    "Protocol",
    "Listener",
    "Rule",
    "Route",
    "Table",
    "Gateway",
    "Volume",
    "Size",
    "Status",
    "Version",
    "Parameter",
    "Template",
    "Task",
    "Request",
    "Limit",
];

/// A small, fixed PRNG (SplitMix64): the codes must not change when a dependency does.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`); the tiny modulo bias does not matter here.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// A code as a generator draws it: wire code, statuses, retry class, the words of its topic.
pub type Drawn = (String, Vec<u16>, &'static str, Vec<&'static str>);

/// `count` codes drawn by `draw` from `seed`, in a deterministic order: a drawn code is kept when
/// its length is in `lengths`, its wire code is new and its derived variant name is new and not
/// reserved, so the catalog needs no explicit `name:`.
pub fn distinct_codes(
    count: usize,
    seed: u64,
    lengths: std::ops::RangeInclusive<usize>,
    mut draw: impl FnMut(&mut SplitMix64) -> Drawn,
) -> Vec<SynthCode> {
    let mut rng = SplitMix64(seed);
    let mut wires = HashSet::with_capacity(count);
    let mut names = HashSet::with_capacity(count);
    let mut codes = Vec::with_capacity(count);
    while codes.len() < count {
        let (wire, statuses, retry, words) = draw(&mut rng);
        if !lengths.contains(&wire.len()) || wires.contains(&wire) {
            continue;
        }
        let Ok(name) = variant_name(&wire) else { continue };
        if RESERVED_VARIANTS.contains(&name.as_str()) || !names.insert(name) {
            continue;
        }
        wires.insert(wire.clone());
        let number = codes.len() + 1;
        let topic = words.join(" ").to_ascii_lowercase();
        codes.push(SynthCode {
            en: format!("Synthetic error {number} about {topic}."),
            ja: format!("{topic} に関する合成エラー {number} です。"),
            wire,
            statuses,
            retry,
        });
    }
    codes
}

/// `count` distinct codes from `seed`, in a deterministic order.
pub fn synth_codes(count: usize, seed: u64) -> Vec<SynthCode> {
    distinct_codes(count, seed, MIN_LEN..=MAX_LEN, |rng| {
        let (family, status, retry) = FAMILIES[rng.below(FAMILIES.len())];
        let words: Vec<&str> = (0..2 + rng.below(5))
            .map(|_| WORDS[rng.below(WORDS.len())])
            .collect();
        let shape = rng.below(10);
        let (wire, statuses, retry) = match shape {
            // Most codes: `Family.Words`, sometimes a third level (`Family.Sub.Words`).
            0..=6 => {
                let wire = if shape == 0 {
                    let (sub, leaf) = words.split_at(1);
                    format!("{family}.{}.{}", sub[0], leaf.concat())
                } else {
                    format!("{family}.{}", words.concat())
                };
                (wire, vec![status], retry)
            }
            // snake_case, as some services spell them.
            7 | 8 => {
                let lower: Vec<String> = words.iter().map(|word| word.to_ascii_lowercase()).collect();
                (lower.join("_"), vec![400], "never")
            }
            // Plain CamelCase, sometimes with two documented statuses.
            _ => (
                words.concat(),
                vec![404, 400][..1 + rng.below(2)].to_vec(),
                "never",
            ),
        };
        (wire, statuses, retry, words)
    })
}

/// A catalog (module `synth`, OCI envelope) holding `codes`, as YAML.
pub fn catalog_yaml(codes: &[SynthCode], seed: u64) -> String {
    let mut yaml = format!(
        "# Synthetic catalog of {} codes (seed {seed}), written by `synth`.\n\
         module: synth\n\
         provider: Synthetic Cloud\n\
         docs: https://example.com/synthetic-errors\n\
         envelope: oci\n\ncodes:\n",
        codes.len()
    );
    // Every string here is ASCII letters, digits, `.`, `_`, spaces and Japanese text without
    // quotes or backslashes, so double quotes need no escaping.
    for code in codes {
        let statuses: Vec<String> = code.statuses.iter().map(u16::to_string).collect();
        yaml.push_str(&format!(
            "  - code: \"{}\"\n    status: [{}]\n    retry: {}\n    en: \"{}\"\n    ja: \"{}\"\n",
            code.wire,
            statuses.join(", "),
            code.retry,
            code.en,
            code.ja
        ));
    }
    yaml
}

#[cfg(test)]
mod tests {
    use super::*;
    use cloud_errors_codegen::{generate_from, validate::Source};

    #[test]
    fn is_deterministic_and_seed_dependent() {
        assert_eq!(synth_codes(200, 7), synth_codes(200, 7));
        assert_ne!(synth_codes(200, 7), synth_codes(200, 8));
    }

    #[test]
    fn codes_are_realistic_and_the_catalog_is_valid() {
        let codes = synth_codes(500, 1);
        assert_eq!(codes.len(), 500);
        assert!(codes
            .iter()
            .all(|code| (MIN_LEN..=MAX_LEN).contains(&code.wire.len())));
        let dotted = codes.iter().filter(|code| code.wire.contains('.')).count();
        let snake = codes.iter().filter(|code| code.wire.contains('_')).count();
        assert!(dotted > 250 && snake > 50, "dotted {dotted}, snake {snake}");
        let source = Source {
            path: "synth.yaml".to_owned(),
            text: catalog_yaml(&codes, 1),
        };
        let generated = generate_from(&[source]).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(generated.catalogs[0].codes.len(), 500);
    }

    /// The lookup benchmarks' codes: Tencent-shaped, distinct, a valid catalog.
    #[test]
    fn tencent_service_codes_are_dotted_distinct_and_valid() {
        use crate::tencent::{service_codes, CODE_LEN};
        let codes = service_codes(1000, 1);
        assert_eq!(codes, service_codes(1000, 1));
        let wires: std::collections::HashSet<&str> = codes.iter().map(|code| code.wire.as_str()).collect();
        assert_eq!(wires.len(), 1000);
        assert!(codes
            .iter()
            .all(|code| CODE_LEN.contains(&code.wire.len()) && code.wire.contains('.')));
        let source = Source {
            path: "synth.yaml".to_owned(),
            text: catalog_yaml(&codes, 1),
        };
        let generated = generate_from(&[source]).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(generated.catalogs[0].codes.len(), 1000);
    }
}
