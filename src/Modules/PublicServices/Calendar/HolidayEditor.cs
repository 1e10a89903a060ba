using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Calendar;

/// <summary>The Pemda's holiday calendar: list, add, remove and import (audited).</summary>
public sealed class HolidayEditor(PublicServicesDb db, IStringLocalizer<PublicServicesText> text)
{
    public sealed record ImportSummary(int Added, int AlreadyThere);

    public async Task<IReadOnlyList<Holiday>> ListAsync(int? year, CancellationToken ct)
    {
        var holidays = db.Holidays.AsNoTracking();
        if (year is { } y)
        {
            holidays = holidays.Where(h => h.Date >= new DateOnly(y, 1, 1) && h.Date <= new DateOnly(y, 12, 31));
        }

        return await holidays.OrderBy(h => h.Date).ToListAsync(ct);
    }

    public async Task<Outcome<Holiday>> AddAsync(HolidayInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(nameof(input.Date), text["HolidayDateInvalid"]);
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors.Add(nameof(input.Name), text["HolidayNameRequired"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("holiday_invalid", text["CheckFields"], errors.ToDictionary());
        }

        if (await db.Holidays.AnyAsync(h => h.Date == date, ct))
        {
            return Refusal.Conflict("holiday_exists", text["HolidayExists", IndonesianFormat.Date(date)], nameof(input.Date));
        }

        var holiday = new Holiday { Id = Guid.NewGuid(), Date = date, Name = name };
        db.Holidays.Add(holiday);
        await db.SaveChangesAsync(ct);
        return holiday;
    }

    public async Task<Outcome<Holiday>> RemoveAsync(DateOnly date, CancellationToken ct)
    {
        var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Date == date, ct);
        if (holiday is null)
        {
            return Refusal.NotFound("holiday_not_found", text["HolidayNotFound"]);
        }

        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
        return holiday;
    }

    /// <summary>Adds every listed date not yet in the calendar; nothing is added when a line cannot be read.</summary>
    public async Task<Outcome<ImportSummary>> ImportAsync(string? list, CancellationToken ct)
    {
        var parsed = HolidayImport.Parse(list);
        if (parsed.BadLines.Count > 0)
        {
            var lines = string.Join(", ", parsed.BadLines.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            return Refusal.OnField("holiday_import_invalid", "List", text["ImportBadLines", lines]);
        }

        if (parsed.Holidays.Count == 0)
        {
            return Refusal.OnField("holiday_import_empty", "List", text["ImportEmpty"]);
        }

        var existing = (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var line in parsed.Holidays.DistinctBy(l => l.Date))
        {
            if (existing.Add(line.Date))
            {
                db.Holidays.Add(new Holiday { Id = Guid.NewGuid(), Date = line.Date, Name = line.Name });
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportSummary(added, parsed.Holidays.DistinctBy(l => l.Date).Count() - added);
    }
}
