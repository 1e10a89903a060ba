using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>Finds an uploaded evidence file of a period on disk; it is served as an attachment the browser must not sniff.</summary>
public sealed class EvidenceFiles(SpbeDb db, EvidenceStore store)
{
    public async Task<(EvidenceItem Item, string Path)?> FindAsync(int year, string? code, int id, CancellationToken ct)
    {
        var item = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == id && e.Kind == EvidenceKind.File && db.Periods.Any(p => p.Id == e.PeriodId && p.Year == year))
            .FirstOrDefaultAsync(ct);
        if (item is null || (code is not null && item.IndicatorCode != code) || store.Find(db.TenantId, item.Sha256!) is not { } path)
        {
            return null;
        }

        return (item, path);
    }

    /// <summary>Headers that keep a downloaded file from running as a page of this site.</summary>
    public static void Protect(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }
}
