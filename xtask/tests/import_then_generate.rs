//! An imported catalog generates with no hand edits (#14): `cargo xtask import tencent-sdk` writes
//! codes with no `retry` or `category`, and the family rules of catalogs/tencent.yaml (the
//! workspace's own file) give them theirs. Runs the real binary on the invented SDK of
//! tests/fixtures/tencent-sdk-families/, whose codes belong to the common families, in a scratch
//! tree holding tencent.yaml and generated/Cargo.toml; then checks the model in-process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cloud_errors_codegen::generate_from;
use cloud_errors_codegen::model::{Category, Locale, Retry};
use cloud_errors_codegen::validate::Source;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn workspace_root() -> PathBuf {
    manifest_dir()
        .parent()
        .expect("xtask/ lives in the workspace root")
        .to_path_buf()
}

/// A scratch folder removed when the test ends, even when it fails.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(manifest_dir())
        .args(args)
        .output()
        .expect("run xtask")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()))
}

#[test]
fn an_imported_catalog_generates_with_the_family_classes_and_no_hand_edits() {
    let root = Scratch(std::env::temp_dir().join(format!(
        "cloud-errors-import-generate-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos()
    )));
    let catalogs = root.0.join("catalogs");
    std::fs::create_dir_all(&catalogs).expect("create catalogs/");
    std::fs::create_dir_all(root.0.join("generated")).expect("create generated/");
    let workspace = workspace_root();
    std::fs::copy(
        workspace.join("catalogs/tencent.yaml"),
        catalogs.join("tencent.yaml"),
    )
    .expect("copy tencent.yaml");
    std::fs::copy(
        workspace.join("generated/Cargo.toml"),
        root.0.join("generated/Cargo.toml"),
    )
    .expect("copy generated/Cargo.toml");

    let catalogs_arg = catalogs.to_str().expect("a UTF-8 temporary folder");
    let import = run(&[
        "import",
        "tencent-sdk",
        "--sdk",
        "tests/fixtures/tencent-sdk-families",
        "--sdk-en",
        "tests/fixtures/tencent-sdk-families-intl-en",
        "--out",
        catalogs_arg,
    ]);
    assert!(import.status.success(), "{}", stderr(&import));
    let imported = read(&catalogs.join("tencent_delta.yaml"));
    // The premise: the import wrote no class, so whatever the generated code says came from the
    // family rules.
    assert!(
        !imported.contains("retry:") && !imported.contains("category:"),
        "{imported}"
    );
    assert!(imported.contains("languages: [zh, en]"), "{imported}");

    let root_arg = root.0.to_str().expect("a UTF-8 temporary folder");
    let generate = run(&["generate", "--root", root_arg]);
    assert!(generate.status.success(), "{}", stderr(&generate));
    let module = read(&root.0.join("generated/src/tencent_delta.rs"));
    for line in [
        "`AuthFailure.TokenExpired`: no documented HTTP status; retry: after_fix; category: unauthenticated.",
        "`InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.",
        "`ResourceInUse.Locked`: no documented HTTP status; retry: backoff; category: aborted.",
        "`ResourcesSoldOut.Spec`: no documented HTTP status; retry: after_fix; category: resource_exhausted.",
        "`RequestLimitExceeded.UinLimit`: no documented HTTP status; retry: backoff; category: resource_exhausted.",
    ] {
        assert!(module.contains(line), "generated/src/tencent_delta.rs lacks {line:?}");
    }
    // The zh column holds the SDK's Chinese comments.
    assert!(module.contains("令牌已过期。"), "no Chinese descriptions");

    // The same catalogs in-process: the model's classes, and a value on the code winning.
    let sources: Vec<Source> = ["tencent.yaml", "tencent_delta.yaml"]
        .iter()
        .map(|name| Source {
            path: format!("catalogs/{name}"),
            text: read(&catalogs.join(name)),
        })
        .collect();
    let generated = generate_from(&sources).expect("the imported catalogs generate");
    let class = |module: &str, wire: &str| {
        let catalog = generated
            .catalogs
            .iter()
            .find(|catalog| catalog.module == module)
            .unwrap_or_else(|| panic!("no catalog {module}"));
        let code = catalog
            .codes
            .iter()
            .find(|code| code.wire == wire)
            .unwrap_or_else(|| panic!("no code {wire} in {module}"));
        (code.retry, code.category)
    };
    let delta = generated
        .catalogs
        .iter()
        .find(|catalog| catalog.module == "tencent_delta")
        .expect("the imported catalog");
    assert_eq!(delta.languages, [Locale::Zh, Locale::En]);
    assert!(delta.codes.iter().all(|code| !code.description.zh.is_empty()));
    assert_eq!(
        class("tencent_delta", "LimitExceeded.InstanceQuota"),
        (Retry::Never, Category::ResourceExhausted)
    );
    assert_eq!(
        class("tencent_delta", "OperationDenied.Role"),
        (Retry::AfterFix, Category::PermissionDenied)
    );
    // The common catalog's code keeps the values written on it (`unimplemented`); the imported
    // redefinition (`overrides: true`, no values) and the sub-code take the family's.
    assert_eq!(
        class("tencent", "UnsupportedOperation"),
        (Retry::Never, Category::Unimplemented)
    );
    assert_eq!(
        class("tencent_delta", "UnsupportedOperation"),
        (Retry::Never, Category::FailedPrecondition)
    );
    assert_eq!(
        class("tencent_delta", "UnsupportedOperation.Status"),
        (Retry::Never, Category::FailedPrecondition)
    );

    // A value written on an imported code wins over its family's.
    let mut curated = sources.clone();
    curated[1].text = curated[1].text.replace(
        "  - code: \"InternalError.DbError\"\n",
        "  - code: \"InternalError.DbError\"\n    retry: never\n    category: data_loss\n",
    );
    assert_ne!(curated[1].text, sources[1].text, "the entry was not found");
    let generated = generate_from(&curated).expect("the edited catalogs generate");
    let db = generated
        .catalogs
        .iter()
        .flat_map(|catalog| &catalog.codes)
        .find(|code| code.wire == "InternalError.DbError")
        .expect("the edited code");
    assert_eq!((db.retry, db.category), (Retry::Never, Category::DataLoss));
}
