//! Every mistake a catalog author can make gets a precise diagnostic: tests/bad_catalogs/ holds one
//! bad catalog per mistake (`<mistake>.yaml`, or a folder `<mistake>/` when the mistake is between
//! catalogs) next to the exact text `cargo xtask generate` prints for it (`<mistake>.stderr`).
//!
//! Each case is written in the YAML styles people and tools use, and must be reported the same:
//! - `<mistake>.yaml` (or `<mistake>/`): list items indented under their key (`  - code: X`);
//! - `<mistake>.flush.yaml` (or `<mistake>.flush/`): list items flush with their key, as PyYAML
//!   and yq write them (`- code: X` at column 1, here `-   code: X` so that every key and value
//!   is at the same line and column as in the indented case). Its output must be the case's
//!   `.stderr`, file names aside: every position is the same. A case with list items must have it.
//! - `<mistake>.compact.yaml`: exactly as PyYAML and yq write lists (`- code: X` at column 1, the
//!   entry's other keys at column 3); the columns differ, so it has a `.compact.stderr` of its
//!   own. A case with list items must have it too.
//! - `<mistake>.flow.yaml`: flow mappings and sequences (`- {code: X, …}`, `[404, 400]`), quoted
//!   keys, anchors and aliases, for some cases; with a `.flow.stderr` of its own.
//!
//! Every line a diagnostic points at is marked in the fixture by a trailing comment
//! `# <- error: TOKEN` (or `# <- note: TOKEN`), TOKEN being the text the position must be the
//! start of (the key for an unknown key, the value for a bad value, the start of the entry for a
//! missing key: its first key, or its `{` in flow style): `every_position_is_the_marked_token`
//! checks each position against the markers, independently of the `.stderr` files.
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

/// Every case and style variant: `.yaml` files and folders.
fn all_cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("read tests/bad_catalogs")
        .map(|entry| entry.expect("list tests/bad_catalogs").path())
        .filter(|path| path.is_dir() || path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    cases.sort();
    cases
}

fn name(case: &Path) -> String {
    case.file_name()
        .unwrap()
        .to_string_lossy()
        .trim_end_matches(".yaml")
        .to_owned()
}

/// The cases in the indented style, each named by its mistake.
fn indented_cases() -> Vec<PathBuf> {
    all_cases()
        .into_iter()
        .filter(|case| !name(case).contains('.'))
        .collect()
}

/// `case`'s variant in `style` (`flush`, `flow`), if it has one.
fn variant(case: &Path, style: &str) -> Option<PathBuf> {
    let path = if case.is_dir() {
        corpus().join(format!("{}.{style}", name(case)))
    } else {
        corpus().join(format!("{}.{style}.yaml", name(case)))
    };
    path.exists().then_some(path)
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

/// Compares `actual` with the `.stderr` at `expected_path` (or writes it, with UPDATE_EXPECT=1).
fn expect(expected_path: &Path, actual: &str, update: bool, mismatches: &mut Vec<String>) {
    if update {
        std::fs::write(expected_path, actual).expect("write the expected diagnostics");
        return;
    }
    match std::fs::read_to_string(expected_path) {
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

/// Whether any file of the case has a list item, which YAML lets one write flush or indented.
fn has_list_items(case: &Path) -> bool {
    let files: Vec<PathBuf> = if case.is_dir() {
        std::fs::read_dir(case)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect()
    } else {
        vec![case.to_path_buf()]
    };
    files.iter().any(|file| {
        std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .any(|line| line.starts_with("  - "))
    })
}

#[test]
fn every_bad_catalog_gets_its_expected_diagnostics_in_every_style() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|value| value == "1");
    let cases = indented_cases();
    assert!(cases.len() >= 20, "the corpus lost cases: {cases:?}");

    let mut mismatches = Vec::new();
    let mut flow_cases = 0;
    for case in &cases {
        let actual = diagnose(case);
        let expected_path = corpus().join(format!("{}.stderr", name(case)));
        expect(&expected_path, &actual, update, &mut mismatches);
        match variant(case, "flush") {
            Some(flush) => {
                // The same positions, in files of another name.
                let (from, to) = if case.is_dir() {
                    (format!("{}.flush/", name(case)), format!("{}/", name(case)))
                } else {
                    (
                        format!("{}.flush.yaml", name(case)),
                        format!("{}.yaml", name(case)),
                    )
                };
                let flush_output = diagnose(&flush).replace(&from, &to);
                if flush_output != actual {
                    mismatches.push(format!(
                        "{}: the flush style is reported differently:\n--- indented\n{actual}\n+++ flush\n{flush_output}",
                        flush.display()
                    ));
                }
            }
            None if has_list_items(case) => mismatches.push(format!(
                "{}: no flush-style variant `{}.flush`",
                case.display(),
                name(case)
            )),
            None => {}
        }
        for style in ["compact", "flow"] {
            match variant(case, style) {
                Some(path) => {
                    flow_cases += usize::from(style == "flow");
                    let expected_path = corpus().join(format!("{}.{style}.stderr", name(case)));
                    expect(&expected_path, &diagnose(&path), update, &mut mismatches);
                }
                None if style == "compact" && has_list_items(case) && !case.is_dir() => {
                    mismatches.push(format!(
                        "{}: no variant `{}.compact.yaml` in the style of PyYAML",
                        case.display(),
                        name(case)
                    ))
                }
                None => {}
            }
        }
    }
    assert!(flow_cases >= 1, "no case in flow style");
    // A `.stderr` whose case is gone, or a variant without its case, would go stale unnoticed.
    for entry in std::fs::read_dir(corpus()).expect("read tests/bad_catalogs") {
        let path = entry.expect("list tests/bad_catalogs").path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = file.split('.').next().unwrap_or_default();
        if !cases.iter().any(|case| name(case) == stem) {
            mismatches.push(format!("{}: no case of that name", path.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "diagnostics differ (rerun with UPDATE_EXPECT=1 to accept):\n\n{}",
        mismatches.join("\n\n")
    );
}

/// A position named in the output: file, line, column, and whether it is an error or a note.
fn positions(output: &str) -> Vec<(String, usize, usize, &'static str)> {
    let mut found = Vec::new();
    for line in output.lines() {
        let (line, kind) = match line.strip_prefix("  --> ") {
            Some(note) => (note, "note"),
            None => (line, "error"),
        };
        let Some((file, rest)) = line.split_once(".yaml:") else {
            continue;
        };
        let mut numbers = rest.splitn(3, ':');
        let row: usize = numbers.next().unwrap().parse().expect("a line number");
        let column: usize = numbers.next().unwrap().parse().expect("a column");
        found.push((format!("{file}.yaml"), row, column, kind));
    }
    found
}

/// Every position is the start of the token its line's marker names, and every marker is used.
#[test]
fn every_position_is_the_marked_token() {
    let root = workspace_root();
    let mut problems = Vec::new();
    let mut used_markers = std::collections::HashSet::new();
    let cases = all_cases();
    for case in &cases {
        for (file, row, column, kind) in positions(&diagnose(case)) {
            let text = std::fs::read_to_string(root.join(&file)).unwrap();
            let Some(source_line) = text.lines().nth(row - 1) else {
                problems.push(format!("{file}:{row}:{column}: the file has no line {row}"));
                continue;
            };
            let marker = format!("# <- {kind}: ");
            let Some(at) = source_line.rfind(&marker) else {
                problems.push(format!(
                    "{file}:{row}:{column}: the {kind} points at a line not marked `{marker}…`"
                ));
                continue;
            };
            used_markers.insert((file.clone(), row));
            let token = &source_line[at + marker.len()..];
            // The token's first occurrence before the marker, in characters from 1.
            let expected = source_line[..at]
                .find(token)
                .map(|byte| source_line[..byte].chars().count() + 1);
            if expected != Some(column) {
                problems.push(format!(
                    "{file}:{row}:{column}: the {kind} should point at `{token}` (column {expected:?})"
                ));
            }
        }
    }
    // A marker no diagnostic uses is a mistake the checks missed.
    for case in &cases {
        let files: Vec<PathBuf> = if case.is_dir() {
            std::fs::read_dir(case)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .collect()
        } else {
            vec![case.clone()]
        };
        for path in files {
            let file = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap();
            for (index, line) in text.lines().enumerate() {
                if (line.contains("# <- error: ") || line.contains("# <- note: "))
                    && !used_markers.contains(&(file.clone(), index + 1))
                {
                    problems.push(format!(
                        "{file}:{}: marked, but no diagnostic points here",
                        index + 1
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "positions that are not the mistake:\n{}",
        problems.join("\n")
    );
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
