#!/usr/bin/env bash
# Adds a migration for both database engines: scripts/add-migration.sh AddComplaints
# Migrations are reviewed as code: read both generated files before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for engine in Sqlite PostgreSql; do
  context=$([ "$engine" = Sqlite ] && echo SqlitePamongDb || echo PostgresPamongDb)
  dotnet ef migrations add "$name" --project src/Platform --startup-project src/Platform \
    --context "$context" --output-dir "Migrations/$engine"
done
