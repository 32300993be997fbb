//! Lookups of our generated `Code` against a `match` on `&str`, strum's `EnumString` and a phf
//! map (and `FxHashMap`, for the ratios), at every catalog size built (see build.rs). Apart from
//! `lookup` because these shapes take most of the benches' build time (a 10,000-arm `match`).
//! BENCHMARKS.md has the numbers and how to run them.

use std::str::FromStr;
use std::time::Duration;

use cloud_errors_benches::{for_each_size, mixed_load, per_lookup};
use criterion::{criterion_group, criterion_main, Criterion};
use rustc_hash::FxHashMap;

/// The `match`, strum and phf shapes of each catalog (written by build.rs, compiled only here).
#[allow(dead_code, clippy::all)]
mod baselines {
    include!(concat!(env!("OUT_DIR"), "/baselines.rs"));
}

fn lookups(c: &mut Criterion) {
    macro_rules! size {
        ($module:ident, $size:expr) => {{
            use baselines::$module as other;
            use cloud_errors_benches::$module as codes;
            let load = mixed_load(&codes::CODES);
            let fx_map: FxHashMap<&str, u32> = codes::CODES.iter().copied().zip(0..).collect();
            // Every shape must agree on the load before it is timed.
            for code in &load {
                let expected = other::match_lookup(code);
                assert_eq!(
                    codes::Code::from_known_code(code).map(|c| c.code() == code.as_str()),
                    expected.map(|_| true)
                );
                assert_eq!(other::StrumCode::from_str(code).is_ok(), expected.is_some());
                assert_eq!(other::PHF.get(code.as_str()).copied(), expected);
                assert_eq!(fx_map.get(code.as_str()).copied(), expected);
            }

            let mut group = c.benchmark_group("from_code_alternatives");
            per_lookup!(group, "ours_from_known_code", $size, load, |code| {
                codes::Code::from_known_code(code)
            });
            per_lookup!(group, "match", $size, load, |code| other::match_lookup(code));
            per_lookup!(group, "strum", $size, load, |code| other::StrumCode::from_str(
                code
            )
            .ok());
            per_lookup!(group, "phf", $size, load, |code| other::PHF.get(code).copied());
            per_lookup!(group, "fxhashmap", $size, load, |code| fx_map.get(code).copied());
            group.finish();
        }};
    }
    for_each_size!(size);
}

criterion_group! {
    name = benches;
    // As in `lookup`: each call takes nanoseconds, so 1 s of warm-up and 2 s of measurement give
    // medians that repeat within a few percent.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = lookups
}
criterion_main!(benches);
