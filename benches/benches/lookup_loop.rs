//! Lookups in a plain throughput loop, without criterion: our `from_known_code` and `from_code`
//! against `FxHashMap<&str, u32>::get` on the same Tencent-shaped catalogs and loads as the
//! criterion `lookup` bench (90% hits, 10% near-misses, shuffled), at every size built.
//!
//! Each run times `LOOKUPS` lookups cycling through the load; the shapes take turns run by run,
//! so a change in the machine's speed hits all of them alike. Prints the best and the median
//! run in ns per lookup, and ours ÷ FxHashMap of each. BENCHMARKS.md has the numbers.
//!
//! `cargo bench -p cloud-errors-benches --bench lookup_loop`; `RUNS=n` sets the runs per shape
//! (default 15), `SHAPES=fxhashmap,…` runs only those shapes (for `perf record`).

use std::hint::black_box;
use std::time::Instant;

use cloud_errors_benches::{for_each_size, mixed_load, LOAD_LEN};
use rustc_hash::FxHashMap;

/// Lookups per timed run.
const LOOKUPS: usize = 200_000;

/// `LOOKUPS` lookups cycling through `load`, each result handed to `black_box`; ns per lookup.
#[inline(never)]
fn run<R>(load: &[String], lookup: impl Fn(&str) -> R) -> f64 {
    let start = Instant::now();
    for at in 0..LOOKUPS {
        let code = black_box(load[at & (LOAD_LEN - 1)].as_str());
        black_box(lookup(code));
    }
    start.elapsed().as_nanos() as f64 / LOOKUPS as f64
}

/// The best and the median of `times`.
fn best_and_median(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[0], times[times.len() / 2])
}

fn main() {
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .filter(|&runs| runs > 0)
        .unwrap_or(15);
    let only: Option<Vec<String>> = std::env::var("SHAPES")
        .ok()
        .map(|shapes| shapes.split(',').map(str::to_owned).collect());
    let wanted = |shape: &str| only.as_ref().is_none_or(|only| only.iter().any(|s| s == shape));
    println!("{LOOKUPS} lookups per run, {runs} runs per shape, ns per lookup: best (median)");

    macro_rules! size {
        ($module:ident, $size:expr) => {{
            use cloud_errors_benches::$module as codes;
            let load = mixed_load(&codes::CODES);
            let fx_map: FxHashMap<&str, u32> = codes::CODES.iter().copied().zip(0..).collect();
            // Both sides must answer the whole load alike before they are timed.
            for code in &load {
                let expected = fx_map.get(code.as_str()).copied();
                let ours = codes::Code::from_known_code(code);
                assert_eq!(
                    ours.as_ref().map(|c| c.code()),
                    expected.map(|i| codes::CODES[i as usize])
                );
                assert_eq!(codes::Code::from_code(code).is_known(), expected.is_some());
            }

            let shapes: [&str; 3] = ["ours_from_known_code", "ours_from_code", "fxhashmap"];
            let mut times: [Vec<f64>; 3] = Default::default();
            for _ in 0..runs {
                if wanted(shapes[0]) {
                    times[0].push(run(&load, |code| codes::Code::from_known_code(code)));
                }
                if wanted(shapes[1]) {
                    times[1].push(run(&load, |code| codes::Code::from_code(code)));
                }
                if wanted(shapes[2]) {
                    times[2].push(run(&load, |code| fx_map.get(code).copied()));
                }
            }
            let results: Vec<Option<(f64, f64)>> = times
                .iter_mut()
                .map(|times| (!times.is_empty()).then(|| best_and_median(times)))
                .collect();
            for (shape, result) in shapes.iter().zip(&results) {
                let Some((best, median)) = result else { continue };
                print!("{:>6} codes  {shape:<22} {best:6.2} ({median:6.2})", $size);
                match (result, results[2]) {
                    (Some((best, median)), Some((fx_best, fx_median))) if *shape != "fxhashmap" => {
                        println!("   ÷ fx: {:.2} ({:.2})", best / fx_best, median / fx_median)
                    }
                    _ => println!(),
                }
            }
        }};
    }
    for_each_size!(size);
}
