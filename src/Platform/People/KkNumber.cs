using System.Globalization;

namespace Pamong.Platform.People;

/// <summary>
/// Nomor KK (family card number), 16 digits: <c>PPRRDD DDMMYY SSSS</c> like the NIK, but the
/// middle six digits are the card's issue date (no +40 rule).
/// Obtain one through <see cref="TryParse(string?, DateOnly, out KkNumber)"/>; <c>default(KkNumber)</c> is not valid.
/// </summary>
public readonly record struct KkNumber
{
    private const int Length = 16;

    private readonly string? _digits;

    private KkNumber(string digits, DateOnly issueDate)
    {
        _digits = digits;
        IssueDate = issueDate;
    }

    /// <summary>The issue date, its two-digit year resolved as for the NIK birth date.</summary>
    public DateOnly IssueDate { get; }

    /// <summary>The issuing district, "PP.RR.DD".</summary>
    public string DistrictCode => Nik.FormatRegion(Digits);

    public int Serial => int.Parse(Digits.AsSpan(12, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    private string Digits => _digits ?? new string('0', Length);

    /// <summary>Checks a Nomor KK and reports every problem found, not only the first.</summary>
    /// <param name="today">Resolves the two-digit year (the latest of 19yy and 20yy not after this year) and detects future dates.</param>
    public static KkCheck Check(string? input, DateOnly today)
    {
        var text = (input ?? string.Empty).Trim();
        var problems = new List<IdentifierProblem>();
        if (text.Length != Length || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            problems.Add(IdentifierProblem.Error("kk_not_16_digits", "Nomor KK harus terdiri dari 16 angka."));
            return new KkCheck(text, null, null, problems);
        }

        var regionCode = CheckRegion(text, problems);
        var issueDate = Nik.ResolveDate(Nik.TwoDigits(text, 6), Nik.TwoDigits(text, 8), Nik.TwoDigits(text, 10), today);
        if (issueDate is null)
        {
            problems.Add(IdentifierProblem.Error("kk_issue_date_invalid", "Tanggal penerbitan pada Nomor KK tidak valid."));
        }
        else if (issueDate > today)
        {
            problems.Add(IdentifierProblem.Warning("kk_issue_date_future", "Tanggal penerbitan pada Nomor KK jatuh setelah hari ini."));
        }

        if (text.EndsWith("0000", StringComparison.Ordinal))
        {
            problems.Add(IdentifierProblem.Error("kk_serial_zero", "Nomor urut pada Nomor KK tidak boleh 0000."));
        }

        return new KkCheck(text, regionCode, issueDate, problems);
    }

    /// <summary>Succeeds when <see cref="Check"/> finds no errors (warnings are allowed).</summary>
    public static bool TryParse(string? input, DateOnly today, out KkNumber kk)
    {
        var check = Check(input, today);
        kk = check.Valid ? new KkNumber(check.Input, check.IssueDate!.Value) : default;
        return check.Valid;
    }

    /// <summary>For display where the full number must not be shown, e.g. "3510********0012".</summary>
    public string Masked() => string.Concat(Digits.AsSpan(0, 4), new string('*', 8), Digits.AsSpan(12, 4));

    public override string ToString() => Digits;

    private static string? CheckRegion(string text, List<IdentifierProblem> problems)
    {
        var before = problems.Count;
        if (text[..2] == "00")
        {
            problems.Add(IdentifierProblem.Error("kk_province_zero", "Kode provinsi pada Nomor KK tidak boleh 00."));
        }

        if (text[2..4] == "00")
        {
            problems.Add(IdentifierProblem.Error("kk_regency_zero", "Kode kabupaten/kota pada Nomor KK tidak boleh 00."));
        }

        if (text[4..6] == "00")
        {
            problems.Add(IdentifierProblem.Error("kk_district_zero", "Kode kecamatan pada Nomor KK tidak boleh 00."));
        }

        return problems.Count > before ? null : Nik.FormatRegion(text);
    }
}

/// <summary>The outcome of <see cref="KkNumber.Check"/>: every problem found, and the parts that could be read.</summary>
/// <param name="Input">The input with leading and trailing whitespace removed ("" for null).</param>
/// <param name="RegionCode">The issuing district as "PP.RR.DD"; null when the number is malformed or a part is 00.</param>
/// <param name="IssueDate">The card's issue date; null when it is not a real date.</param>
public sealed record KkCheck(
    string Input,
    string? RegionCode,
    DateOnly? IssueDate,
    IReadOnlyList<IdentifierProblem> Problems)
{
    /// <summary>True when there are no errors; warnings are allowed.</summary>
    public bool Valid => Problems.All(p => p.Severity != ProblemSeverity.Error);
}
