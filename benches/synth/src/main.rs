//! `synth`: the synthetic catalogs BENCHMARKS.md's scripts measure the generator and the generated
//! code on (see the crate's docs).
//!
//! ```text
//! cargo run -q -p cloud-errors-synth -- --codes N [--seed S] --out DIR
//! cargo run -q -p cloud-errors-synth -- --tencent-shape [--seed S] --out DIR
//! ```
//!
//! `--codes` writes DIR/synth.yaml (N codes), its module as `cargo xtask generate` writes it
//! (DIR/synth.rs) and the same codes in the `match` shape (DIR/match_shape.rs); `--tencent-shape`
//! writes a common catalog and ~280 catalogs extending it, shaped like the Tencent Cloud import.
//! Both are checked by the generator before anything is written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cloud_errors_codegen::generate_from;
use cloud_errors_codegen::validate::Source;
use cloud_errors_synth::{catalog_yaml, match_shape, synth_codes, tencent};

const USAGE: &str =
    "usage: synth --codes N [--seed S] --out DIR\n       synth --tencent-shape [--seed S] --out DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (tencent_shape, options) = match args.as_slice() {
        ["--tencent-shape", rest @ ..] => (true, rest),
        rest => (false, rest),
    };
    let options = match Options::parse(options, tencent_shape) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let written = if tencent_shape {
        write_tencent_shape(&options)
    } else {
        write_one(&options)
    };
    match written {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    /// `--codes`, for one catalog; none for the Tencent shape.
    count: Option<usize>,
    seed: u64,
    out: PathBuf,
}

impl Options {
    fn parse(options: &[&str], tencent_shape: bool) -> Result<Options, String> {
        let (mut count, mut seed, mut out) = (None, 0u64, None);
        let number = |flag: &str, value: &str| {
            value
                .parse::<u64>()
                .map_err(|_| format!("`{flag}` needs a non-negative integer, not `{value}`"))
        };
        let mut rest = options;
        loop {
            rest = match rest {
                [] => break,
                ["--codes", value, tail @ ..] if !tencent_shape => {
                    count = Some(number("--codes", value)? as usize);
                    tail
                }
                ["--seed", value, tail @ ..] => {
                    seed = number("--seed", value)?;
                    tail
                }
                ["--out", value, tail @ ..] => {
                    out = Some(PathBuf::from(value));
                    tail
                }
                [flag, ..] => return Err(format!("`{flag}` is not an option here")),
            };
        }
        let out = out.ok_or("`--out DIR` is required")?;
        match count {
            Some(0) => Err("a catalog needs at least one code".to_owned()),
            None if !tencent_shape => Err("`--codes N` is required".to_owned()),
            count => Ok(Options { count, seed, out }),
        }
    }
}

/// One catalog of `--codes` codes, its module and its `match` shape.
fn write_one(options: &Options) -> Result<Vec<String>, String> {
    let (count, seed, out) = (options.count.unwrap_or(1), options.seed, &options.out);
    let codes = synth_codes(count, seed);
    let yaml = catalog_yaml(&codes, seed);
    let source = Source {
        path: "synth.yaml".to_owned(),
        text: yaml.clone(),
    };
    let generated = generate_from(&[source])
        .map_err(|diagnostics| format!("{diagnostics}\nthe synthetic catalog is invalid (a bug in synth)"))?;
    let module = generated
        .files
        .iter()
        .find(|file| file.path.ends_with("synth.rs"))
        .ok_or("the generator wrote no module for synth.yaml")?;
    let files = [
        (out.join("synth.yaml"), yaml.clone()),
        // The module exactly as `cargo xtask generate` would write it, and the `match` shape.
        (out.join("synth.rs"), module.contents.clone()),
        (
            out.join("match_shape.rs"),
            match_shape::match_module(&generated.catalogs[0].codes),
        ),
    ];
    let mut lines = Vec::new();
    for (path, contents) in &files {
        write(path, contents)?;
        lines.push(format!("wrote {} ({} bytes)", path.display(), contents.len()));
    }
    let dotted = codes.iter().filter(|code| code.wire.contains('.')).count();
    let snake = codes.iter().filter(|code| code.wire.contains('_')).count();
    let longest = codes.iter().map(|code| code.wire.len()).max().unwrap_or(0);
    let shortest = codes.iter().map(|code| code.wire.len()).min().unwrap_or(0);
    lines.push(format!(
        "module synth, {count} codes (seed {seed}): {dotted} dotted, {snake} snake_case, {} other; {shortest}-{longest} bytes",
        count - dotted - snake,
    ));
    Ok(lines)
}

/// The common catalog and the ~280 catalogs extending it.
fn write_tencent_shape(options: &Options) -> Result<Vec<String>, String> {
    let (seed, out) = (options.seed, &options.out);
    let files = tencent::tencent_shape(seed);
    let sources: Vec<Source> = files.iter().map(tencent::SynthFile::source).collect();
    generate_from(&sources).map_err(|diagnostics| {
        format!("{diagnostics}\nthe synthetic catalogs are invalid (a bug in synth)")
    })?;
    for file in &files {
        write(&out.join(&file.file_name), &file.yaml)?;
    }
    let codes: usize = files.iter().map(|file| file.codes).sum();
    let overrides: usize = files.iter().map(|file| file.overrides).sum();
    let bytes: usize = files.iter().map(|file| file.yaml.len()).sum();
    Ok(vec![format!(
        "wrote {} catalogs ({bytes} bytes) to {} (seed {seed}): {} and {} services extending it, {codes} codes, {overrides} overrides of common codes",
        files.len(),
        out.display(),
        tencent::COMMON,
        files.len() - 1,
    )])
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("cannot write {}: {error}", path.display()))
}
