using System.Globalization;

namespace Pamong.Platform.People;

/// <summary>
/// Nomor Induk Pegawai (civil servant number), 18 digits: <c>YYYYMMDD YYYYMM S NNN</c> — birth date,
/// appointment (TMT CPNS) year and month, sex (1 man, 2 woman) and a serial from 001.
/// Obtain one through <see cref="TryParse"/>; <c>default(Nip)</c> is not a valid NIP.
/// </summary>
public readonly record struct Nip
{
    private const int Length = 18;
    private const int MinimumAppointmentAge = 18;

    private readonly string? _digits;

    private Nip(string digits, DateOnly birthDate, DateOnly appointment)
    {
        _digits = digits;
        BirthDate = birthDate;
        Appointment = appointment;
    }

    public DateOnly BirthDate { get; }

    /// <summary>The first day of the appointment (TMT CPNS) month.</summary>
    public DateOnly Appointment { get; }

    public Sex Sex => Digits[14] == '2' ? Sex.Female : Sex.Male;

    public int Serial => Number(Digits, 15, 3);

    private string Digits => _digits ?? new string('0', Length);

    /// <summary>Checks a NIP and reports every problem found, not only the first.</summary>
    public static NipCheck Check(string? input)
    {
        var text = (input ?? string.Empty).Trim();
        var problems = new List<IdentifierProblem>();
        if (text.Length != Length || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            problems.Add(IdentifierProblem.Error("nip_not_18_digits", "NIP harus terdiri dari 18 angka."));
            return new NipCheck(text, null, null, null, problems);
        }

        var birthDate = DateOf(Number(text, 0, 4), Number(text, 4, 2), Number(text, 6, 2));
        if (birthDate is null)
        {
            problems.Add(IdentifierProblem.Error("nip_birth_date_invalid", "Tanggal lahir pada NIP tidak valid."));
        }

        var appointment = CheckAppointment(text, birthDate, problems);
        Sex? sex = text[14] switch
        {
            '1' => Sex.Male,
            '2' => Sex.Female,
            _ => null,
        };
        if (sex is null)
        {
            problems.Add(IdentifierProblem.Error("nip_sex_invalid", "Kode jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan)."));
        }

        if (text.EndsWith("000", StringComparison.Ordinal))
        {
            problems.Add(IdentifierProblem.Error("nip_serial_zero", "Nomor urut pada NIP tidak boleh 000."));
        }

        return new NipCheck(text, birthDate, appointment, sex, problems);
    }

    public static bool TryParse(string? input, out Nip nip)
    {
        var check = Check(input);
        nip = check.Valid ? new Nip(check.Input, check.BirthDate!.Value, check.Appointment!.Value) : default;
        return check.Valid;
    }

    public override string ToString() => Digits;

    /// <summary>
    /// The appointment month, or null when the month is not 01–12 or falls before the month of the
    /// 18th birthday (that comparison is skipped when the birth date is invalid).
    /// </summary>
    private static DateOnly? CheckAppointment(string text, DateOnly? birthDate, List<IdentifierProblem> problems)
    {
        var appointment = DateOf(Number(text, 8, 4), Number(text, 12, 2), 1);
        if (appointment is null)
        {
            problems.Add(IdentifierProblem.Error("nip_appointment_invalid", "Bulan TMT pengangkatan pada NIP tidak valid."));
            return null;
        }

        if (birthDate is { } born && MonthIndex(appointment.Value) < MonthIndex(born) + (MinimumAppointmentAge * 12))
        {
            problems.Add(IdentifierProblem.Error("nip_appointment_invalid", "TMT pengangkatan pada NIP sebelum pegawai berusia 18 tahun."));
            return null;
        }

        return appointment;
    }

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month;

    private static DateOnly? DateOf(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>The outcome of <see cref="Nip.Check"/>: every problem found, and the parts that could be read.</summary>
/// <param name="Input">The input with leading and trailing whitespace removed ("" for null).</param>
/// <param name="BirthDate">The birth date; null when it is not a real date.</param>
/// <param name="Appointment">The first day of the appointment month; null when invalid.</param>
/// <param name="Sex">From the sex digit; null when it is neither 1 nor 2.</param>
public sealed record NipCheck(
    string Input,
    DateOnly? BirthDate,
    DateOnly? Appointment,
    Sex? Sex,
    IReadOnlyList<IdentifierProblem> Problems)
{
    /// <summary>True when there are no errors.</summary>
    public bool Valid => Problems.All(p => p.Severity != ProblemSeverity.Error);
}
