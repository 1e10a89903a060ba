namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Where each known column sits in an import file's header. Headers are matched without case, spaces, dots,
/// dashes or underscores ("No. KK", "no_kk" and "NOKK" are the same), with a few aliases DTKS/DTSEN exports use.
/// </summary>
public sealed class ImportHeader
{
    private readonly Dictionary<string, int> _index = [];

    public ImportHeader(string[] header)
    {
        for (var i = 0; i < header.Length; i++)
        {
            _index.TryAdd(Key(header[i]), i);
        }
    }

    public static string Key(string name) =>
        new(name.Trim().TrimStart('\uFEFF').ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>The column of the first name present, or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (_index.TryGetValue(Key(name), out var i))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Cell(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : "";
}

/// <summary>Thrown when a file cannot be imported at all (e.g. a required column is missing); the message is for the officer.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
