//! Generation time: the whole pipeline `cargo xtask generate` runs for one catalog (YAML parse,
//! checks, perfect-hash search, emission, formatting), at 1,000, 10,000 and 100,000 synthetic
//! codes, to see that it stays fast and grows linearly. File writing is left out.

use std::hint::black_box;
use std::time::Duration;

use cloud_errors_codegen::generate_from;
use cloud_errors_codegen::validate::Source;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};

// The generator behind the `synth` command: the same codes the command writes.
use cloud_errors_synth as synth;

fn generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    // A 100,000-code run takes seconds: ten samples of equal size (criterion's least), instead
    // of samples of growing size.
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(20));
    for codes in [1_000, 10_000, 100_000] {
        let sources = [Source {
            path: "catalogs/synth.yaml".to_owned(),
            text: synth::catalog_yaml(&synth::synth_codes(codes, 1), 1),
        }];
        group.throughput(Throughput::Elements(codes as u64));
        group.bench_function(BenchmarkId::from_parameter(codes), |b| {
            b.iter(|| generate_from(black_box(&sources)).expect("a valid catalog"))
        });
    }
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
