using System.Diagnostics;
using System.Net;

namespace Pamong.CekBansosBench;

/// <summary>
/// Many concurrent keep-alive connections asking GET /api/v1/perlinsos/cek for the sample's NIK and name pairs for a
/// number of seconds (after a 5 s warm-up); prints lookups per second, p50/p95/p99 latency and the status counts.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<int> RunAsync(Uri baseUrl, string samplePath, int concurrency, int seconds)
    {
        var sample = (await File.ReadAllLinesAsync(samplePath)).Select(l => l.Split('\t')).Select(p =>
            $"/api/v1/perlinsos/cek?nik={p[0]}&nama={Uri.EscapeDataString(p[1])}").ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseUrl,
        };
        await RunFor(client, sample, concurrency, TimeSpan.FromSeconds(5), null);
        var latencies = new List<double>[concurrency];
        var statuses = new Dictionary<HttpStatusCode, int>[concurrency];
        var watch = Stopwatch.StartNew();
        await RunFor(client, sample, concurrency, TimeSpan.FromSeconds(seconds), (latencies, statuses));
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        Console.WriteLine($"{all.Length:N0} lookups in {elapsed:F1} s with {concurrency} connections: {all.Length / elapsed:N0}/s");
        Console.WriteLine($"latency ms: p50 {P(0.50):F2}  p95 {P(0.95):F2}  p99 {P(0.99):F2}  max {all.LastOrDefault():F2}");
        foreach (var (status, count) in statuses.SelectMany(s => s).GroupBy(s => s.Key).Select(g => (g.Key, g.Sum(x => x.Value))))
        {
            Console.WriteLine($"  {(int)status} {status}: {count:N0}");
        }

        return 0;
    }

    private static Task RunFor(HttpClient client, string[] sample, int concurrency, TimeSpan duration, (List<double>[] Latencies, Dictionary<HttpStatusCode, int>[] Statuses)? record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var latencies = new List<double>(100_000);
            var statuses = new Dictionary<HttpStatusCode, int>();
            var random = new Random(worker);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(sample[random.Next(sample.Length)], HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }

            if (record is { } r)
            {
                r.Latencies[worker] = latencies;
                r.Statuses[worker] = statuses;
            }
        }));
    }
}
