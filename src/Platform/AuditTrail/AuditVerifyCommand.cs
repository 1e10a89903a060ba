using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// <c>audit-verify [--tenant banyuwangi]</c>: verifies every tenant's chain (or one), one line per tenant.
/// Exit code 0 when all are valid, 1 when a chain is broken, 2 for a usage error.
/// </summary>
public static class AuditVerifyCommand
{
    public const string Name = "audit-verify";
    public const string Help = "Verify the audit hash chain of every tenant (or --tenant <id>); exit 1 if one is broken.";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (!TryParse(args, out var only))
        {
            await output.WriteLineAsync($"Usage: {Name} [--tenant <id>]");
            return 2;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var tenants = await TenantsAsync(db, ct);
        if (only is not null && !tenants.Contains(only))
        {
            await output.WriteLineAsync($"Unknown tenant '{only}': it has neither a tenant entry nor audit records.");
            return 2;
        }

        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        var broken = 0;
        foreach (var tenant in only is null ? tenants : [only])
        {
            var result = await verifier.VerifyAsync(tenant, ct);
            await output.WriteLineAsync(Describe(result));
            broken += result.Valid ? 0 : 1;
        }

        if (broken > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{broken} broken chain(s)."));
        }

        return broken == 0 ? 0 : 1;
    }

    public static string Describe(ChainVerification result) => result.FirstBroken is { } b
        ? string.Create(CultureInfo.InvariantCulture,
            $"{result.TenantId}: BROKEN at sequence {b.Sequence} (id {b.Id}): {b.Code}{(b.Problem == ChainProblem.MissingRecord ? $", sequence {b.ExpectedSequence}..{b.Sequence - 1} missing" : "")}; last intact sequence {result.LastSequence}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{result.TenantId}: OK, {result.Checked} record(s), head sequence {result.LastSequence} hash {result.LastHash}");

    private static bool TryParse(string[] args, out string? tenant)
    {
        tenant = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--tenant" && i + 1 < args.Length && !string.IsNullOrWhiteSpace(args[i + 1]))
            {
                tenant = args[++i];
            }
            else if (args[i].StartsWith("--tenant=", StringComparison.Ordinal) && args[i].Length > "--tenant=".Length)
            {
                tenant = args[i]["--tenant=".Length..];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every chain there is: the tenants on this deployment and any tenant id found in the log.</summary>
    private static async Task<List<string>> TenantsAsync(PamongDb db, CancellationToken ct)
    {
        var known = await db.Tenants.Select(t => t.Id).ToListAsync(ct);
        var logged = await db.AuditRecords.IgnoreQueryFilters().Select(r => r.TenantId).Distinct().ToListAsync(ct);
        return known.Union(logged).Order(StringComparer.Ordinal).ToList();
    }
}
