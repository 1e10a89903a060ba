#!/usr/bin/env bash
# Installs and starts what the tests need beside the .NET SDK: PostgreSQL (on 127.0.0.1) and
# Debian's chromium (for the browser tests). Safe to run again; does nothing that is already done.
# Without root, it installs nothing and the tests that need the missing piece are reported as skipped.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/pdftotext ] || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need[*]} with apt-get..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-core >/dev/null
  else
    echo "Not root: cannot install ${need[*]}; the tests that need them will be skipped." >&2
  fi
fi

if command -v pg_ctlcluster >/dev/null 2>&1; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | grep -q .; then
    pg_createcluster "$version" main >/dev/null
  fi
  cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
  if ! pg_lsclusters -h | head -1 | grep -q online; then
    if [ "$(id -u)" = 0 ]; then pg_ctlcluster $cluster start; else echo "PostgreSQL is not running and cannot be started without root." >&2; fi
  fi
  if [ "$(id -u)" = 0 ] && pg_lsclusters -h | head -1 | grep -q online; then
    su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='pamong_test'\"" | grep -q 1 || \
      su postgres -c "psql -q -c \"CREATE ROLE pamong_test LOGIN SUPERUSER PASSWORD 'pamong_test'\""
  fi
fi

# Front-end tools for the browser tests (axe-core), pinned in package-lock.json.
if command -v npm >/dev/null 2>&1; then
  (cd "$(dirname "$0")/../tests/Pamong.BrowserTests" && [ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --silent)
else
  echo "npm is missing: the accessibility checks of the browser tests will be skipped." >&2
fi
