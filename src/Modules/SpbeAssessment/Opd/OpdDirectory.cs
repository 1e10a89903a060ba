using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;

namespace Pamong.SpbeAssessment.Opd;

/// <summary>
/// The OPD (and the Pemda unit itself) that can own an application, a data set or a risk: read from the
/// platform's organisation, never written. Loaded once per request.
/// </summary>
public sealed class OpdDirectory(PamongDb db)
{
    private IReadOnlyList<OrganisationUnit>? _units;

    /// <summary>Active units an officer can pick as owner, the Pemda first, then the OPD by name.</summary>
    public async Task<IReadOnlyList<OrganisationUnit>> OptionsAsync(CancellationToken ct) =>
        (await UnitsAsync(ct)).Where(u => u.Active).ToList();

    public async Task<OrganisationUnit?> FindAsync(int? id, CancellationToken ct) =>
        id is null ? null : (await UnitsAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>Whether <paramref name="id"/> is an active owner unit of this Pemda.</summary>
    public async Task<bool> IsOwnerAsync(int? id, CancellationToken ct) => (await FindAsync(id, ct))?.Active == true;

    public async Task<string?> NameAsync(int? id, CancellationToken ct) => (await FindAsync(id, ct))?.Name;

    /// <summary>Every owner unit's name by id (inactive ones too, so old records keep their owner's name).</summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(CancellationToken ct) =>
        (await UnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);

    /// <summary>The unit with this code (e.g. "DISKOMINFO"), if the Pemda has one.</summary>
    public async Task<OrganisationUnit?> ByCodeAsync(string code, CancellationToken ct) =>
        (await UnitsAsync(ct)).FirstOrDefault(u => u.Code == code);

    private async Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(CancellationToken ct) =>
        _units ??= (await db.OrganisationUnits.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Pemda || u.Kind == UnitKind.Opd)
            .ToListAsync(ct)).OrderBy(u => u.Kind != UnitKind.Pemda).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
}
