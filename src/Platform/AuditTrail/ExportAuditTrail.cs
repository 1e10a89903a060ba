using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// The current tenant's audit records that match a filter as CSV, oldest first. The export itself
/// is recorded in the audit trail (who exported what), and refused above <see cref="MaxRows"/>.
/// </summary>
public sealed class ExportAuditTrail(PamongDb db, AuditLog log, IStringLocalizer<AuditText> text)
{
    public const int MaxRows = 50_000;

    /// <summary>The CSV, or null with the number of matching records when there are too many.</summary>
    public async Task<(byte[]? Csv, int Count)> RunAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var records = filter.Apply(db.AuditRecords.AsNoTracking());
        var count = await records.CountAsync(ct);
        if (count > MaxRows)
        {
            return (null, count);
        }

        var rows = await records.OrderBy(r => r.Sequence).ToListAsync(ct);
        var csv = CsvExport.Write(Header(), rows.Select(Row));

        var used = filter.Values().Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!.Trim());
        log.Record(AuditActions.Exported, nameof(AuditRecord), null,
            detail: JsonSerializer.Serialize(new { filter = used, rows = count }));
        await db.SaveChangesAsync(ct);
        return (csv, count);
    }

    private string[] Header() =>
    [
        text["CsvTimeWib"], text["CsvTimeUtc"], text["CsvSequence"], text["CsvActor"], text["CsvActorId"], text["CsvIp"],
        text["CsvAction"], text["CsvSubject"], text["CsvSubjectId"], text["CsvReason"], text["CsvBefore"], text["CsvAfter"], text["CsvHash"],
    ];

    private static string?[] Row(AuditRecord r) =>
    [
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.OccurredAt, DateTimeKind.Utc), AuditFilter.Zone)
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        r.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        r.Sequence.ToString(CultureInfo.InvariantCulture),
        r.ActorName, r.ActorId, r.IpAddress, r.Action, r.Subject, r.SubjectId, r.Reason, r.Before, r.After, r.Hash,
    ];
}
