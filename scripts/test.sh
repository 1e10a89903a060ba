#!/usr/bin/env bash
# Runs every test: unit, HTTP integration on SQLite and on PostgreSQL, and the browser tests.
# Installs and starts PostgreSQL and chromium first where it can (see prepare-test-machine.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prepare-test-machine.sh
export PAMONG_TEST_POSTGRES="${PAMONG_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=pamong_test;Password=pamong_test;Database=postgres}"
dotnet tool restore >/dev/null
dotnet build Pamong.slnx -c Release -warnaserror
dotnet format Pamong.slnx --verify-no-changes --no-restore
rm -rf artifacts/test-results && mkdir -p artifacts/test-results  # the summary below counts these files only
status=0
# One test project after the other: the browser tests need the cores the integration tests use.
for project in tests/Pamong.Tests tests/Pamong.BrowserTests; do
  dotnet test "$project" -c Release --no-build --logger "trx" --results-directory artifacts/test-results \
    --logger "console;verbosity=minimal" || status=$?
done
# One plain summary line over all test projects.
python3 - <<'PY' 2>/dev/null || true
import glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob("artifacts/test-results/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)); s += int(c.get("notExecuted", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
exit $status
