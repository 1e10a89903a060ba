using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Numbering;

/// <summary>
/// Readable application numbers, "LYN-2026-000123": a running number per Pemda and year. Each number is taken by one
/// statement of its own, before the transaction that saves the application, so that the counter row is locked only
/// for that statement and submissions do not queue behind each other's saves. Numbers are unique (the increment is
/// atomic, and the applications' number is a unique index); a submission whose save then fails leaves its number
/// unused. These are tracking numbers, not an official register: the letter numbers of the result documents, which
/// are, stay gap-free (<c>ResultDocument</c>).
/// </summary>
public static class ApplicationNumbers
{
    public const string Table = "PublicServicesApplicationNumbers";
    public const string Prefix = "LYN";

    public static async Task<string> NextAsync(PublicServicesDb db, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Take application numbers before the transaction that saves the application: the counter row would stay locked until it ends.");
        }

        // One statement, committed at once: the year's first number, or the next.
        var tenant = db.TenantId;
        var next = await db.Database.SqlQuery<long>($"""
            INSERT INTO "PublicServicesApplicationNumbers" ("TenantId", "Year", "Last") VALUES ({tenant}, {year}, 1)
            ON CONFLICT ("TenantId", "Year") DO UPDATE SET "Last" = "PublicServicesApplicationNumbers"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Format(year, next.Single());
    }

    public static string Format(int year, long serial) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{serial:D6}");

    /// <summary>What a person typed, tidied ("lyn-2026-123 " → "LYN-2026-000123"); null when it cannot be a number.</summary>
    public static string? Normalize(string? input)
    {
        var parts = (input ?? "").Trim().ToUpperInvariant().Split('-');
        return parts.Length == 3 && parts[0] == Prefix
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 100_000_000
            ? Format(year, serial)
            : null;
    }
}
