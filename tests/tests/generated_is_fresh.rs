//! generated/ must be exactly what codegen makes of catalogs/ now: regenerate in memory, compare.

use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn generated_files_match_the_catalogs() {
    let root = workspace_root();
    let generated = cloud_errors_codegen::generate(&root.join("catalogs"), &root)
        .unwrap_or_else(|diagnostics| panic!("the catalogs do not validate:\n{diagnostics}"));
    let mut stale = Vec::new();
    for file in &generated.files {
        let path = root.join("generated").join(&file.path);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(file.contents.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    let manifest = std::fs::read_to_string(root.join("generated/Cargo.toml")).unwrap();
    if !manifest.contains(&cloud_errors_codegen::features(&generated.catalogs)) {
        stale.push("generated/Cargo.toml ([features])".to_owned());
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrun `cargo xtask generate` and commit the result"
    );
}

#[test]
fn generation_is_deterministic() {
    let root = workspace_root();
    let first = cloud_errors_codegen::generate(&root.join("catalogs"), &root).unwrap();
    let second = cloud_errors_codegen::generate(&root.join("catalogs"), &root).unwrap();
    assert_eq!(first.files, second.files);
}

#[test]
fn every_generated_file_has_the_header() {
    let root = workspace_root();
    let generated = cloud_errors_codegen::generate(&root.join("catalogs"), &root).unwrap();
    for file in &generated.files {
        let first_line = file.contents.lines().next().unwrap_or_default();
        assert!(
            first_line.starts_with("// @generated ") && first_line.contains("`cargo xtask generate`"),
            "{}: {first_line}",
            file.path.display()
        );
        if let Some((source, _)) = &file.catalog {
            assert!(first_line.contains(source.as_str()), "{first_line}");
        }
    }
}
