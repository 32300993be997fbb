#!/usr/bin/env bash
# The size of the generator and the xtask as issues 18 and 29 count it: non-blank lines that are
# not `//` comments, in <crate>/src/**/*.rs, each file up to its `#[cfg(test)]` (tests excluded).
#
#   scripts/lines.sh                      codegen and xtask in the working tree, per file and per crate
#   scripts/lines.sh REV                  each crate's total at a commit
#   scripts/lines.sh --history REV        each crate's total at REV and at every first-parent commit
#                                         since it that touched a crate's src/, with its subject
#                                         (which commit, merge or issue changed how much)
#   CRATES="codegen" scripts/lines.sh …   other crates (folders of the workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
crates=(${CRATES:-codegen xtask})

count() { # reads a file on stdin
  awk '/#\[cfg\(test\)\]/ { exit } { print }' | grep -v '^[[:space:]]*$' | grep -cv '^[[:space:]]*//' || true
}

total_at() { # rev crate
  local total=0 n
  for file in $(git ls-tree -r --name-only "$1" "$2/src" | grep '\.rs$'); do
    n=$(git show "$1:$file" | count)
    total=$((total + n))
  done
  echo "$total"
}

totals_at() { # rev: "crate N" for each crate
  local crate
  for crate in "${crates[@]}"; do printf '%s %5d  ' "$crate" "$(total_at "$1" "$crate")"; done
}

if [ "${1:-}" = --history ]; then
  since="${2:?--history needs a revision}"
  paths=("${crates[@]/%//src}")
  for rev in "$since" $(git rev-list --reverse --first-parent "$since..HEAD" -- "${paths[@]}"); do
    printf '%s %s\n' "$(totals_at "$rev")" "$(git log -1 --format='%h %s' "$rev" | cut -c1-80)"
  done
elif [ -n "${1:-}" ]; then
  totals_at "$1"
  echo
else
  for crate in "${crates[@]}"; do
    total=0
    for file in $(find "$crate/src" -name '*.rs' | sort); do
      n=$(count < "$file")
      printf '%5d  %s\n' "$n" "$file"
      total=$((total + n))
    done
    printf '%5d  %s in all\n' "$total" "$crate"
  done
fi
