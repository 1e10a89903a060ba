using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Pamong.ServiceBench;

/// <summary>Response times of one kind of request, with nearest-rank percentiles.</summary>
public sealed class Latencies(string name)
{
    private readonly ConcurrentBag<(long Stamp, double Milliseconds)> _samples = [];
    private int _failures;

    public string Name { get; } = name;

    public int Count => _samples.Count;

    public int Failures => _failures;

    public void Add(TimeSpan elapsed) => Add(elapsed, 0);

    /// <summary>A response time with the <see cref="Stopwatch"/> timestamp it counts from (for <see cref="PerSecond"/>).</summary>
    public void Add(TimeSpan elapsed, long stamp) => _samples.Add((stamp, elapsed.TotalMilliseconds));

    public void Fail() => Interlocked.Increment(ref _failures);

    /// <summary>The nearest-rank percentile (p in 0–100) in milliseconds; NaN without samples.</summary>
    public double Percentile(double p) => Percentile(_samples.Select(s => s.Milliseconds).ToArray(), p);

    public string Summary() => Summary(Name, _samples.Select(s => s.Milliseconds).ToArray(), Failures);

    /// <summary>One summary per second of the run, by the second each request was due (to tell spread-out tails from bursts).</summary>
    public IEnumerable<string> PerSecond()
    {
        var samples = _samples.Where(s => s.Stamp != 0).ToArray();
        if (samples.Length == 0)
        {
            yield break;
        }

        var first = samples.Min(s => s.Stamp);
        foreach (var second in samples.GroupBy(s => (s.Stamp - first) / Stopwatch.Frequency).OrderBy(g => g.Key))
        {
            yield return Summary(string.Create(CultureInfo.InvariantCulture, $"{Name} second {second.Key + 1,3}"), second.Select(s => s.Milliseconds).ToArray(), 0);
        }
    }

    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string Summary(string name, double[] milliseconds, int failures) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {milliseconds.Length} ok, {failures} failed; p50 {Percentile(milliseconds, 50):0.0} ms, p95 {Percentile(milliseconds, 95):0.0} ms, p99 {Percentile(milliseconds, 99):0.0} ms, max {Percentile(milliseconds, 100):0.0} ms");
}
