using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>Serves an uploaded evidence file (as an attachment, never sniffed by the browser).</summary>
public sealed class EvidenceFiles(SpbeDb db, EvidenceStore store)
{
    public async Task<IResult?> DownloadAsync(int year, string? code, int id, HttpResponse response, CancellationToken ct)
    {
        var item = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == id && e.Kind == EvidenceKind.File && db.Periods.Any(p => p.Id == e.PeriodId && p.Year == year))
            .FirstOrDefaultAsync(ct);
        if (item is null || (code is not null && item.IndicatorCode != code) || store.Find(db.TenantId, item.Sha256!) is not { } path)
        {
            return null;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(path, item.ContentType ?? "application/octet-stream", item.FileName, enableRangeProcessing: true);
    }
}
