using System.Globalization;

namespace Pamong.PublicServices.Calendar;

/// <summary>
/// Reads a pasted holiday list, one per line: "2026-12-25 Hari Raya Natal", "2026-12-25;Hari Raya Natal" or
/// "2026-12-25,Hari Raya Natal" (e.g. from the SKB on national holidays and cuti bersama).
/// </summary>
public static class HolidayImport
{
    public sealed record Line(int Number, DateOnly Date, string Name);

    public sealed record Result(IReadOnlyList<Line> Holidays, IReadOnlyList<int> BadLines);

    public static Result Parse(string? text)
    {
        var holidays = new List<Line>();
        var bad = new List<int>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var datePart = line.Length >= 10 ? line[..10] : line;
            var name = line.Length > 10 ? line[10..].TrimStart(' ', '\t', ';', ',').Trim().Trim('"') : "";
            if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && name.Length is > 0 and <= 200)
            {
                holidays.Add(new Line(i + 1, date, name));
            }
            else
            {
                bad.Add(i + 1);
            }
        }

        return new Result(holidays, bad);
    }
}
