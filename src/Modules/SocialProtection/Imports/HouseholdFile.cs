using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// A household import file read as checked rows, a chunk at a time. The rows of a chunk are checked in parallel (the
/// check is pure and takes most of the time of reading), and the next chunk is read while the caller works on the
/// current one (asks or writes the database), so a million-row file keeps both cores busy.
/// </summary>
internal sealed class HouseholdFile(ImportFiles files, RegistryFields fields, IStringLocalizer<PerlinsosText> text)
{
    private const int ChunkRows = 10_000;

    /// <summary>One data row (numbered as in the file, the header being row 1) with its checked values or its problems.</summary>
    internal sealed record Row(int Number, string[] Cells, string Kk, string Nik, HouseholdValues? Household, MemberValues? Member,
        List<string> Errors, List<string> Warnings);

    /// <summary>The chunks of checked rows; <paramref name="header"/> sees the header row first. A file without the required columns is refused.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Row>> ReadAsync(PerlinsosJob job, DateOnly today, Action<string[]>? header,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var chunks = Channel.CreateBounded<IReadOnlyList<Row>>(1);
        Exception? failed = null;
        var reader = Task.Run(async () =>
        {
            try
            {
                await ReadChunksAsync(job, today, header, chunks.Writer, stop.Token);
            }
            catch (Exception e)
            {
                failed = e;
            }
            finally
            {
                chunks.Writer.TryComplete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
            {
                yield return chunk;
            }

            await reader;
            if (failed is not null)
            {
                ExceptionDispatchInfo.Throw(failed);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reader;
        }
    }

    private async Task ReadChunksAsync(PerlinsosJob job, DateOnly today, Action<string[]>? header, ChannelWriter<IReadOnlyList<Row>> chunks, CancellationToken ct)
    {
        HouseholdColumns? columns = null;
        var number = 0;
        var raw = new List<(int Number, string[] Cells)>(ChunkRows);
        foreach (var cells in files.Rows(job))
        {
            number++;
            if (columns is null)
            {
                header?.Invoke(cells);
                columns = new HouseholdColumns(new ImportHeader(cells));
                if (columns.Missing() is { Count: > 0 } missing)
                {
                    throw new ImportRefusedException(text["ColumnsMissing", string.Join(", ", missing)]);
                }

                continue;
            }

            raw.Add((number, cells));
            if (raw.Count == ChunkRows)
            {
                await chunks.WriteAsync(Check(raw, columns, today), ct);
                raw = new List<(int, string[])>(ChunkRows);
            }
        }

        if (columns is null)
        {
            throw new ImportRefusedException(text["FileEmpty"]);
        }

        if (raw.Count > 0)
        {
            await chunks.WriteAsync(Check(raw, columns, today), ct);
        }
    }

    private Row[] Check(List<(int Number, string[] Cells)> raw, HouseholdColumns columns, DateOnly today)
    {
        var rows = new Row[raw.Count];
        Parallel.For(0, raw.Count, i =>
        {
            var (number, cells) = raw[i];
            var errors = new FieldErrors();
            var warnings = new List<string>();
            var household = fields.Household(columns.Household(cells), today, errors, warnings, strict: false);
            var member = fields.Member(columns.Member(cells), "", today, errors, warnings, strict: false);
            rows[i] = new Row(number, cells, RegistryFields.Digits(ImportHeader.Cell(cells, columns.Kk)), RegistryFields.Digits(ImportHeader.Cell(cells, columns.Nik)),
                household, member, errors.ToDictionary().SelectMany(e => e.Value).ToList(), warnings);
        });
        return rows;
    }
}
