#!/usr/bin/env bash
# What the `tracing` feature costs when no subscriber is installed: builds the tracing_cost bench
# with the feature and without, then runs the two in turn ROUNDS times (default 5), so both see
# the same machine; BENCHMARKS.md, "Tracing's cost", has the figures.
#
#   scripts/tracing-cost.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"

binary() { # cargo args...: builds the bench and prints its path
  cargo bench -p cloud-errors-benches --bench tracing_cost --no-run --message-format=json "$@" 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1
}
off=$(binary)
on=$(binary --features tracing)
[ -x "$off" ] && [ -x "$on" ] && [ "$off" != "$on" ] || { echo "could not build both benches" >&2; exit 1; }

for round in $(seq "$rounds"); do
  echo "round $round: $("$off")"
  echo "round $round: $("$on")"
done
