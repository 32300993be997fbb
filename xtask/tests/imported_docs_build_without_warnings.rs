//! An imported catalog's docs build without a rustdoc warning (#35): web addresses and Markdown
//! links in an SDK's comments reach the docs as links, everything else escaped. Writes an SDK of
//! tencentcloud-sdk-go's layout whose comments (written for this test) hold addresses followed by
//! punctuation, Markdown links, angle brackets and backticks; imports it and generates into a
//! copy of the workspace; then documents the generated crate with `RUSTDOCFLAGS="-D warnings"`.
//!
//! The generated crate holds the workspace's catalogs too, so every committed catalog's docs are
//! checked with the imported one's.

use std::path::Path;
use std::process::{Command, Output};

mod support;
use support::{remove_provider_catalogs, workspace_copy, workspace_root, Scratch};

/// The Chinese edition: every code, one (the last) with no English comment, so that its docs
/// show the Chinese one.
const ZH: &str = r#"// Written for tests/imported_docs_build_without_warnings.rs, in the layout of the SDK's errors.go.

package v20250101

const (
	// 此产品特有的错误码

	// 配额已用完，请访问https://example.com/zeta/quota。
	LIMITEXCEEDED_QUOTA = "LimitExceeded.Quota"

	// 过滤条件不合法，参见[Filter](https://example.com/api/213/15753#Filter)。
	INVALIDPARAMETERVALUE_FILTER = "InvalidParameterValue.Filter"

	// 部署失败（详情：https://example.com/zeta/deploy_(v2)），请稍后重试。
	FAILEDOPERATION_DEPLOY = "FailedOperation.Deploy"

	// 名称须为`<name>`形式，见https://example.com/zeta/names、https://example.com/zeta/rules。
	INVALIDPARAMETERVALUE_NAME = "InvalidParameterValue.Name"
)
"#;

const EN: &str = r#"// Written for tests/imported_docs_build_without_warnings.rs: the English edition of the same SDK.

package v20250101

const (
	// error codes of this product

	// The quota is used up. Please visit https://example.com/zeta/quota.
	LIMITEXCEEDED_QUOTA = "LimitExceeded.Quota"

	// The filter is invalid, see [`Filter`](https://example.com/api/213/15753#Filter) (and http://example.com/api/filters).
	INVALIDPARAMETERVALUE_FILTER = "InvalidParameterValue.Filter"

	// Deploying failed (https://example.com/zeta/deploy_(v2)): retry later, or see <https://example.com/zeta/status>, *not* `https://example.com/old`.
	FAILEDOPERATION_DEPLOY = "FailedOperation.Deploy"
)
"#;

/// The variants' description lines the import and the generator make of the comments.
const DOC_LINES: [&str; 4] = [
    "    /// The quota is used up. Please visit <https://example.com/zeta/quota>.",
    "    /// The filter is invalid, see [`Filter`](https://example.com/api/213/15753#Filter) (and <http://example.com/api/filters>).",
    "    /// Deploying failed (<https://example.com/zeta/deploy_(v2)>): retry later, or see \\<<https://example.com/zeta/status>\\>, \\*not\\* \\`<https://example.com/old>\\`.",
    "    /// 名称须为\\`\\<name\\>\\`形式，见<https://example.com/zeta/names>、<https://example.com/zeta/rules>。",
];

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("run xtask")
}

fn succeeded(output: &Output) -> bool {
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    }
    output.status.success()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("create a folder");
    std::fs::write(path, text).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()))
}

#[test]
fn an_imported_catalog_documents_without_warnings() {
    let root = Scratch::new("imported-docs");
    let (sdk, sdk_en) = (root.0.join("sdk"), root.0.join("sdk-en"));
    write(&sdk.join("tencentcloud/zeta/v20250101/errors.go"), ZH);
    write(&sdk_en.join("tencentcloud/zeta/v20250101/errors.go"), EN);

    // The workspace's crates and catalogs (the macro's and the runtime's doc tests name catalogs
    // of it), and the import beside them.
    let copy = root.0.join("workspace");
    workspace_copy(
        &copy,
        &["codegen", "runtime", "macros", "catalogs"],
        &[
            "codegen",
            "generated/cloud-errors",
            "generated/cloud-errors-tencent",
            "macros",
            "runtime",
        ],
    );
    for krate in ["cloud-errors", "cloud-errors-tencent"] {
        let manifest = format!("generated/{krate}/Cargo.toml");
        write(&copy.join(&manifest), &read(&workspace_root().join(&manifest)));
    }
    // The providers' own catalogs give way to the fixture's one product (hundreds of products' docs
    // would only make the test slower).
    remove_provider_catalogs(&copy);

    let utf8 = |path: &Path| path.to_str().expect("a UTF-8 temporary folder").to_owned();
    let (sdk, sdk_en, catalogs) = (utf8(&sdk), utf8(&sdk_en), utf8(&copy.join("catalogs/tencent")));
    let import = [
        "import",
        "tencent",
        // The fixture is no git checkout: the commit every header pins is given.
        "--commit",
        "0123456789abcdef0123456789abcdef01234567",
        "--sdk",
        &sdk,
        "--sdk-text",
        "--sdk-en",
        &sdk_en,
        "--out",
        &catalogs,
    ];
    assert!(succeeded(&xtask(&import)), "the import failed");
    assert!(
        succeeded(&xtask(&["generate", "--root", &utf8(&copy)])),
        "generate failed"
    );
    let module = read(&copy.join("generated/cloud-errors-tencent/src/zeta.rs"));
    for line in DOC_LINES {
        assert!(
            module.lines().any(|written| written == line),
            "no {line:?} in\n{module}"
        );
    }

    // A target dir of the test's own, kept between runs (<target>/tmp/…): the copy's crates hash
    // as the workspace's, so in the workspace's target dir these docs would take the place of
    // the workspace's own, and cargo would think them fresh.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("imported-docs");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let doc = Command::new(cargo)
        .args([
            "doc",
            "--offline",
            "--no-deps",
            "--package",
            "cloud-errors-tencent",
        ])
        .args(["--features", "zeta"])
        .current_dir(&copy)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("RUSTDOCFLAGS", "-D warnings")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo doc");
    let stderr = String::from_utf8_lossy(&doc.stderr);
    assert!(doc.status.success(), "cargo doc failed:\n{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    // The docs link where the comments pointed.
    let page = read(&target_dir.join("doc/cloud_errors_tencent/zeta/enum.Code.html"));
    for link in [
        "<a href=\"https://example.com/zeta/quota\">https://example.com/zeta/quota</a>.",
        "<a href=\"https://example.com/api/213/15753#Filter\"><code>Filter</code></a>",
        "(<a href=\"https://example.com/zeta/deploy_(v2)\">https://example.com/zeta/deploy_(v2)</a>):",
        "<a href=\"https://example.com/zeta/rules\">https://example.com/zeta/rules</a>。",
    ] {
        assert!(page.contains(link), "no {link:?} in the docs' page of Code");
    }
}
