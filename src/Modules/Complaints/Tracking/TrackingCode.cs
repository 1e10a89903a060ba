using System.Security.Cryptography;

namespace Pamong.Complaints.Tracking;

/// <summary>
/// Tracking codes like "ADU-7K3M-Q9XP": 8 random characters from 31 that cannot be mistaken for one another
/// (no 0/O, 1/I/L, U), about 40 bits — unguessable with the look-ups rate-limited.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "ADU";

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"{Prefix}-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <summary>The code in its stored form (upper case, with dashes) from what a person typed, or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var letters = new string((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        if (letters.StartsWith(Prefix, StringComparison.Ordinal))
        {
            letters = letters[Prefix.Length..];
        }

        return letters.Length == 8 && letters.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? $"{Prefix}-{letters[..4]}-{letters[4..]}"
            : null;
    }
}
