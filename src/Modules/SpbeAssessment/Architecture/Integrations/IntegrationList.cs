using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>The integrations with their ends named from the <see cref="ApplicationCatalog"/>.</summary>
public sealed class IntegrationList(SpbeDb db, ApplicationCatalog applications)
{
    public async Task<IReadOnlyList<IntegrationRow>> AllAsync(CancellationToken ct)
    {
        var names = (await applications.AllAsync(ct)).ToDictionary(a => a.Key, a => a.Name);
        var integrations = await db.Integrations.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        return integrations.Select(i => Row(i, names)).OrderBy(r => r.FromName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.ToName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<IntegrationRow?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(r => r.Id == id);

    public static IntegrationRow Row(Integration i, IReadOnlyDictionary<string, string> names)
    {
        var (from, to) = (i.From.ToString(), i.To.ToString());
        return new IntegrationRow(i.Id, from, names.GetValueOrDefault(from, from), to, names.GetValueOrDefault(to, to), i.DataExchanged, i.Method, i.Status);
    }
}
