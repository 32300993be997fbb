//! What the xtask's integration tests share: the workspace's root, scratch folders that clean up
//! after themselves, and copying a tree into one.

// Each test binary uses only some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The xtask crate's folder.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace's root, from this crate's folder.
pub fn workspace_root() -> PathBuf {
    manifest_dir()
        .parent()
        .expect("xtask/ lives in the workspace root")
        .to_path_buf()
}

/// A scratch folder removed when the test ends, even when it fails.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// A new, empty folder in the system's temporary folder, unique to this process and moment.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "cloud-errors-xtask-{name}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).expect("create a scratch folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies `from` into `to`, keeping each file's modification time, so that cargo reuses what the
/// workspace already built from the same sources.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a scratch folder");
    for entry in std::fs::read_dir(from).expect("list a source folder") {
        let path = entry.expect("list a source folder").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a file");
            let modified = path
                .metadata()
                .and_then(|meta| meta.modified())
                .expect("a file's time");
            std::fs::File::options()
                .write(true)
                .open(&target)
                .and_then(|file| file.set_modified(modified))
                .expect("set a file's time");
        }
    }
}

/// A copy of the workspace in `root` holding `folders` (copied with `copy_tree`) and a root
/// manifest whose members are `members`, with the workspace's settings and lock file: the crates
/// copied hash as the workspace's own, so that in its target dir cargo reuses what it built.
pub fn workspace_copy(root: &Path, folders: &[&str], members: &[&str]) {
    let workspace = workspace_root();
    for folder in folders {
        copy_tree(&workspace.join(folder), &root.join(folder));
    }
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).expect("read Cargo.toml");
    let listed = manifest
        .lines()
        .find(|line| line.starts_with("members = "))
        .expect("the workspace lists its members");
    let manifest = manifest.replace(listed, &format!("members = {members:?}"));
    std::fs::write(root.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    std::fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).expect("copy Cargo.lock");
}

/// Removes every provider's catalogs folder (`catalogs/<provider>/`) of a copy: what a test of the
/// generator needs is the seed catalogs; the providers' hundreds of catalogs would only make it slower.
pub fn remove_provider_catalogs(root: &Path) {
    for entry in std::fs::read_dir(root.join("catalogs")).expect("list catalogs/") {
        let path = entry.expect("list catalogs/").path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).expect("remove a provider's catalogs");
        }
    }
}
