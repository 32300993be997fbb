#!/usr/bin/env bash
# The reference site in a real browser: builds it, opens it from the disk in headless Chromium
# (playwright-core, pinned in cli/site-test/package-lock.json) and checks that the search finds a
# code of every provider crate, that deep links open on their row (on a phone too) and that no
# request leaves file://. Prints the time from the first keystroke to rendered results; writes
# its screenshots beside the site (SITE/screenshot.png, -row.png, -phone.png; site/ is ignored).
# .ci/run runs it.
#
#   scripts/site-test.sh [SITE_DIR]          (default: site/)
#
# CLOUD_ERRORS: a built `cloud-errors` to write the site with (.ci/run passes the one its
# `cargo test --workspace` built); unset, `cargo xtask site` builds it. CHROMIUM: the browser
# (default: chromium on PATH). Needs node and npm; Chromium is installed with apt-get when it is
# missing and the script runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

site=${1:-site}
tests=cli/site-test

fail() {
  echo "error: $*" >&2
  exit 1
}

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== installing chromium (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null
    chromium=$(command -v chromium) || fail "apt-get installed chromium, but it is not on PATH"
  else
    fail "no chromium: install Debian's package \`chromium\` (apt-get install chromium) or set CHROMIUM to a Chromium or Chrome binary"
  fi
fi
command -v node > /dev/null && command -v npm > /dev/null ||
  fail "the browser test needs node (18 or later) and npm: apt-get install nodejs npm"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || fail "node $(node --version) is too old: playwright-core needs 18 or later"

echo "== npm ci ($tests)"
npm ci --prefix "$tests" --no-audit --no-fund --loglevel=error

echo "== the site, into $site"
if [ -n "${CLOUD_ERRORS:-}" ]; then
  "$CLOUD_ERRORS" site --out "$site"
else
  cargo xtask site --out "$site"
fi

echo "== the site in $("$chromium" --version 2> /dev/null | head -n 1)"
CHROMIUM=$chromium node "$tests/site.test.mjs" "$site"
