namespace Pamong.Platform.Accounts.Registration;

/// <summary>Indonesian mobile numbers: "0812-3456-7890", "62812…" or "+62 812…", stored as E.164 "+6281234567890".</summary>
public static class IndonesianPhone
{
    /// <summary>Mobile numbers have 9 to 12 digits after the country code, starting with 8.</summary>
    private const int MinimumDigits = 9;
    private const int MaximumDigits = 12;

    public static bool TryNormalise(string? input, out string e164)
    {
        e164 = "";
        var text = (input ?? "").Trim();
        var plus = text.StartsWith('+');
        var digits = new string(text.Where(c => c is not (' ' or '-' or '.' or '(' or ')' or '+')).ToArray());
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || (plus && !digits.StartsWith("62", StringComparison.Ordinal)))
        {
            return false;
        }

        var national = digits switch
        {
            _ when digits.StartsWith("62", StringComparison.Ordinal) => digits[2..],
            _ when digits.StartsWith('0') => digits[1..],
            _ => null,
        };
        if (national is null || !national.StartsWith('8') || national.Length is < MinimumDigits or > MaximumDigits)
        {
            return false;
        }

        e164 = "+62" + national;
        return true;
    }

    /// <summary>"+62812****7890": enough to recognise, not enough to misuse.</summary>
    public static string Masked(string e164) =>
        e164.Length <= 10 ? e164 : string.Concat(e164.AsSpan(0, 6), new string('*', e164.Length - 10), e164.AsSpan(e164.Length - 4));
}
