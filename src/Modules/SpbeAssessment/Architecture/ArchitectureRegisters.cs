using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Architecture.BusinessProcesses;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>The stored registers as rows with their owners' names, for the lists, the per-OPD view and the API.</summary>
public sealed class ArchitectureRegisters(SpbeDb db, OpdDirectory opd)
{
    public async Task<IReadOnlyList<BusinessProcessRow>> BusinessProcessesAsync(CancellationToken ct)
    {
        var names = await opd.NamesAsync(ct);
        return (await db.BusinessProcesses.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => BusinessProcessRow.From(p, names.GetValueOrDefault(p.OwnerUnitId))).ToList();
    }

    public async Task<IReadOnlyList<DataSetRow>> DataSetsAsync(CancellationToken ct)
    {
        var names = await opd.NamesAsync(ct);
        return (await db.DataSets.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct))
            .Select(d => DataSetRow.From(d, names.GetValueOrDefault(d.OwnerUnitId))).ToList();
    }

    public async Task<IReadOnlyList<InfrastructureRow>> InfrastructureAsync(CancellationToken ct)
    {
        var names = await opd.NamesAsync(ct);
        return (await db.Infrastructure.AsNoTracking().OrderBy(i => i.Kind).ThenBy(i => i.Name).ToListAsync(ct))
            .Select(i => InfrastructureRow.From(i, i.OwnerUnitId is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }
}
