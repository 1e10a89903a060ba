using Microsoft.Extensions.Configuration;
using Pamong.Platform.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Uploaded import files, kept while their job needs them: {DataFolder}/perlinsos-imports/{tenant}/{job}.csv|.xlsx,
/// deleted when the job ends. Opens them as rows of text (header first) whatever the format.
/// </summary>
public sealed class ImportFiles(IConfiguration configuration)
{
    public const long MaxBytes = 512L * 1024 * 1024;

    private readonly string _root = Path.GetFullPath(Path.Combine(
        configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"] ?? new DatabaseOptions().DataFolder,
        "perlinsos-imports"));

    public static bool IsExcel(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool Accepted(string fileName) =>
        IsExcel(fileName) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public async Task SaveAsync(PerlinsosJob job, Stream upload, CancellationToken ct)
    {
        var path = PathOf(job);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await upload.CopyToAsync(file, ct);
    }

    /// <summary>The file's rows (header first); reading streams.</summary>
    public IEnumerable<string[]> Rows(PerlinsosJob job)
    {
        using var stream = File.OpenRead(PathOf(job));
        foreach (var row in IsExcel(job.FileName ?? "") ? XlsxTable.Read(stream) : CsvTable.Read(stream))
        {
            yield return row;
        }
    }

    public void Delete(PerlinsosJob job)
    {
        var path = PathOf(job);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(PerlinsosJob job)
    {
        var tenant = new string(job.TenantId.Where(char.IsAsciiLetterOrDigit).ToArray());
        return Path.Combine(_root, tenant, job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + (IsExcel(job.FileName ?? "") ? ".xlsx" : ".csv"));
    }
}
