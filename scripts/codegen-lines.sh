#!/usr/bin/env bash
# The size of the codegen crate as issue 18 counts it: non-blank lines that are not `//`
# comments, in codegen/src/*.rs, up to each file's `#[cfg(test)]` (tests excluded).
#
#   scripts/codegen-lines.sh              the working tree, per file and in all
#   scripts/codegen-lines.sh REV          the same at a commit
#   scripts/codegen-lines.sh --history REV
#                                         the total at REV and at every first-parent commit
#                                         since it that touched codegen/src, with its subject
#                                         (which commit, merge or issue changed how much)
set -euo pipefail
cd "$(dirname "$0")/.."

count() { # reads a file on stdin
  awk '/#\[cfg\(test\)\]/ { exit } { print }' | grep -v '^[[:space:]]*$' | grep -cv '^[[:space:]]*//' || true
}

total_at() { # rev
  local total=0 n
  for file in $(git ls-tree -r --name-only "$1" codegen/src | grep '\.rs$'); do
    n=$(git show "$1:$file" | count)
    total=$((total + n))
  done
  echo "$total"
}

if [ "${1:-}" = --history ]; then
  since="${2:?--history needs a revision}"
  for rev in "$since" $(git rev-list --reverse --first-parent "$since..HEAD" -- codegen/src); do
    printf '%5d  %s\n' "$(total_at "$rev")" "$(git log -1 --format='%h %s' "$rev" | cut -c1-100)"
  done
elif [ -n "${1:-}" ]; then
  total_at "$1"
else
  total=0
  for file in $(find codegen/src -name '*.rs' | sort); do
    n=$(count < "$file")
    printf '%5d  %s\n' "$n" "$file"
    total=$((total + n))
  done
  printf '%5d  in all\n' "$total"
fi
