using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// Every instrument a Pemda can use: the shipped ones (PermenPANRB 59/2020 and 5/2018) and those its
/// administrator stored. Parsed once per request.
/// </summary>
public sealed class InstrumentCatalog(InstrumentLibrary library, SpbeDb db)
{
    /// <summary>The instrument a new period uses unless another is chosen.</summary>
    public const string DefaultId = "permenpanrb-59-2020";

    private List<CatalogEntry>? _all;

    public bool IsShipped(string id) => library.Find(id) is not null;

    public async Task<IReadOnlyList<CatalogEntry>> AllAsync(CancellationToken ct = default)
    {
        if (_all is not null)
        {
            return _all;
        }

        var all = library.All.Select(i => new CatalogEntry(i, Shipped: true, Version: 1, UpdatedAt: null)).ToList();
        var stored = await db.Instruments.AsNoTracking().OrderBy(i => i.InstrumentId).ToListAsync(ct);
        foreach (var row in stored)
        {
            if (InstrumentJson.Parse(row.Definition).Instrument is { } instrument)
            {
                all.Add(new CatalogEntry(instrument with { Id = row.InstrumentId }, Shipped: false, row.Version, row.UpdatedAt));
            }
        }

        return _all = all;
    }

    public async Task<CatalogEntry?> FindEntryAsync(string id, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(e => e.Instrument.Id == id);

    public async Task<Instrument?> FindAsync(string id, CancellationToken ct = default) =>
        (await FindEntryAsync(id, ct))?.Instrument;

    /// <summary>Forgets what was read, after a change.</summary>
    public void Refresh() => _all = null;
}

/// <summary>An instrument with where it comes from: shipped with Pamong, or stored by the Pemda (with its version).</summary>
public sealed record CatalogEntry(Instrument Instrument, bool Shipped, int Version, DateTime? UpdatedAt);
