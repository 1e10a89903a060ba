using System.Collections.Concurrent;
using System.Globalization;

namespace Pamong.ServiceBench;

/// <summary>Response times of one kind of request, with nearest-rank percentiles.</summary>
public sealed class Latencies(string name)
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _failures;

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public int Failures => _failures;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void Fail() => Interlocked.Increment(ref _failures);

    /// <summary>The nearest-rank percentile (p in 0–100) in milliseconds; NaN without samples.</summary>
    public double Percentile(double p)
    {
        var sorted = _milliseconds.ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Count} ok, {Failures} failed; p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, p99 {Percentile(99):0.0} ms, max {Percentile(100):0.0} ms");
}
