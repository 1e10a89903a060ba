namespace Pamong.Platform.Regions;

/// <summary>The shape of a Kemendagri region code: <c>PP</c>, <c>PP.RR</c>, <c>PP.RR.DD</c> or <c>PP.RR.DD.VVVV</c>.</summary>
public static class RegionCode
{
    /// <summary>True when <paramref name="code"/> has one of the four shapes (ASCII digits and dots only).</summary>
    public static bool IsWellFormed(string? code) => code is not null && LevelOf(code) is not null;

    /// <summary>The level a code of this shape names, or null when it is malformed.</summary>
    public static RegionLevel? LevelOf(string code)
    {
        RegionLevel? level = code.Length switch
        {
            2 => RegionLevel.Province,
            5 => RegionLevel.Regency,
            8 => RegionLevel.District,
            13 => RegionLevel.Village,
            _ => null,
        };
        if (level is null)
        {
            return null;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var dot = i is 2 or 5 or 8;
            if (dot ? code[i] != '.' : !char.IsAsciiDigit(code[i]))
            {
                return null;
            }
        }

        return level;
    }

    /// <summary>
    /// Writes plain digits the dotted way ("351015" → "35.10.15", "351" → "35.1"), so that a code typed
    /// without dots still matches; null when the input is not 1–10 ASCII digits.
    /// </summary>
    public static string? Dotted(string digits)
    {
        if (digits.Length is 0 or > 10 || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var text = new System.Text.StringBuilder(13);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i is 2 or 4 or 6)
            {
                text.Append('.');
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }
}
