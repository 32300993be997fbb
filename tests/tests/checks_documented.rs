//! catalogs/README.md's "Checks" section stays true: every message it quotes is the real output of
//! a case in tests/bad_catalogs/, and every case there is named in the section.

use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the workspace root")
        .to_path_buf()
}

/// The "## Checks" section of catalogs/README.md, up to the next `## ` heading.
fn checks_section() -> String {
    let readme = std::fs::read_to_string(workspace_root().join("catalogs/README.md"))
        .expect("read catalogs/README.md");
    let start = readme
        .find("\n## Checks\n")
        .expect("catalogs/README.md has a `## Checks` section");
    let section = &readme[start + 1..];
    let end = section[3..].find("\n## ").map_or(section.len(), |at| at + 4);
    section[..end].to_owned()
}

/// Every case's name (`<name>.yaml` or a folder `<name>/`) and its expected output.
fn cases() -> Vec<(String, String)> {
    let corpus = workspace_root().join("tests/bad_catalogs");
    let mut cases: Vec<(String, String)> = std::fs::read_dir(&corpus)
        .expect("read tests/bad_catalogs")
        .filter_map(|entry| {
            let path = entry.expect("list tests/bad_catalogs").path();
            let name = path.file_stem()?.to_str()?.to_owned();
            // Style variants (`<case>.flush.yaml`, …) say nothing new.
            if name.contains('.') {
                return None;
            }
            let is_case = path.is_dir() || path.extension().is_some_and(|ext| ext == "yaml");
            let expected = std::fs::read_to_string(corpus.join(format!("{name}.stderr"))).ok()?;
            is_case.then_some((name, expected))
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_quoted_message_is_real_output() {
    let section = checks_section();
    let outputs: String = cases().into_iter().map(|(_, expected)| expected).collect();
    let mut in_block = false;
    let mut quoted = 0;
    let mut invented = Vec::new();
    for line in section.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_block = trimmed.starts_with("```text");
            continue;
        }
        if in_block {
            // Blocks sit in list items, indented by two spaces.
            let message = line.strip_prefix("  ").unwrap_or(line);
            quoted += 1;
            if !outputs.lines().any(|output| output == message) {
                invented.push(message.to_owned());
            }
        }
    }
    assert!(quoted >= 20, "the Checks section quotes only {quoted} lines");
    assert!(
        invented.is_empty(),
        "catalogs/README.md quotes messages no case of tests/bad_catalogs prints (copy them from the .stderr files):\n{}",
        invented.join("\n")
    );
}

#[test]
fn every_case_is_named_in_the_checks_section() {
    let section = checks_section();
    let cases = cases();
    assert!(cases.len() >= 20, "the corpus lost cases");
    let missing: Vec<&str> = cases
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !section.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "cases of tests/bad_catalogs not named in catalogs/README.md's Checks: {missing:?}"
    );
}
