#!/usr/bin/env bash
# Wall time and peak memory of `cargo xtask generate` on synthetic catalogs, run as a user runs it.
#
#   scripts/generate-time.sh [CODES...]      default: 1000 10000 100000
#   REPEAT=5 scripts/generate-time.sh 100000  runs per size (default 3)
#
# For each size, the `synth` command (`cargo run -p cloud-errors-synth`) writes the catalog into a
# temporary tree holding catalogs/ and generated/cloud-errors/ (with the workspace's
# generated/cloud-errors/Cargo.toml, whose feature block the command rewrites).
# The xtask binary is built first, so no run includes a build; every run starts with no generated
# module, so every run writes one. Needs GNU time (/usr/bin/time). Prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
repeat="${REPEAT:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
cargo build --quiet --package xtask
echo "| codes | runs: seconds (peak MB) | median |"
echo "| --- | --- | --- |"
for codes in "${sizes[@]}"; do
  tree="$work/$codes"
  mkdir -p "$tree/catalogs" "$tree/generated/cloud-errors/src"
  cp generated/cloud-errors/Cargo.toml "$tree/generated/cloud-errors/"
  cargo run --quiet -p cloud-errors-synth -- --codes "$codes" --seed 1 --out "$work/synth-$codes" > /dev/null
  cp "$work/synth-$codes/synth.yaml" "$tree/catalogs/"
  # synth writes ~140 MB at 100,000 codes: flush it, so that no run shares the machine with that
  # writeback (it made the first run of each size up to a second slower).
  sync
  runs=()
  seconds=()
  for _ in $(seq "$repeat"); do
    rm -f "$tree/generated/cloud-errors/src/"*.rs
    /usr/bin/time -f "%e %M" -o "$work/time" cargo xtask generate --root "$tree" > /dev/null
    read -r wall peak_kb < "$work/time"
    runs+=("$wall ($((peak_kb / 1024)))")
    seconds+=("$wall")
  done
  median="$(printf '%s\n' "${seconds[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  echo "| $codes | $(IFS=,; echo "${runs[*]}" | sed 's/,/, /g') | $median s |"
done
