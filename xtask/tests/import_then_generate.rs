//! An imported catalog generates with no hand edits (#14): `cargo xtask import tencent-sdk` writes
//! codes with no `retry` or `category`, and the family rules of catalogs/tencent.yaml (the
//! workspace's own file) give them theirs. Runs the real binary on the invented SDK of
//! tests/fixtures/tencent-sdk-families/, whose codes belong to the common families, in a scratch
//! tree holding tencent.yaml and generated/Cargo.toml; then checks the model in-process.

use std::path::Path;
use std::process::{Command, Output};

use cloud_errors_codegen::generate_from;
use cloud_errors_codegen::model::{Category, Locale, Retry};
use cloud_errors_codegen::validate::Source;

mod support;
use support::{manifest_dir, workspace_root, Scratch};

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

/// A scratch workspace: catalogs/ with the workspace's tencent.yaml, the generated crates'
/// Cargo.toml files.
fn scratch_root(name: &str) -> Scratch {
    let root = Scratch::new(&format!("import-generate-{name}"));
    let catalogs = root.0.join("catalogs");
    std::fs::create_dir_all(&catalogs).expect("create catalogs/");
    let workspace = workspace_root();
    std::fs::copy(
        workspace.join("catalogs/tencent.yaml"),
        catalogs.join("tencent.yaml"),
    )
    .expect("copy tencent.yaml");
    for krate in ["cloud-errors", "cloud-errors-tencent"] {
        let manifest = format!("generated/{krate}/Cargo.toml");
        std::fs::create_dir_all(root.0.join(format!("generated/{krate}"))).expect("create generated/");
        std::fs::copy(workspace.join(&manifest), root.0.join(&manifest)).expect("copy a Cargo.toml");
    }
    root
}

/// Imports the fixture SDK `sdk` (and its English edition `<sdk>-intl-en`) into `catalogs/tencent`,
/// with the SDK's texts (the fixtures' texts are ours).
fn import(sdk: &str, catalogs: &Path) {
    let out = catalogs.join("tencent");
    let catalogs_arg = out.to_str().expect("a UTF-8 temporary folder");
    let (zh, en) = (
        format!("tests/fixtures/{sdk}"),
        format!("tests/fixtures/{sdk}-intl-en"),
    );
    let import = run(&[
        "import",
        "tencent",
        "--sdk-text",
        "--commit",
        "0000000000000000000000000000000000000000",
        "--sdk",
        &zh,
        "--sdk-en",
        &en,
        "--out",
        catalogs_arg,
    ]);
    assert!(import.status.success(), "{}", stderr(&import));
}

fn generate(root: &Path) {
    let root_arg = root.to_str().expect("a UTF-8 temporary folder");
    let generate = run(&["generate", "--root", root_arg]);
    assert!(generate.status.success(), "{}", stderr(&generate));
}

/// The named files of `catalogs`, as the generator's sources.
fn sources(catalogs: &Path, names: &[&str]) -> Vec<Source> {
    names
        .iter()
        .map(|name| Source {
            path: format!("catalogs/{name}"),
            text: read(&catalogs.join(name)),
        })
        .collect()
}

#[test]
fn an_imported_catalog_generates_with_the_family_classes_and_no_hand_edits() {
    let root = scratch_root("families");
    let catalogs = root.0.join("catalogs");
    import("tencent-sdk-families", &catalogs);
    let imported = read(&catalogs.join("tencent/delta.yaml"));
    // The premise: the import wrote no category, and a class only on the two codes no family
    // rule covers, so whatever else the generated code says came from the family rules or the
    // common codes.
    assert!(!imported.contains("category:"), "{imported}");
    let retries: Vec<&str> = imported
        .lines()
        .filter(|line| line.trim_start().starts_with("retry:"))
        .collect();
    assert_eq!(
        retries, ["    retry: never # no family rule of tencent.yaml covers this code"; 2],
        "{imported}"
    );
    for code in ["InvalidWidget.Busy", "WidgetZoneMismatch"] {
        let entry = format!("  - code: \"{code}\"\n    retry: never # no family rule");
        assert!(
            imported.contains(&entry),
            "{code} has no explicit class:\n{imported}"
        );
    }
    assert!(imported.contains("languages: [zh, en]"), "{imported}");

    generate(&root.0);
    let module = read(&root.0.join("generated/cloud-errors-tencent/src/delta.rs"));
    for line in [
        "`AuthFailure.TokenExpired`: no documented HTTP status; retry: after_fix; category: unauthenticated.",
        "`InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.",
        "`ResourceInUse.Locked`: no documented HTTP status; retry: backoff; category: aborted.",
        "`ResourcesSoldOut.Spec`: no documented HTTP status; retry: after_fix; category: resource_exhausted.",
        "`RequestLimitExceeded.UinLimit`: no documented HTTP status; retry: backoff; category: resource_exhausted.",
    ] {
        assert!(module.contains(line), "generated/cloud-errors-tencent/src/delta.rs lacks {line:?}");
    }
    // The zh column holds the SDK's Chinese comments.
    assert!(module.contains("令牌已过期。"), "no Chinese descriptions");

    // The same catalogs in-process: the model's classes, and a value on the code winning.
    let sources = sources(&catalogs, &["tencent.yaml", "tencent/delta.yaml"]);
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
        .find(|catalog| catalog.module == "delta")
        .expect("the imported catalog");
    assert_eq!(delta.languages, [Locale::Zh, Locale::En]);
    assert!(delta.codes.iter().all(|code| !code.description.zh.is_empty()));
    assert_eq!(
        class("delta", "LimitExceeded.InstanceQuota"),
        (Retry::Never, Category::ResourceExhausted)
    );
    assert_eq!(
        class("delta", "OperationDenied.Role"),
        (Retry::AfterFix, Category::PermissionDenied)
    );
    // The common catalog's code keeps the values written on it (`unimplemented`), and so does
    // the imported redefinition (`overrides: true`, no values): an exact code of the base is more
    // specific than the family rule, which only the sub-code takes.
    assert_eq!(
        class("tencent", "UnsupportedOperation"),
        (Retry::Never, Category::Unimplemented)
    );
    assert_eq!(
        class("delta", "UnsupportedOperation"),
        (Retry::Never, Category::Unimplemented)
    );
    assert_eq!(
        class("delta", "UnsupportedOperation.Status"),
        (Retry::Never, Category::FailedPrecondition)
    );
    // A repeated common code no family covers takes the common code's values (no rule could).
    assert_eq!(
        class("delta", "UnsupportedRegion"),
        class("tencent", "UnsupportedRegion")
    );
    // Codes in no family: the import's conservative class, no category to claim.
    assert_eq!(
        class("delta", "InvalidWidget.Busy"),
        (Retry::Never, Category::Unknown)
    );
    assert_eq!(
        class("delta", "WidgetZoneMismatch"),
        (Retry::Never, Category::Unknown)
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

#[test]
fn curation_survives_a_re_import_that_adds_codes() {
    let root = scratch_root("curated");
    let catalogs = root.0.join("catalogs");
    import("tencent-sdk-families", &catalogs);
    // The curation: a class the family rule gets wrong for this product, and help.
    let curated = "codes:\n  - code: ResourceInUse.Locked\n    retry: never\n  - code: AuthFailure.TokenExpired\n    help:\n      zh: 重新获取令牌。\n      en: Get a new token.\n";
    let curated_path = catalogs.join("tencent/delta.curated.yaml");
    std::fs::write(&curated_path, curated).expect("write the curation file");

    // A later SDK release adds two codes; the import rewrites the catalog, not its curation.
    import("tencent-sdk-families-v2", &catalogs);
    assert_eq!(
        read(&curated_path),
        curated,
        "the import touched the curation file"
    );
    generate(&root.0);
    let module = read(&root.0.join("generated/cloud-errors-tencent/src/delta.rs"));
    assert!(
        module
            .contains("`ResourceInUse.Locked`: no documented HTTP status; retry: never; category: aborted."),
        "the curated retry is not in the generated code"
    );
    assert!(
        module.contains("from catalogs/tencent/delta.yaml and catalogs/tencent/delta.curated.yaml"),
        "the header does not name the curation file"
    );
    assert!(
        module.contains("Get a new token."),
        "the curated help is not in the generated code"
    );

    let generated = generate_from(&sources(
        &catalogs,
        &["tencent.yaml", "tencent/delta.curated.yaml", "tencent/delta.yaml"],
    ))
    .expect("the curated catalogs generate");
    assert_eq!(generated.catalogs.len(), 2, "the curation file is no catalog");
    let code = |wire: &str| {
        generated.catalogs[1]
            .codes
            .iter()
            .find(|code| code.wire == wire)
            .unwrap_or_else(|| panic!("no code {wire}"))
    };
    assert_eq!(code("ResourceInUse.Locked").retry, Retry::Never);
    let help = code("AuthFailure.TokenExpired")
        .help
        .as_ref()
        .expect("the curated help");
    assert_eq!(
        (help.zh.as_str(), help.en.as_str()),
        ("重新获取令牌。", "Get a new token.")
    );
    // The added codes, with their families' classes.
    assert_eq!(
        (
            code("FailedOperation.DiskDamaged").retry,
            code("FailedOperation.DiskDamaged").category
        ),
        (Retry::Never, Category::FailedPrecondition)
    );
    assert_eq!(
        (
            code("ResourceInUse.Backup").retry,
            code("ResourceInUse.Backup").category
        ),
        (Retry::Backoff, Category::Aborted)
    );
}
