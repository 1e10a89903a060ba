#!/usr/bin/env bash
# Adds a migration for both database engines.
#   scripts/add-migration.sh AddComplaints                   the platform (src/Platform, PamongDb)
#   scripts/add-migration.sh AddRisks SpbeAssessment Spbe    a module: src/Modules/SpbeAssessment, SpbeSqliteDb/SpbePostgresDb
# Migrations are reviewed as code: read both generated files before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName [ModuleFolder ContextPrefix]}"
module="${2:-}"
prefix="${3:-}"
dotnet tool restore >/dev/null
if [ -z "$module" ]; then
  project=src/Platform; sqlite=SqlitePamongDb; postgres=PostgresPamongDb
else
  project="src/Modules/$module"; sqlite="${prefix}SqliteDb"; postgres="${prefix}PostgresDb"
fi
for engine in Sqlite PostgreSql; do
  context=$([ "$engine" = Sqlite ] && echo "$sqlite" || echo "$postgres")
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "$context" --output-dir "Migrations/$engine"
done
