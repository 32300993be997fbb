#!/usr/bin/env bash
# CPU and wall time of `cargo xtask import tencent-sdk` and of `cargo xtask generate` on what it
# wrote (issue 14), interleaved in one run:
#   - fixture: the import of our fixture SDK (xtask/tests/fixtures/tencent-sdk, both editions);
#   - synthetic: the import of a tree of the SDK's shape (`cargo xtask synth --tencent-sdk`,
#     ~280 product versions, ~17,000 codes, both editions), then `generate` of the result;
#   - real (when SDK=DIR is given, SDK_EN=DIR optionally): the import of your own copy of
#     tencentcloud-sdk-go, then `generate` of the result.
#
#   scripts/import-time.sh                          REPEAT=5 runs of each (default 3)
#   SDK=../tencentcloud-sdk-go SDK_EN=../tencentcloud-sdk-go-intl-en scripts/import-time.sh
#
# The xtask binary (dev profile, as `cargo xtask` runs it) is built first and then run directly,
# so no run includes cargo's own start-up or a build. Every run imports into an empty catalogs/
# (beside the workspace's tencent.yaml) and generates into an empty generated/src/, so every file
# is written. Needs GNU time (/usr/bin/time). Prints the load average before and after, and a
# Markdown table: per run `wall s (user+sys s)`, and the median wall and CPU.
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

"$xtask" synth --tencent-sdk --seed 1 --out "$work/sdk" > "$work/synth.out"
head -1 "$work/synth.out" >&2
fixture="$root/xtask/tests/fixtures"

# A tree with catalogs/ (the workspace's tencent.yaml) and generated/ (its Cargo.toml).
tree() {
  rm -rf "$1"
  mkdir -p "$1/catalogs" "$1/generated/src"
  cp catalogs/tencent.yaml "$1/catalogs/"
  cp generated/Cargo.toml "$1/generated/"
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

labels=("fixture import" "synthetic import" "synthetic generate")
[ -n "${SDK:-}" ] && labels+=("real import" "real generate")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq "$repeat"); do
  tree "$work/fixture"
  timed "fixture import" "$xtask" import tencent-sdk --sdk "$fixture/tencent-sdk" \
    --sdk-en "$fixture/tencent-sdk-intl-en" --out "$work/fixture/catalogs"
  tree "$work/synthetic"
  timed "synthetic import" "$xtask" import tencent-sdk --sdk "$work/sdk/tencentcloud-sdk-go" \
    --sdk-en "$work/sdk/tencentcloud-sdk-go-intl-en" --out "$work/synthetic/catalogs"
  timed "synthetic generate" "$xtask" generate --root "$work/synthetic"
  if [ -n "${SDK:-}" ]; then
    tree "$work/real"
    timed "real import" "$xtask" import tencent-sdk --sdk "$SDK" ${SDK_EN:+--sdk-en "$SDK_EN"} \
      --out "$work/real/catalogs"
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
