#!/usr/bin/env bash
# CPU and wall time of `cargo xtask import tencent` and of `cargo xtask generate` on what it wrote,
# interleaved in one run:
#   - fixture: the import of our fixture SDK (xtask/tests/fixtures/tencent-sdk, both editions,
#     with `--sdk-text`);
#   - real (when SDK=DIR is given): the import of a checkout of tencentcloud-sdk-go (facts only,
#     as committed), then `generate` of the result.
#
#   scripts/import-time.sh                              REPEAT=5 runs of each (default 3)
#   SDK=../tencentcloud-sdk-go scripts/import-time.sh
#
# The xtask binary (dev profile, as `cargo xtask` runs it) is built first and then run directly,
# so no run includes cargo's own start-up or a build. Every run imports into an empty
# catalogs/tencent/ (beside the workspace's tencent.yaml) and generates into empty generated
# crates, so every file is written. Needs GNU time (/usr/bin/time). Prints the load average before
# and after, and a Markdown table: per run `wall s (user+sys s)`, and the median wall and CPU.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeat="${REPEAT:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
cargo build --quiet --package xtask
xtask="${CARGO_TARGET_DIR:-$root/target}/debug/xtask"
# The import reads the common catalog of the workspace `CARGO_MANIFEST_DIR` names.
export CARGO_MANIFEST_DIR="$root/xtask"
fixture="$root/xtask/tests/fixtures"

# A tree with catalogs/ (the workspace's tencent.yaml) and the generated crates' manifests.
tree() {
  rm -rf "$1"
  mkdir -p "$1/catalogs/tencent"
  cp catalogs/tencent.yaml "$1/catalogs/"
  for crate in generated/*/; do
    mkdir -p "$1/$crate/src"
    cp "$crate/Cargo.toml" "$1/$crate"
  done
}

declare -A runs walls cpus
# Runs a command under GNU time and records it under the label $1.
timed() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/$label.out" 2> "$work/$label.err" || {
    echo "error: $label failed:" >&2
    tail -5 "$work/$label.err" >&2
    exit 1
  }
  read -r wall user sys < "$work/time"
  local cpu
  cpu="$(awk -v user="$user" -v sys="$sys" 'BEGIN { printf "%.2f", user + sys }')"
  runs[$label]+="${runs[$label]:+, }$wall ($cpu)"
  walls[$label]+="$wall "
  cpus[$label]+="$cpu "
}

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

labels=("fixture import")
[ -n "${SDK:-}" ] && labels+=("real import" "real generate")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq "$repeat"); do
  tree "$work/fixture"
  timed "fixture import" "$xtask" import tencent --commit 0000000000000000000000000000000000000000 \
    --sdk-text --sdk "$fixture/tencent-sdk" --sdk-en "$fixture/tencent-sdk-intl-en" \
    --out "$work/fixture/catalogs/tencent"
  if [ -n "${SDK:-}" ]; then
    tree "$work/real"
    timed "real import" "$xtask" import tencent --sdk "$SDK" --out "$work/real/catalogs/tencent"
    timed "real generate" "$xtask" generate --root "$work/real"
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

count() { grep -c "$2" "$work/$1.out" || true; }
codes() { grep -o ': [0-9]* codes' "$work/$1.out" | awk '{n += $2} END {print n + 0}'; }
echo "| run | catalogs, codes | runs: wall s (user+sys s) | median wall | median CPU |"
echo "| --- | --- | --- | --- | --- |"
for label in "${labels[@]}"; do
  case "$label" in
    *import) what="$(count "$label" '(written)') written, $(codes "$label") codes" ;;
    *generate) what="$(count "$label" 'codes ->') modules, $(codes "$label") codes" ;;
  esac
  echo "| $label | $what | ${runs[$label]} | $(median "${walls[$label]}") s | $(median "${cpus[$label]}") s |"
done
