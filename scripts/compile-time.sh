#!/usr/bin/env bash
# Compile time and peak memory of one generated catalog module, alone in a crate, against the same
# codes in the `match` shape (every method a per-code `match`, derived traits).
#
#   scripts/compile-time.sh [CODES...]        default: 1000 10000
#   SHAPES=synth scripts/compile-time.sh 10000   only the generated module (default: synth match_shape)
#   REPEAT=3 scripts/compile-time.sh 10000        time each build 3 times, report the median (default 1)
#
# For each size, the `synth` command (`cargo run -p cloud-errors-synth`) writes the catalog, its
# generated module and the match shape; each goes into a temporary crate depending on
# cloud-errors (no default features). Dependencies are built first; then only the module's crate
# is rebuilt and timed, in debug and in release.
# Needs GNU time (/usr/bin/time) for peak memory. Prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One target dir for all the temporary crates, so cloud-errors is built once per profile.
export CARGO_TARGET_DIR="$work/target"

make_crate() { # dir module-file
  mkdir -p "$1/src"
  cat > "$1/Cargo.toml" <<TOML
[package]
name = "compile-time-probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
cloud-errors = { path = "$root/generated", default-features = false }

[workspace]
TOML
  cp "$2" "$1/src/lib.rs"
}

timed_build() { # dir profile-flag -> "seconds peak-MB" (median seconds, largest peak of REPEAT runs)
  local log="$work/time.log"
  (cd "$1" && cargo build $2 --quiet) # dependencies, not timed
  : > "$log.all"
  for _ in $(seq "${REPEAT:-1}"); do
    touch "$1/src/lib.rs"
    (cd "$1" && /usr/bin/time -f "%e %M" -o "$log" cargo build $2 --quiet)
    cat "$log" >> "$log.all"
  done
  sort -n "$log.all" | awk '{ s[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%s s, %.0f MB", s[int((NR + 1) / 2)], m / 1024 }'
}

echo "| codes | shape | debug | release |"
echo "| --- | --- | --- | --- |"
for codes in "${sizes[@]}"; do
  (cd "$root" && cargo run --quiet -p cloud-errors-synth -- --codes "$codes" --seed 1 --out "$work/synth-$codes" >/dev/null)
  for shape in ${SHAPES:-synth match_shape}; do
    dir="$work/$shape-$codes"
    make_crate "$dir" "$work/synth-$codes/$shape.rs"
    debug="$(timed_build "$dir" "")"
    release="$(timed_build "$dir" --release)"
    label=$([ "$shape" = synth ] && echo "generated (tables + perfect hash)" || echo "\`match\` per method, derived traits")
    echo "| $codes | $label | $debug | $release |"
  done
done
