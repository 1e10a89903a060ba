using System.IO.Compression;
using System.Security.Cryptography;

namespace Pamong.Platform.Regions;

/// <summary>
/// The region list shipped inside the product: idn-area-data 4.0.1 (Kemendagri codes, ODbL;
/// see data/regions/README.md), gzip-compressed CSV embedded in this assembly.
/// </summary>
public static class RegionData
{
    public const string Source = "idn-area-data@4.0.1";

    private static readonly (string File, RegionLevel Level)[] Files =
    [
        ("provinces", RegionLevel.Province),
        ("regencies", RegionLevel.Regency),
        ("districts", RegionLevel.District),
        ("villages", RegionLevel.Village),
    ];

    /// <summary>Every region, parents before children.</summary>
    public static IEnumerable<Region> Read()
    {
        foreach (var (file, level) in Files)
        {
            using var reader = Open(file);
            reader.ReadLine(); // header
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                // provinces: code,name — the others: code,parent_code,name (names have no commas in this data set)
                var first = line.IndexOf(',', StringComparison.Ordinal);
                var code = line[..first];
                string? parent = null;
                var name = line[(first + 1)..];
                if (level != RegionLevel.Province)
                {
                    var second = line.IndexOf(',', first + 1);
                    parent = line[(first + 1)..second];
                    name = line[(second + 1)..];
                }

                name = Unquote(name.Trim());
                yield return new Region { Code = code, ParentCode = parent, Name = name, Level = level, SearchName = name.ToLowerInvariant() };
            }
        }
    }

    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;

    /// <summary>A fingerprint of the shipped files; a new data release gets a new one.</summary>
    public static string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, _) in Files)
        {
            using var stream = Resource(file);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Source + ":" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static StreamReader Open(string file) => new(new GZipStream(Resource(file), CompressionMode.Decompress));

    private static Stream Resource(string file) =>
        typeof(RegionData).Assembly.GetManifestResourceStream($"regions.{file}.csv.gz")
        ?? throw new InvalidOperationException($"The embedded region file {file} is missing from the build.");
}
