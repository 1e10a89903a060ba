using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>Every application of the Pemda: Pamong's own entries first, then the stored ones by name.</summary>
public sealed class ApplicationCatalog(SpbeDb db, PamongApplications pamong, OpdDirectory opd)
{
    private IReadOnlyList<ApplicationRow>? _all;

    public async Task<IReadOnlyList<ApplicationRow>> AllAsync(CancellationToken ct)
    {
        if (_all is not null)
        {
            return _all;
        }

        var stored = await db.Applications.AsNoTracking().Include(a => a.DataSets).OrderBy(a => a.Name).ToListAsync(ct);
        var rows = new List<ApplicationRow>(await pamong.ListAsync(ct));
        foreach (var application in stored)
        {
            rows.Add(ApplicationRow.From(application, await opd.NameAsync(application.OwnerUnitId, ct)));
        }

        return _all = rows;
    }

    public async Task<ApplicationRow?> FindAsync(ApplicationKey key, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(a => a.Key == key.ToString());

    /// <summary>Applications whose name or purpose contains <paramref name="q"/>, of one OPD and one status when given.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> SearchAsync(string? q, int? unitId, ApplicationStatus? status, CancellationToken ct) =>
        (await AllAsync(ct))
            .Where(a => string.IsNullOrWhiteSpace(q)
                || a.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)
                || (a.Purpose?.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(a => unitId is null || a.OwnerUnitId == unitId)
            .Where(a => status is null || a.Status == status)
            .ToList();
}
