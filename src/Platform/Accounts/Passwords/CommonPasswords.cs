using System.Reflection;

namespace Pamong.Platform.Accounts.Passwords;

/// <summary>The shipped list of common passwords (common-passwords.txt), and the test against it.</summary>
public static class CommonPasswords
{
    /// <summary>How many digits or symbols added to a listed word still count as that word.</summary>
    private const int MaximumDecoration = 4;

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    /// <summary>Whether a lower-case password is listed, alone or with at most four digits or symbols before or after.</summary>
    public static bool Contains(string lower)
    {
        if (List.Value.Contains(lower))
        {
            return true;
        }

        var start = 0;
        while (start < lower.Length && !char.IsLetter(lower[start]))
        {
            start++;
        }

        var end = lower.Length;
        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        var decoration = start + (lower.Length - end);
        return decoration is > 0 and <= MaximumDecoration && List.Value.Contains(lower[start..end]);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
