using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>The inventory at a glance, and everything one OPD owns.</summary>
public sealed class ArchitectureOverview(SpbeDb db, ApplicationCatalog applications, IntegrationList integrations, ArchitectureRegisters registers, OpdDirectory opd)
{
    public async Task<ArchitectureApi.Overview> CountAsync(CancellationToken ct)
    {
        var all = await applications.AllAsync(ct);
        return new ArchitectureApi.Overview(
            await db.BusinessProcesses.CountAsync(ct),
            await db.DataSets.CountAsync(ct),
            all.Count,
            all.Count(a => a.Automatic),
            await db.Infrastructure.CountAsync(ct),
            await db.Integrations.CountAsync(ct));
    }

    /// <summary>Null when <paramref name="unitId"/> is not an OPD (or the Pemda unit) of this Pemda.</summary>
    public async Task<ArchitectureApi.OpdHoldings?> ForUnitAsync(int unitId, CancellationToken ct)
    {
        if (await opd.FindAsync(unitId, ct) is not { } unit)
        {
            return null;
        }

        var owned = (await applications.AllAsync(ct)).Where(a => a.OwnerUnitId == unitId).ToList();
        var keys = owned.Select(a => a.Key).ToHashSet();
        return new ArchitectureApi.OpdHoldings(unit.Id, unit.Name,
            (await registers.BusinessProcessesAsync(ct)).Where(p => p.OwnerUnitId == unitId).ToList(),
            (await registers.DataSetsAsync(ct)).Where(d => d.OwnerUnitId == unitId).ToList(),
            owned,
            (await registers.InfrastructureAsync(ct)).Where(i => i.OwnerUnitId == unitId).ToList(),
            (await integrations.AllAsync(ct)).Where(i => keys.Contains(i.From) || keys.Contains(i.To)).ToList());
    }
}
