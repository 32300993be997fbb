//! Lookups in a plain throughput loop, without criterion: our `from_known_code` and `from_code`
//! against `FxHashMap<&str, u32>::get` on the same Tencent-shaped catalogs and loads as the
//! criterion `lookup` bench (90% hits, 10% near-misses, shuffled), at every size built; and
//! `FxHashMap::get` that keeps a miss as an owned `String`, the work `from_code` does.
//!
//! Each run times `LOOKUPS` lookups cycling through the load by the thread's CPU time (time
//! spent descheduled on a loaded machine is not counted; wall time is printed beside it); the
//! shapes take turns run by run, so a change in the machine's speed hits all of them alike.
//! Runs are short (one pass through the load) and many, so that the best of them is a run no
//! other process interrupted. Prints the best and the median run in ns per lookup, and
//! ours ÷ FxHashMap of each. BENCHMARKS.md has the numbers.
//!
//! `cargo bench -p cloud-errors-benches --bench lookup_loop`; `RUNS=n` sets the runs per shape
//! (default 200), `LOOKUPS=n` the lookups per run (default 16,384), `SHAPES=fxhashmap,…` runs
//! only those shapes (for `perf record`).

use std::hint::black_box;
use std::time::Instant;

use cloud_errors_benches::{for_each_size, mixed_load, thread_cpu_ns, LOAD_LEN};
use rustc_hash::FxHashMap;

/// `lookups` lookups cycling through `load`, each result handed to `black_box`: CPU and wall ns
/// per lookup.
#[inline(never)]
fn run<R>(load: &[String], lookups: usize, lookup: impl Fn(&str) -> R) -> (f64, f64) {
    let (wall, cpu) = (Instant::now(), thread_cpu_ns());
    for at in 0..lookups {
        let code = black_box(load[at & (LOAD_LEN - 1)].as_str());
        black_box(lookup(code));
    }
    let cpu = thread_cpu_ns() - cpu;
    (
        cpu as f64 / lookups as f64,
        wall.elapsed().as_nanos() as f64 / lookups as f64,
    )
}

/// The best CPU time, the median CPU time and the best wall time of `times`.
fn summary(times: &mut [(f64, f64)]) -> (f64, f64, f64) {
    let wall = times.iter().map(|&(_, wall)| wall).fold(f64::INFINITY, f64::min);
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    (times[0].0, times[times.len() / 2].0, wall)
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .filter(|&value| value > 0)
        .unwrap_or(default)
}

fn main() {
    let runs = env_number("RUNS", 200);
    let lookups = env_number("LOOKUPS", LOAD_LEN);
    let only: Option<Vec<String>> = std::env::var("SHAPES")
        .ok()
        .map(|shapes| shapes.split(',').map(str::to_owned).collect());
    let wanted = |shape: &str| only.as_ref().is_none_or(|only| only.iter().any(|s| s == shape));
    println!("{lookups} lookups per run, {runs} runs per shape; ns per lookup, CPU time: best (median) [best wall time]");

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

            let shapes: [&str; 4] = [
                "ours_from_known_code",
                "ours_from_code",
                "fxhashmap",
                "fxhashmap_or_owned",
            ];
            let mut times: [Vec<(f64, f64)>; 4] = Default::default();
            for _ in 0..runs {
                if wanted(shapes[0]) {
                    times[0].push(run(&load, lookups, |code| codes::Code::from_known_code(code)));
                }
                if wanted(shapes[1]) {
                    times[1].push(run(&load, lookups, |code| codes::Code::from_code(code)));
                }
                if wanted(shapes[2]) {
                    times[2].push(run(&load, lookups, |code| fx_map.get(code).copied()));
                }
                // The work `from_code` does: an unknown code is kept as an owned `String`.
                if wanted(shapes[3]) {
                    times[3].push(run(&load, lookups, |code| {
                        fx_map.get(code).copied().ok_or_else(|| code.to_owned())
                    }));
                }
            }
            let results: Vec<Option<(f64, f64, f64)>> = times
                .iter_mut()
                .map(|times| (!times.is_empty()).then(|| summary(times)))
                .collect();
            for (shape, result) in shapes.iter().zip(&results) {
                let Some((best, median, wall)) = result else {
                    continue;
                };
                print!(
                    "{:>6} codes  {shape:<22} {best:6.2} ({median:6.2}) [{wall:6.2}]",
                    $size
                );
                // Ours ÷ FxHashMap, and `from_code` ÷ FxHashMap doing its work too.
                let baseline = match *shape {
                    "ours_from_known_code" => Some(2),
                    "ours_from_code" => Some(3),
                    _ => None,
                };
                let ratio = |of: usize| {
                    results[of].map(|(fx_best, fx_median, fx_wall)| {
                        format!(
                            "   ÷ {}: {:.2} ({:.2}) [{:.2}]",
                            shapes[of],
                            best / fx_best,
                            median / fx_median,
                            wall / fx_wall
                        )
                    })
                };
                let mut line = String::new();
                if baseline.is_some() {
                    line.extend(ratio(2));
                }
                if baseline == Some(3) {
                    line.extend(ratio(3));
                }
                println!("{line}");
            }
        }};
    }
    for_each_size!(size);
}
