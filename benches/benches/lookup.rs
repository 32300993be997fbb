//! Lookups of our generated `Code` against `HashMap` and `FxHashMap`, at every catalog size
//! built (see build.rs), and the per-code accessors against plain array indexing. The `match`,
//! strum and phf shapes are in `lookup_alternatives` (they take most of the benches' build time).
//! BENCHMARKS.md has the numbers and how to run them.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use cloud_errors_benches::{for_each_size, known_indices, mixed_load, per_lookup, LOAD_LEN};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use rustc_hash::FxHashMap;

fn lookups(c: &mut Criterion) {
    macro_rules! size {
        ($module:ident, $size:expr) => {{
            use cloud_errors_benches::$module as codes;
            let load = mixed_load(&codes::CODES);
            let std_map: HashMap<&str, u32> = codes::CODES.iter().copied().zip(0..).collect();
            let fx_map: FxHashMap<&str, u32> = codes::CODES.iter().copied().zip(0..).collect();
            // Every shape must agree on the load before it is timed.
            for code in &load {
                let expected = fx_map.get(code.as_str()).copied();
                assert_eq!(
                    codes::Code::from_known_code(code).map(|c| c.code() == code.as_str()),
                    expected.map(|_| true)
                );
                assert_eq!(std_map.get(code.as_str()).copied(), expected);
            }

            let mut group = c.benchmark_group("from_code");
            per_lookup!(group, "ours_from_known_code", $size, load, |code| {
                codes::Code::from_known_code(code)
            });
            per_lookup!(group, "ours_from_code", $size, load, |code| {
                codes::Code::from_code(code)
            });
            per_lookup!(group, "std_hashmap", $size, load, |code| std_map
                .get(code)
                .copied());
            per_lookup!(group, "fxhashmap", $size, load, |code| fx_map.get(code).copied());
            group.finish();
        }};
    }
    for_each_size!(size);
}

/// Hands an accessor's result to `black_box` one register at a time, the same way for ours and
/// for the array. A slice passed whole is spilled as two 8-byte stores and reloaded as one 16-byte
/// load, which the CPU cannot forward from the stores: `perf annotate` put 72% of `code()`'s time
/// on that reload, a stall of the harness, not of the accessor (an array element already sits in
/// memory as 16 bytes, so the array side never paid it).
trait Sink {
    fn sink(self);
}

impl<T> Sink for &[T] {
    #[inline(always)]
    fn sink(self) {
        black_box(self.as_ptr());
        black_box(self.len());
    }
}

impl Sink for &str {
    #[inline(always)]
    fn sink(self) {
        self.as_bytes().sink();
    }
}

impl Sink for cloud_errors::Retry {
    #[inline(always)]
    fn sink(self) {
        black_box(self);
    }
}

impl Sink for cloud_errors::Category {
    #[inline(always)]
    fn sink(self) {
        black_box(self);
    }
}

/// One accessor call per iteration over shuffled known codes, against indexing an array.
macro_rules! per_call {
    ($group:expr, $name:expr, $size:expr, $inputs:expr, |$item:ident| $call:expr) => {
        $group.bench_function(BenchmarkId::new($name, $size), |b| {
            let mut at = 0usize;
            b.iter(|| {
                let $item = black_box(&$inputs[at & (LOAD_LEN - 1)]);
                at = at.wrapping_add(1);
                Sink::sink($call)
            })
        });
    };
}

/// An index held in a value as big as a `Code` (32 bytes, like the tag and `Unknown`'s `String`).
/// A code type that keeps unknown codes verbatim cannot be 4 bytes; this baseline tells how much
/// of the difference to the plain array is that size (the input vector is 512 KB instead of 64 KB,
/// and addressing an element takes one instruction more) rather than the accessor.
#[derive(Clone, Copy)]
struct WideIndex {
    index: u32,
    _as_big_as_a_code: [u64; 3],
}

fn accessors(c: &mut Criterion) {
    macro_rules! size {
        ($module:ident, $size:expr) => {{
            use cloud_errors_benches::$module as codes;
            let indices = known_indices(codes::CODES.len());
            let values: Vec<codes::Code> = indices
                .iter()
                .map(|&i| codes::Code::from_known_code(codes::CODES[i as usize]).expect("a known code"))
                .collect();
            let wide: Vec<WideIndex> = indices
                .iter()
                .map(|&index| WideIndex {
                    index,
                    _as_big_as_a_code: [0; 3],
                })
                .collect();
            assert_eq!(size_of::<WideIndex>(), size_of::<codes::Code>());
            let mut group = c.benchmark_group("accessors");
            per_call!(group, "code/ours", $size, values, |value| value.code());
            per_call!(group, "code/array", $size, indices, |index| codes::CODES
                [*index as usize]);
            per_call!(group, "code/array_wide", $size, wide, |wide| codes::CODES
                [wide.index as usize]);
            per_call!(group, "http_statuses/ours", $size, values, |value| value
                .http_statuses());
            per_call!(group, "http_statuses/array", $size, indices, |index| {
                codes::STATUSES[*index as usize]
            });
            per_call!(group, "http_statuses/array_wide", $size, wide, |wide| {
                codes::STATUSES[wide.index as usize]
            });
            per_call!(group, "retry/ours", $size, values, |value| value.retry());
            per_call!(group, "retry/array", $size, indices, |index| codes::RETRY
                [*index as usize]);
            per_call!(group, "retry/array_wide", $size, wide, |wide| codes::RETRY
                [wide.index as usize]);
            per_call!(group, "category/ours", $size, values, |value| value.category());
            per_call!(group, "category/array", $size, indices, |index| codes::CATEGORY
                [*index as usize]);
            per_call!(group, "category/array_wide", $size, wide, |wide| codes::CATEGORY
                [wide.index as usize]);
            group.finish();
        }};
    }
    for_each_size!(size);
}

criterion_group! {
    name = benches;
    // Short runs keep the whole file near two minutes: each call takes nanoseconds, so 1 s of
    // warm-up and 2 s of measurement give medians that repeat within a few percent.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = lookups, accessors
}
criterion_main!(benches);
