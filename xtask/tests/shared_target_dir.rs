//! Two checkouts of the workspace sharing one target directory run one xtask binary: each run
//! must read and write its own checkout, which it finds through the `CARGO_MANIFEST_DIR` cargo
//! sets at run time. Copies the sources `cargo xtask generate` needs into two scratch
//! checkouts, runs `cargo xtask generate` (offline) in the first, then in the second with only
//! one catalog left, and checks that the second run reused the first's binary (so a path baked in
//! at compile time would name the first checkout) and that each checkout got its own output.

use std::path::Path;
use std::process::{Command, Output};

mod support;
use support::{remove_provider_catalogs, workspace_copy, Scratch};

/// A checkout holding what `cargo xtask generate` builds and reads: the xtask, the generator and
/// the runtime it depends on, the seed catalogs and their generated crate, in a workspace of just
/// those (no provider crate: cloud-errors-tencent would only make the copy slower).
fn checkout(root: &Path) {
    workspace_copy(
        root,
        &[
            "xtask",
            "codegen",
            "runtime",
            "macros",
            "generated/cloud-errors",
            "catalogs",
            ".cargo",
        ],
        &["codegen", "generated/cloud-errors", "macros", "runtime", "xtask"],
    );
    let _ = std::fs::remove_dir_all(root.join("xtask/tests"));
    remove_provider_catalogs(root);
}

/// `cargo xtask generate` as a user runs it in `root`, without `--quiet` so that its build shows.
fn cargo_xtask_generate(root: &Path, target_dir: &Path) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["run", "--offline", "--package", "xtask", "--", "generate"])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target_dir)
        .env_remove("CARGO_MANIFEST_DIR")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn each_checkout_is_read_and_written_by_the_shared_binary() {
    let scratch = Scratch(Path::new(env!("CARGO_TARGET_TMPDIR")).join("shared_target_dir"));
    let _ = std::fs::remove_dir_all(&scratch.0);
    let (first, second) = (scratch.0.join("first"), scratch.0.join("second"));
    checkout(&first);
    checkout(&second);
    for catalog in std::fs::read_dir(second.join("catalogs")).expect("list catalogs/") {
        let path = catalog.expect("list catalogs/").path();
        if path.file_name().is_some_and(|name| name != "oci.yaml") {
            std::fs::remove_file(path).expect("remove a catalog");
        }
    }
    // The target dir this test was built in (<target>/tmp): warm, and shared by both checkouts.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target dir");
    let first_lib = read(&first.join("generated/cloud-errors/src/lib.rs"));

    let output = cargo_xtask_generate(&first, target_dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(read(&first.join("generated/cloud-errors/src/lib.rs")), first_lib);

    let output = cargo_xtask_generate(&second, target_dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // The same binary: a path compiled into it would be the first checkout's.
    assert!(
        !stderr.contains("Compiling xtask"),
        "the second checkout rebuilt the xtask, so this test shows nothing:\n{stderr}"
    );
    let second_lib = read(&second.join("generated/cloud-errors/src/lib.rs"));
    assert!(second_lib.contains("pub mod oci;"), "{second_lib}");
    assert!(!second_lib.contains("pub mod tencent;"), "{second_lib}");
    assert!(read(&second.join("generated/cloud-errors/Cargo.toml")).contains("all-catalogs = [\"oci\"]"));
    // The first checkout was not touched by the second run.
    assert_eq!(read(&first.join("generated/cloud-errors/src/lib.rs")), first_lib);
    assert!(read(&first.join("generated/cloud-errors/Cargo.toml")).contains("\"ibm_vpc_metadata\""));
}
