namespace Pamong.PublicServices.Statistics;

/// <summary>
/// Percentiles of completion times from a histogram (working days → number of applications), which the
/// database produces with GROUP BY: the rows never leave the database, only one count per distinct value.
/// Interpolates as PostgreSQL's <c>percentile_cont</c> does, so both engines give the same answer.
/// </summary>
public static class Percentile
{
    /// <summary>The <paramref name="fraction"/> (0–1) percentile of the values; null without values.</summary>
    public static double? Of(IEnumerable<(int Value, long Count)> histogram, double fraction)
    {
        var bins = histogram.Where(b => b.Count > 0).OrderBy(b => b.Value).ToList();
        var total = bins.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var position = fraction * (total - 1);
        var lower = (long)Math.Floor(position);
        var share = position - lower;
        var low = ValueAt(bins, lower);
        return share == 0 ? low : low + (share * (ValueAt(bins, lower + 1) - low));
    }

    private static int ValueAt(List<(int Value, long Count)> bins, long index)
    {
        long seen = 0;
        foreach (var (value, count) in bins)
        {
            seen += count;
            if (index < seen)
            {
                return value;
            }
        }

        return bins[^1].Value;
    }
}
