using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;

namespace Pamong.PublicServices.Catalogue;

/// <summary>The Pemda's agencies (OPD) by code, read from the platform's organisation (read-only).</summary>
public sealed class OpdUnits(PamongDb db)
{
    private Dictionary<string, string>? _names;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct = default) =>
        _names ??= await db.OrganisationUnits.AsNoTracking().Where(u => u.Kind == UnitKind.Opd && u.Active)
            .OrderBy(u => u.Name).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
}
