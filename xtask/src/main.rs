//! `cargo xtask generate`: rewrites the generated crates (generated/*/) and README.md's table of
//! crates from catalogs/ (codegen's `crates` says which crate each catalog makes).
//! `cargo xtask generate --check`: writes nothing; fails, with a short diff per file, when a
//! generated file does not match catalogs/.
//! `cargo xtask site [--out DIR]`: writes the static reference site (`cloud-errors site`).
//! `cargo xtask import tencent --sdk DIR …`: catalogs/tencent/ from the Tencent Cloud Go SDK
//! (import/tencent.rs, on the shared steps of import/mod.rs).
//! `cargo xtask extract-retry <provider> --sdk DIR …`: a provider SDK's retry tables as facts,
//! facts/retry/<catalog>.json (extract_retry.rs).
//! `cargo xtask import alibaba --metadata DIR --commit SHA …`: catalogs/alibaba/ from Alibaba Cloud's
//! OpenAPI metadata (import/alibaba.rs).
//! `cargo xtask import aws --models DIR --commit SHA [--botocore DIR (--botocore-version V | --botocore-commit SHA)] …`:
//! catalogs/aws/ from the AWS Smithy models, botocore's service-2.json for what they lack
//! (import/aws.rs, import/aws/botocore.rs).
//! `cargo xtask import google --googleapis DIR …`: catalogs/google.yaml from googleapis' protos
//! (import/google.rs).
//! `cargo xtask import azure --sdk DIR …`: catalogs/azure_storage.yaml from the Storage error codes
//! azure-sdk-for-rust generates from the specs (import/azure.rs).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cloud_errors_codegen::{generate_workspace, GeneratedFile};
use import::{alibaba::Alibaba, aws::Aws, azure::Azure, google::Google, tencent::Tencent, Importer};
use out::{fail, say};

mod extract_retry;
mod flags;
mod import;
mod out;

/// Every command but `generate` (which reads `--root` before the workspace is looked for): the
/// words that name it, its usage line (`None` for an old spelling) and what runs it, given its
/// options and the workspace root. A new importer is one line here.
const COMMANDS: &[(&[&str], Option<&str>, Command)] = &[
    (
        &["import", "tencent"],
        Some(Tencent::USAGE),
        import::run::<Tencent>,
    ),
    (&["import", "tencent-sdk"], None, import::run::<Tencent>),
    (
        &["import", "alibaba"],
        Some(Alibaba::USAGE),
        import::run::<Alibaba>,
    ),
    (&["import", "aws"], Some(Aws::USAGE), import::run::<Aws>),
    (&["import", "google"], Some(Google::USAGE), import::run::<Google>),
    (&["import", "azure"], Some(Azure::USAGE), import::run::<Azure>),
    (&["extract-retry"], Some(extract_retry::USAGE), extract_retry::run),
    (&["site"], Some("cargo xtask site [--out DIR]"), run_site),
];

/// A command, given its options and the workspace root.
type Command = fn(&[&str], &Path) -> ExitCode;

/// Every command's usage line, for a command line that cannot be read.
fn usage() -> String {
    let lines = COMMANDS.iter().filter_map(|(_, usage, _)| *usage);
    let lines: Vec<&str> = std::iter::once("cargo xtask generate [--check] [--root DIR]")
        .chain(lines)
        .collect();
    format!("usage: {}", lines.join("\n       "))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if let ["generate", options @ ..] = args.as_slice() {
        return generate(options);
    }
    let found = COMMANDS.iter().find_map(|(words, _, command)| {
        let options = args.strip_prefix(*words)?;
        Some((command, options))
    });
    let Some((command, options)) = found else {
        eprintln!("{}", usage());
        return ExitCode::FAILURE;
    };
    match workspace_root() {
        Ok(root) => command(options, &root),
        Err(message) => fail(message),
    }
}

/// `generate [--check] [--root DIR]`.
fn generate(options: &[&str]) -> ExitCode {
    let Some((mode, root)) = generate_options(options) else {
        eprintln!("{}", usage());
        return ExitCode::FAILURE;
    };
    match root.map_or_else(workspace_root, Ok) {
        Ok(root) => run_generate(mode, &root),
        Err(message) => fail(message),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

/// The workspace root, from the `CARGO_MANIFEST_DIR` that `cargo run` (the `cargo xtask` alias)
/// sets for this run: never a path baked in at compile time, since one target directory shared by
/// two checkouts runs the same binary for both, and never the working directory.
fn workspace_root() -> Result<PathBuf, String> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or(
        "CARGO_MANIFEST_DIR is not set: run this as `cargo xtask …` from the workspace, or pass `--root DIR`",
    )?;
    Path::new(&manifest_dir)
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            format!(
                "{}: xtask must live in the workspace root",
                manifest_dir.to_string_lossy()
            )
        })
}

/// `generate`'s options: `--check`, and `--root DIR` (a tree holding catalogs/, generated/ and README.md,
/// the workspace by default) so tests can run the real binary on a scratch copy.
fn generate_options(options: &[&str]) -> Option<(Mode, Option<PathBuf>)> {
    let mut mode = Mode::Write;
    let mut root = None;
    let mut rest = options;
    loop {
        match rest {
            [] => return Some((mode, root)),
            ["--check", tail @ ..] if mode == Mode::Write => {
                mode = Mode::Check;
                rest = tail;
            }
            ["--root", dir, tail @ ..] if root.is_none() => {
                root = Some(PathBuf::from(dir));
                rest = tail;
            }
            _ => return None,
        }
    }
}

fn run_generate(mode: Mode, root: &Path) -> ExitCode {
    let workspace = match generate_workspace(root) {
        Ok(workspace) => workspace,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return ExitCode::FAILURE;
        }
    };
    // Every file with its path made absolute.
    let expected: Vec<GeneratedFile> = workspace
        .crates
        .iter()
        .flat_map(|generated| generated.files.iter().cloned())
        .chain(workspace.readme.clone())
        .map(|file| GeneratedFile {
            path: root.join(&file.path),
            ..file
        })
        .collect();
    let shown = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    let mut stale = 0;
    for GeneratedFile {
        path,
        contents,
        catalog,
    } in &expected
    {
        let current = std::fs::read_to_string(path).ok();
        let shown = shown(path);
        let up_to_date = current.as_deref() == Some(contents.as_str());
        match mode {
            Mode::Write => {
                if !up_to_date {
                    if let Err(error) = write(path, contents) {
                        return fail(format_args!("cannot write {shown}: {error}"));
                    }
                }
                if let Some((source, codes)) = catalog {
                    let state = if up_to_date { "unchanged" } else { "written" };
                    say(format_args!("{source}: {codes} codes -> {shown} ({state})"));
                }
            }
            Mode::Check => {
                if !up_to_date {
                    stale += 1;
                    match &current {
                        None => eprintln!("missing: {shown}"),
                        Some(current) => eprintln!("stale: {shown}\n{}", short_diff(current, contents)),
                    }
                }
            }
        }
    }
    // Generated catalog modules whose catalog is gone: `src/` holds generated files only.
    let mut orphans: Vec<PathBuf> = workspace
        .crates
        .iter()
        .flat_map(|generated| entries(&root.join(&generated.dir).join("src")))
        .filter(|path| !expected.iter().any(|file| &file.path == path))
        .collect();
    orphans.sort();
    for orphan in &orphans {
        let shown = shown(orphan);
        match mode {
            Mode::Write => match std::fs::remove_file(orphan) {
                Ok(()) => say(format_args!("removed {shown}: no catalog generates it")),
                Err(error) => return fail(format_args!("cannot remove {shown}: {error}")),
            },
            Mode::Check => {
                stale += 1;
                eprintln!("stale: {shown} is generated by no catalog");
            }
        }
    }
    if stale > 0 {
        return fail(format_args!(
            "{stale} generated file(s) do not match catalogs/; run `cargo xtask generate`"
        ));
    }
    if mode == Mode::Check {
        say("generated/ and README.md's table of crates match catalogs/");
    }
    ExitCode::SUCCESS
}

/// The paths in `dir`; none when it cannot be read.
fn entries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|entry| Some(entry.ok()?.path())).collect())
        .unwrap_or_default()
}

/// The output of `git -C dir args…`; else why not.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "git -C {} {}: {}",
            dir.display(),
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("git {}: output is not UTF-8", args.join(" ")))
}

fn write(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, contents)
}

/// The first changes between two versions of a file, as a unified diff of a few lines.
fn short_diff(current: &str, expected: &str) -> String {
    const MAX_LINES: usize = 20;
    let diff = similar::TextDiff::from_lines(current, expected);
    let text = diff
        .unified_diff()
        .context_radius(1)
        .header("committed", "expected")
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut shown = lines[..lines.len().min(MAX_LINES)].join("\n");
    if lines.len() > MAX_LINES {
        shown.push_str(&format!("\n… ({} more diff lines)", lines.len() - MAX_LINES));
    }
    shown
}

/// `cargo xtask site [--out DIR]`: the reference site, written by the command itself
/// (`cloud-errors site`, from the crates' own index), into `site/` by default (ignored by git).
/// Built in the dev profile, as the workspace's tests build it, so nothing is compiled twice.
fn run_site(options: &[&str], root: &std::path::Path) -> ExitCode {
    let out = match options {
        [] => root.join("site"),
        // Relative to where the command was typed; cargo below runs in the root.
        ["--out", dir] => std::env::current_dir().map_or_else(|_| dir.into(), |cwd| cwd.join(dir)),
        _ => {
            eprintln!("{}", usage());
            return ExitCode::from(2);
        }
    };
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = std::process::Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "--quiet",
            "--package",
            "cloud-errors-cli",
            "--",
            "site",
            "--out",
        ])
        .arg(&out)
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => fail(format_args!("cannot run cargo: {error}")),
    }
}
