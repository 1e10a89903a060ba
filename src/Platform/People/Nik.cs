using System.Globalization;

namespace Pamong.Platform.People;

public enum Sex
{
    Male,
    Female,
}

/// <summary>
/// Nomor Induk Kependudukan, 16 digits: <c>PPRRDD DDMMYY SSSS</c> — the issuing district,
/// the birth date (women add 40 to the day) and a serial from 0001.
/// Obtain one through <see cref="TryParse(string?, DateOnly, out Nik)"/>; <c>default(Nik)</c> is not a valid NIK.
/// </summary>
public readonly record struct Nik
{
    private const int Length = 16;
    private const int FemaleDayOffset = 40;

    private readonly string? _digits;

    private Nik(string digits, DateOnly birthDate)
    {
        _digits = digits;
        BirthDate = birthDate;
    }

    /// <summary>The birth date, its two-digit year resolved against the <c>today</c> given when parsing.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The issuing district, "PP.RR.DD".</summary>
    public string DistrictCode => FormatRegion(Digits);

    public Sex Sex => Digits[6] >= '4' ? Sex.Female : Sex.Male;

    public int Serial => int.Parse(Digits.AsSpan(12, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    private string Digits => _digits ?? new string('0', Length);

    /// <summary>Checks a NIK and reports every problem found, not only the first.</summary>
    /// <param name="today">Resolves the two-digit year (the latest of 19yy and 20yy not after this year) and detects future dates.</param>
    /// <param name="districtExists">Optional lookup of a "PP.RR.DD" code; an unknown district is only a warning.</param>
    public static NikCheck Check(string? input, DateOnly today, Func<string, bool>? districtExists = null)
    {
        var text = (input ?? string.Empty).Trim();
        var problems = new List<IdentifierProblem>();
        if (text.Length != Length || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            problems.Add(IdentifierProblem.Error("nik_not_16_digits", "NIK harus terdiri dari 16 angka."));
            return new NikCheck(text, null, null, null, problems);
        }

        var regionCode = CheckRegion(text, districtExists, problems);
        var (birthDate, sex) = CheckBirthDate(text, today, problems);
        if (text.EndsWith("0000", StringComparison.Ordinal))
        {
            problems.Add(IdentifierProblem.Error("nik_serial_zero", "Nomor urut pada NIK tidak boleh 0000."));
        }

        return new NikCheck(text, regionCode, birthDate, sex, problems);
    }

    /// <summary>Succeeds when <see cref="Check"/> finds no errors (warnings are allowed).</summary>
    public static bool TryParse(string? input, DateOnly today, out Nik nik)
    {
        var check = Check(input, today);
        nik = check.Valid ? new Nik(check.Input, check.BirthDate!.Value) : default;
        return check.Valid;
    }

    /// <summary>For display where the full number must not be shown, e.g. "3510********0001".</summary>
    public string Masked() => string.Concat(Digits.AsSpan(0, 4), new string('*', 8), Digits.AsSpan(12, 4));

    public override string ToString() => Digits;

    /// <summary>
    /// The date for DD, MM and a two-digit year, or null when it is not a real date.
    /// The year is 20yy unless that is after today's year, then 19yy; Feb 29 is checked in that year.
    /// </summary>
    internal static DateOnly? ResolveDate(int day, int month, int twoDigitYear, DateOnly today)
    {
        var year = 2000 + twoDigitYear <= today.Year ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        var real = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return real ? new DateOnly(year, month, day) : null;
    }

    internal static string FormatRegion(string digits) => $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}";

    private static string? CheckRegion(string text, Func<string, bool>? districtExists, List<IdentifierProblem> problems)
    {
        var before = problems.Count;
        if (text[..2] == "00")
        {
            problems.Add(IdentifierProblem.Error("nik_province_zero", "Kode provinsi pada NIK tidak boleh 00."));
        }

        if (text[2..4] == "00")
        {
            problems.Add(IdentifierProblem.Error("nik_regency_zero", "Kode kabupaten/kota pada NIK tidak boleh 00."));
        }

        if (text[4..6] == "00")
        {
            problems.Add(IdentifierProblem.Error("nik_district_zero", "Kode kecamatan pada NIK tidak boleh 00."));
        }

        if (problems.Count > before)
        {
            return null;
        }

        var code = FormatRegion(text);
        if (districtExists is not null && !districtExists(code))
        {
            problems.Add(IdentifierProblem.Warning(
                "nik_district_unknown",
                $"Kode kecamatan {code} pada NIK tidak ditemukan dalam data wilayah; mungkin kode lama sebelum pemekaran."));
        }

        return code;
    }

    private static (DateOnly? Date, Sex? Sex) CheckBirthDate(string text, DateOnly today, List<IdentifierProblem> problems)
    {
        var day = TwoDigits(text, 6);
        Sex? sex = day switch
        {
            >= 1 and <= 31 => Sex.Male,
            >= 1 + FemaleDayOffset and <= 31 + FemaleDayOffset => Sex.Female,
            _ => null,
        };
        if (sex == Sex.Female)
        {
            day -= FemaleDayOffset;
        }

        var date = sex is null ? null : ResolveDate(day, TwoDigits(text, 8), TwoDigits(text, 10), today);
        if (date is null)
        {
            problems.Add(IdentifierProblem.Error("nik_birth_date_invalid", "Tanggal lahir pada NIK tidak valid."));
        }
        else if (date > today)
        {
            problems.Add(IdentifierProblem.Warning("nik_birth_date_future", "Tanggal lahir pada NIK jatuh setelah hari ini."));
        }

        return (date, sex);
    }

    internal static int TwoDigits(string text, int start) =>
        int.Parse(text.AsSpan(start, 2), NumberStyles.None, CultureInfo.InvariantCulture);
}
