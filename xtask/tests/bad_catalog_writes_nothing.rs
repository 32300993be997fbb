//! `cargo xtask generate` leaves generated/ untouched when any catalog is bad, even when the
//! good catalogs next to it would change the output. Runs the real xtask binary with `--root` on
//! a scratch copy of catalogs/, generated/ (sources only: some megabytes) and README.md.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::{copy_tree, workspace_root, Scratch};

/// Every file under `dir`, by path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("list generated/") {
            let path = entry.expect("list generated/").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read a generated file");
                files.insert(path, bytes);
            }
        }
    }
    files
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run xtask")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A scratch copy of what `generate` reads and writes: catalogs/, generated/ and README.md.
fn scratch_workspace(name: &str) -> Scratch {
    let workspace = workspace_root();
    let root = Scratch::new(name);
    copy_tree(&workspace.join("catalogs"), &root.0.join("catalogs"));
    copy_tree(&workspace.join("generated"), &root.0.join("generated"));
    std::fs::copy(workspace.join("README.md"), root.0.join("README.md")).expect("copy README.md");
    root
}

#[test]
fn a_bad_catalog_stops_generate_before_it_writes_anything() {
    let root = scratch_workspace("bad-catalog");

    // The copy is complete and fresh: the check passes on it.
    let fresh = xtask(&root.0, &["generate", "--check"]);
    assert!(fresh.status.success(), "{}", stderr(&fresh));

    // A good change that would rewrite oci.rs and the features block, plus a new bad catalog.
    let oci = root.0.join("catalogs/oci.yaml");
    let mut text = std::fs::read_to_string(&oci).expect("read oci.yaml");
    text.push_str(
        "  - code: AddedByTheTest\n    status: 418\n    retry: never\n    en: Added.\n    ja: 追加。\n",
    );
    std::fs::write(&oci, text).expect("extend oci.yaml");
    let bad = root.0.join("catalogs/zz_bad.yaml");
    std::fs::write(
        &bad,
        "module: zz_bad\nprovider: Example\ndocs: https://example.com/\nenvelope: oci\ncodes:\n  - code: Gone\n    status: 1000\n    retry: never\n    en: Gone.\n    ja: なし。\n",
    )
    .expect("write the bad catalog");

    let before = (
        snapshot(&root.0.join("generated")),
        std::fs::read(root.0.join("README.md")).ok(),
    );
    let refused = xtask(&root.0, &["generate"]);
    let message = stderr(&refused);
    assert!(!refused.status.success(), "generate accepted a bad catalog");
    assert!(
        message.contains("catalogs/zz_bad.yaml:7:13: error: status 1000 of the code `Gone`"),
        "{message}"
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert!(
        before
            == (
                snapshot(&root.0.join("generated")),
                std::fs::read(root.0.join("README.md")).ok()
            ),
        "generated/ changed although a catalog is bad"
    );

    // Without the bad catalog the same run writes: the comparison above could see a write.
    std::fs::remove_file(&bad).expect("remove the bad catalog");
    let written = xtask(&root.0, &["generate"]);
    assert!(written.status.success(), "{}", stderr(&written));
    let module =
        std::fs::read_to_string(root.0.join("generated/cloud-errors/src/oci.rs")).expect("read oci.rs");
    assert!(module.contains("AddedByTheTest"));
}

#[test]
fn a_new_provider_folder_is_told_to_write_its_crate_manifest_first() {
    let root = scratch_workspace("new-provider");
    let folder = root.0.join("catalogs/zz");
    std::fs::create_dir(&folder).expect("create catalogs/zz");
    std::fs::write(
        folder.join("things.yaml"),
        "module: zz_things\nprovider: Example\ndocs: https://example.com/\nenvelope: oci\ncodes:\n  - code: Gone\n    status: 404\n    retry: never\n    en: Gone.\n    ja: なし。\n",
    )
    .expect("write the new provider's catalog");

    let before = snapshot(&root.0.join("generated"));
    let refused = xtask(&root.0, &["generate"]);
    let message = stderr(&refused);
    assert!(
        !refused.status.success(),
        "generate made a crate without a manifest"
    );
    assert!(
        message.contains(
            "generated/cloud-errors-zz/Cargo.toml:1:1: error: no manifest for the crate `cloud-errors-zz`, which catalogs/ makes"
        ),
        "{message}"
    );
    assert!(
        message.contains("`# @generated catalog features begin`"),
        "{message}"
    );
    assert!(message.contains("\"Adding a provider\""), "{message}");
    assert!(message.contains("nothing was written"), "{message}");
    assert!(
        before == snapshot(&root.0.join("generated")),
        "generated/ changed"
    );

    // The manifest as the help says it, and nothing else: the crate is generated.
    std::fs::create_dir(root.0.join("generated/cloud-errors-zz")).expect("create the crate's folder");
    std::fs::write(
        root.0.join("generated/cloud-errors-zz/Cargo.toml"),
        "[package]\nname = \"cloud-errors-zz\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\nname = \"cloud_errors_zz\"\n\n[dependencies]\ncloud-errors = { path = \"../cloud-errors\" }\n\n[features]\n# @generated catalog features begin\n# @generated catalog features end\n",
    )
    .expect("write the manifest");
    let written = xtask(&root.0, &["generate"]);
    assert!(written.status.success(), "{}", stderr(&written));
    let manifest = std::fs::read_to_string(root.0.join("generated/cloud-errors-zz/Cargo.toml"))
        .expect("read the manifest");
    assert!(manifest.contains("\nzz_things = ["), "{manifest}");
    assert!(root
        .0
        .join("generated/cloud-errors-zz/src/zz_things.rs")
        .is_file());
}
