//! The benchmark catalogs, each size in every shape (written by build.rs), and the lookup loads
//! the benchmarks run over them.

// Generated for measurement: not every shape uses every item.
#[allow(dead_code, clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/sizes.rs"));
}
pub use generated::*;

/// Lookups per load: a power of two, so a benchmark cycles through it with a mask.
pub const LOAD_LEN: usize = 1 << 14;

// The synthetic codes' fixed PRNG, so every run and every shape sees the same load.
use cloud_errors_synth::SplitMix64;

/// [`LOAD_LEN`] wire codes, 90% known and 10% unknown, shuffled. The misses look like real
/// near-misses: a known code with a changed last letter, an extra suffix, or a new leaf under a
/// known family, so that they hash, and compare, like hits.
pub fn mixed_load(codes: &[&'static str]) -> Vec<String> {
    let known: std::collections::HashSet<&str> = codes.iter().copied().collect();
    let mut rng = SplitMix64(0x5eed);
    let hits = LOAD_LEN * 9 / 10;
    let mut load: Vec<String> = (0..hits)
        .map(|_| codes[rng.below(codes.len())].to_owned())
        .collect();
    while load.len() < LOAD_LEN {
        let base = codes[rng.below(codes.len())];
        let miss = match rng.below(3) {
            0 => {
                let mut miss = base[..base.len() - 1].to_owned();
                miss.push(if base.ends_with('x') { 'y' } else { 'x' });
                miss
            }
            1 => format!("{base}Suffix"),
            _ => match base.split_once('.') {
                Some((family, _)) => format!("{family}.NotInTheCatalog{}", rng.below(1000)),
                None => format!("{base}.Leaf"),
            },
        };
        if !known.contains(miss.as_str()) {
            load.push(miss);
        }
    }
    shuffle(&mut load, &mut rng);
    load
}

/// [`LOAD_LEN`] indices of known codes, shuffled: the accessor benchmarks' input.
pub fn known_indices(count: usize) -> Vec<u32> {
    let mut rng = SplitMix64(0xacce55);
    (0..LOAD_LEN).map(|_| rng.below(count) as u32).collect()
}

/// Fisher–Yates.
fn shuffle<T>(items: &mut [T], rng: &mut SplitMix64) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// One lookup per criterion iteration, cycling through the load, so criterion reports ns per
/// lookup; the same harness for every shape of every lookup bench.
#[macro_export]
macro_rules! per_lookup {
    ($group:expr, $name:expr, $size:expr, $load:expr, |$code:ident| $lookup:expr) => {
        $group.bench_function(::criterion::BenchmarkId::new($name, $size), |b| {
            let mut at = 0usize;
            b.iter(|| {
                let $code: &str = ::std::hint::black_box($load[at & ($crate::LOAD_LEN - 1)].as_str());
                at = at.wrapping_add(1);
                ::std::hint::black_box($lookup)
            })
        });
    };
}

/// The calling thread's CPU time, in ns: what a reader costs, without the time it spent
/// descheduled while other builds shared the machine's cores.
pub fn thread_cpu_ns() -> u64 {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64
}

/// `PAIRED_ROUNDS=n`: a bench runs `n` paired rounds (see [`paired`]) instead of criterion's
/// benchmarks.
pub fn paired_rounds() -> Option<usize> {
    std::env::var("PAIRED_ROUNDS").ok().and_then(|n| n.parse().ok())
}

/// `ROUNDS` rounds of `CALLS` calls of ours, then of the alternative (the order swapped every
/// round), each timed by the thread's CPU time: the median ns per call of each, and the median
/// and lowest quartile of the per-round ratios. Two readers timed a few hundred microseconds apart
/// share the machine's state, where criterion times one for seconds, then the other.
pub fn paired<A, B>(name: &str, rounds: usize, ours: impl Fn() -> A, alternative: impl Fn() -> B) {
    const CALLS: usize = 200;
    let time = |f: &dyn Fn()| {
        let start = thread_cpu_ns();
        for _ in 0..CALLS {
            f();
        }
        (thread_cpu_ns() - start) as f64 / CALLS as f64
    };
    let ours = || drop(std::hint::black_box(ours()));
    let alternative = || drop(std::hint::black_box(alternative()));
    let (mut a, mut b, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (x, y) = if round % 2 == 0 {
            let x = time(&ours);
            (x, time(&alternative))
        } else {
            let y = time(&alternative);
            (time(&ours), y)
        };
        a.push(x);
        b.push(y);
        ratios.push(x / y);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let quartile = {
        ratios.sort_by(f64::total_cmp);
        ratios[ratios.len() / 4]
    };
    println!(
        "{name:<24} ours {:>7.1} ns  alternative {:>7.1} ns  ratio median {:.3} (lower quartile {quartile:.3})",
        median(&mut a),
        median(&mut b),
        median(&mut ratios),
    );
}
