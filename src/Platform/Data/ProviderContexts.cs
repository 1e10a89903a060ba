using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

// One context type per database engine, so that each engine keeps its own migrations
// (Migrations/Sqlite and Migrations/PostgreSql). The model is the same.

public sealed class SqlitePamongDb(DbContextOptions<SqlitePamongDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PamongDb(options, tenant, actor, clock);

public sealed class PostgresPamongDb(DbContextOptions<PostgresPamongDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PamongDb(options, tenant, actor, clock);
