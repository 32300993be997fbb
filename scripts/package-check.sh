#!/usr/bin/env bash
# crates.io's limits, for every publishable crate of the workspace: `cargo package` must succeed,
# the packed .crate must be at most 10 MiB and its manifest may declare at most 300 features.
# .ci/run runs it, so that a new provider crate cannot silently break them. Prints one line per
# crate: name, packed size, features.
#
#   scripts/package-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

max_bytes=$((10 * 1024 * 1024))
max_features=300
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The publishable members (no `publish = false`): a crate that is not published may depend on
# another that is not (the benches on their synthetic catalogs), which cargo cannot package.
packages=$(cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
for package in json.load(sys.stdin)["packages"]:
    if package["publish"] != []:
        print("-p", package["name"])
')
# --allow-dirty: the check is about the tree as it is, committed or not (CI runs on a clean clone).
# shellcheck disable=SC2086 # one word per `-p NAME`
cargo package $packages --no-verify --allow-dirty --quiet --target-dir "$out" 2> "$out/package.log" || {
  cat "$out/package.log" >&2
  echo "error: cargo package failed" >&2
  exit 1
}

failed=0
for crate in "$out"/package/*.crate; do
  name=$(basename "$crate" .crate)
  manifest=$(tar -xOzf "$crate" "$name/Cargo.toml")
  bytes=$(wc -c < "$crate")
  # Entries of the normalized manifest's [features] table, one `name = ` line each.
  features=$(awk '/^\[/ { in_features = ($0 == "[features]") ; next } in_features && /^[A-Za-z0-9_.+-]+ = / { n++ } END { print n + 0 }' <<< "$manifest")
  printf '%-32s %9d bytes packed  %3d features\n' "$name" "$bytes" "$features"
  if [ "$bytes" -gt "$max_bytes" ]; then
    echo "error: $name is $bytes bytes packed, over crates.io's 10 MiB" >&2
    failed=1
  fi
  if [ "$features" -gt "$max_features" ]; then
    echo "error: $name declares $features features, over crates.io's $max_features" >&2
    echo "  = help: a provider crate can put its catalogs behind a feature per envelope: \`features = \"per-envelope\"\` under \`[package.metadata.cloud-errors]\` in its manifest, as cloud-errors-aws does (every feature users name changes: a breaking release); or split the provider into crates" >&2
    failed=1
  fi
done
exit "$failed"
