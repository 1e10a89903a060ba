#!/usr/bin/env bash
# The public-services benchmark on PostgreSQL (docs/performance.md, "Layanan publik"):
#   1. pgbench's default TPC-B-like run on the same server, as the yardstick;
#   2. the app (Release, demo catalogue) on a fresh database, plus a generated history of N applications
#      (binary COPY);
#   3. public tracking at a fixed rate, submit-and-process throughput, and every dashboard's response time;
#   4. with the app stopped, the SQL floor of submit-and-process (bench/submit-floor.sql: the writes of one application
#      in its three transactions, nothing else) through pgbench, back to back with the TPC-B-like run again.
#
#   PAMONG_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=pamong_test;Password=pamong_test;Database=postgres" \
#     bench/public-services.sh [applications=1000000] [port=5106]
#
# Needs: the PostgreSQL client tools (pgbench, psql) and a role that may create databases.
# Environment knobs: TRACK_RATE (1000), TRACK_SECONDS (30), SUBMIT_SECONDS (30), SUBMIT_WORKERS (16), SUBMIT_WARMUP (60),
# PGBENCH_SECONDS (30), KEEP=1 keeps the databases afterwards, APP_DB / PGBENCH_DB (pamong_bench_ps /
# pamong_bench_pgbench) name the databases (so that two runs on one server do not collide).
set -euo pipefail
cd "$(dirname "$0")/.."
applications="${1:-1000000}"
port="${2:-5106}"
server="${PAMONG_BENCH_POSTGRES:-${PAMONG_TEST_POSTGRES:?set PAMONG_BENCH_POSTGRES (an Npgsql connection string)}}"

# Npgsql "Key=Value;..." to libpq environment variables for psql/pgbench.
while IFS='=' read -r key value; do
  case "${key,,}" in
    host|server) export PGHOST="$value" ;;
    port) export PGPORT="$value" ;;
    username|user\ id|userid|user) export PGUSER="$value" ;;
    password) export PGPASSWORD="$value" ;;
  esac
done < <(tr ';' '\n' <<<"$server")

app_db="${APP_DB:-pamong_bench_ps}"
pgbench_db="${PGBENCH_DB:-pamong_bench_pgbench}"
connection="$(sed -E 's/(^|;)Database=[^;]*//I' <<<"$server");Database=$app_db"
url="http://127.0.0.1:$port"
bench=(dotnet bench/Pamong.ServiceBench/bin/Release/net10.0/Pamong.ServiceBench.dll)
app_pid=""

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then
    psql -d postgres -qc "DROP DATABASE IF EXISTS $pgbench_db WITH (FORCE)" || true
    psql -d postgres -qc "DROP DATABASE IF EXISTS $app_db WITH (FORCE)" || true
  fi
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

echo "== 1. pgbench (TPC-B-like, scale 10, 8 clients, 2 threads, ${PGBENCH_SECONDS:-30} s)"
psql -d postgres -qc "DROP DATABASE IF EXISTS $pgbench_db WITH (FORCE)" -c "CREATE DATABASE $pgbench_db"
pgbench -i -s 10 -q "$pgbench_db" 2>&1 | tail -1
pgbench -c 8 -j 2 -T "${PGBENCH_SECONDS:-30}" "$pgbench_db" | tee /tmp/pamong-pgbench.txt | grep -E "^(tps|latency average|number of transactions actually)"
pgbench_tps=$(grep -oP '^tps = \K[0-9.]+' /tmp/pamong-pgbench.txt)

echo "== 2. app on a fresh database ($app_db), Release build"
for project in src/Pamong.Web bench/Pamong.ServiceBench; do
  dotnet build -c Release -v q -nologo "$project" | grep -E " error |rror\(s\)" || true
done
psql -d postgres -qc "DROP DATABASE IF EXISTS $app_db WITH (FORCE)" -c "CREATE DATABASE $app_db"
data_folder="$(mktemp -d)"
Database__Provider=postgres Database__ConnectionString="$connection" Database__DataFolder="$data_folder" \
  Demo__Enabled=true ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  RateLimits__Anonymous__PermitLimit=100000000 RateLimits__PerUser__PermitLimit=100000000 RateLimits__PerToken__PermitLimit=100000000 \
  PublicServices__Tracking__PermitLimit=100000000 \
  dotnet src/Pamong.Web/bin/Release/net10.0/Pamong.Web.dll --urls "$url" >/tmp/pamong-bench-app.log 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/health/ready" >/dev/null || { echo "the app did not start; see /tmp/pamong-bench-app.log"; exit 1; }

echo "== 3. history: $applications applications (binary COPY)"
"${bench[@]}" generate --connection "$connection" --applications "$applications"
# The bulk load leaves work for autovacuum (it vacuums the freshly inserted tables within the next minute,
# taking a core and the disk for tens of seconds at 1M) and dirty pages for the next checkpoint; do both now,
# so that the timed steps measure the app on settled tables, as in production, not a one-off maintenance.
echo "== vacuum and checkpoint after the bulk load"
time psql -d "$app_db" -qc "VACUUM (ANALYZE)" -c "CHECKPOINT"

echo "== 4. public tracking"
"${bench[@]}" tracking --url "$url" --connection "$connection" --rate "${TRACK_RATE:-1000}" --seconds "${TRACK_SECONDS:-30}" --per-second

echo "== 5. submit and process (pgbench: $pgbench_tps tps)"
"${bench[@]}" submit --url "$url" --connection "$connection" --seconds "${SUBMIT_SECONDS:-30}" --workers "${SUBMIT_WORKERS:-16}" --warmup "${SUBMIT_WARMUP:-60}" --pgbench-tps "$pgbench_tps"

echo "== 6. dashboards"
"${bench[@]}" dashboards --url "$url" --repeat 5

echo "== 7. the SQL floor of submit-and-process, app stopped: pgbench runs bench/submit-floor.sql (one application a run)"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
psql -d "$app_db" -qc "DROP TABLE IF EXISTS bench_floor_blob" \
  -c "CREATE TABLE bench_floor_blob AS SELECT decode(string_agg(md5(random()::text), ''), 'hex') AS blob FROM generate_series(1, 2800)"
floor_vars=$(psql -d "$app_db" -Atc "SELECT format('-D tenant=%s -D service=%s -D version=%s -D template=%s -D certificate=%s',
    s.\"TenantId\", s.\"Id\", v.\"Id\", t.\"Id\", (SELECT \"CertificateId\" FROM \"IssuedDocuments\" LIMIT 1))
  FROM \"PublicServicesServices\" s JOIN \"PublicServicesWorkflowVersions\" v ON v.\"ServiceId\" = s.\"Id\" AND v.\"IsCurrent\"
  JOIN \"PublicServicesResultTemplates\" t ON t.\"ServiceId\" = s.\"Id\" WHERE s.\"Code\" = 'bench-submit'")
for run in 1 2; do
  pgbench -n -c 8 -j 2 -T "${PGBENCH_SECONDS:-30}" "$pgbench_db" | grep -oP '^tps = \K[0-9.]+' | sed 's/^/TPC-B-like tps: /'
  # shellcheck disable=SC2086 # floor_vars is a list of -D options
  pgbench -n -c 8 -j 2 -T "${PGBENCH_SECONDS:-30}" $floor_vars -f bench/submit-floor.sql "$app_db" | grep -oP '^tps = \K[0-9.]+' \
    | sed 's/^/SQL floor, applications\/s: /'
done
