//! Every mistake a catalog author can make gets a precise diagnostic: tests/bad_catalogs/ holds one
//! bad catalog per mistake (`<mistake>.yaml`, or a folder `<mistake>/` when the mistake is between
//! catalogs) next to the exact text `cargo xtask generate` prints for it (`<mistake>.stderr`).
//!
//! `UPDATE_EXPECT=1 cargo test -p cloud-errors-tests --test bad_catalogs` rewrites the `.stderr`
//! files; review the diff before committing. Without it, any difference fails.

use std::path::{Path, PathBuf};

use cloud_errors_codegen::validate::Source;
use cloud_errors_codegen::{generate, generate_from};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the workspace root")
        .to_path_buf()
}

fn corpus() -> PathBuf {
    workspace_root().join("tests/bad_catalogs")
}

/// The case's output: every diagnostic, as xtask prints it. Panics if the case passes the checks.
fn diagnose(case: &Path) -> String {
    let root = workspace_root();
    let result = if case.is_dir() {
        // The path xtask itself takes: read a folder of catalogs.
        generate(case, &root)
    } else {
        let shown = case
            .strip_prefix(&root)
            .expect("the case is in the workspace")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(case).expect("read the case");
        generate_from(&[Source { path: shown, text }])
    };
    match result {
        Ok(_) => panic!("{} passes every check, but it is a bad catalog", case.display()),
        Err(diagnostics) => format!("{diagnostics}\n"),
    }
}

#[test]
fn every_bad_catalog_gets_its_expected_diagnostics() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|value| value == "1");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("read tests/bad_catalogs")
        .map(|entry| entry.expect("list tests/bad_catalogs").path())
        .filter(|path| path.is_dir() || path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus lost cases: {cases:?}");

    let mut mismatches = Vec::new();
    for case in &cases {
        let actual = diagnose(case);
        let expected_path = case.with_extension("stderr");
        if update {
            std::fs::write(&expected_path, &actual).expect("write the expected diagnostics");
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => mismatches.push(format!(
                "{}:\n--- expected\n{expected}\n+++ actual\n{actual}",
                expected_path.display()
            )),
            Err(error) => mismatches.push(format!(
                "{}: {error}; actual output:\n{actual}",
                expected_path.display()
            )),
        }
    }
    // A `.stderr` whose case is gone would otherwise go stale unnoticed.
    for entry in std::fs::read_dir(corpus()).expect("read tests/bad_catalogs") {
        let path = entry.expect("list tests/bad_catalogs").path();
        if path.extension().is_some_and(|ext| ext == "stderr")
            && !cases.iter().any(|case| case.with_extension("stderr") == path)
        {
            mismatches.push(format!("{}: no case of that name", path.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "diagnostics differ (rerun with UPDATE_EXPECT=1 to accept):\n\n{}",
        mismatches.join("\n\n")
    );
}

/// Every diagnostic names a line and column that exist in its file.
#[test]
fn every_position_is_inside_its_file() {
    let root = workspace_root();
    for entry in std::fs::read_dir(corpus()).expect("read tests/bad_catalogs") {
        let case = entry.expect("list tests/bad_catalogs").path();
        if !(case.is_dir() || case.extension().is_some_and(|ext| ext == "yaml")) {
            continue;
        }
        let output = diagnose(&case);
        for line in output.lines() {
            let line = line.trim_start_matches("  --> ");
            let Some((file, rest)) = line.split_once(".yaml:") else {
                continue;
            };
            let mut numbers = rest.splitn(3, ':');
            let row: usize = numbers.next().unwrap().parse().expect("a line number");
            let column: usize = numbers.next().unwrap().parse().expect("a column");
            let text = std::fs::read_to_string(root.join(format!("{file}.yaml"))).unwrap();
            let source_line = text
                .lines()
                .nth(row - 1)
                .unwrap_or_else(|| panic!("{line}: the file has no line {row}"));
            assert!(
                column >= 1 && column <= source_line.chars().count() + 1,
                "{line}: line {row} has no column {column}"
            );
        }
    }
}

/// xtask stops before writing when any catalog is bad: with the real catalogs and one bad file,
/// `generate` (what `cargo xtask generate` calls first) fails and names only the bad file, and
/// every bad file of the run is reported, not just the first.
#[test]
fn one_bad_catalog_among_good_ones_fails_the_whole_run() {
    let root = workspace_root();
    let dir = std::env::temp_dir().join(format!("cloud-errors-bad-catalogs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(root.join("catalogs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "yaml") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    assert!(
        generate(&dir, &dir).is_ok(),
        "the copied catalogs are good on their own"
    );
    for bad in ["duplicate_code.yaml", "unknown_retry.yaml"] {
        std::fs::copy(corpus().join(bad), dir.join(bad)).unwrap();
    }
    let diagnostics = generate(&dir, &dir).expect_err("a bad catalog fails the run");
    let files: Vec<&str> = diagnostics
        .0
        .iter()
        .map(|diagnostic| diagnostic.location.file.as_str())
        .collect();
    assert_eq!(files, ["duplicate_code.yaml", "unknown_retry.yaml"]);
    assert!(diagnostics
        .to_string()
        .ends_with("error: 2 problems in the catalogs; nothing was written"));
    std::fs::remove_dir_all(&dir).unwrap();
}
