using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// The shape shared by the reference-list imports (death records, staff lists): check every row into a value or
/// reasons; then upsert the good rows by their key in batches. Re-importing the same file changes nothing.
/// </summary>
internal abstract class SimpleImport<TValue>(PerlinsosDb db, ImportFiles files, IStringLocalizer<PerlinsosText> text) : IJobWork
{
    private const int Batch = 2_000;

    public abstract JobKind Kind { get; }

    protected PerlinsosDb Db => db;

    protected IStringLocalizer<PerlinsosText> Text => text;

    /// <summary>Reads the header; throws <see cref="ImportRefusedException"/> when a required column is missing.</summary>
    protected abstract void ReadHeader(ImportHeader header);

    /// <summary>The row's value, or null with the reasons added.</summary>
    protected abstract TValue? Parse(string[] row, List<string> reasons);

    protected abstract string KeyOf(TValue value);

    /// <summary>Adds or updates a batch (not yet saved); returns (created, updated).</summary>
    protected abstract Task<(int Created, int Updated)> UpsertAsync(List<TValue> batch, CancellationToken ct);

    public Task CheckAsync(PerlinsosJob job, CancellationToken ct)
    {
        var report = new ImportReport();
        var preview = new List<string[]>();
        var seen = new Dictionary<string, int>();
        var first = true;
        var rowNumber = 0;
        job.Total = job.Bad = 0;
        foreach (var row in files.Rows(job))
        {
            rowNumber++;
            if (preview.Count < 10)
            {
                preview.Add(row);
            }

            if (first)
            {
                ReadHeader(new ImportHeader(row));
                first = false;
                continue;
            }

            job.Total++;
            var reasons = new List<string>();
            var value = Parse(row, reasons);
            if (value is not null && !seen.TryAdd(KeyOf(value), rowNumber))
            {
                reasons.Add(text["NikTwiceInFile", seen[KeyOf(value)]]);
            }

            if (reasons.Count > 0)
            {
                job.Bad++;
                report.Add(rowNumber, "", row.Length > 0 ? string.Join(" ", row.Take(2)) : "", ImportReport.Error, "row_invalid", string.Join(" ", reasons));
            }
        }

        if (first)
        {
            throw new ImportRefusedException(text["FileEmpty"]);
        }

        job.Processed = job.Total;
        job.Good = job.Total - job.Bad;
        job.Report = report.ToString();
        job.Preview = JsonSerializer.Serialize(preview);
        job.Message = text["CheckedSummary", job.Total, job.Good, job.Bad, 0];
        return Task.CompletedTask;
    }

    public async Task WriteAsync(PerlinsosJob job, CancellationToken ct)
    {
        var skip = ImportReport.ErrorRows(job.Report);
        var batch = new List<TValue>();
        var first = true;
        var rowNumber = 0;
        job.Processed = job.Created = job.Updated = 0;
        foreach (var row in files.Rows(job))
        {
            rowNumber++;
            if (first)
            {
                ReadHeader(new ImportHeader(row));
                first = false;
                continue;
            }

            job.Processed++;
            if (skip.ContainsKey(rowNumber) || Parse(row, []) is not { } value)
            {
                continue;
            }

            batch.Add(value);
            if (batch.Count >= Batch)
            {
                await FlushAsync(batch, job, ct);
            }
        }

        await FlushAsync(batch, job, ct);
        job.Message = text["ListImportedSummary", job.Created, job.Updated, job.Bad];
        files.Delete(job);
    }

    private async Task FlushAsync(List<TValue> batch, PerlinsosJob job, CancellationToken ct)
    {
        var (created, updated) = await UpsertAsync(batch, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        job.Created += created;
        job.Updated += updated;
        batch.Clear();
        await JobProgress.ReportAsync(db, job, ct);
    }

    protected static DateOnly? Date(string value) => Registry.RegistryFields.Date(value);

    protected static bool SixteenDigits(string nik) => nik.Length == 16 && nik.All(char.IsAsciiDigit);

    protected static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
