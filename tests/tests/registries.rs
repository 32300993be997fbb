//! Adding a provider touches one line in each registry of providers (README.md, "Adding a
//! provider"). Each test here fails when a registry lacks a provider crate or an envelope, and
//! says which file wants which line: a registry that is forgotten otherwise fails silently (a
//! crate that is no member is never tested, an envelope without its fuzz target is never fuzzed,
//! a feature the crate docs do not name is found by no reader of docs.rs).

use std::path::{Path, PathBuf};

use cloud_errors::EnvelopeName;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn manifest(path: &str) -> toml::Table {
    read(path)
        .parse()
        .unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The table at `key` of `table`.
fn table<'t>(table: &'t toml::Table, key: &str) -> &'t toml::Table {
    table
        .get(key)
        .and_then(toml::Value::as_table)
        .unwrap_or_else(|| panic!("no table `{key}`"))
}

/// The generated crates: one folder each in generated/, named as the crate.
fn generated_crates() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("generated"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.contains(&"cloud-errors".to_string()), "{names:?}");
    names
}

fn assert_none_missing(missing: Vec<String>) {
    assert!(
        missing.is_empty(),
        "missing registry lines:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_generated_crate_is_a_member_and_a_workspace_dependency() {
    let manifest = manifest("Cargo.toml");
    let workspace = table(&manifest, "workspace");
    let members: Vec<&str> = workspace["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(toml::Value::as_str)
        .collect();
    let dependencies = table(workspace, "dependencies");
    let mut missing = Vec::new();
    for name in generated_crates() {
        let dir = format!("generated/{name}");
        if !members.contains(&dir.as_str()) {
            missing.push(format!("Cargo.toml: \"{dir}\" in [workspace] members"));
        }
        let path = dependencies
            .get(&name)
            .and_then(|dependency| dependency.get("path"))
            .and_then(toml::Value::as_str);
        if path != Some(dir.as_str()) {
            missing.push(format!(
                "Cargo.toml: `{name} = {{ path = \"{dir}\", version = \"=…\", default-features = false }}` in [workspace.dependencies]"
            ));
        }
    }
    assert_none_missing(missing);
}

/// The feature that turns on every catalog of a generated crate.
fn everything(name: &str) -> &'static str {
    if name == "cloud-errors" {
        "all-catalogs"
    } else {
        "all-products"
    }
}

/// Whether `list` is an array holding the string `item` (a feature's or a dependency's features).
fn lists(list: Option<&toml::Value>, item: &str) -> bool {
    list.and_then(toml::Value::as_array)
        .is_some_and(|items| items.iter().any(|value| value.as_str() == Some(item)))
}

/// Whether `dependencies` has `name` with `feature` on.
fn enables(dependencies: &toml::Table, name: &str, feature: &str) -> bool {
    let features = dependencies
        .get(name)
        .and_then(|dependency| dependency.get("features"));
    lists(features, feature)
}

/// The lines `manifest` lacks: each generated crate as a dependency (of `kind`) with every catalog.
fn without_everything(manifest: &str, kind: &str) -> Vec<String> {
    let parsed = self::manifest(manifest);
    let dependencies = table(&parsed, kind);
    generated_crates()
        .into_iter()
        .filter(|name| !enables(dependencies, name, everything(name)))
        .map(|name| {
            let feature = everything(&name);
            format!("{manifest}: `{name} = {{ workspace = true, features = [\"{feature}\"] }}` in [{kind}]")
        })
        .collect()
}

/// A provider crate's `tests/every_code.rs` compiles only with its `all-products`, which the
/// workspace's test run enables through this crate's dev-dependency: without it, the test is empty.
#[test]
fn every_generated_crate_is_tested_with_every_catalog() {
    assert_none_missing(without_everything("tests/Cargo.toml", "dev-dependencies"));
}

/// `cloud-errors explain` knows the codes of the modules its dependencies turn on.
#[test]
fn the_command_knows_every_catalog_of_every_generated_crate() {
    let mut missing = without_everything("cli/Cargo.toml", "dependencies");
    let registry = read("cli/src/registry.rs");
    for name in generated_crates() {
        let line = format!("{}::CATALOGS,", name.replace('-', "_"));
        if !registry.lines().any(|text| text.trim() == line) {
            missing.push(format!("cli/src/registry.rs: `{line}` in CRATES"));
        }
    }
    assert_none_missing(missing);
}

#[test]
fn every_envelope_has_its_features_and_its_fuzz_target() {
    let runtime = manifest("runtime/Cargo.toml");
    let runtime_features = table(&runtime, "features");
    let seed = manifest("generated/cloud-errors/Cargo.toml");
    let seed_features = table(&seed, "features");
    let fuzz = manifest("fuzz/Cargo.toml");
    let bins: Vec<(&str, &str)> = fuzz["bin"]
        .as_array()
        .unwrap()
        .iter()
        .map(|bin| (bin["name"].as_str().unwrap(), bin["path"].as_str().unwrap()))
        .collect();
    let names: Vec<&str> = EnvelopeName::ALL.iter().map(|name| name.as_str()).collect();
    let mut missing = Vec::new();
    for name in &names {
        let feature = format!("envelope-{name}");
        if !runtime_features.contains_key(&feature) {
            missing.push(format!(
                "runtime/Cargo.toml: `{feature} = [\"responses\"]` in [features]"
            ));
        }
        let forward = format!("cloud-errors-runtime/{feature}");
        if !lists(seed_features.get(&feature), &forward) {
            missing.push(format!(
                "generated/cloud-errors/Cargo.toml: `{feature} = [\"{forward}\"]` in [features]"
            ));
        }
        let path = format!("fuzz_targets/{name}.rs");
        if !bins.contains(&(name, path.as_str())) {
            missing.push(format!(
                "fuzz/Cargo.toml: a [[bin]] with `name = \"{name}\"` and `path = \"{path}\"`"
            ));
        }
        if !root().join("fuzz").join(&path).is_file() {
            missing.push(format!("fuzz/{path}: the fuzz target of `{name}`"));
        }
    }
    // And nothing left over from an envelope that is gone.
    for feature in runtime_features.keys() {
        if let Some(name) = feature.strip_prefix("envelope-") {
            if !names.contains(&name) {
                missing.push(format!(
                    "runtime/src/envelope.rs: `{name}` in `envelope_names!` (or drop the feature `{feature}`)"
                ));
            }
        }
    }
    for (name, _) in &bins {
        if !names.contains(name) {
            missing.push(format!(
                "runtime/src/envelope.rs: `{name}` in `envelope_names!` (or drop the fuzz target `{name}`)"
            ));
        }
    }
    assert_none_missing(missing);
}

/// Every feature of `cloud-errors` is in its crate docs' "Features" (an envelope's as
/// `envelope-<name>`), as docs.rs shows them: the list once named four of its features.
#[test]
fn every_feature_of_cloud_errors_is_documented() {
    let manifest = manifest("generated/cloud-errors/Cargo.toml");
    let docs = read("generated/cloud-errors/src/lib.rs");
    let section = docs
        .split("//! # Features\n")
        .nth(1)
        .and_then(|after| after.split("//! #").next())
        .expect("a `# Features` section in generated/cloud-errors/src/lib.rs");
    let features = table(&manifest, "features");
    let catalogs = features.get("all-catalogs");
    let undocumented: Vec<String> = features
        .keys()
        .filter(|name| *name != "default" && *name != "all-catalogs")
        .filter(|name| !lists(catalogs, name))
        .filter(|name| {
            let shown = match name.strip_prefix("envelope-") {
                Some(_) => "`envelope-<name>`".to_owned(),
                None => format!("`{name}`"),
            };
            !section.contains(&shown)
        })
        .map(|name| format!("codegen/src/emit.rs, CRATE_DOCS, \"# Features\": `{name}`"))
        .collect();
    assert!(section.contains("`all-catalogs`"), "{section}");
    assert_none_missing(undocumented);
}
